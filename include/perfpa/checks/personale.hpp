// perfpa — the checks on the staff document (personale.md §7): one function
// per code, a row each in `catalogo_personale`, run by `controlla_personale`,
// the findings' pointers into the staff document, sorted in its document
// order and then in the table's order.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_CHECKS_PERSONALE_HPP
#define PERFPA_CHECKS_PERSONALE_HPP

#include <perfpa/norme.hpp>
#include <perfpa/checks/controllo.hpp>
#include <perfpa/checks/ordine.hpp>
#include <perfpa/rilievo.hpp>
#include <perfpa/detail/id.hpp>
#include <perfpa/detail/testo.hpp>
#include <perfpa/formato_italiano.hpp>
#include <perfpa/model/personale.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>
#include <perfpa/scoring/personale.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace perfpa {

/**
 * What a staff check looks at: the staff document, the Relazione its
 * settori and objectives refer to and, for the rows marked SMVP, the SMVP
 * (else null).
 */
struct IngressoControlloPersonale {
    const Personale& personale;
    const Relazione& relazione;
    const Smvp* smvp = nullptr;
};

/** A staff check: reads the input, reports through the collector. Pure. */
using FunzioneControlloPersonale = void (*)(const IngressoControlloPersonale&, Rilevatore&);

/** One row of the table of personale.md §7. */
struct ControlloPersonale {
    VoceCatalogo voce;
    bool richiede_smvp; ///< *SMVP*: runs only when an SMVP is given
    FunzioneControlloPersonale esegui;
};

namespace controlli::personale {

using perfpa::detail::testo;

// How a message starts with a person: "Dipendente 0042 (Maria Bianchi)", or
// "Dipendente 0042" in a pseudonymised document.
template <class L = void>
std::string soggetto(const Dipendente& d) {
    return d.nome ? testo("Dipendente ", d.id, " (", *d.nome, ")") : testo("Dipendente ", d.id);
}
template <class L = void>
std::string percorso(std::size_t i) { return testo("/dipendenti/", i); }
template <class L = void>
std::string percorso(std::size_t i, std::string_view membro) { return testo("/dipendenti/", i, "/", membro); }
template <class L = void>
std::string percorso(std::size_t i, std::string_view membro, std::size_t j) {
    return testo("/dipendenti/", i, "/", membro, "/", j);
}
template <class L = void>
std::string periodo(const AssegnazioneDipendente& a) {
    return testo("dal ", formatta_data(a.dal), " al ", formatta_data(a.al));
}
template <class L = void>
bool nel_catalogo(const Smvp& smvp, std::string_view comportamento) {
    if (!smvp.comportamenti) return false;
    return std::any_of(smvp.comportamenti->begin(), smvp.comportamenti->end(),
                       [&](const Comportamento& c) { return perfpa::detail::stesso_id(c.id, comportamento); });
}
template <class L = void>
bool nel_profilo(const ProfiloSmvp& p, std::string_view comportamento) {
    return std::any_of(p.pesi_comportamenti.begin(), p.pesi_comportamenti.end(),
                       [&](const PesoComportamento& c) { return perfpa::detail::stesso_id(c.comportamento, comportamento); });
}
// The scored behaviours of a person, each with its pointer's member: the
// evaluator's, then a review's (scored when it is concluded).
template <class F>
void per_ogni_comportamento_valutato(const Dipendente& d, F&& f) {
    if (d.comportamenti)
        for (std::size_t j = 0; j < d.comportamenti->size(); ++j) f("comportamenti", j, (*d.comportamenti)[j]);
    if (d.contraddittorio && d.contraddittorio->comportamenti)
        for (std::size_t j = 0; j < d.contraddittorio->comportamenti->size(); ++j)
            f("contraddittorio/comportamenti", j, (*d.contraddittorio->comportamenti)[j]);
}

/** ID_DUPLICATO: a person's id already used by an earlier person. */
template <class L = void>
void id_duplicato(const IngressoControlloPersonale& in, Rilevatore& rileva) {
    const std::vector<Dipendente>& v = in.personale.dipendenti;
    perfpa::detail::PrimeOccorrenze<std::size_t> primi(v.size());
    for (std::size_t i = 0; i < v.size(); ++i)
        if (const std::size_t* primo = primi.gia_visto(v[i].id, i))
            rileva(percorso(i), testo(soggetto(v[i]), ": l'identificativo ", v[i].id, " è già usato dal dipendente ",
                                      *primo + 1, v[*primo].nome ? testo(" (", *v[*primo].nome, ")") : ""));
}

/** ANNO_PERSONALE_INCOERENTE: the staff document's year is not the Relazione's. */
template <class L = void>
void anno_personale_incoerente(const IngressoControlloPersonale& in, Rilevatore& rileva) {
    if (in.personale.anno != in.relazione.anno)
        rileva("/anno", testo("Il documento del personale è dell'anno ", in.personale.anno, ", la Relazione del ",
                              in.relazione.anno));
}

/**
 * RIFERIMENTO_INESISTENTE: an assignment's settore or an objective reference
 * (the person's or a review's) that is not in the Relazione; with an SMVP, a
 * behaviour (scored, self-evaluated or revised) not in its catalogue.
 */
template <class L = void>
void riferimento_inesistente(const IngressoControlloPersonale& in, Rilevatore& rileva) {
    const Relazione& r = in.relazione;
    static constexpr auto id_settore = [](const Settore& s) -> const std::string& { return s.id; };
    const perfpa::detail::IndiceId<Settore, decltype(id_settore)> settori(&r.settori, id_settore);
    perfpa::detail::IdOrdinati obiettivi;
    for (const Settore& s : r.settori)
        for (const Obiettivo& o : s.obiettivi) obiettivi.aggiungi(o.id, 0);
    obiettivi.ordina();
    const std::vector<Dipendente>& v = in.personale.dipendenti;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const Dipendente& d = v[i];
        for (std::size_t j = 0; j < d.assegnazioni.size(); ++j)
            if (!settori.trova(d.assegnazioni[j].settore))
                rileva(percorso(i, "assegnazioni", j),
                       testo(soggetto(d), ": assegnazione al settore ", d.assegnazioni[j].settore, " ",
                             periodo(d.assegnazioni[j]), ": la Relazione non ha un settore con questo identificativo"));
        if (d.obiettivi)
            for (std::size_t j = 0; j < d.obiettivi->size(); ++j) {
                const ObiettivoDipendente& o = (*d.obiettivi)[j];
                if (o.riferimento() && !obiettivi.primo(*o.obiettivo))
                    rileva(percorso(i, "obiettivi", j),
                           testo(soggetto(d), ": l'obiettivo ", *o.obiettivo,
                                 " non è un obiettivo della Relazione (conta 0)"));
            }
        if (d.contraddittorio && d.contraddittorio->obiettivi)
            for (std::size_t j = 0; j < d.contraddittorio->obiettivi->size(); ++j) {
                const RevisioneObiettivo& o = (*d.contraddittorio->obiettivi)[j];
                if (o.obiettivo && !obiettivi.primo(*o.obiettivo))
                    rileva(percorso(i, "contraddittorio/obiettivi", j),
                           testo(soggetto(d), ": il contraddittorio rivede l'obiettivo ", *o.obiettivo,
                                 ", che non è un obiettivo della Relazione"));
            }
        if (!in.smvp) continue;
        auto comportamento = [&](std::string_view dove, std::size_t j, const PunteggioComportamento& c) {
            if (!nel_catalogo(*in.smvp, c.comportamento))
                rileva(percorso(i, dove, j), testo(soggetto(d), ": il comportamento ", c.comportamento,
                                                   " non è nel catalogo dello SMVP"));
        };
        per_ogni_comportamento_valutato(d, comportamento);
        if (d.autovalutazione)
            for (std::size_t j = 0; j < d.autovalutazione->comportamenti.size(); ++j)
                comportamento("autovalutazione/comportamenti", j, d.autovalutazione->comportamenti[j]);
    }
}

/** ASSEGNAZIONI_SOVRAPPOSTE: two assignments of a person share a day; reported on the later one. */
template <class L = void>
void assegnazioni_sovrapposte(const IngressoControlloPersonale& in, Rilevatore& rileva) {
    using perfpa::detail::numero_giorno;
    const std::vector<Dipendente>& v = in.personale.dipendenti;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const std::vector<AssegnazioneDipendente>& a = v[i].assegnazioni;
        for (std::size_t j = 1; j < a.size(); ++j)
            for (std::size_t k = 0; k < j; ++k) {
                const std::int64_t da = std::max(numero_giorno(a[j].dal), numero_giorno(a[k].dal));
                const std::int64_t al = std::min(numero_giorno(a[j].al), numero_giorno(a[k].al));
                if (da > al) continue;
                rileva(percorso(i, "assegnazioni", j),
                       testo(soggetto(v[i]), ": l'assegnazione al settore ", a[j].settore, " ", periodo(a[j]),
                             " si sovrappone per ", al - da + 1, " giorni all'assegnazione ", k + 1, " (settore ",
                             a[k].settore, " ", periodo(a[k]), "); i giorni in comune contano una volta"));
                break; // one finding per assignment
            }
    }
}

/** ASSEGNAZIONE_FUORI_ANNO: an assignment has days outside the document's year (they do not count). */
template <class L = void>
void assegnazione_fuori_anno(const IngressoControlloPersonale& in, Rilevatore& rileva) {
    using perfpa::detail::numero_giorno;
    const int anno = in.personale.anno;
    const std::vector<Dipendente>& v = in.personale.dipendenti;
    for (std::size_t i = 0; i < v.size(); ++i)
        for (std::size_t j = 0; j < v[i].assegnazioni.size(); ++j) {
            const AssegnazioneDipendente& a = v[i].assegnazioni[j];
            const std::int64_t tutti = numero_giorno(a.al) - numero_giorno(a.dal) + 1;
            const std::int64_t fuori = tutti - perfpa::detail::giorni_nell_anno(a.dal, a.al, anno);
            if (fuori > 0)
                rileva(percorso(i, "assegnazioni", j),
                       testo(soggetto(v[i]), ": l'assegnazione al settore ", a.settore, " ", periodo(a), " ha ",
                             fuori, " giorni fuori dal ", anno, ", che non contano"));
        }
}

/** PROFILO_MANCANTE (SMVP): no profile holds the person's category. */
template <class L = void>
void profilo_mancante(const IngressoControlloPersonale& in, Rilevatore& rileva) {
    const std::vector<Dipendente>& v = in.personale.dipendenti;
    for (std::size_t i = 0; i < v.size(); ++i)
        if (!perfpa::detail::profilo_di(*in.smvp, v[i].categoria))
            rileva(percorso(i, "categoria"), testo(soggetto(v[i]), ": nessun profilo dello SMVP per la categoria ",
                                                   nome_categoria(v[i].categoria), ": non può essere valutato"));
}

/**
 * COMPORTAMENTO_NON_PREVISTO (SMVP): a scored behaviour of the catalogue
 * that is not in the person's profile (one not in the catalogue is a
 * RIFERIMENTO_INESISTENTE). It does not count.
 */
template <class L = void>
void comportamento_non_previsto(const IngressoControlloPersonale& in, Rilevatore& rileva) {
    const std::vector<Dipendente>& v = in.personale.dipendenti;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const ProfiloSmvp* p = perfpa::detail::profilo_di(*in.smvp, v[i].categoria);
        if (!p) continue;
        per_ogni_comportamento_valutato(v[i], [&](std::string_view dove, std::size_t j, const PunteggioComportamento& c) {
            if (nel_catalogo(*in.smvp, c.comportamento) && !nel_profilo(*p, c.comportamento))
                rileva(percorso(i, dove, j), testo(soggetto(v[i]), ": il comportamento ", c.comportamento,
                                                   " non è nel profilo ", p->id, " (non conta)"));
        });
    }
}

/** COMPORTAMENTO_FUORI_SCALA (SMVP): a score (scored, revised or self-evaluated) outside the SMVP's scale. */
template <class L = void>
void comportamento_fuori_scala(const IngressoControlloPersonale& in, Rilevatore& rileva) {
    if (!in.smvp->scala_comportamenti) return;
    const ScalaComportamenti& scala = *in.smvp->scala_comportamenti;
    const std::vector<Dipendente>& v = in.personale.dipendenti;
    for (std::size_t i = 0; i < v.size(); ++i) {
        auto verifica = [&](std::string_view dove, std::size_t j, const PunteggioComportamento& c) {
            if (c.punteggio < scala.minimo || c.punteggio > scala.massimo)
                rileva(percorso(i, dove, j),
                       testo(soggetto(v[i]), ": il punteggio ", perfpa::detail::centesimi(c.punteggio.centesimi()),
                             " del comportamento ", c.comportamento, " è fuori dalla scala dello SMVP (da ",
                             perfpa::detail::centesimi(scala.minimo.centesimi()), " a ",
                             perfpa::detail::centesimi(scala.massimo.centesimi()), ")"));
        };
        per_ogni_comportamento_valutato(v[i], verifica);
        if (v[i].autovalutazione)
            for (std::size_t j = 0; j < v[i].autovalutazione->comportamenti.size(); ++j)
                verifica("autovalutazione/comportamenti", j, v[i].autovalutazione->comportamenti[j]);
    }
}

/**
 * COMPORTAMENTO_NON_VALUTATO (SMVP): a behaviour of the person's profile
 * without a score in the final evaluation (it counts 0); one finding per
 * behaviour. Silent for a person with fewer days than the SMVP's minimum,
 * who is not evaluated (SERVIZIO_INSUFFICIENTE).
 */
template <class L = void>
void comportamento_non_valutato(const IngressoControlloPersonale& in, Rilevatore& rileva) {
    const int minimo = in.smvp->giorni_minimi_valutazione.value_or(0);
    const std::vector<Dipendente>& v = in.personale.dipendenti;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const Dipendente& d = v[i];
        const ProfiloSmvp* p = perfpa::detail::profilo_di(*in.smvp, d.categoria);
        if (!p || perfpa::detail::giorni_di_servizio(d, in.personale.anno) < minimo) continue;
        const Contraddittorio* rivisto =
            d.contraddittorio && d.contraddittorio->stato == StatoContraddittorio::concluso ? &*d.contraddittorio
                                                                                             : nullptr;
        for (const PesoComportamento& c : p->pesi_comportamenti)
            if (!perfpa::detail::punteggio_finale(d, rivisto, c.comportamento))
                rileva(percorso(i, "comportamenti"),
                       testo(soggetto(d), ": il comportamento ", c.comportamento, " del profilo ", p->id, " (peso ",
                             c.peso, ") non ha un punteggio: conta 0 e la valutazione è incompleta"));
    }
}

/** OBIETTIVO_NON_VALUTATO: an own objective without a degree (none from a concluded review either). */
template <class L = void>
void obiettivo_non_valutato(const IngressoControlloPersonale& in, Rilevatore& rileva) {
    const std::vector<Dipendente>& v = in.personale.dipendenti;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const Dipendente& d = v[i];
        if (!d.obiettivi) continue;
        const Contraddittorio* rivisto =
            d.contraddittorio && d.contraddittorio->stato == StatoContraddittorio::concluso ? &*d.contraddittorio
                                                                                             : nullptr;
        for (std::size_t j = 0; j < d.obiettivi->size(); ++j) {
            const ObiettivoDipendente& o = (*d.obiettivi)[j];
            if (o.riferimento() || o.grado_raggiungimento || perfpa::detail::grado_rivisto(rivisto, o)) continue;
            rileva(percorso(i, "obiettivi", j),
                   testo(soggetto(d), ": l'obiettivo ", o.id.value_or(""), " (peso ", o.peso,
                         ") non ha il grado di raggiungimento: conta 0 e la valutazione è incompleta"));
        }
    }
}

/** SERVIZIO_INSUFFICIENTE (SMVP): fewer days in the year than the SMVP's `giorni_minimi_valutazione`. */
template <class L = void>
void servizio_insufficiente(const IngressoControlloPersonale& in, Rilevatore& rileva) {
    const int minimo = in.smvp->giorni_minimi_valutazione.value_or(0);
    const std::vector<Dipendente>& v = in.personale.dipendenti;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const int giorni = perfpa::detail::giorni_di_servizio(v[i], in.personale.anno);
        if (giorni < minimo)
            rileva(percorso(i), testo(soggetto(v[i]), ": ", giorni, perfpa::detail::se(giorni == 1, " giorno", " giorni"),
                                      " di servizio nel ", in.personale.anno, perfpa::detail::se(minimo == 1, ", meno di ", ", meno dei "),
                                      minimo, perfpa::detail::se(minimo == 1, " richiesto", " richiesti"),
                                      " dallo SMVP: non è valutato"));
    }
}

/** CONTRADDITTORIO_APERTO: a review still open; the score is not final and no bonus can be split. */
template <class L = void>
void contraddittorio_aperto(const IngressoControlloPersonale& in, Rilevatore& rileva) {
    const std::vector<Dipendente>& v = in.personale.dipendenti;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const auto& c = v[i].contraddittorio;
        if (!c || c->stato != StatoContraddittorio::aperto) continue;
        rileva(percorso(i, "contraddittorio"),
               testo(soggetto(v[i]), ": contraddittorio aperto",
                     perfpa::detail::se(c->data.has_value(), " dal "), c->data ? formatta_data(*c->data) : "",
                     ": la valutazione non è definitiva e il premio non può essere ripartito"));
    }
}

/**
 * VALUTAZIONE_ASSENTE: a person with days to evaluate (at least one, and at
 * least the SMVP's minimum when an SMVP is given) has no `valutazione`.
 */
template <class L = void>
void valutazione_assente(const IngressoControlloPersonale& in, Rilevatore& rileva) {
    const int minimo = in.smvp ? in.smvp->giorni_minimi_valutazione.value_or(0) : 0;
    const std::vector<Dipendente>& v = in.personale.dipendenti;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i].valutazione) continue;
        const int giorni = perfpa::detail::giorni_di_servizio(v[i], in.personale.anno);
        if (giorni > 0 && giorni >= minimo)
            rileva(percorso(i), testo(soggetto(v[i]), ": ", giorni, perfpa::detail::se(giorni == 1, " giorno", " giorni"),
                                      " di servizio nel ", in.personale.anno, " e nessuna valutazione (valutatore e data)"));
    }
}

/**
 * VALUTAZIONI_NON_DIFFERENZIATE (SMVP): at least 3 people have a complete
 * score and all of them fall in the same band.
 */
template <class L = void>
void valutazioni_non_differenziate(const IngressoControlloPersonale& in, Rilevatore& rileva) {
    if (!errori_modello(*in.smvp).empty()) return; // no scores under an invalid SMVP
    const std::vector<PunteggioDipendente> punteggi =
        calcola_punteggi_personale(in.personale, in.relazione, *in.smvp, {.spiegazioni = false});
    std::size_t completi = 0;
    const std::string* fascia = nullptr;
    for (const PunteggioDipendente& p : punteggi) {
        if (!p.valutato || !p.completo) continue;
        if (fascia && *fascia != p.fascia) return;
        fascia = &p.fascia;
        ++completi;
    }
    if (completi >= 3)
        rileva("/dipendenti", testo("Tutti i ", completi, " dipendenti con una valutazione completa sono nella fascia ",
                                    *fascia, ": le valutazioni non sono differenziate"));
}

} // namespace controlli::personale

namespace controlli::detail {

inline constexpr bool con_smvp = true, senza_smvp = false;

// In the order of personale.md §7's table: findings on the same pointer come out in this order.
// A variable template, like the checks it points to and the main catalogue
// (checks/catalogo.hpp), so that a translation unit that does not run them
// does not instantiate them.
template <class L = void>
inline constexpr std::array catalogo_personale = {
    // codice, gravita, norma — richiede SMVP — funzione
    ControlloPersonale{{"ID_DUPLICATO", Gravita::errore, ""}, senza_smvp, &controlli::personale::id_duplicato<L>},
    ControlloPersonale{{"ANNO_PERSONALE_INCOERENTE", Gravita::errore, ""}, senza_smvp,
                       &controlli::personale::anno_personale_incoerente<L>},
    ControlloPersonale{{"RIFERIMENTO_INESISTENTE", Gravita::errore, ""}, senza_smvp,
                       &controlli::personale::riferimento_inesistente<L>},
    ControlloPersonale{{"ASSEGNAZIONI_SOVRAPPOSTE", Gravita::errore, ""}, senza_smvp,
                       &controlli::personale::assegnazioni_sovrapposte<L>},
    ControlloPersonale{{"ASSEGNAZIONE_FUORI_ANNO", Gravita::avviso, ""}, senza_smvp,
                       &controlli::personale::assegnazione_fuori_anno<L>},
    ControlloPersonale{{"PROFILO_MANCANTE", Gravita::errore, ""}, con_smvp, &controlli::personale::profilo_mancante<L>},
    ControlloPersonale{{"COMPORTAMENTO_NON_PREVISTO", Gravita::errore, ""}, con_smvp,
                       &controlli::personale::comportamento_non_previsto<L>},
    ControlloPersonale{{"COMPORTAMENTO_FUORI_SCALA", Gravita::errore, ""}, con_smvp,
                       &controlli::personale::comportamento_fuori_scala<L>},
    ControlloPersonale{{"COMPORTAMENTO_NON_VALUTATO", Gravita::avviso, ""}, con_smvp,
                       &controlli::personale::comportamento_non_valutato<L>},
    ControlloPersonale{{"OBIETTIVO_NON_VALUTATO", Gravita::avviso, ""}, senza_smvp,
                       &controlli::personale::obiettivo_non_valutato<L>},
    ControlloPersonale{{"SERVIZIO_INSUFFICIENTE", Gravita::avviso, ""}, con_smvp,
                       &controlli::personale::servizio_insufficiente<L>},
    ControlloPersonale{{"CONTRADDITTORIO_APERTO", Gravita::avviso, norme::contraddittorio}, senza_smvp,
                       &controlli::personale::contraddittorio_aperto<L>},
    ControlloPersonale{{"VALUTAZIONE_ASSENTE", Gravita::avviso, ""}, senza_smvp,
                       &controlli::personale::valutazione_assente<L>},
    ControlloPersonale{{"VALUTAZIONI_NON_DIFFERENZIATE", Gravita::avviso, norme::differenziazione},
                       con_smvp, &controlli::personale::valutazioni_non_differenziate<L>},
};

template <class L = void>
std::vector<Rilievo> esegui_catalogo_personale(const Personale& p, const Relazione& r, const Smvp* s) {
    std::vector<Rilievo> trovati;
    std::vector<std::size_t> righe; // the row of each finding
    const IngressoControlloPersonale in{p, r, s};
    for (std::size_t k = 0; k < catalogo_personale<L>.size(); ++k) {
        const ControlloPersonale& c = catalogo_personale<L>[k];
        if (c.richiede_smvp && !s) continue;
        Rilevatore rileva(c.voce, trovati);
        c.esegui(in, rileva);
        righe.resize(trovati.size(), k);
    }
    // Document order of the staff document; on the same pointer the table's
    // order, and within a row the check's own (a stable sort).
    std::vector<std::vector<std::size_t>> chiavi(trovati.size());
    for (std::size_t n = 0; n < trovati.size(); ++n) posizioni<Personale>(trovati[n].percorso, chiavi[n]);
    std::vector<std::size_t> ordine(trovati.size());
    for (std::size_t n = 0; n < ordine.size(); ++n) ordine[n] = n;
    std::stable_sort(ordine.begin(), ordine.end(), [&](std::size_t a, std::size_t b) {
        if (chiavi[a] != chiavi[b]) return chiavi[a] < chiavi[b];
        return righe[a] < righe[b];
    });
    std::vector<Rilievo> out;
    out.reserve(trovati.size());
    for (std::size_t n : ordine) out.push_back(std::move(trovati[n]));
    return out;
}

} // namespace controlli::detail

/** The rows of the catalogue of staff checks, in the order of personale.md §7's table. */
template <class L = void>
[[nodiscard]] std::span<const ControlloPersonale> catalogo_controlli_personale() noexcept {
    return controlli::detail::catalogo_personale<L>;
}

/**
 * The findings of the staff checks not marked *SMVP* (personale.md §7) on a
 * staff document and the Relazione it refers to, their pointers into the
 * staff document, sorted in its document order and, on the same pointer, in
 * the table's order. Pure and deterministic.
 */
template <class L = void>
[[nodiscard]] std::vector<Rilievo> controlla_personale(const Personale& p, const Relazione& r) {
    return controlli::detail::esegui_catalogo_personale<L>(p, r, nullptr);
}

/** As `controlla_personale(p, r)`, plus the rows that need the SMVP (profiles, behaviours, minimum days, bands). Precondition: the SMVP is valid. */
template <class L = void>
[[nodiscard]] std::vector<Rilievo> controlla_personale(const Personale& p, const Relazione& r, const Smvp& smvp) {
    return controlli::detail::esegui_catalogo_personale<L>(p, r, &smvp);
}

} // namespace perfpa

#endif
