// The web page of perfpa (docs/web.md): reads the documents the user gives
// (or a bundled example), calls the library compiled to WebAssembly
// (perfpa.js, `analizza`) and shows its results. No request leaves the page:
// files are read with FileReader, examples come from esempi.js.
"use strict";

// The bundled examples (their texts are in esempi.js, PERFPA_DOCUMENTI).
const ESEMPI = {
  "leverano-2023": { titolo: "Leverano 2023", relazione: "leverano-2023.json" },
  "leverano-2023-personale": {
    titolo: "Leverano 2023 con SMVP e personale",
    relazione: "leverano-2023.json", smvp: "smvp-personale-esempio.json", personale: "personale-esempio.json",
  },
  "leverano-2023-validata": {
    titolo: "Leverano 2023 validata, con SMVP",
    relazione: "leverano-2023-validata-esempio.json", smvp: "smvp-esempio.json",
  },
  "leverano-2022": { titolo: "Leverano 2022", relazione: "leverano-2022.json" },
};

const GRAVITA = [
  { chiave: "errore", titolo: "Errori" },
  { chiave: "violazione", titolo: "Violazioni" },
  { chiave: "avviso", titolo: "Avvisi" },
];

// How an array's element is called in "where in the document", by the array's key.
const ELEMENTI = {
  settori: "settore", obiettivi: "obiettivo", indicatori: "indicatore", dipendenti: "dipendente",
  ambiti: "ambito", comportamenti: "comportamento", assegnazioni: "assegnazione",
  documenti_riferimento: "documento di riferimento", indagini_soddisfazione: "indagine di soddisfazione",
  fasce: "fascia", profili: "profilo", valutazioni: "valutazione", obblighi: "obbligo", misure: "misura",
};

const $ = (id) => document.getElementById(id);

// The documents chosen: {relazione, smvp, personale}, each {nome, dati (Uint8Array or string), oggetto}.
let scelti = {};
let libreria = null;

function el(tag, attributi, ...figli) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attributi || {})) e.setAttribute(k, v);
  for (const f of figli) e.append(f);
  return e;
}

function stato(testo, errore) {
  $("stato").textContent = testo;
  $("stato").classList.toggle("errore", !!errore);
}

// JSON text (string or UTF-8 bytes) to an object, or null.
function oggetto(dati) {
  try {
    return JSON.parse(typeof dati === "string" ? dati : new TextDecoder().decode(dati));
  } catch (e) {
    return null;
  }
}

// The kind of a document, by its "formato".
function tipo(obj) {
  const f = obj && typeof obj.formato === "string" ? obj.formato : "";
  if (f.startsWith("perfpa.relazione/")) return "relazione";
  if (f.startsWith("perfpa.smvp/")) return "smvp";
  if (f.startsWith("perfpa.personale/")) return "personale";
  return null;
}

function mostraScelti() {
  const parti = [];
  for (const [k, nome] of [["relazione", "Relazione"], ["smvp", "SMVP"], ["personale", "Personale"],
                           ["foglio", "Foglio (aggiorna la Relazione)"]])
    if (scelti[k]) parti.push(nome + ": " + scelti[k].nome);
  $("scelti").textContent = parti.length ? parti.join(" · ") : "Nessun documento scelto.";
  $("analizza").disabled = !libreria || !scelti.relazione;
}

function leggiFile(file) {
  return new Promise((ok, ko) => {
    const r = new FileReader();
    r.onload = () => ok(new Uint8Array(r.result));
    r.onerror = () => ko(r.error);
    r.readAsArrayBuffer(file);
  });
}

// A file given for `ruolo` ("relazione", "smvp", "personale"), or, with no role, the role its "formato" says.
async function aggiungiFile(file, ruolo) {
  // The sheet of «perfpa report --format csv», edited: it updates the Relazione (perfpa importa --su).
  if (ruolo === "foglio" || /\.csv$/i.test(file.name)) {
    scelti.foglio = { nome: file.name, dati: await leggiFile(file) };
    mostraScelti();
    return;
  }
  const dati = await leggiFile(file);
  const obj = oggetto(dati);
  const r = ruolo || tipo(obj);
  if (!r) {
    stato(file.name + ": tipo di documento non riconosciuto (campo «formato» atteso perfpa.relazione/1, " +
          "perfpa.smvp/1 o perfpa.personale/1): sceglierlo con i pulsanti.", true);
    return;
  }
  scelti[r] = { nome: file.name, dati, oggetto: obj };
  mostraScelti();
}

// "Where in the document" for a JSON Pointer: each step named, array elements by their name or id.
function dove(doc, puntatore) {
  if (!puntatore) return "il documento intero";
  const passi = puntatore.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const parti = [];
  let nodo = doc, chiave = null;
  for (const p of passi) {
    if (Array.isArray(nodo) && /^\d+$/.test(p)) {
      const i = Number(p), x = nodo[i];
      const nome = ELEMENTI[chiave] || (chiave ? chiave.replace(/_/g, " ") + ", elemento" : "elemento");
      let etichetta = x && typeof x === "object"
        ? (x.denominazione || x.nome || x.titolo || x.descrizione || x.id) : null;
      if (typeof etichetta === "string" && etichetta.length > 70) etichetta = etichetta.slice(0, 67) + "…";
      parti.push(typeof etichetta === "string" ? nome + " «" + etichetta + "»" : nome + " n. " + (i + 1));
      nodo = x;
    } else {
      if (!ELEMENTI[p] || !Array.isArray(nodo && nodo[p])) parti.push(p.replace(/_/g, " "));
      nodo = nodo && typeof nodo === "object" ? nodo[p] : undefined;
    }
    chiave = p;
  }
  return parti.join(" › ");
}

function mostraErrori(errori) {
  const ul = $("errori");
  ul.replaceChildren();
  for (const e of errori) {
    const d = [scelti.relazione, scelti.smvp, scelti.personale].find((x) => x && x.nome === e.documento);
    ul.append(el("li", {}, el("strong", {}, e.documento || "(documento)"), ": ",
                 el("span", { class: "dove" }, dove(d && d.oggetto, e.percorso)), " ",
                 el("code", {}, e.percorso || "(documento)"), el("br"), e.messaggio));
  }
  $("sezione-errori").hidden = errori.length === 0;
}

// The findings of one perfpa.rilievi/1 result, grouped by severity.
function gruppoRilievi(risultato, documento, titolo) {
  const box = el("div", { class: "documento" }, el("h3", {}, titolo));
  const rilievi = risultato.rilievi;
  if (rilievi.length === 0) box.append(el("p", {}, "Nessun rilievo."));
  for (const g of GRAVITA) {
    const questi = rilievi.filter((r) => r.gravita === g.chiave);
    if (questi.length === 0) continue;
    const ul = el("ul", {});
    for (const r of questi) {
      const li = el("li", { class: "rilievo " + g.chiave },
                    el("code", { class: "codice" }, r.codice), " ",
                    el("span", { class: "dove" }, dove(documento && documento.oggetto, r.percorso)),
                    el("br"), r.messaggio);
      if (r.norma) li.append(" ", el("span", { class: "norma" }, "(" + r.norma + ")"));
      li.append(el("br"), el("small", {}, "puntatore JSON: ", el("code", {}, r.percorso || "(documento)")));
      ul.append(li);
    }
    // Errors and violations open; many warnings folded, one click away.
    const gruppo = el("details", { class: "gruppo" },
                      el("summary", { class: g.chiave }, g.titolo + " (" + questi.length + ")"), ul);
    gruppo.open = g.chiave !== "avviso" || questi.length <= 5;
    box.append(gruppo);
  }
  return box;
}

const punti = (x) => (x === null || x === undefined ? "—" : x.toLocaleString("it-IT", { minimumFractionDigits: 2 }));

// A table of scores with, in each row, its arithmetic (the "spiegazione" lines), folded when `piegato`.
function tabellaPunteggi(righe, colonne, piegato) {
  const t = el("table", { class: "punteggi" });
  t.append(el("tr", {}, ...colonne.map(([titolo]) => el("th", {}, titolo)), el("th", {}, "calcolo")));
  for (const r of righe) {
    const righeCalcolo = el("pre", {}, (r.spiegazione || []).join("\n"));
    const calcolo = piegato ? el("details", {}, el("summary", {}, "mostra"), righeCalcolo) : righeCalcolo;
    t.append(el("tr", {}, ...colonne.map(([, f]) => el("td", {}, f(r))), el("td", {}, calcolo)));
  }
  return t;
}

function scaricamento(nome, testo, tipoMime) {
  const a = el("a", { href: URL.createObjectURL(new Blob([testo], { type: tipoMime })), download: nome,
                      class: "pulsante" }, nome);
  $("scaricamenti").append(a, " ");
}

function mostra(x) {
  $("risultati").hidden = false;
  for (const s of ["rilievi", "punteggi", "personale", "scaricamenti", "report", "schede"])
    $("sezione-" + s).hidden = true;
  const errori = JSON.parse(x.errori);
  mostraErrori(errori);
  if (errori.length) {
    stato("Documento non valido: " + errori.length + (errori.length === 1 ? " errore." : " errori."), true);
    return;
  }
  // Findings: one perfpa.rilievi/1 per line, the Relazione's, then the staff document's.
  const righe = x.rilievi.trim().split("\n").map((l) => JSON.parse(l));
  $("rilievi").replaceChildren(gruppoRilievi(righe[0], scelti.relazione, "Relazione: " + scelti.relazione.nome));
  if (righe[1]) $("rilievi").append(gruppoRilievi(righe[1], scelti.personale, "Personale: " + scelti.personale.nome));
  $("nota-rilievi").textContent = scelti.smvp ? "Con lo SMVP «" + scelti.smvp.nome + "»." :
    "Nessuno SMVP indicato: i controlli che lo richiedono non sono stati eseguiti.";
  $("sezione-rilievi").hidden = false;

  const p = JSON.parse(x.punteggi);
  const quota = (r) => (scelti.smvp ? punti(r.quota_premio) + "%" : "—");
  $("punteggi").replaceChildren(tabellaPunteggi(p.settori, [
    ["settore", (r) => r.settore], ["responsabile", (r) => r.responsabile],
    ["perf. org.", (r) => punti(r.performance_organizzativa)], ["obiettivi", (r) => punti(r.obiettivi_individuali)],
    ["comport.", (r) => punti(r.comportamenti)], ["totale", (r) => punti(r.totale) + (r.completo ? "" : "*")],
    ["fascia", (r) => (scelti.smvp ? r.fascia : "—")], ["quota", quota],
  ], false));
  $("nota-punteggi").textContent = scelti.smvp
    ? "Secondo lo SMVP «" + scelti.smvp.nome + "». * valutazione incompleta." :
    "Senza lo SMVP dell'ente i punti seguono lo SMVP di esempio; fascia e quota non sono mostrate. " +
    "* valutazione incompleta.";
  $("sezione-punteggi").hidden = false;

  if (x.punteggi_personale) {
    const pp = JSON.parse(x.punteggi_personale);
    $("punteggi-personale").replaceChildren(tabellaPunteggi(pp.dipendenti, [
      ["dipendente", (r) => r.id], ["categoria", (r) => r.categoria], ["giorni", (r) => String(r.giorni)],
      ["totale", (r) => (r.valutato ? punti(r.totale) : "non valutato")], ["fascia", (r) => r.fascia || "—"],
    ], true));
    $("sezione-personale").hidden = false;
  }

  $("scaricamenti").replaceChildren();
  scaricamento("rilievi.json", x.rilievi, "application/json");
  scaricamento("punteggi.json", x.punteggi, "application/json");
  if (x.punteggi_personale) scaricamento("punteggi-personale.json", x.punteggi_personale, "application/json");
  scaricamento("rapporto.html", x.report, "text/html");
  if (x.schede) scaricamento("schede.html", x.schede, "text/html");
  if (x.relazione_importata) scaricamento("relazione-aggiornata.json", x.relazione_importata, "application/json");
  $("json-rilievi").textContent = x.rilievi;
  $("json-punteggi").textContent = x.punteggi;
  $("json-punteggi-personale").textContent = x.punteggi_personale;
  $("sezione-scaricamenti").hidden = false;

  $("report").srcdoc = x.report;
  $("sezione-report").hidden = false;
  if (x.schede) {
    $("schede").srcdoc = x.schede;
    $("sezione-schede").hidden = false;
  }
  const n = righe.reduce((s, r) => s + r.rilievi.length, 0);
  stato("Fatto: " + n + (n === 1 ? " rilievo" : " rilievi") + ", " + p.settori.length + " settori valutati.");
}

// A report's frame as tall as the report, up to 90% of the window (then it scrolls); its
// rendered height is kept in data-altezza.
function altezzaPiena(riquadro) {
  riquadro.addEventListener("load", () => {
    const d = riquadro.contentDocument;
    if (!d || !d.documentElement) return;
    const h = d.documentElement.scrollHeight;
    riquadro.dataset.altezza = h;
    riquadro.style.height = Math.min(h + 20, Math.round(window.innerHeight * 0.9)) + "px";
  });
}

function analizza() {
  if (!libreria || !scelti.relazione) return;
  const d = (k) => (scelti[k] ? [scelti[k].nome, scelti[k].dati] : ["", ""]);
  mostra(libreria.analizza(...d("relazione"), ...d("smvp"), ...d("personale"), ...d("foglio")));
}

function caricaEsempio(chiave) {
  const e = ESEMPI[chiave];
  scelti = {};
  for (const ruolo of ["relazione", "smvp", "personale"]) {
    if (!e[ruolo]) continue;
    const testo = PERFPA_DOCUMENTI[e[ruolo]];
    scelti[ruolo] = { nome: e[ruolo], dati: testo, oggetto: oggetto(testo) };
  }
  mostraScelti();
  analizza();
}

function prepara() {
  for (const [chiave, e] of Object.entries(ESEMPI)) {
    const b = el("button", { type: "button", "data-esempio": chiave }, e.titolo);
    b.addEventListener("click", () => caricaEsempio(chiave));
    $("esempi").append(b, " ");
  }
  for (const ruolo of ["relazione", "smvp", "personale", "foglio"])
    $("file-" + ruolo).addEventListener("change", (ev) => {
      if (ev.target.files[0]) aggiungiFile(ev.target.files[0], ruolo);
    });
  altezzaPiena($("report"));
  altezzaPiena($("schede"));
  const zona = $("zona");
  zona.addEventListener("dragover", (ev) => { ev.preventDefault(); zona.classList.add("sopra"); });
  zona.addEventListener("dragleave", () => zona.classList.remove("sopra"));
  zona.addEventListener("drop", async (ev) => {
    ev.preventDefault();
    zona.classList.remove("sopra");
    for (const f of ev.dataTransfer.files) await aggiungiFile(f, null);
  });
  $("analizza").addEventListener("click", analizza);
  $("azzera").addEventListener("click", () => {
    scelti = {};
    for (const ruolo of ["relazione", "smvp", "personale", "foglio"]) $("file-" + ruolo).value = "";
    $("risultati").hidden = true;
    mostraScelti();
  });
  mostraScelti();
  creaPerfpa().then((m) => {
    libreria = m;
    stato("Libreria pronta: scegliere i documenti o un esempio.");
    mostraScelti();
    // ?esempio=leverano-2023 loads and checks an example at once (the browser test uses it).
    const chiave = new URLSearchParams(location.search).get("esempio");
    if (chiave && ESEMPI[chiave]) caricaEsempio(chiave);
    else if (chiave) stato("Esempio sconosciuto: " + chiave, true);
  }, (e) => stato("La libreria non si è caricata: " + e, true));
}

prepara();
