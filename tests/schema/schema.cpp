// The JSON Schema: its structure follows the model's declarations, and the
// decoder agrees with it on the table of malformed documents
// (tests/schema/documenti.json; the schema side is checked by Ajv in
// valida_schema.cjs).
#include "catch2.hpp"

#include <perfpa/json.hpp>
#include <perfpa/json/schema.hpp>

#include <boost/describe/members.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/mp11/algorithm.hpp>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

using namespace perfpa;
namespace bj = boost::json;

namespace {

bj::value leggi_json(const std::string& percorso) {
    std::ifstream f(percorso, std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    return bj::parse(s.str());
}

const bj::object& documenti() {
    static const bj::value v = leggi_json(std::string(PERFPA_TEST_DIR) + "/schema/documenti.json");
    return v.as_object();
}

// RFC 6901 tokens of a pointer.
std::vector<std::string> token(std::string_view p) {
    std::vector<std::string> out;
    for (std::size_t i = 1; i <= p.size();) {
        std::size_t j = p.find('/', i);
        if (j == std::string_view::npos) j = p.size();
        std::string t;
        for (std::size_t k = i; k < j; ++k) {
            if (p[k] == '~' && k + 1 < j) t.push_back(p[++k] == '1' ? '/' : '~');
            else t.push_back(p[k]);
        }
        out.push_back(std::move(t));
        i = j + 1;
    }
    return out;
}

bj::value& genitore(bj::value& doc, std::vector<std::string>& t) {
    bj::value* x = &doc;
    for (std::size_t i = 0; i + 1 < t.size(); ++i)
        x = x->is_array() ? &x->as_array().at(std::stoul(t[i])) : &x->as_object().at(t[i]);
    return *x;
}

// The same edit as `applica` in valida_schema.cjs.
std::string applica(const bj::object& caso) {
    bj::value doc = documenti().at("basi").at(caso.at("base").as_string());
    if (const auto* imposta = caso.if_contains("imposta"))
        for (const auto& kv : imposta->as_object()) {
            auto t = token(kv.key());
            bj::value& g = genitore(doc, t);
            if (g.is_array()) g.as_array().at(std::stoul(t.back())) = kv.value();
            else g.as_object()[t.back()] = kv.value();
        }
    if (const auto* rimuovi = caso.if_contains("rimuovi"))
        for (const auto& p : rimuovi->as_array()) {
            auto t = token(p.as_string());
            bj::value& g = genitore(doc, t);
            if (g.is_array()) g.as_array().erase(g.as_array().begin() + static_cast<std::ptrdiff_t>(std::stoul(t.back())));
            else g.as_object().erase(t.back());
        }
    return bj::serialize(doc);
}

bool decodificabile(const bj::object& caso) {
    const std::string testo = applica(caso);
    if (caso.at("base").as_string() == "smvp") return json::decodifica_smvp(testo).has_value();
    return json::decodifica_relazione(testo).has_value();
}

template <class T>
std::set<std::string> membri() {
    std::set<std::string> out;
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
        [&](auto D) { out.insert(D.name); });
    return out;
}

std::set<std::string> chiavi(const bj::value& o) {
    std::set<std::string> out;
    for (const auto& kv : o.as_object()) out.insert(kv.key());
    return out;
}

std::set<std::string> insieme(const bj::value& a) {
    std::set<std::string> out;
    for (const auto& x : a.as_array()) out.insert(std::string(x.as_string()));
    return out;
}

const bj::object& definizione(const bj::object& schema, const char* nome) {
    return schema.at("$defs").at(nome).as_object();
}

} // namespace

TEST_CASE("the decoder accepts the base documents of the table") {
    for (const auto& kv : documenti().at("basi").as_object()) {
        INFO(kv.key());
        const std::string testo = bj::serialize(kv.value());
        if (kv.key() == "smvp") CHECK(json::decodifica_smvp(testo).has_value());
        else CHECK(json::decodifica_relazione(testo).has_value());
    }
}

TEST_CASE("the decoder rejects every malformed document the schema rejects") {
    const auto& casi = documenti().at("malformati").as_array();
    REQUIRE(casi.size() >= 40);
    for (const auto& c : casi) {
        INFO(c.at("nome").as_string().c_str());
        CHECK_FALSE(decodificabile(c.as_object()));
    }
}

TEST_CASE("the decoder rejects what the schema cannot express") {
    for (const auto& c : documenti().at("solo_decodificatore").as_array()) {
        INFO(c.at("nome").as_string().c_str());
        CHECK_FALSE(decodificabile(c.as_object()));
    }
}

TEST_CASE("properties and required fields follow the declarations") {
    const bj::object r = json::schema_relazione();
    CHECK(r.at("$schema") == "https://json-schema.org/draft/2020-12/schema");
    CHECK(chiavi(r.at("properties")) == membri<Relazione>());
    CHECK(insieme(r.at("required")) == std::set<std::string>{"formato", "anno", "ente", "settori"});
    CHECK(r.at("properties").at("formato").at("const") == "perfpa.relazione/1");
    CHECK(r.at("additionalProperties") == false);

    CHECK(chiavi(definizione(r, "Settore").at("properties")) == membri<Settore>());
    CHECK(insieme(definizione(r, "Settore").at("required")) ==
          std::set<std::string>{"id", "denominazione", "responsabile", "peso", "obiettivi"});
    CHECK(chiavi(definizione(r, "Obiettivo").at("properties")) == membri<Obiettivo>());
    CHECK(chiavi(definizione(r, "Indicatore").at("properties")) == membri<Indicatore>());
    CHECK(insieme(definizione(r, "Indicatore").at("required")) == std::set<std::string>{"descrizione", "misura"});
    CHECK(chiavi(definizione(r, "ValutazioneNdV").at("properties")) == membri<ValutazioneNdV>());

    const bj::object s = json::schema_smvp();
    CHECK(chiavi(s.at("properties")) == membri<Smvp>());
    CHECK(s.at("properties").at("formato").at("const") == "perfpa.smvp/1");
    CHECK(chiavi(definizione(s, "Fascia").at("properties")) == membri<Fascia>());
}

TEST_CASE("every definition is closed and every $ref resolves") {
    for (const bj::object& schema : {json::schema_relazione(), json::schema_smvp()}) {
        const bj::object& defs = schema.at("$defs").as_object();
        for (const auto& kv : defs) {
            INFO(kv.key());
            CHECK(kv.value().at("type") == "object");
            CHECK(kv.value().at("additionalProperties") == false);
        }
        // Every "$ref" in the text names a definition.
        const std::string testo = json::testo_schema(schema);
        std::size_t n = 0;
        for (std::size_t i = testo.find("\"$ref\": \"#/$defs/"); i != std::string::npos;
             i = testo.find("\"$ref\": \"#/$defs/", i + 1), ++n) {
            const std::size_t da = i + 17, a = testo.find('"', da);
            INFO(testo.substr(da, a - da));
            CHECK(defs.contains(testo.substr(da, a - da)));
        }
        CHECK(n > 0);
    }
}

TEST_CASE("value types") {
    const bj::object r = json::schema_relazione();
    const auto& ind = definizione(r, "Indicatore").at("properties");
    // optional ⇒ null allowed; Valore ⇒ boolean|number|string
    CHECK(insieme(ind.at("valore_atteso").at("type")) ==
          std::set<std::string>{"boolean", "number", "string", "null"});
    CHECK(insieme(ind.at("misura").at("enum")) == std::set<std::string>{"binaria", "quantitativa", "qualitativa"});
    // An optional enum keeps its list and allows null through anyOf.
    CHECK(ind.at("verso").at("anyOf").at(1).at("type") == "null");
    // Centesimi: the tag's range in units.
    const auto& peso = definizione(r, "Settore").at("properties").at("peso");
    CHECK(peso.at("minimum") == 0);
    CHECK(peso.at("maximum") == 1'000'000);
    const auto& grado = definizione(r, "ValutazioneObiettivo").at("properties").at("grado_raggiungimento");
    CHECK(grado.at("maximum") == 100);
    // Data and Importo.
    const auto& data = definizione(r, "Atto").at("properties").at("data");
    CHECK(data.at("format") == "date");
    CHECK(insieme(definizione(r, "EquilibriBilancio").at("properties").at("w3_equilibrio_complessivo").at("type")) ==
          std::set<std::string>{"string", "number", "null"});
    CHECK(insieme(definizione(r, "GiudizioAmbito").at("properties").at("giudizio").at("anyOf").at(0).at("enum")) ==
          std::set<std::string>{"pienamente_raggiunto", "raggiunto", "parzialmente_raggiunto", "non_raggiunto",
                                "non_valutabile"});
}

TEST_CASE("numbers are written as people write them") {
    const std::string t = json::testo_schema(json::schema_relazione());
    CHECK(t.find("\"exclusiveMaximum\": 1000000000000") != std::string::npos);
    CHECK(t.find("\"maximum\": 1000000\n") != std::string::npos);
    CHECK_FALSE(std::regex_search(t, std::regex("[0-9][eE][+-]?[0-9]"))); // never 1E12
    CHECK(t.back() == '\n');
    // The text is valid JSON and parses back to the same schema.
    CHECK(bj::parse(t) == bj::value(json::schema_relazione()));
}
