// perfpa — internals of decoding: type traits and the model's own constraints.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_JSON_DETAIL_VALIDAZIONE_HPP
#define PERFPA_JSON_DETAIL_VALIDAZIONE_HPP

#include <perfpa/json/detail/lettore.hpp>
#include <perfpa/model/validazione.hpp>
#include <perfpa/values.hpp>

#include <optional>
#include <type_traits>
#include <vector>

namespace perfpa::json::detail {

template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};
template <class T> struct is_vector : std::false_type {};
template <class T, class A> struct is_vector<std::vector<T, A>> : std::true_type {};
template <class T> struct is_centesimi : std::false_type {};
template <class Tag> struct is_centesimi<Centesimi<Tag>> : std::true_type {};

/** Reports the constraints of the model on a decoded value, under the current pointer. */
template <class T>
void valida(const T& v, Lettore& l) {
    auto errori = perfpa::errori_modello(v);
    if (errori.empty()) return;
    const std::string base = l.puntatore();
    for (auto& e : errori) l.errore_senza_valore(base + e.percorso, std::move(e.messaggio));
}

} // namespace perfpa::json::detail

#endif
