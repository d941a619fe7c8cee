// perfpa — document order of JSON Pointers into a Relazione, for sorting findings.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_CHECKS_ORDINE_HPP
#define PERFPA_CHECKS_ORDINE_HPP

#include <perfpa/detail/tratti.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/opzionale.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace perfpa {

namespace controlli::detail {

using perfpa::detail::e_opzionale;
using perfpa::detail::e_vettore;

inline constexpr std::size_t posizione_ignota = std::numeric_limits<std::size_t>::max();

// How many numbers the position of a pointer into a T can have at most: one
// per level of T, plus one for a segment below a leaf (`posizione_ignota`).
template <class T>
constexpr std::size_t profondita() {
    if constexpr (e_opzionale<T>::value) {
        return profondita<typename e_opzionale<T>::tipo>();
    } else if constexpr (e_vettore<T>::value) {
        return 1 + profondita<typename e_vettore<T>::tipo>();
    } else if constexpr (boost::describe::has_describe_members<T>::value) {
        std::size_t massimo = 0;
        boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto m) {
            using M = std::remove_cvref_t<decltype(std::declval<T&>().*m.pointer)>;
            massimo = std::max(massimo, profondita<M>());
        });
        return 1 + massimo;
    } else {
        return 1;
    }
}

// Appends, for each segment of `resto` (a pointer relative to a value of
// type T), the position of that segment to `out` (anything with
// push_back(std::size_t)): the member's index in the Describe order (=
// format.md's key order) or the array index. A segment that names nothing
// in T sorts last and ends the walk.
//
// The segments are compared as written, without decoding ~0 and ~1: a
// member name has neither '~' nor '/', so a segment names a member exactly
// when it is spelled like it; and an array index is made of digits only,
// escaped or not.
template <class T, class Uscita>
void posizioni(std::string_view resto, Uscita& out) {
    if (resto.empty()) return;
    resto.remove_prefix(1); // the '/'
    const std::size_t fine = resto.find('/');
    const std::string_view segmento = resto.substr(0, fine);
    const std::string_view dopo = fine == std::string_view::npos ? std::string_view{} : resto.substr(fine);
    if constexpr (e_vettore<T>::value) {
        std::size_t indice = 0;
        bool valido = !segmento.empty() && segmento.size() < 10;
        for (char c : segmento) {
            if (c < '0' || c > '9') valido = false;
            else indice = indice * 10 + static_cast<std::size_t>(c - '0');
        }
        if (!valido) {
            out.push_back(posizione_ignota);
            return;
        }
        out.push_back(indice);
        posizioni<typename e_vettore<T>::tipo>(dopo, out);
    } else if constexpr (boost::describe::has_describe_members<T>::value) {
        using Membri = boost::describe::describe_members<T, boost::describe::mod_public>;
        std::size_t i = 0;
        bool trovato = false;
        boost::mp11::mp_for_each<Membri>([&](auto m) {
            if (trovato) return;
            // The name's length is known at compile time: most members differ
            // from the segment in length or first letter, without a call.
            constexpr std::string_view nome = decltype(m)::name;
            if (segmento.size() == nome.size() && segmento.front() == nome.front() && segmento == nome) {
                trovato = true;
                out.push_back(i);
                using M = std::remove_cvref_t<decltype(std::declval<T&>().*m.pointer)>;
                // Opzionale<X> holds an X at the same pointer.
                if constexpr (e_opzionale<M>::value) posizioni<typename e_opzionale<M>::tipo>(dopo, out);
                else posizioni<M>(dopo, out);
            }
            ++i;
        });
        if (!trovato) out.push_back(posizione_ignota);
    } else {
        out.push_back(posizione_ignota); // below a leaf value
    }
}

// The position of a pointer into a Relazione, as posizione_nel_documento
// gives it, held in place (no allocation): the sort key of a finding.
class PosizioneBreve {
public:
    // The deepest pointer into a Relazione has profondita<Relazione>() = 10
    // numbers. A literal rather than that call, which walks the whole model
    // at compile time: the walk is paid only where a position is computed,
    // and the assertion below keeps the literal honest there.
    static constexpr std::size_t capienza = 10;

    // A template (of nothing) so that the walk over the model is instantiated
    // only in a translation unit that sorts findings.
    template <class R = Relazione>
    explicit PosizioneBreve(std::string_view percorso) {
        static_assert(profondita<R>() <= capienza, "PosizioneBreve::capienza is below the depth of the model");
        posizioni<R>(percorso, *this);
    }
    void push_back(std::size_t x) {
        if (n_ < capienza) v_[n_++] = x; // never full: a walk goes one level down per number
    }
    /** The numbers of the position, as posizione_nel_documento gives them. */
    std::vector<std::size_t> valori() const { return {v_.begin(), v_.begin() + static_cast<std::ptrdiff_t>(n_)}; }
    friend bool operator<(const PosizioneBreve& a, const PosizioneBreve& b) {
        return std::lexicographical_compare(a.v_.begin(), a.v_.begin() + a.n_, b.v_.begin(), b.v_.begin() + b.n_);
    }
    friend bool operator==(const PosizioneBreve& a, const PosizioneBreve& b) {
        return std::equal(a.v_.begin(), a.v_.begin() + a.n_, b.v_.begin(), b.v_.begin() + b.n_);
    }

private:
    std::array<std::size_t, capienza> v_{};
    std::size_t n_ = 0;
};

} // namespace controlli::detail

/**
 * The position of a JSON Pointer in a Relazione's document order: one
 * number per segment (a member's index in format.md's key order, or an
 * array index). Comparing two positions lexicographically puts a parent
 * before its children and "/settori/9" before "/settori/10". A segment that
 * names no member sorts after every member of its object.
 */
template <class L = void>
[[nodiscard]] std::vector<std::size_t> posizione_nel_documento(std::string_view percorso) {
    // Through PosizioneBreve: one instantiation of the walk over the model, not two.
    return controlli::detail::PosizioneBreve(percorso).valori();
}

/** Whether pointer `a` comes strictly before pointer `b` in a Relazione's document order. */
template <class L = void>
[[nodiscard]] bool precede_nel_documento(std::string_view a, std::string_view b) {
    return controlli::detail::PosizioneBreve(a) < controlli::detail::PosizioneBreve(b);
}

} // namespace perfpa

#endif
