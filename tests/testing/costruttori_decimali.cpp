// The test builders' names do not collide with the variables people write
// (`relazione`, `smvp`), and every value that can have decimals can be given
// with them: as text in the JSON spelling ("27.50") or as the value types.
#include "catch2.hpp"

#include <perfpa/scoring.hpp>
#include <perfpa/testing/costruttori.hpp>

#include <stdexcept>

using namespace perfpa;
using namespace perfpa::testing;

TEST_CASE("builders and the variables named relazione and smvp live side by side") {
    // Before, `const Smvp smvp = smvp(…)` did not compile: the variable hid the builder.
    const Smvp smvp = uno_smvp(40, 30, 30).fascia("A", 90, 100).fascia("D", 0, 0);
    const Relazione relazione = una_relazione().performance_organizzativa(40, 40).con(
        settore("s", 30).obiettivo("s-1", 30, grado(100)).comportamenti(25));
    const auto p = calcola_punteggi(relazione, smvp);
    REQUIRE(p.size() == 1);
    CHECK(p[0].totale == Punti::interi(95));
    CHECK(p[0].fascia == "A");
}

TEST_CASE("decimals in an SMVP: weights and bands and judgments and threshold") {
    const Smvp testo = uno_smvp("40", "27.5", "32.5")
                           .fascia("A", "89.5", "100")
                           .fascia("B", "74.25", "80.5")
                           .fascia("D", "0", "0")
                           .giudizi("100", "87.5", "50", "0")
                           .soglia("12.5");
    CHECK(testo.pesi.obiettivi_individuali == Punti::da_centesimi(27'50));
    CHECK(testo.pesi.comportamenti == Punti::da_centesimi(32'50));
    REQUIRE(testo.fasce.size() == 3);
    CHECK(testo.fasce[0].da == Punti::da_centesimi(89'50));
    CHECK(testo.fasce[1].da == Punti::da_centesimi(74'25));
    CHECK(testo.fasce[1].quota_premio == Percentuale::da_centesimi(80'50));
    CHECK(testo.giudizi.raggiunto == Percentuale::da_centesimi(87'50));
    CHECK(testo.soglia_minima_obiettivo == Percentuale::da_centesimi(12'50));
    // The same with the value types.
    const Smvp tipi = uno_smvp(Punti::interi(40), Punti::da_centesimi(27'50), Punti::da_centesimi(32'50))
                          .fascia("A", Punti::da_centesimi(89'50), Percentuale::interi(100))
                          .fascia("B", Punti::da_centesimi(74'25), Percentuale::da_centesimi(80'50))
                          .fascia("D", Punti{}, Percentuale{})
                          .giudizi(Percentuale::interi(100), Percentuale::da_centesimi(87'50), Percentuale::interi(50),
                                   Percentuale{})
                          .soglia(Percentuale::da_centesimi(12'50));
    CHECK(tipi == testo);
}

TEST_CASE("decimals in a Relazione: degree and behaviours and organisational performance") {
    const Smvp smvp = uno_smvp(40, 30, 30).fascia("A", "89.5", "100").fascia("D", 0, 0);
    // 40 × 37,5 / 40 = 37,50; 30 × 97,5 / 100 = 29,25; behaviours 22,75: 89,50, band A from 89,5.
    const Relazione relazione = una_relazione().performance_organizzativa("40", "37.5").con(
        settore("s", 30).obiettivo("s-1", 30, grado("97.5")).comportamenti("22.75"));
    const auto p = calcola_punteggi(relazione, smvp);
    REQUIRE(p.size() == 1);
    CHECK(p[0].performance_organizzativa.punti == Punti::da_centesimi(37'50));
    CHECK(p[0].obiettivi_individuali.punti == Punti::da_centesimi(29'25));
    CHECK(p[0].comportamenti.punti == Punti::da_centesimi(22'75));
    CHECK(p[0].totale == Punti::da_centesimi(89'50));
    CHECK(p[0].fascia == "A");
}

TEST_CASE("a malformed decimal text is refused with the value named") {
    CHECK_THROWS_WITH(grado("75,49"), "grado \"75,49\" non valido: non è un numero decimale");
    CHECK_THROWS_WITH(uno_smvp(40, 30, 30).fascia("A", "89.555", "100"),
                      "inizio della fascia \"89.555\" non valido: al massimo 2 decimali");
    CHECK_THROWS_WITH(settore("s", 30).comportamenti("venti"),
                      "punti dei comportamenti \"venti\" non valido: non è un numero decimale");
    CHECK_THROWS_AS(uno_smvp("40", "30", "3O"), std::invalid_argument);
}
