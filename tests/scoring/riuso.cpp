// Scores written over the previous document's (Esaminatore, calcola_punteggi_in
// with a reserve) against scores computed fresh: every described member of a
// PunteggioSettore, by name, so that a member added to it and to its
// description is compared without another line; and detail::azzera_membri,
// the reset that makes the reuse safe.
#include "catch2.hpp"
#include "stessi_membri.hpp"

#include <perfpa/checks.hpp>
#include <perfpa/detail/descritti.hpp>
#include <perfpa/scoring.hpp>
#include <perfpa/testing/costruttori.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <string>
#include <type_traits>
#include <vector>

using namespace perfpa;
using namespace perfpa::testing;
using perfpa_test::stessi_membri;

namespace {

void stessi_punteggi(const std::vector<PunteggioSettore>& riusati, const std::vector<PunteggioSettore>& nuovi) {
    REQUIRE(riusati.size() == nuovi.size());
    for (std::size_t i = 0; i < nuovi.size(); ++i) {
        stessi_membri(riusati[i], nuovi[i], "punteggi[" + std::to_string(i) + "]");
        CHECK(riusati[i] == nuovi[i]); // also the members a description could lack
    }
}

Smvp smvp_prova() {
    return uno_smvp(40, 30, 30).fascia("A", 90, 100).fascia("B", 75, 80).fascia("C", 60, 60).fascia("D", 0, 0);
}

// Every member of a score set, and set differently from `piccola`: a title,
// objectives neutralised and not evaluated, a band with a share, complete.
Relazione grande() {
    return una_relazione()
        .performance_organizzativa(40, 38)
        .con(settore("lavori", 30)
                 .responsabile("Antonio Miraglia", "Ing.")
                 .obiettivo("l-1", 6, grado(100))
                 .obiettivo("l-2", 6, neutralizzato())
                 .obiettivo("l-3", 6, grado(50))
                 .obiettivo("l-4", 12, senza_ndv())
                 .comportamenti(25))
        .con(settore("ragioneria", 30)
                 .responsabile("Maria Rossi", "Dott.ssa")
                 .obiettivo("r-1", 10, grado(90))
                 .obiettivo("r-2", 20, grado(80))
                 .comportamenti(28))
        .con(settore("tributi", 30).obiettivo("t-1", 30, grado(100)).comportamenti(30));
}

// Fewer settori and objectives, no title, nothing neutralised, no behaviours,
// weights summing to 0: every member of the reused score must change.
Relazione piccola() {
    return una_relazione()
        .performance_organizzativa(40, 10)
        .con(settore("ragioneria", 30).responsabile("Luca Bianchi").obiettivo("x", 0, grado(70)))
        .con(settore("vuoto", 30));
}

} // namespace

TEST_CASE("scores written over another document's equal fresh scores, member by member") {
    const Smvp smvp = smvp_prova();
    for (const bool spiegazioni : {true, false}) {
        INFO("spiegazioni " << spiegazioni);
        const OpzioniPunteggi opzioni{spiegazioni};
        Esaminatore esaminatore;
        for (const Relazione& r : {grande(), piccola(), grande(), piccola(), piccola(), grande()}) {
            const Esame& e = esaminatore.esamina(r, smvp, opzioni);
            stessi_punteggi(e.punteggi, calcola_punteggi(r, smvp, opzioni));
        }
        // With a reserve and without, as a batch and as one call.
        std::vector<PunteggioSettore> out;
        detail::ScortaPunteggi scorta;
        for (const Relazione& r : {grande(), piccola(), grande()}) {
            detail::calcola_punteggi_in(r, smvp, opzioni, out, &scorta);
            stessi_punteggi(out, calcola_punteggi(r, smvp, opzioni));
        }
    }
}

TEST_CASE("the documents of the reuse test differ in every member of a score") {
    // Else the test above could not see a member left unreset.
    const auto a = calcola_punteggi(grande(), smvp_prova());
    const auto b = calcola_punteggi(piccola(), smvp_prova());
    REQUIRE(a.size() > b.size());
    const PunteggioSettore& x = a[1]; // ragioneria, in both
    const PunteggioSettore& y = b[0];
    REQUIRE(x.settore == y.settore);
    CHECK(x.responsabile != y.responsabile);
    CHECK(x.performance_organizzativa != y.performance_organizzativa);
    CHECK(x.obiettivi_individuali != y.obiettivi_individuali);
    CHECK(x.comportamenti != y.comportamenti);
    CHECK(x.obiettivi.size() > y.obiettivi.size());
    CHECK(x.totale != y.totale);
    CHECK(x.fascia != y.fascia);
    CHECK(x.quota_premio != y.quota_premio);
    CHECK(x.completo != y.completo);
    CHECK_FALSE(y.obiettivi_individuali.punti); // weights summing to 0
    CHECK(a[0].obiettivi[1].grado.stato == StatoValutazione::neutralizzato);
    CHECK_FALSE(a[0].obiettivi[3].grado.grado);
}

namespace {

struct Prova {
    int n = 7;
    std::string testo;
    std::vector<int> numeri;
    GradoObiettivo grado;
    std::optional<Punti> punti;
};
BOOST_DESCRIBE_STRUCT(Prova, (), (n, testo, numeri, grado, punti))

} // namespace

TEST_CASE("azzera_membri: every described member as in a new value, buffers kept") {
    Prova p{3, std::string(100, 'x'), {1, 2, 3}, {StatoValutazione::valutato, Percentuale::interi(80), "perché"},
            Punti::interi(5)};
    const std::size_t capienza = p.testo.capacity();
    detail::azzera_membri(p);
    CHECK(p.n == 7); // the default member initialiser, not 0
    CHECK(p.testo.empty());
    CHECK(p.testo.capacity() == capienza);
    CHECK(p.numeri.empty());
    CHECK(p.numeri.capacity() >= 3);
    CHECK(p.grado == GradoObiettivo{});
    CHECK(p.grado.stato == StatoValutazione::non_valutato);
    CHECK_FALSE(p.punti);

    auto punteggi = calcola_punteggi(grande(), smvp_prova());
    for (PunteggioSettore& s : punteggi) {
        detail::azzera_membri(s);
        CHECK(s == PunteggioSettore{});
    }
}
