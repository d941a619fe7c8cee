// perfpa — the staff's scores of many documents one after another
// (personale.md §3), each document's written over the previous one's so
// that their strings keep their buffers.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_SCORING_CALCOLATORE_PERSONALE_HPP
#define PERFPA_SCORING_CALCOLATORE_PERSONALE_HPP

#include <perfpa/model/personale.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>
#include <perfpa/scoring/personale.hpp>
#include <perfpa/scoring/punteggi.hpp>

#include <cstddef>
#include <vector>

namespace perfpa {

/**
 * `calcola_punteggi_personale` for many staff documents, one after another:
 * each call gives the same scores as `calcola_punteggi_personale(personale,
 * relazione, smvp, opzioni)`, written over the previous call's, whose
 * strings keep their buffers (each reused score is reset over its described
 * members, `detail::azzera_membri`, before it is computed). After the first
 * few documents a call allocates only for each document's shared figures.
 * An invalid SMVP is refused with ModelloNonValido, as by the function
 * (the document's scores left as they were). The reference is valid until the next call;
 * copy the vector to keep it. Not thread-safe: use one per thread.
 */
class CalcolatorePersonale {
public:
    /** One score per person of `personale`, in document order, as `calcola_punteggi_personale` gives them. */
    template <class L = void>
    const std::vector<PunteggioDipendente>& calcola(const Personale& personale, const Relazione& relazione,
                                                    const Smvp& smvp, OpzioniPunteggi opzioni = {}) {
        detail::richiedi_smvp_valido<L>(smvp);
        const detail::ContestoPersonale<L> ctx(relazione, smvp, opzioni.spiegazioni);
        // The scores a smaller document does not need wait in the reserve, buffers and all.
        detail::ridimensiona(punteggi_, personale.dipendenti.size(), &riserva_);
        for (std::size_t i = 0, n = punteggi_.size(); i < n; ++i)
            detail::punteggio_dipendente_in<L>(personale.dipendenti[i], personale.anno, smvp, ctx,
                                               opzioni.spiegazioni, bozze_, punteggi_[i]);
        return punteggi_;
    }

private:
    std::vector<PunteggioDipendente> punteggi_;
    std::vector<PunteggioDipendente> riserva_;
    detail::BozzeSpiegazione bozze_;
};

} // namespace perfpa

#endif
