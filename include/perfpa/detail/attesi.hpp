// perfpa — what the decoder says it expected, for a value it cannot read:
// the one source of those messages for the JSON decoder (json/decodifica.hpp)
// and the model verifier (model/verifica.hpp, errori_modello_completo), which
// must report a model built in C++ with the decoder's very words.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_DETAIL_ATTESI_HPP
#define PERFPA_DETAIL_ATTESI_HPP

#include <perfpa/values.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace perfpa::detail {

// What a value of Centesimi<Tag> must be, in a message: "un numero tra 0 e 100".
template <class Tag>
std::string atteso_centesimi() {
    return Centesimi<Tag>::massimo == 100'00 ? "un numero tra 0 e 100" : "un numero ≥ 0";
}

// The same for a value out of its range: above the maximum of a weight, the
// bound "≥ 0" would not say what is wrong.
template <class Tag>
std::string atteso_nell_intervallo(std::int64_t centesimi) {
    return centesimi > Centesimi<Tag>::massimo && Centesimi<Tag>::massimo != 100'00
               ? "un numero ≤ " + Centesimi<Tag>::da_centesimi(Centesimi<Tag>::massimo).testo()
               : atteso_centesimi<Tag>();
}

// "<atteso>, trovato <trovato>", and " (<motivo>)": why reading what was found failed.
inline std::string atteso_trovato(std::string atteso, std::string_view trovato) {
    atteso += ", trovato ";
    atteso += trovato;
    return atteso;
}
inline std::string atteso_trovato(std::string atteso, std::string_view trovato, std::string_view motivo) {
    atteso = atteso_trovato(std::move(atteso), trovato);
    atteso += " (";
    atteso += motivo;
    atteso += ')';
    return atteso;
}

/** A weight, percentage or points that is not a number (`trovato`), or not one of hundredths (`motivo`). */
template <class Tag>
std::string centesimi_non_validi(std::string_view trovato) {
    return atteso_trovato("atteso " + atteso_centesimi<Tag>(), trovato);
}
template <class Tag>
std::string centesimi_non_validi(std::string_view trovato, std::string_view motivo) {
    return atteso_trovato("atteso " + atteso_centesimi<Tag>(), trovato, motivo);
}

/** A weight, percentage or points of `centesimi` hundredths, out of its type's range. */
template <class Tag>
std::string centesimi_fuori_intervallo(std::int64_t centesimi, std::string_view trovato) {
    return atteso_trovato("atteso " + atteso_nell_intervallo<Tag>(centesimi), trovato);
}

/** An amount of money that is not a number or a text (`trovato`), or cannot be read (`motivo`). */
inline std::string importo_non_valido(std::string_view trovato) {
    return atteso_trovato("atteso un importo in euro come \"19691.29\"", trovato);
}
inline std::string importo_non_valido(std::string_view trovato, std::string_view motivo) {
    return atteso_trovato("atteso un importo in euro come \"19691.29\"", trovato, motivo);
}

/** A number with more than 6 decimals, or out of `Decimale`'s range (`motivo`). */
inline std::string decimale_non_valido(std::string_view trovato, std::string_view motivo) {
    return atteso_trovato("atteso un numero con al massimo 6 decimali", trovato, motivo);
}

/** A value that is none of the enumerators of E: "atteso uno tra a, b, c; trovato …". */
template <class E>
std::string enumeratore_non_valido(std::string_view trovato) {
    std::string s = "atteso uno tra ";
    bool primo = true;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto D) {
        if (!primo) s += ", ";
        primo = false;
        s += D.name;
    });
    s += "; trovato ";
    s += trovato;
    return s;
}

} // namespace perfpa::detail

#endif
