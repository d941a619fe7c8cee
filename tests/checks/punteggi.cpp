// OBIETTIVO_NON_VALUTATO, VALUTAZIONI_NON_DIFFERENZIATE: the checks that
// use the scoring engine's degrees and scores.
#include "aiuto.hpp"

#include "catch2.hpp"

using namespace perfpa;
using namespace perfpa::test_checks;
using namespace perfpa::testing;

TEST_CASE("OBIETTIVO_NON_VALUTATO: no NdV degree and a qualitative indicator, once the NdV has spoken") {
    Relazione r = pulita();
    r.valutazione_ndv->valutazioni_individuali->at(0).obiettivi->pop_back(); // a-2 loses its degree
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"OBIETTIVO_NON_VALUTATO /settori/0/obiettivi/1"});
    CHECK(rilievi[0].gravita == Gravita::avviso);
    CHECK(rilievi[0].messaggio ==
          "Obiettivo a-2 del settore a: nessun grado di raggiungimento, né dal Nucleo di Valutazione né dagli indicatori");

    // Near misses: indicators that give a degree; a neutralised objective; a Piano with no valutazione_ndv.
    Relazione misurato = r;
    misurato.settori[0].obiettivi[1].indicatori = {crescente("10", "8")};
    CHECK(controlla(misurato).empty());
    Relazione neutro = pulita();
    neutro.valutazione_ndv->valutazioni_individuali->at(0).obiettivi->at(1) = {"a-2", {}, true, "Causa esterna", {}};
    CHECK(controlla(neutro).empty());
    Relazione piano = r;
    piano.valutazione_ndv.reset();
    CHECK(controlla(piano).empty());
}

TEST_CASE("OBIETTIVO_NON_VALUTATO: one indicator without a result is enough to leave the mean undefined") {
    Relazione r = pulita();
    r.valutazione_ndv->valutazioni_individuali->at(1).obiettivi.reset();
    r.settori[1].obiettivi[0].indicatori = {crescente("10", "10"), crescente("10", "")};
    CHECK(sintesi(controlla(r)) == Sintesi{"OBIETTIVO_NON_VALUTATO /settori/1/obiettivi/0"});
    r.settori[1].obiettivi[0].indicatori[1] = crescente("10", "5");
    CHECK(controlla(r).empty());
}

namespace {
// n settori, each 30 = one objective graded `gradi[k]`, behaviours 30: totals 40 + 30·g/100 + 30.
Relazione con_settori(std::vector<int> gradi) {
    auto c = una_relazione(2023).performance_organizzativa(40, 40).validazione(EsitoValidazione::validata);
    for (std::size_t k = 0; k < gradi.size(); ++k) {
        const std::string id = "s" + std::to_string(k);
        c.con(settore(id, 30).obiettivo(id + "-1", 30, grado(gradi[k])).comportamenti(30));
    }
    Relazione r = c;
    r.approvazione = Atto{{}, "giunta", "1", data("2024-06-10")};
    return r;
}
} // namespace

TEST_CASE("VALUTAZIONI_NON_DIFFERENZIATE: 3 complete scores in one band fire, 2 or two bands do not") {
    const Smvp s = smvp_prova(); // A ≥ 90, B ≥ 75
    const Relazione tre = con_settori({100, 90, 70}); // 100, 97, 91: all A
    CHECK(controlla(tre).empty());
    const auto rilievi = controlla(tre, s);
    REQUIRE(sintesi(rilievi) == Sintesi{"VALUTAZIONI_NON_DIFFERENZIATE /settori"});
    CHECK(rilievi[0].messaggio ==
          "Settori: tutti i 3 responsabili con punteggio completo sono nella fascia A, le valutazioni non sono differenziate");
    CHECK(rilievi[0].norma == "art. 18 c.2 e art. 31 D.Lgs. 150/2009");

    CHECK(controlla(con_settori({100, 90}), s).empty());
    CHECK(controlla(con_settori({100, 90, 60}), s).empty()); // 88: band B
}

TEST_CASE("VALUTAZIONI_NON_DIFFERENZIATE: only complete scores count") {
    Relazione r = con_settori({100, 90, 70, 0});
    // The fourth settore's head has no behaviours score: incomplete, left out; the other three are all A.
    r.valutazione_ndv->valutazioni_individuali->at(3).comportamenti.reset();
    CHECK(sintesi(controlla(r, smvp_prova())) == Sintesi{"VALUTAZIONI_NON_DIFFERENZIATE /settori"});
    r.valutazione_ndv->valutazioni_individuali->at(2).comportamenti.reset();
    CHECK(controlla(r, smvp_prova()).empty());
}

TEST_CASE("QUOTE_FASCE_NON_CRESCENTI: a band above another with a smaller share, one finding per inverted pair") {
    const Relazione r = con_settori({100, 90});
    CHECK(controlla(r, smvp_prova()).empty()); // 100, 80, 0: rising with the score
    // Given out of order: the bands are compared by `da`, not by their place in the list.
    const Smvp invertito = perfpa::testing::uno_smvp(40, 30, 30).fascia("C", 0, 0).fascia("A", 90, 60).fascia("B", 75, 80);
    const auto rilievi = controlla(r, invertito);
    REQUIRE(sintesi(rilievi) == Sintesi{"QUOTE_FASCE_NON_CRESCENTI "});
    CHECK(rilievi[0].gravita == Gravita::avviso);
    CHECK(rilievi[0].messaggio == "SMVP: la fascia A (da 90) ha una quota del premio del 60%, minore della fascia B "
                                  "(da 75, 80%): la quota scende al salire del punteggio");
    CHECK(controlla(r).empty()); // without an SMVP the row does not run
    // Equal shares are not a fall; two falls are two findings.
    CHECK(controlla(r, perfpa::testing::uno_smvp(40, 30, 30).fascia("A", 90, 80).fascia("B", 75, 80).fascia("C", 0, 0))
              .empty());
    const Smvp due = perfpa::testing::uno_smvp(40, 30, 30).fascia("A", 90, 10).fascia("B", 75, 50).fascia("C", 0, 90);
    CHECK(sintesi(controlla(r, due)) == Sintesi{"QUOTE_FASCE_NON_CRESCENTI ", "QUOTE_FASCE_NON_CRESCENTI "});
}
