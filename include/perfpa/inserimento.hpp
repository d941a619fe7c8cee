// perfpa — data entry: finding elements of a Relazione by id, and writing the
// evaluation body's (NdV's) entries one field at a time, as a data-entry
// screen does: find-or-create the entry of a settore, an objective or an
// area, then set a degree, a neutralisation with its reason, the behaviours'
// points, a judgment, the validation.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept on the writers: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_INSERIMENTO_HPP
#define PERFPA_INSERIMENTO_HPP

#include <perfpa/model/relazione.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/values.hpp>

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace perfpa {

// ---------------------------------------------------------------------------
// Look-ups by id: the first element with that id (ids should be unique; the
// check ID_DUPLICATO reports those that are not), or null.

/** The settore with id `settore`, or null. */
[[nodiscard]] inline Settore* trova_settore(Relazione& r, std::string_view settore) noexcept {
    for (Settore& s : r.settori)
        if (s.id == settore) return &s;
    return nullptr;
}
[[nodiscard]] inline const Settore* trova_settore(const Relazione& r, std::string_view settore) noexcept {
    return trova_settore(const_cast<Relazione&>(r), settore);
}

/** The objective with id `obiettivo` of a settore, or null. */
[[nodiscard]] inline Obiettivo* trova_obiettivo(Settore& s, std::string_view obiettivo) noexcept {
    for (Obiettivo& o : s.obiettivi)
        if (o.id == obiettivo) return &o;
    return nullptr;
}
[[nodiscard]] inline const Obiettivo* trova_obiettivo(const Settore& s, std::string_view obiettivo) noexcept {
    return trova_obiettivo(const_cast<Settore&>(s), obiettivo);
}

/** The area with id `ambito` of the organisational performance, or null. */
[[nodiscard]] inline Ambito* trova_ambito(Relazione& r, std::string_view ambito) noexcept {
    if (!r.performance_organizzativa || !r.performance_organizzativa->ambiti) return nullptr;
    for (Ambito& a : *r.performance_organizzativa->ambiti)
        if (a.id == ambito) return &a;
    return nullptr;
}
[[nodiscard]] inline const Ambito* trova_ambito(const Relazione& r, std::string_view ambito) noexcept {
    return trova_ambito(const_cast<Relazione&>(r), ambito);
}

// The NdV's entries are looked up with `valutazione_settore(r, settore)`,
// `valutazione_obiettivo(r, settore, obiettivo)` and `giudizio_ambito(r, ambito)`
// of <perfpa/scoring.hpp> (const, null when absent; the first entry counts).

// ---------------------------------------------------------------------------
// Find-or-create: `voce_ndv_*` returns the NdV's entry (voce), creating it
// (and the blocks around it) when absent. An id the Relazione does not have is refused with
// std::invalid_argument (message in Italian): an entry for it would only be
// reported later as RIFERIMENTO_INESISTENTE.

namespace detail {
[[noreturn]] inline void inesistente(std::string_view che_cosa, std::string_view id, std::string_view dove = {}) {
    std::string m(che_cosa);
    m += " \"";
    m += id;
    m += "\" inesistente";
    if (!dove.empty()) {
        m += " ";
        m += dove;
    }
    throw ArgomentoNonValido(m);
}
} // namespace detail

/** The NdV's section, created (organ `nucleo_di_valutazione`) when absent. */
template <class L = void>
ValutazioneNdV& sezione_ndv(Relazione& r) {
    if (!r.valutazione_ndv) r.valutazione_ndv.emplace();
    return *r.valutazione_ndv;
}

/** The NdV's entry for the settore `settore`, created when absent. Throws when the Relazione has no such settore. */
template <class L = void>
ValutazioneIndividuale& voce_ndv_settore(Relazione& r, std::string_view settore) {
    if (!trova_settore(r, settore)) detail::inesistente("settore", settore, "nella Relazione");
    auto& elenco = sezione_ndv<L>(r).valutazioni_individuali;
    if (!elenco) elenco.emplace();
    for (ValutazioneIndividuale& v : *elenco)
        if (v.settore == settore) return v;
    ValutazioneIndividuale& nuova = elenco->emplace_back();
    nuova.settore = std::string(settore);
    return nuova;
}

/**
 * The NdV's entry for the objective `obiettivo` of the settore `settore`,
 * created when absent (with neither a degree nor a neutralisation: set one,
 * or the document will not encode as a valid one). Throws when the settore
 * or its objective does not exist.
 */
template <class L = void>
ValutazioneObiettivo& voce_ndv_obiettivo(Relazione& r, std::string_view settore, std::string_view obiettivo) {
    const Settore* s = trova_settore(r, settore);
    if (!s) detail::inesistente("settore", settore, "nella Relazione");
    if (!trova_obiettivo(*s, obiettivo)) detail::inesistente("obiettivo", obiettivo, "nel settore \"" + s->id + "\"");
    auto& elenco = voce_ndv_settore<L>(r, settore).obiettivi;
    if (!elenco) elenco.emplace();
    for (ValutazioneObiettivo& o : *elenco)
        if (o.obiettivo == obiettivo) return o;
    ValutazioneObiettivo& nuova = elenco->emplace_back();
    nuova.obiettivo = std::string(obiettivo);
    return nuova;
}

/** The NdV's judgment on the area `ambito`, created (with no judgment yet) when absent. Throws when there is no such area. */
template <class L = void>
GiudizioAmbito& voce_ndv_ambito(Relazione& r, std::string_view ambito) {
    if (!trova_ambito(r, ambito)) detail::inesistente("ambito", ambito, "nella performance organizzativa");
    auto& elenco = sezione_ndv<L>(r).giudizi_ambiti;
    if (!elenco) elenco.emplace();
    for (GiudizioAmbito& g : *elenco)
        if (g.ambito == ambito) return g;
    GiudizioAmbito& nuovo = elenco->emplace_back();
    nuovo.ambito = std::string(ambito);
    return nuovo;
}

// ---------------------------------------------------------------------------
// Setting one field. Values outside their range are refused with
// std::invalid_argument, as the decoder would refuse them in a document.

/** Sets an objective's degree of achievement (0–100), removing a neutralisation it had. */
template <class L = void>
ValutazioneObiettivo& imposta_grado(Relazione& r, std::string_view settore, std::string_view obiettivo,
                                           Percentuale grado) {
    if (!grado.nel_intervallo()) throw ArgomentoNonValido("grado di raggiungimento fuori intervallo (0–100)");
    ValutazioneObiettivo& v = voce_ndv_obiettivo<L>(r, settore, obiettivo);
    v.grado_raggiungimento = grado;
    v.neutralizzato.reset();
    v.motivazione.reset();
    return v;
}

/**
 * Neutralises an objective (it leaves the score) with its reason, removing
 * a degree it had. A blank reason is refused: the check
 * NEUTRALIZZAZIONE_SENZA_MOTIVAZIONE would report it.
 */
template <class L = void>
ValutazioneObiettivo& neutralizza(Relazione& r, std::string_view settore, std::string_view obiettivo,
                                         std::string motivazione) {
    if (motivazione.find_first_not_of(" \t\r\n") == std::string::npos)
        throw ArgomentoNonValido("neutralizzazione senza motivazione");
    ValutazioneObiettivo& v = voce_ndv_obiettivo<L>(r, settore, obiettivo);
    v.grado_raggiungimento.reset();
    v.neutralizzato = true;
    v.motivazione = std::move(motivazione);
    return v;
}

/** Sets the behaviours' points of a settore's head (0–100; the SMVP's weight caps them when scoring). */
template <class L = void>
ValutazioneIndividuale& imposta_comportamenti(Relazione& r, std::string_view settore, Punti punti) {
    if (!punti.nel_intervallo()) throw ArgomentoNonValido("punti dei comportamenti fuori intervallo (0–100)");
    ValutazioneIndividuale& v = voce_ndv_settore<L>(r, settore);
    v.comportamenti = punti;
    return v;
}

/** Sets the NdV's judgment on an area and, when given, its comment. */
template <class L = void>
GiudizioAmbito& imposta_giudizio(Relazione& r, std::string_view ambito, Giudizio giudizio,
                                        Opzionale<std::string> commento = std::nullopt) {
    GiudizioAmbito& g = voce_ndv_ambito<L>(r, ambito);
    g.giudizio = giudizio;
    if (commento) g.commento = std::move(commento);
    return g;
}

/** Sets the validation of the Relazione: its outcome and, when given, its date. */
template <class L = void>
Validazione& imposta_validazione(Relazione& r, EsitoValidazione esito, Opzionale<Data> data = std::nullopt) {
    auto& v = sezione_ndv<L>(r).validazione;
    if (!v) v.emplace();
    v->esito = esito;
    if (data) v->data = data;
    return *v;
}

} // namespace perfpa

#endif
