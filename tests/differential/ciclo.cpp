// The fields of ciclo.md §1–§6 through both decoders and the encoder: the
// streaming decoder agrees with the DOM decoder value for value and error for
// error, and a document encodes back to the same bytes.
#include "catch2.hpp"

#include "ciclo_generatore.hpp"

#include <perfpa/json.hpp>
#include <perfpa/json/flusso.hpp>

#include <boost/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace perfpa;
namespace bj = boost::json;

namespace {

void stesso_esito(json::Decodificatore& d, const std::string& testo, std::size_t& rifiutati) {
    const auto atteso = json::decodifica_dom<Relazione>(testo, d.opzioni());
    const auto ottenuto = d.decodifica<Relazione>(testo);
    INFO("documento: " << testo.substr(0, 300));
    REQUIRE(ottenuto.has_value() == atteso.has_value());
    if (atteso) {
        REQUIRE(*ottenuto == *atteso);
    } else {
        ++rifiutati;
        INFO("attesi:\n" << atteso.error().testo() << "ottenuti:\n" << ottenuto.error().testo());
        REQUIRE(ottenuto.error() == atteso.error());
    }
}

/** The pointers of the values under the keys of ciclo.md §1–§6. */
void nodi_ciclo(const bj::value& v, const std::string& p, bool sotto, std::vector<std::string>& out) {
    static const std::vector<std::string> chiavi = {
        "obiettivi_strategici", "obiettivo_strategico", "trasversale", "rimodulazione", "ambiti",
        "codice",               "fonte",                "formula",     "numeratore",    "denominatore",
        "baseline",             "target_pluriennali"};
    if (sotto) out.push_back(p);
    if (auto* o = v.if_object()) {
        for (auto& kv : *o) {
            std::string k = p;
            json::detail::aggiungi_token(k, kv.key());
            const bool nuovo = sotto || std::find(chiavi.begin(), chiavi.end(), std::string(kv.key())) != chiavi.end();
            nodi_ciclo(kv.value(), k, nuovo, out);
        }
    } else if (auto* a = v.if_array()) {
        for (std::size_t i = 0; i < a->size(); ++i) nodi_ciclo((*a)[i], p + "/" + std::to_string(i), sotto, out);
    }
}

} // namespace

TEST_CASE("ciclo fields: both decoders give the encoded model back, and it encodes to the same bytes") {
    json::Decodificatore d;
    std::size_t rifiutati = 0, strategici = 0, ambiti = 0, numeratori = 0, rimodulazioni = 0;
    for (std::size_t i = 0; i < 30; ++i) {
        const Relazione r = perfpa_test::con_ciclo(bench::genera_relazione(9, i), i);
        for (const auto& s : r.settori) {
            ambiti += s.ambiti.has_value();
            for (const auto& o : s.obiettivi) {
                rimodulazioni += o.rimodulazione.has_value();
                for (const auto& ind : o.indicatori) numeratori += ind.numeratore.has_value();
            }
        }
        strategici += r.obiettivi_strategici->size();
        for (int indent : {0, 2}) {
            const std::string testo = json::codifica(r, {.indentazione = indent});
            stesso_esito(d, testo, rifiutati);
            const auto letto = d.decodifica<Relazione>(testo);
            REQUIRE(letto.has_value());
            REQUIRE(*letto == r);
            CHECK(json::codifica(*letto, {.indentazione = indent}) == testo);
        }
    }
    CHECK(rifiutati == 0);
    // The generator does exercise the new fields.
    CHECK(strategici > 30);
    CHECK(ambiti > 10);
    CHECK(numeratori > 30);
    CHECK(rimodulazioni > 10);
}

TEST_CASE("ciclo fields replaced by wrong values: same errors and pointers from both decoders") {
    const Relazione r = perfpa_test::con_ciclo(bench::genera_relazione(9, 3), 3);
    const bj::value radice = bj::parse(json::codifica(r));
    std::vector<std::string> tutti;
    nodi_ciclo(radice, "", false, tutti);
    REQUIRE(tutti.size() > 50);
    const std::vector<bj::value> sostituti = {bj::parse("null"),  bj::parse("\"x\""), bj::parse("-1"),
                                              bj::parse("1e300"), bj::parse("[]"),    bj::parse("{}"),
                                              bj::parse("true"),  bj::parse("0.1234567")};
    json::Decodificatore d;
    std::size_t rifiutati = 0, documenti = 0;
    for (std::size_t i = 0; i < tutti.size(); ++i) {
        for (std::size_t j = 0; j < 2; ++j) {
            bj::value copia = radice;
            boost::system::error_code ec;
            bj::value* v = copia.find_pointer(tutti[i], ec);
            REQUIRE(v);
            *v = sostituti[(i * 3 + j * 5) % sostituti.size()];
            stesso_esito(d, bj::serialize(copia), rifiutati);
            ++documenti;
        }
    }
    CHECK(rifiutati > documenti / 3);
    CHECK(rifiutati < documenti);
}

TEST_CASE("ciclo fields: an error in them names the field's JSON Pointer") {
    const Relazione r = perfpa_test::con_ciclo(bench::genera_relazione(9, 3), 3);
    bj::value radice = bj::parse(json::codifica(r));
    radice.at_pointer("/obiettivi_strategici/0").as_object()["id"] = 7;
    const auto esito = json::decodifica<Relazione>(bj::serialize(radice));
    REQUIRE_FALSE(esito.has_value());
    CHECK(esito.error().testo().find("/obiettivi_strategici/0/id") != std::string::npos);
}
