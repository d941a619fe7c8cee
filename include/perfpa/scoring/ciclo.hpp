// perfpa — what the scores take from ciclo.md: a settore's own organisational
// areas (§6) and the degree a shared objective's copies take from one another
// (§2). Used by scoring/punteggi.hpp; a document without those fields scores
// exactly as before.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` like its neighbours in scoring/ (docs/performance.md, "Compile time").
#ifndef PERFPA_SCORING_CICLO_HPP
#define PERFPA_SCORING_CICLO_HPP

#include <perfpa/detail/id.hpp>
#include <perfpa/detail/testo.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/scoring/aritmetica.hpp>
#include <perfpa/scoring/grado.hpp>
#include <perfpa/values.hpp>

#include <cstdint>
#include <string>

namespace perfpa {

/** Where a shared objective's copy takes its degree from: another copy's NdV entry. */
struct GradoTrasversale {
    const ValutazioneObiettivo* valutazione = nullptr; ///< the entry with the degree; nullptr when none
    const Settore* settore = nullptr;                  ///< the settore of that copy
};

/**
 * ciclo.md §2: the first copy, in document order, of the shared objective
 * `trasversale` whose NdV entry gives a degree and does not neutralise it.
 * The entry counts as the scores count it: the first entry of the settore,
 * the first for the objective.
 */
template <class L = void>
[[nodiscard]] GradoTrasversale grado_trasversale(const Relazione& r, std::string_view trasversale) {
    for (const Settore& s : r.settori) {
        const ValutazioneIndividuale* v = nullptr;
        bool cercato = false;
        for (const Obiettivo& o : s.obiettivi) {
            if (!o.trasversale || !detail::stesso_id(*o.trasversale, trasversale)) continue;
            if (!cercato) v = valutazione_settore<L>(r, s.id), cercato = true;
            const ValutazioneObiettivo* vo = detail::valutazione_obiettivo_in<L>(v, o.id);
            if (vo && vo->grado_raggiungimento && !vo->neutralizzato.value_or(false)) return {vo, &s};
        }
    }
    return {};
}

/**
 * ciclo.md §2 for one copy: when objective `o` is shared and its own NdV
 * entry `propria` (possibly null) neither gives a degree nor neutralises it,
 * the entry of the first copy with a degree; else none (the copy's own entry
 * counts). `r` null: none.
 */
template <class L = void>
[[nodiscard]] GradoTrasversale prestito_trasversale(const Relazione* r, const Obiettivo& o,
                                                    const ValutazioneObiettivo* propria) {
    if (!r || !o.trasversale) return {};
    if (propria && (propria->grado_raggiungimento || propria->neutralizzato.value_or(false))) return {};
    return grado_trasversale<L>(*r, *o.trasversale);
}

namespace detail {

// The NdV entry that gives objective `o` its degree (ciclo.md §2): its own
// entry `propria` (possibly null), or the shared copy's whose degree it
// takes. Every place that reads an objective's degree asks this.
template <class L = void>
const ValutazioneObiettivo* valutazione_di(const Relazione& r, const Obiettivo& o, const ValutazioneObiettivo* propria) {
    const GradoTrasversale prestito = prestito_trasversale<L>(&r, o, propria);
    return prestito.valutazione ? prestito.valutazione : propria;
}

// The end of a borrowed degree's explanation: where the degree came from.
template <class L = void>
void spiega_prestito(Spiegazione perche, const Obiettivo& o, const GradoTrasversale& prestito) {
    perche(" (obiettivo trasversale ", *o.trasversale, ": grado dato all'obiettivo ", prestito.valutazione->obiettivo,
           " del settore ", prestito.settore->id, ")");
}

} // namespace detail

/** A settore's organisational component from its own areas (ciclo.md §6). */
struct CifreAmbitiSettore {
    Opzionale<Punti> punti;       ///< nullopt: no area with a weight that counts
    bool ambito_non_valutato = false; ///< an area that counts has no degree
};

namespace detail {

// ciclo.md §6: W_org × Σ(peso × grado) / (100 × Σ peso) over the settore's
// own areas; a neutralised area leaves, one not evaluated counts 0, one the
// document does not have leaves (RIFERIMENTO_INESISTENTE reports it).
template <class L = void>
CifreAmbitiSettore componente_ambiti_settore(const Relazione& r, const Settore& s, const Smvp& smvp,
                                             Spiegazione perche) {
    CifreAmbitiSettore out;
    const std::int64_t w = smvp.pesi.performance_organizzativa.centesimi();
    const auto& po = r.performance_organizzativa;
    static constexpr auto id_ambito = [](const Ambito& a) -> const std::string& { return a.id; };
    const IndiceId<Ambito, decltype(id_ambito)> ambiti(po && po->ambiti ? &*po->ambiti : nullptr, id_ambito);
    const auto giudizi = indice_giudizi<L>(r);
    Intero128 somma = 0;
    std::int64_t pesi = 0;
    std::string termini, dettagli;
    Spiegazione nei_termini, nei_dettagli;
    if (perche.attiva()) nei_termini = Spiegazione{termini}, nei_dettagli = Spiegazione{dettagli};
    for (const AmbitoSettore& as : *s.ambiti) {
        const Ambito* a = ambiti.trova(as.ambito);
        if (!a) {
            nei_dettagli(se(!dettagli.empty(), "; "), as.ambito, ": ambito inesistente, escluso");
            continue;
        }
        std::string perche_ambito;
        const GradoAmbito g = grado_ambito_in<L>(*a, giudizi.trova(a->id), smvp.giudizi,
                                                 perche.attiva() ? Spiegazione{perche_ambito} : Spiegazione{},
                                                 organo_di<L>(r));
        nei_dettagli(se(!dettagli.empty(), "; "), a->id, ": ", perche_ambito);
        if (g.stato == StatoValutazione::neutralizzato) continue;
        const std::int64_t c = g.grado ? g.grado->centesimi() : 0;
        out.ambito_non_valutato = out.ambito_non_valutato || !g.grado;
        somma = somma_satura128(somma, Intero128{as.peso.centesimi()} * c);
        pesi = somma_satura(pesi, as.peso.centesimi());
        nei_termini(se(!termini.empty(), " + "), centesimi(as.peso.centesimi()), "×", centesimi(c));
    }
    if (pesi <= 0) {
        perche("performance organizzativa del settore: non valutata (conta 0): nessun suo ambito con peso che conti");
        if (!dettagli.empty()) perche(" [", dettagli, "]");
        return out;
    }
    const std::int64_t c = arrotonda(prodotto_saturo128(somma, w), Intero128{100'00} * pesi);
    out.punti = Punti::da_centesimi(c);
    perche("performance organizzativa del settore: (", termini, ") / ", centesimi(pesi), " × ", centesimi(w),
           " / 100 = ", centesimi_fissi(c), " [", dettagli, "]");
    return out;
}

} // namespace detail

} // namespace perfpa

#endif
