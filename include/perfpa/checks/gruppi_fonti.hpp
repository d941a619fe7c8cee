// perfpa — objectives grouped under caps (ciclo.md §8) and who graded each
// objective (ciclo.md §9): PESI_GRUPPO_INCOERENTI, GRADO_NON_VALIDATO_DAL_NDV.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_CHECKS_GRUPPI_FONTI_HPP
#define PERFPA_CHECKS_GRUPPI_FONTI_HPP

#include <perfpa/checks/controllo.hpp>
#include <perfpa/scoring/grado.hpp>

#include <cstddef>
#include <string_view>

namespace perfpa::controlli {

/**
 * PESI_GRUPPO_INCOERENTI (ciclo.md §8): the weights of a group's objectives
 * do not sum to its `peso_massimo` (one finding at the group), or the groups'
 * caps do not sum to the settore's `peso` (one finding at `gruppi`). Exact,
 * in hundredths. An objective naming no group of its settore is said at
 * the group list too: its weight is in no group.
 */
template <class L = void>
void pesi_gruppo_incoerenti(const IngressoControllo& in, Rilevatore& rileva) {
    const auto& settori = in.relazione.settori;
    for (std::size_t i = 0, ni = settori.size(); i < ni; ++i) {
        const Settore& s = settori[i];
        if (!s.gruppi || s.gruppi->empty()) continue;
        const auto& gruppi = *s.gruppi;
        Peso tetti;
        for (std::size_t g = 0, ng = gruppi.size(); g < ng; ++g) {
            const GruppoObiettivi& gr = gruppi[g];
            tetti += gr.peso_massimo;
            Peso somma;
            std::size_t n = 0;
            for (const Obiettivo& o : s.obiettivi)
                if (o.gruppo && *o.gruppo == gr.id) {
                    somma += o.peso;
                    ++n;
                }
            if (somma == gr.peso_massimo) continue;
            const auto pesi = perfpa::detail::pesi_affiancati(somma, gr.peso_massimo);
            rileva(detail::frase(detail::percorso_settore(i), "/gruppi/", g), detail::Frase([&](detail::Testo& m) {
                       m << detail::nome_settore(s) << ", gruppo «"
                         << std::string_view(gr.denominazione.empty() ? gr.id : gr.denominazione) << "»: ";
                       if (n == 0) m << "nessun obiettivo (peso 0)";
                       else if (n == 1) m << "il peso del suo obiettivo è " << pesi.primo;
                       else m << "i pesi dei suoi " << n << " obiettivi sommano a " << pesi.primo;
                       m << ", il peso massimo del gruppo è " << pesi.secondo;
                   }));
        }
        if (tetti != s.peso) {
            const auto pesi = perfpa::detail::pesi_affiancati(tetti, s.peso);
            rileva(detail::frase(detail::percorso_settore(i), "/gruppi"),
                   detail::frase(detail::nome_settore(s), ": i pesi massimi dei gruppi sommano a ", pesi.primo,
                                 ", il peso del settore è ", pesi.secondo));
        }
        for (const Obiettivo& o : s.obiettivi) {
            if (!o.gruppo) continue;
            bool trovato = false;
            for (const GruppoObiettivi& gr : gruppi) trovato = trovato || gr.id == *o.gruppo;
            if (!trovato)
                rileva(detail::frase(detail::percorso_settore(i), "/gruppi"),
                       detail::frase(detail::soggetto_obiettivo(s, o), ": il gruppo «", *o.gruppo,
                                     "» non è tra i gruppi del settore: il suo peso non è in alcun gruppo"));
        }
    }
}

/**
 * GRADO_NON_VALIDATO_DAL_NDV (ciclo.md §9): in a Relazione the NdV
 * validated, a degree whose `fonte` is the head's self-assessment or the
 * management control: it counts, but the validation did not give it.
 */
template <class L = void>
void grado_non_validato_dal_ndv(const IngressoControllo& in, Rilevatore& rileva) {
    const auto& v = in.relazione.valutazione_ndv;
    if (!v || !v->validazione || v->validazione->esito != EsitoValidazione::validata || !v->valutazioni_individuali)
        return;
    const auto& vi = *v->valutazioni_individuali;
    for (std::size_t k = 0, nk = vi.size(); k < nk; ++k) {
        if (!vi[k].obiettivi) continue;
        const auto& vo = *vi[k].obiettivi;
        for (std::size_t m = 0, nm = vo.size(); m < nm; ++m) {
            if (!vo[m].fonte || *vo[m].fonte == FonteGrado::ndv || !vo[m].grado_raggiungimento) continue;
            rileva(detail::frase(detail::percorso_valutazione(k), "/obiettivi/", m),
                   detail::frase("Valutazione dell'obiettivo ", vo[m].obiettivo, " del settore ", vi[k].settore,
                                 ": grado ", *vo[m].grado_raggiungimento, " ", descrizione_fonte(*vo[m].fonte),
                                 ", non ", perfpa::detail::nomi_valutatore(v->organo).dal,
                                 ": conta nel punteggio, ma la validazione non lo copre"));
        }
    }
}

} // namespace perfpa::controlli

#endif
