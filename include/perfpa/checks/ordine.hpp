// perfpa — document order of JSON Pointers into a Relazione, for sorting findings.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_CHECKS_ORDINE_HPP
#define PERFPA_CHECKS_ORDINE_HPP

#include <perfpa/model/relazione.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace perfpa {

namespace controlli::detail {

template <class T> struct e_opzionale : std::false_type {};
template <class T> struct e_opzionale<std::optional<T>> : std::true_type { using tipo = T; };
template <class T> struct e_sequenza : std::false_type {};
template <class T, class A> struct e_sequenza<std::vector<T, A>> : std::true_type { using tipo = T; };

// A segment of an RFC 6901 pointer with ~1 and ~0 decoded.
inline std::string segmento_decodificato(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '~' && i + 1 < s.size() && (s[i + 1] == '0' || s[i + 1] == '1')) {
            out.push_back(s[i + 1] == '0' ? '~' : '/');
            ++i;
        } else {
            out.push_back(s[i]);
        }
    }
    return out;
}

inline constexpr std::size_t posizione_ignota = std::numeric_limits<std::size_t>::max();

// Appends, for each segment of `resto` (a pointer relative to a value of
// type T), the position of that segment: the member's index in the
// Describe order (= format.md's key order) or the array index. A segment
// that names nothing in T sorts last and ends the walk.
template <class T>
void posizioni(std::string_view resto, std::vector<std::size_t>& out) {
    if (resto.empty()) return;
    resto.remove_prefix(1); // the '/'
    const std::size_t fine = resto.find('/');
    const std::string segmento = segmento_decodificato(resto.substr(0, fine));
    const std::string_view dopo = fine == std::string_view::npos ? std::string_view{} : resto.substr(fine);
    if constexpr (e_sequenza<T>::value) {
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
        posizioni<typename e_sequenza<T>::tipo>(dopo, out);
    } else if constexpr (boost::describe::has_describe_members<T>::value) {
        using Membri = boost::describe::describe_members<T, boost::describe::mod_public>;
        std::size_t i = 0;
        bool trovato = false;
        boost::mp11::mp_for_each<Membri>([&](auto m) {
            if (trovato) return;
            if (segmento == m.name) {
                trovato = true;
                out.push_back(i);
                using M = std::remove_cvref_t<decltype(std::declval<T&>().*m.pointer)>;
                // std::optional<X> holds an X at the same pointer.
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

} // namespace controlli::detail

/**
 * The position of a JSON Pointer in a Relazione's document order: one
 * number per segment (a member's index in format.md's key order, or an
 * array index). Comparing two positions lexicographically puts a parent
 * before its children and "/settori/9" before "/settori/10". A segment that
 * names no member sorts after every member of its object.
 */
[[nodiscard]] inline std::vector<std::size_t> posizione_nel_documento(std::string_view percorso) {
    std::vector<std::size_t> out;
    controlli::detail::posizioni<Relazione>(percorso, out);
    return out;
}

/** Whether pointer `a` comes strictly before pointer `b` in a Relazione's document order. */
[[nodiscard]] inline bool precede_nel_documento(std::string_view a, std::string_view b) {
    return posizione_nel_documento(a) < posizione_nel_documento(b);
}

} // namespace perfpa

#endif
