// perfpa/importa/csv.hpp: the CSV of `perfpa report --format csv` read back.
// The round trip report -> import gives back every bundled Relazione; an
// edit in the sheet reaches the document; every malformed sheet is refused
// with its row and column.
#include "catch2.hpp"
#include "leggi.hpp"

#include "csv.hpp"

#include <perfpa/importa/csv.hpp>
#include <perfpa/json.hpp>
#include <perfpa/report.hpp>

#include <filesystem>
#include <string>
#include <vector>

using namespace perfpa;

// This file's names in a namespace of their own: the test executable is a unity build,
// its files compiled together (tests/CMakeLists.txt, PERFPA_UNITY_TESTS).
namespace prova_report_importa_csv {

namespace {

const Smvp& smvp() {
    static const Smvp s = json::decodifica_smvp(perfpa_test::leggi_dati("smvp-esempio.json")).value();
    return s;
}

Relazione leverano() { return json::decodifica_relazione(perfpa_test::leggi_dati("leverano-2023.json")).value(); }

std::string foglio(const Relazione& r) { return esempi::report_csv(prepara_report(r, smvp())); }

std::string json_di(const Relazione& r) { return json::codifica(r, json::OpzioniCodifica{2}); }

std::size_t colonna_n(std::string_view nome) {
    for (std::size_t k = 0; k < importa::colonne_csv.size(); ++k)
        if (importa::colonne_csv[k] == nome) return k;
    throw std::logic_error("colonna sconosciuta");
}

// The sheet with one cell replaced: row `riga` (1 = header) of a sheet whose
// rows have no quoted field, column `nome`.
std::string con_cella(std::string csv, std::size_t riga, std::string_view nome, std::string_view valore) {
    std::size_t inizio = 0;
    for (std::size_t r = 1; r < riga; ++r) inizio = csv.find("\r\n", inizio) + 2;
    const std::size_t fine = csv.find("\r\n", inizio);
    std::string linea = csv.substr(inizio, fine - inizio);
    REQUIRE(linea.find('"') == std::string::npos);
    std::size_t a = 0;
    for (std::size_t k = 0; k < colonna_n(nome); ++k) a = linea.find(';', a) + 1;
    const std::size_t b = std::min(linea.find(';', a), linea.size());
    linea.replace(a, b - a, valore);
    return csv.replace(inizio, fine - inizio, linea);
}

// The only error of reading `csv` onto `r`, as text.
std::string errore_unico(const Relazione& r, const std::string& csv) {
    const importa::EsitoCsv e = importa::aggiorna_da_csv(r, csv);
    REQUIRE_FALSE(e);
    REQUIRE(e.errori.size() == 1);
    return e.errori.front().testo();
}

} // namespace

TEST_CASE("importa csv: report then import gives back every bundled Relazione, byte for byte") {
    std::vector<std::string> percorsi;
    for (const auto& f : std::filesystem::directory_iterator(PERFPA_DATA_DIR))
        if (f.path().extension() == ".json") percorsi.push_back(f.path().string());
    percorsi.push_back(std::string(PERFPA_TEST_DIR) + "/json/data/completo.json"); // every kind of value and entry
    std::size_t relazioni = 0;
    for (const auto& p : percorsi) {
        const std::string testo = perfpa_test::leggi(p);
        if (testo.find("\"perfpa.relazione/1\"") == std::string::npos) continue;
        INFO(p);
        const Relazione r = json::decodifica_relazione(testo).value();
        const importa::EsitoCsv e = importa::aggiorna_da_csv(r, foglio(r));
        for (const auto& x : e.errori) UNSCOPED_INFO(x.testo());
        REQUIRE(e);
        CHECK(json_di(*e.relazione) == json_di(r));
        ++relazioni;
    }
    CHECK(relazioni >= 5); // the four Leverano documents and completo.json
}

TEST_CASE("importa csv: the sheet's weights, values and NdV entries reach the document") {
    const Relazione r = leverano();
    std::string csv = foglio(r);
    csv = con_cella(csv, 2, importa::colonna::peso, "7,5");
    csv = con_cella(csv, 3, importa::colonna::grado_ndv, "80,25");
    csv = con_cella(csv, 3, importa::colonna::fonte, "responsabile");
    csv = con_cella(csv, 4, importa::colonna::neutralizzato, "sì");
    csv = con_cella(csv, 4, importa::colonna::motivazione, "=Bando non pubblicato");
    csv = con_cella(csv, 5, importa::colonna::valore_realizzato, "Fatto");
    csv = con_cella(csv, 5, importa::colonna::valore_atteso, "");
    const importa::EsitoCsv e = importa::aggiorna_da_csv(r, csv);
    for (const auto& x : e.errori) UNSCOPED_INFO(x.testo());
    REQUIRE(e);
    const Relazione& n = *e.relazione;
    const Settore& s = n.settori[0];
    CHECK(s.obiettivi[0].peso == Peso::da_centesimi(750));
    const ValutazioneObiettivo* v1 = valutazione_obiettivo(n, s.id, s.obiettivi[1].id);
    REQUIRE(v1);
    CHECK(v1->grado_raggiungimento == Percentuale::da_centesimi(80'25));
    CHECK(v1->fonte == FonteGrado::responsabile);
    const ValutazioneObiettivo* v2 = valutazione_obiettivo(n, s.id, s.obiettivi[2].id);
    REQUIRE(v2);
    CHECK(v2->neutralizzato == true);
    CHECK(v2->motivazione == "=Bando non pubblicato"); // a text, as written (no formula ever ran)
    CHECK(s.obiettivi[3].indicatori[0].valore_realizzato == Valore{std::string("Fatto")});
    CHECK_FALSE(s.obiettivi[3].indicatori[0].valore_atteso);
    // Nothing else changed: the rest of the document as it was.
    Relazione atteso = r;
    atteso.settori = n.settori;
    atteso.valutazione_ndv = n.valutazione_ndv;
    CHECK(json_di(atteso) == json_di(n));
    CHECK(n.settori[1] == r.settori[1]);
}

TEST_CASE("importa csv: numbers and booleans read from their text, as each indicator's value is") {
    const Relazione r = json::decodifica_relazione(perfpa_test::leggi(std::string(PERFPA_TEST_DIR) +
                                                                      "/json/data/completo.json"))
                            .value();
    std::string csv = foglio(r);
    // completo.json's first row has a quoted description on two lines: edit row 4 (affari-generali-3,
    // a quantitative indicator), whose line is the fourth of the text after the header's.
    const std::size_t a = csv.find("affari-generali-3");
    const std::size_t inizio = csv.rfind("\r\n", a) + 2;
    const std::string prima = csv.substr(0, inizio);
    std::string riga = csv.substr(inizio);
    riga = con_cella("x\r\n" + riga, 2, importa::colonna::valore_atteso, "0,123456");
    riga = con_cella(riga, 2, importa::colonna::valore_realizzato, "-1234567,5");
    const importa::EsitoCsv e = importa::aggiorna_da_csv(r, prima + riga.substr(3));
    for (const auto& x : e.errori) UNSCOPED_INFO(x.testo());
    REQUIRE(e);
    const Indicatore& ind = e.relazione->settori[0].obiettivi[2].indicatori[0];
    CHECK(ind.valore_atteso == Valore{Decimale::da_milionesimi(123'456)});
    CHECK(ind.valore_realizzato == Valore{Decimale::da_milionesimi(-1'234'567'500'000)});
}

TEST_CASE("importa csv: with or without BOM, CRLF or LF, quoted fields with a semicolon and quotes") {
    const Relazione r = leverano();
    // A neutralisation with its reason (a reason alone is no NdV entry: refused, see the test below).
    std::string csv = con_cella(con_cella(foglio(r), 2, importa::colonna::neutralizzato, "sì"), 2,
                                importa::colonna::motivazione, "\"Bando; non \"\"pubblicato\"\"\"");
    const importa::EsitoCsv con_bom = importa::aggiorna_da_csv(r, csv);
    for (const auto& x : con_bom.errori) UNSCOPED_INFO(x.testo());
    REQUIRE(con_bom);
    const ValutazioneObiettivo* v =
        valutazione_obiettivo(*con_bom.relazione, r.settori[0].id, r.settori[0].obiettivi[0].id);
    REQUIRE(v);
    CHECK(v->motivazione == "Bando; non \"pubblicato\"");
    std::string lf = csv.substr(3); // no BOM
    for (std::size_t i = lf.find("\r\n"); i != std::string::npos; i = lf.find("\r\n", i)) lf.erase(i, 1);
    REQUIRE(lf.find('\r') == std::string::npos);
    const importa::EsitoCsv senza = importa::aggiorna_da_csv(r, lf);
    REQUIRE(senza);
    CHECK(json_di(*senza.relazione) == json_di(*con_bom.relazione));
}

TEST_CASE("importa csv: a missing column, named in row 1") {
    const Relazione r = leverano();
    std::string csv = foglio(r);
    csv.replace(csv.find(";Peso;"), 6, ";Pesi;");
    CHECK(errore_unico(r, csv) ==
          "riga 1, colonna \"Peso\": colonna mancante nell'intestazione (il foglio va scritto da perfpa report "
          "--format csv, con tutte le sue colonne)");
    // A sheet saved with ',' between fields: one error, not one per column.
    CHECK(errore_unico(r, "Settore,Responsabile,Obiettivo\r\nA,B,C\r\n") ==
          "riga 1: atteso ';' tra le colonne dell'intestazione (il CSV di Excel e LibreOffice in italiano), trovata "
          "una colonna sola con virgole, trovato \"Settore,Responsabile,Obiettivo\"");
    // The report's computed columns are not read: one renamed is a column of the user's own, ignored.
    std::string senza_punti = foglio(r);
    senza_punti.replace(senza_punti.find(";Punti;"), 7, ";Note mie;");
    const importa::EsitoCsv e = importa::aggiorna_da_csv(r, senza_punti);
    REQUIRE(e);
    CHECK(json_di(*e.relazione) == json_di(r));
}

TEST_CASE("importa csv: a text where a number goes, with its row, column and text") {
    const Relazione r = leverano();
    CHECK(errore_unico(r, con_cella(foglio(r), 3, importa::colonna::peso, "sei")) ==
          "riga 3, colonna \"Peso\": atteso un peso: un numero con la virgola decimale e al massimo 2 decimali "
          "(carattere inatteso nel numero), trovato \"sei\"");
    CHECK(errore_unico(r, con_cella(foglio(r), 7, importa::colonna::grado_ndv, "alto")).starts_with(
        "riga 7, colonna \"Grado NdV (%)\": atteso una percentuale: "));
    CHECK(errore_unico(r, con_cella(foglio(r), 7, importa::colonna::grado_ndv, "120")) ==
          "riga 7, colonna \"Grado NdV (%)\": atteso una percentuale da 0 a 100, trovato \"120\"");
    CHECK(errore_unico(r, con_cella(foglio(r), 2, importa::colonna::neutralizzato, "forse")) ==
          "riga 2, colonna \"Neutralizzato\": atteso \"sì\" o \"no\" (o la cella vuota), trovato \"forse\"");
    CHECK(errore_unico(r, con_cella(foglio(r), 2, importa::colonna::fonte, "sindaco")) ==
          "riga 2, colonna \"Fonte\": atteso uno tra \"ndv\", \"responsabile\", \"controllo_di_gestione\" (o la "
          "cella vuota), trovato \"sindaco\"");
}

TEST_CASE("importa csv: a thousands separator and a decimal point are refused, not misread") {
    const Relazione r = leverano();
    CHECK(errore_unico(r, con_cella(foglio(r), 4, importa::colonna::peso, "1.234,50")) ==
          "riga 4, colonna \"Peso\": atteso un peso: un numero senza separatore delle migliaia (come \"1234,50\"), "
          "trovato \"1.234,50\"");
    CHECK(errore_unico(r, con_cella(foglio(r), 4, importa::colonna::peso, "1.000")).find(
              "senza separatore delle migliaia") != std::string::npos);
    CHECK(errore_unico(r, con_cella(foglio(r), 5, importa::colonna::grado_ndv, "9.80")) ==
          "riga 5, colonna \"Grado NdV (%)\": atteso una percentuale: un numero con la virgola come separatore "
          "decimale (come \"9,80\"), non il punto, trovato \"9.80\"");
}

TEST_CASE("importa csv: a short row and a long row, with the first missing column") {
    const Relazione r = leverano();
    std::string csv = foglio(r);
    const std::size_t riga3 = csv.find("\r\n", csv.find("\r\n") + 2) + 2;
    const std::size_t fine = csv.find("\r\n", riga3);
    std::string corta = csv;
    corta.erase(corta.rfind(";Report sulle", fine), fine - corta.rfind(";Report sulle", fine)); // from column 11 on
    CHECK(errore_unico(r, corta) ==
          "riga 3, colonna \"Indicatore\": riga corta: attese 18 celle separate da ';' come nell'intestazione, "
          "trovate 10");
    std::string lunga = csv;
    lunga.insert(fine, ";in più");
    CHECK(errore_unico(r, lunga) ==
          "riga 3: riga lunga: attese 18 celle separate da ';' come nell'intestazione, trovate 19");
}

TEST_CASE("importa csv: an unknown objective, one given twice, and one missing from the sheet") {
    const Relazione r = leverano();
    CHECK(errore_unico(r, con_cella(foglio(r), 3, importa::colonna::obiettivo, "inventato")) ==
          "riga 3, colonna \"Obiettivo\": atteso l'id di un obiettivo del settore \"programmazione-controllo\" nel "
          "documento, trovato \"inventato\"");
    CHECK(errore_unico(r, con_cella(foglio(r), 3, importa::colonna::id_settore, "nessuno")) ==
          "riga 3, colonna \"Id settore\": atteso l'id di un settore del documento, trovato \"nessuno\"");
    CHECK(errore_unico(r, con_cella(foglio(r), 3, importa::colonna::obiettivo, "programmazione-controllo-1")) ==
          "riga 3, colonna \"Obiettivo\": obiettivo già presente alla riga 2: atteso una riga sola per obiettivo, "
          "trovato \"programmazione-controllo-1\"");
    std::string csv = foglio(r);
    const std::size_t riga4 = csv.find("programmazione-controllo-3");
    const std::size_t inizio = csv.rfind("\r\n", riga4) + 2;
    csv.erase(inizio, csv.find("\r\n", inizio) + 2 - inizio);
    CHECK(errore_unico(r, csv) ==
          "riga 4, colonna \"Obiettivo\": manca la riga dell'obiettivo \"programmazione-controllo-3\" del settore "
          "\"programmazione-controllo\": il foglio deve avere tutti gli obiettivi del documento");
}

TEST_CASE("importa csv: an unclosed quote, a byte that is not UTF-8, an empty file") {
    const Relazione r = leverano();
    std::string csv = con_cella(foglio(r), 42, importa::colonna::motivazione, "\"senza fine"); // the last row
    CHECK(errore_unico(r, csv) == "riga 42: virgolette aperte e mai chiuse: atteso '\"' prima della fine del file");
    csv = con_cella(foglio(r), 6, importa::colonna::motivazione, "citt\xE0"); // Latin-1, as an old Excel saves
    CHECK(errore_unico(r, csv).starts_with("riga 6: atteso un testo in UTF-8"));
    CHECK(errore_unico(r, "").starts_with("riga 1: attesa l'intestazione delle colonne"));
}

TEST_CASE("importa csv: values of an objective with several indicators are refused, not guessed") {
    Relazione r = leverano();
    r.settori[0].obiettivi[0].indicatori.push_back(r.settori[0].obiettivi[0].indicatori[0]);
    const std::string csv = foglio(r);
    CHECK(csv.find(";programmazione-controllo;30,00;;;;;;;;\r\n") != std::string::npos); // written empty
    REQUIRE(importa::aggiorna_da_csv(r, csv)); // and read back as they were
    CHECK(errore_unico(r, con_cella(csv, 2, importa::colonna::valore_atteso, "Fatto")) ==
          "riga 2, colonna \"Valore atteso\": attesa una cella vuota: l'obiettivo ha 2 indicatori e il foglio porta "
          "i valori di un obiettivo con un indicatore solo (i valori si modificano nel documento), trovato \"Fatto\"");
}

TEST_CASE("importa csv: a new Relazione from the sheet alone, valid, with what the sheet carries") {
    const Relazione r = leverano();
    const importa::EsitoCsv e = importa::relazione_da_csv(foglio(r), 2023, "Comune di Leverano");
    for (const auto& x : e.errori) UNSCOPED_INFO(x.testo());
    REQUIRE(e);
    const Relazione& n = *e.relazione;
    CHECK(n.anno == 2023);
    CHECK(n.ente.denominazione == "Comune di Leverano");
    REQUIRE(n.settori.size() == r.settori.size());
    for (std::size_t i = 0; i < n.settori.size(); ++i) {
        CHECK(n.settori[i].id == r.settori[i].id);
        CHECK(n.settori[i].peso == r.settori[i].peso);
        REQUIRE(n.settori[i].obiettivi.size() == r.settori[i].obiettivi.size());
        for (std::size_t j = 0; j < n.settori[i].obiettivi.size(); ++j) {
            const Obiettivo &a = n.settori[i].obiettivi[j], &b = r.settori[i].obiettivi[j];
            CHECK(a.id == b.id);
            CHECK(a.peso == b.peso);
            CHECK(a.indicatori.size() == 1);
            CHECK(a.indicatori[0].valore_atteso == b.indicatori[0].valore_atteso);
        }
    }
    // The JSON it writes decodes as a Relazione.
    CHECK(json::decodifica_relazione(json_di(n)));
    // A settore's rows agree on its name and weight.
    CHECK(importa::relazione_da_csv(con_cella(foglio(r), 3, importa::colonna::peso_settore, "25"), 2023, "X")
              .errori.front()
              .testo() == "riga 3, colonna \"Peso settore\": atteso 30,00 come alla riga 2, trovato \"25,00\"");
}

TEST_CASE("importa csv: a reason or a source without a degree or a neutralisation is refused at its row") {
    // Found by the fuzz target csv (fuzz/regressions/csv/): the entry would break the format's rule.
    const Relazione r = leverano();
    const importa::EsitoCsv e =
        importa::aggiorna_da_csv(r, con_cella(foglio(r), 2, importa::colonna::motivazione, "Bando non pubblicato"));
    REQUIRE_FALSE(e);
    REQUIRE(e.errori.size() == 1);
    CHECK(e.errori[0].riga == 2);
    CHECK(e.errori[0].colonna == importa::colonna::grado_ndv);
    const importa::EsitoCsv f =
        importa::aggiorna_da_csv(r, con_cella(foglio(r), 2, importa::colonna::fonte, "responsabile"));
    CHECK_FALSE(f);
}

} // namespace prova_report_importa_csv
