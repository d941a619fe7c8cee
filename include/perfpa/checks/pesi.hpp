// perfpa — checks on weights and scales: PESI_SETTORE_INCOERENTI,
// PESI_COMPONENTI_INCOERENTI, PUNTEGGIO_FUORI_SCALA.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_CHECKS_PESI_HPP
#define PERFPA_CHECKS_PESI_HPP

#include <perfpa/checks/controllo.hpp>

namespace perfpa::controlli {

/** PESI_SETTORE_INCOERENTI: Σ objective `peso` ≠ settore `peso`, compared exactly in hundredths. */
template <class L = void>
void pesi_settore_incoerenti(const IngressoControllo& in, Rilevatore& rileva) {
    const auto& settori = in.relazione.settori;
    for (std::size_t i = 0, ni = settori.size(); i < ni; ++i) {
        Peso somma;
        for (const Obiettivo& o : settori[i].obiettivi) somma += o.peso;
        if (somma != settori[i].peso) {
            const auto pesi = perfpa::detail::pesi_affiancati(somma, settori[i].peso);
            rileva(detail::percorso_settore(i),
                   detail::frase(detail::nome_settore(settori[i]), ": i pesi degli obiettivi sommano a ",
                                 pesi.primo, ", il peso del settore è ", pesi.secondo));
        }
    }
}

/** PESI_COMPONENTI_INCOERENTI (SMVP): the Relazione's weights differ from W_org or W_ind. */
template <class L = void>
void pesi_componenti_incoerenti(const IngressoControllo& in, Rilevatore& rileva) {
    const Relazione& r = in.relazione;
    const PesiSmvp& w = in.smvp->pesi;
    if (r.performance_organizzativa && r.performance_organizzativa->peso &&
        *r.performance_organizzativa->peso != w.performance_organizzativa)
        rileva(
            "/performance_organizzativa",
            detail::frase("Performance organizzativa: il peso dichiarato è ",
                              Peso::da_centesimi(r.performance_organizzativa->peso->centesimi()),
                              ", lo SMVP le assegna ",
                              Peso::da_centesimi(w.performance_organizzativa.centesimi())));
    for (std::size_t i = 0, ni = r.settori.size(); i < ni; ++i)
        if (r.settori[i].peso.centesimi() != w.obiettivi_individuali.centesimi())
            rileva(detail::percorso_settore(i),
                   detail::frase(detail::nome_settore(r.settori[i]), ": il peso degli obiettivi individuali è ",
                                 perfpa::detail::pesi_affiancati(r.settori[i].peso, Peso::da_centesimi(w.obiettivi_individuali.centesimi())).primo,
                                 ", lo SMVP gli assegna ",
                                 perfpa::detail::pesi_affiancati(r.settori[i].peso, Peso::da_centesimi(w.obiettivi_individuali.centesimi())).secondo));
}

/**
 * PUNTEGGIO_FUORI_SCALA: the organisational `valore_realizzato` exceeds its
 * `peso`; with an SMVP, an NdV `comportamenti` exceeds W_comp.
 */
template <class L = void>
void punteggio_fuori_scala(const IngressoControllo& in, Rilevatore& rileva) {
    const Relazione& r = in.relazione;
    if (const auto& po = r.performance_organizzativa;
        po && po->peso && po->valore_realizzato && *po->valore_realizzato > *po->peso)
        rileva("/performance_organizzativa", detail::frase("Performance organizzativa: il valore realizzato ",
                                                               formatta_punti(*po->valore_realizzato),
                                                               " supera il peso ", formatta_punti(*po->peso)));
    if (!in.smvp || !r.valutazione_ndv || !r.valutazione_ndv->valutazioni_individuali) return;
    const auto& vi = *r.valutazione_ndv->valutazioni_individuali;
    for (std::size_t k = 0, nk = vi.size(); k < nk; ++k)
        if (vi[k].comportamenti && *vi[k].comportamenti > in.smvp->pesi.comportamenti)
            rileva(detail::percorso_valutazione(k),
                   detail::frase("Valutazione del settore ", vi[k].settore, ": i comportamenti valgono ",
                                     formatta_punti(*vi[k].comportamenti), " punti, oltre il massimo di ",
                                     formatta_punti(in.smvp->pesi.comportamenti), " dello SMVP"));
}

} // namespace perfpa::controlli

#endif
