// perfpa — value types: amounts in cents, hundredths, exact decimals, dates.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_VALUES_HPP
#define PERFPA_VALUES_HPP

#include <perfpa/eccezioni.hpp>
#include <perfpa/opzionale.hpp>

#include <compare>
#include <cstdint>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <string>
#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

namespace perfpa {

/** Why a text is not a valid value of a type (Italian, for users). */
struct ValoreNonValido {
    std::string motivo;
    friend bool operator==(const ValoreNonValido&, const ValoreNonValido&) = default;
};

/** What `Esito::value()` throws on an error: ValoreRifiutato (a std::invalid_argument) with the reason. */
[[noreturn]] inline void lancia_errore(const ValoreNonValido& e) { throw ValoreRifiutato(e.motivo); }

/**
 * A value of type T or the error E that prevented it: the subset of
 * boost::system::result<T, E> that perfpa uses, without its cost at
 * compile time. Built implicitly from a T or from an E. `value()` on an
 * error throws what `lancia_errore(error)` (found by ADL) throws, or
 * ErroreLogico (a std::logic_error) when E has no such function; `*` and `->` require a
 * value. `error()` returns the error (a reference; moved out of an rvalue),
 * or E{} when there is a value. T must be default-constructible (the value
 * is kept in an Opzionale<T>, like the model's optional members).
 */
template <class T, class E>
class ValoreOErrore {
public:
    using value_type = T;
    using error_type = E;

    /** A value-initialised T. */
    constexpr ValoreOErrore() requires std::is_default_constructible_v<T> : v_(T()) {}

    /**
     * A value (implicit). What converts implicitly to T and not to E: a
     * `std::string` is a value of `Esito<std::string>` although an error
     * (an aggregate of one string) could be built from it explicitly.
     */
    template <class A = T>
        requires(std::is_convertible_v<A, T> && !std::is_convertible_v<A, E>)
    constexpr ValoreOErrore(A&& a) : v_(T(std::forward<A>(a))) {}

    /** An error (implicit): what converts implicitly to E and not to T. */
    template <class A = E, class = void>
        requires(std::is_convertible_v<A, E> && !std::is_convertible_v<A, T>)
    constexpr ValoreOErrore(A&& a) : e_(std::forward<A>(a)) {}

    [[nodiscard]] constexpr bool has_value() const noexcept { return v_.has_value(); }
    [[nodiscard]] constexpr bool has_error() const noexcept { return !v_.has_value(); }
    constexpr explicit operator bool() const noexcept { return v_.has_value(); }

    /** The value; on an error throws (see the class). */
    [[nodiscard]] constexpr T& value() & {
        if (!v_) lancia();
        return *v_;
    }
    [[nodiscard]] constexpr const T& value() const& {
        if (!v_) lancia();
        return *v_;
    }
    /** The value moved out (so `f().value()` binds safely to a `const T&`). */
    [[nodiscard]] constexpr T value() && {
        if (!v_) lancia();
        return std::move(*v_);
    }

    /** The value, unchecked. */
    [[nodiscard]] constexpr T* operator->() noexcept { return &*v_; }
    [[nodiscard]] constexpr const T* operator->() const noexcept { return &*v_; }
    [[nodiscard]] constexpr T& operator*() & noexcept { return *v_; }
    [[nodiscard]] constexpr const T& operator*() const& noexcept { return *v_; }
    [[nodiscard]] constexpr T operator*() && { return std::move(*v_); }

    /** The error; E{} when there is a value. No copy: `r.error().errori[i]` reads in place. */
    [[nodiscard]] constexpr const E& error() const& noexcept { return e_; }
    /** The error moved out (so `f().error()` binds safely to a `const E&`). */
    [[nodiscard]] constexpr E error() && { return std::move(e_); }

    /** Replaces the content with a value built from `a`. */
    template <class... A>
    constexpr T& emplace(A&&... a) {
        e_ = E();
        return v_.emplace(std::forward<A>(a)...);
    }

    constexpr void swap(ValoreOErrore& o) {
        using std::swap;
        swap(v_, o.v_);
        swap(e_, o.e_);
    }
    friend constexpr void swap(ValoreOErrore& a, ValoreOErrore& b) { a.swap(b); }

    /** Both hold equal values, or both equal errors. */
    [[nodiscard]] friend constexpr bool operator==(const ValoreOErrore& a, const ValoreOErrore& b) {
        if (a.v_.has_value() != b.v_.has_value()) return false;
        return a.v_ ? *a.v_ == *b.v_ : a.e_ == b.e_;
    }

private:
    [[noreturn]] void lancia() const {
        if constexpr (requires { lancia_errore(e_); }) {
            lancia_errore(e_);
        } else {
            throw ErroreLogico("perfpa: value() chiamato su un errore");
        }
    }

    Opzionale<T> v_;
    E e_{};
};

/** A parsed value or the reason it was rejected. */
template <class T>
using Esito = ValoreOErrore<T, ValoreNonValido>;

namespace detail {

/**
 * Whether a text says nothing: empty, or only white space — ASCII spaces,
 * tabs and line breaks, and the Unicode spaces a word processor leaves
 * (no-break space U+00A0, U+2000–U+200B, U+202F, U+205F, U+3000, the line
 * and paragraph separators, U+FEFF). Valid UTF-8 is assumed.
 */
inline bool solo_spazi(std::string_view s) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* const e = p + s.size();
    while (p != e) {
        const unsigned c = *p;
        if (c == ' ' || (c >= 0x09 && c <= 0x0D)) { ++p; continue; }
        const std::ptrdiff_t n = e - p;
        if (c == 0xC2 && n >= 2 && p[1] == 0xA0) { p += 2; continue; }                    // U+00A0
        if (c == 0xE1 && n >= 3 && p[1] == 0x9A && p[2] == 0x80) { p += 3; continue; }    // U+1680
        if (c == 0xE2 && n >= 3 && p[1] == 0x80 &&
            (p[2] <= 0x8B || p[2] == 0xA8 || p[2] == 0xA9 || p[2] == 0xAF)) { p += 3; continue; } // U+2000–200B, 2028, 2029, 202F
        if (c == 0xE2 && n >= 3 && p[1] == 0x81 && p[2] == 0x9F) { p += 3; continue; }    // U+205F
        if (c == 0xE3 && n >= 3 && p[1] == 0x80 && p[2] == 0x80) { p += 3; continue; }    // U+3000
        if (c == 0xEF && n >= 3 && p[1] == 0xBB && p[2] == 0xBF) { p += 3; continue; }    // U+FEFF
        return false;
    }
    return true;
}

// Parses an optional '-', digits, an optional '.' and at most `max_dec`
// decimal digits into an integer scaled by 10^max_dec. No exponent, no '+',
// no leading zeros beyond one, at least one digit on each side of the dot.
// Returns false on any other form or on overflow past `limite`.
inline bool leggi_decimale_scalato(std::string_view s, int max_dec, std::int64_t limite,
                                   std::int64_t& out, std::string& motivo) {
    std::size_t i = 0;
    bool neg = false;
    if (i < s.size() && s[i] == '-') { neg = true; ++i; }
    const std::size_t inizio_interi = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    const std::size_t n_interi = i - inizio_interi;
    if (n_interi == 0) { motivo = "non è un numero decimale"; return false; }
    if (n_interi > 1 && s[inizio_interi] == '0') { motivo = "zeri iniziali non ammessi"; return false; }
    std::size_t n_dec = 0, inizio_dec = 0;
    if (i < s.size() && s[i] == '.') {
        ++i;
        inizio_dec = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        n_dec = i - inizio_dec;
        if (n_dec == 0) { motivo = "cifre decimali mancanti dopo il punto"; return false; }
    }
    if (i != s.size()) { motivo = "non è un numero decimale"; return false; }
    // Trailing zeros beyond the allowed decimals are harmless ("7.500").
    std::size_t n_dec_sig = n_dec;
    while (n_dec_sig > 0 && s[inizio_dec + n_dec_sig - 1] == '0') --n_dec_sig;
    if (static_cast<int>(n_dec_sig) > max_dec) {
        motivo = "al massimo " + std::to_string(max_dec) + " decimali";
        return false;
    }
    std::int64_t v = 0;
    auto aggiungi = [&](char c) {
        if (v > (limite - (c - '0')) / 10) return false;
        v = v * 10 + (c - '0');
        return true;
    };
    for (std::size_t k = 0; k < n_interi; ++k)
        if (!aggiungi(s[inizio_interi + k])) { motivo = "valore fuori intervallo"; return false; }
    for (int k = 0; k < max_dec; ++k) {
        char c = static_cast<std::size_t>(k) < n_dec_sig ? s[inizio_dec + static_cast<std::size_t>(k)] : '0';
        if (!aggiungi(c)) { motivo = "valore fuori intervallo"; return false; }
    }
    out = neg ? -v : v;
    return true;
}

// Prints an integer scaled by 10^dec. `fissi` decimals are always printed
// (amounts: 2); beyond them trailing zeros are dropped (6 → "6", 7.50 → "7.5").
inline std::string scrivi_decimale_scalato(std::int64_t v, int dec, int fissi) {
    std::string out;
    // Work in unsigned to print INT64_MIN-safe magnitudes.
    std::uint64_t m = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    std::uint64_t scala = 1;
    for (int k = 0; k < dec; ++k) scala *= 10;
    std::uint64_t interi = m / scala, frazione = m % scala;
    if (v < 0) out.push_back('-');
    out += std::to_string(interi);
    std::string cifre(static_cast<std::size_t>(dec), '0');
    for (int k = dec - 1; k >= 0; --k) {
        cifre[static_cast<std::size_t>(k)] = static_cast<char>('0' + frazione % 10);
        frazione /= 10;
    }
    std::size_t n = cifre.size();
    while (n > static_cast<std::size_t>(fissi) && cifre[n - 1] == '0') --n;
    if (n > 0) { out.push_back('.'); out.append(cifre, 0, n); }
    return out;
}

struct TagPercentuale { static constexpr std::int64_t minimo = 0, massimo = 100'00; };
struct TagPeso { static constexpr std::int64_t minimo = 0, massimo = 1'000'000'00; };
struct TagPunti { static constexpr std::int64_t minimo = 0, massimo = 100'00; };

// The arithmetic of the value types and of the checks on them: a + b,
// a − b and a × b, saturated at ±(2^63 − 1) beyond what 64 bits hold, never
// an overflow (undefined behaviour). A decoded document keeps every sum and
// product of its values far inside 64 bits; only a model built in code with
// values outside their ranges (which errori_modello_completo reports) comes
// near the limits, and gets a value outside every range, not a crash.
constexpr std::int64_t somma_satura(std::int64_t a, std::int64_t b) noexcept {
    std::int64_t r = 0;
    if (__builtin_add_overflow(a, b, &r)) return a < 0 ? -INT64_MAX : INT64_MAX;
    return r;
}
constexpr std::int64_t differenza_satura(std::int64_t a, std::int64_t b) noexcept {
    std::int64_t r = 0;
    if (__builtin_sub_overflow(a, b, &r)) return a < 0 ? -INT64_MAX : INT64_MAX;
    return r;
}
constexpr std::int64_t prodotto_saturo(std::int64_t a, std::int64_t b) noexcept {
    std::int64_t r = 0;
    if (__builtin_mul_overflow(a, b, &r)) return (a < 0) != (b < 0) ? -INT64_MAX : INT64_MAX;
    return r;
}
constexpr std::int64_t opposto_saturo(std::int64_t a) noexcept { return a == INT64_MIN ? INT64_MAX : -a; }

// n × k for the factories of whole units (`Punti::interi`, `Importo::euro`,
// `Decimale::interi`): saturated, a value outside every range, which
// errori_modello_completo and the decoder report.
constexpr std::int64_t per_scala(std::int64_t n, std::int64_t k) noexcept { return prodotto_saturo(n, k); }

} // namespace detail

/**
 * An integer count of hundredths: a percentage, a weight or a number of
 * points. The Tag keeps the three apart at compile time and carries the
 * range a decoded value must lie in (`Tag::minimo`, `Tag::massimo`, in
 * hundredths). Arithmetic between different tags does not compile.
 */
template <class Tag>
class Centesimi {
public:
    using tag = Tag;
    static constexpr std::int64_t minimo = Tag::minimo;
    static constexpr std::int64_t massimo = Tag::massimo;

    constexpr Centesimi() noexcept = default;
    /** A whole number of units: `Peso::interi(6)` is 6.00. */
    [[nodiscard]] static constexpr Centesimi interi(std::int64_t n) noexcept { return Centesimi(detail::per_scala(n, 100)); }
    /** From hundredths: `Percentuale::da_centesimi(7549)` is 75.49. */
    [[nodiscard]] static constexpr Centesimi da_centesimi(std::int64_t c) noexcept { return Centesimi(c); }
    /** The value in hundredths. */
    [[nodiscard]] constexpr std::int64_t centesimi() const noexcept { return c_; }

    /**
     * Parses the JSON spelling: an optional '-', digits, at most 2 decimals
     * (`75.49`, `6`, `7.5`). Rejects exponents, '+' and other forms with a
     * reason. The range of the tag is not checked here (see `nel_intervallo`).
     */
    [[nodiscard]] static Esito<Centesimi> da_testo(std::string_view s) {
        std::int64_t v = 0;
        std::string motivo;
        if (!detail::leggi_decimale_scalato(s, 2, std::numeric_limits<std::int64_t>::max() / 1000, v, motivo))
            return ValoreNonValido{motivo};
        return Centesimi(v);
    }
    /** The spelling people write: `75.49`, `6`, `7.5`, `-18`. */
    [[nodiscard]] std::string testo() const { return detail::scrivi_decimale_scalato(c_, 2, 0); }
    /** Whether the value lies within the tag's range. */
    [[nodiscard]] constexpr bool nel_intervallo() const noexcept { return c_ >= minimo && c_ <= massimo; }

    // Saturated at ±(2^63 − 1), never an overflow (see detail::somma_satura).
    constexpr Centesimi& operator+=(Centesimi o) noexcept { c_ = detail::somma_satura(c_, o.c_); return *this; }
    constexpr Centesimi& operator-=(Centesimi o) noexcept { c_ = detail::differenza_satura(c_, o.c_); return *this; }
    [[nodiscard]] friend constexpr Centesimi operator+(Centesimi a, Centesimi b) noexcept { return a += b; }
    [[nodiscard]] friend constexpr Centesimi operator-(Centesimi a, Centesimi b) noexcept { return a -= b; }
    [[nodiscard]] friend constexpr Centesimi operator*(Centesimi a, std::int64_t k) noexcept {
        return Centesimi(detail::prodotto_saturo(a.c_, k));
    }
    [[nodiscard]] friend constexpr Centesimi operator*(std::int64_t k, Centesimi a) noexcept { return a * k; }
    friend constexpr auto operator<=>(const Centesimi&, const Centesimi&) = default;
    friend constexpr bool operator==(const Centesimi&, const Centesimi&) = default;

private:
    constexpr explicit Centesimi(std::int64_t c) noexcept : c_(c) {}
    std::int64_t c_ = 0;
};

/** A percentage in hundredths of a percent, 0–100 when decoded. */
using Percentuale = Centesimi<detail::TagPercentuale>;
/** A weight (`peso`) in hundredths, ≥ 0 when decoded. */
using Peso = Centesimi<detail::TagPeso>;
/** Points (out of 100) in hundredths, 0–100 when decoded. */
using Punti = Centesimi<detail::TagPunti>;

/** An amount of money in integer euro cents. */
class Importo {
public:
    constexpr Importo() noexcept = default;
    [[nodiscard]] static constexpr Importo da_centesimi(std::int64_t c) noexcept { return Importo(c); }
    [[nodiscard]] static constexpr Importo euro(std::int64_t e) noexcept { return Importo(detail::per_scala(e, 100)); }
    [[nodiscard]] constexpr std::int64_t centesimi() const noexcept { return c_; }

    /** Parses `"19691.29"`, `"-5"`, `"0.5"`: at most 2 decimals, exact. */
    [[nodiscard]] static Esito<Importo> da_testo(std::string_view s) {
        std::int64_t v = 0;
        std::string motivo;
        // Up to 9e16 cents: far beyond any public budget, far from overflow.
        if (!detail::leggi_decimale_scalato(s, 2, 90'000'000'000'000'000, v, motivo))
            return ValoreNonValido{motivo};
        return Importo(v);
    }
    /** Always two decimals: `"19691.29"`, `"10000.00"`, `"-0.50"`. */
    [[nodiscard]] std::string testo() const { return detail::scrivi_decimale_scalato(c_, 2, 2); }

    // Saturated at ±(2^63 − 1), never an overflow (see detail::somma_satura).
    constexpr Importo& operator+=(Importo o) noexcept { c_ = detail::somma_satura(c_, o.c_); return *this; }
    constexpr Importo& operator-=(Importo o) noexcept { c_ = detail::differenza_satura(c_, o.c_); return *this; }
    [[nodiscard]] friend constexpr Importo operator+(Importo a, Importo b) noexcept { return a += b; }
    [[nodiscard]] friend constexpr Importo operator-(Importo a, Importo b) noexcept { return a -= b; }
    [[nodiscard]] friend constexpr Importo operator-(Importo a) noexcept {
        return Importo(detail::opposto_saturo(a.c_));
    }
    friend constexpr auto operator<=>(const Importo&, const Importo&) = default;
    friend constexpr bool operator==(const Importo&, const Importo&) = default;

private:
    constexpr explicit Importo(std::int64_t c) noexcept : c_(c) {}
    std::int64_t c_ = 0;
};

/**
 * An exact decimal with at most 6 decimals (indicator values, days),
 * stored as an integer count of millionths; |value| < 10^12.
 */
class Decimale {
public:
    static constexpr std::int64_t scala = 1'000'000;
    static constexpr std::int64_t limite = 1'000'000'000'000 * scala;

    constexpr Decimale() noexcept = default;
    [[nodiscard]] static constexpr Decimale interi(std::int64_t n) noexcept { return Decimale(detail::per_scala(n, scala)); }
    [[nodiscard]] static constexpr Decimale da_milionesimi(std::int64_t m) noexcept { return Decimale(m); }
    /** The value in millionths. */
    [[nodiscard]] constexpr std::int64_t milionesimi() const noexcept { return m_; }

    /** Parses `58.3`, `-18`, `12.5`: at most 6 decimals, no exponent. */
    [[nodiscard]] static Esito<Decimale> da_testo(std::string_view s) {
        std::int64_t v = 0;
        std::string motivo;
        if (!detail::leggi_decimale_scalato(s, 6, limite - 1, v, motivo)) return ValoreNonValido{motivo};
        return Decimale(v);
    }
    /** The shortest exact spelling: `58.3`, `-18`, `0.000001`. */
    [[nodiscard]] std::string testo() const { return detail::scrivi_decimale_scalato(m_, 6, 0); }

    friend constexpr auto operator<=>(const Decimale&, const Decimale&) = default;
    friend constexpr bool operator==(const Decimale&, const Decimale&) = default;

private:
    constexpr explicit Decimale(std::int64_t m) noexcept : m_(m) {}
    std::int64_t m_ = 0;
};

/** A proleptic Gregorian calendar date. */
class Data {
public:
    constexpr Data() noexcept = default;

    [[nodiscard]] static constexpr bool bisestile(int a) noexcept {
        return (a % 4 == 0 && a % 100 != 0) || a % 400 == 0;
    }
    /** The days of month `m` (1–12) of year `a`; 0 for a month that does not exist. */
    [[nodiscard]] static constexpr int giorni_nel_mese(int a, int m) noexcept {
        constexpr int g[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (m < 1 || m > 12) return 0;
        return m == 2 && bisestile(a) ? 29 : g[m - 1];
    }
    /** A date from its parts, or the reason it does not exist. */
    [[nodiscard]] static Esito<Data> da_parti(int anno, int mese, int giorno) {
        if (anno < 1 || anno > 9999) return ValoreNonValido{"anno fuori intervallo (1–9999)"};
        if (mese < 1 || mese > 12) return ValoreNonValido{"mese inesistente"};
        if (giorno < 1 || giorno > giorni_nel_mese(anno, mese)) return ValoreNonValido{"giorno inesistente nel mese"};
        return Data(anno, mese, giorno);
    }
    /** Parses exactly `YYYY-MM-DD` (ISO 8601 calendar date); `2023-02-30` is rejected. */
    [[nodiscard]] static Esito<Data> da_testo(std::string_view s) {
        if (s.size() != 10 || s[4] != '-' || s[7] != '-') return ValoreNonValido{"formato atteso AAAA-MM-GG"};
        auto cifre = [&](std::size_t da, std::size_t n, int& out) {
            out = 0;
            for (std::size_t k = da; k < da + n; ++k) {
                if (s[k] < '0' || s[k] > '9') return false;
                out = out * 10 + (s[k] - '0');
            }
            return true;
        };
        int a = 0, m = 0, g = 0;
        if (!cifre(0, 4, a) || !cifre(5, 2, m) || !cifre(8, 2, g)) return ValoreNonValido{"formato atteso AAAA-MM-GG"};
        return da_parti(a, m, g);
    }
    /** `2023-12-31`. */
    [[nodiscard]] std::string testo() const {
        char buf[11];
        buf[0] = static_cast<char>('0' + a_ / 1000);
        buf[1] = static_cast<char>('0' + a_ / 100 % 10);
        buf[2] = static_cast<char>('0' + a_ / 10 % 10);
        buf[3] = static_cast<char>('0' + a_ % 10);
        buf[4] = '-';
        buf[5] = static_cast<char>('0' + m_ / 10);
        buf[6] = static_cast<char>('0' + m_ % 10);
        buf[7] = '-';
        buf[8] = static_cast<char>('0' + g_ / 10);
        buf[9] = static_cast<char>('0' + g_ % 10);
        return std::string(buf, 10);
    }
    [[nodiscard]] constexpr int anno() const noexcept { return a_; }
    [[nodiscard]] constexpr int mese() const noexcept { return m_; }
    [[nodiscard]] constexpr int giorno() const noexcept { return g_; }

    friend constexpr auto operator<=>(const Data&, const Data&) = default;
    friend constexpr bool operator==(const Data&, const Data&) = default;

private:
    constexpr Data(int a, int m, int g) noexcept : a_(a), m_(m), g_(g) {}
    int a_ = 1970, m_ = 1, g_ = 1;
};

} // namespace perfpa

#endif
