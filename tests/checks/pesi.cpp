// PESI_SETTORE_INCOERENTI, PESI_COMPONENTI_INCOERENTI, PUNTEGGIO_FUORI_SCALA:
// each fires at its boundary and not just inside it.
#include "aiuto.hpp"

#include "catch2.hpp"

using namespace perfpa;
using namespace perfpa::test_checks;

TEST_CASE("PESI_SETTORE_INCOERENTI: 30.01 against 30 fires, 30 does not") {
    Relazione r = pulita();
    r.settori[1].obiettivi[0].peso = Peso::da_centesimi(30'01);
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"PESI_SETTORE_INCOERENTI /settori/1"});
    CHECK(rilievi[0].gravita == Gravita::errore);
    CHECK(rilievi[0].messaggio == "Settore b (responsabile Responsabile b): i pesi degli obiettivi sommano a 30,01, il peso del settore è 30,00");
    CHECK(rilievi[0].norma.empty());

    r.settori[1].obiettivi[0].peso = Peso::interi(30);
    CHECK(controlla(r).empty());
}

TEST_CASE("PESI_SETTORE_INCOERENTI: two settori of the same name are told apart by their heads, weights alike") {
    Relazione r = pulita();
    r.settori[0].denominazione = r.settori[1].denominazione = "Dirigente";
    r.settori[0].responsabile.nome = "Anna Neri";
    r.settori[1].responsabile.nome = "Luca Bianchi";
    r.settori[0].obiettivi[0].peso = Peso::da_centesimi(14'61); // 14,61 + 15
    r.settori[1].obiettivi[0].peso = Peso::interi(4);
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"PESI_SETTORE_INCOERENTI /settori/0", "PESI_SETTORE_INCOERENTI /settori/1"});
    CHECK(rilievi[0].messaggio ==
          "Dirigente (responsabile Anna Neri): i pesi degli obiettivi sommano a 29,61, il peso del settore è 30,00");
    CHECK(rilievi[1].messaggio ==
          "Dirigente (responsabile Luca Bianchi): i pesi degli obiettivi sommano a 4, il peso del settore è 30");
    // Without a head's name, the settore alone.
    r.settori[1].responsabile.nome.clear();
    CHECK(controlla(r)[1].messaggio == "Dirigente: i pesi degli obiettivi sommano a 4, il peso del settore è 30");
}

TEST_CASE("PESI_SETTORE_INCOERENTI: a settore with no objectives and weight 30 sums to 0") {
    Relazione r = pulita();
    r.settori[1].obiettivi.clear();
    r.valutazione_ndv->valutazioni_individuali->at(1).obiettivi.reset();
    CHECK(sintesi(controlla(r)) == Sintesi{"PESI_SETTORE_INCOERENTI /settori/1"});
}

TEST_CASE("PESI_COMPONENTI_INCOERENTI: only with an SMVP, on the organisational weight and each settore") {
    Relazione r = pulita();
    const Smvp s = smvp_prova();
    r.performance_organizzativa->peso = Punti::da_centesimi(40'01);
    r.performance_organizzativa->valore_realizzato = Punti::interi(40);
    r.settori[0].peso = Peso::interi(15);
    r.settori[0].obiettivi[1].peso = Peso::interi(0); // 15 + 0 = 15: the settore itself is coherent
    CHECK(controlla(r).empty());
    const auto rilievi = controlla(r, s);
    REQUIRE(sintesi(rilievi) ==
            Sintesi{"PESI_COMPONENTI_INCOERENTI /settori/0", "PESI_COMPONENTI_INCOERENTI /performance_organizzativa"});
    CHECK(rilievi[0].messaggio == "Settore a (responsabile Responsabile a): il peso degli obiettivi individuali è 15, lo SMVP gli assegna 30");
    CHECK(rilievi[1].messaggio == "Performance organizzativa: il peso dichiarato è 40,01, lo SMVP le assegna 40");

    Relazione ok = pulita();
    CHECK(controlla(ok, s).empty());
}

TEST_CASE("PUNTEGGIO_FUORI_SCALA: valore_realizzato 40.01 over peso 40 fires, 40 does not") {
    Relazione r = pulita();
    r.performance_organizzativa->valore_realizzato = Punti::da_centesimi(40'01);
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"PUNTEGGIO_FUORI_SCALA /performance_organizzativa"});
    CHECK(rilievi[0].messaggio == "Performance organizzativa: il valore realizzato 40,01 supera il peso 40,00");
    r.performance_organizzativa->valore_realizzato = Punti::interi(40);
    CHECK(controlla(r).empty());
}

TEST_CASE("PUNTEGGIO_FUORI_SCALA: comportamenti over W_comp only with an SMVP") {
    Relazione r = pulita();
    auto& vi = *r.valutazione_ndv->valutazioni_individuali;
    vi[1].comportamenti = Punti::da_centesimi(30'01);
    CHECK(controlla(r).empty());
    const auto rilievi = controlla(r, smvp_prova());
    REQUIRE(sintesi(rilievi) == Sintesi{"PUNTEGGIO_FUORI_SCALA /valutazione_ndv/valutazioni_individuali/1"});
    CHECK(rilievi[0].messaggio ==
          "Valutazione del settore b: i comportamenti valgono 30,01 punti, oltre il massimo di 30,00 dello SMVP");
    vi[1].comportamenti = Punti::interi(30);
    CHECK(controlla(r, smvp_prova()).empty());
}
