// An ente unit-tests its own SMVP: three people, their bands and amounts.
// The figures are computed by hand in the comments, from the SMVP in
// SMVP_FILE (weights 30/50/20, objectives below 30 % count 0, bands
// eccellente ≥ 95 → 100 %, buono ≥ 80 → 85 %, adeguato ≥ 60 → 60 %).
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
#endif

#include <perfpa/json.hpp>
#include <perfpa/scoring.hpp>
// After Catch2: a failed CHECK on Punti, Importo, … prints `96,50 == 97,00`, not `{?} == {?}`.
#include <perfpa/testing/catch2.hpp>
#include <perfpa/testing/costruttori.hpp>

#include <fstream>
#include <sstream>

using namespace perfpa;
using namespace perfpa::testing;

namespace {

Smvp carica_smvp() {
    std::ifstream f(SMVP_FILE, std::ios::binary);
    std::ostringstream testo;
    testo << f.rdbuf();
    auto s = json::decodifica_smvp(testo.str());
    if (!s) {
        for (const auto& e : s.error().errori) UNSCOPED_INFO(e.testo());
        FAIL("SMVP non valido: " SMVP_FILE);
    }
    return *s;
}

// The organisational performance is fully achieved (40 of 40 → 30 of 30).
Relazione tre_persone() {
    return una_relazione()
        .performance_organizzativa(40, 40)
        .validazione(EsitoValidazione::validata)
        // (25×100 + 25×90) / 50 × 50 / 100 = 47,50; 30 + 47,50 + 19 = 96,50
        .con(settore("anna", 50).obiettivo("anna-1", 25, grado(100)).obiettivo("anna-2", 25, grado(90)).comportamenti(19))
        // (25×100 + 25×60) / 50 × 50 / 100 = 40,00; 30 + 40 + 15 = 85,00
        .con(settore("bruno", 50).obiettivo("bruno-1", 25, grado(100)).obiettivo("bruno-2", 25, grado(60)).comportamenti(15))
        // 20 % is below the 30 % threshold → 0: (25×100 + 25×0) / 50 × 50 / 100 = 25,00; 30 + 25 + 10 = 65,00
        .con(settore("carla", 50).obiettivo("carla-1", 25, grado(100)).obiettivo("carla-2", 25, grado(20)).comportamenti(10));
}

} // namespace

TEST_CASE("our SMVP puts the three people in the bands we expect") {
    const Smvp smvp = carica_smvp();
    const auto p = calcola_punteggi(tre_persone(), smvp);
    REQUIRE(p.size() == 3);
    CHECK(p[0].totale == Punti::da_centesimi(96'50));
    CHECK(p[0].fascia == "eccellente");
    CHECK(p[1].totale == Punti::interi(85));
    CHECK(p[1].fascia == "buono");
    CHECK(p[2].totale == Punti::interi(65));
    CHECK(p[2].fascia == "adeguato");
    for (const auto& x : p) CHECK(x.completo);
}

TEST_CASE("our SMVP splits a 10.000 € fund as we expect") {
    const auto r = ripartisci_premi(tre_persone(), carica_smvp(), Importo::euro(10'000));
    REQUIRE(r.has_value());
    // Weights quota × totale: 100 × 96,50 = 9650; 85 × 85 = 7225; 60 × 65 = 3900; Σ = 20775.
    // Exact cents: 1.000.000 × 9650 / 20775 = 464.500,60…; × 7225 / 20775 = 347.773,77…;
    // × 3900 / 20775 = 187.725,63…. Floors sum to 999.998: the 2 cents left go to the
    // largest remainders, bruno (0,77) and carla (0,63).
    CHECK(r->assegnazioni[0].importo == Importo::da_centesimi(464'500));
    CHECK(r->assegnazioni[1].importo == Importo::da_centesimi(347'774));
    CHECK(r->assegnazioni[2].importo == Importo::da_centesimi(187'726));
    CHECK(r->non_distribuito == Importo{});
}

TEST_CASE("without the NdV's validation no bonus is paid (art. 14 c.6 D.Lgs. 150/2009)") {
    const Relazione r = CostruttoreRelazione(tre_persone()).validazione(EsitoValidazione::non_validata);
    const auto esito = ripartisci_premi(r, carica_smvp(), Importo::euro(10'000));
    REQUIRE_FALSE(esito.has_value());
    CHECK(esito.error().norma == "art. 14 c.6 D.Lgs. 150/2009");
}
