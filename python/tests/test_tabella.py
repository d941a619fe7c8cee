# examples/python/tabella.py on the bundled documents: one row per Relazione, its counts
# those of perfpa.controlla, and the other documents listed as not Relazioni.
import collections
import os
import pathlib
import subprocess
import sys

import perfpa

TABELLA = pathlib.Path(__file__).resolve().parents[2] / "examples" / "python" / "tabella.py"


def tabella(*argomenti):
    r = subprocess.run([sys.executable, str(TABELLA), *map(str, argomenti)], capture_output=True, text=True,
                       env=os.environ, timeout=120)
    return r.returncode, r.stdout, r.stderr


def righe_della_tabella(out):
    righe = out.split("\n\n")[0].splitlines()
    return {r.split()[0]: r for r in righe[1:]}


def test_a_row_per_relazione_with_its_counts(documenti, dati):
    for smvp in (None, dati / "smvp-esempio.json"):
        codice, out, err = tabella(dati, *(["--smvp", smvp] if smvp else []))
        assert codice == 0, err
        righe = righe_della_tabella(out)
        assert sorted(righe) == sorted(p.name for p in documenti["relazione"])
        for p in documenti["relazione"]:
            with open(p, encoding="utf-8") as f:
                testo = f.read()
            s = None
            if smvp:
                with open(smvp, encoding="utf-8") as f:
                    s = f.read()
            rilievi = perfpa.controlla(testo, s)["rilievi"]
            n = collections.Counter(x["gravita"] for x in rilievi)
            attesi = f"{perfpa.decodifica(testo)['anno']}  {n['errore']:>6}  {n['violazione']:>10}  {n['avviso']:>6}"
            assert attesi in righe[p.name], (righe[p.name], attesi)
            for x in rilievi:
                assert x["codice"] in righe[p.name]
        assert "PESI_SETTORE_INCOERENTI" in righe["leverano-2023.json"]
        altri = [p.name for t, ps in documenti.items() if t != "relazione" for p in ps]
        assert f"non lette come Relazioni ({len(altri)}):" in out
        for nome in altri:
            assert f"  {nome}: /formato: " in out


def test_not_a_folder(tmp_path):
    codice, out, err = tabella(tmp_path / "manca")
    assert codice == 2 and "non è una cartella" in err
    codice, out, err = tabella(tmp_path)
    assert codice == 1 and "nessuna Relazione" in err
