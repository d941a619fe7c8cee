#!/usr/bin/env python3
"""The web page in headless Chromium, opened from disk (file://).

Loads index.html?esempio=... (the bundled Leverano documents, checked at once)
and reads the rendered DOM: the seed's PESI_SETTORE_INCOERENTI finding with
where it is in the document, the scores, the report, the statement that
nothing leaves the browser. With the command-line tool (--cli), the page's
JSON results and report, computed by the WebAssembly build, are compared
byte for byte with the tool's. Chromium's network log must show no request
from the page: a control page that does make one must be caught by the same
check. Exit 0 pass, 1 fail, 77 skip (no Chromium).

Usage: prova_pagina.py PAGE_DIR WORK_DIR [--cli PERFPA --dati DATA_DIR] [--screenshot PNG]
"""
import argparse
import html
import json
import pathlib
import re
import shutil
import subprocess
import sys

fallimenti = 0


def verifica(ok, cosa):
    global fallimenti
    print(("ok: " if ok else "FALLITO: ") + cosa, flush=True)
    if not ok:
        fallimenti += 1


def chromium(binario, lavoro, nome, url, *extra):
    """Runs headless Chromium on url; returns (stdout, the network log's events)."""
    profilo = lavoro / ("profilo-" + nome)
    shutil.rmtree(profilo, ignore_errors=True)
    netlog = lavoro / (nome + ".netlog.json")
    comando = [binario, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--hide-scrollbars", "--user-data-dir=" + str(profilo), "--log-net-log=" + str(netlog),
               "--virtual-time-budget=30000", *extra, url]
    print("$ " + " ".join(comando), flush=True)
    r = subprocess.run(comando, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=240)
    testo = netlog.read_text(encoding="utf-8", errors="replace")
    # A log cut short (Chromium stopped before closing it) lacks the final "]}".
    try:
        log = json.loads(testo)
    except json.JSONDecodeError:
        log = json.loads(testo.rstrip().rstrip(",") + "]}")
    return r.stdout.decode("utf-8"), log


def richieste_della_pagina(log):
    """The URLs of the requests a page started (Chromium's own carry the initiator 'not an origin')."""
    tipi = {v: k for k, v in log["constants"]["logEventTypes"].items()}
    pagina, proprie = [], []
    for e in log["events"]:
        p = e.get("params", {})
        if tipi.get(e["type"]) != "URL_REQUEST_START_JOB" or "url" not in p:
            continue
        (proprie if p.get("initiator") == "not an origin" else pagina).append(p["url"])
    return pagina, proprie


def uscite_dal_browser(urls):
    return [u for u in urls if not re.match(r"(file|data|blob|about|chrome):", u)]


def pre(dom, ident):
    """The text of <pre id=ident>, unescaped."""
    m = re.search(r'<pre id="' + ident + r'">(.*?)</pre>', dom, re.S)
    return html.unescape(m.group(1)) if m else None


def srcdoc(dom, ident):
    m = re.search(r'<iframe id="' + ident + r'"[^>]*?srcdoc="([^"]*)"', dom, re.S)
    return html.unescape(m.group(1)) if m else None


def perfpa(cli, dati, *argomenti):
    """The standard output of the command-line tool, run in the data directory (names as the page has them)."""
    return subprocess.run([cli, *argomenti], cwd=dati, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          timeout=120).stdout.decode("utf-8")


def main():
    a = argparse.ArgumentParser()
    a.add_argument("pagina")
    a.add_argument("lavoro")
    a.add_argument("--cli")
    a.add_argument("--dati")
    a.add_argument("--screenshot")
    o = a.parse_args()
    binario = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)),
                   None)
    if not binario:
        print("SKIP: Chromium non installato (Debian: apt-get install chromium)")
        return 77
    pagina = pathlib.Path(o.pagina).resolve()
    lavoro = pathlib.Path(o.lavoro).resolve()
    lavoro.mkdir(parents=True, exist_ok=True)
    indice = (pagina / "index.html").as_uri()

    # The page itself: no connection allowed by its Content-Security-Policy.
    sorgente = (pagina / "index.html").read_text(encoding="utf-8")
    verifica(re.search(r"Content-Security-Policy\"\s+content=\"default-src 'none';", sorgente) is not None,
             "la pagina dichiara una Content-Security-Policy default-src 'none'")

    # 1. The Leverano Relazione alone.
    # The frame's height is set when the report in it has loaded: on a busy machine the DOM can be
    # dumped before that, so up to three tries (a frame that never renders fails all three).
    for prova in range(3):
        dom, log = chromium(binario, lavoro, "leverano", indice + "?esempio=leverano-2023", "--dump-dom")
        if re.search(r'<iframe id="report"[^>]*?data-altezza=', dom, re.S):
            break
        print("il riquadro del rapporto non è ancora disegnato: di nuovo", flush=True)
    (lavoro / "leverano.dom.html").write_text(dom, encoding="utf-8")
    verifica("Nessun dato lascia il browser" in dom, "la pagina dice che nessun dato lascia il browser")
    verifica(re.search(r'id="stato"[^>]*>Fatto: \d+ rilievi, 8 settori valutati', dom) is not None,
             "lo stato dice: fatto, 8 settori valutati")
    rilievi = dom[dom.find('id="sezione-rilievi"'):dom.find('id="sezione-punteggi"')]
    i = rilievi.find("PESI_SETTORE_INCOERENTI")
    verifica(i >= 0, "il rilievo PESI_SETTORE_INCOERENTI è mostrato")
    verifica(i >= 0 and rilievi.rfind('<summary class="errore">Errori (1)</summary>', 0, i) >= 0,
             "… nel gruppo degli errori")
    vicino = html.unescape(rilievi[i:i + 600]) if i >= 0 else ""
    verifica("settore «Settore Assetto del Territorio, Urbanistica, Edilizia»" in vicino and "/settori/5" in vicino,
             "… con dove si trova: il settore per nome, dal puntatore /settori/5")
    punteggi = pre(dom, "json-punteggi") or ""
    try:
        settori = json.loads(punteggi)["settori"]
    except (ValueError, KeyError):
        settori = []
    verifica(len(settori) == 8, "i punteggi JSON della pagina hanno 8 settori")
    tabella = dom[dom.find('id="sezione-punteggi"'):dom.find('id="sezione-personale"')]
    for s in settori:
        totale = f"{s['totale']:.2f}".replace(".", ",")
        riga = re.search(r"<tr><td>" + re.escape(s["settore"]) + r"</td>.*?</tr>", tabella, re.S)
        verifica(riga is not None and f"<td>{totale}" in riga.group(0) and
                 html.escape(s["spiegazione"][-1], quote=False) in riga.group(0),
                 f"il settore {s['settore']} con il totale {totale} e il suo calcolo")
    report = srcdoc(dom, "report") or ""
    verifica(report.startswith("<!DOCTYPE html>") and "Comune di Leverano" in report,
             "il rapporto HTML è nel riquadro")
    altezza = re.search(r'<iframe id="report"[^>]*?data-altezza="(\d+)"', dom, re.S)
    verifica(altezza is not None and int(altezza.group(1)) > 2000,
             "il rapporto è disegnato nel riquadro: alto " + (altezza.group(1) if altezza else "?") + " px")
    for nome in ("rilievi.json", "punteggi.json", "rapporto.html"):
        verifica(f'download="{nome}"' in dom, "il pulsante per scaricare " + nome)
    if o.cli:
        rel = "leverano-2023.json"
        verifica(pre(dom, "json-rilievi") == perfpa(o.cli, o.dati, "check", "--json", rel),
                 "i rilievi JSON sono quelli di perfpa check --json, byte per byte")
        verifica(punteggi == perfpa(o.cli, o.dati, "score", "--json", rel),
                 "i punteggi JSON sono quelli di perfpa score --json, byte per byte")
        verifica(report == perfpa(o.cli, o.dati, "report", "--format", "html", rel),
                 "il rapporto è quello di perfpa report --format html, byte per byte")
    pagina_rete, proprie = richieste_della_pagina(log)
    print("richieste di Chromium stesso, non della pagina (ignorate):", sorted(set(proprie)))
    verifica(uscite_dal_browser(pagina_rete) == [], "nessuna richiesta di rete dalla pagina: " + str(pagina_rete))

    # 2. With the SMVP and the staff document: the staff's findings, scores and sheets.
    for prova in range(3):
        dom, log = chromium(binario, lavoro, "personale", indice + "?esempio=leverano-2023-personale", "--dump-dom")
        if re.search(r'<iframe id="schede"[^>]*?data-altezza=', dom, re.S):
            break
        print("il riquadro delle schede non è ancora disegnato: di nuovo", flush=True)
    (lavoro / "personale.dom.html").write_text(dom, encoding="utf-8")
    verifica("<h3>Personale: personale-esempio.json</h3>" in dom, "i rilievi del documento del personale")
    pp = pre(dom, "json-punteggi-personale") or ""
    verifica(pp.startswith('{"formato":"perfpa.punteggi_personale/1"'), "i punteggi JSON del personale")
    verifica("Alessandra Puglisi" in (srcdoc(dom, "schede") or ""), "le schede di valutazione nel riquadro")
    verifica(re.search(r'<iframe id="schede"[^>]*?data-altezza="\d{4,}"', dom, re.S) is not None,
             "le schede sono disegnate nel riquadro")
    if o.cli:
        argomenti = ["--smvp", "smvp-personale-esempio.json", "--personale", "personale-esempio.json",
                     "leverano-2023.json"]
        verifica(pre(dom, "json-rilievi") == perfpa(o.cli, o.dati, "check", "--json", *argomenti),
                 "con personale, i rilievi JSON sono quelli di perfpa check --json, byte per byte")
        verifica(pp == perfpa(o.cli, o.dati, "score", "--json", *argomenti),
                 "i punteggi del personale sono quelli di perfpa score --json --personale, byte per byte")
    verifica(uscite_dal_browser(richieste_della_pagina(log)[0]) == [], "nessuna richiesta di rete dalla pagina")

    # 3. The other examples: checked, and with the tool at hand, the same findings and scores.
    for esempio, argomenti in (("leverano-2023-validata", ["--smvp", "smvp-esempio.json",
                                                           "leverano-2023-validata-esempio.json"]),
                               ("leverano-2022", ["leverano-2022.json"])):
        dom, log = chromium(binario, lavoro, esempio, indice + "?esempio=" + esempio, "--dump-dom")
        verifica(re.search(r'id="stato"[^>]*>Fatto: ', dom) is not None, esempio + ": controllato")
        if o.cli:
            verifica(pre(dom, "json-rilievi") == perfpa(o.cli, o.dati, "check", "--json", *argomenti) and
                     pre(dom, "json-punteggi") == perfpa(o.cli, o.dati, "score", "--json", *argomenti),
                     esempio + ": rilievi e punteggi JSON come quelli di perfpa, byte per byte")
        verifica(uscite_dal_browser(richieste_della_pagina(log)[0]) == [], "nessuna richiesta di rete dalla pagina")

    # 4. The control: a page that makes a request is caught by the same check.
    controllo = lavoro / "controllo.html"
    controllo.write_text('<!DOCTYPE html><img src="http://127.0.0.1:9/immagine.png">', encoding="utf-8")
    _, log = chromium(binario, lavoro, "controllo", controllo.as_uri(), "--dump-dom")
    verifica(uscite_dal_browser(richieste_della_pagina(log)[0]) == ["http://127.0.0.1:9/immagine.png"],
             "controllo: la richiesta di una pagina che ne fa una è vista")

    if o.screenshot:
        chromium(binario, lavoro, "screenshot", indice + "?esempio=leverano-2023", "--window-size=1000,1150",
                 "--screenshot=" + str(pathlib.Path(o.screenshot).resolve()))
    return 1 if fallimenti else 0


if __name__ == "__main__":
    sys.exit(main())
