// perfpa — finding elements by id: the comparison and the hash of ids, and
// the two structures the data need.
// Distributed under the Boost Software License, Version 1.0.
//
// - IdOrdinati (and IndiceId, its face for a list of the model): "which
//   element has this id?" asked of a list that is complete before the first
//   question (the NdV's entries, an entry's objectives, the objectives of all
//   the settori). Short lists are read one by one; a long one is sorted once
//   and searched by halves.
// - PrimeOccorrenze: "was this id seen before?" asked of each element while
//   the list is read, to report duplicates. The answer must come before the
//   list is complete, and most documents have a few ids of each kind, so it
//   lives on the stack and grows into a hash table only for long lists.
//   Once filled, it also answers "where was this id first seen?" (`trova`):
//   the staff's scores find the objectives they refer to that way, a hash
//   away instead of a binary search among texts.
//
// (The runner's memo of sort keys, checks/esecuzione.hpp, keys texts that are
// pointers, not ids, across documents: a cache, not an index.)
#ifndef PERFPA_DETAIL_ID_HPP
#define PERFPA_DETAIL_ID_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace perfpa::detail {

// Whether two texts of the same length n are equal. Ids are short: up to 16
// bytes they are compared as two overlapping words (8, 4 or 1 byte wide),
// without a call to memcmp, whose branches on the length the processor
// mispredicts when the lengths vary. Not inlined: the callers' loops stay small.
[[gnu::noinline]] inline bool stessi_byte(const char* a, const char* b, std::size_t n) noexcept {
    auto uguali = [&]<class W>(W, std::size_t da) {
        W x, y;
        std::memcpy(&x, a + da, sizeof x);
        std::memcpy(&y, b + da, sizeof y);
        return x == y;
    };
    if (n >= 8) {
        if (n > 16) return std::memcmp(a, b, n) == 0;
        return uguali(std::uint64_t{}, 0) && uguali(std::uint64_t{}, n - 8);
    }
    if (n >= 4) return uguali(std::uint32_t{}, 0) && uguali(std::uint32_t{}, n - 4);
    for (std::size_t k = 0; k < n; ++k)
        if (a[k] != b[k]) return false;
    return true;
}

// Whether two ids are equal; ids of one document mostly differ in their
// last character ("settore-5-1", "settore-5-2"), looked at first.
inline bool stesso_id(std::string_view a, std::string_view b) noexcept {
    return a.size() == b.size() &&
           (a.empty() || (a.back() == b.back() && stessi_byte(a.data(), b.data(), a.size())));
}

// A hash of an id, 8 bytes at a time (ids are short: std::hash's Murmur is
// more than they need); its high bits are the ones to use. Each 8-byte word
// is mixed in with a multiply; the last one overlaps the one before (the
// length, mixed in first, tells apart ids that would then read alike), and
// an id of less than 8 bytes is read as two overlapping 4-byte words, or
// byte by byte below 4.
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
                    if (stesso_id(voci_[i].id(), id)) return &voci_[i].posto;
            impronte_ |= bit;
            voci_[n_++] = {id.data(), id.size(), 0, posto};
            return nullptr;
        }
        return nella_tabella(id, posto);
    }

    /** The place of the first occurrence of `id` among the ids seen, or null (nothing is remembered). */
    [[nodiscard]] const Posto* trova(std::string_view id) const {
        if (in_fila_) {
            for (std::size_t i = 0; i < n_; ++i)
                if (stesso_id(voci_[i].id(), id)) return &voci_[i].posto;
            return nullptr;
        }
        const std::uint64_t h = hash_id(id);
        for (auto i = static_cast<std::size_t>(h >> spostamento_);; i = (i + 1) & maschera_) {
            if (!(usate_[i / 64] & (std::uint64_t{1} << (i % 64)))) return nullptr; // a free slot: not seen
            const Voce& v = voci_[i];
            if (v.hash == h && stesso_id(v.id(), id)) return &v.posto;
        }
    }

private:
    // gia_visto for more than 8 ids; apart, so that the short path above is inlined.
    [[gnu::noinline]] const Posto* nella_tabella(std::string_view id, const Posto& posto) {
        const std::uint64_t h = hash_id(id);
        for (auto i = static_cast<std::size_t>(h >> spostamento_);; i = (i + 1) & maschera_) {
            std::uint64_t& parola = usate_[i / 64];
            const std::uint64_t bit = std::uint64_t{1} << (i % 64);
            Voce& v = voci_[i];
            if (!(parola & bit)) {
                parola |= bit;
                v = {id.data(), id.size(), h, posto};
                return nullptr;
            }
            if (v.hash == h && stesso_id(v.id(), id)) return &v.posto;
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

// Ids, each with a number (its position in a list, or its owner's), sorted
// once by id for look-ups by binary search. Added in increasing numbers, an
// id's entries stay in that order: the first one is the first occurrence.
// (Sorted by id and number, which is that order: a std::sort and one
// std::lower_bound compile to far less than a std::stable_sort and three
// searches, in every file that includes this header.)
class IdOrdinati {
public:
    // Templates of nothing: the vector's growth, the sort and the search are
    // compiled only where they are used (docs/performance.md, "Compile time").
    template <class L = void>
    void riserva(std::size_t n) { voci_.reserve(n); }
    template <class L = void>
    void aggiungi(std::string_view id, std::size_t n) { voci_.push_back({id, n}); }
    template <class L = void>
    void ordina() { std::sort(voci_.begin(), voci_.end(), Prima{}); }
    [[nodiscard]] bool vuoto() const noexcept { return voci_.empty(); }

    /** The number of the first entry with this id, or null. */
    template <class L = void>
    [[nodiscard]] const std::size_t* primo(std::string_view id) const {
        const Voce* v = da<L>(id, 0);
        return v && v->id == id ? &v->n : nullptr;
    }
    /** Whether this id was added with number n. */
    template <class L = void>
    [[nodiscard]] bool contiene(std::string_view id, std::size_t n) const {
        const Voce* v = da<L>(id, n);
        return v && v->id == id && v->n == n;
    }

private:
    struct Voce {
        std::string_view id;
        std::size_t n;
    };
    struct Prima {
        bool operator()(const Voce& a, const Voce& b) const {
            const int c = a.id.compare(b.id);
            return c != 0 ? c < 0 : a.n < b.n;
        }
    };
    // The first entry not before (id, n), or null.
    template <class L>
    const Voce* da(std::string_view id, std::size_t n) const {
        const auto it = std::lower_bound(voci_.begin(), voci_.end(), Voce{id, n}, Prima{});
        return it != voci_.end() ? &*it : nullptr;
    }
    std::vector<Voce> voci_;
};

// Look-ups by id in a list (the NdV's entries, the settori, an entry's
// objectives), first occurrence first: up to 16 elements one by one, as a
// document usually has; in a longer list (a document of thousands of
// settori) through IdOrdinati, so that looking up each element of one list
// in another stays n log n instead of n².
template <class T, class Id>
class IndiceId {
public:
    IndiceId(const std::vector<T>* v, Id id) : v_(v), id_(id) {
        if (!v_ || v_->size() <= 16) return;
        ordinati_.riserva(v_->size());
        for (std::size_t k = 0; k < v_->size(); ++k) ordinati_.aggiungi(std::string_view(id_((*v_)[k])), k);
        ordinati_.ordina();
    }

    /** The first element with this id, or null. */
    const T* trova(std::string_view id) const {
        if (!v_) return nullptr;
        if (ordinati_.vuoto()) {
            for (const T& x : *v_)
                if (stesso_id(std::string_view(id_(x)), id)) return &x;
            return nullptr;
        }
        const std::size_t* k = ordinati_.primo(id);
        return k ? &(*v_)[*k] : nullptr;
    }

private:
    const std::vector<T>* v_;
    Id id_;
    IdOrdinati ordinati_;
};

} // namespace perfpa::detail

#endif
