// prepara_report: what a report shows of the Leverano 2023 Relazione (the
// figures checked by hand against the seed and rules.md) and of small
// documents built for one rule each.
#include "catch2.hpp"
#include "leggi.hpp"

#include <perfpa/json.hpp>
#include <perfpa/report.hpp>

#include <algorithm>
#include <string>

using namespace perfpa;

// This file's names in a namespace of their own: the test executable is a unity build,
// its files compiled together (tests/CMakeLists.txt, PERFPA_UNITY_TESTS).
namespace prova_report_prepara {

namespace {

const Smvp& smvp_esempio() {
    static const Smvp s = json::decodifica_smvp(perfpa_test::leggi_dati("smvp-esempio.json")).value();
    return s;
}

const DatiReport& leverano() {
    static const DatiReport d = prepara_report(
        json::decodifica_relazione(perfpa_test::leggi_dati("leverano-2023.json")).value(),
        smvp_esempio());
    return d;
}

const SettoreReport& settore(const DatiReport& d, std::string_view id) {
    auto it = std::find_if(d.settori.begin(), d.settori.end(), [&](const SettoreReport& s) { return s.id == id; });
    REQUIRE(it != d.settori.end());
    return *it;
}

bool ha_codice(const std::vector<Rilievo>& v, std::string_view codice) {
    return std::any_of(v.begin(), v.end(), [&](const Rilievo& r) { return r.codice == codice; });
}

// A small valid Relazione: one settore of two objectives, weights 20 + 10.
Relazione piccola() {
    return json::decodifica_relazione(R"({
      "formato": "perfpa.relazione/1", "anno": 2023,
      "ente": { "denominazione": "Comune di Prova", "tipo": "comune", "popolazione": 5000 },
      "settori": [ { "id": "s", "denominazione": "Settore Unico", "responsabile": { "nome": "Anna Neri" },
        "peso": 30, "anno_obiettivi": 2023, "obiettivi": [
          { "id": "a", "descrizione": "Obiettivo A", "peso": 20, "indicatori": [
            { "descrizione": "Pratiche evase", "misura": "quantitativa", "valore_atteso": 200, "valore_realizzato": 150 } ] },
          { "id": "b", "descrizione": "Obiettivo B", "peso": 10, "indicatori": [
            { "descrizione": "Relazione", "misura": "qualitativa", "valore_atteso": "Relazione consegnata" } ] } ] } ],
      "vincoli_finanza": { "anno_riferimento": 2023,
        "tetto_spesa_personale": { "rispettato": true, "spesa": "1200000.00", "limite": "1100000.00" } },
      "valutazione_ndv": { "organo": "nucleo_di_valutazione", "validazione": { "esito": "validata", "data": "2024-06-10" },
        "valutazioni_individuali": [ { "settore": "s", "comportamenti": 25,
          "obiettivi": [ { "obiettivo": "b", "grado_raggiungimento": 60 } ] } ] }
    })").value();
}

} // namespace

TEST_CASE("Leverano: the ente, the year and one entry per settore in document order") {
    const DatiReport& d = leverano();
    CHECK(d.anno == 2023);
    CHECK(d.ente.denominazione == "Comune di Leverano");
    REQUIRE(d.settori.size() == 8);
    CHECK(d.settori.front().id == "programmazione-controllo");
    CHECK(d.settori.back().id == "tecnico");
    CHECK(d.smvp == "Sistema di valutazione (esempio)");
    REQUIRE(d.fasce.size() == 4);
    CHECK(d.fasce.front().nome == "A"); // highest band first
    CHECK(d.fasce.back().da == Punti{});
}

TEST_CASE("Leverano: scores are 40 + 0 + not evaluated, band D, incomplete") {
    // Organisational: valore_realizzato 40 of peso 40 → 40 × 40 / 40 = 40,00 for every settore.
    // Individual: the seed has no result for any objective → each counts 0 → 0,00.
    // Behaviours: the NdV gives no points → not evaluated.
    for (const SettoreReport& s : leverano().settori) {
        INFO(s.id);
        CHECK(s.punteggio.performance_organizzativa.punti == Punti::interi(40));
        CHECK(s.punteggio.obiettivi_individuali.punti == Punti{});
        CHECK_FALSE(s.punteggio.comportamenti.punti.has_value());
        CHECK(s.punteggio.totale == Punti::interi(40));
        CHECK(s.punteggio.fascia == "D");
        CHECK_FALSE(s.punteggio.completo);
        CHECK(s.spiegazione.size() == 5 + s.obiettivi.size());
        for (const ObiettivoReport& o : s.obiettivi) CHECK(o.grado.stato == StatoValutazione::non_valutato);
    }
}

TEST_CASE("Leverano: the Assetto del Territorio weights sum to 36, not 30, and the settore carries the error") {
    const SettoreReport& s = settore(leverano(), "assetto-territorio");
    CHECK(s.peso == Peso::interi(30));
    CHECK(s.somma_pesi == Peso::interi(36));
    CHECK(ha_codice(s.rilievi, "PESI_SETTORE_INCOERENTI"));
    CHECK(ha_codice(settore(leverano(), "agricoltura").rilievi, "ANNO_INCOERENTE"));
    CHECK_FALSE(ha_codice(settore(leverano(), "tecnico").rilievi, "PESI_SETTORE_INCOERENTI"));
    for (const Rilievo& r : s.rilievi) CHECK(r.percorso.rfind("/settori/5", 0) == 0);
}

TEST_CASE("Leverano: findings grouped by severity: one error, no violation") {
    const auto& g = leverano().rilievi;
    REQUIRE(g.size() == 3);
    CHECK(g[0].gravita == Gravita::errore);
    CHECK(g[1].gravita == Gravita::violazione);
    CHECK(g[2].gravita == Gravita::avviso);
    REQUIRE(g[0].rilievi.size() == 1);
    CHECK(g[0].rilievi[0].codice == "PESI_SETTORE_INCOERENTI");
    CHECK(g[1].rilievi.empty());
    CHECK(ha_codice(g[2].rilievi, "ANNO_VINCOLO_INCOERENTE"));
    for (const auto& gruppo : g)
        for (const Rilievo& r : gruppo.rilievi) CHECK(r.gravita == gruppo.gravita);
}

TEST_CASE("Leverano: areas with the NdV's judgments") {
    REQUIRE(leverano().performance_organizzativa);
    const auto& po = *leverano().performance_organizzativa;
    CHECK(po.componente.punti == Punti::interi(40));
    REQUIRE(po.ambiti.size() == 6);
    CHECK(po.ambiti[0].id == "equilibri-bilancio");
    CHECK(po.ambiti[0].giudizio == Giudizio::pienamente_raggiunto);
    CHECK(po.ambiti[2].giudizio == Giudizio::raggiunto);
    CHECK(po.ambiti[2].grado.grado == Percentuale::interi(100)); // raggiunto = 100 in the example SMVP
    CHECK(po.ambiti[3].commento.value_or("").find("scorso anno") != std::string::npos);
}

TEST_CASE("an OIV's Relazione: the areas' and the deviations' explanations name the OIV") {
    Relazione r = json::decodifica_relazione(perfpa_test::leggi_dati("leverano-2023.json")).value();
    REQUIRE(r.valutazione_ndv);
    r.valutazione_ndv->organo = OrganoValutazione::oiv;
    r.settori[0].obiettivi[0].indicatori.clear(); // so the NdV's degree decides, and names its author
    r.valutazione_ndv->valutazioni_individuali = std::vector<ValutazioneIndividuale>{
        {r.settori[0].id, std::vector<ValutazioneObiettivo>{{r.settori[0].obiettivi[0].id, Percentuale::interi(70), {}, {}, {}}},
         {}}};
    const Smvp& s = json::decodifica_smvp(perfpa_test::leggi_dati("smvp-esempio.json")).value();
    const DatiReport d = prepara_report(r, s);
    REQUIRE(d.performance_organizzativa);
    CHECK(d.performance_organizzativa->ambiti[0].grado.spiegazione.find("giudizio dell'OIV") != std::string::npos);
    bool scostamento_oiv = false;
    for (const auto& x : d.scostamenti) scostamento_oiv = scostamento_oiv || x.spiegazione.find("dall'OIV") != std::string::npos;
    CHECK(scostamento_oiv);
    for (const auto& a : d.performance_organizzativa->ambiti) CHECK(a.grado.spiegazione.find("Nucleo") == std::string::npos);
}

TEST_CASE("Leverano: deviations: every objective (none has a result), then the two area indicators") {
    const auto& x = leverano().scostamenti;
    std::size_t obiettivi = 0;
    for (const auto& s : leverano().settori) obiettivi += s.obiettivi.size();
    REQUIRE(obiettivi == 41);
    REQUIRE(x.size() == obiettivi + 2);
    CHECK(x[0].tipo == TipoScostamento::obiettivo);
    CHECK(x[0].percorso == "/settori/0/obiettivi/0");
    CHECK(x[0].stato == StatoValutazione::non_valutato);
    CHECK(x[0].elemento == "programmazione-controllo-1 — Sostegno alle attività sportive presenti sul territorio");
    for (std::size_t i = 0; i < obiettivi; ++i) CHECK(x[i].tipo == TipoScostamento::obiettivo);
    // Payment delay: expected ≤ 0 days, achieved −18 (decreasing is better) → in line, difference −18.
    const auto& ritardo = x[obiettivi];
    CHECK(ritardo.tipo == TipoScostamento::indicatore_ambito);
    CHECK(ritardo.percorso == "/performance_organizzativa/ambiti/2/indicatori/0");
    CHECK(ritardo.differenza == Decimale::interi(-18));
    CHECK(ritardo.favorevole);
    // Separate collection: 75,49 % against 65 % → +10,49, degree 100.
    const auto& differenziata = x[obiettivi + 1];
    CHECK(differenziata.differenza == Decimale::da_milionesimi(10'490'000));
    CHECK(differenziata.grado == Percentuale::interi(100));
    CHECK(differenziata.stato == StatoValutazione::valutato);
    CHECK(differenziata.favorevole);
}

TEST_CASE("Leverano: constraints with their own years and outcomes") {
    const auto& v = leverano().vincoli;
    REQUIRE(v.size() == 5);
    CHECK(v[0].voce == "Equilibri di bilancio");
    CHECK(v[0].anno == 2022); // the row copied from the year before
    CHECK(v[0].esito == EsitoVincolo::rispettato);
    REQUIRE(v[0].cifre.size() == 1);
    CHECK(std::get<Importo>(v[0].cifre[0].valore) == Importo::da_centesimi(19'691'29));
    CHECK(testo_cifra(v[0].cifre[0]) == "19.691,29 €");
    // The 2022 comes from vincoli_finanza.anno_riferimento: the finding is on the block of constraints.
    CHECK(ha_codice(leverano().rilievi[2].rilievi, "ANNO_VINCOLO_INCOERENTE"));
    CHECK(v[3].voce == "Parametri di deficitarietà strutturale");
    CHECK(testo_cifra(v[3].cifre[0]) == "0 su 8");
    CHECK(v[3].esito == EsitoVincolo::rispettato);
    CHECK(v[4].anno == 2023);
    CHECK(testo_cifra(v[4].cifre[0]) == "-18 giorni");
    CHECK(v[4].esito == EsitoVincolo::rispettato);
}

TEST_CASE("Leverano: transparency and anti-corruption summaries") {
    REQUIRE(leverano().trasparenza);
    CHECK(leverano().trasparenza->obblighi == 9);
    CHECK(leverano().trasparenza->pubblicati == 9);
    REQUIRE(leverano().anticorruzione);
    CHECK(leverano().anticorruzione->misure == 4);
    CHECK(leverano().anticorruzione->attuate <= leverano().anticorruzione->misure);
}

TEST_CASE("A small Relazione: contributions, an NdV degree below 100, a declared constraint contradicted") {
    const DatiReport d = prepara_report(piccola(), smvp_esempio());
    REQUIRE(d.settori.size() == 1);
    const SettoreReport& s = d.settori[0];
    // a: 100 × 150 / 200 = 75 %; b: the NdV's 60 %.
    REQUIRE(s.obiettivi.size() == 2);
    CHECK(s.obiettivi[0].grado.grado == Percentuale::interi(75));
    CHECK(s.obiettivi[1].grado.grado == Percentuale::interi(60));
    // Contributions: 30 × 20 × 75 / (100 × 30) = 15,00 and 30 × 10 × 60 / (100 × 30) = 6,00.
    CHECK(s.obiettivi[0].contributo == Punti::interi(15));
    CHECK(s.obiettivi[1].contributo == Punti::interi(6));
    // Total: organisational not evaluated (no data) 0 + 21 + 25 = 46.
    CHECK(s.punteggio.totale == Punti::interi(46));
    CHECK(s.punteggio.fascia == "D");
    // Deviations in document order: objective a at 75 with its only indicator, 150 against 200, in one
    // row (not the objective and then the same indicator again); objective b at 60 (its qualitative
    // indicator is represented by the objective's row).
    REQUIRE(d.scostamenti.size() == 2);
    CHECK(d.scostamenti[0].tipo == TipoScostamento::obiettivo);
    CHECK(d.scostamenti[0].percorso == "/settori/0/obiettivi/0");
    CHECK(d.scostamenti[0].grado == Percentuale::interi(75));
    CHECK(d.scostamenti[0].indicatore == "Pratiche evase");
    CHECK(d.scostamenti[0].differenza == Decimale::interi(-50));
    CHECK_FALSE(d.scostamenti[0].favorevole);
    CHECK(d.scostamenti[1].tipo == TipoScostamento::obiettivo);
    CHECK(d.scostamenti[1].percorso == "/settori/0/obiettivi/1");
    CHECK(d.scostamenti[1].grado == Percentuale::interi(60));
    // Declared respected, but the spending exceeds the cap: the checks decide.
    REQUIRE(d.vincoli.size() == 1);
    CHECK(d.vincoli[0].esito == EsitoVincolo::non_rispettato);
    CHECK(ha_codice(d.vincoli[0].rilievi, "TETTO_SPESA_PERSONALE_SUPERATO"));
    REQUIRE(d.validazione);
    CHECK(d.validazione->esito == EsitoValidazione::validata);
    CHECK_FALSE(d.performance_organizzativa);
    CHECK_FALSE(d.trasparenza);
}

TEST_CASE("Italian labels of the enums and values") {
    CHECK(etichetta(Giudizio::parzialmente_raggiunto) == "parzialmente raggiunto");
    CHECK(etichetta(StatoValutazione::non_valutato) == "non valutato");
    CHECK(etichetta(EsitoVincolo::non_rispettato) == "non rispettato");
    CHECK(etichetta(Gravita::violazione) == "Violazioni");
    CHECK(etichetta(OrganoValutazione::oiv) == "OIV");
    CHECK(testo_valore(Valore{true}) == "sì");
    CHECK(testo_valore(Valore{Decimale::da_milionesimi(75'490'000)}, std::string("%")) == "75,49%");
    CHECK(testo_valore(Valore{Decimale::interi(-18)}, std::string("giorni")) == "-18 giorni");
    CHECK(testo_valore(Valore{std::string("testo")}) == "testo");
}

} // namespace prova_report_prepara
