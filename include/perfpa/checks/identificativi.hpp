// perfpa — checks on identifiers and references: ID_DUPLICATO,
// RIFERIMENTO_INESISTENTE, VALUTAZIONE_DUPLICATA.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_CHECKS_IDENTIFICATIVI_HPP
#define PERFPA_CHECKS_IDENTIFICATIVI_HPP

#include <perfpa/checks/controllo.hpp>
#include <perfpa/scoring/grado.hpp>

#include <string_view>
#include <unordered_map>

namespace perfpa {

namespace controlli::detail {

// The first settore with this id, or null.
inline const Settore* settore_per_id(const Relazione& r, std::string_view id) {
    for (const Settore& s : r.settori)
        if (s.id == id) return &s;
    return nullptr;
}

// Calls duplicato(k, primo) for every k < n whose id(k) was already used by an
// earlier element, `primo` being the first one. Ids are viewed, not copied;
// the messages are built only for the duplicates.
template <class Id, class Duplicato>
void per_ogni_duplicato(std::size_t n, Id id, Duplicato duplicato) {
    std::unordered_map<std::string_view, std::size_t> primi;
    primi.reserve(n);
    for (std::size_t k = 0; k < n; ++k)
        if (auto [it, nuovo] = primi.try_emplace(id(k), k); !nuovo) duplicato(k, it->second);
}

// "Obiettivo 3 del settore X: l'identificativo x è già usato dall'obiettivo 1 del settore X"
inline std::string gia_usato(std::string_view soggetto, std::string_view id, std::string_view da_elemento) {
    std::string m;
    m.reserve(soggetto.size() + id.size() + da_elemento.size() + 40);
    m.append(soggetto).append(": l'identificativo ").append(id).append(" è già usato ").append(da_elemento);
    return m;
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
    detail::per_ogni_duplicato(
        r.settori.size(), [&](std::size_t i) -> std::string_view { return r.settori[i].id; },
        [&](std::size_t i, std::size_t primo) {
            rileva(detail::percorso_settore(i),
                   detail::gia_usato(detail::nome_settore(r.settori[i]), r.settori[i].id,
                                     "dal settore " + std::to_string(primo + 1) + " (" +
                                         detail::nome_settore(r.settori[primo]) + ")"));
        });
    struct Posto {
        std::size_t i, j;
    };
    std::vector<Posto> posti; // every objective of the document, in order
    for (std::size_t i = 0; i < r.settori.size(); ++i)
        for (std::size_t j = 0; j < r.settori[i].obiettivi.size(); ++j) posti.push_back({i, j});
    const auto posto = [&](const Posto& p) { return std::to_string(p.j + 1) + " del settore " + r.settori[p.i].id; };
    detail::per_ogni_duplicato(
        posti.size(),
        [&](std::size_t k) -> std::string_view { return r.settori[posti[k].i].obiettivi[posti[k].j].id; },
        [&](std::size_t k, std::size_t primo) {
            rileva(detail::percorso_obiettivo(posti[k].i, posti[k].j),
                   detail::gia_usato("Obiettivo " + posto(posti[k]), r.settori[posti[k].i].obiettivi[posti[k].j].id,
                                     "dall'obiettivo " + posto(posti[primo])));
        });
    if (r.performance_organizzativa && r.performance_organizzativa->ambiti) {
        const auto& ambiti = *r.performance_organizzativa->ambiti;
        detail::per_ogni_duplicato(
            ambiti.size(), [&](std::size_t k) -> std::string_view { return ambiti[k].id; },
            [&](std::size_t k, std::size_t primo) {
                rileva(detail::percorso_ambito(k),
                       detail::gia_usato("Ambito " + detail::tra_virgolette(ambiti[k].denominazione), ambiti[k].id,
                                         "dall'ambito " + detail::tra_virgolette(ambiti[primo].denominazione)));
            });
    }
    if (r.trasparenza) {
        const auto& obblighi = r.trasparenza->obblighi;
        detail::per_ogni_duplicato(
            obblighi.size(), [&](std::size_t k) -> std::string_view { return obblighi[k].id; },
            [&](std::size_t k, std::size_t primo) {
                rileva("/trasparenza/obblighi/" + detail::indice(k),
                       detail::gia_usato(
                           "Obbligo di pubblicazione " + detail::tra_virgolette(obblighi[k].denominazione),
                           obblighi[k].id,
                           "dall'obbligo di pubblicazione " + detail::tra_virgolette(obblighi[primo].denominazione)));
            });
    }
    if (r.anticorruzione) {
        const auto& misure = r.anticorruzione->misure;
        detail::per_ogni_duplicato(
            misure.size(), [&](std::size_t k) -> std::string_view { return misure[k].id; },
            [&](std::size_t k, std::size_t primo) {
                rileva("/anticorruzione/misure/" + detail::indice(k),
                       detail::gia_usato(
                           "Misura anticorruzione " + detail::tra_virgolette(misure[k].descrizione), misure[k].id,
                           "dalla misura anticorruzione " + detail::tra_virgolette(misure[primo].descrizione)));
            });
    }
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
        detail::per_ogni_duplicato(
            g.size(), [&](std::size_t k) -> std::string_view { return g[k].ambito; },
            [&](std::size_t k, std::size_t primo) {
                rileva("/valutazione_ndv/giudizi_ambiti/" + detail::indice(k),
                       "Giudizio sull'ambito " + g[k].ambito + ": l'ambito è già giudicato al n. " +
                           std::to_string(primo + 1) + ", che è quello che conta");
            });
    }
    if (!ndv.valutazioni_individuali) return;
    const auto& vi = *ndv.valutazioni_individuali;
    std::unordered_map<std::string_view, std::size_t> primi; // settore id -> its first entry, the one that counts
    primi.reserve(vi.size());
    for (std::size_t k = 0; k < vi.size(); ++k) {
        if (auto [it, nuovo] = primi.try_emplace(vi[k].settore, k); !nuovo) {
            rileva(detail::percorso_valutazione(k), "Valutazione del settore " + vi[k].settore +
                                                        ": il settore è già valutato al n. " +
                                                        std::to_string(it->second + 1) +
                                                        ", che è la valutazione che conta");
            continue;
        }
        if (!vi[k].obiettivi) continue;
        const auto& vo = *vi[k].obiettivi;
        detail::per_ogni_duplicato(
            vo.size(), [&](std::size_t m) -> std::string_view { return vo[m].obiettivo; },
            [&](std::size_t m, std::size_t primo) {
                rileva(detail::percorso_valutazione(k) + "/obiettivi/" + detail::indice(m),
                       "Valutazione dell'obiettivo " + vo[m].obiettivo + " del settore " + vi[k].settore +
                           ": l'obiettivo è già valutato al n. " + std::to_string(primo + 1) +
                           ", che è la valutazione che conta");
            });
    }
}

} // namespace controlli

} // namespace perfpa

#endif
