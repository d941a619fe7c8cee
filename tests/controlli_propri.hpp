// An ente's own check, as docs/checks.md writes one, for the tests of the
// extension point (the catalogue's, `esamina`'s, the report's).
#ifndef PERFPA_TESTS_CONTROLLI_PROPRI_HPP
#define PERFPA_TESTS_CONTROLLI_PROPRI_HPP

#include <perfpa/checks.hpp>

#include <cstddef>
#include <string>

namespace perfpa_test {

/** The ente's rule: every objective has a deadline (`data_fine_prevista`). */
inline void obiettivo_senza_scadenza(const perfpa::IngressoControllo& in, perfpa::Rilevatore& rileva) {
    const auto& settori = in.relazione.settori;
    for (std::size_t i = 0; i < settori.size(); ++i)
        for (std::size_t j = 0; j < settori[i].obiettivi.size(); ++j)
            if (!settori[i].obiettivi[j].data_fine_prevista)
                rileva("/settori/" + std::to_string(i) + "/obiettivi/" + std::to_string(j),
                       "Obiettivo " + settori[i].obiettivi[j].id + ": manca la scadenza");
}

} // namespace perfpa_test

#endif
