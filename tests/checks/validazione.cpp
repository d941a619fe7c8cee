// NEUTRALIZZAZIONE_SENZA_MOTIVAZIONE, VALIDAZIONE_PRIMA_DELL_APPROVAZIONE,
// RELAZIONE_NON_VALIDATA, VALIDAZIONE_ASSENTE, RELAZIONE_OLTRE_TERMINE.
#include "aiuto.hpp"

#include "catch2.hpp"

#include <algorithm>

using namespace perfpa;
using namespace perfpa::test_checks;

namespace {
ValutazioneObiettivo& entrata(Relazione& r, std::size_t k, std::size_t m) {
    return r.valutazione_ndv->valutazioni_individuali->at(k).obiettivi->at(m);
}
} // namespace

TEST_CASE("NEUTRALIZZAZIONE_SENZA_MOTIVAZIONE: absent or blank fires, a reason does not") {
    Relazione r = pulita();
    entrata(r, 0, 1) = {"a-2", std::nullopt, true, std::nullopt, std::nullopt};
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) ==
            Sintesi{"NEUTRALIZZAZIONE_SENZA_MOTIVAZIONE /valutazione_ndv/valutazioni_individuali/0/obiettivi/1"});
    CHECK(rilievi[0].messaggio == "Obiettivo a-2 del settore a: neutralizzato senza motivazione");
    CHECK(rilievi[0].gravita == Gravita::errore);

    entrata(r, 0, 1).motivazione = " \t ";
    CHECK(sintesi(controlla(r)) ==
          Sintesi{"NEUTRALIZZAZIONE_SENZA_MOTIVAZIONE /valutazione_ndv/valutazioni_individuali/0/obiettivi/1"});

    // Unicode spaces a word processor leaves: no-break, narrow no-break, ideographic, zero-width.
    entrata(r, 0, 1).motivazione = "\u00a0 \u202f\u3000\u200b\ufeff\r\n";
    CHECK(sintesi(controlla(r)) ==
          Sintesi{"NEUTRALIZZAZIONE_SENZA_MOTIVAZIONE /valutazione_ndv/valutazioni_individuali/0/obiettivi/1"});
    // The score's explanation says the same.
    CHECK(grado_obiettivo(r.settori[0].obiettivi[1], &entrata(r, 0, 1)).spiegazione ==
          "neutralizzato dal Nucleo di Valutazione (senza motivazione): né il peso né il grado contano");

    entrata(r, 0, 1).motivazione = "Bando regionale non pubblicato nell'anno";
    CHECK(controlla(r).empty());
    entrata(r, 0, 1).motivazione = "\u00a0x";
    CHECK(controlla(r).empty());
    entrata(r, 0, 1).motivazione = "\u00e0"; // "à": a letter, whose UTF-8 starts like a no-break space's (C3 A0 vs C2 A0)
    CHECK(controlla(r).empty());
}

TEST_CASE("NEUTRALIZZAZIONE_SENZA_MOTIVAZIONE: a later entry that does not count is not examined") {
    Relazione r = pulita();
    r.valutazione_ndv->valutazioni_individuali->at(0).obiettivi->push_back({"a-2", std::nullopt, true, std::nullopt, std::nullopt});
    CHECK(sintesi(controlla(r)) ==
          Sintesi{"VALUTAZIONE_DUPLICATA /valutazione_ndv/valutazioni_individuali/0/obiettivi/2"});
}

TEST_CASE("NEUTRALIZZAZIONE_SENZA_MOTIVAZIONE: an entry that counts for two objectives with its id is reported once") {
    Relazione r = pulita();
    r.settori[0].obiettivi.push_back(r.settori[0].obiettivi[1]); // a second objective a-2
    entrata(r, 0, 1) = {"a-2", std::nullopt, true, std::nullopt, std::nullopt};
    const auto rilievi = controlla(r);
    CHECK(std::count_if(rilievi.begin(), rilievi.end(), [](const Rilievo& x) {
              return x.codice == "NEUTRALIZZAZIONE_SENZA_MOTIVAZIONE";
          }) == 1);
    CHECK(std::count_if(rilievi.begin(), rilievi.end(), [](const Rilievo& x) { return x.codice == "ID_DUPLICATO"; }) ==
          1);
}

TEST_CASE("VALIDAZIONE_PRIMA_DELL_APPROVAZIONE: one day before fires, the same day does not") {
    Relazione r = pulita();
    r.valutazione_ndv->validazione->data = data("2024-06-09");
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"VALIDAZIONE_PRIMA_DELL_APPROVAZIONE /valutazione_ndv/validazione"});
    CHECK(rilievi[0].messaggio == "Validazione: datata 09.06.2024, prima dell'approvazione della Relazione del 10.06.2024");
    CHECK(rilievi[0].norma == "art. 14 c.4 lett. c D.Lgs. 150/2009");

    r.valutazione_ndv->validazione->data = data("2024-06-10");
    CHECK(controlla(r).empty());
    r.approvazione->data.reset(); // no approval date: nothing to compare
    r.valutazione_ndv->validazione->data = data("2023-01-01");
    CHECK(controlla(r).empty());
}

TEST_CASE("RELAZIONE_NON_VALIDATA: esito non_validata is a violazione") {
    Relazione r = pulita();
    r.valutazione_ndv->validazione->esito = EsitoValidazione::non_validata;
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"RELAZIONE_NON_VALIDATA /valutazione_ndv/validazione"});
    CHECK(rilievi[0].gravita == Gravita::violazione);
    CHECK(rilievi[0].messaggio == "Il Nucleo di Valutazione non ha validato la Relazione 2023: non può essere pagato alcun premio");
    CHECK(rilievi[0].norma == "art. 14 c.4 lett. c e c.6 D.Lgs. 150/2009");
    r.valutazione_ndv->organo = OrganoValutazione::oiv;
    CHECK(controlla(r).at(0).messaggio.rfind("L'OIV non ha validato", 0) == 0);
}

TEST_CASE("VALIDAZIONE_ASSENTE: a valutazione_ndv without validazione, no valutazione_ndv is silent") {
    Relazione r = pulita();
    r.valutazione_ndv->validazione.reset();
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"VALIDAZIONE_ASSENTE /valutazione_ndv"});
    CHECK(rilievi[0].gravita == Gravita::avviso);
    CHECK(rilievi[0].messaggio == "Il Nucleo di Valutazione non dichiara l'esito della validazione della Relazione 2023");

    r.valutazione_ndv.reset(); // a Piano: no evaluation yet
    CHECK(controlla(r).empty());
}

TEST_CASE("RELAZIONE_OLTRE_TERMINE: 30 June of anno + 1 is in time, 1 July is late, one finding per date") {
    Relazione r = pulita();
    r.approvazione->data = data("2024-06-30");
    r.valutazione_ndv->validazione->data = data("2024-06-30");
    CHECK(controlla(r).empty());

    r.valutazione_ndv->validazione->data = data("2024-07-01");
    auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"RELAZIONE_OLTRE_TERMINE /valutazione_ndv/validazione"});
    CHECK(rilievi[0].messaggio == "Validazione della Relazione del 01.07.2024, oltre il termine del 30.06.2024");
    CHECK(rilievi[0].norma == "art. 10 c.1 lett. b D.Lgs. 150/2009");

    r.approvazione->data = data("2024-07-01");
    CHECK(sintesi(controlla(r)) ==
          Sintesi{"RELAZIONE_OLTRE_TERMINE /approvazione", "RELAZIONE_OLTRE_TERMINE /valutazione_ndv/validazione"});
}
