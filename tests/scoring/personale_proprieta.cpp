// Property tests of calcola_punteggi_personale over generated staff
// documents (fixed seed, reproducible): every component within its
// profile's weight, the total the sum of the components, the same input the
// same output, and a better behaviour score never lowers a total.
#include "catch2.hpp"

#include <perfpa/model/vincoli.hpp>
#include <perfpa/scoring/personale.hpp>
#include <perfpa/testing/personale.hpp>

#include "generatore_personale.hpp"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

using namespace perfpa;
using namespace perfpa::testing;

using namespace perfpa_test;

namespace {

std::int64_t cent(const Componente& c) { return c.punti ? c.punti->centesimi() : 0; }

} // namespace

TEST_CASE("personale scoring: properties over 5,000 generated staff documents") {
    Generatore g;
    int valutati = 0, rialzi = 0;
    for (int caso = 0; caso < 5'000; ++caso) {
        const Relazione r = g.relazione();
        const Smvp s = g.smvp();
        REQUIRE(errori_modello(s).empty());
        Personale personale = g.personale(s);
        const auto punteggi = calcola_punteggi_personale(personale, r, s);
        REQUIRE(punteggi.size() == personale.dipendenti.size());
        for (std::size_t i = 0; i < punteggi.size(); ++i) {
            const PunteggioDipendente& x = punteggi[i];
            INFO("caso " << caso << ", dipendente " << x.id);
            CHECK(x.id == personale.dipendenti[i].id);
            const ProfiloSmvp* profilo = perfpa::detail::profilo_di(s, x.categoria);
            CHECK(x.valutato == (profilo && x.giorni >= *s.giorni_minimi_valutazione));
            CHECK((x.giorni >= 0 && x.giorni <= 366));
            if (!x.valutato) continue;
            ++valutati;
            // Every component within its profile's weight.
            CHECK((cent(x.performance_organizzativa) >= 0 &&
                   cent(x.performance_organizzativa) <= profilo->pesi.performance_organizzativa.centesimi()));
            CHECK((cent(x.obiettivi_individuali) >= 0 &&
                   cent(x.obiettivi_individuali) <= profilo->pesi.obiettivi_individuali.centesimi()));
            CHECK((cent(x.comportamenti) >= 0 && cent(x.comportamenti) <= profilo->pesi.comportamenti.centesimi()));
            // The total is the sum of the rounded components.
            CHECK(x.totale.centesimi() ==
                  cent(x.performance_organizzativa) + cent(x.obiettivi_individuali) + cent(x.comportamenti));
            CHECK_FALSE(x.fascia.empty());
        }
        // Deterministic, and the same figures without explanations.
        CHECK(calcola_punteggi_personale(personale, r, s) == punteggi);
        auto senza = calcola_punteggi_personale(personale, r, s, {.spiegazioni = false});
        REQUIRE(senza.size() == punteggi.size());
        for (std::size_t i = 0; i < senza.size(); ++i) {
            CHECK(senza[i].totale == punteggi[i].totale);
            CHECK(senza[i].completo == punteggi[i].completo);
            CHECK(senza[i].comportamenti.spiegazione.empty());
        }
        // A better behaviour score never lowers a total: raise one behaviour
        // of one person by up to 1 point (within the scale), everywhere it is scored.
        const std::size_t chi = static_cast<std::size_t>(g.tra(0, static_cast<std::int64_t>(punteggi.size()) - 1));
        const std::string& quale = catalogo[static_cast<std::size_t>(g.tra(0, 3))];
        const std::int64_t massimo = s.scala_comportamenti->massimo.centesimi();
        auto alza = [&](Opzionale<std::vector<PunteggioComportamento>>& v) {
            if (!v) return;
            for (PunteggioComportamento& p : *v)
                if (p.comportamento == quale)
                    p.punteggio = Punti::da_centesimi(std::min(massimo, p.punteggio.centesimi() + g.tra(0, 100)));
        };
        Dipendente& d = personale.dipendenti[chi];
        alza(d.comportamenti);
        if (d.contraddittorio) alza(d.contraddittorio->comportamenti);
        const auto dopo = calcola_punteggi_personale(personale, r, s, {.spiegazioni = false});
        INFO("caso " << caso << ": il comportamento " << quale << " del dipendente " << d.id);
        CHECK(dopo[chi].totale >= punteggi[chi].totale);
        rialzi += dopo[chi].totale > punteggi[chi].totale;
        for (std::size_t i = 0; i < dopo.size(); ++i)
            if (i != chi) CHECK(dopo[i].totale == punteggi[i].totale);
    }
    // The generator reaches the cases the properties are about.
    CHECK(valutati > 5'000);
    CHECK(rialzi > 500);
}
