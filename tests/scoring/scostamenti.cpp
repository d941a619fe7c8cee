// The deviations table (art. 10 D.Lgs. 150/2009).
#include "catch2.hpp"

#include <perfpa/scoring.hpp>
#include <perfpa/testing/costruttori.hpp>

using namespace perfpa;
using namespace perfpa::testing;

TEST_CASE("scostamenti: objectives and indicators not fully achieved, in document order") {
    const Relazione r = una_relazione().con(settore("s", 30)
                                            .obiettivo("pieno", 6, grado(100))                   // not listed
                                            .obiettivo("parziale", 6, grado(80))                 // 80, gap 20
                                            .obiettivo("neutro", 6, neutralizzato("sisma"))      // listed, no degree
                                            .obiettivo("muto", 6, senza_ndv())                   // not evaluated
                                            .obiettivo("misurato", 6, {crescente("60", "45"),   // 75, gap 25
                                                                       binario(true, true)}));  // 100: not listed
    const auto t = scostamenti(r);
    REQUIRE(t.size() == 5);
    CHECK(t[0].obiettivo == "parziale");
    CHECK(t[0].percorso == "/settori/0/obiettivi/1");
    CHECK(t[0].grado == Percentuale::interi(80));
    CHECK(t[0].scostamento == Percentuale::interi(20));
    CHECK(t[1].obiettivo == "neutro");
    CHECK(t[1].stato == StatoValutazione::neutralizzato);
    CHECK_FALSE(t[1].grado);
    CHECK(t[1].spiegazione.find("sisma") != std::string::npos);
    CHECK(t[2].obiettivo == "muto");
    CHECK(t[2].stato == StatoValutazione::non_valutato);
    CHECK_FALSE(t[2].scostamento);
    // The objective (mean (75 + 100) / 2 = 87,50), then its indicator at 75.
    CHECK(t[3].obiettivo == "misurato");
    CHECK_FALSE(t[3].indicatore);
    CHECK(t[3].grado == Percentuale::da_centesimi(87'50));
    CHECK(t[4].indicatore == std::size_t{0});
    CHECK(t[4].percorso == "/settori/0/obiettivi/4/indicatori/0");
    CHECK(t[4].grado == Percentuale::interi(75));
    CHECK(t[4].scostamento == Percentuale::interi(25));
    CHECK(t[4].differenza == dec("-15"));
    REQUIRE(t[4].valore_atteso);
    CHECK(*t[4].valore_atteso == Valore{dec("60")});
}

TEST_CASE("scostamenti: an indicator without a result is listed, the threshold applies to objectives") {
    const Relazione r = una_relazione().con(settore("s", 30)
                                            .obiettivo("a", 15, {decrescente("10", "")})
                                            .obiettivo("b", 15, grado(40)));
    const auto senza = scostamenti(r);
    REQUIRE(senza.size() == 3); // a, its indicator, b
    CHECK(senza[1].indicatore == std::size_t{0});
    CHECK_FALSE(senza[1].grado);
    CHECK_FALSE(senza[1].differenza);
    CHECK(senza[2].grado == Percentuale::interi(40));
    const auto con_soglia = scostamenti(r, uno_smvp(40, 30, 30).fascia("D", 0, 0).soglia(50));
    CHECK(con_soglia[2].grado == Percentuale{});
    CHECK(con_soglia[2].scostamento == Percentuale::interi(100));
    // Nothing to report when everything is achieved.
    CHECK(scostamenti(una_relazione().con(settore("s", 30).obiettivo("a", 30, grado(100)))).empty());
}

TEST_CASE("scostamenti: the explanation names the body that evaluated, as the document does") {
    Relazione r = una_relazione().con(settore("s", 30).obiettivo("parziale", 30, grado(80)));
    REQUIRE(r.valutazione_ndv);
    CHECK(scostamenti(r).at(0).spiegazione == "grado attribuito dal Nucleo di Valutazione: 80,00");
    r.valutazione_ndv->organo = OrganoValutazione::oiv;
    CHECK(organo_di(r) == OrganoValutazione::oiv);
    CHECK(scostamenti(r).at(0).spiegazione == "grado attribuito dall'OIV: 80,00");
}

TEST_CASE("scostamenti: a shared copy without a degree of its own shows the degree it takes, as the scores do") {
    Relazione r = una_relazione()
                      .con(settore("a", 30).obiettivo("a-1", 30, grado(80)))
                      .con(settore("b", 30).obiettivo("b-1", 30, senza_ndv()));
    REQUIRE(scostamenti(r).at(1).stato == StatoValutazione::non_valutato); // not shared: b-1 has no degree
    r.settori[0].obiettivi[0].trasversale = "T";
    r.settori[1].obiettivi[0].trasversale = "T";
    const auto t = scostamenti(r);
    REQUIRE(t.size() == 2);
    CHECK(t[1].obiettivo == "b-1");
    CHECK(t[1].stato == StatoValutazione::valutato);
    CHECK(t[1].grado == Percentuale::interi(80));
    CHECK(t[1].scostamento == Percentuale::interi(20));
    CHECK(t[1].spiegazione == "grado attribuito dal Nucleo di Valutazione: 80,00 (obiettivo trasversale T: grado "
                              "dato all'obiettivo a-1 del settore a)");
    const Smvp smvp = uno_smvp(40, 30, 30).fascia("A", 0, 100);
    CHECK(t[1].spiegazione == calcola_punteggi(r, smvp)[1].obiettivi[0].grado.spiegazione);
}
