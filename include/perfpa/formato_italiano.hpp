// perfpa — Italian number and date formatting, locale-independent.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_FORMATO_ITALIANO_HPP
#define PERFPA_FORMATO_ITALIANO_HPP

#include <perfpa/values.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <type_traits>

namespace perfpa {

namespace detail {

// "00" "01" … "99": two digits at a time.
inline constexpr struct CoppieCifre {
    char c[200];
    constexpr CoppieCifre() : c() {
        for (int i = 0; i < 100; ++i) {
            c[2 * i] = static_cast<char>('0' + i / 10);
            c[2 * i + 1] = static_cast<char>('0' + i % 10);
        }
    }
} coppie_cifre;

// Writes the two digits of n < 100 just before p; returns the new start.
inline char* due_cifre(char* p, unsigned n) noexcept {
    p -= 2;
    p[0] = coppie_cifre.c[2 * n];
    p[1] = coppie_cifre.c[2 * n + 1];
    return p;
}

// An integer in plain decimal digits (no separators), written at `dest`,
// which has room for 21 characters (a sign and 20 digits); returns the end.
// The integers of the JSON text and of findings' pointers and messages
// (indices, years). In place of std::to_chars, whose <charconv> costs every
// file that includes perfpa compile time (see docs/internals.md).
template <class I>
char* scrivi_intero(char* dest, I v) noexcept {
    static_assert(std::is_integral_v<I> && !std::is_same_v<I, bool> && sizeof(I) <= 8);
    std::uint64_t u = static_cast<std::uint64_t>(static_cast<std::make_unsigned_t<I>>(v));
    if constexpr (std::is_signed_v<I>) {
        if (v < 0) {
            *dest++ = '-';
            u = std::uint64_t{0} - static_cast<std::uint64_t>(static_cast<std::int64_t>(v));
        }
    }
    char buf[20];
    char* const fine = buf + sizeof buf;
    char* p = fine;
    while (u >= 100) {
        p = due_cifre(p, static_cast<unsigned>(u % 100));
        u /= 100;
    }
    if (u >= 10) p = due_cifre(p, static_cast<unsigned>(u));
    else *--p = static_cast<char>('0' + u);
    const auto n = static_cast<std::size_t>(fine - p);
    std::memcpy(dest, p, n);
    return dest + n;
}

// Writes the digits of n < 1000 (no leading zeros) just before p; returns the new start.
inline char* fino_a_tre_cifre(char* p, unsigned n) noexcept {
    if (n >= 100) {
        p = due_cifre(p, n % 100);
        *--p = static_cast<char>('0' + n / 100);
    } else if (n >= 10) {
        p = due_cifre(p, n);
    } else {
        *--p = static_cast<char>('0' + n);
    }
    return p;
}

// `vero` or `falso`, as a view whose length is known where the literals
// are: `c ? "a" : "bc"` is a `const char*`, whose length costs a strlen.
constexpr std::string_view se(bool condizione, std::string_view vero, std::string_view falso = {}) noexcept {
    return condizione ? vero : falso;
}

// Writes at `dest` an integer scaled by 10^dec (dec ≤ 18) with Italian
// separators: '.' between thousands, ',' before the decimals; returns the
// end. `fissi` decimals are always shown; beyond them trailing zeros are
// dropped. At most 46 characters.
inline char* scrivi_scalato(char* dest, std::int64_t v, int dec, int fissi) noexcept {
    constexpr std::uint64_t potenze[19] = {1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull,
                                           10000000ull, 100000000ull, 1000000000ull, 10000000000ull,
                                           100000000000ull, 1000000000000ull, 10000000000000ull,
                                           100000000000000ull, 1000000000000000ull, 10000000000000000ull,
                                           100000000000000000ull, 1000000000000000000ull};
    const std::uint64_t m = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    const std::uint64_t scala = potenze[dec < 0 ? 0 : dec > 18 ? 18 : dec];
    char buf[48]; // sign + 20 digits + 6 dots + ',' + 18 decimals
    char* const fine = buf + sizeof buf;
    char* p = fine;
    // decimals: the trailing zeros beyond `fissi` dropped, then right to left
    std::uint64_t frazione = m % scala;
    int k = dec;
    if (frazione == 0) k = fissi;
    else
        while (k > fissi && frazione % 10 == 0) frazione /= 10, --k;
    for (; k >= 2; k -= 2) {
        p = due_cifre(p, static_cast<unsigned>(frazione % 100));
        frazione /= 100;
    }
    if (k == 1) *--p = static_cast<char>('0' + frazione % 10);
    if (p != fine) *--p = ',';
    // the integer part, three digits and a '.' at a time
    std::uint64_t interi = m / scala;
    while (interi >= 1000) {
        const auto gruppo = static_cast<unsigned>(interi % 1000);
        interi /= 1000;
        p = due_cifre(p, gruppo % 100);
        *--p = static_cast<char>('0' + gruppo / 100);
        *--p = '.';
    }
    p = fino_a_tre_cifre(p, static_cast<unsigned>(interi));
    if (v < 0) *--p = '-';
    const auto n = static_cast<std::size_t>(fine - p);
    std::memcpy(dest, p, n);
    return dest + n;
}

// As scrivi_scalato(dest, v, 2, fissi), with a shortcut for 0 ≤ v < 1000,00
// (no thousands separator), the common case of weights, degrees and points:
// written left to right, straight at `dest`.
template <class L = void>
[[gnu::always_inline]] inline char* scrivi_centesimi(char* dest, std::int64_t v, int fissi) noexcept {
    if (v < 0 || v >= 100000) return scrivi_scalato(dest, v, 2, fissi);
    const auto u = static_cast<std::uint32_t>(v); // unsigned 32-bit: dividing by 100 is a multiply
    const std::uint32_t interi = u / 100, frazione = u - interi * 100;
    auto coppia = [&](unsigned n) {
        dest[0] = coppie_cifre.c[2 * n];
        dest[1] = coppie_cifre.c[2 * n + 1];
        dest += 2;
    };
    if (interi >= 100) {
        *dest++ = static_cast<char>('0' + interi / 100);
        coppia(interi % 100);
    } else if (interi >= 10) {
        coppia(interi);
    } else {
        *dest++ = static_cast<char>('0' + interi);
    }
    if (frazione != 0 || fissi >= 2) {
        *dest++ = ',';
        if (frazione % 10 == 0 && fissi < 2) *dest++ = static_cast<char>('0' + frazione / 10);
        else coppia(frazione);
    } else if (fissi == 1) {
        *dest++ = ',';
        *dest++ = '0';
    }
    return dest;
}

// scrivi_scalato appended to `out`.
inline void aggiungi_scalato(std::string& out, std::int64_t v, int dec, int fissi) {
    char buf[48];
    out.append(buf, static_cast<std::size_t>(scrivi_scalato(buf, v, dec, fissi) - buf));
}

// As aggiungi_scalato, into a new string.
inline std::string formatta_scalato(std::int64_t v, int dec, int fissi) {
    std::string out;
    aggiungi_scalato(out, v, dec, fissi);
    return out;
}

} // namespace detail

/** `19.691,29 €`, `-0,50 €`, `0,00 €`. */
[[nodiscard]] inline std::string formatta_importo(Importo i) {
    return detail::formatta_scalato(i.centesimi(), 2, 2) + " €";
}

/** Points with two decimals, as in a score table: `27,50`, `100,00`, `1.234,00`. */
template <class Tag>
[[nodiscard]] std::string formatta_centesimi(Centesimi<Tag> c) {
    return detail::formatta_scalato(c.centesimi(), 2, 2);
}

/** `27,50`. */
[[nodiscard]] inline std::string formatta_punti(Punti p) { return formatta_centesimi(p); }

/** `75,49%`, `100%`, `7,5%` (trailing zeros dropped). */
[[nodiscard]] inline std::string formatta_percentuale(Percentuale p) {
    return detail::formatta_scalato(p.centesimi(), 2, 0) + "%";
}

/** A weight as people write it: `6`, `7,5`, `4,44`. */
[[nodiscard]] inline std::string formatta_peso(Peso p) { return detail::formatta_scalato(p.centesimi(), 2, 0); }

/** An exact decimal as people write it: `-18`, `58,3`, `1.234,5`. */
[[nodiscard]] inline std::string formatta_decimale(Decimale d) {
    return detail::formatta_scalato(d.milionesimi(), 6, 0);
}

/** `31.12.2023`. */
[[nodiscard]] inline std::string formatta_data(Data d) {
    std::string s = d.testo(); // 2023-12-31
    return s.substr(8, 2) + "." + s.substr(5, 2) + "." + s.substr(0, 4);
}

/** `31 dicembre 2023`, `1 gennaio 2024`. */
[[nodiscard]] inline std::string formatta_data_estesa(Data d) {
    static constexpr const char* mesi[] = {"gennaio", "febbraio", "marzo",     "aprile",  "maggio",   "giugno",
                                           "luglio",  "agosto",   "settembre", "ottobre", "novembre", "dicembre"};
    return std::to_string(d.giorno()) + " " + mesi[d.mese() - 1] + " " + std::to_string(d.anno());
}

} // namespace perfpa

#endif
