// perfpa benchmarks — peer: Boost.JSON's DOM with value_to (decode) and a
// boost::json::value built from the model then serialize (encode).
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_BENCH_PEERS_BOOST_JSON_HPP
#define PERFPA_BENCH_PEERS_BOOST_JSON_HPP

#include "comune.hpp"

#include <boost/describe/enum_to_string.hpp>
#include <boost/describe/members.hpp>
#include <boost/json.hpp>
#include <boost/mp11/algorithm.hpp>

#include <string>
#include <string_view>

namespace perfpa {

// value_to for the value types and for every described struct. Boost 1.81's
// own conversion of described structs requires every key, even optional ones.

template <class Tag>
Centesimi<Tag> tag_invoke(boost::json::value_to_tag<Centesimi<Tag>>, const boost::json::value& v) {
    if (v.is_int64()) return bench::peers::da_intero<Centesimi<Tag>>(v.get_int64());
    return bench::peers::da_double<Centesimi<Tag>>(v.as_double());
}
inline Decimale tag_invoke(boost::json::value_to_tag<Decimale>, const boost::json::value& v) {
    if (v.is_int64()) return bench::peers::da_intero<Decimale>(v.get_int64());
    return bench::peers::da_double<Decimale>(v.as_double());
}
inline Importo tag_invoke(boost::json::value_to_tag<Importo>, const boost::json::value& v) {
    return bench::peers::da_testo<Importo>(v.as_string());
}
inline Data tag_invoke(boost::json::value_to_tag<Data>, const boost::json::value& v) {
    return bench::peers::da_testo<Data>(v.as_string());
}
inline Valore tag_invoke(boost::json::value_to_tag<Valore>, const boost::json::value& v) {
    if (v.is_bool()) return v.get_bool();
    if (v.is_string()) return std::string(v.get_string());
    return boost::json::value_to<Decimale>(v);
}

// Boost.JSON converts std::optional by itself; perfpa's Opzionale the same way.
template <class T>
Opzionale<T> tag_invoke(boost::json::value_to_tag<Opzionale<T>>, const boost::json::value& v) {
    if (v.is_null()) return std::nullopt;
    return boost::json::value_to<T>(v);
}

template <class T>
    requires boost::describe::has_describe_members<T>::value
T tag_invoke(boost::json::value_to_tag<T>, const boost::json::value& v) {
    const boost::json::object& o = v.as_object();
    T out{};
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto D) {
        using M = std::remove_cvref_t<decltype(out.*D.pointer)>;
        const boost::json::value* f = o.if_contains(D.name);
        if (!f || f->is_null()) {
            if constexpr (!bench::peers::e_opzionale<M>::value) bench::peers::rifiuta(D.name);
            return;
        }
        out.*D.pointer = boost::json::value_to<M>(*f);
    });
    return out;
}

} // namespace perfpa

namespace perfpa::bench::peers::boost_json {

/** The model of a document: boost::json::parse, then value_to. */
template <class T>
T decodifica(std::string_view testo) {
    return boost::json::value_to<T>(boost::json::parse(testo));
}

template <class T>
boost::json::value a_valore(const T& v) {
    if constexpr (std::is_same_v<T, bool> || std::is_integral_v<T>) {
        return v;
    } else if constexpr (std::is_same_v<T, std::string>) {
        return boost::json::string(v);
    } else if constexpr (e_centesimi<T>::value || std::is_same_v<T, Decimale>) {
        std::int64_t x;
        if (intero(v, x)) return x;
        return come_double(v);
    } else if constexpr (std::is_same_v<T, Importo> || std::is_same_v<T, Data>) {
        return boost::json::string(v.testo());
    } else if constexpr (std::is_same_v<T, Valore>) {
        return std::visit([](const auto& x) { return a_valore(x); }, v);
    } else if constexpr (e_vettore<T>::value) {
        boost::json::array a;
        a.reserve(v.size());
        for (const auto& x : v) a.push_back(a_valore(x));
        return a;
    } else if constexpr (boost::describe::has_describe_enumerators<T>::value) {
        return boost::json::string(boost::describe::enum_to_string(v, "?"));
    } else {
        boost::json::object o;
        boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto D) {
            const auto& m = v.*D.pointer;
            using M = std::remove_cvref_t<decltype(m)>;
            if constexpr (e_opzionale<M>::value) {
                if (m) o.emplace(D.name, a_valore(*m));
            } else {
                o.emplace(D.name, a_valore(m));
            }
        });
        return o;
    }
}

/** The JSON text of a model value: a boost::json::value, then serialize. */
template <class T>
std::string codifica(const T& v) {
    return boost::json::serialize(a_valore(v));
}

} // namespace perfpa::bench::peers::boost_json

#endif
