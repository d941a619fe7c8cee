// perfpa — what the two comparisons of the cycle (ciclo.md §4 and §5) share:
// a value written the Italian way, a number out of a value, hundredths as an
// exact Decimale, a settore or an objective found by id with its position.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_CONFRONTO_COMUNE_HPP
#define PERFPA_CONFRONTO_COMUNE_HPP

#include <perfpa/detail/id.hpp>
#include <perfpa/detail/testo.hpp>
#include <perfpa/formato_italiano.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/values.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace perfpa::detail::confronto {

inline std::string valore_citato(const Valore& v) {
    if (const bool* b = std::get_if<bool>(&v)) return *b ? "sì" : "no";
    if (const Decimale* d = std::get_if<Decimale>(&v)) return formatta_decimale(*d);
    return "«" + std::get<std::string>(v) + "»";
}
inline Opzionale<Decimale> numero(const Opzionale<Valore>& v) {
    if (!v) return std::nullopt;
    if (const Decimale* d = std::get_if<Decimale>(&*v)) return *d;
    return std::nullopt;
}
inline Decimale da_centesimi(std::int64_t c) { return Decimale::da_milionesimi(c * 10'000); }
inline std::string percorso_obiettivo(std::size_t i, std::size_t j) {
    return testo("/settori/", i, "/obiettivi/", j);
}
inline const Settore* trova_settore(const Relazione& r, std::string_view id, std::size_t& i) {
    for (i = 0; i < r.settori.size(); ++i)
        if (stesso_id(r.settori[i].id, id)) return &r.settori[i];
    return nullptr;
}
inline const Obiettivo* trova_obiettivo(const Settore& s, std::string_view id, std::size_t& j) {
    for (j = 0; j < s.obiettivi.size(); ++j)
        if (stesso_id(s.obiettivi[j].id, id)) return &s.obiettivi[j];
    return nullptr;
}

} // namespace perfpa::detail::confronto

#endif
