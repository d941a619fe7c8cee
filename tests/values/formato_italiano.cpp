// Tests of perfpa/formato_italiano.hpp: Italian separators on negatives,
// zero and large values, dates with numeric and spelled-out months.
#include "catch2.hpp"

#include <perfpa/formato_italiano.hpp>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <iterator>
#include <limits>
#include <string>
#include <type_traits>
#include <vector>

using namespace perfpa;

namespace {
// detail::scrivi_intero against std::to_chars for one value of type I.
template <class I>
std::string come_to_chars(I v) {
    char buf[32];
    return std::string(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}
template <class I>
std::string scritto(I v) {
    char buf[24];
    return std::string(buf, detail::scrivi_intero(buf, v));
}
template <class I>
void confronta_interi() {
    using L = std::numeric_limits<I>;
    std::vector<I> valori = {I(0), I(1), I(9), I(10), I(99), I(100), L::max(), L::min(), I(L::max() - 1)};
    if constexpr (std::is_signed_v<I>) valori.insert(valori.end(), {I(-1), I(-9), I(-10), I(-100), I(L::min() + 1)});
    // Every power of ten and its neighbours that fit in I.
    for (std::uint64_t p = 1; p <= static_cast<std::uint64_t>(L::max()); p *= 10) {
        for (std::uint64_t d : {p - 1, p, p + 1})
            if (d <= static_cast<std::uint64_t>(L::max())) {
                valori.push_back(static_cast<I>(d));
                if constexpr (std::is_signed_v<I>) valori.push_back(static_cast<I>(-static_cast<I>(d)));
            }
        if (p > static_cast<std::uint64_t>(L::max()) / 10) break;
    }
    for (I v : valori) {
        INFO("valore " << come_to_chars(v));
        CHECK(scritto(v) == come_to_chars(v));
    }
}
} // namespace

TEST_CASE("detail::scrivi_intero: as std::to_chars for every integer type at the limits and at powers of ten") {
    confronta_interi<signed char>();
    confronta_interi<unsigned char>();
    confronta_interi<short>();
    confronta_interi<int>();
    confronta_interi<unsigned>();
    confronta_interi<long long>();
    confronta_interi<std::int64_t>();
    confronta_interi<std::uint64_t>();
    confronta_interi<std::size_t>();
    // 100,000 pseudo-random 64-bit values, signed and not.
    std::uint64_t x = 0x9E3779B97F4A7C15ull;
    for (int k = 0; k < 100'000; ++k) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        const auto s = static_cast<std::int64_t>(x >> (k % 64));
        if (scritto(s) != come_to_chars(s) || scritto(x >> (k % 64)) != come_to_chars(x >> (k % 64))) {
            FAIL("diverso per " << come_to_chars(s));
        }
    }
}

TEST_CASE("formatta_importo: thousands with '.', cents with ',', the euro sign after a space") {
    struct Caso { std::int64_t centesimi; const char* atteso; };
    auto caso = GENERATE(values<Caso>({
        {1969129, "19.691,29 €"},
        {-50, "-0,50 €"},
        {0, "0,00 €"},
        {5, "0,05 €"},
        {-5, "-0,05 €"},
        {99999, "999,99 €"},
        {100000, "1.000,00 €"},
        {123456700, "1.234.567,00 €"},
        {-123456789, "-1.234.567,89 €"},
        {100000000000, "1.000.000.000,00 €"},
        {std::numeric_limits<std::int64_t>::max(), "92.233.720.368.547.758,07 €"},
        {std::numeric_limits<std::int64_t>::min(), "-92.233.720.368.547.758,08 €"},
    }));
    CAPTURE(caso.centesimi);
    CHECK(formatta_importo(Importo::da_centesimi(caso.centesimi)) == caso.atteso);
}

TEST_CASE("formatta_percentuale: trailing zeros dropped, '%' attached") {
    CHECK(formatta_percentuale(Percentuale::da_centesimi(7549)) == "75,49%");
    CHECK(formatta_percentuale(Percentuale::interi(100)) == "100%");
    CHECK(formatta_percentuale(Percentuale::da_centesimi(750)) == "7,5%");
    CHECK(formatta_percentuale(Percentuale{}) == "0%");
    CHECK(formatta_percentuale(Percentuale::da_centesimi(-50)) == "-0,5%");
    CHECK(formatta_percentuale(Percentuale::da_centesimi(123456)) == "1.234,56%");
}

TEST_CASE("formatta_peso: as people write a weight") {
    CHECK(formatta_peso(Peso::interi(6)) == "6");
    CHECK(formatta_peso(Peso::da_centesimi(444)) == "4,44");
    CHECK(formatta_peso(Peso::da_centesimi(750)) == "7,5");
    CHECK(formatta_peso(Peso{}) == "0");
    CHECK(formatta_peso(Peso::interi(-6)) == "-6");
    CHECK(formatta_peso(Peso::interi(1'000'000)) == "1.000.000");
}

TEST_CASE("formatta_punti and formatta_centesimi: always two decimals") {
    CHECK(formatta_punti(Punti::da_centesimi(2750)) == "27,50");
    CHECK(formatta_punti(Punti::interi(100)) == "100,00");
    CHECK(formatta_punti(Punti{}) == "0,00");
    CHECK(formatta_punti(Punti::da_centesimi(-1)) == "-0,01");
    CHECK(formatta_centesimi(Peso::interi(1234)) == "1.234,00");
}

TEST_CASE("formatta_decimale: exact, shortest, Italian separators") {
    CHECK(formatta_decimale(Decimale::interi(-18)) == "-18");
    CHECK(formatta_decimale(Decimale::da_milionesimi(58'300'000)) == "58,3");
    CHECK(formatta_decimale(Decimale::da_milionesimi(1'234'500'000)) == "1.234,5");
    CHECK(formatta_decimale(Decimale::da_milionesimi(1)) == "0,000001");
    CHECK(formatta_decimale(Decimale::da_milionesimi(-500'000)) == "-0,5");
    CHECK(formatta_decimale(Decimale{}) == "0");
    CHECK(formatta_decimale(Decimale::da_milionesimi(999'999'999'999'999'999)) == "999.999.999.999,999999");
}

TEST_CASE("formatta_data and formatta_data_estesa") {
    CHECK(formatta_data(Data::da_testo("2023-12-31").value()) == "31.12.2023");
    CHECK(formatta_data(Data::da_testo("2024-01-01").value()) == "01.01.2024");
    CHECK(formatta_data(Data::da_testo("2024-02-29").value()) == "29.02.2024");
    CHECK(formatta_data_estesa(Data::da_testo("2023-12-31").value()) == "31 dicembre 2023");
    CHECK(formatta_data_estesa(Data::da_testo("2024-01-01").value()) == "1 gennaio 2024");
    const char* mesi[] = {"gennaio", "febbraio", "marzo",     "aprile",  "maggio",   "giugno",
                          "luglio",  "agosto",   "settembre", "ottobre", "novembre", "dicembre"};
    for (int m = 1; m <= 12; ++m) {
        CAPTURE(m);
        CHECK(formatta_data_estesa(Data::da_parti(2023, m, 15).value()) == std::string("15 ") + mesi[m - 1] + " 2023");
    }
}

namespace {
// A plain reference for detail::formatta_scalato: the digits of |v| as a
// decimal string, split at `dec`, dots inserted, trailing zeros trimmed.
std::string scalato_di_riferimento(std::int64_t v, int dec, int fissi) {
    const std::uint64_t m = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    std::string cifre = std::to_string(m);
    if (cifre.size() <= static_cast<std::size_t>(dec)) cifre.insert(0, static_cast<std::size_t>(dec) + 1 - cifre.size(), '0');
    std::string interi = cifre.substr(0, cifre.size() - static_cast<std::size_t>(dec));
    std::string decimali = cifre.substr(cifre.size() - static_cast<std::size_t>(dec));
    while (decimali.size() > static_cast<std::size_t>(fissi) && decimali.back() == '0') decimali.pop_back();
    std::string puntato;
    for (std::size_t i = 0; i < interi.size(); ++i) {
        if (i > 0 && (interi.size() - i) % 3 == 0) puntato += '.';
        puntato += interi[i];
    }
    return (v < 0 ? "-" : "") + puntato + (decimali.empty() ? "" : "," + decimali);
}
} // namespace

TEST_CASE("formatta_scalato agrees with a plain reference on every magnitude, sign and trim") {
    std::uint64_t x = 0x9E3779B97F4A7C15ull; // a fixed xorshift sequence: the same values on every run
    std::vector<std::int64_t> valori = {0, 1, -1, 9, 10, 99, 100, 999, 1000, 100000, 123456789,
                                        std::numeric_limits<std::int64_t>::max(), std::numeric_limits<std::int64_t>::min()};
    for (int k = 0; k < 20000; ++k) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        const int cifre = static_cast<int>(x % 19) + 1; // 1 to 19 digits, so short numbers are common
        std::int64_t v = static_cast<std::int64_t>((x >> 8) % 1'000'000'000'000'000'000ull);
        for (int c = 19; c > cifre; --c) v /= 10;
        valori.push_back((x & 1) ? -v : v);
    }
    for (std::int64_t v : valori)
        for (int dec : {0, 2, 6})
            for (int fissi : {0, 2}) {
                if (fissi > dec) continue;
                CAPTURE(v, dec, fissi);
                REQUIRE(detail::formatta_scalato(v, dec, fissi) == scalato_di_riferimento(v, dec, fissi));
            }
}

TEST_CASE("scrivi_centesimi agrees with formatta_scalato(v, 2, fissi) on every value near its shortcut") {
    // Written into a buffer filled with '#': what it returns is the end of
    // the text, nothing after it is touched, and it fits the 32 characters
    // detail::Testo writes it into (48).
    auto scritto = [](std::int64_t v, int fissi) {
        char buf[64];
        std::fill(std::begin(buf), std::end(buf), '#');
        const char* fine = detail::scrivi_centesimi(buf, v, fissi);
        const auto n = static_cast<std::size_t>(fine - buf);
        REQUIRE(n <= 32);
        REQUIRE(std::all_of(buf + n, std::end(buf), [](char c) { return c == '#'; }));
        return std::string(buf, n);
    };
    for (std::int64_t v = -2'000; v <= 200'000; ++v)
        for (int fissi : {0, 1, 2}) {
            const std::string s = scritto(v, fissi);
            if (s != detail::formatta_scalato(v, 2, fissi)) {
                CAPTURE(v, fissi);
                REQUIRE(s == detail::formatta_scalato(v, 2, fissi));
            }
        }
    for (std::int64_t v : {std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()})
        CHECK(scritto(v, 2) == detail::formatta_scalato(v, 2, 2));
    CHECK(scritto(750, 0) == "7,5");
    CHECK(scritto(2700, 2) == "27,00");
    CHECK(scritto(600, 1) == "6,0");
}
