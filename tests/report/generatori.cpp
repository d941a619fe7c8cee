// The example generators (examples/report/): escaping, the CSV dialect, a
// self-contained HTML page, and golden Markdown and CSV of Leverano 2023.
// To regenerate the golden files after a deliberate change, run the test
// with PERFPA_AGGIORNA_GOLDEN=1 and review the diff.
#include "catch2.hpp"
#include "leggi.hpp"

#include "csv.hpp"
#include "html.hpp"
#include "markdown.hpp"

#include <perfpa/json.hpp>
#include <perfpa/report.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

using namespace perfpa;

namespace {

const DatiReport& leverano() {
    static const DatiReport d = prepara_report(
        json::decodifica_relazione(perfpa_test::leggi_dati("leverano-2023.json")).value(),
        json::decodifica_smvp(perfpa_test::leggi_dati("smvp-esempio.json")).value());
    return d;
}

// Compares with the golden file; rewrites it instead when PERFPA_AGGIORNA_GOLDEN is set.
void confronta_golden(const std::string& nome, const std::string& attuale) {
    const std::string percorso = std::string(PERFPA_GOLDEN_DIR) + "/" + nome;
    if (std::getenv("PERFPA_AGGIORNA_GOLDEN")) {
        std::ofstream(percorso, std::ios::binary) << attuale;
        WARN("golden file rewritten: " << percorso);
        return;
    }
    const std::string atteso = perfpa_test::leggi(percorso);
    REQUIRE_FALSE(atteso.empty());
    if (atteso == attuale) return;
    // Report the first differing line, not two 50 kB strings.
    std::istringstream a(atteso), b(attuale);
    std::string la, lb;
    int riga = 1;
    while (std::getline(a, la) && std::getline(b, lb) && la == lb) ++riga;
    INFO(nome << ", riga " << riga << "\natteso:   " << la << "\nottenuto: " << lb);
    CHECK(atteso == attuale);
}

} // namespace

TEST_CASE("HTML escaping of text and attributes") {
    CHECK(esempi::html::t("<b>\"A&B\"</b> l'ente") == "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt; l&#39;ente");
    CHECK(esempi::html::t("Attività — 75,49%") == "Attività — 75,49%");
}

TEST_CASE("chart labels: a settore's name up to its first comma, at most 70 characters") {
    CHECK(esempi::html::nome_breve("Settore Tecnico, Lavori Pubblici") == "Settore Tecnico");
    CHECK(esempi::html::nome_breve("Settore Economico-Finanziario-Tributario") ==
          "Settore Economico-Finanziario-Tributario");
    const std::string lungo(80, 'x');
    CHECK(esempi::html::nome_breve(lungo) == std::string(70, 'x') + "…");
    // Never cuts inside a UTF-8 sequence: 71 'à' → 70 'à' and the ellipsis.
    std::string accenti;
    for (int i = 0; i < 71; ++i) accenti += "à";
    CHECK(esempi::html::nome_breve(accenti) == accenti.substr(0, 140) + "…");
}

TEST_CASE("CSV fields: quoted only when needed, quotes doubled, decimals with a comma, no thousands dot") {
    CHECK(esempi::csv::campo("semplice") == "semplice");
    CHECK(esempi::csv::campo("a;b") == "\"a;b\"");
    CHECK(esempi::csv::campo("il \"Piano\"") == "\"il \"\"Piano\"\"\"");
    CHECK(esempi::csv::campo("due\nrighe") == "\"due\nrighe\"");
    CHECK(esempi::csv::numero(750) == "7,50"); // hundredths: two decimals always
    CHECK(esempi::csv::numero(600) == "6,00");
    CHECK(esempi::csv::numero(123'456'78) == "123456,78");
    CHECK(esempi::csv::numero(-1'50) == "-1,50");
}

TEST_CASE("CSV texts a spreadsheet would run as formulas get an apostrophe, figures and other texts do not") {
    for (const char* formula : {"=HYPERLINK(1)", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
        INFO(formula);
        const std::string t = esempi::csv::testo(formula);
        CHECK(t.find('\'') <= 1); // the apostrophe first (after the quote when the field is quoted)
        CHECK(t.find(formula) == t.find('\'') + 1);
    }
    CHECK(esempi::csv::testo("=A1;B1") == "\"'=A1;B1\""); // quoted as any field with ';'
    // A formula with quotes: the apostrophe first, then the field quoted with its quotes doubled.
    CHECK(esempi::csv::testo("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
    CHECK(esempi::csv::testo("Servizi = qualità") == "Servizi = qualità");
    CHECK(esempi::csv::testo("") == "");
    CHECK(esempi::csv::numero(-1'50) == "-1,50"); // a negative figure stays a number
    // In the report: a description starting with '=' is defused, the rest of the row as before.
    Relazione r = json::decodifica_relazione(perfpa_test::leggi_dati("leverano-2023.json")).value();
    r.settori[0].obiettivi[0].descrizione = "=1+1";
    const std::string c = esempi::report_csv(
        prepara_report(r, json::decodifica_smvp(perfpa_test::leggi_dati("smvp-esempio.json")).value()));
    CHECK(c.find(";'=1+1;") != std::string::npos);
    CHECK(c.find(";=1+1;") == std::string::npos);
}

TEST_CASE("the CSV: BOM, header, one row per objective, CRLF") {
    const std::string c = esempi::report_csv(leverano());
    REQUIRE(c.substr(0, 3) == "\xEF\xBB\xBF");
    CHECK(c.substr(3, c.find("\r\n") - 3) == "Settore;Responsabile;Obiettivo;Descrizione;Peso;Grado (%);Stato;Punti;"
                                               "Id settore;Peso settore;Indicatore;Misura;Valore atteso;"
                                               "Valore realizzato;Grado NdV (%);Neutralizzato;Motivazione;Fonte");
    std::size_t righe = 0, obiettivi = 0;
    for (std::size_t i = c.find("\r\n"); i != std::string::npos; i = c.find("\r\n", i + 2)) ++righe;
    for (const auto& s : leverano().settori) obiettivi += s.obiettivi.size();
    CHECK(righe == 1 + obiettivi);
    CHECK(c.find("\n") == c.find("\r\n") + 1); // no bare LF line ends before the first row ends
}

TEST_CASE("the HTML page is self-contained and names every settore with its score") {
    const std::string h = esempi::report_html(leverano());
    CHECK(h.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(h.find("<html lang=\"it\">") != std::string::npos);
    CHECK(h.find("@media print") != std::string::npos);
    CHECK(h.find("<svg") != std::string::npos);
    // No external resource: no src attribute, no stylesheet link, no url(), no @import, no http(s) link.
    for (const char* esterno : {"src=", "<link", "url(", "@import", "href=\"http", "<script"}) {
        INFO(esterno);
        CHECK(h.find(esterno) == std::string::npos);
    }
    for (const auto& s : leverano().settori) {
        INFO(s.id);
        CHECK(h.find(esempi::html::t(s.denominazione)) != std::string::npos);
        CHECK(h.find("id=\"settore-") != std::string::npos);
    }
    CHECK(h.find("40,00") != std::string::npos);
    CHECK(h.find("19.691,29 €") != std::string::npos);
    CHECK(h.find("PESI_SETTORE_INCOERENTI") != std::string::npos);
}

TEST_CASE("organisational performance given by its value alone: no empty table of areas") {
    // tests/cli/data/premi.json: `performance_organizzativa` with `valore_realizzato` and no `ambiti`.
    const DatiReport d = prepara_report(
        json::decodifica_relazione(perfpa_test::leggi(std::string(PERFPA_TEST_DIR) + "/cli/data/premi.json")).value(),
        json::decodifica_smvp(perfpa_test::leggi_dati("smvp-esempio.json")).value());
    const std::string m = esempi::report_markdown(d);
    CHECK(m.find("## Performance organizzativa\n\nValore realizzato 40,00 su 40,00. Componente: 40,00 punti") !=
          std::string::npos);
    CHECK(m.find("| Ambito |") == std::string::npos);
    const std::string h = esempi::report_html(d);
    CHECK(h.find("Valore realizzato <b>40,00</b> su 40,00") != std::string::npos);
    CHECK(h.find("<th>Ambito</th>") == std::string::npos);
    CHECK(h.find("<details><summary>Come è calcolata</summary>") != std::string::npos);
    // Leverano has areas: there the tables stay.
    CHECK(esempi::report_markdown(leverano()).find("| Ambito | Giudizio del NdV | Grado | Commento |") !=
          std::string::npos);
    CHECK(esempi::report_html(leverano()).find("<th>Ambito</th>") != std::string::npos);
}

TEST_CASE("a settore without objectives: a sentence, not an empty table") {
    Relazione r = json::decodifica_relazione(perfpa_test::leggi(std::string(PERFPA_TEST_DIR) + "/cli/data/premi.json"))
                      .value();
    r.settori[1].obiettivi.clear();
    const DatiReport d = prepara_report(r, json::decodifica_smvp(perfpa_test::leggi_dati("smvp-esempio.json")).value());
    const std::string m = esempi::report_markdown(d);
    CHECK(m.find("### Settore Finanze\n\nResponsabile: Luca Bianchi. Peso degli obiettivi 30 (i pesi degli obiettivi "
                 "sommano a 0).\n\nNessun obiettivo assegnato al settore.\n\n**Punteggio:") != std::string::npos);
    // The settore with objectives keeps its table.
    CHECK(m.find("| tecnico-1 | Manutenzione strade | 30 | — | 100% | 30,00 |") != std::string::npos);
    const std::string h = esempi::report_html(d);
    CHECK(h.find("<p>Nessun obiettivo assegnato al settore.</p>") != std::string::npos);
    // One table of objectives (with its weights' total) for the one settore that has them.
    std::size_t tabelle = 0;
    for (auto p = h.find("<th>Obiettivo</th>"); p != std::string::npos; p = h.find("<th>Obiettivo</th>", p + 1))
        ++tabelle;
    CHECK(tabelle == 1);
    CHECK(h.find("Totale dei pesi") != std::string::npos);
}

TEST_CASE("golden Markdown of Leverano 2023") {
    const std::string m = esempi::report_markdown(leverano());
    // Independent of the golden file: the figures a reader looks for.
    CHECK(m.rfind("# Relazione sulla Performance 2023 — Comune di Leverano\n", 0) == 0);
    CHECK(m.find("13.639 abitanti al 31.12.2022") != std::string::npos);
    CHECK(m.find("| Settore Assetto del Territorio, Urbanistica, Edilizia | Ing. Antonio Miraglia | 40,00 | 0,00 | — | "
                 "40,00 | D | no |") != std::string::npos);
    CHECK(m.find("i pesi degli obiettivi sommano a 36") != std::string::npos);
    confronta_golden("leverano-2023.md", m);
}

TEST_CASE("golden CSV of Leverano 2023") {
    const std::string c = esempi::report_csv(leverano());
    CHECK(c.find("\r\nSettore Assetto del Territorio, Urbanistica, Edilizia;Ing. Antonio Miraglia;assetto-territorio-1;") !=
          std::string::npos);
    CHECK(c.find(";6,00;;non valutato;0,00;") != std::string::npos);
    confronta_golden("leverano-2023.csv", c);
}

TEST_CASE("texts with line breaks stay on their line in Markdown, links only to sections the page has") {
    Relazione r = json::decodifica_relazione(perfpa_test::leggi(std::string(PERFPA_TEST_DIR) + "/cli/data/premi.json"))
                      .value();
    r.ente.denominazione = "Comune\r\ndi Prova";
    r.settori[1].denominazione = "Settore\nFinanze";
    r.performance_organizzativa.reset();
    const DatiReport d = prepara_report(r, json::decodifica_smvp(perfpa_test::leggi_dati("smvp-esempio.json")).value());
    const std::string m = esempi::report_markdown(d);
    CHECK(m.find("# Relazione sulla Performance 2023 — Comune di Prova\n") != std::string::npos);
    CHECK(m.find("### Settore Finanze\n\nResponsabile: Luca Bianchi.") != std::string::npos);
    CHECK(m.find("\nFinanze") == std::string::npos);
    // No violation: "Nessuna", as "violazioni" is feminine; no error: "Nessuno".
    CHECK(m.find("### Violazioni (0)\n\nNessuna.\n") != std::string::npos);
    const std::string h = esempi::report_html(d);
    CHECK(h.find("id=\"organizzativa\"") == std::string::npos);
    CHECK(h.find("href=\"#organizzativa\"") == std::string::npos);
    CHECK(esempi::report_html(leverano()).find("href=\"#organizzativa\"") != std::string::npos);
}

TEST_CASE("tags in the data are shown in Markdown, not passed to the viewer's HTML") {
    Relazione r = json::decodifica_relazione(perfpa_test::leggi_dati("leverano-2023.json")).value();
    r.settori[0].denominazione = "Settore <b>Tecnico</b>";
    r.settori[0].obiettivi[0].descrizione = "<img src=x onerror=alert(1)>";
    r.settori[0].responsabile.nome = "A | B <i>";
    const DatiReport d = prepara_report(r, json::decodifica_smvp(perfpa_test::leggi_dati("smvp-esempio.json")).value());
    const std::string m = esempi::report_markdown(d);
    CHECK(m.find("<b>") == std::string::npos);
    CHECK(m.find("<img") == std::string::npos);
    CHECK(m.find("<i>") == std::string::npos);
    CHECK(m.find("### Settore &lt;b>Tecnico&lt;/b>\n") != std::string::npos);
    CHECK(m.find("| &lt;img src=x onerror=alert(1)> |") != std::string::npos);
    CHECK(m.find(" A \\| B &lt;i> |") != std::string::npos); // in the table of scores (after the title)
    CHECK(esempi::md::in_riga("a\r\nb<c") == "a b&lt;c");
    CHECK(esempi::md::testo("due\nrighe < tre") == "due\nrighe &lt; tre"); // paragraphs keep their lines
}

TEST_CASE("the sentence on the validation names an OIV with its article") {
    Relazione r = json::decodifica_relazione(perfpa_test::leggi(std::string(PERFPA_TEST_DIR) + "/cli/data/premi.json"))
                      .value();
    REQUIRE(r.valutazione_ndv);
    r.valutazione_ndv->organo = OrganoValutazione::oiv;
    r.valutazione_ndv->validazione.reset();
    const Smvp s = json::decodifica_smvp(perfpa_test::leggi_dati("smvp-esempio.json")).value();
    CHECK(esempi::frase_validazione(prepara_report(r, s)) == "Validazione dell'OIV non indicata");
    r.valutazione_ndv->organo = OrganoValutazione::nucleo_di_valutazione;
    CHECK(esempi::frase_validazione(prepara_report(r, s)) == "Validazione del Nucleo di Valutazione non indicata");
}
