// Validates documents against the JSON Schemas printed by `perfpa schema`,
// with a real validator (Ajv, draft 2020-12, with ajv-formats).
// Usage: node valida_schema.cjs NODE_MODULES PERFPA DOCUMENTI.json DATA_DIR
// Exit 0: every expectation holds; 1: one does not; 77: Ajv is not installed.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const [moduli, perfpa, fileDocumenti, cartellaDati] = process.argv.slice(2);
let Ajv2020, addFormats;
try {
  Ajv2020 = require(path.join(moduli, 'ajv/dist/2020')).default;
  addFormats = require(path.join(moduli, 'ajv-formats')).default;
} catch (e) {
  console.log(`SKIP: ajv non trovato in ${moduli} (npm install --prefix ${path.dirname(moduli)} ajv@8 ajv-formats@3)`);
  process.exit(77);
}

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const schemi = {};
for (const tipo of ['relazione', 'smvp', 'personale', 'criteri_premi']) {
  const testo = execFileSync(perfpa, ['schema', tipo], { encoding: 'utf8' });
  schemi[tipo] = ajv.compile(JSON.parse(testo)); // strict mode: an unknown keyword is an error
}
const tipi = { 'perfpa.smvp/1': 'smvp', 'perfpa.personale/1': 'personale', 'perfpa.criteri_premi/1': 'criteri_premi' };
const tipoDi = (doc) => tipi[doc.formato] || 'relazione';

let fallimenti = 0, controlli = 0;
function atteso(nome, tipo, doc, valido) {
  controlli++;
  const ok = schemi[tipo](doc);
  if (ok !== valido) {
    fallimenti++;
    console.log(`FALLITO: ${nome}: lo schema ${tipo} lo ${ok ? 'accetta' : 'rifiuta'}, atteso ${valido ? 'valido' : 'non valido'}`);
    if (!ok) console.log(JSON.stringify(schemi[tipo].errors, null, 1));
  } else {
    console.log(`ok: ${nome} ${valido ? 'accettato' : 'rifiutato (' + schemi[tipo].errors[0].instancePath + ' ' + schemi[tipo].errors[0].message + ')'}`);
  }
}

// RFC 6901 pointer tokens.
const token = (p) => p.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
function applica(base, caso) {
  const doc = structuredClone(base);
  for (const [p, v] of Object.entries(caso.imposta || {})) {
    const t = token(p), ultimo = t.pop();
    let x = doc;
    for (const k of t) x = x[k];
    x[ultimo] = v;
  }
  for (const p of caso.rimuovi || []) {
    const t = token(p), ultimo = t.pop();
    let x = doc;
    for (const k of t) x = x[k];
    if (Array.isArray(x)) x.splice(Number(ultimo), 1); else delete x[ultimo];
  }
  return doc;
}

// Every bundled example is valid.
for (const f of fs.readdirSync(cartellaDati).filter((f) => f.endsWith('.json')).sort()) {
  const doc = JSON.parse(fs.readFileSync(path.join(cartellaDati, f), 'utf8'));
  atteso(f, tipoDi(doc), doc, true);
}
const documenti = JSON.parse(fs.readFileSync(fileDocumenti, 'utf8'));
for (const [nome, doc] of Object.entries(documenti.basi)) atteso(`base ${nome}`, nome, doc, true);
for (const c of documenti.malformati) atteso(c.nome, c.base, applica(documenti.basi[c.base], c), false);
for (const c of documenti.solo_decodificatore) atteso(c.nome, c.base, applica(documenti.basi[c.base], c), true);

console.log(`${controlli - fallimenti}/${controlli} attese rispettate`);
process.exit(fallimenti ? 1 : 0);
