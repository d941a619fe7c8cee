// Shared by the checks tests: a clean Relazione to mutate, and a compact
// view of findings ("CODICE /percorso") that Catch prints readably.
#ifndef PERFPA_TESTS_CHECKS_AIUTO_HPP
#define PERFPA_TESTS_CHECKS_AIUTO_HPP

#include <perfpa/checks.hpp>
#include <perfpa/testing/costruttori.hpp>

#include <string>
#include <vector>

namespace perfpa::test_checks {

inline Data data(const char* s) { return Data::da_testo(s).value(); }

/**
 * A Relazione with no finding at all, with or without the SMVP below: two
 * settori of weight 30 whose objectives sum to 30, every objective graded by
 * the NdV, one area judged, approved on 10.06.2024 and validated on
 * 15.06.2024.
 */
inline Relazione pulita() {
    using namespace perfpa::testing;
    Relazione r = una_relazione(2023)
                      .performance_organizzativa(40, 40)
                      .con(settore("a", 30).obiettivo("a-1", 15, grado(100)).obiettivo("a-2", 15, grado(80)).comportamenti(25))
                      .con(settore("b", 30).obiettivo("b-1", 30, grado(50)).comportamenti(20))
                      .ambito("amb-1", Giudizio::raggiunto)
                      .validazione(EsitoValidazione::validata);
    r.approvazione = Atto{std::nullopt, "giunta", "12", data("2024-06-10")};
    return r;
}

/** Weights 40/30/30, bands A ≥ 90, B ≥ 75, C ≥ 0. */
inline Smvp smvp_prova() {
    return perfpa::testing::uno_smvp(40, 30, 30).fascia("A", 90, 100).fascia("B", 75, 80).fascia("C", 0, 0);
}

/** "CODICE /percorso" for each finding, in the order given. */
inline std::vector<std::string> sintesi(const std::vector<Rilievo>& rilievi) {
    std::vector<std::string> out;
    for (const Rilievo& x : rilievi) out.push_back(x.codice + " " + x.percorso);
    return out;
}

using Sintesi = std::vector<std::string>;

} // namespace perfpa::test_checks

#endif
