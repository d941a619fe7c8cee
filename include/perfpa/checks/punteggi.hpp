// perfpa — checks that need the scoring engine's degrees and scores:
// OBIETTIVO_NON_VALUTATO, VALUTAZIONI_NON_DIFFERENZIATE.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_CHECKS_PUNTEGGI_HPP
#define PERFPA_CHECKS_PUNTEGGI_HPP

#include <perfpa/checks/controllo.hpp>
#include <perfpa/model/vincoli.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/scoring/grado.hpp>
#include <perfpa/scoring/punteggi.hpp>

#include <algorithm>
#include <vector>

namespace perfpa::controlli {

namespace detail {
// Whether the scores are defined: there is an SMVP and it is valid, as the
// runner found it (`smvp_valido`) or, when it has not said, as found here.
template <class L = void>
bool punteggi_definiti(const IngressoControllo& in) {
    return in.smvp && (in.smvp_valido || errori_modello(*in.smvp).empty());
}
} // namespace detail

/**
 * OBIETTIVO_NON_VALUTATO: the Relazione has a `valutazione_ndv` and an
 * objective that is not neutralised gets no degree (grado_obiettivo says
 * non_valutato). Without a `valutazione_ndv` (a Piano) it is silent.
 */
template <class L = void>
void obiettivo_non_valutato(const IngressoControllo& in, Rilevatore& rileva) {
    const Relazione& r = in.relazione;
    if (!r.valutazione_ndv) return;
    const std::string_view dal_organo = perfpa::detail::nomi_valutatore(r.valutazione_ndv->organo).dal;
    // The scores, when given, hold each objective's degree (the threshold does not change its state).
    const std::vector<PunteggioSettore>* punteggi =
        in.punteggi && in.punteggi->size() == r.settori.size() ? in.punteggi : nullptr;
    const auto valutazioni = perfpa::detail::indice_valutazioni<L>(r);
    // Spans, here and in the other checks' loops: their bounds and data stay
    // in registers across the calls that report findings.
    const std::span<const Settore> settori(r.settori);
    for (std::size_t i = 0; i < settori.size(); ++i) {
        const Settore& s = settori[i];
        const std::span<const Obiettivo> obiettivi(s.obiettivi);
        const std::vector<ContributoObiettivo>* gradi = punteggi ? &(*punteggi)[i].obiettivi : nullptr;
        if (gradi && gradi->size() != obiettivi.size()) gradi = nullptr;
        const ContributoObiettivo* grado = gradi ? gradi->data() : nullptr;
        const auto valutati = perfpa::detail::indice_obiettivi_valutati<L>(gradi ? nullptr : valutazioni.trova(s.id));
        for (std::size_t j = 0; j < obiettivi.size(); ++j) {
            const Obiettivo& o = obiettivi[j];
            // As grado_obiettivo, without writing its explanation.
            const StatoValutazione stato =
                grado ? grado[j].grado.stato
                      : perfpa::detail::grado_obiettivo_in<L>(o, perfpa::detail::valutazione_di<L>(r, o, valutati.trova(o.id)), Percentuale{},
                                                           perfpa::detail::Spiegazione{})
                            .stato;
            if (stato == StatoValutazione::non_valutato)
                rileva(detail::percorso_obiettivo(i, j),
                       detail::frase(detail::soggetto_obiettivo(s, o),
                                         ": nessun grado di raggiungimento, né ", dal_organo, " né dagli indicatori"));
        }
    }
}

/**
 * VALUTAZIONI_NON_DIFFERENZIATE (SMVP): at least 3 settori have a complete
 * score and all of them fall in the same band. Silent with an SMVP that is
 * not valid (the scores are not defined).
 */
template <class L = void>
void valutazioni_non_differenziate(const IngressoControllo& in, Rilevatore& rileva) {
    if (!detail::punteggi_definiti<L>(in)) return;
    std::size_t completi = 0;
    Opzionale<std::string_view> fascia; // views a score, alive until the end
    bool stessa = true;
    std::vector<PunteggioSettore> propri; // the scores, when the caller has not given them
    if (!in.punteggi) propri = calcola_punteggi<L>(in.relazione, *in.smvp, {.spiegazioni = false});
    for (const PunteggioSettore& p : in.punteggi ? *in.punteggi : propri) {
        if (!p.completo) continue;
        ++completi;
        if (!fascia) fascia = p.fascia;
        stessa = stessa && p.fascia == *fascia;
    }
    if (completi < 3 || !stessa) return;
    rileva("/settori", detail::frase("Settori: tutti i ", completi,
                                         " responsabili con punteggio completo sono nella fascia ", *fascia,
                                         ", le valutazioni non sono differenziate"));
}

/**
 * QUOTE_FASCE_NON_CRESCENTI (SMVP; not in rules.md, added with the format's
 * ranges): a band reached by a higher score gives a smaller share of the
 * bonus than a band below it, so a better evaluation would be paid less.
 * One finding for each such pair of neighbouring bands (bands ordered by
 * `da`), on the document (`""`): the SMVP is not part of the Relazione.
 * Silent with an SMVP that is not valid.
 */
template <class L = void>
void quote_fasce_non_crescenti(const IngressoControllo& in, Rilevatore& rileva) {
    if (!detail::punteggi_definiti<L>(in)) return;
    std::vector<const Fascia*> fasce;
    for (const Fascia& f : in.smvp->fasce) fasce.push_back(&f);
    std::sort(fasce.begin(), fasce.end(), [](const Fascia* a, const Fascia* b) { return a->da < b->da; });
    for (std::size_t k = 1; k < fasce.size(); ++k) {
        const Fascia& sotto = *fasce[k - 1];
        const Fascia& sopra = *fasce[k];
        if (sopra.quota_premio >= sotto.quota_premio) continue;
        using perfpa::detail::centesimi;
        rileva("", detail::frase("SMVP: la fascia ", sopra.nome, " (da ", centesimi(sopra.da.centesimi()),
                                 ") ha una quota del premio del ", sopra.quota_premio, ", minore della fascia ",
                                 sotto.nome, " (da ", centesimi(sotto.da.centesimi()), ", ", sotto.quota_premio,
                                 "): la quota scende al salire del punteggio"));
    }
}

} // namespace perfpa::controlli

#endif
