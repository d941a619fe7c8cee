// perfpa benchmarks — peer: simdjson's on-demand API, straight into the
// model (fields in document order, matched against the described members).
// Input must be padded (simdjson::padded_string): the benchmark pads the
// corpus once, outside the timed loop.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_BENCH_PEERS_SIMDJSON_HPP
#define PERFPA_BENCH_PEERS_SIMDJSON_HPP

#include "comune.hpp"

#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <simdjson.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace perfpa::bench::peers::simdjson_od {

namespace od = simdjson::ondemand;

template <class T>
void leggi(od::value v, T& out);

template <class T>
void leggi_numero(od::value v, T& out) {
    if (v.get_number_type() == od::number_type::signed_integer) out = da_intero<T>(v.get_int64());
    else out = da_double<T>(v.get_double());
}

template <class T>
void leggi(od::value v, T& out) {
    if constexpr (std::is_same_v<T, bool>) {
        out = v.get_bool();
    } else if constexpr (std::is_integral_v<T>) {
        out = static_cast<T>(std::int64_t(v.get_int64()));
    } else if constexpr (std::is_same_v<T, std::string>) {
        out = std::string_view(v.get_string());
    } else if constexpr (e_centesimi<T>::value || std::is_same_v<T, Decimale>) {
        leggi_numero(v, out);
    } else if constexpr (std::is_same_v<T, Importo> || std::is_same_v<T, Data>) {
        out = da_testo<T>(std::string_view(v.get_string()));
    } else if constexpr (std::is_same_v<T, Valore>) {
        switch (od::json_type(v.type())) {
        case od::json_type::boolean: out = bool(v.get_bool()); break;
        case od::json_type::string: out = std::string(std::string_view(v.get_string())); break;
        default: {
            Decimale d;
            leggi_numero(v, d);
            out = d;
        }
        }
    } else if constexpr (e_opzionale<T>::value) {
        if (v.is_null()) out.reset();
        else leggi(v, out.emplace());
    } else if constexpr (e_vettore<T>::value) {
        out.clear();
        for (od::value x : v.get_array()) leggi(x, out.emplace_back());
    } else if constexpr (boost::describe::has_describe_enumerators<T>::value) {
        const std::string_view s = v.get_string();
        bool trovata = false;
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<T>>([&](auto D) {
            if (!trovata && s == D.name) {
                out = D.value;
                trovata = true;
            }
        });
        if (!trovata) rifiuta("enum");
    } else {
        using membri = boost::describe::describe_members<T, boost::describe::mod_public>;
        std::uint64_t visti = 0, obbligatori = 0;
        std::uint64_t bit = 1;
        boost::mp11::mp_for_each<membri>([&](auto D) {
            if (!e_opzionale<std::remove_cvref_t<decltype(out.*D.pointer)>>::value) obbligatori |= bit;
            bit <<= 1;
        });
        for (od::field f : v.get_object()) {
            const std::string_view k = f.unescaped_key();
            bool trovata = false;
            bit = 1;
            boost::mp11::mp_for_each<membri>([&](auto D) {
                if (!trovata && k == D.name) {
                    trovata = true;
                    visti |= bit;
                    leggi(f.value(), out.*D.pointer);
                }
                bit <<= 1;
            });
            if (!trovata) rifiuta(k);
        }
        if ((visti & obbligatori) != obbligatori) rifiuta("campo obbligatorio mancante");
    }
}

/** Decodes with a reusable on-demand parser; `testo` must be padded (simdjson::padded_string). */
template <class T>
T decodifica(od::parser& parser, const simdjson::padded_string& testo) {
    od::document doc = parser.iterate(testo);
    T out{};
    leggi(od::value(doc.get_value()), out);
    return out;
}

} // namespace perfpa::bench::peers::simdjson_od

#endif
