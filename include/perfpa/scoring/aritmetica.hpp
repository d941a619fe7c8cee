// perfpa — the exact arithmetic of scoring: 128-bit products, one rounding
// rule (to the nearest integer, half away from zero), and the spelling of
// hundredths in explanations (perfpa/detail/testo.hpp writes them).
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_SCORING_ARITMETICA_HPP
#define PERFPA_SCORING_ARITMETICA_HPP

#include <perfpa/formato_italiano.hpp>
#include <perfpa/values.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace perfpa {

namespace detail {
// __extension__ keeps -Wpedantic quiet about the GCC/Clang 128-bit type.
__extension__ typedef __int128 intero128;
__extension__ typedef unsigned __int128 naturale128;
} // namespace detail

/** A signed 128-bit integer: every product of scoring fits in it. */
using Intero128 = detail::intero128;

namespace detail {

inline constexpr Intero128 massimo128 = static_cast<Intero128>(~naturale128{0} >> 1);

// a + b and a × b in 128 bits, saturated at ±(2^127 − 1): the sums and
// products of scoring stay far inside 128 bits for every value a document
// can hold; a model built in code with values near 2^63 (out of every
// range, see errori_modello_completo) gets a meaningless figure, never an
// overflow.
constexpr Intero128 somma_satura128(Intero128 a, Intero128 b) noexcept {
    Intero128 r = 0;
    if (__builtin_add_overflow(a, b, &r)) return a < 0 ? -massimo128 : massimo128;
    return r;
}
constexpr Intero128 prodotto_saturo128(Intero128 a, Intero128 b) noexcept {
    Intero128 r = 0;
    if (__builtin_mul_overflow(a, b, &r)) return (a < 0) != (b < 0) ? -massimo128 : massimo128;
    return r;
}


// arrotonda beyond its common case: a divisor ≤ 0 or either operand beyond 2^62.
constexpr std::int64_t arrotonda_in_128(Intero128 num, Intero128 den) noexcept {
    if (den == 0) return 0;
    // −(−2^127) does not exist: the two extremes are read as ±(2^127 − 1).
    if (num < -massimo128) num = -massimo128;
    if (den < -massimo128) den = -massimo128;
    if (den < 0) { num = -num; den = -den; }
    const bool negativo = num < 0;
    const Intero128 m = negativo ? -num : num;
    const Intero128 q = m / den, r = m % den;
    const Intero128 arrotondato = r >= den - r ? q + 1 : q; // 2r ≥ den, without overflowing
    if (arrotondato > INT64_MAX) return negativo ? -INT64_MAX : INT64_MAX;
    return static_cast<std::int64_t>(negativo ? -arrotondato : arrotondato);
}

} // namespace detail

/**
 * num / den rounded to the nearest integer, halves away from zero:
 * 2.5 → 3, −2.5 → −3, 2.49 → 2. `den` must not be 0 (returns 0 then).
 * This is the one rounding of perfpa: every reported figure goes through it.
 * A quotient beyond 64 bits saturates at ±(2^63 − 1).
 */
[[nodiscard]] constexpr std::int64_t arrotonda(Intero128 num, Intero128 den) noexcept {
    // The common case in 64 bits: a 128-bit division is a slow library call.
    constexpr Intero128 limite = Intero128{1} << 62;
    if (num > -limite && num < limite && den > 0 && den < limite) {
        const std::int64_t n = static_cast<std::int64_t>(num), d = static_cast<std::int64_t>(den);
        const std::int64_t m = n < 0 ? -n : n;
        const std::int64_t q = m / d, r = m % d;
        const std::int64_t arrotondato = 2 * r >= d ? q + 1 : q;
        return n < 0 ? -arrotondato : arrotondato;
    }
    return detail::arrotonda_in_128(num, den);
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
