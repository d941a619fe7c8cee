// perfpa — the type traits that the walkers of the model (the decoders, the
// encoder, the schema, the model verifier, the order of findings) share:
// an optional member, a list, a count of hundredths, and the one
// classification of a model type into its kind of value (`specie<T>`) that
// each walker dispatches on. Each spelled once here.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_DETAIL_TRATTI_HPP
#define PERFPA_DETAIL_TRATTI_HPP

#include <perfpa/opzionale.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>

#include <cstdint>
#include <string>
#include <variant>
#include <type_traits>
#include <vector>

namespace perfpa::detail {

/** Whether T is an `Opzionale` (an optional member); `tipo` is the type inside. */
template <class T> struct e_opzionale : std::false_type {};
template <class T> struct e_opzionale<Opzionale<T>> : std::true_type { using tipo = T; };

/** Whether T is a `std::vector` (a list of the model); `tipo` is its element. */
template <class T> struct e_vettore : std::false_type {};
template <class T, class A> struct e_vettore<std::vector<T, A>> : std::true_type { using tipo = T; };

/** Whether T is a count of hundredths (`Peso`, `Percentuale`, `Punti`). */
template <class T> struct e_centesimi : std::false_type {};
template <class Tag> struct e_centesimi<Centesimi<Tag>> : std::true_type {};

/** Whether T is a `std::variant` (in the model: an indicator's `Valore`). */
template <class T> struct e_variante : std::false_type {};
template <class... T> struct e_variante<std::variant<T...>> : std::true_type {};

/**
 * The kinds of value the model is made of. Every walker of the model (the
 * two decoders, the encoder, the schema, the model verifier) dispatches on
 * `specie<T>`, so a type's kind is decided here once, and a new kind is a
 * compile error in each walker until it handles it.
 */
enum class Specie : std::uint8_t {
    booleano,     // bool
    intero,       // any other integral type
    testo,        // std::string
    centesimi,    // Peso, Percentuale, Punti (a count of hundredths)
    importo,      // Importo (cents, written as a string)
    decimale,     // Decimale (an exact decimal number)
    data,         // Data (YYYY-MM-DD)
    valore,       // Valore, the one std::variant of the model (an indicator's value: bool, number or text)
    opzionale,    // Opzionale<X>: absent or an X
    lista,        // std::vector<X>
    enumerazione, // an enum described with BOOST_DESCRIBE_ENUM
    struttura,    // a struct described with BOOST_DESCRIBE_STRUCT
};

template <class T>
consteval Specie specie_di() {
    if constexpr (std::is_same_v<T, bool>) return Specie::booleano;
    else if constexpr (std::is_integral_v<T>) return Specie::intero;
    else if constexpr (std::is_same_v<T, std::string>) return Specie::testo;
    else if constexpr (e_centesimi<T>::value) return Specie::centesimi;
    else if constexpr (std::is_same_v<T, Importo>) return Specie::importo;
    else if constexpr (std::is_same_v<T, Decimale>) return Specie::decimale;
    else if constexpr (std::is_same_v<T, Data>) return Specie::data;
    else if constexpr (e_variante<T>::value) return Specie::valore;
    else if constexpr (e_opzionale<T>::value) return Specie::opzionale;
    else if constexpr (e_vettore<T>::value) return Specie::lista;
    else if constexpr (boost::describe::has_describe_enumerators<T>::value) return Specie::enumerazione;
    else if constexpr (boost::describe::has_describe_members<T>::value) return Specie::struttura;
    else static_assert(sizeof(T) == 0, "perfpa: not a type of the model (see detail::Specie)");
}

/** The kind of value of the model type T. */
template <class T> inline constexpr Specie specie = specie_di<T>();

} // namespace perfpa::detail

#endif
