// The cycle in the report (issue 26): the tree of the performance (strategic
// objective → objectives by settore, with degrees) and the year-over-year
// section of `report --precedente`, in the data and in the HTML and Markdown
// generators; and (issue 23) each objective's neutralisation reason and the
// heads' bonus amounts in both generators.
#include "catch2.hpp"
#include "leggi.hpp"

#include "html.hpp"
#include "markdown.hpp"

#include <perfpa/confronto/anni.hpp>
#include <perfpa/json.hpp>
#include <perfpa/report.hpp>
#include <perfpa/scoring/strategici.hpp>
#include <perfpa/testing/costruttori.hpp>

#include <boost/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <vector>

using namespace perfpa;
using namespace perfpa::testing;

// This file's names in a namespace of their own: the test executable is a unity build,
// its files compiled together (tests/CMakeLists.txt, PERFPA_UNITY_TESTS).
namespace prova_report_ciclo {

namespace {

Relazione leggi_relazione(const char* nome) { return json::decodifica_relazione(perfpa_test::leggi_dati(nome)).value(); }
const Smvp& smvp_esempio() {
    static const Smvp s = json::decodifica_smvp(perfpa_test::leggi_dati("smvp-esempio.json")).value();
    return s;
}

bool contiene(const std::string& testo, const std::string& cosa) { return testo.find(cosa) != std::string::npos; }

std::size_t conta(const std::string& testo, const std::string& cosa) {
    std::size_t n = 0;
    for (std::size_t p = testo.find(cosa); p != std::string::npos; p = testo.find(cosa, p + cosa.size())) ++n;
    return n;
}

// What lies in `testo` between `da` and the next `a` after it (empty when `da` is missing).
std::string tratto(const std::string& testo, const std::string& da, const std::string& a) {
    const std::size_t i = testo.find(da);
    if (i == std::string::npos) return {};
    const std::size_t j = testo.find(a, i + da.size());
    return testo.substr(i, j == std::string::npos ? std::string::npos : j - i);
}

// Leverano 2023 with three strategic objectives (the seed gives none: this is test data): each
// objective of settore i, position j, linked to S(1 + (i + j) % 3), except the first objective of the
// first settore (linked to none) and the second (linked to an id the document does not have); S4
// has nothing under it.
Relazione leverano_con_strategia() {
    Relazione r = leggi_relazione("leverano-2023.json");
    r.obiettivi_strategici = std::vector<ObiettivoStrategico>{
        {"S1", "Una città sostenibile", std::string("09"), std::string("09.03"), std::nullopt},
        {"S2", "Un ente efficiente e trasparente", std::string("01"), std::nullopt, std::string("Valore pubblico")},
        {"S3", "Sviluppo del territorio", std::nullopt, std::nullopt, std::nullopt},
        {"S4", "Una strategia senza obiettivi", std::nullopt, std::nullopt, std::nullopt}};
    for (std::size_t i = 0; i < r.settori.size(); ++i)
        for (std::size_t j = 0; j < r.settori[i].obiettivi.size(); ++j)
            r.settori[i].obiettivi[j].obiettivo_strategico = "S" + std::to_string(1 + (i + j) % 3);
    r.settori[0].obiettivi[0].obiettivo_strategico.reset();
    r.settori[0].obiettivi[1].obiettivo_strategico = "S9";
    return r;
}

bool risolve(const Relazione& r, const std::string& p) {
    const boost::json::value v = boost::json::parse(json::codifica(r));
    boost::system::error_code ec;
    return v.find_pointer(p, ec) != nullptr;
}

} // namespace

TEST_CASE("tree of the performance on Leverano 2023: each objective once, under the strategic objective it names") {
    const Relazione r = leverano_con_strategia();
    const DatiReport d = prepara_report(r, smvp_esempio());
    REQUIRE(d.albero);
    const AlberoPerformance& a = *d.albero;
    REQUIRE(a.rami.size() == 4);
    const auto gradi = gradi_strategici(r, smvp_esempio());
    std::map<std::string, int> visti; // "settore/obiettivo" -> how many times in the tree
    for (std::size_t k = 0; k < a.rami.size(); ++k) {
        const RamoStrategico& ramo = a.rami[k];
        CHECK(ramo.obiettivo_strategico == (*r.obiettivi_strategici)[k]);
        CHECK(ramo.grado == gradi[k]); // the degree and its explanation, as the library computes them
        for (const SettoreAlbero& s : ramo.settori)
            for (const ObiettivoAlbero& o : s.obiettivi) {
                ++visti[s.id + "/" + o.id];
                // Under the strategic objective it names, with its settore's pointer and its own.
                REQUIRE(risolve(r, o.percorso));
                CHECK(o.percorso.starts_with(s.percorso + "/obiettivi/"));
                const std::size_t i = std::stoul(s.percorso.substr(9));
                const std::size_t j = std::stoul(o.percorso.substr(s.percorso.size() + 11));
                CHECK(r.settori[i].id == s.id);
                CHECK(r.settori[i].obiettivi[j].id == o.id);
                CHECK(r.settori[i].obiettivi[j].obiettivo_strategico == ramo.obiettivo_strategico.id);
                CHECK(o.grado == d.settori[i].obiettivi[j].grado);
                CHECK(o.peso == r.settori[i].obiettivi[j].peso);
            }
    }
    CHECK(a.rami[3].settori.empty());
    REQUIRE(a.senza_strategico.size() == 1);
    CHECK(a.senza_strategico[0].id == "programmazione-controllo");
    REQUIRE(a.senza_strategico[0].obiettivi.size() == 2); // none, and the unknown S9
    for (const ObiettivoAlbero& o : a.senza_strategico[0].obiettivi) ++visti["programmazione-controllo/" + o.id];
    std::size_t obiettivi = 0;
    for (const Settore& s : r.settori)
        for (const Obiettivo& o : s.obiettivi) {
            ++obiettivi;
            CHECK(visti[s.id + "/" + o.id] == 1);
        }
    CHECK(visti.size() == obiettivi);

    const std::string h = esempi::report_html(d);
    const std::string sezione = tratto(h, "<section id=\"albero\">", "</section>");
    REQUIRE_FALSE(sezione.empty());
    CHECK(contiene(h, "<a href=\"#albero\">Albero della performance</a>"));
    for (const RamoStrategico& ramo : a.rami) {
        CHECK(conta(sezione, "<h3>" + esempi::html::t(ramo.obiettivo_strategico.id + " — " +
                                                      ramo.obiettivo_strategico.descrizione) + "</h3>") == 1);
        CHECK(contiene(sezione, esempi::html::t(ramo.grado.spiegazione)));
    }
    CHECK(contiene(sezione, "missione 09 · programma 09.03"));
    CHECK(contiene(sezione, "Nessun obiettivo ne discende."));
    CHECK(contiene(sezione, "Obiettivi non collegati a un obiettivo strategico"));
    for (const Settore& s : r.settori)
        for (const Obiettivo& o : s.obiettivi)
            CHECK(conta(sezione, "<tr><td>" + esempi::html::t(o.id + " — " + o.descrizione) + "</td>") == 1);
    const std::string m = esempi::report_markdown(d);
    CHECK(contiene(m, "## Albero della performance\n\n### S1 — Una città sostenibile\n\nGrado: "));
    CHECK(contiene(m, "### S4 — Una strategia senza obiettivi\n\nGrado: non valutato (non valutato: nessun obiettivo "
                      "che conti ne discende).\n\nNessun obiettivo ne discende."));
}

TEST_CASE("tree: a strategic objective's degree is the weighted mean of its objectives', shown with its arithmetic") {
    Relazione r = una_relazione()
                      .con(settore("a", 100).obiettivo("a-1", 60, grado(100)).obiettivo("a-2", 40, grado(50)))
                      .con(settore("b", 100).obiettivo("b-1", 100, neutralizzato("Finanziamento revocato")));
    r.obiettivi_strategici = std::vector<ObiettivoStrategico>{{"S1", "Servizi digitali", {}, {}, {}}};
    for (Settore& s : r.settori)
        for (Obiettivo& o : s.obiettivi) o.obiettivo_strategico = "S1";
    const Smvp smvp = uno_smvp(30, 40, 30).fascia("A", 0, 100);
    const DatiReport d = prepara_report(r, smvp);
    REQUIRE(d.albero);
    REQUIRE(d.albero->rami.size() == 1);
    const RamoStrategico& ramo = d.albero->rami[0];
    REQUIRE(ramo.grado.grado);
    CHECK(*ramo.grado.grado == Percentuale::da_centesimi(80'00)); // (60×100 + 40×50) / 100; b-1 leaves
    CHECK(ramo.settori.size() == 2);
    CHECK(d.albero->senza_strategico.empty());
    const std::string h = esempi::report_html(d);
    CHECK(contiene(h, "<b>80%</b><span>grado</span>"));
    CHECK(contiene(h, esempi::html::t(ramo.grado.spiegazione)));
    CHECK(contiene(ramo.grado.spiegazione, "neutralizzati (esclusi): b/b-1"));
    // Without strategic objectives: no tree, no link.
    r.obiettivi_strategici.reset();
    const DatiReport senza = prepara_report(r, smvp);
    CHECK_FALSE(senza.albero);
    CHECK_FALSE(contiene(esempi::report_html(senza), "albero"));
    CHECK_FALSE(contiene(esempi::report_markdown(senza), "Albero"));
}

namespace {

DatiReport con_precedente(const Relazione& precedente, const Relazione& corrente) {
    OpzioniReport o;
    o.confronto_anni = confronta_anni(precedente, corrente, smvp_esempio()).value();
    return prepara_report(corrente, smvp_esempio(), o);
}

// The HTML row of an indicator of the year-over-year section, by its code.
std::string riga_indicatore(const std::string& h, const std::string& codice) {
    const std::string sezione = tratto(h, "<section id=\"confronto\">", "</section>");
    const std::size_t k = sezione.find("<span class=\"nota\">" + codice + "</span>");
    if (k == std::string::npos) return {};
    const std::size_t inizio = sezione.rfind("<tr>", k);
    return sezione.substr(inizio, sezione.find("</tr>", k) - inizio);
}

} // namespace

TEST_CASE("report --precedente: Leverano 2022 against 2023, indicators with both values and an arrow, findings") {
    const Relazione r22 = leggi_relazione("leverano-2022.json"), r23 = leggi_relazione("leverano-2023.json");
    const DatiReport d = con_precedente(r22, r23);
    REQUIRE(d.confronto_anni);
    const std::string h = esempi::report_html(d);
    CHECK(contiene(h, "<a href=\"#confronto\">Confronto con il 2022</a>"));
    CHECK(contiene(h, "<h2>Confronto con il 2022</h2>"));
    // The waste-collection percentage (seed: 75,49% in 2023, above 2022's).
    CHECK(riga_indicatore(h, "RD-PERC") ==
          "<tr><td>Percentuale di raccolta differenziata<br><span class=\"nota\">RD-PERC</span></td>"
          "<td class=\"n\">75,2</td><td class=\"n\">75,49</td><td class=\"n\">+0,29</td>"
          "<td class=\"n\"><span class=\"freccia migliora\" title=\"migliora\">↑ migliora</span></td>");
    // The payment delay went up, which is worse (its verso is decrescente).
    CHECK(contiene(riga_indicatore(h, "ITP"), "<td class=\"n\">-19</td><td class=\"n\">-18</td><td class=\"n\">+1</td>"
                                             "<td class=\"n\"><span class=\"freccia peggiora\" title=\"peggiora\">↑ peggiora"));
    const std::string sezione = tratto(h, "<section id=\"confronto\">", "</section>");
    // No finding resolved, a new one (2023's objectives headed 2022), the rest persistent.
    const std::string risolti = tratto(sezione, "<b>Risolti (", "<b>Nuovi (");
    const std::string nuovi = tratto(sezione, "<b>Nuovi (", "<details>");
    CHECK(d.confronto_anni->risolti.empty());
    CHECK(contiene(risolti, "<b>Risolti (0)</b>"));
    CHECK(contiene(nuovi, "<b>Nuovi (1)</b>"));
    CHECK(contiene(nuovi, "ANNO_INCOERENTE · settore:agricoltura"));
    CHECK(contiene(sezione, "<summary>Persistenti (" + std::to_string(d.confronto_anni->persistenti.size()) + ")"));
    // The settori side by side, with their names and bands.
    CHECK(contiene(sezione, "<tr><td>Settore Economico-Finanziario-Tributario</td><td class=\"n\">40,00 (D)</td>"
                            "<td class=\"n\">40,00 (D)</td><td class=\"n\">0</td>"));
    // The public-finance figures, both pointers resolving in their own year's document.
    CHECK(contiene(sezione, "<tr><td>Equilibri di bilancio<br><span class=\"nota\">W3 equilibrio complessivo</span></td>"
                            "<td class=\"n\">19.691,29 €</td><td class=\"n\">19.691,29 €</td><td class=\"n\">0,00 €</td>"));
    // The payment delay of both years' blocks (seed: "una leggerissima flessione" in 2023).
    CHECK(contiene(sezione, "<td class=\"n\">-19</td><td class=\"n\">-18</td><td class=\"n\">+1</td>"));
    REQUIRE_FALSE(d.confronto_anni->vincoli.empty());
    for (const ConfrontoVincolo& v : d.confronto_anni->vincoli) {
        REQUIRE(v.percorso_precedente);
        REQUIRE(v.percorso_corrente);
        CHECK(risolve(r22, *v.percorso_precedente));
        CHECK(risolve(r23, *v.percorso_corrente));
    }
    // Markdown: the same rows.
    const std::string m = esempi::report_markdown(d);
    CHECK(contiene(m, "| RD-PERC | Percentuale di raccolta differenziata | 75,2 | 75,49 | +0,29 | ↑ migliora |"));
    CHECK(contiene(m, "### Rilievi risolti (0)\n\n### Rilievi nuovi (1)\n\n- `ANNO_INCOERENTE` settore:agricoltura: "));
    // Without --precedente: no section, no link.
    const std::string senza = esempi::report_html(prepara_report(r23, smvp_esempio()));
    CHECK_FALSE(contiene(senza, "id=\"confronto\""));
    CHECK_FALSE(contiene(senza, "#confronto"));
}

TEST_CASE("report --precedente: swapping the years reverses the arrows") {
    Relazione prima = leggi_relazione("leverano-2023.json"), dopo = leggi_relazione("leverano-2022.json");
    prima.anno = 2022; // 2023's figures as last year's, 2022's as this year's
    dopo.anno = 2023;
    const std::string h = esempi::report_html(con_precedente(prima, dopo));
    CHECK(contiene(riga_indicatore(h, "RD-PERC"), "<td class=\"n\">75,49</td><td class=\"n\">75,2</td>"
                                                 "<td class=\"n\">-0,29</td><td class=\"n\"><span class=\"freccia "
                                                 "peggiora\" title=\"peggiora\">↓ peggiora</span></td>"));
    CHECK(contiene(riga_indicatore(h, "ITP"), "<td class=\"n\">-1</td><td class=\"n\"><span class=\"freccia migliora\" "
                                             "title=\"migliora\">↓ migliora</span></td>"));
    // And the arrows of each direction: ↑ one way is ↓ the other, = stays =.
    CHECK(esempi::freccia(1, Tendenza::peggiora) == "↑");
    CHECK(esempi::freccia(-1, Tendenza::migliora) == "↓");
    CHECK(esempi::freccia(0, Tendenza::stabile) == "=");
    CHECK(esempi::freccia(std::nullopt, Tendenza::migliora) == "↑"); // sì this year, no last year
    CHECK(esempi::freccia(std::nullopt, Tendenza::peggiora) == "↓");
    CHECK(esempi::freccia(std::nullopt, std::nullopt) == "—");
}

TEST_CASE("golden Markdown of the year-over-year section, Leverano 2022 against 2023") {
    const DatiReport d = con_precedente(leggi_relazione("leverano-2022.json"), leggi_relazione("leverano-2023.json"));
    std::string sezione;
    esempi::md::confronto(sezione, d);
    const std::string percorso = std::string(PERFPA_GOLDEN_DIR) + "/leverano-2022-2023.confronto.md";
    if (std::getenv("PERFPA_AGGIORNA_GOLDEN")) {
        std::ofstream(percorso, std::ios::binary) << sezione;
        WARN("golden file rewritten: " << percorso);
        return;
    }
    CHECK(sezione == perfpa_test::leggi(percorso));
}

TEST_CASE("HTML and Markdown: the neutralisation's reason per objective, the heads' bonus with a split") {
    const Relazione r = una_relazione()
                            .performance_organizzativa(40, 40)
                            .con(settore("tecnico", 30)
                                     .obiettivo("t-1", 15, grado(100))
                                     .obiettivo("t-2", 15, neutralizzato("Bando regionale <non> pubblicato"))
                                     .comportamenti(30))
                            .con(settore("ragioneria", 30).obiettivo("r-1", 30, grado(50)).comportamenti(20))
                            .validazione(EsitoValidazione::validata);
    const Smvp smvp = uno_smvp(40, 30, 30).fascia("A", 90, 100).fascia("B", 60, 50).fascia("D", 0, 0);
    OpzioniReport o;
    o.ripartizione = ripartisci_premi(r, smvp, Importo::euro(10'000)).value();
    const DatiReport d = prepara_report(r, smvp, o);
    REQUIRE(d.settori.size() == 2);
    REQUIRE(d.settori[0].premio);
    REQUIRE(d.settori[1].premio);
    const std::string h = esempi::report_html(d);
    CHECK(conta(h, "Neutralizzato dal Nucleo: «Bando regionale &lt;non&gt; pubblicato»") == 1);
    CHECK(contiene(tratto(h, "<section class=\"settore\" id=\"settore-1\">", "</section>"),
                   "<span>premio del responsabile <strong>" + formatta_importo(*d.settori[0].premio) + "</strong></span>"));
    CHECK(contiene(tratto(h, "<section class=\"settore\" id=\"settore-2\">", "</section>"),
                   "<span>premio del responsabile <strong>" + formatta_importo(*d.settori[1].premio) + "</strong></span>"));
    const std::string m = esempi::report_markdown(d);
    CHECK(contiene(m, "- t-2: Neutralizzato dal Nucleo: «Bando regionale &lt;non> pubblicato»\n"));
    CHECK(contiene(m, ", premio del responsabile " + formatta_importo(*d.settori[1].premio)));
    // Without a split no amount; the reason stays.
    const DatiReport senza = prepara_report(r, smvp);
    CHECK_FALSE(contiene(esempi::report_html(senza), "premio del responsabile"));
    CHECK_FALSE(contiene(esempi::report_markdown(senza), "premio del responsabile"));
    CHECK(contiene(esempi::report_html(senza), "Neutralizzato dal Nucleo"));
}

TEST_CASE("report --precedente without the ente's SMVP: no finding that needs one, the rest unchanged") {
    const Relazione r = una_relazione().con(settore("a", 100).obiettivo("a-1", 100, grado(100)));
    Relazione p = r;
    p.anno = r.anno - 1;
    // A stand-in whose bands' shares do not grow: QUOTE_FASCE_NON_CRESCENTI, a finding of the SMVP.
    const Smvp sostituto = uno_smvp(30, 40, 30).fascia("A", 90, 50).fascia("B", 0, 100);
    const ConfrontoAnni con = confronta_anni(p, r, sostituto).value();
    const ConfrontoAnni senza = confronta_anni_senza_smvp(p, r, sostituto).value();
    auto codici = [](const ConfrontoAnni& c) {
        std::vector<std::string> out;
        for (const auto* v : {&c.risolti, &c.nuovi, &c.persistenti})
            for (const RilievoNegliAnni& x : *v) out.push_back(x.codice);
        return out;
    };
    const auto a = codici(con), b = codici(senza);
    CHECK(std::find(a.begin(), a.end(), "QUOTE_FASCE_NON_CRESCENTI") != a.end());
    CHECK(std::find(b.begin(), b.end(), "QUOTE_FASCE_NON_CRESCENTI") == b.end());
    CHECK(b.size() < a.size());
    const std::vector<Rilievo> rp = controlla(p), rc = controlla(r);
    for (const auto* v : {&senza.risolti, &senza.nuovi, &senza.persistenti})
        for (const RilievoNegliAnni& x : *v) {
            if (x.precedente) CHECK(std::find(rp.begin(), rp.end(), *x.precedente) != rp.end());
            if (x.corrente) CHECK(std::find(rc.begin(), rc.end(), *x.corrente) != rc.end());
        }
    CHECK(senza.indicatori == con.indicatori);
    CHECK(senza.settori == con.settori);
    CHECK(senza.vincoli == con.vincoli);
    // And the report without the SMVP shows no band in the section.
    OpzioniReport o;
    o.confronto_anni = senza;
    const std::string h = esempi::report_html(prepara_report_senza_smvp(r, sostituto, o));
    const std::string sezione = tratto(h, "<section id=\"confronto\">", "</section>");
    REQUIRE_FALSE(sezione.empty());
    CHECK_FALSE(contiene(sezione, "QUOTE_FASCE_NON_CRESCENTI"));
    CHECK_FALSE(contiene(sezione, " (A)"));
    CHECK_FALSE(contiene(sezione, " (B)"));
}

} // namespace prova_report_ciclo
