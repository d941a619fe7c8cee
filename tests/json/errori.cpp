// The reference table of decoding errors: each malformed document (a small
// change to a valid Relazione or SMVP) with the EXACT list of errors it must
// give — pointer and message, in order. Any decoder of format v1 (the DOM
// decoder, a streaming one) must produce exactly these.
#include "catch2.hpp"
#include "documenti.hpp"

#include <perfpa/json.hpp>

#include <string>
#include <vector>

using namespace perfpa;
using perfpa_test::relazione_minima;
using perfpa_test::smvp_minimo;
using perfpa_test::sostituisci;

namespace {

struct Caso {
    const char* nome;
    std::string documento;
    std::vector<ErroreDecodifica> attesi;
    bool smvp = false;
    json::OpzioniDecodifica opzioni{};
};

std::string r(std::string_view da, std::string_view a) { return sostituisci(relazione_minima, da, a); }
std::string s(std::string_view da, std::string_view a) { return sostituisci(smvp_minimo, da, a); }

// Inserts a block before "settori" (key order does not matter on input).
std::string con_blocco(std::string_view blocco) {
    return r(R"("settori":[)", std::string(blocco) + R"(,"settori":[)");
}

const std::string ob = "/settori/0/obiettivi/0";
const std::string ind = ob + "/indicatori/0";
const std::string tipi_ente = "comune, unione_di_comuni, provincia, citta_metropolitana, regione, ente_pubblico, altro";

std::vector<Caso> casi() {
    return {
        // --- wrong types -------------------------------------------------
        {"anno as a string", r(R"("anno":2023)", R"("anno":"2023")"),
         {{"/anno", R"(atteso un numero intero, trovato la stringa "2023")"}}},
        {"anno with decimals", r(R"("anno":2023)", R"("anno":2023.5)"),
         {{"/anno", "atteso un numero intero, trovato il numero 2023.5"}}},
        {"anno beyond int", r(R"("anno":2023)", R"("anno":99999999999)"),
         {{"/anno", "atteso un numero intero, trovato il numero 99999999999"}}},
        {"anno implausible", r(R"("anno":2023)", R"("anno":1800)"),
         {{"/anno", "atteso un anno tra 1900 e 9999, trovato 1800"}}},
        {"ente is an array", r(R"("ente":{"denominazione":"Comune di Prova","tipo":"comune"})", R"("ente":[])"),
         {{"/ente", "atteso un oggetto, trovato un array"}}},
        {"indicatori is an object",
         r(R"("indicatori":[{"descrizione":"Fatto","misura":"binaria","valore_atteso":true}])", R"("indicatori":{})"),
         {{ob + "/indicatori", "atteso un array, trovato un oggetto"}}},
        {"id is a number", r(R"("id":"s1")", R"("id":1)"), {{"/settori/0/id", "atteso un testo, trovato il numero 1"}}},
        {"boolean is a string", r(R"("peso":30,"obiettivi")", R"("peso":30,"gestisce_pagamenti":"sì","obiettivi")"),
         {{"/settori/0/gestisce_pagamenti", R"(atteso un booleano (true o false), trovato la stringa "sì")"}}},
        {"integer overflow", r(R"("tipo":"comune")", R"("tipo":"comune","popolazione":100000000000000000000)"),
         {{"/ente/popolazione", "atteso un numero intero, trovato il numero 100000000000000000000"}}},
        {"integer written with a point", r(R"("tipo":"comune")", R"("tipo":"comune","popolazione":13639.0)"),
         {{"/ente/popolazione", "atteso un numero intero, trovato il numero 13639.0"}}},
        {"integer written with an exponent", r(R"("tipo":"comune")", R"("tipo":"comune","popolazione":1e4)"),
         {{"/ente/popolazione", "atteso un numero intero, trovato il numero 1e4"}}},
        {"a number too long to quote whole", r(R"("anno":2023)", R"("anno":)" + std::string(60, '9') + ".5"),
         {{"/anno", "atteso un numero intero, trovato il numero " + std::string(40, '9') + "…"}}},
        {"root is not an object", "[]", {{"", "atteso un oggetto, trovato un array"}}},
        {"root is a string", R"("perfpa.relazione/1")",
         {{"", R"(atteso un oggetto, trovato la stringa "perfpa.relazione/1")"}}},
        // --- missing and null --------------------------------------------
        {"ente missing", r(R"("ente":{"denominazione":"Comune di Prova","tipo":"comune"},)", ""),
         {{"/ente", "campo obbligatorio mancante"}}},
        {"ente null", r(R"("ente":{"denominazione":"Comune di Prova","tipo":"comune"})", R"("ente":null)"),
         {{"/ente", "campo obbligatorio: atteso un valore, trovato null"}}},
        {"required text null", r(R"("descrizione":"Primo")", R"("descrizione":null)"),
         {{ob + "/descrizione", "campo obbligatorio: atteso un valore, trovato null"}}},
        {"empty object", "{}",
         {{"/formato", "campo obbligatorio mancante"},
          {"/anno", "campo obbligatorio mancante"},
          {"/ente", "campo obbligatorio mancante"},
          {"/settori", "campo obbligatorio mancante"}}},
        // --- unknown keys ------------------------------------------------
        {"unknown key close to a known one", r(R"("tipo":"comune")", R"("tipo":"comune","popolazion":13639)"),
         {{"/ente/popolazion", R"(chiave sconosciuta "popolazion" (forse "popolazione"?))"}}},
        {"unknown key far from any", r(R"({"formato")", R"({"colore":"blu","formato")"),
         {{"/colore", R"(chiave sconosciuta "colore")"}}},
        {"misspelt required key", r(R"("responsabile":{"nome":"Mario Rossi"})", R"("responsabile":{"nom":"Mario Rossi"})"),
         {{"/settori/0/responsabile/nome", "campo obbligatorio mancante"},
          {"/settori/0/responsabile/nom", R"(chiave sconosciuta "nom" (forse "nome"?))"}}},
        {"unknown key in capitals", r(R"("anno":2023)", R"("ANNO":2023)"),
         {{"/anno", "campo obbligatorio mancante"}, {"/ANNO", R"(chiave sconosciuta "ANNO" (forse "anno"?))"}}},
        {"short unknown key unlike any", r(R"("peso":30,"obiettivi")", R"("peso":30,"zz":1,"obiettivi")"),
         {{"/settori/0/zz", R"(chiave sconosciuta "zz")"}}},
        {"pointer escaping of / and ~ (RFC 6901)", r(R"({"formato")", R"({"a/b":1,"m~n":2,"~1/":3,"formato")"),
         {{"/a~1b", R"(chiave sconosciuta "a/b")"},
          {"/m~0n", R"(chiave sconosciuta "m~n")"},
          {"/~01~1", R"(chiave sconosciuta "~1/")"}}},
        {"unknown keys admitted on request", r(R"("tipo":"comune")", R"("tipo":"comune","colore":"blu","popolazion":1)"),
         {},
         false,
         json::OpzioniDecodifica{.ammetti_chiavi_sconosciute = true}},
        {"admitted unknown keys do not hide other errors",
         r(R"("anno":2023)", R"("anno":"2023","colore":"blu")"),
         {{"/anno", R"(atteso un numero intero, trovato la stringa "2023")"}},
         false,
         json::OpzioniDecodifica{.ammetti_chiavi_sconosciute = true}},
        // --- repeated keys (a DOM would keep the last one silently) -----------
        {"repeated key at the root", r(R"("anno":2023)", R"("anno":2022,"anno":2023)"),
         {{"/anno", R"(chiave "anno" ripetuta nello stesso oggetto: attesa una volta sola, trovata di nuovo )"
                    R"((varrebbe solo l'ultima))"}}},
        {"repeated key deep inside, three times, with other errors after it",
         r(R"("descrizione":"Primo")", R"("descrizione":"Primo","descrizione":"Bis","descrizione":"Ter")"),
         {{ob + "/descrizione", R"(chiave "descrizione" ripetuta nello stesso oggetto: attesa una volta sola, )"
                                R"(trovata di nuovo (varrebbe solo l'ultima))"},
          {ob + "/descrizione", R"(chiave "descrizione" ripetuta nello stesso oggetto: attesa una volta sola, )"
                                R"(trovata di nuovo (varrebbe solo l'ultima))"}}},
        {"repeated key with other errors: the repetition first, then the rest",
         r(R"("anno":2023)", R"("anno":"2023","ente":{"denominazione":"X","tipo":"comune"})"),
         {{"/ente", R"(chiave "ente" ripetuta nello stesso oggetto: attesa una volta sola, trovata di nuovo )"
                    R"((varrebbe solo l'ultima))"},
          {"/anno", R"(atteso un numero intero, trovato la stringa "2023")"}}},
        {"a repeated key: its last value counts, a wrong earlier one is not decoded",
         r(R"("anno":2023)", R"("anno":"duemila","anno":2023)"),
         {{"/anno", R"(chiave "anno" ripetuta nello stesso oggetto: attesa una volta sola, trovata di nuovo )"
                    R"((varrebbe solo l'ultima))"}}},
        {"a repeated key: its last value counts, a wrong last one is decoded and reported",
         r(R"("anno":2023)", R"("anno":2023,"anno":"duemila")"),
         {{"/anno", R"(chiave "anno" ripetuta nello stesso oggetto: attesa una volta sola, trovata di nuovo )"
                    R"((varrebbe solo l'ultima))"},
          {"/anno", R"(atteso un numero intero, trovato la stringa "duemila")"}}},
        {"a repeated unknown key is one unknown key, in the place where it first appears",
         r(R"({"formato")", R"({"x":1,"y":2,"x":3,"formato")"),
         {{"/x", R"(chiave "x" ripetuta nello stesso oggetto: attesa una volta sola, trovata di nuovo )"
                 R"((varrebbe solo l'ultima))"},
          {"/x", R"(chiave sconosciuta "x")"},
          {"/y", R"(chiave sconosciuta "y")"}}},
        {"the same key in two objects is not repeated",
         r(R"({"formato")", R"({"documenti_riferimento":[{"organo":"giunta","numero":"1"},{"organo":"giunta","numero":"2"}],"formato")"),
         {}},
        {"repeated unknown key, admitted: still reported (pointer escaped)",
         r(R"("tipo":"comune")", R"("tipo":"comune","a/b":1,"a/b":2)"),
         {{"/ente/a~1b", R"(chiave "a/b" ripetuta nello stesso oggetto: attesa una volta sola, trovata di nuovo )"
                         R"((varrebbe solo l'ultima))"}},
         false,
         json::OpzioniDecodifica{.ammetti_chiavi_sconosciute = true}},
        {"repeated key inside an admitted unknown value, in an array",
         r(R"("tipo":"comune")", R"("tipo":"comune","extra":[0,{"k":1,"k":2}])"),
         {{"/ente/extra/1/k", R"(chiave "k" ripetuta nello stesso oggetto: attesa una volta sola, trovata di nuovo )"
                              R"((varrebbe solo l'ultima))"}},
         false,
         json::OpzioniDecodifica{.ammetti_chiavi_sconosciute = true}},
        // --- enums -------------------------------------------------------
        {"unknown enum value lists the valid ones", r(R"("tipo":"comune")", R"("tipo":"Comune")"),
         {{"/ente/tipo", "atteso uno tra " + tipi_ente + R"(; trovato la stringa "Comune")"}}},
        {"enum given as a number", r(R"("misura":"binaria")", R"("misura":1)"),
         {{ind + "/misura", "atteso uno tra binaria, quantitativa, qualitativa; trovato il numero 1"}}},
        // --- dates -------------------------------------------------------
        {"date 2023-02-30", r("2023-12-31", "2023-02-30"),
         {{ob + "/data_fine_prevista",
           R"(attesa una data come "2023-12-31", trovato la stringa "2023-02-30" (giorno inesistente nel mese))"}}},
        {"date 2023-02-29 (not a leap year)", r("2023-12-31", "2023-02-29"),
         {{ob + "/data_fine_prevista",
           R"(attesa una data come "2023-12-31", trovato la stringa "2023-02-29" (giorno inesistente nel mese))"}}},
        {"date with a time", r("2023-12-31", "2023-12-31T00:00"),
         {{ob + "/data_fine_prevista",
           R"(attesa una data come "2023-12-31", trovato la stringa "2023-12-31T00:00" (formato atteso AAAA-MM-GG))"}}},
        {"date month 13", r("2023-12-31", "2023-13-01"),
         {{ob + "/data_fine_prevista",
           R"(attesa una data come "2023-12-31", trovato la stringa "2023-13-01" (mese inesistente))"}}},
        {"date as a number", r(R"("2023-12-31")", "20231231"),
         {{ob + "/data_fine_prevista", R"(attesa una data come "2023-12-31", trovato il numero 20231231)"}}},
        // --- amounts -----------------------------------------------------
        {"amount with 3 decimals (string)",
         con_blocco(R"("vincoli_finanza":{"equilibri_bilancio":{"rispettato":true,"w3_equilibrio_complessivo":"19691.291"}})"),
         {{"/vincoli_finanza/equilibri_bilancio/w3_equilibrio_complessivo",
           R"(atteso un importo in euro come "19691.29", trovato la stringa "19691.291" (al massimo 2 decimali))"}}},
        {"amount with 3 decimals (number)",
         con_blocco(R"("vincoli_finanza":{"equilibri_bilancio":{"rispettato":true,"w3_equilibrio_complessivo":19691.291}})"),
         {{"/vincoli_finanza/equilibri_bilancio/w3_equilibrio_complessivo",
           R"(atteso un importo in euro come "19691.29", trovato il numero 19691.291 (al massimo 2 decimali))"}}},
        {"amount in Italian spelling",
         con_blocco(R"("vincoli_finanza":{"tetto_spesa_personale":{"rispettato":true,"spesa":"19.691,29"}})"),
         {{"/vincoli_finanza/tetto_spesa_personale/spesa",
           R"(atteso un importo in euro come "19691.29", trovato la stringa "19.691,29" (non è un numero decimale))"}}},
        {"amount as an empty string",
         con_blocco(R"("vincoli_finanza":{"tetto_spesa_personale":{"rispettato":true,"limite":""}})"),
         {{"/vincoli_finanza/tetto_spesa_personale/limite",
           R"(atteso un importo in euro come "19691.29", trovato la stringa "" (non è un numero decimale))"}}},
        {"amount as a number beyond the range",
         con_blocco(R"("vincoli_finanza":{"tetto_spesa_personale":{"rispettato":true,"limite":1e15}})"),
         {{"/vincoli_finanza/tetto_spesa_personale/limite",
           R"(atteso un importo in euro come "19691.29", trovato il numero 1e15 (valore fuori intervallo))"}}},
        {"amount as a number with a digit past the cent",
         con_blocco(R"("vincoli_finanza":{"tetto_spesa_personale":{"rispettato":true,"limite":19691.289999999999}})"),
         {{"/vincoli_finanza/tetto_spesa_personale/limite",
           R"(atteso un importo in euro come "19691.29", trovato il numero 19691.289999999999 (al massimo 2 decimali))"}}},
        {"payment times with neither indicator",
         con_blocco(R"("vincoli_finanza":{"tempi_pagamento":{"anno":2023}})"),
         {{"/vincoli_finanza/tempi_pagamento",
           R"(attesi "indicatore_tempestivita_giorni" o "indicatore_ritardo_giorni" (o entrambi), non trovati)"}}},
        {"amount as a boolean",
         con_blocco(R"("vincoli_finanza":{"tetto_salario_accessorio":{"rispettato":true,"importo":true}})"),
         {{"/vincoli_finanza/tetto_salario_accessorio/importo",
           R"(atteso un importo in euro come "19691.29", trovato il booleano true)"}}},
        // --- percentages and weights --------------------------------------
        {"percentage above 100",
         con_blocco(R"("anticorruzione":{"misure":[{"id":"m","descrizione":"d","valore_atteso":100.5,"attuata":true}]})"),
         {{"/anticorruzione/misure/0/valore_atteso", "atteso un numero tra 0 e 100, trovato 100.5"}}},
        {"negative weight", r(R"("peso":30,"data_fine_prevista")", R"("peso":-6,"data_fine_prevista")"),
         {{ob + "/peso", "atteso un numero ≥ 0, trovato -6"}}},
        {"weight as a word", r(R"("peso":30,"data_fine_prevista")", R"("peso":"sei","data_fine_prevista")"),
         {{ob + "/peso", R"(atteso un numero ≥ 0, trovato la stringa "sei")"}}},
        {"weight 1e300", r(R"("peso":30,"data_fine_prevista")", R"("peso":1e300,"data_fine_prevista")"),
         {{ob + "/peso", "atteso un numero ≥ 0, trovato 1e300 (valore fuori intervallo)"}}},
        {"weight above the largest", r(R"("peso":30,"data_fine_prevista")", R"("peso":1000000.01,"data_fine_prevista")"),
         {{ob + "/peso", "atteso un numero ≤ 1000000, trovato 1000000.01"}}},
        {"weight with digits a double would round away",
         r(R"("peso":30,"data_fine_prevista")", R"("peso":7.4999999999999999,"data_fine_prevista")"),
         {{ob + "/peso", "atteso un numero ≥ 0, trovato 7.4999999999999999 (al massimo 2 decimali)"}}},
        {"percentage with digits a double would round away",
         con_blocco(R"("anticorruzione":{"misure":[{"id":"m","descrizione":"d","valore_atteso":99.99999999999999999,"attuata":true}]})"),
         {{"/anticorruzione/misure/0/valore_atteso", "atteso un numero tra 0 e 100, trovato 99.99999999999999999 (al massimo 2 decimali)"}}},
        {"weight with 3 decimals", r(R"("peso":30,"data_fine_prevista")", R"("peso":7.555,"data_fine_prevista")"),
         {{ob + "/peso", "atteso un numero ≥ 0, trovato 7.555 (al massimo 2 decimali)"}}},
        {"weight null", r(R"("peso":30,"data_fine_prevista")", R"("peso":null,"data_fine_prevista")"),
         {{ob + "/peso", "campo obbligatorio: atteso un valore, trovato null"}}},
        // --- exact decimals ----------------------------------------------
        {"quantity with 7 decimals",
         r(R"("misura":"binaria","valore_atteso":true)", R"("misura":"quantitativa","valore_atteso":0.1234567)"),
         {{ind + "/valore_atteso", "atteso un numero con al massimo 6 decimali, trovato 0.1234567 (al massimo 6 decimali)"}}},
        {"quantity with a 7th decimal far down (a double would drop it)",
         r(R"("misura":"binaria","valore_atteso":true)",
           R"("misura":"quantitativa","valore_atteso":58.10000000000000000000001)"),
         {{ind + "/valore_atteso",
           "atteso un numero con al massimo 6 decimali, trovato 58.10000000000000000000001 (al massimo 6 decimali)"}}},
        {"quantity with more digits than a double keeps, all of them exact",
         r(R"("misura":"binaria","valore_atteso":true)", R"("misura":"quantitativa","valore_atteso":123456789012.123456)"),
         {}},
        {"quantity beyond the range",
         r(R"("misura":"binaria","valore_atteso":true)", R"("misura":"quantitativa","valore_atteso":1e12)"),
         {{ind + "/valore_atteso", "atteso un numero con al massimo 6 decimali, trovato 1e12 (valore fuori intervallo)"}}},
        {"weight with more digits than a double keeps",
         r(R"("peso":30,"data_fine_prevista")", R"("peso":1234567.123456789,"data_fine_prevista")"),
         {{ob + "/peso", "atteso un numero ≥ 0, trovato 1234567.123456789 (al massimo 2 decimali)"}}},
        // --- indicators ----------------------------------------------------
        {"binaria indicator with a number", r(R"("valore_atteso":true)", R"("valore_atteso":5)"),
         {{ind + "/valore_atteso", "atteso un booleano (misura binaria), trovato il numero 5"}}},
        {"quantitativa indicator with a text",
         r(R"("misura":"binaria","valore_atteso":true)",
           R"("misura":"quantitativa","valore_atteso":"alto","valore_realizzato":3)"),
         {{ind + "/valore_atteso", "atteso un numero (misura quantitativa), trovato un testo"}}},
        {"qualitativa indicator with a boolean",
         r(R"("misura":"binaria","valore_atteso":true)", R"("misura":"qualitativa","valore_atteso":false)"),
         {{ind + "/valore_atteso", "atteso un testo (misura qualitativa), trovato il booleano false"}}},
        {"indicator value an object", r(R"("valore_atteso":true)", R"("valore_atteso":{})"),
         {{ind + "/valore_atteso", "atteso un booleano, un numero o un testo, trovato un oggetto"}}},
        // --- formato -------------------------------------------------------
        {"unknown format version", r("perfpa.relazione/1", "perfpa.relazione/2"),
         {{"/formato", R"(versione del formato non supportata: atteso "perfpa.relazione/1", trovato "perfpa.relazione/2")"}}},
        {"an SMVP format in a Relazione", r("perfpa.relazione/1", "perfpa.smvp/1"),
         {{"/formato", R"(atteso "perfpa.relazione/1", trovato "perfpa.smvp/1")"}}},
        // Another kind or version of document: its other errors would be
        // noise, so the formato is the only error reported.
        {"unknown format version hides the rest",
         R"({"formato":"perfpa.relazione/2","anno":"2023","ente":{},"obiettivi":[]})",
         {{"/formato", R"(versione del formato non supportata: atteso "perfpa.relazione/1", trovato "perfpa.relazione/2")"}}},
        {"formato not a string is an ordinary error", r(R"("perfpa.relazione/1")", "1"),
         {{"/formato", "atteso un testo, trovato il numero 1"}}},
        // A repeated key is reported even beside a formato of another version.
        {"formato repeated and of another version: both said",
         r(R"("formato":"perfpa.relazione/1")", R"("formato":"perfpa.relazione/2","formato":"perfpa.relazione/2")"),
         {{"/formato", R"(chiave "formato" ripetuta nello stesso oggetto: attesa una volta sola, trovata di nuovo )"
                       R"((varrebbe solo l'ultima))"},
          {"/formato", R"(versione del formato non supportata: atteso "perfpa.relazione/1", trovato "perfpa.relazione/2")"}}},
        // --- ranges of counts and years -----------------------------------
        {"popolazione negative (the least int64)",
         r(R"("tipo":"comune")", R"("tipo":"comune","popolazione":-9223372036854775808)"),
         {{"/ente/popolazione", "atteso un numero intero tra 0 e 1000000000, trovato -9223372036854775808"}}},
        {"popolazione above a billion", r(R"("tipo":"comune")", R"("tipo":"comune","popolazione":1000000001)"),
         {{"/ente/popolazione", "atteso un numero intero tra 0 e 1000000000, trovato 1000000001"}}},
        {"anno_obiettivi negative", r(R"("peso":30,"obiettivi")", R"("peso":30,"anno_obiettivi":-5,"obiettivi")"),
         {{"/settori/0/anno_obiettivi", "atteso un anno tra 1900 e 9999, trovato -5"}}},
        {"payment year 0", con_blocco(R"("vincoli_finanza":{"tempi_pagamento":{"anno":0,"indicatore_ritardo_giorni":-18}})"),
         {{"/vincoli_finanza/tempi_pagamento/anno", "atteso un anno tra 1900 e 9999, trovato 0"}}},
        {"anno_riferimento and a block's anno out of range",
         con_blocco(R"("vincoli_finanza":{"anno_riferimento":10000,"tetto_spesa_personale":{"anno":1899,"rispettato":true}})"),
         {{"/vincoli_finanza/tetto_spesa_personale/anno", "atteso un anno tra 1900 e 9999, trovato 1899"},
          {"/vincoli_finanza/anno_riferimento", "atteso un anno tra 1900 e 9999, trovato 10000"}}},
        {"anno_riferimento out of range", con_blocco(R"("vincoli_finanza":{"anno_riferimento":10000})"),
         {{"/vincoli_finanza/anno_riferimento", "atteso un anno tra 1900 e 9999, trovato 10000"}}},
        // --- NdV -----------------------------------------------------------
        {"NdV objective with neither degree nor neutralizzato",
         con_blocco(R"("valutazione_ndv":{"organo":"oiv","valutazioni_individuali":[{"settore":"s1","obiettivi":[{"obiettivo":"s1-1"}]}]})"),
         {{"/valutazione_ndv/valutazioni_individuali/0/obiettivi/0",
           R"(attesi "grado_raggiungimento" oppure "neutralizzato": true, non trovati)"}}},
        {"NdV objective neutralizzato false without degree",
         con_blocco(R"("valutazione_ndv":{"organo":"oiv","valutazioni_individuali":[{"settore":"s1","obiettivi":[{"obiettivo":"s1-1","neutralizzato":false}]}]})"),
         {{"/valutazione_ndv/valutazioni_individuali/0/obiettivi/0",
           R"(attesi "grado_raggiungimento" oppure "neutralizzato": true, non trovati)"}}},
        {"NdV degree above 100 is one error, not two",
         con_blocco(R"("valutazione_ndv":{"organo":"oiv","valutazioni_individuali":[{"settore":"s1","obiettivi":[{"obiettivo":"s1-1","grado_raggiungimento":150}]}]})"),
         {{"/valutazione_ndv/valutazioni_individuali/0/obiettivi/0/grado_raggiungimento",
           "atteso un numero tra 0 e 100, trovato 150"}}},
        {"ANAC grid value 4",
         con_blocco(R"("trasparenza":{"obblighi":[{"id":"o","denominazione":"d","monitorato":true,"pubblicato":true,"completezza":4}]})"),
         {{"/trasparenza/obblighi/0/completezza", "atteso un intero tra 0 e 3, trovato 4"}}},
        // --- several errors: all of them, in decoding order -----------------
        // Within an object: its members in format.md order (each with its
        // nested errors), then its unknown keys, then its own constraints.
        {"several errors in one document",
         R"({"formato":"perfpa.relazione/1","anno":"2023","ente":{"denominazione":"C","popolazion":1},)"
         R"("settori":[{"id":"s1","denominazione":"S","responsabile":{"nome":"N"},"peso":30,)"
         R"("obiettivi":[{"pesi":6,"id":"s1-1","descrizione":"P","peso":"sei","data_fine_prevista":"2023-02-30",)"
         R"("indicatori":[{"descrizione":"F","misura":"binaria","valore_atteso":5}]}]}],"colore":1})",
         {{"/anno", R"(atteso un numero intero, trovato la stringa "2023")"},
          {"/ente/popolazion", R"(chiave sconosciuta "popolazion" (forse "popolazione"?))"},
          {ob + "/peso", R"(atteso un numero ≥ 0, trovato la stringa "sei")"},
          {ob + "/data_fine_prevista",
           R"(attesa una data come "2023-12-31", trovato la stringa "2023-02-30" (giorno inesistente nel mese))"},
          {ind + "/valore_atteso", "atteso un booleano (misura binaria), trovato il numero 5"},
          {ob + "/pesi", R"(chiave sconosciuta "pesi" (forse "peso"?))"},
          {"/colore", R"(chiave sconosciuta "colore")"}}},
        // An object's own constraints are checked after its content, unless
        // a value inside it could not be decoded (wrong type, out of range,
        // missing): unknown keys and violated constraints do not hold them back.
        {"an object's constraints come after its content",
         sostituisci(r(R"("anno":2023)", R"("anno":1800,"colore":1)"), R"("valore_atteso":true)", R"("valore_atteso":5)"),
         {{ind + "/valore_atteso", "atteso un booleano (misura binaria), trovato il numero 5"},
          {"/colore", R"(chiave sconosciuta "colore")"},
          {"/anno", "atteso un anno tra 1900 e 9999, trovato 1800"}}},
        {"an indicator's constraints wait while its misura is undecoded (they read it)",
         r(R"("misura":"binaria","valore_atteso":true)", R"("misura":"binarioo","valore_atteso":5)"),
         {{ind + "/misura", R"(atteso uno tra binaria, quantitativa, qualitativa; trovato la stringa "binarioo")"}}},
        // --- syntax ----------------------------------------------------------
        {"syntax error", R"({"formato":})", {{"", "errore di sintassi JSON (riga 1, colonna 12)"}}},
        {"syntax error on a later line", "{\n  \"anno\": 2023,\n  \"ente\": tru\n}",
         {{"", "errore di sintassi JSON (riga 3, colonna 11)"}}},
        {"trailing comma", R"({"anno":2023,})", {{"", "errore di sintassi JSON (riga 1, colonna 14)"}}},
        {"data after the document", relazione_minima + " {}",
         {{"", "dati in eccesso dopo la fine del documento JSON (riga 1, colonna " +
                   std::to_string(relazione_minima.size() + 2) + ")"}}},
        {"empty text", "", {{"", "documento vuoto: atteso un documento JSON, trovato un testo di 0 byte (riga 1, colonna 1)"}}},
        {"blank text", " \r\n\t", {{"", "documento vuoto: atteso un documento JSON, trovati solo spazi (riga 2, colonna 2)"}}},
        {"a year out of range beside an error elsewhere in the document: both reported (the year's check reads only the year)",
         sostituisci(r(R"("anno":2023)", R"("anno":1800)"), R"("peso":30,"data_fine_prevista")",
                     R"("peso":"sei","data_fine_prevista")"),
         {{ob + "/peso", R"(atteso un numero ≥ 0, trovato la stringa "sei")"},
          {"/anno", "atteso un anno tra 1900 e 9999, trovato 1800"}}},
        // --- SMVP ------------------------------------------------------------
        {"SMVP weights not summing to 100", s(R"("comportamenti":30)", R"("comportamenti":20)"),
         {{"/pesi", "i pesi devono sommare a 100, sommano a 90"}},
         true},
        {"SMVP negative weight is one error, not two", s(R"("comportamenti":30)", R"("comportamenti":-10)"),
         {{"/pesi/comportamenti", "atteso un numero tra 0 e 100, trovato -10"}},
         true},
        {"SMVP with no band at 0", s(R"({"nome":"D","da":0,)", R"({"nome":"D","da":10,)"),
         {{"/fasce", "nessuna fascia parte da 0: ogni punteggio deve avere una fascia"}},
         true},
        {"SMVP with no band at all", s(R"("fasce":[)", R"("fasce":[],"x":[)"),
         {{"/x", R"(chiave sconosciuta "x")"},
          {"/fasce", "nessuna fascia parte da 0: ogni punteggio deve avere una fascia"}},
         true},
        {"SMVP duplicate da", s(R"({"nome":"B","da":75,)", R"({"nome":"B","da":90,)"),
         {{"/fasce/1/da", R"(la fascia "B" parte da 90 come la fascia "A")"}},
         true},
        {"SMVP two bands with the same name", s(R"({"nome":"C","da":60,)", R"({"nome":"A","da":60,)"),
         {{"/fasce/2/nome", R"(il nome "A" è già della fascia /fasce/0: attesi nomi di fascia distinti)"}},
         true},
        {"SMVP a band with an empty name", s(R"({"nome":"B","da":75,)", R"({"nome":"","da":75,)"),
         {{"/fasce/1/nome", R"(atteso un nome di fascia non vuoto, trovato "")"}},
         true},
        {"SMVP: a band's share out of range does not hide the weights' sum",
         sostituisci(s(R"("comportamenti":30)", R"("comportamenti":29)"), R"("da":90,"quota_premio":100)",
                     R"("da":90,"quota_premio":101)"),
         {{"/fasce/0/quota_premio", "atteso un numero tra 0 e 100, trovato 101"},
          {"/pesi", "i pesi devono sommare a 100, sommano a 99"}},
         true},
        {"SMVP: a judgment missing does not hide a scale without a band at 0",
         sostituisci(s(R"(,"non_raggiunto":0)", ""), R"({"nome":"D","da":0,)", R"({"nome":"D","da":10,)"),
         {{"/giudizi/non_raggiunto", "campo obbligatorio mancante"},
          {"/fasce", "nessuna fascia parte da 0: ogni punteggio deve avere una fascia"}},
         true},
        {"SMVP: a band's share out of range hides the other checks of the bands (they read the bands)",
         sostituisci(s(R"({"nome":"D","da":0,)", R"({"nome":"D","da":10,)"), R"("da":90,"quota_premio":100)",
                     R"("da":90,"quota_premio":101)"),
         {{"/fasce/0/quota_premio", "atteso un numero tra 0 e 100, trovato 101"}},
         true},
        {"SMVP judgment above 100", s(R"(,"raggiunto":100)", R"(,"raggiunto":120)"),
         {{"/giudizi/raggiunto", "atteso un numero tra 0 e 100, trovato 120"}},
         true},
        {"SMVP judgment missing", s(R"(,"non_raggiunto":0)", ""),
         {{"/giudizi/non_raggiunto", "campo obbligatorio mancante"}},
         true},
        {"SMVP band share as a string", s(R"("da":60,"quota_premio":60)", R"("da":60,"quota_premio":"60%")"),
         {{"/fasce/2/quota_premio", R"(atteso un numero tra 0 e 100, trovato la stringa "60%")"}},
         true},
        {"SMVP format version 2", s("perfpa.smvp/1", "perfpa.smvp/2"),
         {{"/formato", R"(versione del formato non supportata: atteso "perfpa.smvp/1", trovato "perfpa.smvp/2")"}},
         true},
        {"a Relazione given as an SMVP", relazione_minima,
         {{"/formato", R"(atteso "perfpa.smvp/1", trovato "perfpa.relazione/1")"}},
         true},
        {"an SMVP without formato", s(R"("formato":"perfpa.smvp/1",)", ""),
         {{"/formato", "campo obbligatorio mancante"}},
         true},
    };
}

} // namespace

TEST_CASE("The minimal documents of the table are valid") {
    auto rel = json::decodifica_relazione(relazione_minima);
    INFO((rel ? std::string() : rel.error().testo()));
    CHECK(rel.has_value());
    auto smvp = json::decodifica_smvp(smvp_minimo);
    INFO((smvp ? std::string() : smvp.error().testo()));
    CHECK(smvp.has_value());
}

TEST_CASE("Malformed documents: the exact errors, pointers and order") {
    const auto tabella = casi();
    CHECK(tabella.size() >= 30);
    for (const auto& c : tabella) {
        DYNAMIC_SECTION(c.nome) {
            CAPTURE(c.documento);
            auto testo_di = [](const auto& r) { return r ? std::string("(nessun errore)\n") : r.error().testo(); };
            std::string ottenuti, attesi;
            for (const auto& e : c.attesi) attesi += e.testo() + "\n";
            if (attesi.empty()) attesi = "(nessun errore)\n";
            // The default decoder and the DOM decoder (the reference) alike.
            ottenuti = c.smvp ? testo_di(json::decodifica_smvp(c.documento, c.opzioni))
                              : testo_di(json::decodifica_relazione(c.documento, c.opzioni));
            CHECK(ottenuti == attesi);
            ottenuti = c.smvp ? testo_di(json::decodifica_dom<Smvp>(c.documento, c.opzioni))
                              : testo_di(json::decodifica_dom<Relazione>(c.documento, c.opzioni));
            CHECK(ottenuti == attesi);
        }
    }
}
