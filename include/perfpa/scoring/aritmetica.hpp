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
#include <cstring>
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

namespace detail {

// The parts an explanation is made of, written in place by `aggiungi`:
// text, and numbers written the way the explanations write them.
struct Termine { std::int64_t centesimi; };   // hundredths in a term of a sum: `6`, `97,17`
struct Risultato { std::int64_t centesimi; }; // hundredths as a result: `27,00`
struct Numero { Decimale valore; };           // an exact decimal: `58,3`, `-18`
struct Conteggio { std::size_t n; };          // a count or position, no separators: `3`, `1200`

// Each part is written at p, which has room for lunghezza_massima(part)
// characters; scrivi_parte returns the end of what it wrote. Templates of
// nothing, like scrivi_centesimi (see perfpa.hpp, "Deferred instantiation").
// g++ 12 at -O2 and above, inlining the writers below into `aggiungi`
// through a view of a constant (the evaluator's name), loses the bound
// `aggiungi` checks (the parts fit in its 256-byte buffer, else it writes
// into the string) and warns of writes of ~2^64 bytes or at negative
// offsets, or of reads of 206 bytes from a 26-byte part
// (-Wstringop-overflow, -Wrestrict, -Warray-bounds, -Wstringop-overread):
// false positives, silenced from here to the end of `aggiungi` only.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstringop-overflow"
#pragma GCC diagnostic ignored "-Wrestrict"
#pragma GCC diagnostic ignored "-Warray-bounds"
#pragma GCC diagnostic ignored "-Wstringop-overread"
#endif
template <class L = void>
char* scrivi_parte(char* p, std::string_view t) noexcept {
    if (!t.empty()) std::memcpy(p, t.data(), t.size());
    return p + t.size();
}
template <std::size_t N>
char* scrivi_parte(char* p, const char (&letterale)[N]) noexcept {
    std::memcpy(p, letterale, N - 1);
    return p + (N - 1);
}
template <class L = void>
char* scrivi_parte(char* p, Termine t) noexcept { return scrivi_centesimi<L>(p, t.centesimi, 0); }
template <class L = void>
char* scrivi_parte(char* p, Risultato t) noexcept { return scrivi_centesimi<L>(p, t.centesimi, 2); }
template <class L = void>
char* scrivi_parte(char* p, Numero t) noexcept { return scrivi_scalato(p, t.valore.milionesimi(), 6, 0); }
template <class L = void>
char* scrivi_parte(char* p, Conteggio t) noexcept { return scrivi_intero(p, t.n); }

// An upper bound of what a part writes (the longest number written is 28 characters).
inline std::size_t lunghezza_massima(std::string_view t) { return t.size(); }
template <std::size_t N>
constexpr std::size_t lunghezza_massima(const char (&)[N]) { return N - 1; }
constexpr std::size_t lunghezza_massima(Termine) { return 32; }
constexpr std::size_t lunghezza_massima(Risultato) { return 32; }
constexpr std::size_t lunghezza_massima(Numero) { return 32; }
constexpr std::size_t lunghezza_massima(Conteggio) { return 24; }

/**
 * Appends the parts to `s`, growing it at most once. Short parts (the
 * usual case) are written into a buffer on the stack and appended in one
 * call into std::string, not one per part, which grows `s` by what was
 * written (not by the bound: a number's bound is 32 characters, its text
 * usually 5); longer ones straight into room made at the end of `s`.
 */
template <class... Parti>
void aggiungi(std::string& s, const Parti&... parti) {
    const std::size_t massimo = (std::size_t{0} + ... + lunghezza_massima(parti));
    char buf[256];
    if (massimo <= sizeof buf) {
        char* p = buf;
        ((p = scrivi_parte(p, parti)), ...);
        s.append(buf, static_cast<std::size_t>(p - buf));
        return;
    }
    const std::size_t prima = s.size();
    s.resize(prima + massimo);
    char* p = s.data() + prima;
    ((p = scrivi_parte(p, parti)), ...);
    s.resize(static_cast<std::size_t>(p - s.data()));
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

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
    template <std::size_t N>
    friend class SpiegazioneABlocchi;
    std::string* s_ = nullptr;
};

/**
 * An explanation written in many small parts (the terms of a long sum):
 * they gather in a buffer on the stack, which goes to the string in one
 * call when it is full and when `svuota` is called. Between a write here
 * and `svuota`, nothing else may write to the same explanation.
 */
template <std::size_t N = 512>
class SpiegazioneABlocchi {
public:
    explicit SpiegazioneABlocchi(Spiegazione s) noexcept : s_(s.s_) {}
    SpiegazioneABlocchi(const SpiegazioneABlocchi&) = delete;
    SpiegazioneABlocchi& operator=(const SpiegazioneABlocchi&) = delete;

    template <class... Parti>
    void operator()(const Parti&... parti) {
        if (!s_) return;
        const std::size_t massimo = (std::size_t{0} + ... + lunghezza_massima(parti));
        if (n_ + massimo > N) {
            svuota();
            if (massimo > N) {
                aggiungi(*s_, parti...);
                return;
            }
        }
        char* p = buf_ + n_;
        ((p = scrivi_parte(p, parti)), ...);
        n_ = static_cast<std::size_t>(p - buf_);
    }

    /** Appends what was gathered to the explanation. */
    void svuota() {
        if (s_ && n_ != 0) s_->append(buf_, n_);
        n_ = 0;
    }

private:
    std::string* s_;
    std::size_t n_ = 0;
    char buf_[N];
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
