// The staff's bonuses in the HTML pages (examples/report/premi_html.hpp):
// the main report's aggregate section and each evaluation sheet's amounts,
// checked against the split ripartisci_premi_personale computes on the
// bundled example (personale-esempio-premi.json, leverano-2023-validata-
// esempio.json, criteri-esempio.json), not against figures written here.
#include "catch2.hpp"
#include "documento.hpp"

#include "html.hpp"
#include "premi_html.hpp"
#include "schede.hpp"

#include <perfpa/json.hpp>
#include <perfpa/report.hpp>
#include <perfpa/scoring/premi_personale.hpp>
#include <perfpa/scoring/pubblicazione_premi.hpp>

#include <cstddef>
#include <string>

using namespace perfpa;

// This file's names in a namespace of their own: the test executable is a unity build,
// its files compiled together (tests/CMakeLists.txt, PERFPA_UNITY_TESTS).
namespace prova_report_premi_html {

namespace {

struct Esempio {
    Personale personale = perfpa_test::documento<Personale>("personale-esempio-premi.json");
    Relazione relazione = perfpa_test::documento<Relazione>("leverano-2023-validata-esempio.json");
    Smvp smvp = perfpa_test::documento<Smvp>("smvp-personale-esempio.json");
    CriteriPremi criteri = perfpa_test::documento<CriteriPremi>("criteri-esempio.json");
};

std::size_t conta(const std::string& testo, const std::string& cosa) {
    std::size_t n = 0;
    for (std::size_t i = testo.find(cosa); i != std::string::npos; i = testo.find(cosa, i + cosa.size())) ++n;
    return n;
}

// The part of `testo` from `inizio` to the next `fine` (or the end).
std::string tratto(const std::string& testo, const std::string& inizio, const std::string& fine) {
    const std::size_t a = testo.find(inizio);
    REQUIRE(a != std::string::npos);
    const std::size_t b = testo.find(fine, a + inizio.size());
    return testo.substr(a, b == std::string::npos ? std::string::npos : b - a);
}

} // namespace

TEST_CASE("the report's staff bonus section: the publication table and one bar per band, no names") {
    const Esempio e;
    const auto esito = ripartisci_premi_personale(e.personale, e.relazione, e.smvp, e.criteri);
    REQUIRE(esito.has_value());
    const PubblicazionePremi p = pubblicazione_premi(*esito);
    REQUIRE(p.fasce.size() >= 2);
    const std::string h = esempi::report_html(prepara_report(e.relazione, e.smvp), p, *e.criteri.denominazione);
    CHECK(h.find("<a href=\"#premi-personale\">") != std::string::npos);
    const std::string s = tratto(h, "<section id=\"premi-personale\">", "</section>");
    CHECK(s.find(esempi::html::t(*e.criteri.denominazione)) != std::string::npos);
    for (const Importo i : {p.fondo, p.distribuito, p.non_distribuito})
        CHECK(s.find("<b>" + formatta_importo(i) + "</b>") != std::string::npos);
    // The chart: one bar group per band, each with its total, people and mean.
    const std::string grafico = tratto(s, "<svg", "</svg>");
    CHECK(conta(grafico, "<g class=\"fascia-premi\">") == p.fasce.size());
    for (const RigaPubblicazione& r : p.fasce)
        CHECK(grafico.find("fascia " + r.nome + "</text>") != std::string::npos);
    for (const RigaPubblicazione& r : p.fasce)
        CHECK(grafico.find(formatta_importo(r.totale) + "</tspan> · " + std::to_string(r.persone)) != std::string::npos);
    // The tables: a row per band and per category with the figures of the publication table.
    auto riga = [](const std::string& nome, const RigaPubblicazione& r) {
        return "<tr><td>" + nome + "</td><td class=\"n\">" + std::to_string(r.persone) + "</td><td class=\"n\">" +
               formatta_importo(r.totale) + "</td><td class=\"n\">" + formatta_importo(r.media) + "</td><td class=\"n\">" +
               formatta_importo(r.minimo) + "</td><td class=\"n\">" + formatta_importo(r.massimo) + "</td></tr>";
    };
    for (const RigaPubblicazione& r : p.fasce) CHECK(s.find(riga("fascia " + r.nome, r)) != std::string::npos);
    REQUIRE_FALSE(p.categorie.empty());
    for (const RigaPubblicazione& r : p.categorie) CHECK(s.find(riga(r.nome, r)) != std::string::npos);
    CHECK(s.find("valutati positivamente: <b>" + std::to_string(p.positivi) + "</b>") != std::string::npos);
    REQUIRE(p.con_maggiorazione > 0);
    CHECK(s.find(std::to_string(p.con_maggiorazione) + "</b> dipendenti, " + formatta_importo(p.maggiorazione) +
                 " ciascuno") != std::string::npos);
    CHECK(s.find(formatta_centesimi(*p.quota_fascia_piu_alta) + "% dei valutati") != std::string::npos);
    // Aggregate: no one's name, no one's own amount explained.
    for (const Dipendente& d : e.personale.dipendenti) {
        INFO(d.id);
        CHECK(s.find(esempi::html::t(*d.nome)) == std::string::npos);
        CHECK(s.find("dipendente-" + d.id) == std::string::npos);
    }
    CHECK(s.find("quota base:") == std::string::npos);
}

TEST_CASE("the report without a split has no bonus section and no link to it") {
    const Esempio e;
    const std::string h = esempi::report_html(prepara_report(e.relazione, e.smvp));
    CHECK(h.find("premi-personale") == std::string::npos);
}

TEST_CASE("each evaluation sheet shows the person's base, increase, amount and explanation from the split") {
    const Esempio e;
    const auto punteggi = calcola_punteggi_personale(e.personale, e.relazione, e.smvp);
    const auto esito = ripartisci_premi_personale(e.personale, punteggi, e.relazione, e.criteri);
    REQUIRE(esito.has_value());
    const std::string h = esempi::schede_html(e.personale, e.relazione, e.smvp, punteggi, &*esito,
                                              *e.criteri.denominazione);
    REQUIRE(esito->assegnazioni.size() == e.personale.dipendenti.size());
    int con_maggiorazione = 0;
    for (const AssegnazionePersonale& a : esito->assegnazioni) {
        INFO(a.id);
        const std::string scheda = tratto(h, "id=\"dipendente-" + a.id + "\"", "<section class=\"scheda\"");
        const std::string premio = tratto(scheda, "<h2>Premio per la performance individuale</h2>", "<h2>");
        CHECK(premio.find("<td class=\"n\">" + formatta_importo(a.base) + "</td><td class=\"n\">" +
                          formatta_importo(a.maggiorazione) + "</td><td class=\"n\"><b>" + formatta_importo(a.importo) +
                          "</b>") != std::string::npos);
        REQUIRE_FALSE(a.spiegazione.empty());
        CHECK(premio.find(esempi::html::t(a.spiegazione)) != std::string::npos);
        con_maggiorazione += a.maggiorazione.centesimi() > 0;
    }
    CHECK(con_maggiorazione == static_cast<int>(esito->maggiorazione.beneficiari.size()));
    CHECK(con_maggiorazione > 0);
    // Without the split, no amounts.
    CHECK(esempi::schede_html(e.personale, e.relazione, e.smvp, punteggi).find("Premio per la performance") ==
          std::string::npos);
}

} // namespace prova_report_premi_html
