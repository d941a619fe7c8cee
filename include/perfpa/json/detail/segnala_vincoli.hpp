// perfpa — internals of decoding: the model's own constraints (model/vincoli.hpp)
// reported on a decoded value, under the reader's pointer.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_JSON_DETAIL_SEGNALA_VINCOLI_HPP
#define PERFPA_JSON_DETAIL_SEGNALA_VINCOLI_HPP

#include <perfpa/json/detail/lettore.hpp>
#include <perfpa/model/vincoli.hpp>
#include <perfpa/values.hpp>

#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

namespace perfpa::json::detail {

/**
 * Reports the constraints of the model on a decoded value, under the current
 * pointer; with `valido`, only those on a member (the first segment of the
 * error's pointer) that `valido(name)` accepts.
 */
template <class T>
void valida(const T& v, Lettore& l, bool (*valido)(std::string_view, const void*) = nullptr,
            const void* contesto = nullptr) {
    auto errori = perfpa::errori_modello(v);
    if (errori.empty()) return;
    const std::string base = l.puntatore();
    for (auto& e : errori) {
        if (valido) {
            const std::string_view p = std::string_view(e.percorso);
            if (p.size() < 2 || !valido(p.substr(1, p.find('/', 1) - 1), contesto)) continue;
        }
        l.errore_senza_valore(base + e.percorso, std::move(e.messaggio), e.tipo);
    }
}

// Which constraints a struct with a member in error still checks: see
// perfpa::detail::vincoli_per_membro (errori_modello_completo follows it too).
using perfpa::detail::vincoli_per_membro;

} // namespace perfpa::json::detail

#endif
