# Many documents from Python without holding them in memory: perfpa.esamina_file reads,
# decodes and checks one file per step, whatever the number of files.
import json
import os
import resource
import threading
import tracemalloc

import perfpa

N = 200
IMBOTTITURA = 200_000  # bytes of text added to each document: 200 of them hold ~48 MB


def leggi(p):
    with open(p, encoding="utf-8") as f:
        return f.read()


def genera(cartella, base, n):
    """n Relazioni, each a variant of `base` (another ente, another weight, a long survey text)."""
    for i in range(n):
        d = json.loads(base)
        d["ente"]["denominazione"] = f"Comune di prova {i:03d}"
        d["settori"][0]["peso"] = 20 + i % 20  # some sum right, most do not
        d["indagini_soddisfazione"][0]["esiti"] = f"esito {i} " + "x" * IMBOTTITURA
        (cartella / f"relazione-{i:03d}.json").write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")


def maxrss_kib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def test_a_folder_of_many_documents_in_bounded_memory(dati, tmp_path):
    base = leggi(dati / "leverano-2023.json")
    smvp = leggi(dati / "smvp-esempio.json")
    genera(tmp_path, base, N)
    (tmp_path / "rotta.json").write_text('{"formato": "perfpa.relazione/1", "anno": "2023"}', encoding="utf-8")
    (tmp_path / "non-json.txt").write_text("ignorato: non finisce in .json", encoding="utf-8")

    visti = []
    errori = {}
    iteratore = perfpa.esamina_file(tmp_path, smvp)
    # Warm up (the first documents grow the allocator's pools), then measure the rest.
    for percorso, esito in iteratore:
        visti.append(percorso)
        if len(visti) == 20:
            break
    rss_prima = maxrss_kib()
    tracemalloc.start()
    try:
        for percorso, esito in iteratore:
            visti.append(percorso)
            if isinstance(esito, perfpa.Errore):
                errori[percorso] = esito
                continue
            assert esito["rilievi"]["formato"] == "perfpa.rilievi/1"
            assert esito["punteggi"]["formato"] == "perfpa.punteggi/1"
            assert esito["ente"] == "Comune di prova " + percorso[-8:-5] and esito["anno"] == 2023
        _, picco_python = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    crescita_kib = maxrss_kib() - rss_prima
    print(f"{N - 20} documents: peak RSS grew by {crescita_kib} KiB, Python's peak {picco_python} bytes")

    assert len(visti) == N + 1 and visti == sorted(visti)  # the *.json files, in name order
    assert list(errori) == [str(tmp_path / "rotta.json")]
    assert errori[str(tmp_path / "rotta.json")].percorsi == ["/anno", "/ente", "/settori"]
    # Holding the 200 texts alone would take ~40 MB (the decoded documents more):
    # one document at a time keeps both the process's peak and Python's own well below.
    # (Under AddressSanitizer freed memory waits in its quarantine, up to 256 MB: the process's
    # peak says nothing there, and only Python's own is bounded.)
    if not os.environ.get("PERFPA_SANITIZER"):
        assert crescita_kib < 12 * 1024, f"the peak grew by {crescita_kib} KiB over {N - 20} documents"
    assert picco_python < 4 * 1024 * 1024, f"Python's peak: {picco_python} bytes"

    # Each result is what the single calls give.
    for i in (0, 77, N - 1):
        percorso = tmp_path / f"relazione-{i:03d}.json"
        ((nome, esito),) = list(perfpa.esamina_file([percorso], smvp, come_json=True))
        assert nome == str(percorso)
        assert esito["rilievi"] == perfpa.controlla(leggi(percorso), smvp, come_json=True)
        assert esito["punteggi"] == perfpa.punteggi(leggi(percorso), smvp, come_json=True)
        ((_, senza),) = list(perfpa.esamina_file(str(percorso)))
        assert senza == {"ente": f"Comune di prova {i:03d}", "anno": 2023,
                         "rilievi": perfpa.controlla(leggi(percorso)), "punteggi": None}


def test_paths_are_taken_one_at_a_time(dati, tmp_path):
    genera(tmp_path, leggi(dati / "leverano-2022.json"), 5)
    presi = []

    def percorsi():
        for p in sorted(tmp_path.iterdir()):  # pathlib.Path: os.PathLike
            presi.append(p)
            yield p

    iteratore = perfpa.esamina_file(percorsi())
    assert presi == []
    next(iteratore)
    assert len(presi) == 1
    next(iteratore)
    assert len(presi) == 2
    assert len(list(iteratore)) == 3


def test_scandir_entries_and_missing_files(dati, tmp_path):
    genera(tmp_path, leggi(dati / "leverano-2022.json"), 3)
    with os.scandir(tmp_path) as voci:
        esiti = dict(perfpa.esamina_file(v for v in voci if v.name.endswith(".json")))
    assert sorted(esiti) == [str(tmp_path / f"relazione-{i:03d}.json") for i in range(3)]
    ((nome, errore),) = list(perfpa.esamina_file([str(tmp_path / "manca.json")]))
    assert isinstance(errore, perfpa.EccezioneDecodifica) and errore.tipo == "file"
    assert errore.file == nome


def test_threads_share_the_iterator_safely(dati, tmp_path):
    # The GIL is released while a file is checked: threads pulling from one iterator each get
    # whole results (or the iterator's refusal to run twice at once), never a corrupted one.
    genera(tmp_path, leggi(dati / "leverano-2022.json"), 24)
    smvp = leggi(dati / "smvp-esempio.json")
    iteratore = perfpa.esamina_file(tmp_path, smvp, come_json=True)
    esiti, rifiuti = {}, []

    def lavora():
        while True:
            try:
                percorso, esito = next(iteratore)
            except StopIteration:
                return
            except ValueError as e:
                rifiuti.append(str(e))
                continue
            esiti[percorso] = esito

    fili = [threading.Thread(target=lavora) for _ in range(4)]
    for f in fili:
        f.start()
    for f in fili:
        f.join()
    assert all("già in esecuzione" in r for r in rifiuti)
    assert sorted(esiti) == [str(tmp_path / f"relazione-{i:03d}.json") for i in range(24)]
    for percorso, esito in esiti.items():
        assert esito["rilievi"] == perfpa.controlla(leggi(percorso), smvp, come_json=True)
