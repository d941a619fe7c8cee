// The checks on the staff document (personale.md §7): each code fires on
// the smallest change that should trigger it, with its pointer and message,
// and stays silent at the boundary just short of it; findings sorted in the
// staff document's order, then the table's.
#include "catch2.hpp"

#include "aiuto.hpp"
#include "leggi.hpp"

#include <perfpa/checks/personale.hpp>
#include <perfpa/json.hpp>
#include <perfpa/testing/personale.hpp>

#include <string>
#include <vector>

using namespace perfpa;
using namespace perfpa::testing;
using perfpa::test_checks::pulita;
using perfpa::test_checks::sintesi;
using perfpa::test_checks::Sintesi;

// This file's names in a namespace of their own: the test executable is a unity build,
// its files compiled together (tests/CMakeLists.txt, PERFPA_UNITY_TESTS).
namespace prova_checks_personale {

namespace {

// Bands A ≥ 90, B ≥ 75, C ≥ 0; scale 1–5; at least 60 days; profiles for
// istruttore/operatore (collaborazione, autonomia) and for EQ (leadership).
Smvp smvp_staff() {
    return uno_smvp(40, 30, 30)
        .fascia("A", 90, 100)
        .fascia("B", 75, 80)
        .fascia("C", 0, 0)
        .scala(1, 5)
        .giorni_minimi(60)
        .comportamento("orientamento-utenza", "Orientamento all'utenza")
        .profilo(profilo("dipendenti", {Categoria::istruttore, Categoria::operatore}, 20, 40, 40)
                     .comportamento("collaborazione", 50)
                     .comportamento("autonomia", 50))
        .profilo(profilo("eq", {Categoria::elevata_qualificazione}, 30, 40, 30).comportamento("leadership", 100));
}

CostruttoreDipendente anna() {
    return dipendente("01", Categoria::istruttore)
        .nome("Anna Rossi")
        .in("a", "2023-01-01", "2023-12-31")
        .obiettivo("01-archivio", 100, 80)
        .comportamento("collaborazione", 4)
        .comportamento("autonomia", 4)
        .valutazione("Responsabile del settore a", "2024-02-15");
}
CostruttoreDipendente bruno() {
    return dipendente("02", Categoria::elevata_qualificazione)
        .in("b", "2023-01-01", "2023-12-31")
        .riferimento("b-1", 100)
        .comportamento("leadership", 5)
        .valutazione("Segretario");
}

std::vector<Rilievo> con_smvp(const Personale& p, const Relazione& r = pulita()) {
    return controlla_personale(p, r, smvp_staff());
}
std::vector<Rilievo> senza_smvp(const Personale& p, const Relazione& r = pulita()) {
    return controlla_personale(p, r);
}

} // namespace

TEST_CASE("staff checks: a clean staff document has no finding, with or without the SMVP") {
    const Personale p = un_personale(2023).con(anna()).con(bruno());
    CHECK(sintesi(senza_smvp(p)) == Sintesi{});
    CHECK(sintesi(con_smvp(p)) == Sintesi{});
}

TEST_CASE("staff checks: the catalogue's rows are the table of personale.md §7, in its order") {
    std::vector<std::string> codici;
    for (const ControlloPersonale& c : catalogo_controlli_personale()) codici.emplace_back(c.voce.codice);
    CHECK(codici == std::vector<std::string>{
                        "ID_DUPLICATO", "ANNO_PERSONALE_INCOERENTE", "RIFERIMENTO_INESISTENTE",
                        "ASSEGNAZIONI_SOVRAPPOSTE", "ASSEGNAZIONE_FUORI_ANNO", "PROFILO_MANCANTE",
                        "COMPORTAMENTO_NON_PREVISTO", "COMPORTAMENTO_FUORI_SCALA", "COMPORTAMENTO_NON_VALUTATO",
                        "OBIETTIVO_NON_VALUTATO", "SERVIZIO_INSUFFICIENTE", "CONTRADDITTORIO_APERTO",
                        "VALUTAZIONE_ASSENTE", "VALUTAZIONI_NON_DIFFERENZIATE"});
}

TEST_CASE("staff checks: ID_DUPLICATO on the later person, naming both") {
    const Personale p = un_personale(2023).con(anna()).con(bruno()).con(
        dipendente("01", Categoria::operatore).in("b", "2023-01-01", "2023-12-31").valutazione("X"));
    const auto r = senza_smvp(p);
    REQUIRE(sintesi(r) == Sintesi{"ID_DUPLICATO /dipendenti/2"});
    CHECK(r[0].gravita == Gravita::errore);
    CHECK(r[0].messaggio == "Dipendente 01: l'identificativo 01 è già usato dal dipendente 1 (Anna Rossi)");
}

TEST_CASE("staff checks: ANNO_PERSONALE_INCOERENTE when the years differ") {
    // anna() works in 2023 (outside 2024) and here in 2024 too.
    const auto r = senza_smvp(un_personale(2024).con(anna().in("a", "2024-01-01", "2024-12-31")));
    const Sintesi attesa{"ANNO_PERSONALE_INCOERENTE /anno", "ASSEGNAZIONE_FUORI_ANNO /dipendenti/0/assegnazioni/0"};
    CHECK(sintesi(r) == attesa);
    CHECK(r[0].messaggio == "Il documento del personale è dell'anno 2024, la Relazione del 2023");
}

TEST_CASE("staff checks: RIFERIMENTO_INESISTENTE for a settore, an objective and behaviours") {
    const Personale p =
        un_personale(2023)
            .con(anna().in("z", "2023-01-01", "2023-01-31").riferimento("b-9", 10).comportamento("empatia", 3))
            .con(bruno().autovalutazione("simpatia", 4).contraddittorio_concluso().rivede_riferimento("a-9", 50));
    const Sintesi senza{"RIFERIMENTO_INESISTENTE /dipendenti/0/assegnazioni/1",
                        "ASSEGNAZIONI_SOVRAPPOSTE /dipendenti/0/assegnazioni/1",
                        "RIFERIMENTO_INESISTENTE /dipendenti/0/obiettivi/1",
                        "RIFERIMENTO_INESISTENTE /dipendenti/1/contraddittorio/obiettivi/0"};
    const auto r = senza_smvp(p);
    CHECK(sintesi(r) == senza);
    CHECK(r[0].messaggio == "Dipendente 01 (Anna Rossi): assegnazione al settore z dal 01.01.2023 al 31.01.2023: la "
                            "Relazione non ha un settore con questo identificativo");
    CHECK(r[2].messaggio == "Dipendente 01 (Anna Rossi): l'obiettivo b-9 non è un obiettivo della Relazione (conta 0)");
    // With the SMVP, the behaviours not in its catalogue too.
    const auto s = con_smvp(p);
    CHECK(sintesi(s) == Sintesi{"RIFERIMENTO_INESISTENTE /dipendenti/0/assegnazioni/1",
                                "ASSEGNAZIONI_SOVRAPPOSTE /dipendenti/0/assegnazioni/1",
                                "RIFERIMENTO_INESISTENTE /dipendenti/0/obiettivi/1",
                                "RIFERIMENTO_INESISTENTE /dipendenti/0/comportamenti/2",
                                "RIFERIMENTO_INESISTENTE /dipendenti/1/autovalutazione/comportamenti/0",
                                "RIFERIMENTO_INESISTENTE /dipendenti/1/contraddittorio/obiettivi/0"});
}

TEST_CASE("staff checks: ASSEGNAZIONI_SOVRAPPOSTE on a shared day, not on adjacent periods") {
    auto con = [](const char* dal2) {
        return senza_smvp(un_personale(2023).con(dipendente("03", Categoria::operatore)
                                                     .in("a", "2023-01-01", "2023-06-30")
                                                     .in("b", dal2, "2023-12-31")
                                                     .valutazione("X")));
    };
    CHECK(sintesi(con("2023-07-01")) == Sintesi{});
    const auto r = con("2023-06-30");
    REQUIRE(sintesi(r) == Sintesi{"ASSEGNAZIONI_SOVRAPPOSTE /dipendenti/0/assegnazioni/1"});
    CHECK(r[0].messaggio == "Dipendente 03: l'assegnazione al settore b dal 30.06.2023 al 31.12.2023 si sovrappone per "
                            "1 giorni all'assegnazione 1 (settore a dal 01.01.2023 al 30.06.2023); i giorni in comune "
                            "contano una volta");
}

TEST_CASE("staff checks: ASSEGNAZIONE_FUORI_ANNO counts the days outside, on either edge") {
    auto con = [](const char* dal, const char* al) {
        return senza_smvp(
            un_personale(2023).con(dipendente("04", Categoria::operatore).in("a", dal, al).valutazione("X")));
    };
    CHECK(sintesi(con("2023-01-01", "2023-12-31")) == Sintesi{});
    const auto r = con("2022-12-31", "2024-01-02");
    REQUIRE(sintesi(r) == Sintesi{"ASSEGNAZIONE_FUORI_ANNO /dipendenti/0/assegnazioni/0"});
    CHECK(r[0].gravita == Gravita::avviso);
    CHECK(r[0].messaggio ==
          "Dipendente 04: l'assegnazione al settore a dal 31.12.2022 al 02.01.2024 ha 3 giorni fuori dal 2023, che non contano");
}

TEST_CASE("staff checks: PROFILO_MANCANTE only with the SMVP, for a category no profile holds") {
    const Personale p = un_personale(2023).con(
        dipendente("05", Categoria::funzionario).in("a", "2023-01-01", "2023-12-31").valutazione("X"));
    CHECK(sintesi(senza_smvp(p)) == Sintesi{});
    const auto r = con_smvp(p);
    REQUIRE(sintesi(r) == Sintesi{"PROFILO_MANCANTE /dipendenti/0/categoria"});
    CHECK(r[0].messaggio == "Dipendente 05: nessun profilo dello SMVP per la categoria funzionario: non può essere valutato");
}

TEST_CASE("staff checks: COMPORTAMENTO_NON_PREVISTO for a catalogue behaviour outside the profile") {
    const Personale p =
        un_personale(2023).con(anna().comportamento("leadership", 3)).con(bruno().comportamento("orientamento-utenza", 4));
    const auto r = con_smvp(p);
    REQUIRE(sintesi(r) == Sintesi{"COMPORTAMENTO_NON_PREVISTO /dipendenti/0/comportamenti/2",
                                  "COMPORTAMENTO_NON_PREVISTO /dipendenti/1/comportamenti/1"});
    CHECK(r[0].messaggio == "Dipendente 01 (Anna Rossi): il comportamento leadership non è nel profilo dipendenti (non conta)");
    CHECK(sintesi(senza_smvp(p)) == Sintesi{});
}

TEST_CASE("staff checks: COMPORTAMENTO_FUORI_SCALA below and above, not at the ends") {
    auto con = [](const char* collaborazione, const char* autonomia) {
        return con_smvp(un_personale(2023).con(dipendente("06", Categoria::istruttore)
                                                   .in("a", "2023-01-01", "2023-12-31")
                                                   .comportamento("collaborazione", collaborazione)
                                                   .comportamento("autonomia", autonomia)
                                                   .autovalutazione("autonomia", "5.01")
                                                   .valutazione("X")));
    };
    const auto r = con("1", "5");
    REQUIRE(sintesi(r) == Sintesi{"COMPORTAMENTO_FUORI_SCALA /dipendenti/0/autovalutazione/comportamenti/0"});
    CHECK(r[0].messaggio == "Dipendente 06: il punteggio 5,01 del comportamento autonomia è fuori dalla scala dello "
                            "SMVP (da 1 a 5)");
    CHECK(sintesi(con("0.99", "6")) == Sintesi{"COMPORTAMENTO_FUORI_SCALA /dipendenti/0/comportamenti/0",
                                               "COMPORTAMENTO_FUORI_SCALA /dipendenti/0/comportamenti/1",
                                               "COMPORTAMENTO_FUORI_SCALA /dipendenti/0/autovalutazione/comportamenti/0"});
}

TEST_CASE("staff checks: COMPORTAMENTO_NON_VALUTATO per missing behaviour, filled by a concluded review") {
    auto base = [] {
        return dipendente("07", Categoria::istruttore)
            .in("a", "2023-01-01", "2023-12-31")
            .comportamento("collaborazione", 4)
            .valutazione("X");
    };
    const auto r = con_smvp(un_personale(2023).con(base()));
    REQUIRE(sintesi(r) == Sintesi{"COMPORTAMENTO_NON_VALUTATO /dipendenti/0/comportamenti"});
    CHECK(r[0].messaggio == "Dipendente 07: il comportamento autonomia del profilo dipendenti (peso 50) non ha un "
                            "punteggio: conta 0 e la valutazione è incompleta");
    CHECK(sintesi(con_smvp(un_personale(2023).con(base().contraddittorio_concluso().rivede_comportamento("autonomia", 3)))) ==
          Sintesi{});
    // An open review's values do not count: none here, and the review is reported.
    CHECK(sintesi(con_smvp(un_personale(2023).con(base().contraddittorio_aperto()))) ==
          Sintesi{"COMPORTAMENTO_NON_VALUTATO /dipendenti/0/comportamenti",
                  "CONTRADDITTORIO_APERTO /dipendenti/0/contraddittorio"});
    // A person not evaluated (59 days) has no score to be incomplete.
    CHECK(sintesi(con_smvp(un_personale(2023).con(
              dipendente("07", Categoria::istruttore).in("a", "2023-11-03", "2023-12-31").valutazione("X")))) ==
          Sintesi{"SERVIZIO_INSUFFICIENTE /dipendenti/0"});
}

TEST_CASE("staff checks: OBIETTIVO_NON_VALUTATO for an own objective without a degree, not when a review gives one") {
    auto base = [] {
        return dipendente("08", Categoria::operatore).in("a", "2023-01-01", "2023-12-31").obiettivo_senza_grado("08-x", 30).valutazione("X");
    };
    const auto r = senza_smvp(un_personale(2023).con(base()));
    REQUIRE(sintesi(r) == Sintesi{"OBIETTIVO_NON_VALUTATO /dipendenti/0/obiettivi/0"});
    CHECK(r[0].messaggio == "Dipendente 08: l'obiettivo 08-x (peso 30) non ha il grado di raggiungimento: conta 0 e la "
                            "valutazione è incompleta");
    CHECK(sintesi(senza_smvp(un_personale(2023).con(base().contraddittorio_concluso().rivede_obiettivo("08-x", 70)))) ==
          Sintesi{});
}

TEST_CASE("staff checks: SERVIZIO_INSUFFICIENTE one day short of the minimum, not at it") {
    auto con = [](const char* dal) {
        return con_smvp(un_personale(2023).con(dipendente("09", Categoria::istruttore)
                                                   .in("a", dal, "2023-12-31")
                                                   .comportamento("collaborazione", 4)
                                                   .comportamento("autonomia", 4)
                                                   .valutazione("X")));
    };
    CHECK(sintesi(con("2023-11-02")) == Sintesi{}); // 60 days
    const auto r = con("2023-11-03");                // 59 days
    REQUIRE(sintesi(r) == Sintesi{"SERVIZIO_INSUFFICIENTE /dipendenti/0"});
    CHECK(r[0].messaggio == "Dipendente 09: 59 giorni di servizio nel 2023, meno dei 60 richiesti dallo SMVP: non è valutato");
}

TEST_CASE("staff checks: CONTRADDITTORIO_APERTO, not for a concluded one") {
    const auto r = senza_smvp(un_personale(2023).con(anna().contraddittorio_aperto()).con(bruno().contraddittorio_concluso()));
    REQUIRE(sintesi(r) == Sintesi{"CONTRADDITTORIO_APERTO /dipendenti/0/contraddittorio"});
    CHECK(r[0].norma == "art. 7 c.3 lett. b D.Lgs. 150/2009");
    CHECK(r[0].messaggio == "Dipendente 01 (Anna Rossi): contraddittorio aperto: la valutazione non è definitiva e il "
                            "premio non può essere ripartito");
}

TEST_CASE("staff checks: VALUTAZIONE_ASSENTE for a person with days to evaluate") {
    auto senza_valutazione = [](const char* dal) {
        return dipendente("10", Categoria::istruttore)
            .in("a", dal, "2023-12-31")
            .comportamento("collaborazione", 4)
            .comportamento("autonomia", 4);
    };
    const auto r = senza_smvp(un_personale(2023).con(senza_valutazione("2023-11-03")));
    REQUIRE(sintesi(r) == Sintesi{"VALUTAZIONE_ASSENTE /dipendenti/0"});
    CHECK(r[0].messaggio == "Dipendente 10: 59 giorni di servizio nel 2023 e nessuna valutazione (valutatore e data)");
    // Under the SMVP's minimum the person is not evaluated: only that is said.
    CHECK(sintesi(con_smvp(un_personale(2023).con(senza_valutazione("2023-11-03")))) ==
          Sintesi{"SERVIZIO_INSUFFICIENTE /dipendenti/0"});
    // No day in the year: nothing to evaluate.
    CHECK(sintesi(senza_smvp(un_personale(2023).con(dipendente("11", Categoria::operatore).in("a", "2022-01-01", "2022-12-31")))) ==
          Sintesi{"ASSEGNAZIONE_FUORI_ANNO /dipendenti/0/assegnazioni/0"});
}

TEST_CASE("staff checks: VALUTAZIONI_NON_DIFFERENZIATE with 3 complete scores in one band, not with 2 or two bands") {
    // Pulita(): a's degree (15×100 + 15×80) / 30 = 90, organisational 40/40.
    // anna(): 20 + 40 × 80 / 100 + 40 × 4 / 5 = 20 + 32 + 32 = 84 → B.
    auto persona = [](const char* id, int punti) {
        return dipendente(id, Categoria::istruttore)
            .in("a", "2023-01-01", "2023-12-31")
            .obiettivo(std::string(id) + "-x", 100, 80)
            .comportamento("collaborazione", punti)
            .comportamento("autonomia", punti)
            .valutazione("X");
    };
    CHECK(sintesi(con_smvp(un_personale(2023).con(persona("a1", 4)).con(persona("a2", 4)))) == Sintesi{});
    const auto r = con_smvp(un_personale(2023).con(persona("a1", 4)).con(persona("a2", 4)).con(persona("a3", 4)));
    REQUIRE(sintesi(r) == Sintesi{"VALUTAZIONI_NON_DIFFERENZIATE /dipendenti"});
    CHECK(r[0].messaggio == "Tutti i 3 dipendenti con una valutazione completa sono nella fascia B: le valutazioni non "
                            "sono differenziate");
    // 20 + 32 + 40 = 92 → A: two bands.
    CHECK(sintesi(con_smvp(un_personale(2023).con(persona("a1", 4)).con(persona("a2", 4)).con(persona("a3", 5)))) ==
          Sintesi{});
}

TEST_CASE("staff checks: findings in document order, then the table's order on the same pointer") {
    // Reported row after row (ID_DUPLICATO on /dipendenti/1 before
    // ASSEGNAZIONE_FUORI_ANNO on /dipendenti/0), sorted by pointer.
    const Personale p = un_personale(2024)
                            .con(anna().in("a", "2024-01-01", "2024-12-31"))
                            .con(dipendente("01", Categoria::funzionario).in("a", "2024-01-01", "2024-01-10"));
    CHECK(sintesi(con_smvp(p)) == Sintesi{"ANNO_PERSONALE_INCOERENTE /anno",
                                          "ASSEGNAZIONE_FUORI_ANNO /dipendenti/0/assegnazioni/0",
                                          "ID_DUPLICATO /dipendenti/1", "SERVIZIO_INSUFFICIENTE /dipendenti/1",
                                          "PROFILO_MANCANTE /dipendenti/1/categoria"});
}

TEST_CASE("staff checks: the bundled staff document against the bundled Relazione") {
    const auto p = json::decodifica_personale(perfpa_test::leggi_dati("personale-esempio.json"));
    const auto s = json::decodifica_smvp(perfpa_test::leggi_dati("smvp-personale-esempio.json"));
    const auto r = json::decodifica_relazione(perfpa_test::leggi_dati("leverano-2023.json"));
    REQUIRE((p && s && r));
    // What it was written to show: one person hired too late in the year, one
    // open review, one assignment across the year's edges.
    CHECK(sintesi(controlla_personale(*p, *r, *s)) == Sintesi{"SERVIZIO_INSUFFICIENTE /dipendenti/11",
                                                             "CONTRADDITTORIO_APERTO /dipendenti/20/contraddittorio",
                                                             "ASSEGNAZIONE_FUORI_ANNO /dipendenti/24/assegnazioni/0"});
    // Without the SMVP the minimum is unknown: the late hire's missing evaluation is reported instead.
    CHECK(sintesi(controlla_personale(*p, *r)) == Sintesi{"VALUTAZIONE_ASSENTE /dipendenti/11",
                                                         "CONTRADDITTORIO_APERTO /dipendenti/20/contraddittorio",
                                                         "ASSEGNAZIONE_FUORI_ANNO /dipendenti/24/assegnazioni/0"});
}

} // namespace prova_checks_personale
