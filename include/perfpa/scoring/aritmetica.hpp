// perfpa — the exact arithmetic of scoring: 128-bit products, one rounding
// rule (to the nearest integer, half away from zero) and the Italian
// spelling of the numbers that appear in explanations.
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
    // The common case in 64 bits: a 128-bit division is a slow library call.
    constexpr Intero128 limite = Intero128{1} << 62;
    if (num > -limite && num < limite && den < limite) {
        const std::int64_t n = static_cast<std::int64_t>(num), d = static_cast<std::int64_t>(den);
        const std::int64_t m = n < 0 ? -n : n;
        const std::int64_t q = m / d, r = m % d;
        const std::int64_t arrotondato = 2 * r >= d ? q + 1 : q;
        return n < 0 ? -arrotondato : arrotondato;
    }
    const bool negativo = num < 0;
    const Intero128 m = negativo ? -num : num;
    const Intero128 q = m / den, r = m % den;
    const Intero128 arrotondato = 2 * r >= den ? q + 1 : q;
    return static_cast<std::int64_t>(negativo ? -arrotondato : arrotondato);
}

namespace detail {

// The parts an explanation is made of, appended in place by `aggiungi`:
// text, and numbers written the way the explanations write them.
struct Termine { std::int64_t centesimi; };   // hundredths in a term of a sum: `6`, `97,17`
struct Risultato { std::int64_t centesimi; }; // hundredths as a result: `27,00`
struct Numero { Decimale valore; };           // an exact decimal: `58,3`, `-18`
struct Conteggio { std::size_t n; };          // a count or position, no separators: `3`, `1200`

inline void aggiungi_parte(std::string& s, std::string_view t) { s.append(t); }
inline void aggiungi_parte(std::string& s, Termine t) { aggiungi_centesimi(s, t.centesimi, 0); }
inline void aggiungi_parte(std::string& s, Risultato t) { aggiungi_centesimi(s, t.centesimi, 2); }
inline void aggiungi_parte(std::string& s, Numero t) { aggiungi_scalato(s, t.valore.milionesimi(), 6, 0); }
inline void aggiungi_parte(std::string& s, Conteggio t) {
    char buf[24];
    char* p = buf + sizeof buf;
    std::size_t n = t.n;
    do { *--p = static_cast<char>('0' + n % 10); n /= 10; } while (n != 0);
    s.append(p, static_cast<std::size_t>(buf + sizeof buf - p));
}

template <std::size_t N>
void aggiungi_parte(std::string& s, const char (&letterale)[N]) { s.append(letterale, N - 1); }

// An upper bound of what a part appends (the longest number written is 28 characters).
inline std::size_t lunghezza_massima(std::string_view t) { return t.size(); }
template <std::size_t N>
constexpr std::size_t lunghezza_massima(const char (&)[N]) { return N - 1; }
constexpr std::size_t lunghezza_massima(Termine) { return 32; }
constexpr std::size_t lunghezza_massima(Risultato) { return 32; }
constexpr std::size_t lunghezza_massima(Numero) { return 32; }
constexpr std::size_t lunghezza_massima(Conteggio) { return 24; }

/** Appends the parts to `s`, growing it at most once. */
template <class... Parti>
void aggiungi(std::string& s, const Parti&... parti) {
    const std::size_t n = s.size() + (std::size_t{0} + ... + lunghezza_massima(parti));
    if (n > s.capacity()) s.reserve(n); // a call, even when there is room: skipped then
    (aggiungi_parte(s, parti), ...);
}

/** The parts as one new string. */
template <class... Parti>
[[nodiscard]] std::string testo(const Parti&... parti) {
    std::string s;
    aggiungi(s, parti...);
    return s;
}

/**
 * Where an explanation is written: into a string, or nowhere when scores
 * are computed without explanations (then writing costs nothing).
 */
class Spiegazione {
public:
    Spiegazione() = default;
    explicit Spiegazione(std::string& s) : s_(&s) {}
    /** Whether the text is kept. */
    [[nodiscard]] bool attiva() const noexcept { return s_ != nullptr; }
    template <class... Parti>
    void operator()(const Parti&... parti) const {
        if (s_) aggiungi(*s_, parti...);
    }

private:
    std::string* s_ = nullptr;
};

} // namespace detail

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
