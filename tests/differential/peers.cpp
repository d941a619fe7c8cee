// The benchmark peers decode the same fields into the same model as perfpa,
// and their encoders write documents perfpa decodes back to the same model.
#include "catch2.hpp"
#include "leggi.hpp"

#include <corpus.hpp>
#include <peers/boost_json.hpp>
#include <peers/nlohmann.hpp>
#include <peers/simdjson.hpp>

#include <perfpa/json.hpp>


using namespace perfpa;

namespace {

std::vector<std::string> documenti() {
    auto c = bench::genera_corpus(25, 2023);
    c.push_back(perfpa_test::leggi_dati("leverano-2023.json"));
    return c;
}

} // namespace

TEST_CASE("peers decode the same model as perfpa") {
    simdjson::ondemand::parser sp;
    for (const auto& testo : documenti()) {
        const auto nostro = json::decodifica<Relazione>(testo);
        REQUIRE(nostro.has_value());
        CHECK(bench::peers::boost_json::decodifica<Relazione>(testo) == *nostro);
        CHECK(bench::peers::nlohmann_json::decodifica<Relazione>(testo) == *nostro);
        const simdjson::padded_string imbottito(testo);
        CHECK(bench::peers::simdjson_od::decodifica<Relazione>(sp, imbottito) == *nostro);
    }
}

TEST_CASE("peers' encoders write documents that decode to the same model") {
    for (std::size_t i = 0; i < 10; ++i) {
        const Relazione r = bench::genera_relazione(2023, i);
        const auto da_boost = json::decodifica<Relazione>(bench::peers::boost_json::codifica(r));
        REQUIRE(da_boost.has_value());
        CHECK(*da_boost == r);
        const auto da_nlohmann = json::decodifica<Relazione>(bench::peers::nlohmann_json::codifica(r));
        REQUIRE(da_nlohmann.has_value());
        CHECK(*da_nlohmann == r);
    }
}

TEST_CASE("peers refuse what they cannot read instead of inventing values") {
    const std::string testo = json::codifica(bench::genera_relazione(1, 1));
    std::string senza_anno = testo;
    senza_anno.replace(senza_anno.find("\"anno\":2023,"), 12, "");
    REQUIRE_FALSE(json::decodifica<Relazione>(senza_anno).has_value());
    CHECK_THROWS(bench::peers::boost_json::decodifica<Relazione>(senza_anno));
    CHECK_THROWS(bench::peers::nlohmann_json::decodifica<Relazione>(senza_anno));
    simdjson::ondemand::parser sp;
    CHECK_THROWS(bench::peers::simdjson_od::decodifica<Relazione>(sp, simdjson::padded_string(senza_anno)));
}
