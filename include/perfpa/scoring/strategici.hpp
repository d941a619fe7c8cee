// perfpa — the degree of each strategic objective (ciclo.md §1): the
// peso-weighted mean of the degrees of the objectives that come down from it,
// across all settori, with its explanation.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` like its neighbours in scoring/ (docs/performance.md, "Compile time").
#ifndef PERFPA_SCORING_STRATEGICI_HPP
#define PERFPA_SCORING_STRATEGICI_HPP

#include <perfpa/detail/id.hpp>
#include <perfpa/detail/testo.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/scoring/aritmetica.hpp>
#include <perfpa/scoring/punteggi.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace perfpa {

/** The degree of a strategic objective: its state, the degree (set iff valutato) and why. */
struct GradoStrategico {
    std::string obiettivo_strategico; ///< id
    StatoValutazione stato = StatoValutazione::non_valutato;
    Opzionale<Percentuale> grado;
    std::string spiegazione;
    friend bool operator==(const GradoStrategico&, const GradoStrategico&) = default;
};
BOOST_DESCRIBE_STRUCT(GradoStrategico, (), (obiettivo_strategico, stato, grado, spiegazione))

/**
 * ciclo.md §1: for each of `r.obiettivi_strategici`, in document order, the
 * weighted mean by `peso` of the degrees of the objectives linked to it in
 * every settore, as `punteggi` (calcola_punteggi(r, smvp)) gives them: a
 * neutralised objective leaves, one not evaluated counts 0; rounded to
 * hundredths; not evaluated when the weights sum to 0.
 */
template <class L = void>
[[nodiscard]] std::vector<GradoStrategico> gradi_strategici(const Relazione& r,
                                                           const std::vector<PunteggioSettore>& punteggi) {
    std::vector<GradoStrategico> out;
    if (!r.obiettivi_strategici) return out;
    for (const ObiettivoStrategico& os : *r.obiettivi_strategici) {
        GradoStrategico g;
        g.obiettivo_strategico = os.id;
        Intero128 somma = 0;
        std::int64_t pesi = 0;
        std::string termini, esclusi;
        detail::Spiegazione nei_termini{termini}, negli_esclusi{esclusi};
        for (std::size_t i = 0; i < r.settori.size() && i < punteggi.size(); ++i) {
            const Settore& s = r.settori[i];
            for (std::size_t j = 0; j < s.obiettivi.size() && j < punteggi[i].obiettivi.size(); ++j) {
                const Obiettivo& o = s.obiettivi[j];
                if (!o.obiettivo_strategico || !detail::stesso_id(*o.obiettivo_strategico, os.id)) continue;
                const GradoObiettivo& go = punteggi[i].obiettivi[j].grado;
                if (go.stato == StatoValutazione::neutralizzato) {
                    negli_esclusi(detail::se(!esclusi.empty(), ", "), s.id, "/", o.id);
                    continue;
                }
                const std::int64_t c = go.grado ? go.grado->centesimi() : 0;
                somma = detail::somma_satura128(somma, Intero128{o.peso.centesimi()} * c);
                pesi = detail::somma_satura(pesi, o.peso.centesimi());
                nei_termini(detail::se(!termini.empty(), " + "), detail::centesimi(o.peso.centesimi()), "×",
                            detail::centesimi(c), " (", s.id, "/", o.id, detail::se(!go.grado, ", non valutato"), ")");
            }
        }
        detail::Spiegazione perche{g.spiegazione};
        if (pesi <= 0) {
            perche("non valutato: nessun obiettivo che conti ne discende");
        } else {
            const std::int64_t c = arrotonda(somma, Intero128{pesi});
            g.stato = StatoValutazione::valutato;
            g.grado = Percentuale::da_centesimi(c);
            perche("(", termini, ") / ", detail::centesimi(pesi), " = ", detail::centesimi_fissi(c));
        }
        if (!esclusi.empty()) perche("; neutralizzati (esclusi): ", esclusi);
        out.push_back(std::move(g));
    }
    return out;
}

/** gradi_strategici over the scores of `r` with `smvp` (its threshold applies to the objectives' degrees). */
template <class L = void>
[[nodiscard]] std::vector<GradoStrategico> gradi_strategici(const Relazione& r, const Smvp& smvp) {
    return gradi_strategici<L>(r, calcola_punteggi<L>(r, smvp));
}

} // namespace perfpa

#endif
