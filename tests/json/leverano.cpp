// The bundled Leverano 2023 data: it decodes, round-trips, is in normal
// form, and holds what the seed says (8 settori, 41 objectives, weights).
#include "catch2.hpp"
#include "documenti.hpp"

#include <perfpa/json.hpp>

#include <string>

using namespace perfpa;

namespace {
const std::string percorso = std::string(PERFPA_DATA_DIR) + "/leverano-2023.json";
}

TEST_CASE("leverano-2023.json: decode → encode → decode gives an equal model") {
    const std::string testo = perfpa_test::leggi(percorso);
    auto r = json::decodifica_relazione(testo);
    INFO((r ? std::string() : r.error().testo()));
    REQUIRE(r.has_value());
    const std::string uno = json::codifica(*r, {.indentazione = 2});
    auto r2 = json::decodifica_relazione(uno);
    REQUIRE(r2.has_value());
    CHECK(*r2 == *r);
    // A second round writes the same bytes.
    CHECK(json::codifica(*r2, {.indentazione = 2}) == uno);
    // Compact text carries the same model.
    auto r3 = json::decodifica_relazione(json::codifica(*r));
    REQUIRE(r3.has_value());
    CHECK(*r3 == *r);
}

TEST_CASE("leverano-2023.json is in normal form (what `perfpa fmt` prints)") {
    const std::string testo = perfpa_test::leggi(percorso);
    auto r = json::decodifica_relazione(testo);
    REQUIRE(r.has_value());
    CHECK(json::codifica(*r, {.indentazione = 2}) + "\n" == testo);
}

TEST_CASE("leverano-2023.json: 8 settori, 41 objectives, weights 30 (Assetto del Territorio 36)") {
    auto r = json::decodifica_relazione(perfpa_test::leggi(percorso));
    REQUIRE(r.has_value());
    CHECK(r->anno == 2023);
    CHECK(r->ente.denominazione == "Comune di Leverano");
    REQUIRE(r->settori.size() == 8);
    std::size_t obiettivi = 0;
    int assetto = 0;
    for (const auto& s : r->settori) {
        CAPTURE(s.denominazione);
        obiettivi += s.obiettivi.size();
        Peso somma;
        for (const auto& o : s.obiettivi) somma += o.peso;
        CHECK(s.peso == Peso::interi(30));
        if (s.denominazione.find("Assetto del Territorio") != std::string::npos) {
            ++assetto;
            CHECK(somma == Peso::interi(36));
        } else {
            CHECK(somma == Peso::interi(30));
        }
    }
    CHECK(obiettivi == 41);
    CHECK(assetto == 1);
}
