// perfpa — checks on identifiers and references: ID_DUPLICATO,
// RIFERIMENTO_INESISTENTE, VALUTAZIONE_DUPLICATA.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_CHECKS_IDENTIFICATIVI_HPP
#define PERFPA_CHECKS_IDENTIFICATIVI_HPP

#include <perfpa/checks/controllo.hpp>
#include <perfpa/scoring/grado.hpp>

#include <map>

namespace perfpa {

namespace controlli::detail {

// The first settore with this id, or null.
inline const Settore* settore_per_id(const Relazione& r, std::string_view id) {
    for (const Settore& s : r.settori)
        if (s.id == id) return &s;
    return nullptr;
}

// An element with an id: its pointer, how a message starts with it
// ("Obiettivo 3 del Settore X") and how another message refers to it
// ("dall'obiettivo 1 del Settore X").
struct ElementoConId {
    std::string id;
    std::string percorso;
    std::string soggetto;
    std::string da_elemento;
};

// Reports every element whose id was already used by an earlier one of the list.
inline void segnala_duplicati(const std::vector<ElementoConId>& elementi, Rilevatore& rileva) {
    std::map<std::string_view, const ElementoConId*> primi;
    for (const ElementoConId& e : elementi) {
        auto [it, nuovo] = primi.emplace(e.id, &e);
        if (!nuovo)
            rileva(e.percorso, e.soggetto + ": l'identificativo " + e.id + " è già usato " + it->second->da_elemento);
    }
}

} // namespace controlli::detail

namespace controlli {

/**
 * ID_DUPLICATO: an id already used by an earlier element of the same kind —
 * settori among settori, objectives across the whole document, areas,
 * transparency obligations, anti-corruption measures. One finding per later
 * occurrence.
 */
inline void id_duplicato(const IngressoControllo& in, Rilevatore& rileva) {
    const Relazione& r = in.relazione;
    std::vector<detail::ElementoConId> settori, obiettivi, ambiti, obblighi, misure;
    for (std::size_t i = 0; i < r.settori.size(); ++i) {
        const Settore& s = r.settori[i];
        const std::string n = detail::nome_settore(s);
        settori.push_back({s.id, detail::percorso_settore(i), n,
                           "dal settore " + std::to_string(i + 1) + " (" + n + ")"});
        for (std::size_t j = 0; j < s.obiettivi.size(); ++j) {
            const std::string posto = std::to_string(j + 1) + " del settore " + s.id;
            obiettivi.push_back({s.obiettivi[j].id, detail::percorso_obiettivo(i, j), "Obiettivo " + posto,
                                 "dall'obiettivo " + posto});
        }
    }
    if (r.performance_organizzativa && r.performance_organizzativa->ambiti)
        for (std::size_t k = 0; k < r.performance_organizzativa->ambiti->size(); ++k) {
            const std::string n = detail::tra_virgolette((*r.performance_organizzativa->ambiti)[k].denominazione);
            ambiti.push_back({(*r.performance_organizzativa->ambiti)[k].id, detail::percorso_ambito(k),
                              "Ambito " + n, "dall'ambito " + n});
        }
    if (r.trasparenza)
        for (std::size_t k = 0; k < r.trasparenza->obblighi.size(); ++k) {
            const std::string n = detail::tra_virgolette(r.trasparenza->obblighi[k].denominazione);
            obblighi.push_back({r.trasparenza->obblighi[k].id, "/trasparenza/obblighi/" + detail::indice(k),
                                "Obbligo di pubblicazione " + n, "dall'obbligo di pubblicazione " + n});
        }
    if (r.anticorruzione)
        for (std::size_t k = 0; k < r.anticorruzione->misure.size(); ++k) {
            const std::string n = detail::tra_virgolette(r.anticorruzione->misure[k].descrizione);
            misure.push_back({r.anticorruzione->misure[k].id, "/anticorruzione/misure/" + detail::indice(k),
                              "Misura anticorruzione " + n, "dalla misura anticorruzione " + n});
        }
    detail::segnala_duplicati(settori, rileva);
    detail::segnala_duplicati(obiettivi, rileva);
    detail::segnala_duplicati(ambiti, rileva);
    detail::segnala_duplicati(obblighi, rileva);
    detail::segnala_duplicati(misure, rileva);
}

/**
 * RIFERIMENTO_INESISTENTE: an NdV entry names an area, a settore, or an
 * objective of its settore that does not exist. The objectives of an entry
 * whose settore does not exist are not looked up.
 */
inline void riferimento_inesistente(const IngressoControllo& in, Rilevatore& rileva) {
    const Relazione& r = in.relazione;
    if (!r.valutazione_ndv) return;
    const ValutazioneNdV& ndv = *r.valutazione_ndv;
    if (ndv.giudizi_ambiti) {
        const auto& po = r.performance_organizzativa;
        for (std::size_t k = 0; k < ndv.giudizi_ambiti->size(); ++k) {
            const std::string& id = (*ndv.giudizi_ambiti)[k].ambito;
            bool esiste = false;
            if (po && po->ambiti)
                for (const Ambito& a : *po->ambiti) esiste = esiste || a.id == id;
            if (!esiste)
                rileva("/valutazione_ndv/giudizi_ambiti/" + detail::indice(k),
                       "Giudizio sull'ambito " + id + ": la performance organizzativa non ha un ambito con questo identificativo");
        }
    }
    if (!ndv.valutazioni_individuali) return;
    const auto& vi = *ndv.valutazioni_individuali;
    for (std::size_t k = 0; k < vi.size(); ++k) {
        const Settore* s = detail::settore_per_id(r, vi[k].settore);
        if (!s) {
            rileva(detail::percorso_valutazione(k),
                   "Valutazione del settore " + vi[k].settore + ": nessun settore ha questo identificativo");
            continue;
        }
        if (!vi[k].obiettivi) continue;
        for (std::size_t m = 0; m < vi[k].obiettivi->size(); ++m) {
            const std::string& id = (*vi[k].obiettivi)[m].obiettivo;
            bool esiste = false;
            for (const Obiettivo& o : s->obiettivi) esiste = esiste || o.id == id;
            if (esiste) continue;
            std::string altrove;
            for (const Settore& t : r.settori)
                for (const Obiettivo& o : t.obiettivi)
                    if (altrove.empty() && o.id == id) altrove = " (è un obiettivo del " + detail::nome_settore(t) + ")";
            rileva(detail::percorso_valutazione(k) + "/obiettivi/" + detail::indice(m),
                   "Valutazione dell'obiettivo " + id + ": il " + detail::nome_settore(*s) +
                       " non ha un obiettivo con questo identificativo" + altrove);
        }
    }
}

/**
 * VALUTAZIONE_DUPLICATA: an NdV entry for an area, a settore, or an
 * objective within the entry of a settore, that is not the one the scoring
 * engine uses (the first). The objectives of a later settore entry are not
 * examined again: the whole entry does not count.
 */
inline void valutazione_duplicata(const IngressoControllo& in, Rilevatore& rileva) {
    const Relazione& r = in.relazione;
    if (!r.valutazione_ndv) return;
    const ValutazioneNdV& ndv = *r.valutazione_ndv;
    if (ndv.giudizi_ambiti) {
        const auto& g = *ndv.giudizi_ambiti;
        for (std::size_t k = 0; k < g.size(); ++k)
            if (const GiudizioAmbito* primo = giudizio_ambito(r, g[k].ambito); primo != &g[k])
                rileva("/valutazione_ndv/giudizi_ambiti/" + detail::indice(k),
                       "Giudizio sull'ambito " + g[k].ambito + ": l'ambito è già giudicato al n. " +
                           std::to_string(primo - g.data() + 1) + ", che è quello che conta");
    }
    if (!ndv.valutazioni_individuali) return;
    const auto& vi = *ndv.valutazioni_individuali;
    for (std::size_t k = 0; k < vi.size(); ++k) {
        if (const ValutazioneIndividuale* primo = valutazione_settore(r, vi[k].settore); primo != &vi[k]) {
            rileva(detail::percorso_valutazione(k), "Valutazione del settore " + vi[k].settore +
                                                        ": il settore è già valutato al n. " +
                                                        std::to_string(primo - vi.data() + 1) +
                                                        ", che è la valutazione che conta");
            continue;
        }
        if (!vi[k].obiettivi) continue;
        const auto& vo = *vi[k].obiettivi;
        for (std::size_t m = 0; m < vo.size(); ++m)
            if (const ValutazioneObiettivo* primo = valutazione_obiettivo(r, vi[k].settore, vo[m].obiettivo);
                primo != &vo[m])
                rileva(detail::percorso_valutazione(k) + "/obiettivi/" + detail::indice(m),
                       "Valutazione dell'obiettivo " + vo[m].obiettivo + " del settore " + vi[k].settore +
                           ": l'obiettivo è già valutato al n. " + std::to_string(primo - vo.data() + 1) +
                           ", che è la valutazione che conta");
    }
}

} // namespace controlli

} // namespace perfpa

#endif
