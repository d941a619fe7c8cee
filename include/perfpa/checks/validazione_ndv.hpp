// perfpa — checks on the NdV's evaluation and validation and on deadlines:
// NEUTRALIZZAZIONE_SENZA_MOTIVAZIONE, VALIDAZIONE_PRIMA_DELL_APPROVAZIONE,
// RELAZIONE_NON_VALIDATA, VALIDAZIONE_ASSENTE, RELAZIONE_OLTRE_TERMINE.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_CHECKS_VALIDAZIONE_NDV_HPP
#define PERFPA_CHECKS_VALIDAZIONE_NDV_HPP

#include <perfpa/checks/controllo.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/scoring/grado.hpp>

#include <algorithm>
#include <functional>
#include <vector>

namespace perfpa {

namespace controlli::detail {

// "Il Nucleo di Valutazione" / "L'OIV" (as the scoring's explanations name them, at the start of a sentence).
template <class L = void>
std::string_view organo(const ValutazioneNdV& v) {
    return v.organo == OrganoValutazione::oiv ? "L'OIV" : "Il Nucleo di Valutazione";
}

// Whether some objective entry of the NdV is neutralised with no or a blank
// `motivazione`: without one, NEUTRALIZZAZIONE_SENZA_MOTIVAZIONE has nothing
// to look up.
template <class L = void>
bool neutralizzazione_senza_motivazione_presente(const Relazione& r) {
    if (!r.valutazione_ndv || !r.valutazione_ndv->valutazioni_individuali) return false;
    for (const ValutazioneIndividuale& vi : *r.valutazione_ndv->valutazioni_individuali)
        if (vi.obiettivi)
            for (const ValutazioneObiettivo& vo : *vi.obiettivi)
                if (vo.neutralizzato.value_or(false) && vuoto_o_spazi(vo.motivazione)) return true;
    return false;
}

} // namespace controlli::detail

namespace controlli {

/**
 * NEUTRALIZZAZIONE_SENZA_MOTIVAZIONE: an objective is neutralised by the NdV
 * entry that counts for it (as the scoring engine finds it) with no or a
 * blank `motivazione`. Entries for objectives that do not exist, or that do
 * not count, are left to RIFERIMENTO_INESISTENTE and VALUTAZIONE_DUPLICATA.
 */
template <class L = void>
void neutralizzazione_senza_motivazione(const IngressoControllo& in, Rilevatore& rileva) {
    const Relazione& r = in.relazione;
    if (!detail::neutralizzazione_senza_motivazione_presente<L>(r)) return;
    // Duplicate ids must not report one entry twice. A sorted vector, not a
    // std::set, whose <set> costs compile time (see docs/internals.md).
    std::vector<const ValutazioneObiettivo*> visti;
    const auto valutazioni = perfpa::detail::indice_valutazioni<L>(r);
    for (const Settore& s : r.settori) {
        const ValutazioneIndividuale* vi = valutazioni.trova(s.id);
        if (!vi) continue;
        const auto valutati = perfpa::detail::indice_obiettivi_valutati<L>(vi);
        for (const Obiettivo& o : s.obiettivi) {
            const ValutazioneObiettivo* vo = valutati.trova(o.id);
            if (!vo || !vo->neutralizzato.value_or(false) || !detail::vuoto_o_spazi(vo->motivazione) ||
                !detail::inserisci_ordinato(visti, vo, std::less<>{}))
                continue;
            const auto k = static_cast<std::size_t>(vi - r.valutazione_ndv->valutazioni_individuali->data());
            const auto m = static_cast<std::size_t>(vo - vi->obiettivi->data());
            rileva(detail::frase(detail::percorso_valutazione(k), "/obiettivi/", m),
                   detail::frase(detail::soggetto_obiettivo(s, o), ": neutralizzato senza motivazione"));
        }
    }
}

/** VALIDAZIONE_PRIMA_DELL_APPROVAZIONE: `validazione.data` is earlier than `approvazione.data`. */
template <class L = void>
void validazione_prima_dell_approvazione(const IngressoControllo& in, Rilevatore& rileva) {
    const Relazione& r = in.relazione;
    if (!r.approvazione || !r.approvazione->data || !r.valutazione_ndv || !r.valutazione_ndv->validazione ||
        !r.valutazione_ndv->validazione->data)
        return;
    const Data validata = *r.valutazione_ndv->validazione->data, approvata = *r.approvazione->data;
    if (validata < approvata)
        rileva("/valutazione_ndv/validazione",
               detail::frase("Validazione: datata ", formatta_data(validata),
                                 ", prima dell'approvazione della Relazione del ", formatta_data(approvata)));
}

/** RELAZIONE_NON_VALIDATA: the validation's outcome is `non_validata`, so no bonus may be paid. */
template <class L = void>
void relazione_non_validata(const IngressoControllo& in, Rilevatore& rileva) {
    const Relazione& r = in.relazione;
    if (r.valutazione_ndv && r.valutazione_ndv->validazione &&
        r.valutazione_ndv->validazione->esito == EsitoValidazione::non_validata)
        rileva("/valutazione_ndv/validazione",
               detail::frase(detail::organo<L>(*r.valutazione_ndv), " non ha validato la Relazione ",
                                 r.anno, ": non può essere pagato alcun premio"));
}

/** VALIDAZIONE_ASSENTE: a `valutazione_ndv` without `validazione`. */
template <class L = void>
void validazione_assente(const IngressoControllo& in, Rilevatore& rileva) {
    const Relazione& r = in.relazione;
    if (r.valutazione_ndv && !r.valutazione_ndv->validazione)
        rileva("/valutazione_ndv", detail::frase(detail::organo<L>(*r.valutazione_ndv),
                                                     " non dichiara l'esito della validazione della Relazione ",
                                                     r.anno));
}

/** RELAZIONE_OLTRE_TERMINE: the approval or the validation is dated after 30 June of `anno` + 1; one finding per late
 * date. */
template <class L = void>
void relazione_oltre_termine(const IngressoControllo& in, Rilevatore& rileva) {
    const Relazione& r = in.relazione;
    if (r.anno > 9998) return; // a year outside the calendar: nothing to compare with
    const auto termine = Data::da_parti(r.anno + 1, 6, 30);
    if (!termine) return;
    auto controlla = [&](const Opzionale<Data>& d, const char* percorso, const char* cosa) {
        if (d && *d > *termine)
            rileva(percorso, detail::frase(cosa, " del ", formatta_data(*d), ", oltre il termine del ",
                                               formatta_data(*termine)));
    };
    if (r.approvazione) controlla(r.approvazione->data, "/approvazione", "Approvazione della Relazione");
    if (r.valutazione_ndv && r.valutazione_ndv->validazione)
        controlla(r.valutazione_ndv->validazione->data, "/valutazione_ndv/validazione", "Validazione della Relazione");
}

} // namespace controlli

} // namespace perfpa

#endif
