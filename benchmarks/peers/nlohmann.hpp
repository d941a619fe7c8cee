// perfpa benchmarks — peer: nlohmann/json. Decoding is nlohmann::json::parse
// then from_json into the model; encoding builds an nlohmann::json and dumps it.
// from_json is written once for every described struct (it expands to the
// usual `j.at("id").get_to(x.id)` sequence per member) plus one per value type.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_BENCH_PEERS_NLOHMANN_HPP
#define PERFPA_BENCH_PEERS_NLOHMANN_HPP

#include "comune.hpp"

#include <boost/describe/enum_from_string.hpp>
#include <boost/describe/enum_to_string.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace perfpa::bench::peers::nlohmann_json {

using nlohmann::json;

template <class T>
void from_json(const json& j, T& out) {
    if constexpr (std::is_same_v<T, bool>) {
        out = j.get<bool>();
    } else if constexpr (std::is_integral_v<T>) {
        out = j.get<T>();
    } else if constexpr (std::is_same_v<T, std::string>) {
        out = j.get_ref<const std::string&>();
    } else if constexpr (e_centesimi<T>::value || std::is_same_v<T, Decimale>) {
        out = j.is_number_integer() ? da_intero<T>(j.get<std::int64_t>()) : da_double<T>(j.get<double>());
    } else if constexpr (std::is_same_v<T, Importo> || std::is_same_v<T, Data>) {
        out = da_testo<T>(j.get_ref<const std::string&>());
    } else if constexpr (std::is_same_v<T, Valore>) {
        if (j.is_boolean()) out = j.get<bool>();
        else if (j.is_string()) out = j.get<std::string>();
        else {
            Decimale d;
            from_json(j, d);
            out = d;
        }
    } else if constexpr (e_opzionale<T>::value) {
        from_json(j, out.emplace());
    } else if constexpr (e_vettore<T>::value) {
        out.clear();
        out.reserve(j.size());
        for (const auto& x : j) from_json(x, out.emplace_back());
    } else if constexpr (boost::describe::has_describe_enumerators<T>::value) {
        if (!boost::describe::enum_from_string(j.get_ref<const std::string&>().c_str(), out)) rifiuta("enum");
    } else {
        boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto D) {
            using M = std::remove_cvref_t<decltype(out.*D.pointer)>;
            const auto it = j.find(D.name);
            if (it == j.end() || it->is_null()) {
                if constexpr (!e_opzionale<M>::value) rifiuta(D.name);
                return;
            }
            from_json(*it, out.*D.pointer);
        });
    }
}

/** The model of a document: nlohmann::json::parse, then from_json. */
template <class T>
T decodifica(std::string_view testo) {
    T out{};
    from_json(json::parse(testo), out);
    return out;
}

template <class T>
json a_json(const T& v) {
    if constexpr (std::is_same_v<T, bool> || std::is_integral_v<T> || std::is_same_v<T, std::string>) {
        return v;
    } else if constexpr (e_centesimi<T>::value || std::is_same_v<T, Decimale>) {
        std::int64_t x;
        if (intero(v, x)) return x;
        return come_double(v);
    } else if constexpr (std::is_same_v<T, Importo> || std::is_same_v<T, Data>) {
        return v.testo();
    } else if constexpr (std::is_same_v<T, Valore>) {
        return std::visit([](const auto& x) { return a_json(x); }, v);
    } else if constexpr (e_vettore<T>::value) {
        json a = json::array();
        for (const auto& x : v) a.push_back(a_json(x));
        return a;
    } else if constexpr (boost::describe::has_describe_enumerators<T>::value) {
        return boost::describe::enum_to_string(v, "?");
    } else {
        // nlohmann::ordered_json would keep format.md's key order at a further
        // cost; the default json sorts keys, which decoders do not care about.
        json o = json::object();
        boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto D) {
            const auto& m = v.*D.pointer;
            using M = std::remove_cvref_t<decltype(m)>;
            if constexpr (e_opzionale<M>::value) {
                if (m) o[D.name] = a_json(*m);
            } else {
                o[D.name] = a_json(m);
            }
        });
        return o;
    }
}

/** The JSON text of a model value: an nlohmann::json, then dump(). */
template <class T>
std::string codifica(const T& v) {
    return a_json(v).dump();
}

} // namespace perfpa::bench::peers::nlohmann_json

#endif
