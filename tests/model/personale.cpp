// The staff document (`perfpa.personale/1`) and the SMVP's blocks for the
// staff (personale.md §1–2): decoded by both decoders alike, encoded back
// byte for byte, and every malformed variant refused with its pointer.
#include "catch2.hpp"
#include "leggi.hpp"

#include <perfpa/json.hpp>
#include <perfpa/json/schema.hpp>
#include <perfpa/model/verifica.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

using namespace perfpa;

// This file's names in a namespace of their own: the test executable is a unity build,
// its files compiled together (tests/CMakeLists.txt, PERFPA_UNITY_TESTS).
namespace prova_model_personale {

namespace {

// The example of personale.md §1, in the encoder's normal form.
const std::string personale_esempio =
    R"({"formato":"perfpa.personale/1","anno":2024,"ente":"Comune di Monteprova","dipendenti":[)"
    R"({"id":"0042","nome":"Maria Bianchi","categoria":"istruttore","part_time":50,"assegnazioni":[)"
    R"({"settore":"servizi-sociali","dal":"2024-01-01","al":"2024-06-30"},)"
    R"({"settore":"affari-generali","dal":"2024-07-01","al":"2024-12-31"}],)"
    R"("obiettivi":[{"id":"0042-archivio","descrizione":"Riordino dell'archivio","peso":60,"grado_raggiungimento":80},)"
    R"({"obiettivo":"servizi-sociali-2","peso":40}],)"
    R"("comportamenti":[{"comportamento":"collaborazione","punteggio":4},{"comportamento":"autonomia","punteggio":3.5}],)"
    R"("valutazione":{"valutatore":"Responsabile del Settore Servizi Sociali","data":"2025-02-20"},)"
    R"("autovalutazione":{"comportamenti":[{"comportamento":"collaborazione","punteggio":5}]},)"
    R"("contraddittorio":{"stato":"concluso","data":"2025-03-10",)"
    R"("obiettivi":[{"obiettivo":"servizi-sociali-2","grado_raggiungimento":90}],)"
    R"("comportamenti":[{"comportamento":"autonomia","punteggio":4}]}},)"
    R"({"id":"0043","categoria":"elevata_qualificazione","assegnazioni":[)"
    R"({"settore":"affari-generali","dal":"2023-11-01","al":"2025-01-31"}],"obiettivi":[]}]})";

// The SMVP of format.md with the blocks of personale.md §2.
const std::string smvp_con_profili =
    R"({"formato":"perfpa.smvp/1",)"
    R"("pesi":{"performance_organizzativa":40,"obiettivi_individuali":30,"comportamenti":30},)"
    R"("giudizi":{"pienamente_raggiunto":100,"raggiunto":100,"parzialmente_raggiunto":50,"non_raggiunto":0},)"
    R"("fasce":[{"nome":"A","da":90,"quota_premio":100},{"nome":"D","da":0,"quota_premio":0}],)"
    R"("comportamenti":[{"id":"collaborazione","descrizione":"Collaborazione e lavoro di gruppo"},)"
    R"({"id":"autonomia","descrizione":"Autonomia e iniziativa"},)"
    R"({"id":"leadership","descrizione":"Capacità di guida e di valutazione dei collaboratori"}],)"
    R"("scala_comportamenti":{"minimo":1,"massimo":5},"giorni_minimi_valutazione":60,"profili":[)"
    R"({"id":"dipendenti","categorie":["funzionario","istruttore","operatore_esperto","operatore"],)"
    R"("pesi":{"performance_organizzativa":20,"obiettivi_individuali":40,"comportamenti":40},)"
    R"("pesi_comportamenti":[{"comportamento":"collaborazione","peso":50},{"comportamento":"autonomia","peso":50}]},)"
    R"({"id":"eq","categorie":["elevata_qualificazione"],)"
    R"("pesi":{"performance_organizzativa":30,"obiettivi_individuali":40,"comportamenti":30},)"
    R"("pesi_comportamenti":[{"comportamento":"leadership","peso":60},{"comportamento":"autonomia","peso":40}],)"
    R"("fasce":[{"nome":"A","da":90,"quota_premio":100},{"nome":"B","da":0,"quota_premio":50}]}]})";

std::string sostituisci(std::string testo, std::string_view da, std::string_view a) {
    const auto p = testo.find(da);
    if (p == std::string::npos || testo.find(da, p + 1) != std::string::npos)
        throw std::logic_error("sostituisci: \"" + std::string(da) + "\" non compare una sola volta");
    return testo.replace(p, da.size(), a);
}

template <class R>
std::string testo_di(const R& r) {
    return r ? std::string("(nessun errore)\n") : r.error().testo();
}

struct Caso {
    const char* nome;
    std::string documento;
    std::vector<ErroreDecodifica> attesi;
};

template <class T>
void verifica_tabella(const std::vector<Caso>& casi) {
    for (const Caso& c : casi) {
        DYNAMIC_SECTION(c.nome) {
            CAPTURE(c.documento);
            std::string attesi;
            for (const auto& e : c.attesi) attesi += e.testo() + "\n";
            if (attesi.empty()) attesi = "(nessun errore)\n";
            // The streaming decoder and the DOM reference alike.
            CHECK(testo_di(json::decodifica<T>(c.documento)) == attesi);
            CHECK(testo_di(json::decodifica_dom<T>(c.documento)) == attesi);
        }
    }
}

} // namespace

TEST_CASE("personale: the example decodes to the values written") {
    auto r = json::decodifica_personale(personale_esempio);
    INFO(testo_di(r));
    REQUIRE(r.has_value());
    const Personale& p = *r;
    CHECK(p.anno == 2024);
    REQUIRE(p.dipendenti.size() == 2);
    const Dipendente& d = p.dipendenti[0];
    CHECK(d.categoria == Categoria::istruttore);
    CHECK(d.part_time == Percentuale::interi(50));
    REQUIRE(d.assegnazioni.size() == 2);
    CHECK(d.assegnazioni[1].dal == Data::da_parti(2024, 7, 1).value());
    REQUIRE(d.obiettivi);
    CHECK(!(*d.obiettivi)[0].riferimento());
    CHECK((*d.obiettivi)[0].grado_raggiungimento == Percentuale::interi(80));
    CHECK((*d.obiettivi)[1].riferimento());
    CHECK((*d.obiettivi)[1].peso == Peso::interi(40));
    CHECK(d.comportamenti->at(1).punteggio == Punti::da_centesimi(350));
    CHECK(d.contraddittorio->stato == StatoContraddittorio::concluso);
    CHECK(d.contraddittorio->obiettivi->at(0).obiettivo == "servizi-sociali-2");
    // Absent and empty stay apart: no `obiettivi` is not `"obiettivi": []`.
    CHECK(!p.dipendenti[1].nome);
    CHECK(!p.dipendenti[1].part_time);
    REQUIRE(p.dipendenti[1].obiettivi);
    CHECK(p.dipendenti[1].obiettivi->empty());
    CHECK(!p.dipendenti[1].comportamenti);
}

TEST_CASE("personale: decode and encode round trip byte for byte, both decoders agreeing") {
    for (const std::string* testo : {&personale_esempio}) {
        auto dom = json::decodifica_dom<Personale>(*testo);
        auto flusso = json::decodifica<Personale>(*testo);
        REQUIRE(dom.has_value());
        REQUIRE(flusso.has_value());
        CHECK(*dom == *flusso);
        CHECK(json::codifica(*flusso) == *testo);
        const std::string indentato = json::codifica(*flusso, {.indentazione = 2});
        auto riletto = json::decodifica_personale(indentato);
        REQUIRE(riletto.has_value());
        CHECK(*riletto == *flusso);
        CHECK(json::codifica(*riletto, {.indentazione = 2}) == indentato);
        CHECK(errori_modello_completo(*flusso).empty());
    }
    auto s = json::decodifica_smvp(smvp_con_profili);
    INFO(testo_di(s));
    REQUIRE(s.has_value());
    auto s_dom = json::decodifica_dom<Smvp>(smvp_con_profili);
    REQUIRE(s_dom.has_value());
    CHECK(*s == *s_dom);
    CHECK(json::codifica(*s) == smvp_con_profili);
    CHECK(errori_modello(*s).empty());
    REQUIRE(s->profili);
    CHECK(s->profili->at(1).categorie == std::vector<Categoria>{Categoria::elevata_qualificazione});
    CHECK(s->profili->at(1).fasce->at(1).quota_premio == Percentuale::interi(50));
    CHECK(s->giorni_minimi_valutazione == 60);
    CHECK(s->scala_comportamenti->massimo == Punti::interi(5));
}

TEST_CASE("personale: an SMVP without the staff's blocks encodes as before") {
    const std::string testo = perfpa_test::leggi(std::string(PERFPA_DATA_DIR) + "/smvp-esempio.json");
    auto s = json::decodifica_smvp(testo);
    REQUIRE(s.has_value());
    CHECK(!s->comportamenti);
    CHECK(!s->profili);
    CHECK(json::codifica(*s, {.indentazione = 2}) + "\n" == testo);
}

TEST_CASE("personale: malformed staff documents, each with its pointer and message") {
    const std::string& d = personale_esempio;
    const std::string p0 = "/dipendenti/0", p1 = "/dipendenti/1";
    verifica_tabella<Personale>({
        {"another version", sostituisci(d, "perfpa.personale/1", "perfpa.personale/2"),
         {{"/formato", R"(versione del formato non supportata: atteso "perfpa.personale/1", trovato "perfpa.personale/2")"}}},
        {"the Relazione's formato", sostituisci(d, "perfpa.personale/1", "perfpa.relazione/1"),
         {{"/formato", R"(atteso "perfpa.personale/1", trovato "perfpa.relazione/1")"}}},
        {"a year out of range", sostituisci(d, R"("anno":2024)", R"("anno":1800)"),
         {{"/anno", "atteso un anno tra 1900 e 9999, trovato 1800"}}},
        {"ente missing", sostituisci(d, R"("ente":"Comune di Monteprova",)", ""),
         {{"/ente", "campo obbligatorio mancante"}}},
        {"unknown category", sostituisci(d, R"("categoria":"istruttore")", R"("categoria":"impiegato")"),
         {{p0 + "/categoria",
           "atteso uno tra dirigente, segretario, elevata_qualificazione, funzionario, istruttore, "
           R"(operatore_esperto, operatore; trovato la stringa "impiegato")"}}},
        {"assignment ending before it starts",
         sostituisci(d, R"("dal":"2024-07-01","al":"2024-12-31")", R"("dal":"2024-07-01","al":"2024-06-30")"),
         {{p0 + "/assegnazioni/1/al", "la fine dell'assegnazione (30.06.2024) precede il suo inizio (01.07.2024)"}}},
        {"assignment of one day is valid",
         sostituisci(d, R"("dal":"2024-07-01","al":"2024-12-31")", R"("dal":"2024-07-01","al":"2024-07-01")"), {}},
        {"no assignment",
         sostituisci(d, R"("assegnazioni":[{"settore":"affari-generali","dal":"2023-11-01","al":"2025-01-31"}])",
                     R"("assegnazioni":[])"),
         {{p1 + "/assegnazioni", "attesa almeno un'assegnazione a un settore, trovate 0"}}},
        {"part time 0", sostituisci(d, R"("part_time":50)", R"("part_time":0)"),
         {{p0 + "/part_time", "atteso un numero maggiore di 0 e al massimo 100, trovato 0"}}},
        {"part time above 100", sostituisci(d, R"("part_time":50)", R"("part_time":100.5)"),
         {{p0 + "/part_time", "atteso un numero tra 0 e 100, trovato 100.5"}}},
        {"part time 0 beside a missing assignment: both reported",
         sostituisci(sostituisci(d, R"("part_time":50)", R"("part_time":0)"),
                     R"("assegnazioni":[{"settore":"affari-generali","dal":"2023-11-01","al":"2025-01-31"}])",
                     R"("assegnazioni":[])"),
         {{p0 + "/part_time", "atteso un numero maggiore di 0 e al massimo 100, trovato 0"},
          {p1 + "/assegnazioni", "attesa almeno un'assegnazione a un settore, trovate 0"}}},
        {"own objective and reference mixed",
         sostituisci(d, R"({"obiettivo":"servizi-sociali-2","peso":40})",
                     R"({"id":"x","obiettivo":"servizi-sociali-2","peso":40})"),
         {{p0 + "/obiettivi/1/id", R"(un riferimento a un obiettivo della Relazione ("obiettivo") non ha "id": )"
                                   R"(è proprio solo di un obiettivo del dipendente)"}}},
        {"a reference with its own degree",
         sostituisci(d, R"({"obiettivo":"servizi-sociali-2","peso":40})",
                     R"({"obiettivo":"servizi-sociali-2","peso":40,"grado_raggiungimento":50})"),
         {{p0 + "/obiettivi/1/grado_raggiungimento",
           R"(un riferimento a un obiettivo della Relazione ("obiettivo") non ha "grado_raggiungimento": )"
           R"(è proprio solo di un obiettivo del dipendente)"}}},
        {"neither form", sostituisci(d, R"({"obiettivo":"servizi-sociali-2","peso":40})", R"({"peso":40})"),
         {{p0 + "/obiettivi/1", R"(attesi "id" e "descrizione" (un obiettivo del dipendente) oppure "obiettivo" )"
                                R"((un riferimento a un obiettivo della Relazione), non trovati)"}}},
        {"own objective without a description",
         sostituisci(d, R"("descrizione":"Riordino dell'archivio",)", ""),
         {{p0 + "/obiettivi/0", R"(atteso "descrizione" per l'obiettivo del dipendente, non trovato)"}}},
        {"negative weight", sostituisci(d, R"("servizi-sociali-2","peso":40)", R"("servizi-sociali-2","peso":-1)"),
         {{p0 + "/obiettivi/1/peso", "atteso un numero ≥ 0, trovato -1"}}},
        {"degree above 100", sostituisci(d, R"("grado_raggiungimento":80)", R"("grado_raggiungimento":100.01)"),
         {{p0 + "/obiettivi/0/grado_raggiungimento", "atteso un numero tra 0 e 100, trovato 100.01"}}},
        {"a score with three decimals",
         sostituisci(d, R"("punteggio":3.5)", R"("punteggio":3.505)"),
         {{p0 + "/comportamenti/1/punteggio",
           "atteso un numero tra 0 e 100, trovato 3.505 (al massimo 2 decimali)"}}},
        {"unknown key in a behaviour", sostituisci(d, R"("punteggio":3.5)", R"("punteggio":3.5,"nota":"x")"),
         {{p0 + "/comportamenti/1/nota", R"(chiave sconosciuta "nota")"}}},
        {"unknown review state", sostituisci(d, R"("stato":"concluso")", R"("stato":"chiuso")"),
         {{p0 + "/contraddittorio/stato", R"(atteso uno tra aperto, concluso; trovato la stringa "chiuso")"}}},
        {"an open review with revised values", sostituisci(d, R"("stato":"concluso")", R"("stato":"aperto")"),
         {{p0 + "/contraddittorio/obiettivi",
           R"(un contraddittorio aperto non ha ancora valori rivisti: attesi solo quando "stato" è "concluso")"},
          {p0 + "/contraddittorio/comportamenti",
           R"(un contraddittorio aperto non ha ancora valori rivisti: attesi solo quando "stato" è "concluso")"}}},
        {"a revision naming both forms",
         sostituisci(d, R"([{"obiettivo":"servizi-sociali-2","grado_raggiungimento":90}])",
                     R"([{"id":"0042-archivio","obiettivo":"servizi-sociali-2","grado_raggiungimento":90}])"),
         {{p0 + "/contraddittorio/obiettivi/0/obiettivo",
           R"(attesi "id" (un obiettivo del dipendente) oppure "obiettivo" (un riferimento a un obiettivo della )"
           R"(Relazione), non entrambi)"}}},
        {"a revision without its degree",
         sostituisci(d, R"({"obiettivo":"servizi-sociali-2","grado_raggiungimento":90})",
                     R"({"obiettivo":"servizi-sociali-2"})"),
         {{p0 + "/contraddittorio/obiettivi/0/grado_raggiungimento", "campo obbligatorio mancante"}}},
    });
}

TEST_CASE("personale: malformed SMVP profiles, each with its pointer and message") {
    const std::string& s = smvp_con_profili;
    const std::string q0 = "/profili/0", q1 = "/profili/1";
    verifica_tabella<Smvp>({
        {"profile weights not summing to 100",
         sostituisci(s, R"({"performance_organizzativa":20,"obiettivi_individuali":40,"comportamenti":40})",
                     R"({"performance_organizzativa":20,"obiettivi_individuali":40,"comportamenti":39.5})"),
         {{q0 + "/pesi", R"(i pesi del profilo "dipendenti" devono sommare a 100, sommano a 99,5)"}}},
        {"a category in two profiles",
         sostituisci(s, R"("categorie":["elevata_qualificazione"])", R"("categorie":["elevata_qualificazione","operatore"])"),
         {{q1 + "/categorie/1", R"(la categoria "operatore" è già nel profilo "dipendenti": ogni categoria ha un profilo solo)"}}},
        {"a category twice in one profile",
         sostituisci(s, R"("categorie":["elevata_qualificazione"])",
                     R"("categorie":["elevata_qualificazione","elevata_qualificazione"])"),
         {{q1 + "/categorie/1",
           R"(la categoria "elevata_qualificazione" è già nel profilo "eq": ogni categoria ha un profilo solo)"}}},
        {"a behaviour not in the catalogue",
         sostituisci(s, R"({"comportamento":"leadership","peso":60})", R"({"comportamento":"guida","peso":60})"),
         {{q1 + "/pesi_comportamenti/0/comportamento",
           R"(il comportamento "guida" non è nel catalogo "comportamenti" dello SMVP)"}}},
        {"behaviour weights summing to 0",
         sostituisci(s, R"([{"comportamento":"leadership","peso":60},{"comportamento":"autonomia","peso":40}])",
                     R"([{"comportamento":"leadership","peso":0}])"),
         {{q1 + "/pesi_comportamenti",
           R"(i pesi dei comportamenti del profilo "eq" sommano a 0: almeno uno deve essere maggiore di 0)"}}},
        {"no behaviour weight at all",
         sostituisci(s, R"([{"comportamento":"leadership","peso":60},{"comportamento":"autonomia","peso":40}])", "[]"),
         {{q1 + "/pesi_comportamenti",
           R"(i pesi dei comportamenti del profilo "eq" sommano a 0: almeno uno deve essere maggiore di 0)"}}},
        {"a behaviour weighted twice in a profile",
         sostituisci(s, R"({"comportamento":"autonomia","peso":40})", R"({"comportamento":"leadership","peso":40})"),
         {{q1 + "/pesi_comportamenti/1/comportamento",
           R"(il comportamento "leadership" ha già un peso nel profilo, in /profili/1/pesi_comportamenti/0)"}}},
        {"scale minimum equal to its maximum",
         sostituisci(s, R"({"minimo":1,"massimo":5})", R"({"minimo":5,"massimo":5})"),
         {{"/scala_comportamenti", "il minimo della scala (5) deve essere minore del massimo (5)"}}},
        {"scale minimum below 0", sostituisci(s, R"({"minimo":1,"massimo":5})", R"({"minimo":-1,"massimo":5})"),
         {{"/scala_comportamenti/minimo", "atteso un numero tra 0 e 100, trovato -1"}}},
        {"profile bands without one from 0",
         sostituisci(s, R"({"nome":"B","da":0,"quota_premio":50})", R"({"nome":"B","da":10,"quota_premio":50})"),
         {{q1 + "/fasce", R"(nessuna fascia del profilo "eq" parte da 0: ogni punteggio deve avere una fascia)"}}},
        {"profile bands sharing a start",
         sostituisci(s, R"({"nome":"B","da":0,"quota_premio":50})",
                     R"({"nome":"B","da":90,"quota_premio":50},{"nome":"C","da":0,"quota_premio":0})"),
         {{q1 + "/fasce/1/da", R"(la fascia "B" parte da 90 come la fascia "A")"}}},
        {"profile band share above 100",
         sostituisci(s, R"({"nome":"B","da":0,"quota_premio":50})", R"({"nome":"B","da":0,"quota_premio":150})"),
         {{q1 + "/fasce/1/quota_premio", "atteso un numero tra 0 e 100, trovato 150"}}},
        {"a behaviour id repeated in the catalogue",
         sostituisci(s, R"({"id":"autonomia","descrizione":"Autonomia e iniziativa"})",
                     R"({"id":"collaborazione","descrizione":"Autonomia e iniziativa"})"),
         {{"/comportamenti/1", R"(identificativo del comportamento "collaborazione" ripetuto: già usato in /comportamenti/0)"},
          {q0 + "/pesi_comportamenti/1/comportamento",
           R"(il comportamento "autonomia" non è nel catalogo "comportamenti" dello SMVP)"},
          {q1 + "/pesi_comportamenti/1/comportamento",
           R"(il comportamento "autonomia" non è nel catalogo "comportamenti" dello SMVP)"}}},
        {"a profile id repeated", sostituisci(s, R"("id":"eq")", R"("id":"dipendenti")"),
         {{q1, R"(identificativo del profilo "dipendenti" ripetuto: già usato in /profili/0)"}}},
        {"profiles without a catalogue",
         sostituisci(s, R"("comportamenti":[{"id":"collaborazione","descrizione":"Collaborazione e lavoro di gruppo"},)"
                        R"({"id":"autonomia","descrizione":"Autonomia e iniziativa"},)"
                        R"({"id":"leadership","descrizione":"Capacità di guida e di valutazione dei collaboratori"}],)",
                     ""),
         {{q0 + "/pesi_comportamenti/0/comportamento",
           R"(il comportamento "collaborazione" non è nel catalogo "comportamenti" dello SMVP)"},
          {q0 + "/pesi_comportamenti/1/comportamento",
           R"(il comportamento "autonomia" non è nel catalogo "comportamenti" dello SMVP)"},
          {q1 + "/pesi_comportamenti/0/comportamento",
           R"(il comportamento "leadership" non è nel catalogo "comportamenti" dello SMVP)"},
          {q1 + "/pesi_comportamenti/1/comportamento",
           R"(il comportamento "autonomia" non è nel catalogo "comportamenti" dello SMVP)"}}},
    });
}

TEST_CASE("personale: a model built in C++ gets the decoder's errors") {
    auto r = json::decodifica_personale(personale_esempio);
    REQUIRE(r.has_value());
    Personale p = *r;
    p.dipendenti[0].assegnazioni[0].al = Data::da_parti(2023, 12, 31).value();
    p.dipendenti[1].part_time = Percentuale{};
    const auto dal_modello = errori_modello_completo(p);
    auto dal_testo = json::decodifica_personale(json::codifica(p));
    REQUIRE(!dal_testo.has_value());
    ErroriDecodifica come_testo;
    come_testo.errori = dal_modello;
    CHECK(come_testo.testo() == dal_testo.error().testo());
    CHECK(dal_modello.size() == 2);
}

TEST_CASE("personale: the JSON Schema of the staff document") {
    const boost::json::object s = json::schema_personale();
    CHECK(s.at("title").as_string() == "perfpa.personale/1");
    const auto& defs = s.at("$defs").as_object();
    for (const char* nome : {"Dipendente", "AssegnazioneDipendente", "ObiettivoDipendente", "PunteggioComportamento",
                             "Contraddittorio", "RevisioneObiettivo", "Autovalutazione", "ValutazioneDipendente"})
        CHECK(defs.contains(nome));
    const auto& dip = defs.at("Dipendente").as_object();
    CHECK(dip.at("properties").as_object().at("assegnazioni").as_object().at("minItems").as_int64() == 1);
    CHECK(json::schema_smvp().at("$defs").as_object().contains("ProfiloSmvp"));
}

TEST_CASE("personale: a category's name is the one the documents write") {
    std::size_t n = 0;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<Categoria>>([&](auto D) {
        CHECK(nome_categoria(D.value) == std::string_view(D.name));
        ++n;
    });
    CHECK(n == 7);
}

} // namespace prova_model_personale
