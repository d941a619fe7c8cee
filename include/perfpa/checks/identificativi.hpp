// perfpa — checks on identifiers and references: ID_DUPLICATO,
// RIFERIMENTO_INESISTENTE, VALUTAZIONE_DUPLICATA.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_CHECKS_IDENTIFICATIVI_HPP
#define PERFPA_CHECKS_IDENTIFICATIVI_HPP

#include <perfpa/checks/controllo.hpp>
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
    if (m < s.obiettivi.size() && perfpa::detail::stesso_id<L>(s.obiettivi[m].id, id)) return true;
    return std::any_of(s.obiettivi.begin(), s.obiettivi.end(),
                       [&](const Obiettivo& o) { return perfpa::detail::stesso_id<L>(o.id, id); });
}

// Whether settore i has an objective with an id, and which settore has it
// first: one by one (positional first, as ha_obiettivo) while that finds it;
// past the first miss in a document of more than 16 objectives, by binary
// search in the (id, settore) pairs sorted once, so that an NdV listing
// thousands of objectives that do not exist costs n log n, not n².
template <class L = void>
class ObiettiviDeiSettori {
public:
    explicit ObiettiviDeiSettori(const Relazione& r) : r_(r) {}

    bool ha(std::size_t i, std::string_view id, std::size_t m) const {
        const Settore& s = r_.settori[i];
        if (m < s.obiettivi.size() && perfpa::detail::stesso_id<L>(s.obiettivi[m].id, id)) return true;
        if (!indicizza()) return ha_obiettivo<L>(s, id, m);
        return std::binary_search(coppie_.begin(), coppie_.end(), Coppia{id, i});
    }
    // The first settore in document order with an objective of this id, or null.
    const Settore* primo_con(std::string_view id) const {
        if (!indicizza()) {
            for (const Settore& t : r_.settori)
                if (ha_obiettivo<L>(t, id, 0)) return &t;
            return nullptr;
        }
        const auto it = std::lower_bound(coppie_.begin(), coppie_.end(), Coppia{id, 0});
        return it != coppie_.end() && it->first == id ? &r_.settori[it->second] : nullptr;
    }

private:
    using Coppia = std::pair<std::string_view, std::size_t>;
    bool indicizza() const {
        if (fatto_) return !coppie_.empty();
        fatto_ = true;
        std::size_t n = 0;
        for (const Settore& s : r_.settori) n += s.obiettivi.size();
        if (n <= 16) return false;
        coppie_.reserve(n);
        for (std::size_t i = 0, ni = r_.settori.size(); i < ni; ++i)
            for (const Obiettivo& o : r_.settori[i].obiettivi) coppie_.push_back({o.id, i});
        std::sort(coppie_.begin(), coppie_.end());
        return true;
    }
    const Relazione& r_;
    mutable bool fatto_ = false;
    mutable std::vector<Coppia> coppie_;
};

// A hash of an id, 8 bytes at a time (ids are short: std::hash's Murmur is
// more than they need); its high bits are the ones to use. Each 8-byte word
// is mixed in with a multiply; the last one overlaps the one before (the
// length, mixed in first, tells apart ids that would then read alike), and
// an id of less than 8 bytes is read as two overlapping 4-byte words, or
// byte by byte below 4.
template <class L = void>
[[gnu::always_inline]] inline std::uint64_t hash_id(std::string_view id) noexcept {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ id.size();
    const char* p = id.data();
    const std::size_t n = id.size();
    auto parola = [](const char* q) {
        std::uint64_t w;
        std::memcpy(&w, q, 8);
        return w;
    };
    std::uint64_t ultima = 0;
    if (n >= 8) {
        for (std::size_t k = 0; k + 8 < n; k += 8) {
            h = (h ^ parola(p + k)) * 0xBF58476D1CE4E5B9ull;
            h ^= h >> 31;
        }
        ultima = parola(p + n - 8);
    } else if (n >= 4) {
        std::uint32_t a, b;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, p + n - 4, 4);
        ultima = (std::uint64_t{a} << 32) | b;
    } else {
        for (std::size_t k = 0; k < n; ++k) ultima |= std::uint64_t{static_cast<unsigned char>(p[k])} << (8 * k);
    }
    // A product's high bits depend on every bit of its operands, its low
    // bits on the low bits only: a table indexes by the high bits.
    return (h ^ ultima) * 0x94D049BB133111EBull;
}

// Where each id was seen first, to find the duplicates among ids met one at
// a time: `gia_visto(id, posto)` returns the place of the first occurrence
// of `id`, or null when `id` is new (and remembers `posto` for it). The ids
// are viewed, not copied. Up to 8 ids are compared one by one; more go in an
// open-addressing hash table. Up to 64 ids it is kept on the stack: looking
// for duplicates allocates nothing in most documents.
template <class Posto>
class PrimeOccorrenze {
public:
    explicit PrimeOccorrenze(std::size_t n) : in_fila_(n <= 8) {
        if (in_fila_) return;
        std::size_t capienza = 16;
        spostamento_ = 60;
        while (capienza < 2 * n) capienza *= 2, --spostamento_; // at most half full: a free slot is always near
        if (capienza > locali_.size()) {
            altrove_.resize(capienza);
            voci_ = altrove_.data();
            usate_altrove_.assign(capienza / 64, 0);
            usate_ = usate_altrove_.data();
        } else {
            usate_locali_ = {};
        }
        maschera_ = capienza - 1;
    }
    PrimeOccorrenze(const PrimeOccorrenze&) = delete;
    PrimeOccorrenze& operator=(const PrimeOccorrenze&) = delete;

    [[gnu::always_inline]] const Posto* gia_visto(std::string_view id, const Posto& posto) {
        if (in_fila_) {
            // One bit per (length, last character): ids of one kind mostly
            // differ in their last character, so a new id usually finds its
            // bit clear and is not compared with the others at all.
            const std::size_t segno = id.size() * 7 + (id.empty() ? 0 : static_cast<unsigned char>(id.back()));
            const std::uint64_t bit = std::uint64_t{1} << (segno % 64);
            if (impronte_ & bit)
                for (std::size_t i = 0; i < n_; ++i)
                    if (perfpa::detail::stesso_id<>(voci_[i].id(), id)) return &voci_[i].posto;
            impronte_ |= bit;
            voci_[n_++] = {id.data(), id.size(), 0, posto};
            return nullptr;
        }
        return nella_tabella(id, posto);
    }

private:
    // gia_visto for more than 8 ids; apart, so that the short path above is inlined.
    [[gnu::noinline]] const Posto* nella_tabella(std::string_view id, const Posto& posto) {
        const std::uint64_t h = hash_id<>(id);
        for (auto i = static_cast<std::size_t>(h >> spostamento_);; i = (i + 1) & maschera_) {
            std::uint64_t& parola = usate_[i / 64];
            const std::uint64_t bit = std::uint64_t{1} << (i % 64);
            Voce& v = voci_[i];
            if (!(parola & bit)) {
                parola |= bit;
                v = {id.data(), id.size(), h, posto};
                return nullptr;
            }
            if (v.hash == h && perfpa::detail::stesso_id<>(v.id(), id)) return &v.posto;
        }
    }

    struct Voce { // trivial: the slots are not initialised before use (`usate_` says which are)
        const char* dati;
        std::size_t lunghezza;
        std::uint64_t hash;
        Posto posto;
        std::string_view id() const { return {dati, lunghezza}; }
    };
    bool in_fila_;
    std::size_t n_ = 0;          // ids compared one by one
    std::uint64_t impronte_ = 0; // and the bits of their lengths and last characters
    std::size_t maschera_ = 0;   // hash table: its size - 1
    int spostamento_ = 0;        // and 64 - log2(size): a hash's slot is its high bits
    std::array<Voce, 128> locali_;
    std::array<std::uint64_t, 2> usate_locali_; // one bit per slot: whether it holds an id
    std::vector<Voce> altrove_;
    std::vector<std::uint64_t> usate_altrove_;
    Voce* voci_ = locali_.data();
    std::uint64_t* usate_ = usate_locali_.data();
};

// "Obiettivo 3 del settore X: l'identificativo x è già usato dall'obiettivo 1 del settore X"
template <class L = void, class Soggetto, class Elemento>
auto gia_usato(const Soggetto& soggetto, std::string_view id, const Elemento& da_elemento) {
    return concatena(soggetto, ": l'identificativo ", id, " è già usato ", da_elemento);
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
    using detail::gia_usato, detail::indice, detail::nome_settore, detail::tra_virgolette, detail::concatena;
    const std::span<const Settore> settori(r.settori);
    detail::PrimeOccorrenze<std::size_t> primi_settori(settori.size());
    for (std::size_t i = 0; i < settori.size(); ++i)
        if (const std::size_t* primo = primi_settori.gia_visto(settori[i].id, i))
            rileva(detail::percorso_settore<L>(i), gia_usato<L>(nome_settore<L>(settori[i]), settori[i].id,
                                                                concatena("dal settore ", indice<L>(*primo + 1), " (",
                                                                          nome_settore<L>(settori[*primo]), ")")));
    struct Posto {
        std::size_t i, j;
    };
    std::size_t n_obiettivi = 0;
    for (const Settore& s : r.settori) n_obiettivi += s.obiettivi.size();
    detail::PrimeOccorrenze<Posto> obiettivi(n_obiettivi);
    for (std::size_t i = 0; i < settori.size(); ++i) {
        const std::span<const Obiettivo> del_settore(settori[i].obiettivi);
        for (std::size_t j = 0; j < del_settore.size(); ++j) {
            const std::string& id = del_settore[j].id;
            if (const Posto* primo = obiettivi.gia_visto(id, {i, j}))
                rileva(detail::percorso_obiettivo<L>(i, j),
                       gia_usato<L>(concatena("Obiettivo ", indice<L>(j + 1), " del settore ", settori[i].id), id,
                                    concatena("dall'obiettivo ", indice<L>(primo->j + 1), " del settore ",
                                              settori[primo->i].id)));
        }
    }
    if (r.performance_organizzativa && r.performance_organizzativa->ambiti) {
        const auto& ambiti = *r.performance_organizzativa->ambiti;
        detail::PrimeOccorrenze<std::size_t> primi(ambiti.size());
        for (std::size_t k = 0, nk = ambiti.size(); k < nk; ++k)
            if (const std::size_t* primo = primi.gia_visto(ambiti[k].id, k))
                rileva(detail::percorso_ambito<L>(k),
                       gia_usato<L>(concatena("Ambito ", tra_virgolette<L>(ambiti[k].denominazione)), ambiti[k].id,
                                 concatena("dall'ambito ", tra_virgolette<L>(ambiti[*primo].denominazione))));
    }
    if (r.trasparenza) {
        const auto& obblighi = r.trasparenza->obblighi;
        detail::PrimeOccorrenze<std::size_t> primi(obblighi.size());
        for (std::size_t k = 0, nk = obblighi.size(); k < nk; ++k)
            if (const std::size_t* primo = primi.gia_visto(obblighi[k].id, k))
                rileva(
                    concatena("/trasparenza/obblighi/", indice<L>(k)),
                    gia_usato<L>(concatena("Obbligo di pubblicazione ", tra_virgolette<L>(obblighi[k].denominazione)),
                                 obblighi[k].id,
                                 concatena("dall'obbligo di pubblicazione ",
                                           tra_virgolette<L>(obblighi[*primo].denominazione))));
    }
    if (r.anticorruzione) {
        const auto& misure = r.anticorruzione->misure;
        detail::PrimeOccorrenze<std::size_t> primi(misure.size());
        for (std::size_t k = 0, nk = misure.size(); k < nk; ++k)
            if (const std::size_t* primo = primi.gia_visto(misure[k].id, k))
                rileva(concatena("/anticorruzione/misure/", indice<L>(k)),
                       gia_usato<L>(
                           concatena("Misura anticorruzione ", tra_virgolette<L>(misure[k].descrizione)), misure[k].id,
                           concatena("dalla misura anticorruzione ", tra_virgolette<L>(misure[*primo].descrizione))));
    }
}

/**
 * RIFERIMENTO_INESISTENTE: an NdV entry names an area, a settore, or an
 * objective of its settore that does not exist. The objectives of an entry
 * whose settore does not exist are not looked up.
 */
template <class L = void>
void riferimento_inesistente(const IngressoControllo& in, Rilevatore& rileva) {
    const Relazione& r = in.relazione;
    if (!r.valutazione_ndv) return;
    const ValutazioneNdV& ndv = *r.valutazione_ndv;
    using detail::indice, detail::concatena;
    if (ndv.giudizi_ambiti) {
        const auto& po = r.performance_organizzativa;
        static constexpr auto id_ambito = [](const Ambito& a) -> const std::string& { return a.id; };
        const perfpa::detail::IndiceId<Ambito, decltype(id_ambito)> ambiti(po && po->ambiti ? &*po->ambiti : nullptr,
                                                                            id_ambito);
        for (std::size_t k = 0; k < ndv.giudizi_ambiti->size(); ++k) {
            const std::string& id = (*ndv.giudizi_ambiti)[k].ambito;
            const bool esiste = ambiti.trova(id) != nullptr;
            if (!esiste)
                rileva(concatena("/valutazione_ndv/giudizi_ambiti/", indice<L>(k)),
                       concatena("Giudizio sull'ambito ", id,
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
            rileva(detail::percorso_valutazione<L>(k),
                   concatena("Valutazione del settore ", vi[k].settore, ": nessun settore ha questo identificativo"));
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
                altrove = unisci(" (è un obiettivo del ", detail::nome_settore<L>(*t), ")");
            rileva(concatena(detail::percorso_valutazione<L>(k), "/obiettivi/", indice<L>(m)),
                   concatena("Valutazione dell'obiettivo ", id, ": il ", detail::nome_settore<L>(*s),
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
    using detail::indice, detail::concatena;
    if (ndv.giudizi_ambiti) {
        const auto& g = *ndv.giudizi_ambiti;
        detail::PrimeOccorrenze<std::size_t> primi(g.size());
        for (std::size_t k = 0, nk = g.size(); k < nk; ++k)
            if (const std::size_t* primo = primi.gia_visto(g[k].ambito, k))
                rileva(concatena("/valutazione_ndv/giudizi_ambiti/", indice<L>(k)),
                       concatena("Giudizio sull'ambito ", g[k].ambito, ": l'ambito è già giudicato al n. ",
                                 indice<L>(*primo + 1), ", che è quello che conta"));
    }
    if (!ndv.valutazioni_individuali) return;
    const std::span<const ValutazioneIndividuale> vi(*ndv.valutazioni_individuali);
    detail::PrimeOccorrenze<std::size_t> settori(vi.size()); // settore id -> its first entry, the one that counts
    for (std::size_t k = 0; k < vi.size(); ++k) {
        if (const std::size_t* primo = settori.gia_visto(vi[k].settore, k)) {
            rileva(detail::percorso_valutazione<L>(k),
                   concatena("Valutazione del settore ", vi[k].settore, ": il settore è già valutato al n. ",
                             indice<L>(*primo + 1), ", che è la valutazione che conta"));
            continue;
        }
        if (!vi[k].obiettivi) continue;
        const std::span<const ValutazioneObiettivo> vo(*vi[k].obiettivi);
        detail::PrimeOccorrenze<std::size_t> obiettivi(vo.size());
        for (std::size_t m = 0; m < vo.size(); ++m)
            if (const std::size_t* primo = obiettivi.gia_visto(vo[m].obiettivo, m))
                rileva(concatena(detail::percorso_valutazione<L>(k), "/obiettivi/", indice<L>(m)),
                       concatena("Valutazione dell'obiettivo ", vo[m].obiettivo, " del settore ", vi[k].settore,
                                 ": l'obiettivo è già valutato al n. ", indice<L>(*primo + 1),
                                 ", che è la valutazione che conta"));
    }
}

} // namespace controlli

} // namespace perfpa

#endif
