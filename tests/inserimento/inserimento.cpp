// Tests of perfpa/inserimento.hpp: look-ups by id, find-or-create of the
// NdV's entries, each setter, and what they refuse.
#include "catch2.hpp"
#include "leggi.hpp"

#include <perfpa/checks.hpp>
#include <perfpa/inserimento.hpp>
#include <perfpa/json.hpp>
#include <perfpa/model/verifica.hpp>
#include <perfpa/scoring.hpp>

#include <stdexcept>
#include <string>

using namespace perfpa;

namespace {
Relazione leverano() { return json::decodifica_relazione(perfpa_test::leggi_dati("leverano-2023.json")).value(); }
} // namespace

TEST_CASE("look-ups by id of settore and objective and area give null when absent") {
    Relazione r = leverano();
    REQUIRE(trova_settore(r, "assetto-territorio") != nullptr);
    CHECK(trova_settore(r, "assetto-territorio")->peso == Peso::interi(30));
    CHECK(trova_settore(r, "nessuno") == nullptr);
    const Relazione& cr = r;
    const Settore* s = trova_settore(cr, "assetto-territorio");
    REQUIRE(s != nullptr);
    REQUIRE(trova_obiettivo(*s, "assetto-territorio-1") != nullptr);
    CHECK(trova_obiettivo(*s, "assetto-territorio-1")->peso == Peso::interi(6));
    CHECK(trova_obiettivo(*s, "tecnico-1") == nullptr); // an objective of another settore
    REQUIRE((r.performance_organizzativa && r.performance_organizzativa->ambiti));
    const std::string primo = r.performance_organizzativa->ambiti->front().id;
    CHECK(trova_ambito(cr, primo) == &r.performance_organizzativa->ambiti->front());
    CHECK(trova_ambito(cr, "nessuno") == nullptr);
    CHECK(valutazione_settore(cr, "assetto-territorio") == nullptr); // Leverano has no individual evaluations
}

TEST_CASE("imposta_grado: one objective's degree from a data-entry screen in one call") {
    Relazione r = leverano();
    CHECK_FALSE(r.valutazione_ndv->valutazioni_individuali);
    imposta_grado(r, "assetto-territorio", "assetto-territorio-2", Percentuale::da_centesimi(75'49));
    const ValutazioneObiettivo* v = valutazione_obiettivo(r, "assetto-territorio", "assetto-territorio-2");
    REQUIRE(v != nullptr);
    CHECK(v->grado_raggiungimento == Percentuale::da_centesimi(75'49));
    CHECK_FALSE(v->neutralizzato);
    // Again: the same entry, not a second one (which the check VALUTAZIONE_DUPLICATA would report).
    imposta_grado(r, "assetto-territorio", "assetto-territorio-2", Percentuale::interi(80));
    imposta_grado(r, "assetto-territorio", "assetto-territorio-1", Percentuale::interi(100));
    REQUIRE(r.valutazione_ndv->valutazioni_individuali->size() == 1);
    const auto& obiettivi = *r.valutazione_ndv->valutazioni_individuali->front().obiettivi;
    REQUIRE(obiettivi.size() == 2);
    CHECK(obiettivi[0].obiettivo == "assetto-territorio-2");
    CHECK(obiettivi[0].grado_raggiungimento == Percentuale::interi(80));
    // The document stays valid, and the degrees count in the score.
    CHECK(errori_modello_completo(r).empty());
    const Smvp smvp = json::decodifica_smvp(perfpa_test::leggi_dati("smvp-esempio.json")).value();
    const auto p = calcola_punteggi(r, smvp);
    // The other four objectives are qualitative and not judged: they count 0.
    bool trovato = false;
    for (const auto& x : p)
        if (x.settore == "assetto-territorio") {
            trovato = true;
            CHECK(x.obiettivi_individuali.punti == Punti::interi(9)); // (6×100 + 6×80) / 36 × 30 / 100
        }
    CHECK(trovato);
}

TEST_CASE("neutralizza and imposta_grado replace each other and a blank reason is refused") {
    Relazione r = leverano();
    neutralizza(r, "tecnico", "tecnico-1", "Bando regionale non pubblicato nell'anno");
    const ValutazioneObiettivo* v = valutazione_obiettivo(r, "tecnico", "tecnico-1");
    REQUIRE(v != nullptr);
    CHECK(v->neutralizzato == true);
    CHECK(v->motivazione == "Bando regionale non pubblicato nell'anno");
    CHECK_FALSE(v->grado_raggiungimento);
    imposta_grado(r, "tecnico", "tecnico-1", Percentuale::interi(50));
    CHECK_FALSE(v->neutralizzato);
    CHECK_FALSE(v->motivazione);
    CHECK(v->grado_raggiungimento == Percentuale::interi(50));
    neutralizza(r, "tecnico", "tecnico-1", "alluvione");
    CHECK_FALSE(v->grado_raggiungimento);
    CHECK_THROWS_WITH(neutralizza(r, "tecnico", "tecnico-1", " \t"), "neutralizzazione senza motivazione");
    CHECK(v->motivazione == "alluvione"); // unchanged by the refused call
    CHECK(errori_modello_completo(r).empty());
}

TEST_CASE("comportamenti and giudizio on an area and validazione") {
    Relazione r = leverano();
    imposta_comportamenti(r, "polizia-locale", Punti::da_centesimi(27'50));
    REQUIRE(valutazione_settore(r, "polizia-locale") != nullptr);
    CHECK(valutazione_settore(r, "polizia-locale")->comportamenti == Punti::da_centesimi(27'50));
    const std::string ambito = r.performance_organizzativa->ambiti->back().id;
    imposta_giudizio(r, ambito, Giudizio::parzialmente_raggiunto, "commento del Nucleo");
    REQUIRE(giudizio_ambito(r, ambito) != nullptr);
    CHECK(giudizio_ambito(r, ambito)->giudizio == Giudizio::parzialmente_raggiunto);
    CHECK(giudizio_ambito(r, ambito)->commento == "commento del Nucleo");
    const auto giudizi = r.valutazione_ndv->giudizi_ambiti->size();
    imposta_giudizio(r, ambito, Giudizio::raggiunto); // the same entry; the comment stays
    CHECK(r.valutazione_ndv->giudizi_ambiti->size() == giudizi);
    CHECK(giudizio_ambito(r, ambito)->giudizio == Giudizio::raggiunto);
    CHECK(giudizio_ambito(r, ambito)->commento == "commento del Nucleo");
    imposta_validazione(r, EsitoValidazione::validata, Data::da_testo("2024-06-28").value());
    CHECK(r.valutazione_ndv->validazione == Validazione{EsitoValidazione::validata, Data::da_testo("2024-06-28").value()});
    // Leverano's only avviso about validation is gone.
    for (const Rilievo& x : controlla(r)) CHECK(x.codice != "VALIDAZIONE_ASSENTE");
    CHECK(errori_modello_completo(r).empty());
}

TEST_CASE("find-or-create creates the blocks around an entry") {
    Relazione r;
    r.anno = 2023;
    r.ente.denominazione = "Comune di Prova";
    r.settori.emplace_back().id = "s";
    r.settori[0].obiettivi.emplace_back().id = "o";
    ValutazioneObiettivo& v = voce_ndv_obiettivo(r, "s", "o");
    CHECK(v.obiettivo == "o");
    REQUIRE(r.valutazione_ndv);
    CHECK(r.valutazione_ndv->organo == OrganoValutazione::nucleo_di_valutazione);
    REQUIRE(r.valutazione_ndv->valutazioni_individuali);
    CHECK(r.valutazione_ndv->valutazioni_individuali->front().settore == "s");
    CHECK(&voce_ndv_obiettivo(r, "s", "o") == &v);
}

TEST_CASE("an id the Relazione does not have or a value out of range is refused") {
    Relazione r = leverano();
    const Relazione prima = r;
    CHECK_THROWS_WITH(imposta_grado(r, "nessuno", "x", Percentuale::interi(50)),
                      "settore \"nessuno\" inesistente nella Relazione");
    CHECK_THROWS_WITH(imposta_grado(r, "tecnico", "assetto-territorio-1", Percentuale::interi(50)),
                      "obiettivo \"assetto-territorio-1\" inesistente nel settore \"tecnico\"");
    CHECK_THROWS_WITH(imposta_grado(r, "tecnico", "tecnico-1", Percentuale::interi(101)),
                      "grado di raggiungimento fuori intervallo (0–100)");
    CHECK_THROWS_WITH(imposta_grado(r, "tecnico", "tecnico-1", Percentuale::da_centesimi(-1)),
                      "grado di raggiungimento fuori intervallo (0–100)");
    CHECK_THROWS_WITH(imposta_comportamenti(r, "tecnico", Punti::interi(150)),
                      "punti dei comportamenti fuori intervallo (0–100)");
    CHECK_THROWS_WITH(imposta_comportamenti(r, "nessuno", Punti::interi(10)), "settore \"nessuno\" inesistente nella Relazione");
    CHECK_THROWS_WITH(imposta_giudizio(r, "nessuno", Giudizio::raggiunto),
                      "ambito \"nessuno\" inesistente nella performance organizzativa");
    CHECK_THROWS_AS(neutralizza(r, "tecnico", "nessuno", "motivo"), std::invalid_argument);
    CHECK(r == prima); // nothing was created by a refused call
}
