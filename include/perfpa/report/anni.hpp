// perfpa — the year-over-year comparison for a report without the ente's
// SMVP: without the findings that need the SMVP, as the rest of that report
// (prepara_report_senza_smvp).
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_REPORT_ANNI_HPP
#define PERFPA_REPORT_ANNI_HPP

#include <perfpa/checks.hpp>
#include <perfpa/confronto/anni.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>

#include <algorithm>
#include <vector>

namespace perfpa {

/**
 * `confronta_anni(precedente, corrente, sostituto)` for the report of a
 * Relazione whose SMVP is not known (`prepara_report_senza_smvp`): the
 * settori are scored with `sostituto`, but a finding stays only when the
 * checks find it without an SMVP (`controlla(documento)`), in each year it
 * is in: a finding of someone else's SMVP is nobody's result.
 */
[[nodiscard]] inline Esito<ConfrontoAnni> confronta_anni_senza_smvp(const Relazione& precedente,
                                                                    const Relazione& corrente, const Smvp& sostituto) {
    auto c = confronta_anni(precedente, corrente, sostituto);
    if (!c) return c;
    const std::vector<Rilievo> rp = controlla(precedente), rc = controlla(corrente);
    const auto fuori = [&](const RilievoNegliAnni& x) {
        return (x.precedente && std::find(rp.begin(), rp.end(), *x.precedente) == rp.end()) ||
               (x.corrente && std::find(rc.begin(), rc.end(), *x.corrente) == rc.end());
    };
    for (std::vector<RilievoNegliAnni>* v : {&c->risolti, &c->nuovi, &c->persistenti})
        v->erase(std::remove_if(v->begin(), v->end(), fuori), v->end());
    return c;
}

} // namespace perfpa

#endif
