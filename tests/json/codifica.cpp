// Encoding: numbers as people write them, amounts as strings with two
// decimals, optional fields absent, keys in format.md order, and the round
// trip decode ∘ encode = identity on a document using every optional field.
#include "catch2.hpp"
#include "documenti.hpp"

#include <perfpa/json.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <optional>
#include <set>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

using namespace perfpa;

namespace {

const std::string percorso_completo = std::string(PERFPA_TEST_DIR) + "/json/data/completo.json";

// Write → read → compare → write again (reflect-cpp's write_and_read):
// the value survives, and the second text is the first.
template <class T>
void scrivi_e_rileggi(const T& v, int indentazione) {
    const std::string testo = json::codifica(v, {.indentazione = indentazione});
    auto r = json::decodifica<T>(testo);
    INFO(testo);
    INFO((r ? std::string() : r.error().testo()));
    REQUIRE(r.has_value());
    CHECK(*r == v);
    CHECK(json::codifica(*r, {.indentazione = indentazione}) == testo);
}

// Collects "Type.member" for every optional member of every described struct
// reachable from T, and the subset that is engaged somewhere in a value.
struct Copertura {
    std::set<std::string> tutti, presenti;

    template <class T>
    void visita(const T& v, const std::string& tipo = "Relazione") {
        if constexpr (boost::describe::has_describe_members<T>::value) {
            boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto D) {
                using M = std::remove_cvref_t<decltype(v.*D.pointer)>;
                const std::string nome = tipo + "." + D.name;
                if constexpr (perfpa::detail::e_opzionale<M>::value) {
                    tutti.insert(nome);
                    if (v.*D.pointer) {
                        presenti.insert(nome);
                        visita(*(v.*D.pointer), D.name);
                    }
                } else {
                    visita(v.*D.pointer, D.name);
                }
            });
        } else if constexpr (perfpa::detail::e_vettore<T>::value) {
            for (const auto& x : v) visita(x, tipo);
        }
    }
};

} // namespace

TEST_CASE("Numbers are written as people write them") {
    Indicatore i;
    i.descrizione = "x";
    i.misura = Misura::quantitativa;
    i.valore_atteso = Decimale::da_milionesimi(75'490'000);
    i.valore_realizzato = Decimale::interi(-18);
    i.peso = Peso::interi(6);
    i.soglia_legale = Decimale::da_milionesimi(1);
    CHECK(json::codifica(i) ==
          R"({"descrizione":"x","misura":"quantitativa","valore_atteso":75.49,"valore_realizzato":-18,"peso":6,"soglia_legale":0.000001})");
    i.peso = Peso::da_centesimi(750);
    i.valore_atteso = Decimale{};
    i.valore_realizzato = Decimale::da_milionesimi(999'999'999'999'999'999);
    const std::string t = json::codifica(i);
    CHECK(t.find(R"("valore_atteso":0,)") != std::string::npos);
    CHECK(t.find(R"("valore_realizzato":999999999999.999999,)") != std::string::npos);
    CHECK(t.find(R"("peso":7.5,)") != std::string::npos);
    // No exponent anywhere: every 'e' or 'E' of the text is inside a string.
    bool in_stringa = false;
    for (std::size_t k = 0; k < t.size(); ++k) {
        if (t[k] == '"' && (k == 0 || t[k - 1] != '\\')) in_stringa = !in_stringa;
        if (!in_stringa) REQUIRE((t[k] != 'e' && t[k] != 'E'));
    }
}

TEST_CASE("Amounts are strings with two decimals") {
    TettoSpesaPersonale t;
    t.rispettato = true;
    t.spesa = Importo::euro(1'234'567);
    t.limite = Importo::da_centesimi(-50);
    CHECK(json::codifica(t) == R"({"rispettato":true,"spesa":"1234567.00","limite":"-0.50"})");
    EquilibriBilancio e;
    e.w3_equilibrio_complessivo = Importo::da_centesimi(1969129);
    CHECK(json::codifica(e) == R"({"rispettato":false,"w3_equilibrio_complessivo":"19691.29"})");
}

TEST_CASE("Optional fields are absent when not given, keys follow format.md") {
    Relazione r;
    r.anno = 2023;
    r.ente.denominazione = "Comune di Prova";
    CHECK(json::codifica(r) ==
          R"({"formato":"perfpa.relazione/1","anno":2023,"ente":{"denominazione":"Comune di Prova"},"settori":[]})");
    // An empty optional array is absent; a present empty one is written.
    r.documenti_riferimento.emplace();
    CHECK(json::codifica(r).find(R"("documenti_riferimento":[])") != std::string::npos);
    // Order is format.md's, not the order of assignment.
    Smvp s;
    s.fasce.push_back({"A", Punti::interi(90), Percentuale::interi(100)});
    s.soglia_minima_obiettivo = Percentuale::da_centesimi(5050);
    s.denominazione = "Esempio";
    CHECK(json::codifica(s) ==
          R"({"formato":"perfpa.smvp/1","denominazione":"Esempio",)"
          R"("pesi":{"performance_organizzativa":0,"obiettivi_individuali":0,"comportamenti":0},)"
          R"("giudizi":{"pienamente_raggiunto":0,"raggiunto":0,"parzialmente_raggiunto":0,"non_raggiunto":0},)"
          R"("soglia_minima_obiettivo":50.5,"fasce":[{"nome":"A","da":90,"quota_premio":100}]})");
}

TEST_CASE("Strings: quotes, backslashes and control characters escaped, UTF-8 kept") {
    Responsabile p;
    p.nome = "Niccolò \"Nico\" D'Amico\\\n\t\x01\x1f/€";
    CHECK(json::codifica(p) == "{\"nome\":\"Niccolò \\\"Nico\\\" D'Amico\\\\\\n\\t\\u0001\\u001f/€\"}");
    scrivi_e_rileggi(p, 0);
}

TEST_CASE("Indentation: two spaces per level, one member per line") {
    Atto a;
    a.titolo = "Piano";
    a.data = Data::da_parti(2023, 1, 27).value();
    CHECK(json::codifica(a, {.indentazione = 2}) == "{\n  \"titolo\": \"Piano\",\n  \"data\": \"2023-01-27\"\n}");
    CHECK(json::codifica(Atto{}, {.indentazione = 2}) == "{}");
    IndagineSoddisfazione i;
    i.strumento = "q";
    i.suggerimenti = std::vector<std::string>{"a", "b"};
    CHECK(json::codifica(i, {.indentazione = 2}) ==
          "{\n  \"strumento\": \"q\",\n  \"suggerimenti\": [\n    \"a\",\n    \"b\"\n  ]\n}");
}

TEST_CASE("A document using every optional field: decode ∘ encode is the identity") {
    const std::string testo = perfpa_test::leggi(percorso_completo);
    auto r = json::decodifica_relazione(testo);
    INFO((r ? std::string() : r.error().testo()));
    REQUIRE(r.has_value());

    // The file really uses every optional field of the model.
    Copertura c;
    c.visita(*r);
    std::vector<std::string> mancanti;
    for (const auto& n : c.tutti)
        if (!c.presenti.count(n)) mancanti.push_back(n);
    CAPTURE(mancanti);
    CHECK(mancanti.empty());
    CHECK(c.tutti.size() > 60);

    // The file is in normal form: encoding what it decodes to gives it back.
    CHECK(json::codifica(*r, {.indentazione = 2}) + "\n" == testo);
    scrivi_e_rileggi(*r, 0);
    scrivi_e_rileggi(*r, 2);
    scrivi_e_rileggi(*r, 4);

    // Spot checks that the values are the ones written.
    const auto& ob = r->settori.at(0).obiettivi.at(0);
    CHECK(ob.peso == Peso::da_centesimi(750));
    CHECK(std::get<Decimale>(*ob.indicatori.at(0).valore_realizzato) == Decimale::da_milionesimi(75'490'000));
    CHECK(std::get<bool>(*ob.indicatori.at(2).valore_atteso) == true);
    CHECK(std::get<std::string>(*ob.indicatori.at(3).valore_atteso) == "Servizio più rapido");
    CHECK(ob.note == "Percorso C:\\archivio\\2023 — fase 2/3\tok \x01");
    CHECK(r->vincoli_finanza->equilibri_bilancio->w2_equilibrio_bilancio == Importo::da_centesimi(-50));
    CHECK(r->valutazione_ndv->valutazioni_individuali->at(0).comportamenti == Punti::da_centesimi(2750));
}

TEST_CASE("null and absent optional fields decode alike and encode as absent") {
    const std::string con_null =
        perfpa_test::sostituisci(perfpa_test::relazione_minima, R"("tipo":"comune")",
                                 R"("tipo":null,"provincia":null,"popolazione":null)");
    auto a = json::decodifica_relazione(con_null);
    auto b = json::decodifica_relazione(perfpa_test::sostituisci(perfpa_test::relazione_minima, R"(,"tipo":"comune")", ""));
    REQUIRE(a.has_value());
    REQUIRE(b.has_value());
    CHECK(*a == *b);
    CHECK(json::codifica(*a).find("null") == std::string::npos);
}

TEST_CASE("The SMVP example encodes back to itself") {
    const std::string testo = perfpa_test::leggi(std::string(PERFPA_DATA_DIR) + "/smvp-esempio.json");
    auto s = json::decodifica_smvp(testo);
    INFO((s ? std::string() : s.error().testo()));
    REQUIRE(s.has_value());
    scrivi_e_rileggi(*s, 2);
    CHECK(json::codifica(*s, {.indentazione = 2}) + "\n" == testo);
}
