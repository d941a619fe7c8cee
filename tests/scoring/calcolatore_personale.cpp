// CalcolatorePersonale against calcola_punteggi_personale: the same scores,
// every described member by name, over thousands of generated staff
// documents scored one after another by one calculator (so each document's
// scores are written over the previous one's); a big document then a small
// one; and the reset it relies on (detail::azzera_membri over
// PunteggioDipendente's description).
#include "catch2.hpp"
#include "generatore_personale.hpp"
#include "stessi_membri.hpp"

#include <perfpa/detail/descritti.hpp>
#include <perfpa/model/vincoli.hpp>
#include <perfpa/scoring.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <vector>

using namespace perfpa;
using perfpa_test::Generatore;
using perfpa_test::stessi_membri;

// This file's names in a namespace of their own: the test executable is a unity build,
// its files compiled together (tests/CMakeLists.txt, PERFPA_UNITY_TESTS).
namespace prova_scoring_calcolatore_personale {

namespace {

void stessi_punteggi(const std::vector<PunteggioDipendente>& riusati, const std::vector<PunteggioDipendente>& nuovi) {
    REQUIRE(riusati.size() == nuovi.size());
    for (std::size_t i = 0; i < nuovi.size(); ++i) {
        stessi_membri(riusati[i], nuovi[i], "punteggi[" + std::to_string(i) + "]");
        CHECK(riusati[i] == nuovi[i]); // also a member the description could lack
    }
}

// For each described member of PunteggioDipendente, how many times a slot
// reused from `prima` held a value other than the one `dopo` must hold: a
// member whose reset were forgotten would then show the stale value.
void conta_diversi(const std::vector<PunteggioDipendente>& prima, const std::vector<PunteggioDipendente>& dopo,
                   std::map<std::string, int>& diversi) {
    using Membri = boost::describe::describe_members<PunteggioDipendente, boost::describe::mod_public>;
    for (std::size_t i = 0; i < prima.size() && i < dopo.size(); ++i)
        boost::mp11::mp_for_each<Membri>([&](auto m) {
            diversi[m.name] += prima[i].*m.pointer != dopo[i].*m.pointer;
        });
}

} // namespace

TEST_CASE("CalcolatorePersonale: the scores of calcola_punteggi_personale over 3,000 generated staff documents") {
    Generatore g;
    CalcolatorePersonale calcolatore;
    std::vector<PunteggioDipendente> precedenti;
    std::map<std::string, int> diversi;
    int piu_piccoli = 0;
    for (int caso = 0; caso < 3'000; ++caso) {
        const Relazione r = g.relazione();
        const Smvp s = g.smvp();
        REQUIRE(errori_modello(s).empty());
        Personale personale = g.personale(s);
        // The generator numbers its people from 0 in each document: ids of
        // the document's own, so that a reused score's id changes too.
        for (Dipendente& d : personale.dipendenti) d.id = std::to_string(caso) + "." + d.id;
        // With and without explanations in turn, on the same calculator.
        const OpzioniPunteggi opzioni{.spiegazioni = caso % 3 != 2};
        INFO("caso " << caso << ", spiegazioni " << opzioni.spiegazioni);
        const std::vector<PunteggioDipendente> attesi = calcola_punteggi_personale(personale, r, s, opzioni);
        conta_diversi(precedenti, attesi, diversi);
        piu_piccoli += attesi.size() < precedenti.size();
        const std::vector<PunteggioDipendente>& calcolati = calcolatore.calcola(personale, r, s, opzioni);
        stessi_punteggi(calcolati, attesi);
        precedenti = calcolati;
    }
    // The generated documents reach what the test is about: documents
    // smaller than the one before (scores left in the reserve), and every
    // member of a reused score changing from one document to the next.
    CHECK(piu_piccoli > 500);
    boost::mp11::mp_for_each<boost::describe::describe_members<PunteggioDipendente, boost::describe::mod_public>>(
        [&](auto m) {
            INFO("membro " << m.name);
            CHECK(diversi[m.name] > 100);
        });
}

TEST_CASE("CalcolatorePersonale: a small document after a big one has its own scores only") {
    // A big document with a person evaluated first, from the generator.
    Generatore g;
    Relazione r;
    Smvp s;
    Personale grande;
    std::vector<PunteggioDipendente> attesi_grande;
    for (int caso = 0;; ++caso) {
        REQUIRE(caso < 1'000);
        r = g.relazione();
        s = g.smvp();
        grande = g.personale(s);
        attesi_grande = calcola_punteggi_personale(grande, r, s);
        if (grande.dipendenti.size() >= 6 && attesi_grande[0].valutato && !attesi_grande[0].fascia.empty() &&
            attesi_grande[0].completo && attesi_grande[0].definitivo && attesi_grande[0].totale > Punti{} &&
            attesi_grande[0].quota_premio > Percentuale{} && attesi_grande[0].giorni > 1)
            break;
    }
    // The small one: its first person only, renamed, in a category without
    // a profile (not evaluated), the review open.
    Personale piccolo = grande;
    piccolo.dipendenti.resize(1);
    Dipendente& d = piccolo.dipendenti[0];
    d.id = "nuovo";
    d.categoria = Categoria::dirigente;
    d.assegnazioni = {{"s0", Data::da_parti(2024, 3, 1).value(), Data::da_parti(2024, 3, 1).value()}};
    d.contraddittorio = Contraddittorio{};
    d.contraddittorio->stato = StatoContraddittorio::aperto;
    const std::vector<PunteggioDipendente> attesi_piccolo = calcola_punteggi_personale(piccolo, r, s);
    REQUIRE(perfpa::detail::profilo_di(s, Categoria::dirigente) == nullptr);

    // Else the test could not see a member left over: every member differs.
    const PunteggioDipendente &x = attesi_grande[0], &y = attesi_piccolo[0];
    CHECK(x.id != y.id);
    CHECK(x.categoria != y.categoria);
    CHECK(x.profilo != y.profilo);
    CHECK(x.giorni != y.giorni);
    CHECK(x.valutato != y.valutato);
    CHECK(x.motivo != y.motivo);
    CHECK(x.performance_organizzativa != y.performance_organizzativa);
    CHECK(x.obiettivi_individuali != y.obiettivi_individuali);
    CHECK(x.comportamenti != y.comportamenti);
    CHECK(x.totale != y.totale);
    CHECK(x.fascia != y.fascia);
    CHECK(x.quota_premio != y.quota_premio);
    CHECK(x.completo != y.completo);
    CHECK(x.definitivo != y.definitivo);

    CalcolatorePersonale calcolatore;
    stessi_punteggi(calcolatore.calcola(grande, r, s), attesi_grande);
    stessi_punteggi(calcolatore.calcola(piccolo, r, s), attesi_piccolo);
    // The big one again: its scores come back from the reserve, reset.
    stessi_punteggi(calcolatore.calcola(grande, r, s), attesi_grande);
    stessi_punteggi(calcolatore.calcola(piccolo, r, s, {.spiegazioni = false}),
                    calcola_punteggi_personale(piccolo, r, s, {.spiegazioni = false}));
    stessi_punteggi(calcolatore.calcola(grande, r, s, {.spiegazioni = false}),
                    calcola_punteggi_personale(grande, r, s, {.spiegazioni = false}));
}

TEST_CASE("azzera_membri resets a PunteggioDipendente as a new one, its strings' buffers kept") {
    Generatore g;
    for (int caso = 0; caso < 200; ++caso) {
        const Relazione r = g.relazione();
        const Smvp s = g.smvp();
        auto punteggi = calcola_punteggi_personale(g.personale(s), r, s);
        for (PunteggioDipendente& p : punteggi) {
            const std::size_t capienza = p.comportamenti.spiegazione.capacity();
            perfpa::detail::azzera_membri(p);
            CHECK(p == PunteggioDipendente{});
            CHECK(p.definitivo); // the default member initialiser, not false
            CHECK(p.comportamenti.spiegazione.capacity() == capienza);
        }
    }
}

} // namespace prova_scoring_calcolatore_personale
