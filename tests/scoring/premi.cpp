// Distributing a bonus fund: largest remainder, exact cents, refusals.
#include "catch2.hpp"

#include <perfpa/scoring.hpp>
#include <perfpa/testing/costruttori.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

using namespace perfpa;
using namespace perfpa::testing;

// This file's names in a namespace of their own: the test executable is a unity build,
// its files compiled together (tests/CMakeLists.txt, PERFPA_UNITY_TESTS).
namespace prova_scoring_premi {

namespace {
Smvp esempio() { return uno_smvp(40, 30, 30).fascia("A", 90, 100).fascia("B", 75, 80).fascia("C", 60, 60).fascia("D", 0, 0); }
std::int64_t c(const Ripartizione& r, std::size_t i) { return r.assegnazioni.at(i).importo.centesimi(); }
} // namespace

TEST_CASE("ripartisci_pesi: floor of the exact share, leftover cents to the largest remainders") {
    // 100,00 € over weights 1, 1, 1: 3333,33… each; 1 cent left → to the smallest id on a tie.
    const auto r = ripartisci_pesi(Importo::euro(100), {"c", "a", "b"}, {1, 1, 1});
    CHECK(c(r, 0) == 33'33);
    CHECK(c(r, 1) == 33'34); // "a": ties broken by id
    CHECK(c(r, 2) == 33'33);
    CHECK(r.non_distribuito == Importo{});
    // 10 cents over 3, 2, 1: exact 5, 3,333…, 1,666… → floors 5, 3, 1; remainders 0, 2/6, 4/6 → the 3rd.
    const auto s = ripartisci_pesi(Importo::da_centesimi(10), {"x", "y", "z"}, {3, 2, 1});
    CHECK(c(s, 0) == 5);
    CHECK(c(s, 1) == 3);
    CHECK(c(s, 2) == 2);
    // Ties by id in byte order: "B" (0x42) < "a" (0x61); "é" (0xC3…) after "z".
    const auto t = ripartisci_pesi(Importo::da_centesimi(2), {"é", "a", "B", "z"}, {1, 1, 1, 1});
    CHECK(c(t, 0) == 0);
    CHECK(c(t, 1) == 1);
    CHECK(c(t, 2) == 1);
    CHECK(c(t, 3) == 0);
}

TEST_CASE("ripartisci_pesi: nothing to split") {
    const auto zero = ripartisci_pesi(Importo::euro(500), {"a", "b"}, {0, 0});
    CHECK(zero.non_distribuito == Importo::euro(500));
    CHECK(c(zero, 0) == 0);
    CHECK(c(zero, 1) == 0);
    CHECK(ripartisci_pesi(Importo::euro(500), {}, {}).non_distribuito == Importo::euro(500));
    CHECK(ripartisci_pesi(Importo{}, {"a"}, {5}).non_distribuito == Importo{});
    CHECK(ripartisci_pesi(Importo::euro(-5), {"a"}, {5}).non_distribuito == Importo::euro(-5));
    // A negative weight counts as 0.
    const auto neg = ripartisci_pesi(Importo::euro(1), {"a", "b"}, {-5, 5});
    CHECK(c(neg, 0) == 0);
    CHECK(c(neg, 1) == 100);
}

TEST_CASE("ripartisci_fondo: weight = quota × parametro × totale, a zero-share band gets nothing") {
    // A: 95 × 100 % = 9500; B: 80 × 80 % = 6400; D: 50 × 0 = 0; A with parametro 2: 2 × 90 × 100 % = 18000
    const std::vector<Partecipante> persone = {{"p1", Punti::interi(95), std::nullopt},
                                               {"p2", Punti::interi(80), std::nullopt},
                                               {"p3", Punti::interi(50), std::nullopt},
                                               {"p4", Punti::interi(90), Peso::interi(2)}};
    const auto r = ripartisci_fondo(Importo::euro(10'000), persone, esempio());
    // Σ = 33900. p1: 1 000 000 × 9500 / 33900 = 280 235,98… ; p2: 188 790,55… ; p4: 530 973,45…
    // floors 280235 + 188790 + 530973 = 999998; 2 cents left → remainders .98 (p1), .55 (p2), .45 (p4)
    CHECK(c(r, 0) == 280'236);
    CHECK(c(r, 1) == 188'791);
    CHECK(c(r, 2) == 0);
    CHECK(c(r, 3) == 530'973);
    CHECK(r.non_distribuito == Importo{});
    // Everyone in the zero band: the fund stays undistributed.
    const auto d = ripartisci_fondo(Importo::euro(100), {{"a", Punti::interi(10), {}}}, esempio());
    CHECK(d.non_distribuito == Importo::euro(100));
    CHECK(c(d, 0) == 0);
}

TEST_CASE("ripartisci_premi: refused when the Relazione is not validated (art. 14 c.6 D.Lgs. 150/2009)") {
    auto base = una_relazione().performance_organizzativa(40, 40).con(settore("s", 30).obiettivo("o", 30, grado(100)).comportamenti(30));
    const Relazione non_validata = CostruttoreRelazione(base).validazione(EsitoValidazione::non_validata);
    const auto rifiuto = ripartisci_premi(non_validata, esempio(), Importo::euro(1000));
    REQUIRE_FALSE(rifiuto.has_value());
    CHECK(rifiuto.error().norma == "art. 14 c.6 D.Lgs. 150/2009");
    CHECK(rifiuto.error().motivo ==
          "la Relazione non è stata validata dal Nucleo di Valutazione: nessun premio può essere erogato");
    Relazione da_oiv = non_validata;
    da_oiv.valutazione_ndv->organo = OrganoValutazione::oiv;
    CHECK(ripartisci_premi(da_oiv, esempio(), Importo::euro(1000)).error().motivo ==
          "la Relazione non è stata validata dall'OIV: nessun premio può essere erogato");
    CHECK_THROWS_MATCHES(rifiuto.value(), std::domain_error,
                         Catch::Matchers::Message(rifiuto.error().motivo + " (art. 14 c.6 D.Lgs. 150/2009)"));
    const Relazione validata = CostruttoreRelazione(base).validazione(EsitoValidazione::validata);
    const auto ok = ripartisci_premi(validata, esempio(), Importo::euro(1000));
    REQUIRE(ok.has_value());
    CHECK(ok->assegnazioni.at(0).id == "s");
    CHECK(ok->assegnazioni.at(0).importo == Importo::euro(1000));
    // No validation: absent counts as not validated (rules.md), with or without the NdV's block.
    const auto senza = ripartisci_premi(base, esempio(), Importo::euro(1000));
    REQUIRE_FALSE(senza.has_value());
    CHECK(senza.error().norma == "art. 14 c.6 D.Lgs. 150/2009");
    CHECK(senza.error().motivo ==
          "la Relazione non ha la validazione del Nucleo di Valutazione: nessun premio può essere erogato");
    Relazione senza_ndv = base;
    senza_ndv.valutazione_ndv.reset();
    CHECK(ripartisci_premi(senza_ndv, esempio(), Importo::euro(1000)).error().motivo ==
          "la Relazione non ha la validazione del Nucleo di Valutazione o dell'OIV: nessun premio può essere erogato");
}

namespace {
// Two heads of 100 points each (band A, share 100 %): s manages payments, t does not; payments late by ITP 5 days.
Relazione con_pagamenti_in_ritardo() {
    Relazione r = una_relazione()
                      .performance_organizzativa(40, 40)
                      .validazione(EsitoValidazione::validata)
                      .con(settore("s", 30).obiettivo("s-1", 30, grado(100)).comportamenti(30))
                      .con(settore("t", 30).obiettivo("t-1", 30, grado(100)).comportamenti(30));
    r.settori[0].gestisce_pagamenti = true;
    r.vincoli_finanza.emplace();
    r.vincoli_finanza->tempi_pagamento = TempiPagamento{std::nullopt, Decimale::interi(5), std::nullopt};
    return r;
}
CriteriPremi criteri_con_decurtazione(std::int64_t fondo) {
    CriteriPremi c;
    c.fondo = Importo::da_centesimi(fondo);
    c.decurtazione_tempi_pagamento = Percentuale::interi(30);
    return c;
}
} // namespace

TEST_CASE("ripartisci_premi with the criteria: a head who manages payments in an ente paying late gets 70 %") {
    // 2.000,00 € between two equal heads: 1.000,00 € each; s loses 30 % = 300,00 €, not redistributed.
    const Relazione r = con_pagamenti_in_ritardo();
    const auto e = ripartisci_premi(r, esempio(), criteri_con_decurtazione(200000));
    REQUIRE(e.has_value());
    CHECK(c(*e, 0) == 70000);
    CHECK(c(*e, 1) == 100000);
    CHECK(e->non_distribuito == Importo::euro(300));
    REQUIRE(e->trattenute.size() == 1);
    CHECK(e->trattenute[0].id == "s");
    CHECK(e->trattenute[0].importo == Importo::euro(300));
    CHECK(e->trattenute[0].norma == "art. 4-bis c.2 D.L. 13/2023; circolare RGS-DFP n. 1/2024");
    CHECK(e->trattenute[0].motivo == "il settore s gestisce i pagamenti e l'ente non ha rispettato i tempi di "
                                     "pagamento: trattenuto il 30% di 1.000,00 €, non ridistribuito");
    // The cents add up: 700 + 1000 + 300 = 2000.
    CHECK(c(*e, 0) + c(*e, 1) + e->non_distribuito.centesimi() == 200000);
    // The share is rounded up to the cent: 666,66 € → 333,33 € each; 30 % of 33333 cents = 9999,9 → 10000.
    const auto su = ripartisci_premi(r, esempio(), criteri_con_decurtazione(66666));
    REQUIRE(su.has_value());
    CHECK(c(*su, 0) == 23333);
    CHECK(su->trattenute.at(0).importo == Importo::da_centesimi(10000));
    CHECK(c(*su, 0) + c(*su, 1) + su->non_distribuito.centesimi() == 66666);
}

TEST_CASE("ripartisci_premi with the criteria: no withholding without late payments or without the criterion") {
    Relazione puntuale = con_pagamenti_in_ritardo();
    puntuale.vincoli_finanza->tempi_pagamento = TempiPagamento{std::nullopt, Decimale::interi(-3), Decimale{}};
    const auto a = ripartisci_premi(puntuale, esempio(), criteri_con_decurtazione(200000));
    REQUIRE(a.has_value());
    CHECK(a->trattenute.empty());
    CHECK(c(*a, 0) == 100000);
    CriteriPremi senza = criteri_con_decurtazione(200000);
    senza.decurtazione_tempi_pagamento.reset();
    const auto b = ripartisci_premi(con_pagamenti_in_ritardo(), esempio(), senza);
    REQUIRE(b.has_value());
    CHECK(b->trattenute.empty());
    CHECK(b->non_distribuito == Importo{});
    // The criteria's split is refused as the plain one is.
    Relazione non_validata = con_pagamenti_in_ritardo();
    non_validata.valutazione_ndv->validazione.reset();
    CHECK_FALSE(ripartisci_premi(non_validata, esempio(), criteri_con_decurtazione(200000)).has_value());
}

TEST_CASE("an invalid SMVP decides no bonus and values a document cannot have are refused instead of paid") {
    auto base = una_relazione().performance_organizzativa(40, 40).con(settore("s", 30).obiettivo("o", 30, grado(100)).comportamenti(30));
    // Weights 100 + 30 + 20 = 150 and no band from 0: before, the head got 120 points and the whole fund.
    Smvp sbagliato = uno_smvp(100, 30, 20).fascia("A", 90, 100).crea_senza_verifica();
    const auto rifiuto = ripartisci_premi(base, sbagliato, Importo::euro(1000));
    REQUIRE_FALSE(rifiuto.has_value());
    CHECK(rifiuto.error().norma == "art. 7 D.Lgs. 150/2009");
    CHECK(rifiuto.error().motivo.rfind("lo SMVP non è valido: /pesi", 0) == 0);
    CHECK(rifiuto.error().motivo.find("150") != std::string::npos);
    CHECK(rifiuto.error().motivo.find("/fasce") != std::string::npos);
    CHECK_THROWS_AS(ripartisci_fondo(Importo::euro(10), {{"a", Punti::interi(95), {}}}, sbagliato), std::invalid_argument);
    CHECK_THROWS_WITH(ripartisci_fondo(Importo::euro(10), {{"a", Punti::interi(95), {}}}, sbagliato), Catch::Matchers::Contains("lo SMVP non è valido"));
    CHECK_THROWS_AS(ripartisci_fondo(Importo::euro(10), {{"a", Punti::interi(95), {}}, {"b", Punti::interi(95), Peso::interi(2'000'000)}}, esempio()), std::invalid_argument);
    CHECK_THROWS_WITH(ripartisci_fondo(Importo::euro(10), {{"a", Punti::interi(95), {}}, {"b", Punti::interi(95), Peso::interi(2'000'000)}}, esempio()), Catch::Matchers::Contains("b: parametro 2000000 fuori dall'intervallo"));
    CHECK_THROWS_AS(ripartisci_fondo(Importo::euro(10), {{"a", Punti::da_centesimi(120'00), {}}}, esempio()), std::invalid_argument);
    CHECK_THROWS_WITH(ripartisci_fondo(Importo::euro(10), {{"a", Punti::da_centesimi(120'00), {}}}, esempio()), Catch::Matchers::Contains("a: punteggio 120 fuori dall'intervallo 0–100"));
    // A degree of 150 built in code (a decoded document cannot have it): refused, not paid.
    Relazione fuori = una_relazione().performance_organizzativa(40, 40).validazione(EsitoValidazione::validata).con(settore("s", 30).obiettivo("o", 30, grado(150)).comportamenti(30)).crea_senza_verifica();
    const auto troppo = ripartisci_premi(fuori, esempio(), Importo::euro(1000));
    REQUIRE_FALSE(troppo.has_value());
    CHECK(troppo.error().motivo == "il punteggio del settore s è 115, fuori dall'intervallo 0–100: la Relazione contiene valori non ammessi");
    CHECK_THROWS_MATCHES(troppo.value(), std::domain_error, Catch::Matchers::Message(troppo.error().motivo));
    // One weight per person.
    CHECK_THROWS_MATCHES(ripartisci_pesi(Importo::euro(1), {"x", "y", "z"}, {1, 1}), std::invalid_argument,
                         Catch::Matchers::Message("ripartisci_pesi: attesi tanti pesi quante persone, trovate 3 persone e 2 pesi"));
}

TEST_CASE("property: 100,000 generated splits add up, are fair and monotone") {
    std::mt19937_64 rng(150'2009);
    auto tra = [&](std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(hi - lo + 1));
    };
    int con_avanzo = 0, falliti = 0, primo_errato = -1;
    for (int caso = 0; caso < 100'000; ++caso) {
        const std::size_t n = static_cast<std::size_t>(tra(1, 12));
        // Small weight pools make ties frequent; sometimes huge values test the 128-bit arithmetic.
        const bool enormi = caso % 50 == 0;
        const std::int64_t fondo = enormi ? tra(0, 90'000'000'000'000'000) : tra(0, 10'000'000);
        std::vector<std::string> id;
        std::vector<std::int64_t> pesi;
        for (std::size_t i = 0; i < n; ++i) {
            id.push_back("p" + std::to_string(tra(0, 99)));
            pesi.push_back(enormi ? tra(0, 10'000'000'000'000'000) : tra(0, 3) * tra(0, 4));
        }
        const auto r = ripartisci_pesi(Importo::da_centesimi(fondo), id, pesi);
        REQUIRE(r.assegnazioni.size() == n);
        // Counted rather than CHECKed pair by pair, to keep 100,000 cases fast; the first
        // failing case is recorded for the message.
        std::int64_t somma = r.non_distribuito.centesimi();
        bool positivo = false, ok = true;
        for (std::size_t i = 0; i < n; ++i) {
            somma += c(r, i);
            positivo = positivo || pesi[i] > 0;
            ok = ok && (pesi[i] > 0 || c(r, i) == 0) && c(r, i) >= 0;
            for (std::size_t j = 0; j < n; ++j) {
                if (pesi[i] == pesi[j]) ok = ok && std::abs(c(r, i) - c(r, j)) <= 1;
                if (pesi[i] > pesi[j]) ok = ok && c(r, i) >= c(r, j);
            }
        }
        ok = ok && somma == fondo && r.non_distribuito.centesimi() == (positivo ? 0 : fondo);
        if (!ok && primo_errato < 0) primo_errato = caso;
        falliti += !ok;
        con_avanzo += r.non_distribuito.centesimi() > 0;
    }
    INFO("primo caso errato: " << primo_errato);
    CHECK(falliti == 0);
    CHECK(con_avanzo > 0); // the generator does produce funds with no positive weight
}

} // namespace prova_scoring_premi
