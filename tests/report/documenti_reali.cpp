// What real documents showed (issue 27): the report without the ente's SMVP,
// Italian number agreement, weights printed alike, single-term
// explanations, the deviations table. Each case is the smallest document
// that showed the problem.
#include "catch2.hpp"
#include "leggi.hpp"

#include "csv.hpp"
#include "html.hpp"
#include "markdown.hpp"

#include <perfpa/json.hpp>
#include <perfpa/report.hpp>

#include <algorithm>
#include <string>

using namespace perfpa;

// This file's names in a namespace of their own: the test executable is a unity build,
// its files compiled together (tests/CMakeLists.txt, PERFPA_UNITY_TESTS).
namespace prova_report_documenti_reali {

namespace {

const Smvp& smvp_esempio() {
    static const Smvp s = json::decodifica_smvp(perfpa_test::leggi_dati("smvp-esempio.json")).value();
    return s;
}

bool contiene(const std::string& testo, std::string_view parte) { return testo.find(parte) != std::string::npos; }

bool ha_codice(const std::vector<Rilievo>& v, std::string_view codice) {
    return std::any_of(v.begin(), v.end(), [&](const Rilievo& r) { return r.codice == codice; });
}

// One settore whose weight (35) is not the example SMVP's 30: PESI_COMPONENTI_INCOERENTI with the SMVP only.
Relazione con_peso_35() {
    return json::decodifica_relazione(R"({
      "formato": "perfpa.relazione/1", "anno": 2023,
      "ente": { "denominazione": "Comune di Prova", "tipo": "comune" },
      "settori": [ { "id": "s", "denominazione": "Dirigente", "responsabile": { "nome": "Anna Neri" },
        "peso": 35, "obiettivi": [
          { "id": "a", "descrizione": "Obiettivo A", "peso": 35, "indicatori": [
            { "descrizione": "Pratiche evase", "misura": "quantitativa", "valore_atteso": 200, "valore_realizzato": 200 } ] } ] } ]
    })").value();
}

} // namespace

TEST_CASE("without the ente's SMVP: no band, no share, no SMVP-only finding; the SMVP named either way") {
    const Relazione r = con_peso_35();
    const DatiReport con = prepara_report(r, smvp_esempio());
    const DatiReport senza = prepara_report_senza_smvp(r, smvp_esempio());
    CHECK(con.smvp_dell_ente);
    CHECK_FALSE(senza.smvp_dell_ente);
    // The findings that need the SMVP are there with it, not without (as `check` without --smvp).
    CHECK(ha_codice(con.settori[0].rilievi, "PESI_COMPONENTI_INCOERENTI"));
    CHECK_FALSE(ha_codice(senza.settori[0].rilievi, "PESI_COMPONENTI_INCOERENTI"));
    for (const auto& g : senza.rilievi) CHECK_FALSE(ha_codice(g.rilievi, "PESI_COMPONENTI_INCOERENTI"));
    // The figures that need no SMVP still show: the objective's degree and contribution.
    CHECK(senza.settori[0].obiettivi[0].grado.grado == Percentuale::interi(100));
    CHECK(senza.settori[0].punteggio.totale == con.settori[0].punteggio.totale);
    CHECK(senza.settori[0].punteggio.fascia.empty());
    CHECK_FALSE(con.settori[0].punteggio.fascia.empty());
    CHECK(senza.fasce.empty());

    const std::string m_con = esempi::report_markdown(con), m_senza = esempi::report_markdown(senza);
    CHECK(contiene(m_con, "> **Punteggi secondo lo SMVP «Sistema di valutazione (esempio)»**"));
    CHECK(contiene(m_con, ", fascia D (quota del premio"));
    CHECK(contiene(m_senza, "> **SMVP dell'ente non indicato: i punti seguono i pesi dello SMVP di esempio"));
    CHECK_FALSE(contiene(m_senza, "fascia D"));
    CHECK_FALSE(contiene(m_senza, "quota del premio 0%"));
    CHECK_FALSE(contiene(m_senza, "PESI_COMPONENTI_INCOERENTI"));
    const std::string h_con = esempi::report_html(con), h_senza = esempi::report_html(senza);
    CHECK(contiene(h_con, "<p class=\"smvp\"><b>Punteggi secondo lo SMVP «Sistema di valutazione (esempio)»</b>"));
    CHECK(contiene(h_senza, "<p class=\"smvp assente\"><b>SMVP dell&#39;ente non indicato"));
    CHECK_FALSE(contiene(h_senza, "quota premio"));
    CHECK_FALSE(contiene(h_senza, "PESI_COMPONENTI_INCOERENTI"));
    CHECK(contiene(h_con, "PESI_COMPONENTI_INCOERENTI"));
}

TEST_CASE("counts agree in number with 0, 1 and 2: settori, obligations, measures") {
    for (std::size_t n : {0, 1, 2}) {
        INFO(n);
        DatiReport d;
        d.rilievi = {{Gravita::errore, {}}, {Gravita::violazione, {}}, {Gravita::avviso, {}}};
        d.settori.resize(n);
        TrasparenzaReport t;
        t.obblighi = t.monitorati = t.pubblicati = n;
        d.trasparenza = t;
        AnticorruzioneReport a;
        a.misure = a.attuate = n;
        d.anticorruzione = a;
        const std::string h = esempi::report_html(d), m = esempi::report_markdown(d);
        const std::string k = std::to_string(n);
        if (n == 1) {
            CHECK(contiene(h, "<b>1</b><span>settore valutato</span>"));
            CHECK(contiene(h, "<b>1</b> obbligo di pubblicazione assolto su 1 (1 monitorato)."));
            CHECK(contiene(h, "<b>1</b> misura di prevenzione della corruzione attuata su 1."));
            CHECK(contiene(m, "1 obbligo di pubblicazione, 1 monitorato, 1 pubblicato."));
            CHECK(contiene(m, "1 misura attuata su 1."));
        } else {
            CHECK(contiene(h, "<b>" + k + "</b><span>settori valutati</span>"));
            CHECK(contiene(h, "<b>" + k + "</b> obblighi di pubblicazione assolti su " + k + " (" + k + " monitorati)."));
            CHECK(contiene(h, "<b>" + k + "</b> misure di prevenzione della corruzione attuate su " + k + "."));
            CHECK(contiene(m, k + " obblighi di pubblicazione, " + k + " monitorati, " + k + " pubblicati."));
            CHECK(contiene(m, k + " misure attuate su " + k + "."));
        }
    }
    CHECK(perfpa::detail::quanti(0, "settore valutato", "settori valutati") == "0 settori valutati");
    CHECK(perfpa::detail::quanti(1, "settore valutato", "settori valutati") == "1 settore valutato");
    CHECK(perfpa::detail::quanti(2, "settore valutato", "settori valutati") == "2 settori valutati");
}

TEST_CASE("a settore's weights are printed alike: 4,00 beside 0,39; the CSV always has two decimals") {
    Relazione r = con_peso_35();
    r.settori[0].peso = Peso::da_centesimi(4'39);
    r.settori[0].obiettivi[0].peso = Peso::interi(4);
    Obiettivo b = r.settori[0].obiettivi[0];
    b.id = "b";
    b.peso = Peso::da_centesimi(39);
    r.settori[0].obiettivi.push_back(b);
    const DatiReport d = prepara_report(r, smvp_esempio());
    const std::string m = esempi::report_markdown(d);
    CHECK(contiene(m, "| a | Obiettivo A | 4,00 |"));
    CHECK(contiene(m, "| b | Obiettivo A | 0,39 |"));
    CHECK(contiene(m, "Peso degli obiettivi 4,39."));
    const std::string h = esempi::report_html(d);
    CHECK(contiene(h, "<td class=\"n\">4,00</td>"));
    CHECK_FALSE(contiene(h, "<td class=\"n\">4</td>"));
    // Whole weights stay whole: Leverano's "10", "6".
    r.settori[0].peso = Peso::interi(10);
    r.settori[0].obiettivi[1].peso = Peso::interi(6);
    CHECK(contiene(esempi::report_markdown(prepara_report(r, smvp_esempio())), "| a | Obiettivo A | 4 |"));
    // The CSV's number columns: hundredths, two decimals always.
    CHECK(esempi::csv::numero(9'80) == "9,80");
    CHECK(esempi::csv::numero(6'00) == "6,00");
    CHECK(esempi::csv::numero(-1'50) == "-1,50");
    CHECK(esempi::csv::numero(123'456'78) == "123456,78");
    CHECK(contiene(esempi::report_csv(d), ";4,00;100,00;valutato;"));
}

TEST_CASE("a single term reads naturally: one objective, one area") {
    Relazione r = con_peso_35();
    const DatiReport d = prepara_report(r, smvp_esempio());
    const auto& righe = d.settori[0].spiegazione;
    CHECK(std::find(righe.begin(), righe.end(), "obiettivi individuali: 100 × 30 / 100 = 30,00") != righe.end());
    // One area with no value: its degree times the weight, not "(0) / 1 × 40 / 100".
    r.performance_organizzativa = PerformanceOrganizzativa{};
    Ambito a;
    a.id = "servizi";
    a.denominazione = "Servizi";
    Indicatore i;
    i.descrizione = "Tempi medi";
    i.misura = Misura::quantitativa;
    i.valore_atteso = Valore{Decimale::interi(30)};
    a.indicatori = std::vector<Indicatore>{i};
    r.performance_organizzativa->ambiti = std::vector<Ambito>{a};
    const std::string s = componente_organizzativa(r, smvp_esempio()).componente.spiegazione;
    INFO(s);
    CHECK(s.rfind("performance organizzativa: 0 × 40 / 100 = 0,00 [servizi: non valutato (conta 0)", 0) == 0);
    // Two objectives still show the weighted mean.
    Obiettivo b = r.settori[0].obiettivi[0];
    b.id = "b";
    r.settori[0].obiettivi.push_back(b);
    r.settori[0].obiettivi[0].peso = Peso::interi(20);
    r.settori[0].obiettivi[1].peso = Peso::interi(15);
    const auto due = prepara_report(r, smvp_esempio()).settori[0].spiegazione;
    CHECK(std::find(due.begin(), due.end(), "obiettivi individuali: (20×100 + 15×100) / 35 × 30 / 100 = 30,00") !=
          due.end());
}

TEST_CASE("one area of one judged degree: no mean of one term") {
    Relazione r = con_peso_35();
    r.performance_organizzativa = PerformanceOrganizzativa{};
    Ambito a;
    a.id = "servizi";
    a.denominazione = "Servizi";
    Indicatore i;
    i.descrizione = "Pratiche";
    i.misura = Misura::quantitativa;
    i.valore_atteso = Valore{Decimale::interi(10)};
    i.valore_realizzato = Valore{Decimale::interi(5)};
    a.indicatori = std::vector<Indicatore>{i};
    r.performance_organizzativa->ambiti = std::vector<Ambito>{a};
    const std::string s = componente_organizzativa(r, smvp_esempio()).componente.spiegazione;
    INFO(s);
    CHECK(s.rfind("performance organizzativa: 50 × 40 / 100 = 20,00 [servizi: ", 0) == 0);
}

TEST_CASE("the deviations table: an objective with one indicator once; every indicator that zeroed an area") {
    Relazione r = con_peso_35();
    r.settori[0].obiettivi[0].indicatori[0].valore_realizzato = Valore{Decimale::interi(150)};
    r.performance_organizzativa = PerformanceOrganizzativa{};
    Ambito a;
    a.id = "servizi";
    a.denominazione = "Servizi";
    Indicatore con_valori, senza_valore;
    con_valori.descrizione = "Pratiche";
    con_valori.misura = Misura::quantitativa;
    con_valori.valore_atteso = Valore{Decimale::interi(10)};
    con_valori.valore_realizzato = Valore{Decimale::interi(10)};
    senza_valore.descrizione = "Tempi medi";
    senza_valore.misura = Misura::quantitativa;
    senza_valore.valore_atteso = Valore{Decimale::interi(30)};
    a.indicatori = std::vector<Indicatore>{con_valori, senza_valore};
    Ambito giudicato = a; // an area the NdV judged: its indicators without a value did not zero it
    giudicato.id = "giudicato";
    r.performance_organizzativa->ambiti = std::vector<Ambito>{a, giudicato};
    r.valutazione_ndv = ValutazioneNdV{};
    r.valutazione_ndv->giudizi_ambiti = std::vector<GiudizioAmbito>{{"giudicato", Giudizio::raggiunto, {}}};
    const DatiReport d = prepara_report(r, smvp_esempio());
    const auto& x = d.scostamenti;
    REQUIRE(x.size() == 4);
    // The objective and its only indicator: one row, the indicator's values, the objective's degree.
    CHECK(x[0].percorso == "/settori/0/obiettivi/0");
    CHECK(x[0].indicatore == "Pratiche evase");
    CHECK(x[0].grado == Percentuale::interi(75));
    CHECK(x[0].differenza == Decimale::interi(-50));
    // The area without a degree: both its indicators, the one with no value too.
    CHECK(x[1].percorso == "/performance_organizzativa/ambiti/0/indicatori/0");
    CHECK(x[2].percorso == "/performance_organizzativa/ambiti/0/indicatori/1");
    CHECK(x[2].stato == StatoValutazione::non_valutato);
    CHECK_FALSE(x[2].realizzato);
    CHECK(x[2].atteso);
    // The judged area: only the indicator with both values.
    CHECK(x[3].percorso == "/performance_organizzativa/ambiti/1/indicatori/0");
    const std::string m = esempi::report_markdown(d);
    CHECK(contiene(m, "| Performance organizzativa | Servizi | Tempi medi | 30 | — | — | non valutato | non valutato |"));
}

TEST_CASE("the constraints' table cites what the findings cite: the year's rule, the document's own") {
    Relazione r = con_peso_35();
    VincoliFinanza v;
    v.equilibri_bilancio = EquilibriBilancio{2017, false, {}, {}, {}, {}};
    v.tetto_spesa_personale = TettoSpesaPersonale{2017, false, {}, {}, "art. 1 c.557-quater L. 296/2006"};
    r.vincoli_finanza = v;
    const DatiReport d = prepara_report(r, smvp_esempio());
    REQUIRE(d.vincoli.size() == 2);
    CHECK(d.vincoli[0].norma == "art. 9 L. 243/2012; art. 1 c.463 ss. L. 232/2016");
    CHECK(d.vincoli[1].norma == "art. 1 c.557-quater L. 296/2006");
    std::size_t violazioni = 0;
    for (const VincoloReport& x : d.vincoli)
        for (const Rilievo& y : x.rilievi)
            if (y.gravita == Gravita::violazione) {
                CHECK(y.norma == x.norma);
                ++violazioni;
            }
    CHECK(violazioni == 2);
    r.vincoli_finanza->equilibri_bilancio->anno = 2019;
    CHECK(prepara_report(r, smvp_esempio()).vincoli[0].norma == "art. 1 c.821 L. 145/2018");
}

TEST_CASE("ciclo.md §7–9 fields: both decoders agree, the encoder gives the text back, the report groups") {
    const std::string testo = R"({"formato":"perfpa.relazione/1","anno":2023,)"
                              R"("ente":{"denominazione":"Comune di Prova","tipo":"comune"},)"
                              R"("settori":[{"id":"s","denominazione":"Dirigente","responsabile":{"nome":"Anna Neri"},)"
                              R"("peso":30,"obiettivi":[)"
                              R"({"id":"a","descrizione":"A","peso":10,"indicatori":[{"descrizione":"x","misura":"binaria","valore_atteso":true}],"punti_dichiarati":9.5,"gruppo":"g1"},)"
                              R"({"id":"b","descrizione":"B","peso":20,"indicatori":[{"descrizione":"y","misura":"binaria","valore_atteso":true}],"gruppo":"g2"}],)"
                              R"("punteggi_dichiarati":{"obiettivi_individuali":27.5,"totale":77.5},"grado_dichiarato":77.5,)"
                              R"("gruppi":[{"id":"g1","denominazione":"Obiettivi gestionali","peso_massimo":10},)"
                              R"({"id":"g2","denominazione":"Obiettivi di innovazione","peso_massimo":20}]}],)"
                              R"("valutazione_ndv":{"organo":"nucleo_di_valutazione","valutazioni_individuali":[{"settore":"s","obiettivi":[)"
                              R"({"obiettivo":"a","grado_raggiungimento":80,"fonte":"responsabile"},)"
                              R"({"obiettivo":"b","grado_raggiungimento":100,"fonte":"ndv"}]}]}})";
    const auto flusso = json::decodifica<Relazione>(testo);
    const auto dom = json::decodifica_dom<Relazione>(testo);
    REQUIRE(flusso);
    REQUIRE(dom);
    CHECK(*flusso == *dom);
    const Relazione& r = *flusso;
    CHECK(r.settori[0].grado_dichiarato == Percentuale::da_centesimi(77'50));
    CHECK(r.settori[0].punteggi_dichiarati->totale == Punti::da_centesimi(77'50));
    CHECK_FALSE(r.settori[0].punteggi_dichiarati->comportamenti);
    CHECK(r.settori[0].obiettivi[0].punti_dichiarati == Punti::da_centesimi(9'50));
    CHECK(r.settori[0].gruppi->at(1).peso_massimo == Peso::interi(20));
    CHECK(r.valutazione_ndv->valutazioni_individuali->at(0).obiettivi->at(0).fonte == FonteGrado::responsabile);
    // Byte-stable: encode, decode, encode again.
    const std::string una = json::codifica(r);
    CHECK(json::codifica(json::decodifica<Relazione>(una).value()) == una);
    CHECK(json::decodifica<Relazione>(una).value() == r);
    // A wrong value is refused with its pointer, by both decoders alike.
    std::string guasto = testo;
    guasto.replace(guasto.find(R"("fonte":"responsabile")"), 22, R"("fonte":"dirigente")");
    const auto e1 = json::decodifica<Relazione>(guasto);
    const auto e2 = json::decodifica_dom<Relazione>(guasto);
    REQUIRE_FALSE(e1);
    REQUIRE_FALSE(e2);
    CHECK(e1.error().errori[0].percorso == "/valutazione_ndv/valutazioni_individuali/0/obiettivi/0/fonte");
    CHECK(e1.error().testo() == e2.error().testo());

    const DatiReport d = prepara_report(r, smvp_esempio());
    const std::string m = esempi::report_markdown(d);
    CHECK(contiene(m, "**Obiettivi gestionali: fino a 10, assegnati 10**\n\n| Obiettivo |"));
    CHECK(contiene(m, "**Obiettivi di innovazione: fino a 20, assegnati 20**"));
    CHECK(m.find("Obiettivi gestionali: fino") < m.find("| a | A |"));
    CHECK(m.find("| a | A |") < m.find("Obiettivi di innovazione: fino"));
    CHECK(contiene(m, "| a | A | 10 | — | 80% (autovalutazione) |"));
    CHECK(contiene(m, "grado attribuito dal responsabile (autovalutazione): 80,00"));
    const std::string h = esempi::report_html(d);
    CHECK(contiene(h, "<tr class=\"gruppo\"><th colspan=\"5\">Obiettivi gestionali: fino a 10, assegnati 10</th></tr>"));
    // The declared degree is checked: (10×80 + 20×100) / 30 = 93,33 against 77,50.
    CHECK(contiene(m, "grado degli obiettivi dichiarato 77,50%, calcolato 93,33% = (10×80 + 20×100) / 30"));
}

} // namespace prova_report_documenti_reali
