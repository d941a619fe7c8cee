// perfpa — the exact arithmetic of scoring: 128-bit products, one rounding
// rule (to the nearest integer, half away from zero) and the Italian
// spelling of the numbers that appear in explanations.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_SCORING_ARITMETICA_HPP
#define PERFPA_SCORING_ARITMETICA_HPP

#include <perfpa/formato_italiano.hpp>
#include <perfpa/values.hpp>

#include <cstdint>
#include <string>

namespace perfpa {

namespace detail {
// __extension__ keeps -Wpedantic quiet about the GCC/Clang 128-bit type.
__extension__ typedef __int128 intero128;
} // namespace detail

/** A signed 128-bit integer: every product of scoring fits in it. */
using Intero128 = detail::intero128;

/**
 * num / den rounded to the nearest integer, halves away from zero:
 * 2.5 → 3, −2.5 → −3, 2.49 → 2. `den` must not be 0 (returns 0 then).
 * This is the one rounding of perfpa: every reported figure goes through it.
 */
[[nodiscard]] constexpr std::int64_t arrotonda(Intero128 num, Intero128 den) noexcept {
    if (den == 0) return 0;
    if (den < 0) { num = -num; den = -den; }
    const bool negativo = num < 0;
    const Intero128 m = negativo ? -num : num;
    const Intero128 q = m / den, r = m % den;
    const Intero128 arrotondato = 2 * r >= den ? q + 1 : q;
    return static_cast<std::int64_t>(negativo ? -arrotondato : arrotondato);
}

/** Hundredths as people write them in a term of a sum: `6`, `97,17`, `7,5`. */
[[nodiscard]] inline std::string testo_termine(std::int64_t centesimi) {
    return detail::formatta_scalato(centesimi, 2, 0);
}

/** Hundredths with two decimals, as a result: `27,00`, `97,17`. */
[[nodiscard]] inline std::string testo_risultato(std::int64_t centesimi) {
    return detail::formatta_scalato(centesimi, 2, 2);
}

} // namespace perfpa

#endif
