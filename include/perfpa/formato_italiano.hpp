// perfpa — Italian number and date formatting, locale-independent.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_FORMATO_ITALIANO_HPP
#define PERFPA_FORMATO_ITALIANO_HPP

#include <perfpa/values.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
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

// ---------------------------------------------------------------------------
// Reading what people write: the inverse of the writers above, for data-entry
// screens and imported spreadsheets. Each returns the value or, in Italian,
// why the text is not one (as the JSON-form `da_testo` of values.hpp does).

namespace detail {

// `s` without the spaces around it: ASCII blanks, the no-break space (U+00A0)
// and the narrow no-break space (U+202F) that word processors put before `€`
// or `%`.
inline std::string_view senza_spazi_italiani(std::string_view s) noexcept {
    auto spazio_iniziale = [](std::string_view t) -> std::size_t {
        if (t.empty()) return 0;
        if (t[0] == ' ' || t[0] == '\t' || t[0] == '\n' || t[0] == '\r') return 1;
        if (t.substr(0, 2) == "\xC2\xA0") return 2;
        if (t.substr(0, 3) == "\xE2\x80\xAF") return 3;
        return 0;
    };
    auto spazio_finale = [](std::string_view t) -> std::size_t {
        if (t.empty()) return 0;
        const char c = t.back();
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
        if (t.size() >= 2 && t.substr(t.size() - 2) == "\xC2\xA0") return 2;
        if (t.size() >= 3 && t.substr(t.size() - 3) == "\xE2\x80\xAF") return 3;
        return 0;
    };
    for (std::size_t n; (n = spazio_iniziale(s)) > 0;) s.remove_prefix(n);
    for (std::size_t n; (n = spazio_finale(s)) > 0;) s.remove_suffix(n);
    return s;
}

// A number written the Italian way — an optional '-', the integer part with
// or without '.' between groups of three digits (`25.000`, `25000`), an
// optional ',' and at most `decimali` decimals — as an integer scaled by
// 10^decimali. False with the reason on any other form.
inline bool leggi_numero_italiano(std::string_view s, int decimali, std::int64_t limite, std::int64_t& out,
                           std::string& motivo) {
    std::string json; // the same number in the JSON form that leggi_decimale_scalato reads
    std::size_t i = 0;
    if (i < s.size() && s[i] == '-') json.push_back(s[i++]);
    const std::size_t inizio = i;
    std::size_t gruppo = 0, gruppi = 0;
    bool con_punti = false;
    for (; i < s.size() && s[i] != ','; ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            json.push_back(c);
            ++gruppo;
        } else if (c == '.') {
            if (gruppo == 0 || (gruppi == 0 && gruppo > 3) || (gruppi > 0 && gruppo != 3)) {
                motivo = "le migliaia vanno separate dal punto a gruppi di tre cifre, come \"25.000,00\"";
                return false;
            }
            con_punti = true;
            ++gruppi;
            gruppo = 0;
        } else {
            motivo = c == ' ' ? "spazio inatteso nel numero" : "carattere inatteso nel numero";
            return false;
        }
    }
    if (i == inizio) {
        motivo = "non è un numero scritto all'italiana, come \"25.000,00\"";
        return false;
    }
    if (con_punti && gruppo != 3) {
        motivo = gruppo == 2 && s.find(',') == std::string_view::npos
                     ? "le migliaia vanno separate dal punto a gruppi di tre cifre; i decimali vanno dopo la "
                       "virgola, come \"12,50\""
                     : "le migliaia vanno separate dal punto a gruppi di tre cifre, come \"25.000,00\"";
        return false;
    }
    if (i < s.size()) { // the decimal comma
        ++i;
        json.push_back('.');
        const std::size_t inizio_decimali = i;
        for (; i < s.size(); ++i) {
            if (s[i] < '0' || s[i] > '9') {
                motivo = s[i] == ',' ? "più di una virgola nel numero"
                         : s[i] == ' ' ? "spazio inatteso nel numero"
                                       : "carattere inatteso nei decimali";
                return false;
            }
            json.push_back(s[i]);
        }
        if (i == inizio_decimali) {
            motivo = "cifre decimali mancanti dopo la virgola";
            return false;
        }
    }
    return leggi_decimale_scalato(json, decimali, limite, out, motivo);
}

// The text without `simbolo` at its end (after optional spaces) or, when
// `anche_davanti`, at its start; `trovato` tells whether it was there.
inline std::string_view senza_simbolo(std::string_view s, std::string_view simbolo, bool anche_davanti,
                               bool& trovato) noexcept {
    s = senza_spazi_italiani(s);
    trovato = false;
    if (s.size() >= simbolo.size() && s.substr(s.size() - simbolo.size()) == simbolo) {
        s.remove_suffix(simbolo.size());
        trovato = true;
    } else if (anche_davanti && s.substr(0, simbolo.size()) == simbolo) {
        s.remove_prefix(simbolo.size());
        trovato = true;
    }
    return senza_spazi_italiani(s);
}

// `non_valido`: "percentuale non valida", "punteggio non valido"; `che_cosa`: "percentuale", "punteggio".
template <class Tag>
Esito<Centesimi<Tag>> leggi_centesimi_italiani(std::string_view testo, std::string_view simbolo,
                                                std::string_view non_valido, std::string_view che_cosa) {
    bool con_simbolo = false;
    const std::string_view s = simbolo.empty() ? senza_spazi_italiani(testo) : senza_simbolo(testo, simbolo, false, con_simbolo);
    std::int64_t v = 0;
    std::string motivo;
    if (!leggi_numero_italiano(s, 2, std::numeric_limits<std::int64_t>::max() / 1000, v, motivo))
        return ValoreNonValido{std::string(non_valido) + ": " + motivo};
    const auto c = Centesimi<Tag>::da_centesimi(v);
    if (!c.nel_intervallo())
        return ValoreNonValido{std::string(che_cosa) + " fuori intervallo: ammesso da " +
                               formatta_scalato(Centesimi<Tag>::minimo, 2, 0) + " a " +
                               formatta_scalato(Centesimi<Tag>::massimo, 2, 0)};
    return c;
}

} // namespace detail

/**
 * An amount as people write it: `25.000,00`, `25000,5`, `-0,50`,
 * `19.691,29 €`, `€ 19.691,29` (the `€` before or after, with or without a
 * space, a no-break space included). At most 2 decimals; `.` separates
 * thousands only, in groups of three: `12.50` is refused, not read as 12,50.
 * The inverse of `formatta_importo`.
 */
[[nodiscard]] inline Esito<Importo> leggi_importo_italiano(std::string_view testo) {
    bool con_euro = false;
    const std::string_view s = detail::senza_simbolo(testo, "\xE2\x82\xAC", true, con_euro);
    std::int64_t v = 0;
    std::string motivo;
    if (!detail::leggi_numero_italiano(s, 2, 90'000'000'000'000'000, v, motivo))
        return ValoreNonValido{"importo non valido: " + motivo};
    return Importo::da_centesimi(v);
}

/**
 * A percentage as people write it: `75,49 %`, `75,49%`, `100`, `7,5`; at
 * most 2 decimals, 0–100. The inverse of `formatta_percentuale`.
 */
[[nodiscard]] inline Esito<Percentuale> leggi_percentuale_italiana(std::string_view testo) {
    return detail::leggi_centesimi_italiani<detail::TagPercentuale>(testo, "%", "percentuale non valida", "percentuale");
}

/** Points as people write them: `27,50`, `100`; at most 2 decimals, 0–100. The inverse of `formatta_punti`. */
[[nodiscard]] inline Esito<Punti> leggi_punti_italiani(std::string_view testo) {
    return detail::leggi_centesimi_italiani<detail::TagPunti>(testo, {}, "punteggio non valido", "punteggio");
}

/** A weight as people write it: `6`, `7,5`, `1.000`; at most 2 decimals, ≥ 0. The inverse of `formatta_peso`. */
[[nodiscard]] inline Esito<Peso> leggi_peso_italiano(std::string_view testo) {
    return detail::leggi_centesimi_italiani<detail::TagPeso>(testo, {}, "peso non valido", "peso");
}

/** An exact decimal as people write it: `-18`, `58,3`, `1.234,5`; at most 6 decimals. The inverse of `formatta_decimale`. */
[[nodiscard]] inline Esito<Decimale> leggi_decimale_italiano(std::string_view testo) {
    std::int64_t v = 0;
    std::string motivo;
    if (!detail::leggi_numero_italiano(detail::senza_spazi_italiani(testo), 6, Decimale::limite - 1, v, motivo))
        return ValoreNonValido{"numero non valido: " + motivo};
    return Decimale::da_milionesimi(v);
}

/**
 * A date as people write it: `31.12.2023`, `31/12/2023`, `1/1/2024` (day,
 * month, year of four digits). The inverse of `formatta_data`.
 */
[[nodiscard]] inline Esito<Data> leggi_data_italiana(std::string_view testo) {
    const std::string_view s = detail::senza_spazi_italiani(testo);
    int parti[3] = {0, 0, 0};
    std::size_t cifre[3] = {0, 0, 0};
    std::size_t k = 0;
    char separatore = 0;
    for (const char c : s) {
        if (c >= '0' && c <= '9') {
            if (++cifre[k] > 4) return ValoreNonValido{"data non valida: troppe cifre"};
            parti[k] = parti[k] * 10 + (c - '0');
        } else if ((c == '.' || c == '/') && k < 2 && cifre[k] > 0 && (separatore == 0 || separatore == c)) {
            separatore = c;
            ++k;
        } else {
            return ValoreNonValido{"data non valida: attesa come \"31.12.2023\" o \"31/12/2023\""};
        }
    }
    if (k != 2 || cifre[0] > 2 || cifre[1] > 2 || cifre[2] != 4)
        return ValoreNonValido{"data non valida: attesa come \"31.12.2023\" o \"31/12/2023\""};
    auto d = Data::da_parti(parti[2], parti[1], parti[0]);
    if (!d) return ValoreNonValido{"data non valida: " + d.error().motivo};
    return *d;
}

} // namespace perfpa

#endif
