// The machine-readable outputs of rules.md ("Machine-readable outputs"):
// perfpa.rilievi/1, perfpa.punteggi/1 and perfpa.premi/1 as exact text, the
// "documento" member of batch mode, escaping, a component not evaluated as
// null, and an independent parser (Boost.JSON's) reading the documented keys
// in the documented order. The expected texts are written out by hand.
#include "catch2.hpp"
#include "leggi.hpp"

#include <perfpa/json.hpp>
#include <perfpa/scoring.hpp>

#include <boost/json.hpp>

#include <stdexcept>
#include <string>
#include <vector>

using namespace perfpa;

namespace {

std::vector<std::string> chiavi(const boost::json::object& o) {
    std::vector<std::string> out;
    for (const auto& kv : o) out.emplace_back(kv.key());
    return out;
}

std::vector<Rilievo> due_rilievi() {
    return {{"PESI_SETTORE_INCOERENTI", Gravita::errore, "/settori/0",
             "Settore Tecnico: i pesi degli obiettivi sommano a 31, il peso del settore è 30", ""},
            {"OBBLIGO_TRASPARENZA_NON_ASSOLTO", Gravita::violazione, "/trasparenza/obblighi/0",
             "Obbligo di pubblicazione «Bilanci»: monitorato ma non pubblicato", "D.Lgs. 33/2013"}};
}

// Two heads: the first with behaviours not evaluated (null) and a half point,
// the second complete, with 0 behaviour points (a number, not null), a
// hundredth, and no explanations (as with OpzioniPunteggi{.spiegazioni = false}).
std::vector<PunteggioSettore> due_punteggi() {
    PunteggioSettore a;
    a.settore = "tecnico";
    a.responsabile = "Maria Rossi";
    a.performance_organizzativa = {Punti::interi(40), "performance organizzativa: 40,00"};
    a.obiettivi_individuali = {Punti::da_centesimi(2750), "obiettivi individuali: 27,50"};
    a.comportamenti = {std::nullopt, "comportamenti: non valutati (conta 0)"};
    a.totale = Punti::da_centesimi(6750);
    a.fascia = "C";
    a.quota_premio = Percentuale::interi(60);
    a.completo = false;
    PunteggioSettore b;
    b.settore = "finanze";
    b.responsabile = "Luca Bianchi";
    b.performance_organizzativa = {Punti::interi(40), ""};
    b.obiettivi_individuali = {Punti::da_centesimi(5), ""};
    b.comportamenti = {Punti{}, ""};
    b.totale = Punti::da_centesimi(4005);
    b.fascia = "D";
    b.quota_premio = Percentuale{};
    b.completo = true;
    return {a, b};
}

Ripartizione ripartizione_di_prova() {
    return {{{"tecnico", Importo::da_centesimi(609'756)}, {"finanze", Importo::da_centesimi(390'244)}},
            Importo::da_centesimi(0), {}};
}

} // namespace

// ---- perfpa.rilievi/1 ---------------------------------------------------

TEST_CASE("codifica_rilievi: the exact text of perfpa.rilievi/1, keys in the documented order") {
    CHECK(json::codifica_rilievi(due_rilievi()) ==
          R"~({"formato":"perfpa.rilievi/1","rilievi":[)~"
          R"~({"codice":"PESI_SETTORE_INCOERENTI","gravita":"errore","percorso":"/settori/0",)~"
          R"~("messaggio":"Settore Tecnico: i pesi degli obiettivi sommano a 31, il peso del settore è 30","norma":""},)~"
          R"~({"codice":"OBBLIGO_TRASPARENZA_NON_ASSOLTO","gravita":"violazione","percorso":"/trasparenza/obblighi/0",)~"
          R"~("messaggio":"Obbligo di pubblicazione «Bilanci»: monitorato ma non pubblicato","norma":"D.Lgs. 33/2013"}]})~");
    CHECK(json::codifica_rilievi(std::vector<Rilievo>{}) == R"~({"formato":"perfpa.rilievi/1","rilievi":[]})~");
}

TEST_CASE("codifica_rilievi: documento, as the command-line tool writes it in batch mode") {
    const std::vector<Rilievo> nessuno;
    CHECK(json::codifica_rilievi(nessuno, "-:2") == R"~({"formato":"perfpa.rilievi/1","documento":"-:2","rilievi":[]})~");
    const std::string percorso = "dati/relazione 2023.json";
    CHECK(json::codifica_rilievi(nessuno, percorso) ==
          R"~({"formato":"perfpa.rilievi/1","documento":"dati/relazione 2023.json","rilievi":[]})~");
    // A Windows path with a quote in a name, and a non-ASCII letter.
    CHECK(json::codifica_rilievi(nessuno, "C:\\dati\\\"città\".json") ==
          R"~({"formato":"perfpa.rilievi/1","documento":"C:\\dati\\\"città\".json","rilievi":[]})~");
}

TEST_CASE("codifica_rilievi: strings escaped as JSON requires, UTF-8 kept as it is") {
    Rilievo r{"X", Gravita::avviso, "/a~1b/c~0d", "Settore \"Tecnico\"\\ Lavori:\tè «ok»\r\n\b\f\x01\x1f fine", "art. 1"};
    const std::string testo = json::codifica_rilievi({r});
    CHECK(testo == R"~({"formato":"perfpa.rilievi/1","rilievi":[{"codice":"X","gravita":"avviso","percorso":"/a~1b/c~0d",)~"
                   R"~("messaggio":"Settore \"Tecnico\"\\ Lavori:\tè «ok»\r\n\b\f\u0001\u001f fine","norma":"art. 1"}]})~");
    // "è" and "«" are their UTF-8 bytes, never \u escapes.
    CHECK(testo.find("\xC3\xA8") != std::string::npos);
    CHECK(testo.find("\\u00e8") == std::string::npos);
    // An independent parser gives back the original string.
    const auto v = boost::json::parse(testo);
    CHECK(v.at("rilievi").at(0).at("messaggio").as_string() == r.messaggio);
}

TEST_CASE("codifica_rilievi: parsed, the documented keys and types") {
    const auto v = boost::json::parse(json::codifica_rilievi(due_rilievi(), "a.json"));
    const auto& o = v.as_object();
    CHECK(chiavi(o) == std::vector<std::string>{"formato", "documento", "rilievi"});
    CHECK(o.at("formato").as_string() == "perfpa.rilievi/1");
    CHECK(o.at("documento").as_string() == "a.json");
    const auto& rilievi = o.at("rilievi").as_array();
    REQUIRE(rilievi.size() == 2);
    for (const auto& x : rilievi)
        CHECK(chiavi(x.as_object()) == std::vector<std::string>{"codice", "gravita", "percorso", "messaggio", "norma"});
    CHECK(rilievi[1].at("gravita").as_string() == "violazione");
    CHECK(rilievi[1].at("norma").as_string() == "D.Lgs. 33/2013");
}

TEST_CASE("codifica_rilievi: the overload with a buffer appends") {
    std::string out = "prima\n";
    json::codifica_rilievi(out, std::vector<Rilievo>{}, "x");
    CHECK(out == "prima\n" R"~({"formato":"perfpa.rilievi/1","documento":"x","rilievi":[]})~");
}

// ---- perfpa.punteggi/1 --------------------------------------------------

TEST_CASE("codifica_punteggi: the exact text of perfpa.punteggi/1, null for a component not evaluated") {
    CHECK(json::codifica_punteggi(due_punteggi()) ==
          R"~({"formato":"perfpa.punteggi/1","settori":[)~"
          R"~({"settore":"tecnico","responsabile":"Maria Rossi","performance_organizzativa":40,)~"
          R"~("obiettivi_individuali":27.5,"comportamenti":null,"totale":67.5,"fascia":"C","quota_premio":60,)~"
          R"~("completo":false,"spiegazione":["performance organizzativa: 40,00","obiettivi individuali: 27,50",)~"
          R"~("comportamenti: non valutati (conta 0)","totale: 40,00 + 27,50 + 0,00 = 67,50",)~"
          R"~("fascia: C (quota del premio 60%); valutazione incompleta"]},)~"
          R"~({"settore":"finanze","responsabile":"Luca Bianchi","performance_organizzativa":40,)~"
          R"~("obiettivi_individuali":0.05,"comportamenti":0,"totale":40.05,"fascia":"D","quota_premio":0,)~"
          R"~("completo":true,"spiegazione":["","","","totale: 40,00 + 0,05 + 0,00 = 40,05",)~"
          R"~("fascia: D (quota del premio 0%)"]}]})~");
    CHECK(json::codifica_punteggi(std::vector<PunteggioSettore>{}) == R"~({"formato":"perfpa.punteggi/1","settori":[]})~");
}

TEST_CASE("codifica_punteggi: documento, and strings escaped") {
    std::vector<PunteggioSettore> p(1);
    p[0].settore = "s\"1\"";
    p[0].responsabile = "Dott.ssa Nicolò D'Amico\t(ad interim)";
    p[0].fascia = "A\\B";
    const std::string testo = json::codifica_punteggi(p, "-:4");
    CHECK(testo.starts_with(R"~({"formato":"perfpa.punteggi/1","documento":"-:4","settori":[)~"
                            R"~({"settore":"s\"1\"","responsabile":"Dott.ssa Nicolò D'Amico\t(ad interim)",)~"
                            R"~("performance_organizzativa":null,"obiettivi_individuali":null,"comportamenti":null,)~"
                            R"~("totale":0,"fascia":"A\\B","quota_premio":0,"completo":false,"spiegazione":[)~"));
    const auto v = boost::json::parse(testo);
    CHECK(v.at("settori").at(0).at("responsabile").as_string() == p[0].responsabile);
    CHECK(v.at("settori").at(0).at("fascia").as_string() == "A\\B");
}

TEST_CASE("codifica_punteggi: parsed, the documented keys, points as numbers, not evaluated as null") {
    const auto v = boost::json::parse(json::codifica_punteggi(due_punteggi(), "b.json"));
    const auto& o = v.as_object();
    CHECK(chiavi(o) == std::vector<std::string>{"formato", "documento", "settori"});
    CHECK(o.at("formato").as_string() == "perfpa.punteggi/1");
    const auto& settori = o.at("settori").as_array();
    REQUIRE(settori.size() == 2);
    for (const auto& s : settori)
        CHECK(chiavi(s.as_object()) ==
              std::vector<std::string>{"settore", "responsabile", "performance_organizzativa", "obiettivi_individuali",
                                       "comportamenti", "totale", "fascia", "quota_premio", "completo",
                                       "spiegazione"});
    const auto& a = settori[0];
    CHECK(a.at("comportamenti").is_null());
    CHECK(a.at("obiettivi_individuali").as_double() == 27.5);
    CHECK(a.at("totale").as_double() == 67.5);
    CHECK(a.at("performance_organizzativa").to_number<double>() == 40);
    CHECK(a.at("completo").as_bool() == false);
    const auto& b = settori[1];
    CHECK_FALSE(b.at("comportamenti").is_null()); // 0 points given, not "no evaluation"
    CHECK(b.at("comportamenti").to_number<double>() == 0);
    CHECK(b.at("totale").is_double()); // 40.05: the text is pinned above; Boost 1.81's parser may round it
    // The explanation is perfpa::spiegazione, line by line.
    const auto righe = spiegazione(due_punteggi()[0]);
    const auto& letto = a.at("spiegazione").as_array();
    REQUIRE(letto.size() == righe.size());
    for (std::size_t i = 0; i < righe.size(); ++i) CHECK(letto[i].as_string() == righe[i]);
}

TEST_CASE("codifica_punteggi: on a scored document, what `perfpa score --json` prints (tests/cli)") {
    const auto r = json::decodifica_relazione(perfpa_test::leggi(std::string(PERFPA_TEST_DIR) + "/cli/data/pulita.json"));
    const auto smvp = json::decodifica_smvp(perfpa_test::leggi_dati("smvp-esempio.json"));
    REQUIRE(r.has_value());
    REQUIRE(smvp.has_value());
    const std::string testo = json::codifica_punteggi(calcola_punteggi(*r, *smvp));
    CHECK(testo.starts_with(
        R"~({"formato":"perfpa.punteggi/1","settori":[{"settore":"tecnico","responsabile":"Maria Rossi",)~"
        R"~("performance_organizzativa":null,"obiettivi_individuali":30,"comportamenti":null,"totale":30,"fascia":"D",)~"
        R"~("quota_premio":0,"completo":false,"spiegazione":["performance organizzativa: non valutata (conta 0))~"));
    CHECK(testo.find(R"~("obiettivi individuali: 100 × 30 / 100 = 30,00")~") != std::string::npos);
    CHECK(testo.ends_with("]}]}"));
}

// ---- perfpa.premi/1 -----------------------------------------------------

TEST_CASE("codifica_ripartizione: the exact text of perfpa.premi/1, amounts as strings with two decimals") {
    CHECK(json::codifica_ripartizione(ripartizione_di_prova(), due_punteggi(), Importo::euro(10'000)) ==
          R"~({"formato":"perfpa.premi/1","fondo":"10000.00","assegnazioni":[)~"
          R"~({"settore":"tecnico","responsabile":"Maria Rossi","importo":"6097.56"},)~"
          R"~({"settore":"finanze","responsabile":"Luca Bianchi","importo":"3902.44"}],"non_distribuito":"0.00"})~");
    CHECK(json::codifica_ripartizione(Ripartizione{{}, Importo::da_centesimi(50), {}}, {}, Importo::da_centesimi(50)) ==
          R"~({"formato":"perfpa.premi/1","fondo":"0.50","assegnazioni":[],"non_distribuito":"0.50"})~");
}

TEST_CASE("codifica_ripartizione: documento, and strings escaped") {
    auto punteggi = due_punteggi();
    punteggi[0].responsabile = "Maria \"Mariella\" Rossi\n";
    CHECK(json::codifica_ripartizione(ripartizione_di_prova(), punteggi, Importo::euro(10'000), "-:1") ==
          R"~({"formato":"perfpa.premi/1","documento":"-:1","fondo":"10000.00","assegnazioni":[)~"
          R"~({"settore":"tecnico","responsabile":"Maria \"Mariella\" Rossi\n","importo":"6097.56"},)~"
          R"~({"settore":"finanze","responsabile":"Luca Bianchi","importo":"3902.44"}],"non_distribuito":"0.00"})~");
}

TEST_CASE("codifica_ripartizione: parsed, the documented keys") {
    const auto v = boost::json::parse(
        json::codifica_ripartizione(ripartizione_di_prova(), due_punteggi(), Importo::euro(10'000), "c.json"));
    const auto& o = v.as_object();
    CHECK(chiavi(o) == std::vector<std::string>{"formato", "documento", "fondo", "assegnazioni", "non_distribuito"});
    CHECK(o.at("formato").as_string() == "perfpa.premi/1");
    CHECK(o.at("fondo").as_string() == "10000.00");
    CHECK(o.at("non_distribuito").as_string() == "0.00");
    const auto& a = o.at("assegnazioni").as_array();
    REQUIRE(a.size() == 2);
    for (const auto& x : a) CHECK(chiavi(x.as_object()) == std::vector<std::string>{"settore", "responsabile", "importo"});
    CHECK(a[1].at("responsabile").as_string() == "Luca Bianchi");
    CHECK(a[1].at("importo").as_string() == "3902.44");
}

TEST_CASE("codifica_ripartizione: the responsabile follows the settore's id, not the position") {
    auto punteggi = due_punteggi();
    std::swap(punteggi[0], punteggi[1]);
    const std::string testo = json::codifica_ripartizione(ripartizione_di_prova(), punteggi, Importo::euro(10'000));
    CHECK(testo.find(R"~({"settore":"tecnico","responsabile":"Maria Rossi","importo":"6097.56"})~") != std::string::npos);
    CHECK(testo.find(R"~({"settore":"finanze","responsabile":"Luca Bianchi","importo":"3902.44"})~") != std::string::npos);
    // A split of another document: refused, the buffer left as it was.
    punteggi.pop_back();
    std::string out = "prima";
    CHECK_THROWS_AS(json::codifica_ripartizione(out, ripartizione_di_prova(), punteggi, Importo::euro(10'000)),
                    std::invalid_argument);
    CHECK(out == "prima");
    try {
        (void)json::codifica_ripartizione(ripartizione_di_prova(), punteggi, Importo::euro(10'000));
    } catch (const std::invalid_argument& e) {
        CHECK(std::string(e.what()).find("nessun punteggio per il settore \"tecnico\"") != std::string::npos);
    }
}

TEST_CASE("codifica_ripartizione: on a scored document, what `perfpa premi --json` prints (tests/cli)") {
    const auto r = json::decodifica_relazione(perfpa_test::leggi(std::string(PERFPA_TEST_DIR) + "/cli/data/premi.json"));
    const auto smvp = json::decodifica_smvp(perfpa_test::leggi_dati("smvp-esempio.json"));
    REQUIRE(r.has_value());
    REQUIRE(smvp.has_value());
    const auto fondo = Importo::euro(10'000);
    const auto esito = ripartisci_premi(*r, *smvp, fondo);
    REQUIRE(esito.has_value());
    CHECK(json::codifica_ripartizione(*esito, calcola_punteggi(*r, *smvp), fondo) ==
          R"~({"formato":"perfpa.premi/1","fondo":"10000.00","assegnazioni":[)~"
          R"~({"settore":"tecnico","responsabile":"Maria Rossi","importo":"6097.56"},)~"
          R"~({"settore":"finanze","responsabile":"Luca Bianchi","importo":"3902.44"}],"non_distribuito":"0.00"})~");
}
