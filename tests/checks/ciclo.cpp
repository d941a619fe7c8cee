// ciclo.md §1–§3 and §6: strategic objectives and their degrees, shared
// objectives, the indicator sheet, a settore's own areas — each rule at its
// boundary.
#include "aiuto.hpp"

#include "catch2.hpp"

#include <perfpa/scoring.hpp>

#include <string>
#include <vector>

using namespace perfpa;
using namespace perfpa::test_checks;

namespace {

ObiettivoStrategico strategico(std::string id) { return {std::move(id), "Strategia", std::nullopt, std::nullopt, std::nullopt}; }

/** pulita() with OS1 ← a-1 (15, 100) and b-1 (30, 50), OS2 ← a-2 (15, 80), OS3 ← nothing. */
Relazione con_strategici() {
    Relazione r = pulita();
    r.obiettivi_strategici = std::vector{strategico("OS1"), strategico("OS2"), strategico("OS3")};
    r.settori[0].obiettivi[0].obiettivo_strategico = "OS1";
    r.settori[0].obiettivi[1].obiettivo_strategico = "OS2";
    r.settori[1].obiettivi[0].obiettivo_strategico = "OS1";
    return r;
}

/** An indicator of a-1 measured by a formula: `num` / `den` (× 100 for `%`) against `realizzato`. */
Relazione con_formula(const char* unita, const char* num, const char* den, const char* realizzato) {
    Relazione r = pulita();
    Indicatore i = testing::crescente("50", realizzato);
    i.unita = unita;
    i.numeratore = testing::dec(num);
    i.denominatore = testing::dec(den);
    r.settori[0].obiettivi[0].indicatori.push_back(i);
    return r;
}

const ValutazioneObiettivo& voce(const Relazione& r, std::size_t k, std::size_t m) {
    return r.valutazione_ndv->valutazioni_individuali->at(k).obiettivi->at(m);
}

} // namespace

TEST_CASE("strategic objectives: the weighted mean of the objectives below, across settori") {
    const Relazione r = con_strategici();
    const auto gradi = gradi_strategici(r, smvp_prova());
    REQUIRE(gradi.size() == 3);
    CHECK(gradi[0].obiettivo_strategico == "OS1");
    CHECK(gradi[0].grado == Percentuale::da_centesimi(66'67)); // (15×100 + 30×50) / 45 = 66,666…
    CHECK(gradi[0].spiegazione == "(15×100 (a/a-1) + 30×50 (b/b-1)) / 45 = 66,67");
    CHECK(gradi[1].grado == Percentuale::interi(80));
    CHECK(gradi[2].stato == StatoValutazione::non_valutato);
    CHECK_FALSE(gradi[2].grado.has_value());
    CHECK(gradi[2].spiegazione == "non valutato: nessun obiettivo che conti ne discende");
}

TEST_CASE("strategic objectives: a neutralised objective leaves, one not evaluated counts 0") {
    Relazione r = con_strategici();
    r.valutazione_ndv->valutazioni_individuali->at(1).obiettivi->at(0) = {"b-1", std::nullopt, true, "sisma", {}};
    auto gradi = gradi_strategici(r, smvp_prova());
    CHECK(gradi[0].grado == Percentuale::interi(100));
    CHECK(gradi[0].spiegazione == "(15×100 (a/a-1)) / 15 = 100,00; neutralizzati (esclusi): b/b-1");
    r.valutazione_ndv->valutazioni_individuali->at(1).obiettivi->clear(); // b-1: qualitative, no degree
    gradi = gradi_strategici(r, smvp_prova());
    CHECK(gradi[0].grado == Percentuale::da_centesimi(33'33)); // (15×100 + 30×0) / 45
    CHECK(gradi[0].spiegazione == "(15×100 (a/a-1) + 30×0 (b/b-1, non valutato)) / 45 = 33,33");
}

TEST_CASE("OBIETTIVO_STRATEGICO_SENZA_OBIETTIVI and RIFERIMENTO_INESISTENTE for strategic links") {
    Relazione r = con_strategici();
    auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"OBIETTIVO_STRATEGICO_SENZA_OBIETTIVI /obiettivi_strategici/2"});
    CHECK(rilievi[0].gravita == Gravita::avviso);
    CHECK(rilievi[0].messaggio == "Obiettivo strategico OS3: nessun obiettivo dei settori ne discende");
    r.settori[0].obiettivi[1].obiettivo_strategico = "OS3"; // now every strategic objective has one
    r.settori[1].obiettivi[0].obiettivo_strategico = "OS2";
    CHECK(controlla(r).empty());
    r.settori[1].obiettivi[0].obiettivo_strategico = "OS9";
    rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"RIFERIMENTO_INESISTENTE /settori/1/obiettivi/0/obiettivo_strategico",
                                        "OBIETTIVO_STRATEGICO_SENZA_OBIETTIVI /obiettivi_strategici/1"});
    CHECK(rilievi[0].messaggio ==
          "Obiettivo b-1 del settore b: discende dall'obiettivo strategico OS9, che la Relazione non elenca");
}

TEST_CASE("shared objectives: equal degrees are silent, a missing one is taken, different ones are an error") {
    Relazione r = pulita();
    r.settori[0].obiettivi[1].trasversale = "T"; // a-2, degree 80
    r.settori[1].obiettivi[0].trasversale = "T"; // b-1, degree 50
    auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"TRASVERSALE_GRADI_DIVERSI /valutazione_ndv/valutazioni_individuali/1/obiettivi/0"});
    CHECK(rilievi[0].gravita == Gravita::errore);
    CHECK(rilievi[0].messaggio == "Obiettivo b-1 del settore b, copia dell'obiettivo trasversale T: grado 50%, diverso "
                                  "dal grado 80% dato all'obiettivo a-2 del settore a");

    r.valutazione_ndv->valutazioni_individuali->at(1).obiettivi->at(0).grado_raggiungimento = Percentuale::interi(80);
    CHECK(controlla(r).empty());

    // Missing: b-1 takes a-2's 80, and its explanation says so.
    r.valutazione_ndv->valutazioni_individuali->at(1).obiettivi->clear();
    CHECK(controlla(r).empty());
    const auto p = calcola_punteggi(r, smvp_prova());
    CHECK(p[1].obiettivi[0].grado.grado == Percentuale::interi(80));
    CHECK(p[1].obiettivi_individuali.punti == Punti::interi(24)); // 30 × 80 / 100
    CHECK(p[1].obiettivi[0].grado.spiegazione ==
          "grado attribuito dal Nucleo di Valutazione: 80,00 (obiettivo trasversale T: grado dato all'obiettivo a-2 "
          "del settore a)");
    // Without the shared id, b-1 (qualitative) has no degree.
    r.settori[1].obiettivi[0].trasversale.reset();
    CHECK_FALSE(calcola_punteggi(r, smvp_prova())[1].obiettivi[0].grado.grado.has_value());
}

TEST_CASE("shared objectives: a neutralised copy stays neutralised and gives nothing") {
    Relazione r = pulita();
    r.settori[0].obiettivi[1].trasversale = "T";
    r.settori[1].obiettivi[0].trasversale = "T";
    r.valutazione_ndv->valutazioni_individuali->at(0).obiettivi->at(1) = {"a-2", std::nullopt, true, "sisma", {}};
    CHECK(controlla(r).empty());
    const auto p = calcola_punteggi(r, smvp_prova());
    CHECK(p[0].obiettivi[1].grado.stato == StatoValutazione::neutralizzato);
    CHECK(p[1].obiettivi[0].grado.grado == Percentuale::interi(50));
    CHECK(voce(r, 1, 0).grado_raggiungimento == Percentuale::interi(50));
}

TEST_CASE("FORMULA_INCOERENTE: compared at the realised value's decimals, rounded half away from zero") {
    // 100 × 2 / 3 = 66,666…
    CHECK(controlla(con_formula("%", "2", "3", "66.67")).empty());
    CHECK(controlla(con_formula("%", "2", "3", "66.7")).empty());
    CHECK(controlla(con_formula("%", "2", "3", "67")).empty());
    const auto rilievi = controlla(con_formula("%", "2", "3", "66.66"));
    REQUIRE(sintesi(rilievi) == Sintesi{"FORMULA_INCOERENTE /settori/0/obiettivi/0/indicatori/1"});
    CHECK(rilievi[0].gravita == Gravita::errore);
    CHECK(rilievi[0].messaggio ==
          "Indicatore «indicatore quantitativo» dell'obiettivo a-1: valore realizzato 66,66, ma 100 × 2 / 3 = 66,67");
    // Not a percentage: 1 / 8 = 0,125 → 0,13 (a half goes away from zero).
    CHECK(controlla(con_formula("giorni", "1", "8", "0.13")).empty());
    CHECK(sintesi(controlla(con_formula("giorni", "1", "8", "0.12"))) ==
          Sintesi{"FORMULA_INCOERENTE /settori/0/obiettivi/0/indicatori/1"});
    CHECK(sintesi(controlla(con_formula("giorni", "-1", "8", "-0.12"))) ==
          Sintesi{"FORMULA_INCOERENTE /settori/0/obiettivi/0/indicatori/1"});
    CHECK(controlla(con_formula("giorni", "-1", "8", "-0.13")).empty());
    // A denominator of 0 gives no value: nothing to compare.
    CHECK(controlla(con_formula("%", "2", "0", "5")).empty());
    CHECK(valore_da_formula(con_formula("%", "2", "3", "1").settori[0].obiettivi[0].indicatori[1]) ==
          testing::dec("66.666667"));
}

TEST_CASE("TARGET_INCOERENTE: the target for the Relazione's year must equal valore_atteso") {
    Relazione r = con_formula("%", "1", "2", "50");
    Indicatore& i = r.settori[0].obiettivi[0].indicatori[1]; // valore_atteso 50
    i.target_pluriennali = std::vector<ValoreAnnuale>{{2023, Valore{testing::dec("50")}},
                                                      {2024, Valore{testing::dec("60")}}};
    CHECK(controlla(r).empty());
    i.target_pluriennali->at(0).valore = Valore{testing::dec("50.01")};
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"TARGET_INCOERENTE /settori/0/obiettivi/0/indicatori/1/target_pluriennali/0"});
    CHECK(rilievi[0].messaggio ==
          "Indicatore «indicatore quantitativo» dell'obiettivo a-1: target 2023 50,01 diverso dal valore atteso 50");
    i.target_pluriennali->at(0).anno = 2022; // another year: not this Relazione's target
    CHECK(controlla(r).empty());
}

TEST_CASE("a settore's own areas: weighted by their peso, a neutralised one leaves, an unknown one is reported") {
    Relazione r = pulita();
    Ambito a2, a3;
    a2.id = "amb-2", a2.denominazione = "Ambito amb-2";
    a3.id = "amb-3", a3.denominazione = "Ambito amb-3";
    r.performance_organizzativa->ambiti->push_back(a2);
    r.performance_organizzativa->ambiti->push_back(a3);
    r.valutazione_ndv->giudizi_ambiti->push_back({"amb-2", Giudizio::non_valutabile, std::nullopt});
    r.valutazione_ndv->giudizi_ambiti->push_back({"amb-3", Giudizio::parzialmente_raggiunto, std::nullopt});
    const Smvp smvp = smvp_prova();
    const auto prima = calcola_punteggi(r, smvp);
    CHECK(prima[0].performance_organizzativa.punti == Punti::interi(40)); // the ente's value

    r.settori[0].ambiti = std::vector<AmbitoSettore>{{"amb-1", Peso::interi(2)}, {"amb-2", Peso::interi(5)},
                                                     {"amb-3", Peso::interi(1)}};
    CHECK(controlla(r, smvp).empty());
    const auto p = calcola_punteggi(r, smvp);
    // 40 × (2×100 + 1×50) / (100 × 3) = 33,33; amb-2 (neutralised) leaves
    CHECK(p[0].performance_organizzativa.punti == Punti::da_centesimi(33'33));
    CHECK(p[0].performance_organizzativa.spiegazione.starts_with(
        "performance organizzativa del settore: (2×100 + 1×50) / 3 × 40 / 100 = 33,33 [amb-1: "));
    CHECK(p[0].totale == prima[0].totale - Punti::interi(40) + Punti::da_centesimi(33'33));
    CHECK(p[1].performance_organizzativa == prima[1].performance_organizzativa); // b keeps the ente's value
    CHECK(p[0].completo);

    // An area not evaluated counts 0 and leaves the score incomplete.
    Ambito a4;
    a4.id = "amb-4", a4.denominazione = "Ambito amb-4";
    a4.indicatori = std::vector{testing::crescente("10", "")};
    r.performance_organizzativa->ambiti->push_back(a4);
    r.settori[0].ambiti->push_back({"amb-4", Peso::interi(1)});
    const auto q = calcola_punteggi(r, smvp);
    CHECK(q[0].performance_organizzativa.punti == Punti::interi(25)); // 40 × 250 / 400
    CHECK_FALSE(q[0].completo);

    // Every area neutralised: the component is not evaluated.
    r.settori[0].ambiti = std::vector<AmbitoSettore>{{"amb-2", Peso::interi(5)}};
    CHECK_FALSE(calcola_punteggi(r, smvp)[0].performance_organizzativa.punti.has_value());

    // An unknown area: RIFERIMENTO_INESISTENTE, and it leaves the mean.
    r.settori[0].ambiti = std::vector<AmbitoSettore>{{"amb-1", Peso::interi(2)}, {"amb-9", Peso::interi(3)}};
    const auto rilievi = controlla(r, smvp);
    REQUIRE(sintesi(rilievi) == Sintesi{"RIFERIMENTO_INESISTENTE /settori/0/ambiti/1"});
    CHECK(rilievi[0].messaggio ==
          "Ambito amb-9 del Settore a (responsabile Responsabile a): la performance organizzativa non ha un ambito con questo identificativo");
    CHECK(calcola_punteggi(r, smvp)[0].performance_organizzativa.punti == Punti::interi(40));
}
