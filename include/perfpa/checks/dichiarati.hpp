// perfpa — what a document declares about itself (ciclo.md §7): the figures
// a Relazione prints (an objective's points, a settore's components and
// total, the degree of its objectives) against the ones its data give.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_CHECKS_DICHIARATI_HPP
#define PERFPA_CHECKS_DICHIARATI_HPP

#include <perfpa/checks/controllo.hpp>
#include <perfpa/checks/punteggi.hpp>
#include <perfpa/model/vincoli.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/scoring/aritmetica.hpp>
#include <perfpa/scoring/ciclo.hpp>
#include <perfpa/scoring/grado.hpp>
#include <perfpa/scoring/punteggi.hpp>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace perfpa::controlli {

namespace detail {

// A declared figure differs from the computed one by more than 0,01 (one hundredth).
// The difference is taken in 128 bits: a model built in C++ may hold any
// 64-bit count of hundredths, and their difference must not overflow.
inline bool diverso(std::int64_t dichiarato, std::int64_t calcolato) noexcept {
    const Intero128 d = Intero128{dichiarato} - calcolato;
    return d > 1 || d < -1;
}

} // namespace detail

/**
 * DICHIARATO_DIVERSO_DAL_CALCOLATO (ciclo.md §7): a settore's
 * `grado_dichiarato` differs from the peso-weighted mean of its objectives'
 * degrees as the scores give them (neutralised ones left out, one without a
 * degree counting 0, a shared copy without one taking another copy's);
 * with an SMVP, an objective's `punti_dichiarati` from its contribution, a
 * settore's `punteggi_dichiarati` from its components and total. Each
 * message gives both figures and the arithmetic.
 */
template <class L = void>
void dichiarato_diverso_dal_calcolato(const IngressoControllo& in, Rilevatore& rileva) {
    using perfpa::detail::centesimi;
    using perfpa::detail::centesimi_fissi;
    using perfpa::detail::se;
    const Relazione& r = in.relazione;
    const Percentuale soglia =
        in.smvp ? in.smvp->soglia_minima_obiettivo.value_or(Percentuale{}) : Percentuale{};
    const auto valutazioni = perfpa::detail::indice_valutazioni<L>(r);
    const OrganoValutazione organo = organo_di<L>(r);
    // The peso and degree, in hundredths, of each objective that counts in
    // the settore at hand (neutralised ones do not, one without a degree
    // counts 0): their sum, and on a finding its arithmetic.
    std::vector<std::pair<std::int64_t, std::int64_t>> pesi_gradi;
    bool serve_punteggio = false;
    for (std::size_t i = 0, ni = r.settori.size(); i < ni; ++i) {
        const Settore& s = r.settori[i];
        serve_punteggio = serve_punteggio || s.punteggi_dichiarati.has_value();
        for (const Obiettivo& o : s.obiettivi) serve_punteggio = serve_punteggio || o.punti_dichiarati.has_value();
        if (!s.grado_dichiarato) continue;
        const auto valutati = perfpa::detail::indice_obiettivi_valutati<L>(valutazioni.trova(s.id));
        pesi_gradi.clear();
        for (const Obiettivo& o : s.obiettivi) {
            // The degree the scores give it: a shared copy without one of its
            // own takes another copy's (ciclo.md §2), as in calcola_individuale.
            const ValutazioneObiettivo* ndv = perfpa::detail::valutazione_di<L>(r, o, valutati.trova(o.id));
            // The figures only: the arithmetic is written for a finding.
            const GradoObiettivo g =
                perfpa::detail::grado_obiettivo_in<L>(o, ndv, soglia, perfpa::detail::Spiegazione{}, organo);
            if (g.stato == StatoValutazione::neutralizzato) continue;
            pesi_gradi.emplace_back(o.peso.centesimi(), g.grado ? g.grado->centesimi() : 0);
        }
        Intero128 somma = 0;
        std::int64_t somma_pesi = 0;
        for (const auto& [peso, grado] : pesi_gradi) {
            somma = perfpa::detail::somma_satura128(somma, Intero128{peso} * grado);
            somma_pesi = perfpa::detail::somma_satura(somma_pesi, peso);
        }
        if (somma_pesi <= 0) continue; // no degree to compare with: the other checks say why
        const std::int64_t calcolato = arrotonda(somma, Intero128{somma_pesi});
        if (!detail::diverso(s.grado_dichiarato->centesimi(), calcolato)) continue;
        std::string termini; // "15×100 + 15×80"
        {
            perfpa::detail::Testo t(termini);
            bool primo = true;
            for (const auto& [peso, grado] : pesi_gradi) {
                t << se(!primo, " + ") << centesimi(peso) << "×" << centesimi(grado);
                primo = false;
            }
        }
        rileva(perfpa::detail::testo(detail::percorso_settore(i), "/grado_dichiarato"),
               detail::frase(detail::nome_settore(s), ": grado degli obiettivi dichiarato ",
                             centesimi_fissi(s.grado_dichiarato->centesimi()), "%, calcolato ",
                             centesimi_fissi(calcolato), "% = (", termini, ") / ", centesimi(somma_pesi)));
    }
    if (!serve_punteggio || !detail::punteggi_definiti<L>(in)) return;
    // The figures: the caller's scores, else computed here without explanations.
    std::vector<PunteggioSettore> propri;
    if (!in.punteggi) propri = calcola_punteggi<L>(r, *in.smvp, {.spiegazioni = false});
    const std::vector<PunteggioSettore>& punteggi = in.punteggi ? *in.punteggi : propri;
    // The explanations, which a finding on a component quotes: the caller's
    // when its scores have them; else settore i's score computed again with
    // them (as calcola_punteggi computes each settore's), for the settori
    // with such a finding alone.
    const bool dati_spiegati = in.punteggi && !in.punteggi->empty() &&
                               !(*in.punteggi)[0].obiettivi_individuali.spiegazione.empty();
    Opzionale<ComponenteOrganizzativa> organizzativa; // explained, computed at the first need
    PunteggioSettore spiegato;
    std::size_t settore_spiegato = r.settori.size(); // none yet
    const auto spiegato_di = [&](std::size_t i) -> const PunteggioSettore& {
        if (dati_spiegati) return punteggi[i];
        if (settore_spiegato != i) {
            if (!organizzativa) organizzativa = perfpa::detail::componente_organizzativa_in<L>(r, *in.smvp, true);
            const Settore& s = r.settori[i];
            perfpa::detail::punteggio_settore<L>(r, s, valutazioni.trova(s.id), *in.smvp, *organizzativa, true, spiegato);
            settore_spiegato = i;
        }
        return spiegato;
    };
    const std::int64_t w = in.smvp->pesi.obiettivi_individuali.centesimi();
    for (std::size_t i = 0, ni = r.settori.size(); i < ni && i < punteggi.size(); ++i) {
        const Settore& s = r.settori[i];
        const PunteggioSettore& p = punteggi[i];
        std::int64_t somma_pesi = 0;
        for (const ContributoObiettivo& c : p.obiettivi)
            if (c.grado.stato != StatoValutazione::neutralizzato)
                somma_pesi = perfpa::detail::somma_satura(somma_pesi, c.peso.centesimi());
        for (std::size_t j = 0, nj = s.obiettivi.size(); j < nj && j < p.obiettivi.size(); ++j) {
            const Obiettivo& o = s.obiettivi[j];
            const ContributoObiettivo& c = p.obiettivi[j];
            if (!o.punti_dichiarati) continue;
            const std::int64_t calcolato = c.contributo ? c.contributo->centesimi() : 0;
            if (!detail::diverso(o.punti_dichiarati->centesimi(), calcolato)) continue;
            const std::int64_t grado = c.grado.grado ? c.grado.grado->centesimi() : 0;
            rileva(perfpa::detail::testo(detail::percorso_obiettivo(i, j), "/punti_dichiarati"),
                   detail::Frase([&](perfpa::detail::Testo& m) {
                       m << detail::soggetto_obiettivo(s, o) << ": punti dichiarati "
                         << centesimi_fissi(o.punti_dichiarati->centesimi()) << ", calcolati "
                         << centesimi_fissi(calcolato);
                       if (c.contributo)
                           m << " = " << centesimi(o.peso.centesimi()) << " × " << centesimi(grado) << " × "
                             << centesimi(w) << " / (100 × " << centesimi(somma_pesi) << ")";
                       else if (c.grado.stato == StatoValutazione::neutralizzato)
                           m << " (obiettivo neutralizzato: non conta)";
                       else
                           m << " (componente non valutata)";
                   }));
        }
        if (!s.punteggi_dichiarati) continue;
        const PunteggiDichiarati& d = *s.punteggi_dichiarati;
        // `componente` names the member of a PunteggioSettore compared
        // (&PunteggioSettore::comportamenti): its figure is p's, its
        // explanation the explained score's.
        const auto confronta = [&](const Opzionale<Punti>& dichiarato, std::string_view chiave,
                                   std::string_view nome, Componente PunteggioSettore::*componente) {
            if (!dichiarato) return;
            const Componente& c = p.*componente;
            const std::int64_t calcolato = c.punti ? c.punti->centesimi() : 0;
            if (!detail::diverso(dichiarato->centesimi(), calcolato)) return;
            rileva(perfpa::detail::testo(detail::percorso_settore(i), "/punteggi_dichiarati/", chiave),
                   detail::frase(detail::nome_settore(s), ": ", nome, " dichiarata ",
                                 centesimi_fissi(dichiarato->centesimi()), ", calcolata ", centesimi_fissi(calcolato),
                                 " (", (spiegato_di(i).*componente).spiegazione, ")"));
        };
        confronta(d.performance_organizzativa, "performance_organizzativa", "performance organizzativa",
                  &PunteggioSettore::performance_organizzativa);
        confronta(d.obiettivi_individuali, "obiettivi_individuali", "componente degli obiettivi individuali",
                  &PunteggioSettore::obiettivi_individuali);
        confronta(d.comportamenti, "comportamenti", "componente dei comportamenti", &PunteggioSettore::comportamenti);
        if (d.totale && detail::diverso(d.totale->centesimi(), p.totale.centesimi())) {
            const auto punti = [](const Componente& c) { return c.punti ? c.punti->centesimi() : 0; };
            rileva(perfpa::detail::testo(detail::percorso_settore(i), "/punteggi_dichiarati/totale"),
                   detail::frase(detail::nome_settore(s), ": totale dichiarato ", centesimi_fissi(d.totale->centesimi()),
                                 ", calcolato ", centesimi_fissi(p.totale.centesimi()), " = ",
                                 centesimi(punti(p.performance_organizzativa)), " + ",
                                 centesimi(punti(p.obiettivi_individuali)), " + ", centesimi(punti(p.comportamenti))));
        }
    }
}

} // namespace perfpa::controlli

#endif
