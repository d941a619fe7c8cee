#!/usr/bin/env python3
"""A table of findings per ente, for a folder of Relazioni (perfpa.relazione/1).

    python3 examples/python/tabella.py CARTELLA [--smvp SMVP.json]

Reads the folder's *.json files one at a time (perfpa.esamina_file: a folder of any size
costs the memory of one document) and prints, for each Relazione, the ente, the year, the
findings counted by severity and their codes (with how many times each occurs). Files that
are not valid Relazioni (an SMVP, a staff document, a broken file) are listed after the
table with their first error. Without --smvp the checks that need the ente's SMVP do not
run, as in `perfpa check`. Needs the module: PYTHONPATH=build/dev/python/modulo (docs/python.md).
"""
import argparse
import collections
import os
import sys

import perfpa

GRAVITA = ("errore", "violazione", "avviso")


def codici(rilievi):
    """"PESI_SETTORE_INCOERENTI, OBIETTIVO_NON_VALUTATO×12": by severity, then by first occurrence."""
    conteggi = collections.Counter((x["gravita"], x["codice"]) for x in rilievi)
    ordinati = sorted(conteggi, key=lambda k: GRAVITA.index(k[0]))
    return ", ".join(c if conteggi[(g, c)] == 1 else f"{c}×{conteggi[(g, c)]}" for g, c in ordinati)


def allinea(righe, a_destra):
    """Columns padded to their widest cell; the last column is not padded."""
    larghezze = [max(len(r[k]) for r in righe) for k in range(len(righe[0]))]
    testo = []
    for r in righe:
        celle = [c.rjust(w) if d else c.ljust(w) for c, w, d in zip(r, larghezze, a_destra)]
        testo.append("  ".join(celle[:-1] + [r[-1]]).rstrip())
    return "\n".join(testo)


def main(argv):
    parser = argparse.ArgumentParser(description="Tabella dei rilievi per ente di una cartella di Relazioni")
    parser.add_argument("cartella")
    parser.add_argument("--smvp", help="lo SMVP (JSON) con cui eseguire anche i controlli che lo richiedono")
    a = parser.parse_args(argv)
    if not os.path.isdir(a.cartella):
        print(f"tabella.py: {a.cartella} non è una cartella", file=sys.stderr)
        return 2
    smvp = None
    if a.smvp:
        with open(a.smvp, encoding="utf-8") as f:
            smvp = f.read()

    righe = [["file", "ente", "anno", "errori", "violazioni", "avvisi", "codici"]]
    totali = collections.Counter()
    non_lette = []
    for percorso, esito in perfpa.esamina_file(a.cartella, smvp):
        nome = os.path.basename(percorso)
        if isinstance(esito, perfpa.Errore):
            primo = esito.errori[0]
            non_lette.append(f"  {nome}: {primo['percorso'] or '(documento)'}: {primo['messaggio']}")
            continue
        rilievi = esito["rilievi"]["rilievi"]
        per_gravita = collections.Counter(x["gravita"] for x in rilievi)
        totali.update(per_gravita)
        totali["relazioni"] += 1
        righe.append([nome, esito["ente"], str(esito["anno"]), *(str(per_gravita[g]) for g in GRAVITA),
                      codici(rilievi) or "nessun rilievo"])
    if totali["relazioni"] == 0:
        print(f"tabella.py: nessuna Relazione in {a.cartella}", file=sys.stderr)
    else:
        print(allinea(righe, [False, False, True, True, True, True, False]))
        print(f"\n{totali['relazioni']} Relazioni: {totali['errore']} errori, {totali['violazione']} violazioni, "
              f"{totali['avviso']} avvisi" + ("" if smvp else " (senza SMVP: non eseguiti i controlli che lo richiedono)"))
    if non_lette:
        print(f"\nnon lette come Relazioni ({len(non_lette)}):")
        print("\n".join(non_lette))
    return 0 if totali["relazioni"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
