// The bundled staff document (examples/data/personale-esempio.json) and its
// SMVP (smvp-personale-esempio.json) against the bundled Leverano Relazione:
// they decode, every person is scored, and what the document was written to
// show is there: every category, own objectives and references to the
// Relazione's, a part-timer, a move, too few days, an open and a concluded
// review.
#include "catch2.hpp"
#include "leggi.hpp"

#include <perfpa/json.hpp>
#include <perfpa/scoring/personale.hpp>

#include <algorithm>
#include <set>
#include <string>

using namespace perfpa;

// This file's names in a namespace of their own: the test executable is a unity build,
// its files compiled together (tests/CMakeLists.txt, PERFPA_UNITY_TESTS).
namespace prova_scoring_personale_esempio {

namespace {

const PunteggioDipendente& di(const std::vector<PunteggioDipendente>& v, const std::string& id) {
    const auto it = std::find_if(v.begin(), v.end(), [&](const PunteggioDipendente& p) { return p.id == id; });
    REQUIRE(it != v.end());
    return *it;
}

} // namespace

TEST_CASE("personale scoring: the bundled staff document decodes and every person is scored") {
    const auto p = json::decodifica_personale(perfpa_test::leggi_dati("personale-esempio.json"));
    INFO((p ? std::string() : p.error().testo()));
    REQUIRE(p.has_value());
    const auto s = json::decodifica_smvp(perfpa_test::leggi_dati("smvp-personale-esempio.json"));
    INFO((s ? std::string() : s.error().testo()));
    REQUIRE(s.has_value());
    const auto r = json::decodifica_relazione(perfpa_test::leggi_dati("leverano-2023.json"));
    REQUIRE(r.has_value());
    REQUIRE(p->anno == r->anno);

    const auto punteggi = calcola_punteggi_personale(*p, *r, *s);
    REQUIRE(punteggi.size() == p->dipendenti.size());
    CHECK(punteggi.size() >= 25);

    std::set<Categoria> categorie;
    std::set<std::string> settori;
    for (const Dipendente& d : p->dipendenti) {
        categorie.insert(d.categoria);
        for (const AssegnazioneDipendente& a : d.assegnazioni) settori.insert(a.settore);
    }
    CHECK(categorie.size() == 7); // every category of the CCNL 16.11.2022
    CHECK(settori.size() == r->settori.size());

    int non_valutati = 0, non_definitivi = 0;
    for (std::size_t i = 0; i < punteggi.size(); ++i) {
        const PunteggioDipendente& x = punteggi[i];
        CAPTURE(x.id, x.motivo);
        CHECK(x.id == p->dipendenti[i].id);
        CHECK_FALSE(x.profilo.empty()); // every category has a profile
        if (!x.valutato) {
            ++non_valutati;
            continue;
        }
        // Only 0301 refers to objectives of the Relazione, which has no degrees for them.
        CHECK(x.completo == (x.id != "0301"));
        CHECK(x.totale > Punti{});
        CHECK_FALSE(x.fascia.empty());
        CHECK(x.totale == *x.performance_organizzativa.punti + *x.obiettivi_individuali.punti + *x.comportamenti.punti);
        non_definitivi += x.definitivo ? 0 : 1;
    }
    CHECK(non_valutati == 1);
    CHECK(non_definitivi == 1);

    // Hired on 15 November: 47 days, fewer than the SMVP's 60.
    CHECK_FALSE(di(punteggi, "0403").valutato);
    CHECK(di(punteggi, "0403").giorni == 47);
    // Moved from istituzionale to servizi-sociali on 1 July: 181 + 184 days.
    CHECK(di(punteggi, "0303").giorni == 365);
    // An assignment from 2022 to 2024: only 2023's days count.
    CHECK(di(punteggi, "0804").giorni == 365);
    // A dirigente from 1 March: 306 days.
    CHECK(di(punteggi, "0801").giorni == 306);
    // The concluded review raised the own objective from 60 to 80.
    const PunteggioDipendente& riesaminata = di(punteggi, "0802");
    CHECK(riesaminata.obiettivi_individuali.spiegazione.find("80,00 dopo il contraddittorio") != std::string::npos);
    CHECK_FALSE(di(punteggi, "0704").definitivo);
    // References to objectives the bundled Relazione leaves without a degree count 0.
    CHECK(di(punteggi, "0301").obiettivi_individuali.spiegazione.find(
              "servizi-sociali-1: non valutato nella Relazione (conta 0)") != std::string::npos);
    CHECK(di(punteggi, "0501").profilo == "eq");
    CHECK(di(punteggi, "0101").profilo == "dirigenza");
}

} // namespace prova_scoring_personale_esempio
