# The module's JSON results are the CLI's `--json` output, byte for byte, on every bundled
# document (examples/data): check, score, premi, fmt, report. The module's Python objects
# are that JSON parsed with decimal.Decimal for numbers with a fraction.
import decimal
import itertools
import json

import pytest

import perfpa


def leggi(p):
    with open(p, encoding="utf-8") as f:
        return f.read()


def righe(testo):
    """The CLI's NDJSON output as lines (each ends with a newline)."""
    assert testo.endswith("\n"), testo[-200:]
    return testo[:-1].split("\n")


def senza_float(x, dove=""):
    """Asserts that no float appears anywhere in a result (amounts are str, fractions Decimal)."""
    assert not isinstance(x, float), f"float at {dove or '(documento)'}: {x!r}"
    if isinstance(x, dict):
        for k, v in x.items():
            senza_float(v, f"{dove}/{k}")
    elif isinstance(x, list):
        for i, v in enumerate(x):
            senza_float(v, f"{dove}/{i}")


def test_every_bundled_document_is_used(documenti):
    # Every type the tests below combine is present: a new bundled type would need its own comparison.
    assert set(documenti) == {"relazione", "smvp", "personale", "criteri_premi"}, documenti
    assert len(documenti["relazione"]) >= 4 and len(documenti["smvp"]) >= 3


def test_check(documenti, esegui):
    for r in documenti["relazione"]:
        codice, out, err = esegui("check", "--json", r)
        assert codice in (0, 1), err
        assert perfpa.controlla(leggi(r), come_json=True) + "\n" == out
        assert perfpa.controlla(leggi(r)) == json.loads(out, parse_float=decimal.Decimal)
        for s in documenti["smvp"]:
            codice, out, err = esegui("check", "--json", "--smvp", s, r)
            assert codice in (0, 1), err
            testo = perfpa.controlla(leggi(r), leggi(s), come_json=True)
            assert testo + "\n" == out, (r, s)
            # esamina: the same findings, computed with the scores.
            assert perfpa.esamina(leggi(r), leggi(s), come_json=True)["rilievi"] == testo


def test_check_batch_names_each_document(documenti, esegui):
    relazioni = documenti["relazione"]
    for s in documenti["smvp"]:
        codice, out, err = esegui("check", "--json", "--smvp", s, *relazioni)
        assert codice in (0, 1), err
        attese = [perfpa.controlla(leggi(r), leggi(s), documento=str(r), come_json=True) for r in relazioni]
        assert righe(out) == attese


def test_score(documenti, esegui):
    relazioni = documenti["relazione"]
    for s in documenti["smvp"]:
        codice, out, err = esegui("score", "--json", "--smvp", s, *relazioni)
        assert codice == 0, err
        attese = [perfpa.punteggi(leggi(r), leggi(s), documento=str(r), come_json=True) for r in relazioni]
        assert righe(out) == attese
        for r in relazioni:
            codice, out, err = esegui("score", "--json", "--smvp", s, r)
            assert codice == 0, err
            assert perfpa.punteggi(leggi(r), leggi(s), come_json=True) + "\n" == out
            oggetti = perfpa.punteggi(leggi(r), leggi(s))
            senza_float(oggetti)
            assert oggetti == json.loads(out, parse_float=decimal.Decimal)
            assert perfpa.esamina(leggi(r), leggi(s))["punteggi"] == oggetti


def test_score_without_smvp_is_the_bundled_example(documenti, dati, esegui):
    # The CLI without --smvp uses the example SMVP built into it: examples/data/smvp-esempio.json.
    for r in documenti["relazione"]:
        codice, out, err = esegui("score", "--json", r)
        assert codice == 0, err
        assert perfpa.punteggi(leggi(r), leggi(dati / "smvp-esempio.json"), come_json=True) + "\n" == out


def test_staff_check_and_score(documenti, esegui):
    for p, r, s in itertools.product(documenti["personale"], documenti["relazione"], documenti["smvp"]):
        codice, out, err = esegui("check", "--json", "--smvp", s, "--personale", p, r)
        assert codice in (0, 1), err
        assert righe(out) == [
            perfpa.controlla(leggi(r), leggi(s), documento=str(r), come_json=True),
            perfpa.controlla_personale(leggi(p), leggi(r), leggi(s), documento=str(p), come_json=True),
        ]
        codice, out, err = esegui("score", "--json", "--personale", p, "--smvp", s, r)
        assert codice == 0, err
        assert perfpa.punteggi_personale(leggi(p), leggi(r), leggi(s), come_json=True) + "\n" == out
        senza_float(perfpa.punteggi_personale(leggi(p), leggi(r), leggi(s)))
    for p, r in itertools.product(documenti["personale"], documenti["relazione"]):
        codice, out, err = esegui("check", "--json", "--personale", p, r)
        assert codice in (0, 1), err
        assert righe(out)[1] == perfpa.controlla_personale(leggi(p), leggi(r), documento=str(p), come_json=True)


def test_heads_bonus_split(documenti, esegui):
    (criteri,) = documenti["criteri_premi"]
    eseguite = {"ripartite": 0, "rifiutate": 0}
    for r, s in itertools.product(documenti["relazione"], documenti["smvp"]):
        for opzione, valore, argomenti in (("--fondo", "10000.00", {"fondo": "10000.00"}),
                                           ("--criteri", criteri, {"criteri": leggi(criteri)})):
            codice, out, err = esegui("premi", "--json", "--smvp", s, opzione, valore, r)
            if codice == 0:
                eseguite["ripartite"] += 1
                risultato = perfpa.ripartisci_premi(leggi(r), leggi(s), come_json=True, **argomenti)
                assert risultato + "\n" == out
                senza_float(perfpa.ripartisci_premi(leggi(r), leggi(s), **argomenti))
            else:
                eseguite["rifiutate"] += 1
                assert codice == 1, err
                with pytest.raises(perfpa.RipartizioneRifiutata) as e:
                    perfpa.ripartisci_premi(leggi(r), leggi(s), **argomenti)
                assert err == f"perfpa: ripartizione rifiutata: {e.value}\n"
                assert e.value.norma and e.value.norma in str(e.value) and e.value.motivo in str(e.value)
    # Both ways are exercised by the bundled documents: the validated Relazione is split, the others refused.
    assert eseguite["ripartite"] > 0 and eseguite["rifiutate"] > 0, eseguite


def test_staff_bonus_split_and_publication(documenti, esegui):
    (criteri,) = documenti["criteri_premi"]
    eseguite = {"ripartite": 0, "rifiutate": 0}
    for p, r, s in itertools.product(documenti["personale"], documenti["relazione"], documenti["smvp"]):
        argomenti = (leggi(p), leggi(r), leggi(s), leggi(criteri))
        codice, out, err = esegui("premi", "--json", "--personale", p, "--criteri", criteri, "--smvp", s, r)
        if codice == 0:
            eseguite["ripartite"] += 1
            assert perfpa.ripartisci_premi_personale(*argomenti, come_json=True) + "\n" == out
            senza_float(perfpa.ripartisci_premi_personale(*argomenti))
            codice, out, err = esegui("premi", "--json", "--pubblicazione", "--personale", p, "--criteri", criteri,
                                      "--smvp", s, r)
            assert codice == 0, err
            assert perfpa.pubblicazione_premi(*argomenti, come_json=True) + "\n" == out
            # --fondo replaces the criteria's fund.
            codice, out, err = esegui("premi", "--json", "--fondo", "1234.56", "--personale", p, "--criteri",
                                      criteri, "--smvp", s, r)
            assert codice == 0, err
            assert perfpa.ripartisci_premi_personale(*argomenti, fondo="1234.56", come_json=True) + "\n" == out
        else:
            eseguite["rifiutate"] += 1
            assert codice == 1, err
            with pytest.raises(perfpa.RipartizioneRifiutata) as e:
                perfpa.ripartisci_premi_personale(*argomenti)
            assert e.value.json + "\n" == out  # the refusal's JSON, as the CLI prints it
            assert e.value.documento == json.loads(out, parse_float=decimal.Decimal)
            assert e.value.documento["rifiuto"]["motivo"] == e.value.motivo
    assert eseguite["ripartite"] > 0 and eseguite["rifiutate"] > 0, eseguite


def test_fmt_is_decodifica(documenti, esegui):
    for tipo in ("relazione", "smvp", "personale"):
        for d in documenti[tipo]:
            codice, out, err = esegui("fmt", "--compatto", d)
            assert codice == 0, err
            assert perfpa.decodifica(leggi(d), come_json=True) + "\n" == out
            assert perfpa.decodifica_file(str(d), come_json=True) + "\n" == out
            codice, out, err = esegui("fmt", d)
            assert perfpa.decodifica(leggi(d), tipo, indentazione=2, come_json=True) + "\n" == out
            oggetti = perfpa.decodifica(leggi(d))
            senza_float(oggetti)
            assert oggetti == json.loads(out, parse_float=decimal.Decimal)


def test_decoded_dicts_go_back_in(documenti):
    # A decoded document, as Python objects, is accepted wherever its text is, with the same results.
    (criteri,) = documenti["criteri_premi"]
    for tipo, lista in documenti.items():
        for d in lista:
            oggetti = perfpa.decodifica(leggi(d))
            assert perfpa.decodifica(oggetti) == oggetti
            assert perfpa.decodifica(oggetti, come_json=True) == perfpa.decodifica(leggi(d), tipo, come_json=True)
    s = leggi(documenti["smvp"][0])
    for r in documenti["relazione"]:
        assert perfpa.esamina(perfpa.decodifica(leggi(r)), perfpa.decodifica(s)) == perfpa.esamina(leggi(r), s)
    assert perfpa.decodifica(leggi(criteri))["fondo"] == "48000.00"


def test_report(documenti, esegui):
    for r in documenti["relazione"]:
        for formato in ("html", "md", "csv"):
            codice, out, err = esegui("report", "--format", formato, r)
            assert codice == 0, err
            assert perfpa.report(leggi(r), formato=formato) == out
            for s in documenti["smvp"]:
                codice, out, err = esegui("report", "--format", formato, "--smvp", s, r)
                assert codice == 0, err
                assert perfpa.report(leggi(r), leggi(s), formato) == out


def test_staff_sheets(documenti, esegui):
    (criteri,) = documenti["criteri_premi"]
    for p, r, s in itertools.product(documenti["personale"], documenti["relazione"], documenti["smvp"]):
        codice, out, err = esegui("report", "--format", "html", "--smvp", s, "--personale", p, r)
        assert codice == 0, err
        assert perfpa.report(leggi(r), leggi(s), personale=leggi(p)) == out
        for pubblicazione in (False, True):
            codice, out, err = esegui("report", "--format", "html", "--smvp", s, "--personale", p, "--criteri",
                                      criteri, *(["--pubblicazione"] if pubblicazione else []), r)
            if codice == 0:
                assert perfpa.report(leggi(r), leggi(s), personale=leggi(p), criteri=leggi(criteri),
                                     pubblicazione=pubblicazione) == out
            else:
                with pytest.raises(perfpa.RipartizioneRifiutata) as e:
                    perfpa.report(leggi(r), leggi(s), personale=leggi(p), criteri=leggi(criteri),
                                  pubblicazione=pubblicazione)
                assert err == f"perfpa report: ripartizione rifiutata: {e.value}\n"
