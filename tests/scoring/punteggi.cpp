// Scores per settore: components, total, band, completo, explanations.
#include "catch2.hpp"
#include "leggi.hpp"

#include <perfpa/json.hpp>
#include <perfpa/scoring.hpp>
#include <perfpa/testing/costruttori.hpp>

#include <string>

using namespace perfpa;
using namespace perfpa::testing;

namespace {

Smvp esempio() { return uno_smvp(40, 30, 30).fascia("A", 90, 100).fascia("B", 75, 80).fascia("C", 60, 60).fascia("D", 0, 0); }

const PunteggioSettore& di(const std::vector<PunteggioSettore>& v, std::string_view id) {
    for (const auto& p : v)
        if (p.settore == id) return p;
    FAIL("settore " << id << " assente");
    throw 0;
}

std::int64_t c(const std::optional<Punti>& p) { return p ? p->centesimi() : -1; }

} // namespace

TEST_CASE("obiettivi individuali: the rules.md example, 27,00 with its explanation") {
    const Relazione r = una_relazione().performance_organizzativa(40, 40).con(settore("s", 30)
                                                                              .obiettivo("s-1", 6, grado(100))
                                                                              .obiettivo("s-2", 6, grado(100))
                                                                              .obiettivo("s-3", 6, grado(50))
                                                                              .obiettivo("s-4", 6, grado(100))
                                                                              .obiettivo("s-5", 6, grado(100))
                                                                              .comportamenti(25));
    const auto p = calcola_punteggi(r, esempio());
    REQUIRE(p.size() == 1);
    // (600 + 600 + 300 + 600 + 600) / 30 = 90; × 30 / 100 = 27
    CHECK(c(p[0].obiettivi_individuali.punti) == 27'00);
    CHECK(p[0].obiettivi_individuali.spiegazione ==
          "obiettivi individuali: (6×100 + 6×100 + 6×50 + 6×100 + 6×100) / 30 × 30 / 100 = 27,00");
    CHECK(p[0].performance_organizzativa.spiegazione == "performance organizzativa: 40 / 40 × 40 = 40,00");
    CHECK(p[0].totale == Punti::interi(92)); // 40 + 27 + 25
    CHECK(p[0].fascia == "A");
    CHECK(p[0].quota_premio == Percentuale::interi(100));
    CHECK(p[0].completo);
    // Each contribution: 30 × 6 × g / (100 × 30): 6, 6, 3, 6, 6
    REQUIRE(p[0].obiettivi.size() == 5);
    CHECK(c(p[0].obiettivi[2].contributo) == 3'00);
    CHECK(c(p[0].obiettivi[0].contributo) == 6'00);
}

TEST_CASE("obiettivi individuali: weights not summing to the settore's weight stay within W_ind") {
    // Six objectives of weight 6 (36) in a settore of 30: (6×100 × 6) / 36 × 30 / 100 = 30,00, not 36.
    auto s = settore("assetto", 30);
    for (int k = 1; k <= 6; ++k) s.obiettivo("a-" + std::to_string(k), 6, grado(100));
    const auto p = calcola_punteggi(una_relazione().con(s), esempio());
    CHECK(c(p[0].obiettivi_individuali.punti) == 30'00);
    // Each contributes 30 × 6 × 100 / (100 × 36) = 5,00.
    CHECK(c(p[0].obiettivi[0].contributo) == 5'00);
}

TEST_CASE("obiettivi individuali: a sum of many terms longer than the buffer its terms gather in") {
    // 200 objectives: the terms of the sum fill the 512-byte buffer of the
    // explanation several times; the text must be whole and in order.
    auto s = settore("grande", 30);
    std::string termini;
    std::int64_t somma = 0, pesi = 0;
    for (int k = 1; k <= 200; ++k) {
        const int peso = k % 7 + 1, g = (k * 37) % 101;
        s.obiettivo("g-" + std::to_string(k), peso, grado(g));
        termini += (k == 1 ? "" : " + ") + std::to_string(peso) + "×" + std::to_string(g);
        somma += std::int64_t{peso} * 100 * g * 100; // hundredths × hundredths, as the rule computes
        pesi += peso;
    }
    const auto p = calcola_punteggi(una_relazione().con(s), esempio());
    REQUIRE(p.size() == 1);
    const std::int64_t punti = arrotonda(Intero128{somma} * 30'00, Intero128{100'00} * (pesi * 100));
    CHECK(c(p[0].obiettivi_individuali.punti) == punti);
    CHECK(p[0].obiettivi_individuali.spiegazione == "obiettivi individuali: (" + termini + ") / " +
                                                       std::to_string(pesi) + " × 30 / 100 = " +
                                                       testo_risultato(punti));
    CHECK(termini.size() > 2 * 512);
}

TEST_CASE("obiettivi individuali: neutralised and not-evaluated objectives") {
    SECTION("a neutralised objective leaves the score: 30 × 15×80 / (100 × 15) = 24,00") {
        const auto p = calcola_punteggi(
            una_relazione().con(settore("s", 30).obiettivo("a", 15, neutralizzato()).obiettivo("b", 15, grado(80))),
            esempio());
        CHECK(c(p[0].obiettivi_individuali.punti) == 24'00);
        CHECK_FALSE(p[0].obiettivi[0].contributo);
        CHECK(p[0].obiettivi_individuali.spiegazione.find("neutralizzati (esclusi): a") != std::string::npos);
    }
    SECTION("a not-evaluated objective counts 0 and makes the score incomplete") {
        const auto p = calcola_punteggi(una_relazione().performance_organizzativa(40, 40).con(
                                            settore("s", 30).obiettivo("a", 15, senza_ndv()).obiettivo("b", 15, grado(80)).comportamenti(30)),
                                        esempio());
        CHECK(c(p[0].obiettivi_individuali.punti) == 12'00); // 30 × 15×80 / (100 × 30)
        CHECK(c(p[0].obiettivi[0].contributo) == 0);
        CHECK_FALSE(p[0].completo);
    }
    SECTION("every objective neutralised: not evaluated") {
        const auto p = calcola_punteggi(una_relazione().con(settore("s", 30).obiettivo("a", 30, neutralizzato())), esempio());
        CHECK_FALSE(p[0].obiettivi_individuali.punti);
        CHECK_FALSE(p[0].completo);
    }
    SECTION("no objective, or all of weight 0: not evaluated") {
        CHECK_FALSE(calcola_punteggi(una_relazione().con(settore("s", 30)), esempio())[0].obiettivi_individuali.punti);
        CHECK_FALSE(calcola_punteggi(una_relazione().con(settore("s", 30).obiettivo("a", 0, grado(100))), esempio())[0]
                        .obiettivi_individuali.punti);
    }
    SECTION("rounding once: weights 7, 8, degrees 33,33 and 100 → 30 × (233,31 + 800) / 1500 = 20,6662 → 20,67") {
        const auto p = calcola_punteggi(una_relazione().con(settore("s", 30)
                                                            .obiettivo("a", 7, grado(Percentuale::da_centesimi(33'33)))
                                                            .obiettivo("b", 8, grado(100))),
                                        esempio());
        CHECK(c(p[0].obiettivi_individuali.punti) == 20'67);
        CHECK(c(p[0].obiettivi[0].contributo) == 4'67); // 30 × 7 × 33,33 / 1500 = 4,6662
        CHECK(c(p[0].obiettivi[1].contributo) == 16'00); // 30 × 8 × 100 / 1500
    }
    SECTION("the SMVP's threshold turns a low degree into 0") {
        const auto p = calcola_punteggi(una_relazione().con(settore("s", 30).obiettivo("a", 30, grado(40))),
                                        uno_smvp(40, 30, 30).fascia("D", 0, 0).soglia(50));
        CHECK(c(p[0].obiettivi_individuali.punti) == 0);
        CHECK(p[0].obiettivi[0].grado.stato == StatoValutazione::valutato);
    }
}

TEST_CASE("performance organizzativa: declared value, else the areas") {
    SECTION("valore_realizzato above peso is capped: min(50, 40) × 40 / 40 = 40,00") {
        const auto p = calcola_punteggi(una_relazione().performance_organizzativa(40, 50).con(settore("s", 30)), esempio());
        CHECK(c(p[0].performance_organizzativa.punti) == 40'00);
    }
    SECTION("a different scale: 35 of 50 × 40 / 50 = 28,00") {
        const auto p = calcola_punteggi(una_relazione().performance_organizzativa(50, 35).con(settore("s", 30)), esempio());
        CHECK(c(p[0].performance_organizzativa.punti) == 28'00);
    }
    SECTION("areas: (100 + 50 + 0) / 3 × 40 / 100 = 20,00; non_valutabile leaves the mean") {
        const Relazione r = una_relazione()
                                .ambito("a", Giudizio::pienamente_raggiunto)
                                .ambito("b", Giudizio::parzialmente_raggiunto)
                                .ambito("c", Giudizio::non_raggiunto)
                                .ambito("d", Giudizio::non_valutabile)
                                .con(settore("s", 30))
                                .con(settore("t", 30));
        const auto p = calcola_punteggi(r, esempio());
        CHECK(c(p[0].performance_organizzativa.punti) == 20'00);
        CHECK(p[1].performance_organizzativa == p[0].performance_organizzativa); // the same for every settore
        CHECK(p[0].performance_organizzativa.spiegazione.rfind(
                  "performance organizzativa: (100 + 50 + 0) / 3 × 40 / 100 = 20,00", 0) == 0);
    }
    SECTION("an area not evaluated counts 0 and makes the score incomplete") {
        const Relazione r = una_relazione()
                                .ambito("a", Giudizio::raggiunto)
                                .ambito("b", {qualitativo()})
                                .con(settore("s", 30).obiettivo("o", 30, grado(100)).comportamenti(30));
        const auto p = calcola_punteggi(r, esempio());
        CHECK(c(p[0].performance_organizzativa.punti) == 20'00); // (100 + 0) / 2 × 40 / 100
        CHECK_FALSE(p[0].completo);
    }
    SECTION("areas by their indicators: (2/3 → 66,67) × 40 / 100 = 26,668 → 26,67") {
        const Relazione r = una_relazione().ambito("a", {crescente("3", "2")}).con(settore("s", 30));
        CHECK(c(calcola_punteggi(r, esempio())[0].performance_organizzativa.punti) == 26'67);
    }
    SECTION("nothing to go by: not evaluated") {
        const auto p = calcola_punteggi(una_relazione().con(settore("s", 30)), esempio());
        CHECK_FALSE(p[0].performance_organizzativa.punti);
        Relazione r = una_relazione().ambito("d", Giudizio::non_valutabile).con(settore("s", 30));
        CHECK_FALSE(calcola_punteggi(r, esempio())[0].performance_organizzativa.punti);
    }
    SECTION("peso 0 falls back to the areas") {
        Relazione r = una_relazione().ambito("a", Giudizio::raggiunto).con(settore("s", 30));
        r.performance_organizzativa->peso = Punti{};
        r.performance_organizzativa->valore_realizzato = Punti::interi(10);
        CHECK(c(calcola_punteggi(r, esempio())[0].performance_organizzativa.punti) == 40'00);
    }
}

TEST_CASE("comportamenti: the NdV's points capped at W_comp, absent: not evaluated") {
    CHECK(c(calcola_punteggi(una_relazione().con(settore("s", 30).comportamenti(25)), esempio())[0].comportamenti.punti) ==
          25'00);
    const auto oltre = calcola_punteggi(una_relazione().con(settore("s", 30).comportamenti(35)), esempio());
    CHECK(c(oltre[0].comportamenti.punti) == 30'00);
    CHECK_FALSE(calcola_punteggi(una_relazione().con(settore("s", 30)), esempio())[0].comportamenti.punti);
}

TEST_CASE("fascia: the band with the largest da ≤ totale, at and just below a boundary") {
    struct Caso {
        std::int64_t comportamenti_centesimi;
        const char* fascia;
        std::int64_t quota;
    };
    // 40 (org) + 30 (obiettivi) + comportamenti
    for (const Caso k : {Caso{20'00, "A", 100'00}, Caso{19'99, "B", 80'00}, Caso{5'00, "B", 80'00},
                         Caso{4'99, "C", 60'00}}) {
        const auto p = calcola_punteggi(una_relazione()
                                            .performance_organizzativa(40, 40)
                                            .con(settore("s", 30).obiettivo("o", 30, grado(100)).comportamenti(
                                                Punti::da_centesimi(k.comportamenti_centesimi))),
                                        esempio());
        INFO("totale " << p[0].totale.testo());
        CHECK(p[0].fascia == k.fascia);
        CHECK(p[0].quota_premio.centesimi() == k.quota);
        CHECK(p[0].totale.centesimi() == 70'00 + k.comportamenti_centesimi);
    }
    // Bands in any order: the largest da ≤ totale wins.
    const auto p = calcola_punteggi(una_relazione().performance_organizzativa(40, 40).con(settore("s", 30)),
                                    uno_smvp(40, 30, 30).fascia("bassa", 0, 0).fascia("alta", 40, 50).fascia("media", 20, 10));
    CHECK(p[0].fascia == "alta");
}

TEST_CASE("spiegazione: one line per figure, the total as the sum of the rounded components") {
    const auto p = calcola_punteggi(una_relazione().performance_organizzativa(40, 40).con(
                                        settore("s", 30).responsabile("Antonio Miraglia", "Ing.").obiettivo("o", 30, grado(90)).comportamenti(20)),
                                    esempio());
    CHECK(p[0].responsabile == "Ing. Antonio Miraglia");
    const auto righe = spiegazione(p[0]);
    REQUIRE(righe.size() == 6);
    CHECK(righe[3] == "totale: 40,00 + 27,00 + 20,00 = 87,00");
    CHECK(righe[4] == "fascia: B (quota del premio 80%)");
    CHECK(righe[5] == "obiettivo o (peso 30): grado attribuito dal Nucleo di Valutazione: 90,00; contributo 27,00");
    // Figures only: the components' lines empty, an objective's line without a dangling ": ".
    const auto cifre = spiegazione(calcola_punteggi(una_relazione().performance_organizzativa(40, 40).con(
                                                        settore("s", 30).obiettivo("o", 30, grado(90)).comportamenti(20)),
                                                    esempio(), {.spiegazioni = false})[0]);
    REQUIRE(cifre.size() == 6);
    CHECK(cifre[0].empty());
    CHECK(cifre[3] == "totale: 40,00 + 27,00 + 20,00 = 87,00");
    CHECK(cifre[5] == "obiettivo o (peso 30); contributo 27,00");
}

TEST_CASE("spiegazione: the body that evaluated is named as the document says (Nucleo di Valutazione or OIV)") {
    Relazione r = una_relazione().performance_organizzativa(40, 40).con(
        settore("s", 30).obiettivo("o", 30, grado(90)).comportamenti(35));
    REQUIRE(r.valutazione_ndv);
    CHECK(calcola_punteggi(r, esempio())[0].obiettivi[0].grado.spiegazione ==
          "grado attribuito dal Nucleo di Valutazione: 90,00");
    r.valutazione_ndv->organo = OrganoValutazione::oiv;
    auto p = calcola_punteggi(r, esempio());
    CHECK(p[0].obiettivi[0].grado.spiegazione == "grado attribuito dall'OIV: 90,00");
    CHECK(p[0].comportamenti.spiegazione == "comportamenti: 35,00 punti dell'OIV, oltre il peso 30 → 30,00");
    r.valutazione_ndv->valutazioni_individuali->at(0).comportamenti.reset();
    CHECK(calcola_punteggi(r, esempio())[0].comportamenti.spiegazione ==
          "comportamenti: non valutati (conta 0): l'OIV non ha dato i punti");
    // An objective measured by a qualitative indicator only, called directly.
    Obiettivo q;
    q.id = "q";
    Indicatore& qi = q.indicatori.emplace_back();
    qi.descrizione = "Relazione sull'attività";
    qi.misura = Misura::qualitativa;
    CHECK(grado_obiettivo(q, nullptr, {}, OrganoValutazione::oiv).spiegazione ==
          "non valutato (conta 0): indicatore 1 («Relazione sull'attività»): nessun grado: indicatore qualitativo, "
          "serve il grado dell'OIV");
    CHECK(grado_obiettivo(q, nullptr).spiegazione.ends_with("serve il grado del Nucleo di Valutazione"));
}

// The bundled Leverano 2023 data (seed encoded) with the example SMVP.
TEST_CASE("Leverano 2023 with the example SMVP: hand-checked figures") {
    auto r = json::decodifica_relazione(perfpa_test::leggi_dati("leverano-2023.json"));
    auto s = json::decodifica_smvp(perfpa_test::leggi_dati("smvp-esempio.json"));
    REQUIRE(r.has_value());
    REQUIRE(s.has_value());
    REQUIRE(errori_modello(*s).empty());
    // Preconditions of the hand computation below.
    REQUIRE(s->pesi.performance_organizzativa == Punti::interi(40));
    REQUIRE(s->pesi.obiettivi_individuali == Punti::interi(30));
    REQUIRE(r->performance_organizzativa->peso == Punti::interi(40));
    REQUIRE(r->performance_organizzativa->valore_realizzato == Punti::interi(40));

    SECTION("as published: 40,00 organisational, no NdV degree, no behaviours") {
        const auto p = calcola_punteggi(*r, *s);
        REQUIRE(p.size() == r->settori.size());
        std::size_t obiettivi = 0;
        for (std::size_t i = 0; i < p.size(); ++i) {
            INFO(p[i].settore);
            CHECK(p[i].settore == r->settori[i].id); // document order
            // min(40, 40) × 40 / 40 = 40,00
            CHECK(c(p[i].performance_organizzativa.punti) == 40'00);
            // every objective has one qualitative indicator and no NdV degree: Σ peso × 0 = 0,00
            CHECK(c(p[i].obiettivi_individuali.punti) == 0);
            CHECK_FALSE(p[i].comportamenti.punti);
            CHECK(p[i].totale == Punti::interi(40)); // 40 + 0 + 0
            CHECK(p[i].fascia == "D");               // 40 < 60 (C)
            CHECK(p[i].quota_premio == Percentuale{});
            CHECK_FALSE(p[i].completo);
            for (const auto& o : p[i].obiettivi) CHECK(o.grado.stato == StatoValutazione::non_valutato);
            obiettivi += p[i].obiettivi.size();
        }
        CHECK(obiettivi == 41);
        CHECK(di(p, "assetto-territorio").responsabile == "Ing. Antonio Miraglia");
    }

    SECTION("with NdV degrees and behaviours added by this test") {
        Relazione x = *r;
        auto gradi = [&](const std::string& settore, std::vector<std::int64_t> centesimi,
                         std::optional<std::int64_t> comportamenti) {
            ValutazioneIndividuale v{settore, std::vector<ValutazioneObiettivo>{}, std::nullopt};
            if (comportamenti) v.comportamenti = Punti::da_centesimi(*comportamenti);
            for (const Settore& st : x.settori)
                if (st.id == settore)
                    for (std::size_t j = 0; j < st.obiettivi.size() && j < centesimi.size(); ++j) {
                        ValutazioneObiettivo o{st.obiettivi[j].id, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
                        if (centesimi[j] >= 0) o.grado_raggiungimento = Percentuale::da_centesimi(centesimi[j]);
                        else { o.neutralizzato = true; o.motivazione = "evento esterno"; }
                        v.obiettivi->push_back(o);
                    }
            x.valutazione_ndv->valutazioni_individuali.value().push_back(std::move(v));
        };
        x.valutazione_ndv->valutazioni_individuali.emplace();
        // Assetto del Territorio: six objectives of weight 6 (36 ≠ 30), all 100.
        gradi("assetto-territorio", {100'00, 100'00, 100'00, 100'00, 100'00, 100'00}, 30'00);
        // Tecnico: weights 8, 6, 6, 6, 4.
        gradi("tecnico", {100'00, 50'00, 100'00, 80'00, 0}, 20'00);
        // Istituzionale: weights 7, 8, 7, 8, all 90.
        gradi("istituzionale", {90'00, 90'00, 90'00, 90'00}, 23'50);
        // Agricoltura: six of weight 5, the first neutralised, no behaviours.
        gradi("agricoltura", {-1, 100'00, 100'00, 100'00, 100'00, 100'00}, std::nullopt);
        // Economico-finanziario: five of weight 6, the first 33,33.
        gradi("economico-finanziario", {33'33, 100'00, 100'00, 100'00, 100'00}, 30'00);
        const auto p = calcola_punteggi(x, *s);

        const auto& assetto = di(p, "assetto-territorio");
        // (6×100 × 6) / 36 × 30 / 100 = 30,00 (not 36); 40 + 30 + 30 = 100
        CHECK(c(assetto.obiettivi_individuali.punti) == 30'00);
        CHECK(assetto.obiettivi_individuali.spiegazione ==
              "obiettivi individuali: (6×100 + 6×100 + 6×100 + 6×100 + 6×100 + 6×100) / 36 × 30 / 100 = 30,00");
        CHECK(assetto.totale == Punti::interi(100));
        CHECK(assetto.fascia == "A");
        CHECK(assetto.completo);

        const auto& tecnico = di(p, "tecnico");
        // (8×100 + 6×50 + 6×100 + 6×80 + 4×0) = 800 + 300 + 600 + 480 = 2180; / 30 × 30 / 100 = 21,80
        CHECK(c(tecnico.obiettivi_individuali.punti) == 21'80);
        CHECK(tecnico.totale == Punti::da_centesimi(81'80)); // 40 + 21,80 + 20
        CHECK(tecnico.fascia == "B");                        // 75 ≤ 81,80 < 90
        CHECK(tecnico.quota_premio == Percentuale::interi(80));
        CHECK(tecnico.completo);

        const auto& ist = di(p, "istituzionale");
        // 30 × 90 / 30 × 30 / 100 = 27,00; 40 + 27 + 23,50 = 90,50
        CHECK(c(ist.obiettivi_individuali.punti) == 27'00);
        CHECK(ist.totale == Punti::da_centesimi(90'50));
        CHECK(ist.fascia == "A");

        const auto& agr = di(p, "agricoltura");
        // neutralised objective out: (5×100 × 5) / 25 × 30 / 100 = 30,00; no behaviours: 40 + 30 + 0 = 70
        CHECK(c(agr.obiettivi_individuali.punti) == 30'00);
        CHECK_FALSE(agr.comportamenti.punti);
        CHECK(agr.totale == Punti::interi(70));
        CHECK(agr.fascia == "C");
        CHECK_FALSE(agr.completo);

        const auto& ef = di(p, "economico-finanziario");
        // 6×33,33 + 4×6×100 = 199,98 + 2400 = 2599,98; / 30 = 86,666; × 30 / 100 = 25,9998 → 26,00
        CHECK(c(ef.obiettivi_individuali.punti) == 26'00);
        // contribution of the first: 30 × 6 × 33,33 / (100 × 30) = 1,9998 → 2,00
        CHECK(c(ef.obiettivi[0].contributo) == 2'00);
        CHECK(ef.totale == Punti::interi(96)); // 40 + 26 + 30

        // The others are untouched: 40,00, band D, incomplete.
        CHECK(di(p, "polizia-locale").totale == Punti::interi(40));
        CHECK_FALSE(di(p, "polizia-locale").completo);
    }
}

TEST_CASE("a document of many settori (looked up by sorted ids): each score as in a document of that settore alone") {
    // 40 settori, each with 20 objectives; the NdV lists the settori backwards and each one's objectives
    // backwards, with a second entry for settore 7 (the first counts) — past 16 elements the look-ups sort.
    CostruttoreRelazione grande = una_relazione().performance_organizzativa(40, 40);
    std::vector<Relazione> soli;
    for (int i = 0; i < 40; ++i) {
        CostruttoreSettore s = settore("s" + std::to_string(i), 30);
        for (int j = 0; j < 20; ++j) s.obiettivo("s" + std::to_string(i) + "-o" + std::to_string(j), 1, grado((i * 7 + j * 3) % 101));
        s.comportamenti(i % 31);
        grande.con(s);
        soli.push_back(una_relazione().performance_organizzativa(40, 40).con(s));
    }
    Relazione r = grande;
    auto& vi = *r.valutazione_ndv->valutazioni_individuali;
    std::reverse(vi.begin(), vi.end());
    for (auto& v : vi) std::reverse(v.obiettivi->begin(), v.obiettivi->end());
    ValutazioneIndividuale seconda = vi[0];
    seconda.settore = "s7";
    seconda.comportamenti = Punti::interi(1);
    vi.push_back(seconda);
    const auto tutti = calcola_punteggi(r, esempio());
    REQUIRE(tutti.size() == 40);
    for (std::size_t i = 0; i < 40; ++i) {
        CAPTURE(i);
        CHECK(tutti[i] == calcola_punteggi(soli[i], esempio()).at(0));
    }
}
