// perfpa — the type traits that the walkers of the model (the decoders, the
// encoder, the schema, the model verifier, the order of findings) share:
// an optional member, a list, a count of hundredths. Each spelled once here.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_DETAIL_TRATTI_HPP
#define PERFPA_DETAIL_TRATTI_HPP

#include <perfpa/values.hpp>

#include <optional>
#include <type_traits>
#include <vector>

namespace perfpa::detail {

/** Whether T is a `std::optional`; `tipo` is the type inside. */
template <class T> struct e_opzionale : std::false_type {};
template <class T> struct e_opzionale<std::optional<T>> : std::true_type { using tipo = T; };

/** Whether T is a `std::vector` (a list of the model); `tipo` is its element. */
template <class T> struct e_vettore : std::false_type {};
template <class T, class A> struct e_vettore<std::vector<T, A>> : std::true_type { using tipo = T; };

/** Whether T is a count of hundredths (`Peso`, `Percentuale`, `Punti`). */
template <class T> struct e_centesimi : std::false_type {};
template <class Tag> struct e_centesimi<Centesimi<Tag>> : std::true_type {};

} // namespace perfpa::detail

#endif
