// Tests of perfpa/values.hpp: every accepted and rejected spelling of the
// value types, their ranges, and the round trip text → value → text.
#include "catch2.hpp"

#include <perfpa/detail/id.hpp>
#include <perfpa/detail/utf8.hpp>
#include <perfpa/values.hpp>

#include <cstdint>
#include <limits>
#include <iterator>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

using namespace perfpa;

namespace {

template <class T>
std::string motivo(std::string_view s) {
    auto r = T::da_testo(s);
    return r ? std::string("(accettato)") : r.error().motivo;
}

// Whether `a + b` is a valid expression (used to prove that unrelated
// quantities do not mix; tests/compile_fail checks the same with a compiler).
template <class A, class B>
concept sommabili = requires(A a, B b) { a + b; };

} // namespace

TEST_CASE("Importo: accepted spellings, exact to the cent") {
    struct Caso { const char* testo; std::int64_t centesimi; };
    auto caso = GENERATE(values<Caso>({
        {"19691.29", 1969129},
        {"-5", -500},
        {"0.5", 50},
        {"0", 0},
        {"-0", 0},
        {"0.05", 5},
        {"-0.50", -50},
        {"10000.00", 1000000},
        {"1.230", 123},        // trailing zeros beyond 2 decimals are harmless
        {"1.2300000", 123},
        {"900000000000000.00", 90'000'000'000'000'000}, // the largest accepted amount
        {"-900000000000000", -90'000'000'000'000'000},
    }));
    CAPTURE(caso.testo);
    auto r = Importo::da_testo(caso.testo);
    REQUIRE(r.has_value());
    CHECK(r->centesimi() == caso.centesimi);
}

TEST_CASE("Importo: rejected spellings say why") {
    struct Caso { const char* testo; const char* motivo; };
    auto caso = GENERATE(values<Caso>({
        {"1.234", "al massimo 2 decimali"},
        {"19691.291", "al massimo 2 decimali"},
        {"1e3", "non è un numero decimale"},
        {"1E3", "non è un numero decimale"},
        {"+1", "non è un numero decimale"},
        {"01", "zeri iniziali non ammessi"},
        {"-01.5", "zeri iniziali non ammessi"},
        {"00", "zeri iniziali non ammessi"},
        {"", "non è un numero decimale"},
        {" 1", "non è un numero decimale"},
        {"1 ", "non è un numero decimale"},
        {"-", "non è un numero decimale"},
        {"--1", "non è un numero decimale"},
        {".5", "non è un numero decimale"},
        {"1.", "cifre decimali mancanti dopo il punto"},
        {"1,50", "non è un numero decimale"},
        {"1.000,50", "non è un numero decimale"},
        {"0x10", "non è un numero decimale"},
        {"€ 5", "non è un numero decimale"},
        {"NaN", "non è un numero decimale"},
        {"900000000000000.01", "valore fuori intervallo"},
        {"99999999999999999999", "valore fuori intervallo"},
        {"-99999999999999999999.99", "valore fuori intervallo"},
    }));
    CAPTURE(caso.testo);
    CHECK(motivo<Importo>(caso.testo) == caso.motivo);
}

TEST_CASE("Importo: testo() always has two decimals and round-trips") {
    CHECK(Importo::da_centesimi(1969129).testo() == "19691.29");
    CHECK(Importo::euro(10000).testo() == "10000.00");
    CHECK(Importo::da_centesimi(-50).testo() == "-0.50");
    CHECK(Importo::da_centesimi(5).testo() == "0.05");
    CHECK(Importo::da_centesimi(-5).testo() == "-0.05");
    CHECK(Importo{}.testo() == "0.00");
    CHECK(Importo::da_centesimi(std::numeric_limits<std::int64_t>::min()).testo() == "-92233720368547758.08");
    for (std::int64_t c : {std::int64_t{0}, std::int64_t{1}, std::int64_t{-1}, std::int64_t{99}, std::int64_t{100},
                           std::int64_t{-100}, std::int64_t{1969129}, std::int64_t{-1969129},
                           std::int64_t{90'000'000'000'000'000}}) {
        CAPTURE(c);
        const Importo i = Importo::da_centesimi(c);
        auto r = Importo::da_testo(i.testo());
        REQUIRE(r.has_value());
        CHECK(*r == i);
    }
}

TEST_CASE("Importo: arithmetic and order") {
    const Importo a = Importo::da_centesimi(1050), b = Importo::euro(2);
    CHECK((a + b).centesimi() == 1250);
    CHECK((a - b).centesimi() == 850);
    CHECK((-a).centesimi() == -1050);
    CHECK(b < a);
    CHECK(a == Importo::da_testo("10.5").value());
    CHECK_THROWS_AS(Importo::da_testo("10.505").value(), std::invalid_argument);
}

TEST_CASE("Centesimi: accepted spellings") {
    struct Caso { const char* testo; std::int64_t centesimi; };
    auto caso = GENERATE(values<Caso>({
        {"75.49", 7549},
        {"6", 600},
        {"7.5", 750},
        {"7.500", 750},
        {"4.44", 444},
        {"0", 0},
        {"100", 10000},
        {"-18", -1800},
        {"0.01", 1},
        {"27.50", 2750},
    }));
    CAPTURE(caso.testo);
    auto p = Percentuale::da_testo(caso.testo);
    REQUIRE(p.has_value());
    CHECK(p->centesimi() == caso.centesimi);
    // Same parser for every tag.
    CHECK(Peso::da_testo(caso.testo).value().centesimi() == caso.centesimi);
    CHECK(Punti::da_testo(caso.testo).value().centesimi() == caso.centesimi);
}

TEST_CASE("Centesimi: rejected spellings") {
    struct Caso { const char* testo; const char* motivo; };
    auto caso = GENERATE(values<Caso>({
        {"75.499", "al massimo 2 decimali"},
        {"0.001", "al massimo 2 decimali"},
        {"7.5001", "al massimo 2 decimali"},
        {"1e2", "non è un numero decimale"},
        {"+6", "non è un numero decimale"},
        {"06", "zeri iniziali non ammessi"},
        {"", "non è un numero decimale"},
        {"6 ", "non è un numero decimale"},
        {"sei", "non è un numero decimale"},
        {"7,5", "non è un numero decimale"},
        {"6.", "cifre decimali mancanti dopo il punto"},
        {"99999999999999999999", "valore fuori intervallo"},
    }));
    CAPTURE(caso.testo);
    CHECK(motivo<Percentuale>(caso.testo) == caso.motivo);
}

TEST_CASE("Centesimi: ranges of the tags") {
    CHECK(Percentuale::interi(100).nel_intervallo());
    CHECK(Percentuale::interi(0).nel_intervallo());
    CHECK_FALSE(Percentuale::da_centesimi(10001).nel_intervallo());
    CHECK_FALSE(Percentuale::da_centesimi(-1).nel_intervallo());
    CHECK(Punti::interi(100).nel_intervallo());
    CHECK_FALSE(Punti::da_centesimi(10001).nel_intervallo());
    CHECK(Peso::interi(1'000'000).nel_intervallo());
    CHECK_FALSE(Peso::da_centesimi(1'000'000'01).nel_intervallo());
    CHECK_FALSE(Peso::interi(-6).nel_intervallo());
}

TEST_CASE("Centesimi: testo() is the spelling people write and round-trips") {
    CHECK(Percentuale::da_centesimi(7549).testo() == "75.49");
    CHECK(Peso::interi(6).testo() == "6");
    CHECK(Peso::da_centesimi(750).testo() == "7.5");
    CHECK(Punti::da_centesimi(-1800).testo() == "-18");
    CHECK(Punti::da_centesimi(-5).testo() == "-0.05");
    CHECK(Punti{}.testo() == "0");
    for (std::int64_t c : {0, 1, -1, 10, 99, 100, 750, 7549, 10000, -1800, 123456789}) {
        CAPTURE(c);
        const Peso p = Peso::da_centesimi(c);
        auto r = Peso::da_testo(p.testo());
        REQUIRE(r.has_value());
        CHECK(*r == p);
    }
}

TEST_CASE("Centesimi: arithmetic within one tag") {
    const Peso a = Peso::interi(6), b = Peso::da_centesimi(750);
    CHECK((a + b).centesimi() == 1350);
    CHECK((b - a).centesimi() == 150);
    CHECK((a * 3).centesimi() == 1800);
    CHECK((3 * a).centesimi() == 1800);
    Peso s;
    s += a;
    s += b;
    s -= Peso::interi(1);
    CHECK(s.centesimi() == 1250);
    CHECK(a < b);
    CHECK(Peso::interi(6) == Peso::da_testo("6.00").value());
}

TEST_CASE("Centesimi and Importo: arithmetic beyond 64 bits saturates at plus or minus 2^63 - 1") {
    constexpr std::int64_t mx = std::numeric_limits<std::int64_t>::max();
    constexpr std::int64_t mn = std::numeric_limits<std::int64_t>::min();
    // Constant expressions: an overflow (undefined behaviour) would not compile.
    static_assert((Peso::da_centesimi(mx) + Peso::da_centesimi(1)).centesimi() == mx);
    static_assert((Peso::da_centesimi(mn) + Peso::da_centesimi(-1)).centesimi() == -mx);
    static_assert((Peso::da_centesimi(mn) - Peso::da_centesimi(1)).centesimi() == -mx);
    static_assert((Peso::da_centesimi(mx) - Peso::da_centesimi(-1)).centesimi() == mx);
    static_assert((Punti::da_centesimi(mx / 2) * 3).centesimi() == mx);
    static_assert((-3 * Punti::da_centesimi(mx / 2)).centesimi() == -mx);
    static_assert((Importo::da_centesimi(mx) + Importo::da_centesimi(mx)).centesimi() == mx);
    static_assert((Importo::da_centesimi(mn) - Importo::da_centesimi(mx)).centesimi() == -mx);
    static_assert((-Importo::da_centesimi(mn)).centesimi() == mx);
    // Within 64 bits, exact as ever, up to the extremes themselves.
    static_assert((Peso::da_centesimi(mx - 1) + Peso::da_centesimi(1)).centesimi() == mx);
    static_assert((Importo::da_centesimi(mn + 1) - Importo::da_centesimi(1)).centesimi() == mn);
    static_assert((-Importo::da_centesimi(mx)).centesimi() == -mx);
    Percentuale p = Percentuale::da_centesimi(mx - 5);
    p += Percentuale::interi(1);
    CHECK(p.centesimi() == mx);
    CHECK_FALSE(p.nel_intervallo());
    Importo i = Importo::da_centesimi(mn + 5);
    i -= Importo::euro(1);
    CHECK(i.centesimi() == -mx);
}

TEST_CASE("Quantities of different kinds do not mix") {
    STATIC_REQUIRE(sommabili<Peso, Peso>);
    STATIC_REQUIRE(sommabili<Importo, Importo>);
    STATIC_REQUIRE_FALSE(sommabili<Importo, Percentuale>);
    STATIC_REQUIRE_FALSE(sommabili<Percentuale, Importo>);
    STATIC_REQUIRE_FALSE(sommabili<Peso, Percentuale>);
    STATIC_REQUIRE_FALSE(sommabili<Punti, Percentuale>);
    STATIC_REQUIRE_FALSE(sommabili<Peso, std::int64_t>);
    STATIC_REQUIRE_FALSE(sommabili<Importo, std::int64_t>);
    STATIC_REQUIRE_FALSE(std::is_convertible_v<std::int64_t, Peso>);
    STATIC_REQUIRE_FALSE(std::is_convertible_v<Peso, Percentuale>);
    STATIC_REQUIRE_FALSE(std::is_convertible_v<Importo, std::int64_t>);
}

TEST_CASE("Decimale: six exact decimals") {
    struct Caso { const char* testo; std::int64_t milionesimi; };
    auto caso = GENERATE(values<Caso>({
        {"58.3", 58'300'000},
        {"-18", -18'000'000},
        {"12.5", 12'500'000},
        {"0.000001", 1},
        {"-0.000001", -1},
        {"0.123456", 123'456},
        {"12.5000000", 12'500'000}, // trailing zeros beyond 6 decimals are harmless
        {"999999999999.999999", 999'999'999'999'999'999},
        {"-999999999999.999999", -999'999'999'999'999'999},
    }));
    CAPTURE(caso.testo);
    auto r = Decimale::da_testo(caso.testo);
    REQUIRE(r.has_value());
    CHECK(r->milionesimi() == caso.milionesimi);
    CHECK(Decimale::da_testo(r->testo()).value() == *r);
}

TEST_CASE("Decimale: rejected spellings") {
    struct Caso { const char* testo; const char* motivo; };
    auto caso = GENERATE(values<Caso>({
        {"0.0000001", "al massimo 6 decimali"},
        {"58.3000001", "al massimo 6 decimali"},
        {"1000000000000", "valore fuori intervallo"},
        {"-1000000000000", "valore fuori intervallo"},
        {"5.83e1", "non è un numero decimale"},
        {"+1", "non è un numero decimale"},
        {"007", "zeri iniziali non ammessi"},
        {"", "non è un numero decimale"},
        {"inf", "non è un numero decimale"},
    }));
    CAPTURE(caso.testo);
    CHECK(motivo<Decimale>(caso.testo) == caso.motivo);
}

TEST_CASE("Decimale: testo() is the shortest exact spelling") {
    CHECK(Decimale::da_milionesimi(58'300'000).testo() == "58.3");
    CHECK(Decimale::interi(-18).testo() == "-18");
    CHECK(Decimale::da_milionesimi(1).testo() == "0.000001");
    CHECK(Decimale::da_milionesimi(-500'000).testo() == "-0.5");
    CHECK(Decimale{}.testo() == "0");
    CHECK(Decimale::interi(-18) < Decimale{});
}

TEST_CASE("Data::giorni_nel_mese: every month and none outside 1 to 12") {
    static_assert(Data::giorni_nel_mese(2024, 2) == 29 && Data::giorni_nel_mese(2023, 2) == 28);
    static_assert(Data::giorni_nel_mese(2023, 1) == 31 && Data::giorni_nel_mese(2023, 4) == 30);
    static_assert(Data::giorni_nel_mese(2023, 12) == 31);
    // Outside the calendar: 0, not a read before or past the table (which does not compile here).
    static_assert(Data::giorni_nel_mese(2023, 0) == 0 && Data::giorni_nel_mese(2023, 13) == 0);
    static_assert(Data::giorni_nel_mese(2023, -5) == 0);
    CHECK(Data::giorni_nel_mese(2023, std::numeric_limits<int>::min()) == 0);
}

TEST_CASE("Data: calendar rules") {
    struct Caso { const char* testo; const char* motivo; };
    auto caso = GENERATE(values<Caso>({
        {"2024-02-29", "(accettato)"},  // leap year
        {"2000-02-29", "(accettato)"},  // divisible by 400
        {"2023-12-31", "(accettato)"},
        {"0001-01-01", "(accettato)"},
        {"9999-12-31", "(accettato)"},
        {"2023-02-29", "giorno inesistente nel mese"},
        {"1900-02-29", "giorno inesistente nel mese"}, // divisible by 100, not by 400
        {"2023-02-30", "giorno inesistente nel mese"},
        {"2023-04-31", "giorno inesistente nel mese"},
        {"2023-12-32", "giorno inesistente nel mese"},
        {"2023-12-00", "giorno inesistente nel mese"},
        {"2023-13-01", "mese inesistente"},
        {"2023-00-10", "mese inesistente"},
        {"0000-01-01", "anno fuori intervallo (1–9999)"},
        {"2023-1-01", "formato atteso AAAA-MM-GG"},
        {"2023-01-1", "formato atteso AAAA-MM-GG"},
        {"2023-12-31T00:00", "formato atteso AAAA-MM-GG"},
        {"2023/12/31", "formato atteso AAAA-MM-GG"},
        {"31.12.2023", "formato atteso AAAA-MM-GG"},
        {"2023-1a-01", "formato atteso AAAA-MM-GG"},
        {"+023-12-31", "formato atteso AAAA-MM-GG"},
        {"20231231", "formato atteso AAAA-MM-GG"},
        {"", "formato atteso AAAA-MM-GG"},
        {" 2023-12-31", "formato atteso AAAA-MM-GG"},
    }));
    CAPTURE(caso.testo);
    CHECK(motivo<Data>(caso.testo) == caso.motivo);
}

TEST_CASE("Data: parts, order and testo() round trip") {
    const Data d = Data::da_testo("2023-12-31").value();
    CHECK(d.anno() == 2023);
    CHECK(d.mese() == 12);
    CHECK(d.giorno() == 31);
    CHECK(d.testo() == "2023-12-31");
    CHECK(Data::da_parti(2024, 1, 1).value() > d);
    CHECK(Data::da_parti(2023, 12, 30).value() < d);
    CHECK(Data::da_parti(2023, 2, 29).error().motivo == "giorno inesistente nel mese");
    CHECK(Data::da_parti(2023, 0, 1).error().motivo == "mese inesistente");
    CHECK(Data::da_parti(10000, 1, 1).error().motivo == "anno fuori intervallo (1–9999)");
    CHECK(Data::da_parti(999, 1, 2).value().testo() == "0999-01-02");
    // Every day of a leap year and of a common year round-trips.
    for (int anno : {2023, 2024}) {
        int giorni = 0;
        for (int m = 1; m <= 12; ++m)
            for (int g = 1; g <= Data::giorni_nel_mese(anno, m); ++g) {
                const Data x = Data::da_parti(anno, m, g).value();
                REQUIRE(Data::da_testo(x.testo()).value() == x);
                ++giorni;
            }
        CHECK(giorni == (anno == 2024 ? 366 : 365));
    }
}

namespace {
Esito<std::string> nome_o_errore(bool ok) {
    if (ok) return std::string("Leverano"); // a string is a value, though an error could be built from it
    return ValoreNonValido{"nessun nome"};
}
} // namespace

TEST_CASE("ValoreOErrore: a value convertible to T is a value and the error is read in place or moved out of an rvalue") {
    const auto si = nome_o_errore(true);
    REQUIRE(si.has_value());
    CHECK(*si == "Leverano");
    CHECK(si.error().motivo.empty()); // E{} when there is a value
    const auto no = nome_o_errore(false);
    REQUIRE(no.has_error());
    CHECK(&no.error() == &no.error()); // a reference to the same error, not a copy per call
    CHECK(no.error().motivo == "nessun nome");
    const ValoreNonValido& mosso = nome_o_errore(false).error(); // bound to a moved-out copy: safe
    CHECK(mosso.motivo == "nessun nome");
    CHECK_THROWS_AS(no.value(), std::invalid_argument);
}

TEST_CASE("detail::stessi_byte agrees with memcmp for every length up to 40 and a difference anywhere") {
    // The lengths cover each way it compares: byte by byte (< 4), two 4-byte and two
    // 8-byte overlapping words (4..16), memcmp (> 16).
    for (std::size_t n = 0; n <= 40; ++n) {
        std::string a(n + 2, 'x'), b(n + 2, 'x');
        for (std::size_t k = 0; k < n + 2; ++k) a[k] = b[k] = static_cast<char>('a' + (k * 7) % 26);
        // A byte past n differs: it must not be read as part of the text.
        b[n] = 'Z';
        CHECK(detail::stessi_byte(a.data(), b.data(), n));
        for (std::size_t k = 0; k < n; ++k) {
            std::string c = a;
            c[k] = static_cast<char>(c[k] ^ 0x20);
            INFO("length " << n << ", difference at " << k);
            CHECK_FALSE(detail::stessi_byte(a.data(), c.data(), n));
            CHECK_FALSE(detail::stessi_byte(c.data(), a.data(), n));
        }
    }
}

TEST_CASE("detail::IdOrdinati: an id's first entry, and whether an id has a number") {
    detail::IdOrdinati ids;
    const std::string_view lista[] = {"b", "a", "c", "a", "b", "settore-10"};
    for (std::size_t k = 0; k < std::size(lista); ++k) ids.aggiungi(lista[k], k);
    CHECK_FALSE(ids.vuoto());
    ids.ordina();
    REQUIRE(ids.primo("a") != nullptr);
    CHECK(*ids.primo("a") == 1); // the first of the two
    CHECK(*ids.primo("b") == 0);
    CHECK(*ids.primo("c") == 2);
    CHECK(*ids.primo("settore-10") == 5);
    CHECK(ids.primo("settore-1") == nullptr);
    CHECK(ids.primo("") == nullptr);
    CHECK(ids.contiene("a", 3));
    CHECK(ids.contiene("b", 4));
    CHECK_FALSE(ids.contiene("a", 0));
    CHECK_FALSE(ids.contiene("z", 0));
    CHECK(detail::IdOrdinati{}.vuoto());
}

TEST_CASE("detail::PrimeOccorrenze::trova: the place of an id's first occurrence, in a row and in the hash table") {
    // 5 ids are compared one by one, 40 and 300 go in a hash table (on the
    // stack, then on the heap); each list has its ids twice, the second
    // time with another place, which must not replace the first.
    for (std::size_t n : {std::size_t{5}, std::size_t{40}, std::size_t{300}}) {
        std::vector<std::string> id;
        for (std::size_t k = 0; k < n; ++k) id.push_back("settore-" + std::to_string(k));
        detail::PrimeOccorrenze<std::size_t> visti(n);
        for (std::size_t k = 0; k < n; ++k) CHECK(visti.gia_visto(id[k], k) == nullptr);
        for (std::size_t k = 0; k < n; ++k) CHECK(visti.gia_visto(id[k], n + k) != nullptr);
        for (std::size_t k = 0; k < n; ++k) {
            INFO(n << " ids, " << id[k]);
            REQUIRE(visti.trova(id[k]) != nullptr);
            CHECK(*visti.trova(id[k]) == k);
        }
        CHECK(visti.trova("settore-") == nullptr);
        CHECK(visti.trova("settore-" + std::to_string(n)) == nullptr);
        CHECK(visti.trova("") == nullptr);
    }
    CHECK(detail::PrimeOccorrenze<std::size_t>(0).trova("a") == nullptr);
}

TEST_CASE("detail::primo_byte_non_utf8: the first byte of a bad sequence, past runs of ASCII of every length") {
    using detail::primo_byte_non_utf8;
    constexpr auto npos = std::string_view::npos;
    const std::string_view buoni[] = {"", "a", "è", "€", "\xF0\x9F\x98\x80", "\xED\x9F\xBF", "\xF4\x8F\xBF\xBF"};
    const std::string_view cattivi[] = {"\x80", "\xC0\xAF", "\xC1\xBF", "\xE0\x80\xAF", "\xED\xA0\x80",
                                        "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xC3", "\xE2\x82", "\xFF"};
    for (std::size_t prima = 0; prima <= 40; ++prima) {
        const std::string ascii(prima, 'x');
        for (std::string_view b : buoni) {
            CHECK(primo_byte_non_utf8(ascii + std::string(b) + ascii) == npos);
            CHECK(detail::utf8_valido(ascii + std::string(b)));
        }
        for (std::string_view c : cattivi) {
            INFO(prima << " ASCII bytes, then a bad sequence of " << c.size());
            CHECK(primo_byte_non_utf8(ascii + std::string(c) + ascii) == prima);
            CHECK(primo_byte_non_utf8(ascii + "è" + std::string(c)) == prima + 2);
            CHECK_FALSE(detail::utf8_valido(ascii + std::string(c)));
        }
    }
}
