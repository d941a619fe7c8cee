// perfpa — deviations (scostamenti, art. 10 c.1 lett. b D.Lgs. 150/2009):
// the objectives and indicators not fully achieved, with target, result,
// degree and gap — the table a Relazione sulla Performance must contain.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_SCORING_SCOSTAMENTI_HPP
#define PERFPA_SCORING_SCOSTAMENTI_HPP

#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/scoring/ciclo.hpp>
#include <perfpa/scoring/grado.hpp>
#include <perfpa/values.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace perfpa {

/**
 * One row of the deviations table: an objective (`indicatore` absent) or
 * one of its indicators that is not fully achieved.
 */
struct Scostamento {
    std::string percorso;                   ///< JSON Pointer: /settori/i/obiettivi/j[/indicatori/k]
    std::string settore;                    ///< settore id
    std::string obiettivo;                  ///< objective id
    Opzionale<std::size_t> indicatore;  ///< index of the indicator in its objective; absent: the objective
    std::string descrizione;                ///< of the objective or indicator
    Opzionale<Valore> valore_atteso;    ///< indicator rows
    Opzionale<Valore> valore_realizzato;///< indicator rows
    StatoValutazione stato = StatoValutazione::non_valutato;
    Opzionale<Percentuale> grado;       ///< the degree, when there is one
    Opzionale<Percentuale> scostamento; ///< 100 − grado, in percentage points, when there is a degree
    Opzionale<Decimale> differenza;     ///< realizzato − atteso, for quantitative indicators with both values
    std::string spiegazione;                ///< how the degree was obtained, or why there is none
    friend bool operator==(const Scostamento&, const Scostamento&) = default;
};

/**
 * The deviations of `r`, in document order: every objective that is
 * neutralised, not evaluated or below 100 (after `soglia_minima`), each
 * followed by its binary or quantitative indicators below 100 or without a
 * degree. Qualitative indicators are represented by their objective's row.
 */
template <class L = void>
[[nodiscard]] std::vector<Scostamento> scostamenti(const Relazione& r, Percentuale soglia_minima = {}) {
    std::vector<Scostamento> out;
    auto gap = [](const Opzionale<Percentuale>& g) -> Opzionale<Percentuale> {
        if (!g) return std::nullopt;
        return Percentuale::interi(100) - *g;
    };
    const auto valutazioni = detail::indice_valutazioni<L>(r);
    for (std::size_t i = 0, ni = r.settori.size(); i < ni; ++i) {
        const Settore& s = r.settori[i];
        const auto valutati = detail::indice_obiettivi_valutati<L>(valutazioni.trova(s.id));
        for (std::size_t j = 0, nj = s.obiettivi.size(); j < nj; ++j) {
            const Obiettivo& o = s.obiettivi[j];
            const std::string base = "/settori/" + std::to_string(i) + "/obiettivi/" + std::to_string(j);
            // Its degree as the scores give it: a shared copy without one takes another copy's (ciclo.md §2).
            const ValutazioneObiettivo* propria = valutati.trova(o.id);
            const GradoTrasversale prestito = prestito_trasversale<L>(&r, o, propria);
            GradoObiettivo g = grado_obiettivo<L>(o, prestito.valutazione ? prestito.valutazione : propria,
                                                  soglia_minima, organo_di<L>(r));
            if (prestito.valutazione) detail::spiega_prestito<L>(detail::Spiegazione{g.spiegazione}, o, prestito);
            if (g.stato != StatoValutazione::valutato || *g.grado < Percentuale::interi(100)) {
                Scostamento x;
                x.percorso = base;
                x.settore = s.id;
                x.obiettivo = o.id;
                x.descrizione = o.descrizione;
                x.stato = g.stato;
                x.grado = g.grado;
                x.scostamento = gap(g.grado);
                x.spiegazione = g.spiegazione;
                out.push_back(std::move(x));
            }
            for (std::size_t k = 0, nk = o.indicatori.size(); k < nk; ++k) {
                const Indicatore& ind = o.indicatori[k];
                if (ind.misura == Misura::qualitativa) continue;
                GradoSpiegato gi = grado_indicatore_spiegato<L>(ind, organo_di<L>(r));
                if (gi.grado && *gi.grado == Percentuale::interi(100)) continue;
                Scostamento x;
                x.percorso = base + "/indicatori/" + std::to_string(k);
                x.settore = s.id;
                x.obiettivo = o.id;
                x.indicatore = k;
                x.descrizione = ind.descrizione;
                x.valore_atteso = ind.valore_atteso;
                x.valore_realizzato = ind.valore_realizzato;
                x.stato = gi.grado ? StatoValutazione::valutato : StatoValutazione::non_valutato;
                x.grado = gi.grado;
                x.scostamento = gap(gi.grado);
                if (ind.valore_atteso && ind.valore_realizzato) {
                    const Decimale* a = std::get_if<Decimale>(&*ind.valore_atteso);
                    const Decimale* v = std::get_if<Decimale>(&*ind.valore_realizzato);
                    if (a && v)
                        x.differenza =
                            Decimale::da_milionesimi(detail::differenza_satura(v->milionesimi(), a->milionesimi()));
                }
                x.spiegazione = std::move(gi.spiegazione);
                out.push_back(std::move(x));
            }
        }
    }
    return out;
}

/** The deviations of `r` with the SMVP's minimum threshold. */
template <class L = void>
[[nodiscard]] std::vector<Scostamento> scostamenti(const Relazione& r, const Smvp& smvp) {
    return scostamenti<L>(r, smvp.soglia_minima_obiettivo.value_or(Percentuale{}));
}

} // namespace perfpa

#endif
