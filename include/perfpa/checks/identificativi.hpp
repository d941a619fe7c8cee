// perfpa — checks on identifiers and references: ID_DUPLICATO,
// RIFERIMENTO_INESISTENTE, VALUTAZIONE_DUPLICATA.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_CHECKS_IDENTIFICATIVI_HPP
#define PERFPA_CHECKS_IDENTIFICATIVI_HPP

#include <perfpa/checks/ciclo.hpp>
#include <perfpa/checks/controllo.hpp>
#include <perfpa/detail/id.hpp>
#include <perfpa/scoring/grado.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace perfpa {

namespace controlli::detail {

// Whether the settore has an objective with this id. The NdV usually lists
// a settore's objectives in the settore's order, so position m is looked at
// first.
template <class L = void>
bool ha_obiettivo(const Settore& s, std::string_view id, std::size_t m) {
    if (m < s.obiettivi.size() && perfpa::detail::stesso_id(s.obiettivi[m].id, id)) return true;
    return std::any_of(s.obiettivi.begin(), s.obiettivi.end(),
                       [&](const Obiettivo& o) { return perfpa::detail::stesso_id(o.id, id); });
}

// Whether settore i has an objective with an id, and which settore has it
// first: one by one (positional first, as ha_obiettivo) while that finds it;
// past the first miss in a document of more than 16 objectives, through the
// objectives' ids sorted once with their settori (IdOrdinati), so that an
// NdV listing thousands of objectives that do not exist costs n log n, not n².
template <class L = void>
class ObiettiviDeiSettori {
public:
    explicit ObiettiviDeiSettori(const Relazione& r) : r_(r) {}

    bool ha(std::size_t i, std::string_view id, std::size_t m) const {
        const Settore& s = r_.settori[i];
        if (m < s.obiettivi.size() && perfpa::detail::stesso_id(s.obiettivi[m].id, id)) return true;
        if (!indicizza()) return ha_obiettivo<L>(s, id, m);
        return settori_.contiene(id, i);
    }
    // The first settore in document order with an objective of this id, or null.
    const Settore* primo_con(std::string_view id) const {
        if (!indicizza()) {
            for (const Settore& t : r_.settori)
                if (ha_obiettivo<L>(t, id, 0)) return &t;
            return nullptr;
        }
        const std::size_t* i = settori_.primo(id);
        return i ? &r_.settori[*i] : nullptr;
    }

private:
    bool indicizza() const {
        if (fatto_) return !settori_.vuoto();
        fatto_ = true;
        std::size_t n = 0;
        for (const Settore& s : r_.settori) n += s.obiettivi.size();
        if (n <= 16) return false;
        settori_.riserva(n);
        for (std::size_t i = 0, ni = r_.settori.size(); i < ni; ++i)
            for (const Obiettivo& o : r_.settori[i].obiettivi) settori_.aggiungi(o.id, i);
        settori_.ordina();
        return true;
    }
    const Relazione& r_;
    mutable bool fatto_ = false;
    mutable perfpa::detail::IdOrdinati settori_; // each objective's id with its settore
};

// "Obiettivo 3 del settore X: l'identificativo x è già usato dall'obiettivo 1 del settore X"
template <class L = void, class Soggetto, class Elemento>
auto gia_usato(const Soggetto& soggetto, std::string_view id, const Elemento& da_elemento) {
    return frase(soggetto, ": l'identificativo ", id, " è già usato ", da_elemento);
}

} // namespace controlli::detail

namespace controlli {

/**
 * ID_DUPLICATO: an id already used by an earlier element of the same kind —
 * settori among settori, objectives across the whole document, areas,
 * transparency obligations, anti-corruption measures. One finding per later
 * occurrence.
 */
template <class L = void>
void id_duplicato(const IngressoControllo& in, Rilevatore& rileva) {
    const Relazione& r = in.relazione;
    using detail::gia_usato, detail::nome_settore, detail::tra_virgolette, detail::frase;
    const std::span<const Settore> settori(r.settori);
    perfpa::detail::PrimeOccorrenze<std::size_t> primi_settori(settori.size());
    for (std::size_t i = 0; i < settori.size(); ++i)
        if (const std::size_t* primo = primi_settori.gia_visto(settori[i].id, i))
            rileva(detail::percorso_settore(i), gia_usato<L>(nome_settore(settori[i]), settori[i].id,
                                                                frase("dal settore ", *primo + 1, ", ",
                                                                          nome_settore(settori[*primo]))));
    struct Posto {
        std::size_t i, j;
    };
    std::size_t n_obiettivi = 0;
    for (const Settore& s : r.settori) n_obiettivi += s.obiettivi.size();
    perfpa::detail::PrimeOccorrenze<Posto> obiettivi(n_obiettivi);
    for (std::size_t i = 0; i < settori.size(); ++i) {
        const std::span<const Obiettivo> del_settore(settori[i].obiettivi);
        for (std::size_t j = 0; j < del_settore.size(); ++j) {
            const std::string& id = del_settore[j].id;
            if (const Posto* primo = obiettivi.gia_visto(id, {i, j}))
                rileva(detail::percorso_obiettivo(i, j),
                       gia_usato<L>(frase("Obiettivo ", j + 1, " del settore ", settori[i].id), id,
                                    frase("dall'obiettivo ", primo->j + 1, " del settore ",
                                              settori[primo->i].id)));
        }
    }
    if (r.performance_organizzativa && r.performance_organizzativa->ambiti) {
        const auto& ambiti = *r.performance_organizzativa->ambiti;
        perfpa::detail::PrimeOccorrenze<std::size_t> primi(ambiti.size());
        for (std::size_t k = 0, nk = ambiti.size(); k < nk; ++k)
            if (const std::size_t* primo = primi.gia_visto(ambiti[k].id, k))
                rileva(detail::percorso_ambito(k),
                       gia_usato<L>(frase("Ambito ", tra_virgolette(ambiti[k].denominazione)), ambiti[k].id,
                                 frase("dall'ambito ", tra_virgolette(ambiti[*primo].denominazione))));
    }
    if (r.trasparenza) {
        const auto& obblighi = r.trasparenza->obblighi;
        perfpa::detail::PrimeOccorrenze<std::size_t> primi(obblighi.size());
        for (std::size_t k = 0, nk = obblighi.size(); k < nk; ++k)
            if (const std::size_t* primo = primi.gia_visto(obblighi[k].id, k))
                rileva(
                    frase("/trasparenza/obblighi/", k),
                    gia_usato<L>(frase("Obbligo di pubblicazione ", tra_virgolette(obblighi[k].denominazione)),
                                 obblighi[k].id,
                                 frase("dall'obbligo di pubblicazione ",
                                           tra_virgolette(obblighi[*primo].denominazione))));
    }
    if (r.anticorruzione) {
        const auto& misure = r.anticorruzione->misure;
        perfpa::detail::PrimeOccorrenze<std::size_t> primi(misure.size());
        for (std::size_t k = 0, nk = misure.size(); k < nk; ++k)
            if (const std::size_t* primo = primi.gia_visto(misure[k].id, k))
                rileva(frase("/anticorruzione/misure/", k),
                       gia_usato<L>(
                           frase("Misura anticorruzione ", tra_virgolette(misure[k].descrizione)), misure[k].id,
                           frase("dalla misura anticorruzione ", tra_virgolette(misure[*primo].descrizione))));
    }
}

/**
 * RIFERIMENTO_INESISTENTE: an NdV entry names an area, a settore, or an
 * objective of its settore that does not exist; an objective's strategic
 * objective or a settore's own area does not exist (checks/ciclo.hpp). The objectives of an entry
 * whose settore does not exist are not looked up.
 */
template <class L = void>
void riferimento_inesistente(const IngressoControllo& in, Rilevatore& rileva) {
    const Relazione& r = in.relazione;
    detail::riferimenti_ciclo<L>(r, rileva); // ciclo.md §1 and §6
    if (!r.valutazione_ndv) return;
    const ValutazioneNdV& ndv = *r.valutazione_ndv;
    using detail::frase;
    if (ndv.giudizi_ambiti) {
        const auto& po = r.performance_organizzativa;
        static constexpr auto id_ambito = [](const Ambito& a) -> const std::string& { return a.id; };
        const perfpa::detail::IndiceId<Ambito, decltype(id_ambito)> ambiti(po && po->ambiti ? &*po->ambiti : nullptr,
                                                                            id_ambito);
        for (std::size_t k = 0; k < ndv.giudizi_ambiti->size(); ++k) {
            const std::string& id = (*ndv.giudizi_ambiti)[k].ambito;
            const bool esiste = ambiti.trova(id) != nullptr;
            if (!esiste)
                rileva(frase("/valutazione_ndv/giudizi_ambiti/", k),
                       frase("Giudizio sull'ambito ", id,
                                 ": la performance organizzativa non ha un ambito con questo identificativo"));
        }
    }
    if (!ndv.valutazioni_individuali) return;
    const std::span<const ValutazioneIndividuale> vi(*ndv.valutazioni_individuali);
    static constexpr auto id_settore = [](const Settore& s) -> const std::string& { return s.id; };
    const perfpa::detail::IndiceId<Settore, decltype(id_settore)> settori(&r.settori, id_settore);
    const detail::ObiettiviDeiSettori<L> obiettivi(r);
    for (std::size_t k = 0; k < vi.size(); ++k) {
        const Settore* s = settori.trova(vi[k].settore);
        if (!s) {
            rileva(detail::percorso_valutazione(k),
                   frase("Valutazione del settore ", vi[k].settore, ": nessun settore ha questo identificativo"));
            continue;
        }
        if (!vi[k].obiettivi) continue;
        const std::span<const ValutazioneObiettivo> vo(*vi[k].obiettivi);
        const auto i = static_cast<std::size_t>(s - r.settori.data());
        for (std::size_t m = 0; m < vo.size(); ++m) {
            const std::string& id = vo[m].obiettivo;
            if (obiettivi.ha(i, id, m)) continue;
            std::string altrove;
            if (const Settore* t = obiettivi.primo_con(id))
                altrove = perfpa::detail::testo(": è un obiettivo del ", detail::nome_settore(*t));
            rileva(frase(detail::percorso_valutazione(k), "/obiettivi/", m),
                   frase("Valutazione dell'obiettivo ", id, ": il ", detail::nome_settore(*s),
                             " non ha un obiettivo con questo identificativo", altrove));
        }
    }
}

/**
 * VALUTAZIONE_DUPLICATA: an NdV entry for an area, a settore, or an
 * objective within the entry of a settore, that is not the one the scoring
 * engine uses (the first). The objectives of a later settore entry are not
 * examined again: the whole entry does not count.
 */
template <class L = void>
void valutazione_duplicata(const IngressoControllo& in, Rilevatore& rileva) {
    const Relazione& r = in.relazione;
    if (!r.valutazione_ndv) return;
    const ValutazioneNdV& ndv = *r.valutazione_ndv;
    using detail::frase;
    if (ndv.giudizi_ambiti) {
        const auto& g = *ndv.giudizi_ambiti;
        perfpa::detail::PrimeOccorrenze<std::size_t> primi(g.size());
        for (std::size_t k = 0, nk = g.size(); k < nk; ++k)
            if (const std::size_t* primo = primi.gia_visto(g[k].ambito, k))
                rileva(frase("/valutazione_ndv/giudizi_ambiti/", k),
                       frase("Giudizio sull'ambito ", g[k].ambito, ": l'ambito è già giudicato al n. ",
                                 *primo + 1, ", che è quello che conta"));
    }
    if (!ndv.valutazioni_individuali) return;
    const std::span<const ValutazioneIndividuale> vi(*ndv.valutazioni_individuali);
    perfpa::detail::PrimeOccorrenze<std::size_t> settori(vi.size()); // settore id -> its first entry, the one that counts
    for (std::size_t k = 0; k < vi.size(); ++k) {
        if (const std::size_t* primo = settori.gia_visto(vi[k].settore, k)) {
            rileva(detail::percorso_valutazione(k),
                   frase("Valutazione del settore ", vi[k].settore, ": il settore è già valutato al n. ",
                             *primo + 1, ", che è la valutazione che conta"));
            continue;
        }
        if (!vi[k].obiettivi) continue;
        const std::span<const ValutazioneObiettivo> vo(*vi[k].obiettivi);
        perfpa::detail::PrimeOccorrenze<std::size_t> obiettivi(vo.size());
        for (std::size_t m = 0; m < vo.size(); ++m)
            if (const std::size_t* primo = obiettivi.gia_visto(vo[m].obiettivo, m))
                rileva(frase(detail::percorso_valutazione(k), "/obiettivi/", m),
                       frase("Valutazione dell'obiettivo ", vo[m].obiettivo, " del settore ", vi[k].settore,
                                 ": l'obiettivo è già valutato al n. ", *primo + 1,
                                 ", che è la valutazione che conta"));
    }
}

} // namespace controlli

} // namespace perfpa

#endif
