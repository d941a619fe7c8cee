# Errors as Python exceptions: the perfpa.Errore hierarchy (include/perfpa/eccezioni.hpp,
# errori.hpp), each carrying the JSON Pointers and the kind; the seed's finding on Leverano.
import decimal
import json
import re

import pytest

import perfpa


def leggi(p):
    with open(p, encoding="utf-8") as f:
        return f.read()


def test_leverano_2023_weights_finding(dati):
    # The seed's finding: the settore whose objectives' weights sum to 36 against its weight of 30.
    risultato = perfpa.controlla(leggi(dati / "leverano-2023.json"), leggi(dati / "smvp-esempio.json"))
    assert risultato["formato"] == "perfpa.rilievi/1"
    pesi = [x for x in risultato["rilievi"] if x["codice"] == "PESI_SETTORE_INCOERENTI"]
    assert [(x["gravita"], x["percorso"]) for x in pesi] == [("errore", "/settori/5")]
    assert "sommano a 36, il peso del settore è 30" in pesi[0]["messaggio"]
    assert "Antonio Miraglia" in pesi[0]["messaggio"]
    # The same without the SMVP (the check does not need it).
    senza = perfpa.controlla(leggi(dati / "leverano-2023.json"))["rilievi"]
    assert [x for x in senza if x["codice"] == "PESI_SETTORE_INCOERENTI"] == pesi


def test_hierarchy():
    for nome, standard in (("EccezioneDecodifica", ValueError), ("ModelloNonValido", ValueError),
                           ("ValoreRifiutato", ValueError), ("ArgomentoNonValido", ValueError),
                           ("RipartizioneRifiutata", Exception), ("ErroreLogico", RuntimeError)):
        classe = getattr(perfpa, nome)
        assert issubclass(classe, perfpa.Errore) and issubclass(classe, standard), nome
    assert issubclass(perfpa.Errore, Exception) and not issubclass(perfpa.Errore, ValueError)


def test_decoding_errors_carry_pointers_and_kinds(dati, esegui, tmp_path):
    relazione = perfpa.decodifica(leggi(dati / "leverano-2023.json"))
    relazione["settori"][5]["obiettivi"][2]["peso"] = "sei"
    del relazione["ente"]["denominazione"]
    relazione["chiave_inventata"] = 1
    with pytest.raises(perfpa.EccezioneDecodifica) as e:
        perfpa.controlla(relazione)
    x = e.value
    assert sorted(x.percorsi) == ["/chiave_inventata", "/ente/denominazione", "/settori/5/obiettivi/2/peso"]
    assert x.percorsi == [err["percorso"] for err in x.errori]
    tipi = {err["percorso"]: err["tipo"] for err in x.errori}
    assert tipi == {"/ente/denominazione": "mancante", "/settori/5/obiettivi/2/peso": "tipo_errato",
                    "/chiave_inventata": "chiave_sconosciuta"}
    assert x.tipo == x.errori[0]["tipo"] and x.file is None and x.non_mostrati == 0
    assert isinstance(x, ValueError) and isinstance(x, perfpa.Errore)
    # The CLI says the same errors, with the same pointers and messages.
    f = tmp_path / "rotta.json"
    f.write_text(json.dumps(relazione, default=float), encoding="utf-8")  # 75.49 stays 75.49
    codice, out, err = esegui("check", "--json", f)
    assert codice == 2 and out == ""
    assert f"{f}: documento non valido (3 errori)" in err.splitlines()
    assert [riga for riga in err.splitlines() if riga.startswith("  ")] == [f"  {y['percorso']}: {y['messaggio']}" for y in x.errori]
    assert str(x).splitlines()[1:] == [f"{y['percorso']}: {y['messaggio']}" for y in x.errori]


def test_syntax_and_file_errors(tmp_path):
    with pytest.raises(perfpa.EccezioneDecodifica) as e:
        perfpa.decodifica('{"formato": "perfpa.relazione/1",')
    assert e.value.tipo == "sintassi" and e.value.percorsi == [""]
    with pytest.raises(perfpa.EccezioneDecodifica) as e:
        perfpa.decodifica_file(str(tmp_path / "manca.json"))
    assert e.value.tipo == "file" and e.value.file == str(tmp_path / "manca.json")
    assert "il file non esiste" in str(e.value)
    (tmp_path / "smvp.json").write_text('{"formato": "perfpa.smvp/1", "pesi": 3}', encoding="utf-8")
    with pytest.raises(perfpa.EccezioneDecodifica) as e:
        perfpa.decodifica_file(str(tmp_path / "smvp.json"))
    assert e.value.file == str(tmp_path / "smvp.json") and e.value.percorsi[0] == "/pesi"
    # A document of another type where a Relazione goes: its "formato" is the error.
    with pytest.raises(perfpa.EccezioneDecodifica) as e:
        perfpa.controlla('{"formato": "perfpa.smvp/1"}')
    assert e.value.percorsi == ["/formato"] and e.value.tipo == "formato"


def test_amounts_and_arguments(dati):
    r = leggi(dati / "leverano-2023-validata-esempio.json")
    s = leggi(dati / "smvp-esempio.json")
    with pytest.raises(perfpa.ValoreRifiutato, match="fondo"):
        perfpa.ripartisci_premi(r, s, fondo="10.000,00")
    with pytest.raises(perfpa.ValoreRifiutato, match="non negativo"):
        perfpa.ripartisci_premi(r, s, fondo="-1.00")
    with pytest.raises(TypeError, match="mai float"):
        perfpa.ripartisci_premi(r, s, fondo=10000.0)
    # An amount as Decimal, int or str: the same split.
    a = perfpa.ripartisci_premi(r, s, fondo=decimal.Decimal("10000.00"), come_json=True)
    assert a == perfpa.ripartisci_premi(r, s, fondo=10000, come_json=True)
    assert a == perfpa.ripartisci_premi(r, s, fondo="10000.00", come_json=True)
    with pytest.raises(perfpa.ArgomentoNonValido, match="fondo"):
        perfpa.ripartisci_premi(r, s)
    with pytest.raises(perfpa.ArgomentoNonValido, match="formato"):
        perfpa.report(r, s, "pdf")
    with pytest.raises(perfpa.ArgomentoNonValido, match="criteri"):
        perfpa.report(r, s, criteri=leggi(dati / "criteri-esempio.json"))
    with pytest.raises(perfpa.ArgomentoNonValido, match="tipo"):
        perfpa.decodifica(r, "bilancio")


def test_refused_split_carries_the_norm(dati):
    with pytest.raises(perfpa.RipartizioneRifiutata) as e:
        perfpa.ripartisci_premi(leggi(dati / "leverano-2023.json"), leggi(dati / "smvp-esempio.json"),
                                fondo="10000.00")
    assert e.value.norma == "art. 14 c.6 D.Lgs. 150/2009"
    assert str(e.value) == f"{e.value.motivo} ({e.value.norma})"


def test_python_values_without_json_equivalent(dati):
    relazione = perfpa.decodifica(leggi(dati / "leverano-2023.json"))
    relazione["settori"][0]["peso"] = decimal.Decimal("NaN")
    with pytest.raises(ValueError, match=re.escape("/settori/0/peso")):
        perfpa.controlla(relazione)
    relazione["settori"][0]["peso"] = {1: 2}
    with pytest.raises(TypeError, match="chiavi"):
        perfpa.controlla(relazione)
    relazione["settori"][0]["peso"] = object()
    with pytest.raises(TypeError, match=re.escape("/settori/0/peso")):
        perfpa.controlla(relazione)
    with pytest.raises(TypeError, match="str, bytes o dict"):
        perfpa.controlla(42)
    # A float is written as Python writes it, and the decoder judges it like any number.
    relazione["settori"][0]["peso"] = 30.0
    assert perfpa.decodifica(relazione)["settori"][0]["peso"] == 30
