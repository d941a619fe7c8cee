// OBBLIGO_TRASPARENZA_NON_ASSOLTO, MISURA_ANTICORRUZIONE_NON_ATTUATA.
#include "aiuto.hpp"

#include "catch2.hpp"

using namespace perfpa;
using namespace perfpa::test_checks;

TEST_CASE("OBBLIGO_TRASPARENZA_NON_ASSOLTO: monitored and not published, not monitored is silent") {
    Relazione r = pulita();
    r.trasparenza = Trasparenza{{ObbligoPubblicazione{"bilanci", "Bilanci", "art. 29 D.Lgs. 33/2013", true, false, {}, {}, {}},
                                 ObbligoPubblicazione{"personale", "Personale", {}, false, false, {}, {}, {}},
                                 ObbligoPubblicazione{"bandi", "Bandi", {}, true, true, {}, {}, {}}}};
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"OBBLIGO_TRASPARENZA_NON_ASSOLTO /trasparenza/obblighi/0"});
    CHECK(rilievi[0].gravita == Gravita::violazione);
    CHECK(rilievi[0].messaggio ==
          "Obbligo di pubblicazione «Bilanci» (art. 29 D.Lgs. 33/2013): monitorato ma non pubblicato");
    CHECK(rilievi[0].norma == "D.Lgs. 33/2013");
}

TEST_CASE("MISURA_ANTICORRUZIONE_NON_ATTUATA: not carried out, or 99,99% against 100%") {
    Relazione r = pulita();
    const auto cento = Percentuale::interi(100);
    r.anticorruzione = Anticorruzione{
        "PTPCT 2023",
        {MisuraAnticorruzione{"m1", "Monitoraggi", cento, {}, false, {}},
         MisuraAnticorruzione{"m2", "Controlli", cento, Percentuale::da_centesimi(99'99), true, {}},
         MisuraAnticorruzione{"m3", "Formazione", cento, cento, true, {}}}};
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) ==
            Sintesi{"MISURA_ANTICORRUZIONE_NON_ATTUATA /anticorruzione/misure/0", "MISURA_ANTICORRUZIONE_NON_ATTUATA /anticorruzione/misure/1"});
    CHECK(rilievi[0].messaggio == "Misura anticorruzione «Monitoraggi»: non attuata");
    CHECK(rilievi[1].messaggio == "Misura anticorruzione «Controlli»: realizzata al 99,99% contro un obiettivo del 100%");
    CHECK(rilievi[1].norma == "L. 190/2012");
}
