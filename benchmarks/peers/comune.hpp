// perfpa benchmarks — what the peer decoders share: the value types built
// from JSON numbers and strings exactly as perfpa builds them, so every
// peer produces the same model. Peers assume valid documents and throw on
// anything else; they do not report errors with pointers.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_BENCH_PEERS_COMUNE_HPP
#define PERFPA_BENCH_PEERS_COMUNE_HPP

#include <perfpa/json/detail/lettore.hpp>
#include <perfpa/json/detail/segnala_vincoli.hpp>
#include <perfpa/detail/tratti.hpp>
#include <perfpa/model.hpp>

#include <charconv>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace perfpa::bench::peers {

using perfpa::detail::e_centesimi;
using perfpa::detail::e_opzionale;
using perfpa::detail::e_vettore;

template <class T>
constexpr bool is_numero_esatto = e_centesimi<T>::value || std::is_same_v<T, Decimale> || std::is_same_v<T, Importo>;

[[noreturn]] inline void rifiuta(std::string_view cosa) { throw std::runtime_error("peer: " + std::string(cosa)); }

template <class V>
V da_testo(std::string_view t) {
    auto r = V::da_testo(t);
    if (!r) rifiuta(r.error().motivo);
    return *r;
}

/** A Centesimi/Decimale/Importo from a JSON integer, as perfpa reads it. */
template <class V>
V da_intero(std::int64_t x) {
    if constexpr (e_centesimi<V>::value) return V::da_centesimi(x * 100);
    else if constexpr (std::is_same_v<V, Decimale>) return Decimale::da_milionesimi(x * Decimale::scala);
    else return Importo::da_centesimi(x * 100);
}

/**
 * A Centesimi/Decimale/Importo from a JSON double, through its shortest
 * round-trip spelling: how a C++ user reading doubles would do it. (perfpa
 * reads the number's text instead; on the corpus, whose numbers have at
 * most 15 significant digits, both give the same value: a test checks it.)
 */
template <class V>
V da_double(double d) {
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed);
    if (r.ec != std::errc{}) rifiuta("numero fuori intervallo");
    return da_testo<V>(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
}

/** The JSON number for a Centesimi or Decimale: an integer when whole, else a double. */
template <class V>
bool intero(const V& v, std::int64_t& out) {
    std::int64_t scala = 100, x = 0;
    if constexpr (std::is_same_v<V, Decimale>) {
        scala = Decimale::scala;
        x = v.milionesimi();
    } else {
        x = v.centesimi();
    }
    if (x % scala != 0) return false;
    out = x / scala;
    return true;
}

template <class V>
double come_double(const V& v) {
    if constexpr (std::is_same_v<V, Decimale>) return static_cast<double>(v.milionesimi()) / Decimale::scala;
    else return static_cast<double>(v.centesimi()) / 100.0;
}

} // namespace perfpa::bench::peers

#endif
