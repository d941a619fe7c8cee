// Small documents shared by the JSON tests: a minimal valid Relazione and
// SMVP, and a helper that derives a malformed variant by replacing one piece.
#ifndef PERFPA_TESTS_JSON_DOCUMENTI_HPP
#define PERFPA_TESTS_JSON_DOCUMENTI_HPP

#include "leggi.hpp"

#include <stdexcept>
#include <string>
#include <string_view>

namespace perfpa_test {

/** The smallest Relazione with one settore, one objective, one indicator. */
inline const std::string relazione_minima =
    R"({"formato":"perfpa.relazione/1","anno":2023,)"
    R"("ente":{"denominazione":"Comune di Prova","tipo":"comune"},)"
    R"("settori":[{"id":"s1","denominazione":"Settore uno","responsabile":{"nome":"Mario Rossi"},"peso":30,)"
    R"("obiettivi":[{"id":"s1-1","descrizione":"Primo","peso":30,"data_fine_prevista":"2023-12-31",)"
    R"("indicatori":[{"descrizione":"Fatto","misura":"binaria","valore_atteso":true}]}]}]})";

/** The SMVP of format.md. */
inline const std::string smvp_minimo =
    R"({"formato":"perfpa.smvp/1",)"
    R"("pesi":{"performance_organizzativa":40,"obiettivi_individuali":30,"comportamenti":30},)"
    R"("giudizi":{"pienamente_raggiunto":100,"raggiunto":100,"parzialmente_raggiunto":50,"non_raggiunto":0},)"
    R"("fasce":[{"nome":"A","da":90,"quota_premio":100},{"nome":"B","da":75,"quota_premio":80},)"
    R"({"nome":"C","da":60,"quota_premio":60},{"nome":"D","da":0,"quota_premio":0}]})";

/** `testo` with the only occurrence of `da` replaced by `a`; throws when `da` is absent or repeated. */
inline std::string sostituisci(std::string testo, std::string_view da, std::string_view a) {
    const auto p = testo.find(da);
    if (p == std::string::npos || testo.find(da, p + 1) != std::string::npos)
        throw std::logic_error("sostituisci: \"" + std::string(da) + "\" non compare una sola volta");
    return testo.replace(p, da.size(), a);
}

} // namespace perfpa_test

#endif
