// perfpa — checks on transparency and anti-corruption:
// OBBLIGO_TRASPARENZA_NON_ASSOLTO, MISURA_ANTICORRUZIONE_NON_ATTUATA.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_CHECKS_TRASPARENZA_HPP
#define PERFPA_CHECKS_TRASPARENZA_HPP

#include <perfpa/checks/controllo.hpp>

namespace perfpa::controlli {

/** OBBLIGO_TRASPARENZA_NON_ASSOLTO: an obligation is `monitorato` and not `pubblicato`. */
template <class L = void>
void obbligo_trasparenza_non_assolto(const IngressoControllo& in, Rilevatore& rileva) {
    if (!in.relazione.trasparenza) return;
    const auto& obblighi = in.relazione.trasparenza->obblighi;
    for (std::size_t k = 0, nk = obblighi.size(); k < nk; ++k) {
        const ObbligoPubblicazione& o = obblighi[k];
        if (!o.monitorato || o.pubblicato) continue;
        const auto percorso = detail::frase("/trasparenza/obblighi/", k);
        if (o.riferimento)
            rileva(percorso, detail::frase("Obbligo di pubblicazione «", o.denominazione, "» (", *o.riferimento,
                                               "): monitorato ma non pubblicato"));
        else
            rileva(percorso,
                   detail::frase("Obbligo di pubblicazione «", o.denominazione, "»: monitorato ma non pubblicato"));
    }
}

/** MISURA_ANTICORRUZIONE_NON_ATTUATA: a measure is not `attuata`, or its result is below its target. */
template <class L = void>
void misura_anticorruzione_non_attuata(const IngressoControllo& in, Rilevatore& rileva) {
    if (!in.relazione.anticorruzione) return;
    const auto& misure = in.relazione.anticorruzione->misure;
    for (std::size_t k = 0, nk = misure.size(); k < nk; ++k) {
        const MisuraAnticorruzione& m = misure[k];
        const bool sotto = m.valore_realizzato && *m.valore_realizzato < m.valore_atteso;
        if (m.attuata && !sotto) continue;
        const auto percorso = detail::frase("/anticorruzione/misure/", k);
        if (sotto)
            rileva(percorso,
                   detail::frase("Misura anticorruzione «", m.descrizione, "»: ",
                                     perfpa::detail::se(!m.attuata, "non attuata, "), "realizzata al ",
                                     *m.valore_realizzato, " contro un obiettivo del ",
                                     m.valore_atteso));
        else
            rileva(percorso, detail::frase("Misura anticorruzione «", m.descrizione, "»: non attuata"));
    }
}

} // namespace perfpa::controlli

#endif
