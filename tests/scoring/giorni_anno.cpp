// The days of a period in a year, by the table of days before each month
// (detail::giorno_dell_anno, giorni_nell_anno, giorni_di_servizio), against
// the date arithmetic they replaced (detail::numero_giorno, days counted
// from a fixed origin) and against a count day by day: every date of
// leap and common years, century years included, and many periods.
#include "catch2.hpp"

#include <perfpa/scoring/personale.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <random>
#include <vector>

using namespace perfpa;
using perfpa::detail::numero_giorno;

namespace {

// The days of [dal, al] in `anno` as the scores counted them before the table.
int giorni_nell_anno_aritmetica(Data dal, Data al, int anno) {
    const std::int64_t da = std::max(numero_giorno(dal), numero_giorno(anno, 1, 1));
    const std::int64_t a = std::min(numero_giorno(al), numero_giorno(anno, 12, 31));
    return a < da ? 0 : static_cast<int>(a - da + 1);
}

const std::array<int, 12> anni{1600, 1700, 1899, 1900, 1999, 2000, 2001, 2023, 2024, 2025, 2100, 2400};

// A date of a year near `anno` (one before to one after), any day of any month.
Data data_vicina(std::mt19937_64& rng, int anno) {
    const int a = anno - 1 + static_cast<int>(rng() % 3);
    const int m = 1 + static_cast<int>(rng() % 12);
    const int g = 1 + static_cast<int>(rng() % static_cast<std::uint64_t>(Data::giorni_nel_mese(a, m)));
    return Data::da_parti(a, m, g).value();
}

} // namespace

TEST_CASE("giorno_dell_anno: every date of leap and common years, as numero_giorno counts it") {
    for (const int anno : anni) {
        INFO("anno " << anno);
        int ultimo = 0;
        for (int m = 1; m <= 12; ++m)
            for (int g = 1; g <= Data::giorni_nel_mese(anno, m); ++g) {
                const Data d = Data::da_parti(anno, m, g).value();
                INFO(d.testo());
                CHECK(perfpa::detail::giorno_dell_anno(d) == numero_giorno(d) - numero_giorno(anno, 1, 1) + 1);
                ultimo = perfpa::detail::giorno_dell_anno(d);
            }
        CHECK(ultimo == (Data::bisestile(anno) ? 366 : 365));
    }
    CHECK(perfpa::detail::giorno_dell_anno(Data::da_parti(2024, 3, 1).value()) == 61);
    CHECK(perfpa::detail::giorno_dell_anno(Data::da_parti(1900, 3, 1).value()) == 60);
    CHECK(perfpa::detail::giorno_dell_anno(Data::da_parti(2000, 12, 31).value()) == 366);
}

TEST_CASE("giorni_nell_anno: the table gives the date arithmetic's days over 200,000 periods") {
    std::mt19937_64 rng(20240229);
    int vuoti = 0, interi = 0, tagliati = 0;
    for (int k = 0; k < 200'000; ++k) {
        const int anno = anni[static_cast<std::size_t>(rng() % anni.size())];
        const Data dal = data_vicina(rng, anno), al = data_vicina(rng, anno); // al before dal too: no days
        const int atteso = giorni_nell_anno_aritmetica(dal, al, anno);
        INFO(dal.testo() << " – " << al.testo() << " nel " << anno);
        REQUIRE(perfpa::detail::giorni_nell_anno(dal, al, anno) == atteso);
        vuoti += atteso == 0;
        interi += atteso == (Data::bisestile(anno) ? 366 : 365);
        tagliati += atteso != 0 && (dal.anno() != anno || al.anno() != anno);
    }
    // The periods reach the cases: none in the year, the whole year, cut at one end.
    CHECK(vuoti > 10'000);
    CHECK(interi > 10'000);
    CHECK(tagliati > 10'000);
    // The ends: one day, the whole leap year, the day after the year.
    const auto d = [](int a, int m, int g) { return Data::da_parti(a, m, g).value(); };
    CHECK(perfpa::detail::giorni_nell_anno(d(2024, 2, 29), d(2024, 2, 29), 2024) == 1);
    CHECK(perfpa::detail::giorni_nell_anno(d(2023, 6, 1), d(2025, 6, 1), 2024) == 366);
    CHECK(perfpa::detail::giorni_nell_anno(d(2025, 1, 1), d(2025, 6, 1), 2024) == 0);
    CHECK(perfpa::detail::giorni_nell_anno(d(2024, 12, 31), d(2024, 1, 1), 2024) == 0);
}

TEST_CASE("giorni_di_servizio: the union of up to 12 assignments, day by day") {
    std::mt19937_64 rng(7);
    int sovrapposti = 0;
    for (int k = 0; k < 20'000; ++k) {
        const int anno = anni[static_cast<std::size_t>(rng() % anni.size())];
        Dipendente p;
        const std::size_t n = 1 + rng() % 12; // more than the 8 kept on the stack too
        std::vector<bool> coperto(367, false);
        for (std::size_t j = 0; j < n; ++j) {
            Data dal = data_vicina(rng, anno), al = data_vicina(rng, anno);
            if (rng() % 4 != 0 && al < dal) std::swap(dal, al); // a few with no days
            p.assegnazioni.push_back({"s", dal, al});
            for (std::int64_t x = std::max(numero_giorno(dal), numero_giorno(anno, 1, 1));
                 x <= std::min(numero_giorno(al), numero_giorno(anno, 12, 31)); ++x)
                coperto[static_cast<std::size_t>(x - numero_giorno(anno, 1, 1) + 1)] = true;
        }
        const int atteso = static_cast<int>(std::count(coperto.begin(), coperto.end(), true));
        int somma = 0;
        for (const AssegnazioneDipendente& a : p.assegnazioni) somma += perfpa::detail::giorni_nell_anno(a.dal, a.al, anno);
        sovrapposti += somma > atteso;
        INFO("caso " << k << ", anno " << anno << ", " << n << " assegnazioni");
        REQUIRE(perfpa::detail::giorni_di_servizio(p, anno) == atteso);
    }
    CHECK(sovrapposti > 5'000); // days covered twice, counted once
}
