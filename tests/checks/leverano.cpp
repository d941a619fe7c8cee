// The seed: Leverano's 2023 Relazione, officially validated, with two real
// inconsistencies (domain.md) that the checker must find.
#include "aiuto.hpp"

#include <perfpa/json.hpp>

#include "catch2.hpp"

#include <fstream>
#include <sstream>

using namespace perfpa;
using namespace perfpa::test_checks;

namespace {
Relazione leverano() {
    std::ifstream f(std::string(PERFPA_DATA_DIR) + "/leverano-2023.json", std::ios::binary);
    REQUIRE(f);
    std::ostringstream s;
    s << f.rdbuf();
    auto r = json::decodifica_relazione(s.str());
    REQUIRE(r.has_value());
    return std::move(*r);
}
} // namespace

TEST_CASE("Leverano 2023: the whole list of findings") {
    const Relazione r = leverano();
    // The seed gives no result for its 41 individual objectives (qualitative
    // indicators, no NdV degrees) while its NdV judges the areas: each
    // objective is not evaluated. Assetto del Territorio sums to 36 against
    // 30; Agricoltura's table says 2022; the budget-balance row says 2022.
    Sintesi attese;
    std::size_t obiettivi = 0;
    for (std::size_t i = 0; i < r.settori.size(); ++i) {
        const std::string p = "/settori/" + std::to_string(i);
        if (r.settori[i].id == "agricoltura") attese.push_back("ANNO_INCOERENTE " + p);
        if (r.settori[i].id == "assetto-territorio") attese.push_back("PESI_SETTORE_INCOERENTI " + p);
        for (std::size_t j = 0; j < r.settori[i].obiettivi.size(); ++j, ++obiettivi)
            attese.push_back("OBIETTIVO_NON_VALUTATO " + p + "/obiettivi/" + std::to_string(j));
    }
    attese.push_back("ANNO_VINCOLO_INCOERENTE /vincoli_finanza");
    attese.push_back("VALIDAZIONE_ASSENTE /valutazione_ndv");
    CHECK(r.settori.size() == 8);
    CHECK(obiettivi == 41);

    const auto rilievi = controlla(r);
    CHECK(sintesi(rilievi) == attese);
    CHECK(ha_errori(rilievi));

    std::size_t errori = 0, violazioni = 0;
    for (const Rilievo& x : rilievi) {
        errori += x.gravita == Gravita::errore;
        violazioni += x.gravita == Gravita::violazione;
        if (x.codice == "PESI_SETTORE_INCOERENTI")
            CHECK(x.messaggio ==
                  "Settore Assetto del Territorio, Urbanistica, Edilizia (responsabile Antonio Miraglia): i pesi degli obiettivi sommano a 36, il peso del settore è 30");
        if (x.codice == "ANNO_INCOERENTE") {
            CHECK(x.messaggio.rfind("Settore Agricoltura, Attività Produttive", 0) == 0);
            CHECK(x.messaggio.find(": gli obiettivi sono riferiti al 2022, la Relazione al 2023") != std::string::npos);
        }
        if (x.codice == "ANNO_VINCOLO_INCOERENTE")
            CHECK(x.messaggio.find("anno di riferimento 2022 (per equilibri di bilancio") != std::string::npos);
    }
    CHECK(errori == 1);
    CHECK(violazioni == 0);
}

TEST_CASE("Leverano 2023 with the example SMVP: the same findings plus none of the SMVP rows") {
    // The seed declares 40 for the organisation and 30 per settore, as the example SMVP;
    // with no individual scores no settore is complete, so no band check either.
    const Relazione r = leverano();
    std::ifstream f(std::string(PERFPA_DATA_DIR) + "/smvp-esempio.json", std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    const auto smvp = json::decodifica_smvp(s.str());
    REQUIRE(smvp.has_value());
    CHECK(controlla(r, *smvp) == controlla(r));
}
