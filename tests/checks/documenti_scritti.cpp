// Documents as they are written (ciclo.md §7–9): DICHIARATO_DIVERSO_DAL_CALCOLATO,
// PESI_GRUPPO_INCOERENTI, GRADO_NON_VALIDATO_DAL_NDV, each at its boundary.
#include "aiuto.hpp"

#include "catch2.hpp"

#include <algorithm>

using namespace perfpa;
using namespace perfpa::test_checks;

namespace {

std::vector<Rilievo> con_codice(const std::vector<Rilievo>& v, std::string_view codice) {
    std::vector<Rilievo> out;
    std::copy_if(v.begin(), v.end(), std::back_inserter(out), [&](const Rilievo& r) { return r.codice == codice; });
    return out;
}

} // namespace

TEST_CASE("DICHIARATO_DIVERSO_DAL_CALCOLATO: a settore's degree, 0,01 apart is the same, 0,02 is not") {
    Relazione r = pulita(); // settore a: (15×100 + 15×80) / 30 = 90 %
    r.settori[0].grado_dichiarato = Percentuale::da_centesimi(90'01);
    CHECK(controlla(r).empty());
    r.settori[0].grado_dichiarato = Percentuale::da_centesimi(89'99);
    CHECK(controlla(r).empty());
    r.settori[0].grado_dichiarato = Percentuale::da_centesimi(90'02);
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"DICHIARATO_DIVERSO_DAL_CALCOLATO /settori/0/grado_dichiarato"});
    CHECK(rilievi[0].gravita == Gravita::errore);
    CHECK(rilievi[0].messaggio == "Settore a (responsabile Responsabile a): grado degli obiettivi dichiarato 90,02%, "
                                  "calcolato 90,00% = (15×100 + 15×80) / 30");
    // The seed's kind of sheet: "TOTALE 77,50 %" where the weighted result is higher.
    r.settori[0].grado_dichiarato = Percentuale::da_centesimi(77'50);
    CHECK(controlla(r)[0].messaggio.find("dichiarato 77,50%, calcolato 90,00%") != std::string::npos);
}

TEST_CASE("DICHIARATO_DIVERSO_DAL_CALCOLATO: a shared objective's degree taken from another copy counts, as in "
          "the scores") {
    Relazione r = pulita();
    r.settori[0].obiettivi[1].trasversale = "T"; // a-2, degree 80
    r.settori[1].obiettivi[0].trasversale = "T"; // b-1: no NdV entry of its own, so it takes a-2's 80
    r.valutazione_ndv->valutazioni_individuali->at(1).obiettivi->clear();
    REQUIRE(calcola_punteggi(r, smvp_prova())[1].obiettivi[0].grado.grado == Percentuale::interi(80));
    // The figures the document would print: degree 80 %, points 30 × 80 × 30 / (100 × 30) = 24.
    r.settori[1].grado_dichiarato = Percentuale::interi(80);
    r.settori[1].obiettivi[0].punti_dichiarati = Punti::interi(24);
    CHECK(controlla(r).empty());
    CHECK(controlla(r, smvp_prova()).empty());
    // The degree b-1 would have without the borrowed one (none: it counts 0) is not the computed one.
    r.settori[1].grado_dichiarato = Percentuale::interi(0);
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"DICHIARATO_DIVERSO_DAL_CALCOLATO /settori/1/grado_dichiarato"});
    CHECK(rilievi[0].messaggio == "Settore b (responsabile Responsabile b): grado degli obiettivi dichiarato 0,00%, "
                                  "calcolato 80,00% = (30×80) / 30");
}

TEST_CASE("DICHIARATO_DIVERSO_DAL_CALCOLATO: points only with the SMVP, with both figures and the arithmetic") {
    Relazione r = pulita();
    // Settore a with smvp_prova (40/30/30): 40 + 27 + 25 = 92; a-1 brings 15 × 100 × 30 / (100 × 30) = 15.
    r.settori[0].obiettivi[0].punti_dichiarati = Punti::da_centesimi(15'50);
    r.settori[0].punteggi_dichiarati =
        PunteggiDichiarati{Punti::interi(40), Punti::da_centesimi(27'01), Punti::interi(20), Punti::da_centesimi(77'50)};
    CHECK(controlla(r).empty()); // without the SMVP the points are not defined
    const auto rilievi = controlla(r, smvp_prova());
    REQUIRE(sintesi(rilievi) == Sintesi{"DICHIARATO_DIVERSO_DAL_CALCOLATO /settori/0/obiettivi/0/punti_dichiarati",
                                        "DICHIARATO_DIVERSO_DAL_CALCOLATO /settori/0/punteggi_dichiarati/comportamenti",
                                        "DICHIARATO_DIVERSO_DAL_CALCOLATO /settori/0/punteggi_dichiarati/totale"});
    CHECK(rilievi[0].messaggio ==
          "Obiettivo a-1 del settore a: punti dichiarati 15,50, calcolati 15,00 = 15 × 100 × 30 / (100 × 30)");
    CHECK(rilievi[1].messaggio == "Settore a (responsabile Responsabile a): componente dei comportamenti dichiarata "
                                  "20,00, calcolata 25,00 (comportamenti: punti del Nucleo di Valutazione = 25,00)");
    CHECK(rilievi[2].messaggio ==
          "Settore a (responsabile Responsabile a): totale dichiarato 77,50, calcolato 92,00 = 40 + 27 + 25");
    // The same figures declared: nothing.
    r.settori[0].obiettivi[0].punti_dichiarati = Punti::interi(15);
    r.settori[0].punteggi_dichiarati = PunteggiDichiarati{Punti::interi(40), Punti::interi(27), Punti::interi(25),
                                                          Punti::interi(92)};
    CHECK(controlla(r, smvp_prova()).empty());
}

TEST_CASE("DICHIARATO_DIVERSO_DAL_CALCOLATO: a component's finding quotes its explanation, however the scores came") {
    // The check compares figures only and writes an explanation for a
    // finding alone: the text must be the one the explained scores give.
    Relazione r = pulita(); // settore a with smvp_prova: 40 + 27 + 25 = 92, degree 90 %
    r.settori[0].grado_dichiarato = Percentuale::interi(50);
    r.settori[0].obiettivi[1].punti_dichiarati = Punti::interi(14);
    r.settori[0].punteggi_dichiarati =
        PunteggiDichiarati{Punti::interi(41), Punti::interi(26), Punti::interi(20), Punti::interi(87)};
    const Smvp smvp = smvp_prova();
    const auto rilievi = controlla(r, smvp);
    const auto punteggi = calcola_punteggi(r, smvp);
    const auto messaggio = [&](std::string_view percorso) {
        const auto x = std::find_if(rilievi.begin(), rilievi.end(), [&](const Rilievo& y) { return y.percorso == percorso; });
        return x == rilievi.end() ? std::string("(nessun rilievo)") : x->messaggio;
    };
    const std::string settore = "Settore a (responsabile Responsabile a): ";
    CHECK(messaggio("/settori/0/punteggi_dichiarati/performance_organizzativa") ==
          settore + "performance organizzativa dichiarata 41,00, calcolata 40,00 (" +
              punteggi[0].performance_organizzativa.spiegazione + ")");
    CHECK(messaggio("/settori/0/punteggi_dichiarati/obiettivi_individuali") ==
          settore + "componente degli obiettivi individuali dichiarata 26,00, calcolata 27,00 (" +
              punteggi[0].obiettivi_individuali.spiegazione + ")");
    CHECK(messaggio("/settori/0/punteggi_dichiarati/comportamenti") ==
          settore + "componente dei comportamenti dichiarata 20,00, calcolata 25,00 (" +
              punteggi[0].comportamenti.spiegazione + ")");
    CHECK(messaggio("/settori/0/grado_dichiarato") ==
          settore + "grado degli obiettivi dichiarato 50,00%, calcolato 90,00% = (15×100 + 15×80) / 30");
    CHECK(messaggio("/settori/0/obiettivi/1/punti_dichiarati") ==
          "Obiettivo a-2 del settore a: punti dichiarati 14,00, calcolati 12,00 = 15 × 80 × 30 / (100 × 30)");
    CHECK(con_codice(rilievi, "DICHIARATO_DIVERSO_DAL_CALCOLATO").size() == 6);
    // The same findings with the scores given, explained or figures only, and
    // from an Esaminatore (the second document over the first's buffers).
    CHECK(esamina(r, smvp).rilievi == rilievi);
    CHECK(esamina(r, smvp, OpzioniPunteggi{.spiegazioni = false}).rilievi == rilievi);
    Esaminatore esaminatore;
    CHECK(esaminatore.esamina(r, smvp, OpzioniPunteggi{.spiegazioni = false}).rilievi == rilievi);
    CHECK(esaminatore.esamina(r, smvp).rilievi == rilievi);
    // And the check run by hand, with no scores and the SMVP not yet known valid.
    const Controllo& riga = *std::find_if(catalogo_controlli().begin(), catalogo_controlli().end(), [](const Controllo& c) {
        return c.voce.codice == "DICHIARATO_DIVERSO_DAL_CALCOLATO";
    });
    std::vector<Rilievo> a_mano;
    Rilevatore rileva(riga.voce, a_mano);
    riga.esegui(IngressoControllo{r, &smvp}, rileva);
    std::sort(a_mano.begin(), a_mano.end(), [](const Rilievo& a, const Rilievo& b) { return a.messaggio < b.messaggio; });
    auto attesi = con_codice(rilievi, "DICHIARATO_DIVERSO_DAL_CALCOLATO");
    std::sort(attesi.begin(), attesi.end(), [](const Rilievo& a, const Rilievo& b) { return a.messaggio < b.messaggio; });
    CHECK(a_mano == attesi);
}

TEST_CASE("PESI_GRUPPO_INCOERENTI: a group's weights against its cap, the caps against the settore's weight") {
    Relazione r = pulita(); // settore a: a-1 15, a-2 15, peso 30
    r.settori[0].gruppi = std::vector<GruppoObiettivi>{{"gestionali", "Obiettivi gestionali", Peso::interi(10)},
                                                       {"innovazione", "Obiettivi di innovazione", Peso::interi(20)}};
    r.settori[0].obiettivi[0].gruppo = "gestionali";
    r.settori[0].obiettivi[1].gruppo = "innovazione";
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) ==
            Sintesi{"PESI_GRUPPO_INCOERENTI /settori/0/gruppi/0", "PESI_GRUPPO_INCOERENTI /settori/0/gruppi/1"});
    CHECK(rilievi[0].messaggio == "Settore a (responsabile Responsabile a), gruppo «Obiettivi gestionali»: il peso del "
                                  "suo obiettivo è 15, il peso massimo del gruppo è 10");
    CHECK(rilievi[1].messaggio == "Settore a (responsabile Responsabile a), gruppo «Obiettivi di innovazione»: il peso "
                                  "del suo obiettivo è 15, il peso massimo del gruppo è 20");
    // Caps that fit the weights: silent.
    (*r.settori[0].gruppi)[0].peso_massimo = Peso::interi(15);
    (*r.settori[0].gruppi)[1].peso_massimo = Peso::interi(15);
    CHECK(controlla(r).empty());
    // Caps summing to 30,01 against the settore's 30, each group right: one finding at the list.
    (*r.settori[0].gruppi)[1].peso_massimo = Peso::da_centesimi(15'01);
    r.settori[0].obiettivi[1].peso = Peso::da_centesimi(15'01);
    const auto tetti = con_codice(controlla(r), "PESI_GRUPPO_INCOERENTI");
    REQUIRE(sintesi(tetti) == Sintesi{"PESI_GRUPPO_INCOERENTI /settori/0/gruppi"});
    CHECK(tetti[0].messaggio ==
          "Settore a (responsabile Responsabile a): i pesi massimi dei gruppi sommano a 30,01, il peso del settore è 30,00");
    // An objective in a group the settore does not have.
    r = pulita();
    r.settori[0].gruppi = std::vector<GruppoObiettivi>{{"tutti", "", Peso::interi(30)}};
    r.settori[0].obiettivi[0].gruppo = "tutti";
    r.settori[0].obiettivi[1].gruppo = "altro";
    const auto altro = controlla(r);
    REQUIRE(sintesi(altro) ==
            Sintesi{"PESI_GRUPPO_INCOERENTI /settori/0/gruppi", "PESI_GRUPPO_INCOERENTI /settori/0/gruppi/0"});
    CHECK(altro[0].messaggio == "Obiettivo a-2 del settore a: il gruppo «altro» non è tra i gruppi del settore: il suo "
                                "peso non è in alcun gruppo");
}

TEST_CASE("GRADO_NON_VALIDATO_DAL_NDV: a self-assessed degree in a validated Relazione, not otherwise") {
    Relazione r = pulita();
    auto& vo = *r.valutazione_ndv->valutazioni_individuali->at(0).obiettivi;
    vo[0].fonte = FonteGrado::ndv;
    CHECK(controlla(r).empty());
    vo[1].fonte = FonteGrado::responsabile;
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"GRADO_NON_VALIDATO_DAL_NDV /valutazione_ndv/valutazioni_individuali/0/obiettivi/1"});
    CHECK(rilievi[0].gravita == Gravita::avviso);
    CHECK(rilievi[0].messaggio == "Valutazione dell'obiettivo a-2 del settore a: grado 80% attribuito dal responsabile "
                                  "(autovalutazione), non dal Nucleo di Valutazione: conta nel punteggio, ma la "
                                  "validazione non lo copre");
    // The degree still counts, and the explanation says who gave it.
    const auto p = calcola_punteggi(r, smvp_prova());
    CHECK(p[0].obiettivi[1].grado.grado == Percentuale::interi(80));
    CHECK(p[0].obiettivi[1].grado.spiegazione == "grado attribuito dal responsabile (autovalutazione): 80,00");
    // Not validated: the finding would say nothing the validation covered.
    r.valutazione_ndv->validazione->esito = EsitoValidazione::non_validata;
    CHECK(con_codice(controlla(r), "GRADO_NON_VALIDATO_DAL_NDV").empty());
}
