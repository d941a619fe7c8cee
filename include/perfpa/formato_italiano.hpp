// perfpa — Italian number and date formatting, locale-independent.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_FORMATO_ITALIANO_HPP
#define PERFPA_FORMATO_ITALIANO_HPP

#include <perfpa/values.hpp>

#include <cstdint>
#include <string>

namespace perfpa {

namespace detail {

// Appends to `out` an integer scaled by 10^dec (dec ≤ 18) with Italian
// separators: '.' between thousands, ',' before the decimals. `fissi`
// decimals are always shown; beyond them trailing zeros are dropped.
// Writes into a buffer on the stack: no allocation beyond `out`'s growth.
inline void aggiungi_scalato(std::string& out, std::int64_t v, int dec, int fissi) {
    std::uint64_t m = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    std::uint64_t scala = 1;
    for (int k = 0; k < dec; ++k) scala *= 10;
    char buf[48]; // sign + 20 digits + 6 dots + ',' + 18 decimals
    char* const fine = buf + sizeof buf;
    char* p = fine;
    // decimals: the trailing zeros beyond `fissi` dropped, then right to left
    std::uint64_t frazione = m % scala;
    int k = dec;
    if (frazione == 0) k = fissi;
    else
        while (k > fissi && frazione % 10 == 0) frazione /= 10, --k;
    for (; k > 0; --k) {
        *--p = static_cast<char>('0' + frazione % 10);
        frazione /= 10;
    }
    if (p != fine) *--p = ',';
    // the integer part, with a '.' every three digits
    std::uint64_t interi = m / scala;
    int n = 0;
    do {
        if (n > 0 && n % 3 == 0) *--p = '.';
        *--p = static_cast<char>('0' + interi % 10);
        interi /= 10;
        ++n;
    } while (interi != 0);
    if (v < 0) *--p = '-';
    out.append(p, static_cast<std::size_t>(fine - p));
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
