// Degrees of achievement: every branch of rules.md "Degree of achievement".
#include "catch2.hpp"

#include <perfpa/scoring.hpp>
#include <perfpa/testing/costruttori.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace perfpa;
using namespace perfpa::testing;

namespace {
// Expected degree in hundredths of a percent; -1 = no degree.
constexpr std::int64_t nessuno = -1;
std::int64_t centesimi(const std::optional<Percentuale>& p) { return p ? p->centesimi() : nessuno; }
} // namespace

TEST_CASE("arrotonda: half away from zero, exact") {
    CHECK(arrotonda(5, 2) == 3);
    CHECK(arrotonda(-5, 2) == -3);
    CHECK(arrotonda(249, 100) == 2);
    CHECK(arrotonda(-249, 100) == -2);
    CHECK(arrotonda(250, 100) == 3);
    CHECK(arrotonda(1, 3) == 0);
    CHECK(arrotonda(2, 3) == 1);
    CHECK(arrotonda(5, -2) == -3);
    CHECK(arrotonda(0, 7) == 0);
    CHECK(arrotonda(7, 0) == 0);
    // A product beyond 64 bits: (10^20 + 1) / 10^10 → 10^10.
    const Intero128 grande = Intero128{100'000'000'000} * 1'000'000'000 + 1;
    CHECK(arrotonda(grande, 10'000'000'000) == 10'000'000'000);
}

TEST_CASE("arrotonda: at the limits of 128 bits, and a quotient beyond 64 bits saturates") {
    constexpr Intero128 mx = detail::massimo128, mn = -mx - 1;
    constexpr std::int64_t mx64 = std::numeric_limits<std::int64_t>::max();
    // Constant expressions: an overflow (undefined behaviour) would not compile.
    static_assert(arrotonda(mx, mx) == 1);
    static_assert(arrotonda(mn, mx) == -1);
    static_assert(arrotonda(mx, mn) == -1);
    static_assert(arrotonda(mn, mn) == 1);
    static_assert(arrotonda(mx, 3) == mx64);  // 2^127 / 3 does not fit in 64 bits
    static_assert(arrotonda(mn, 3) == -mx64);
    static_assert(arrotonda(mx, mx / 2 + 1) == 2); // the remainder is more than half of a huge divisor
    static_assert(arrotonda(Intero128{mx64} * 2 + 1, 2) == mx64); // (2^64 − 1) / 2 = 2^63 − 0.5 → 2^63: saturates
    static_assert(arrotonda(Intero128{mx64} * 2, 2) == mx64);     // exactly 2^63 − 1
    // Saturating sums and products in 128 bits.
    static_assert(detail::somma_satura128(mx, 1) == mx);
    static_assert(detail::somma_satura128(mn, -1) == -mx);
    static_assert(detail::prodotto_saturo128(mx, -2) == -mx);
    static_assert(detail::prodotto_saturo128(Intero128{mx64} * mx64, mx64) == mx);
    static_assert(detail::prodotto_saturo128(Intero128{mx64}, mx64) == Intero128{mx64} * mx64);
    CHECK(arrotonda(mx, 2) == mx64);
}

TEST_CASE("detail::Testo: every kind of part of an explanation, appended in order") {
    using detail::centesimi, detail::centesimi_fissi, detail::Testo, detail::TestoValore;
    std::string s = "inizio ";
    Testo(s) << "a" << std::string_view("b") << centesimi(750) << " " << centesimi_fissi(2700) << " "
             << Decimale::da_milionesimi(58'300'000) << " " << std::size_t{1200} << "×" << centesimi(-123456789);
    CHECK(s == "inizio ab7,5 27,00 58,3 1200×-1.234.567,89");
    // Long parts go in whole.
    const std::string lungo(300, 'x');
    std::string t = "«";
    Testo(t) << lungo << " " << centesimi_fissi(0) << "»";
    CHECK(t == "«" + lungo + " 0,00»");
    // An indicator's value: sì/no, a number, a text between « ».
    std::string u;
    {
        Testo valori(u); // a named Testo: TestoValore's << is a free function, which takes it by reference
        valori << TestoValore{Valore{true}} << "/" << TestoValore{Valore{false}} << " "
               << TestoValore{Valore{Decimale::da_milionesimi(-18'000'000)}} << " "
               << TestoValore{Valore{std::string("ottimo")}};
        CHECK(u.empty()); // gathered on the stack until the Testo ends
    }
    CHECK(u == "sì/no -18 «ottimo»");
    // More than the buffer on the stack holds, part after part: nothing lost, nothing out of order.
    std::string v, attesa;
    {
        Testo t(v);
        for (int k = 0; k < 200; ++k) {
            t << "termine " << k << ": " << centesimi(k * 37) << "; ";
            attesa += "termine " + std::to_string(k) + ": " + testo_termine(k * 37) + "; ";
        }
    }
    CHECK(v == attesa);
}

TEST_CASE("detail::Spiegazione writes the parts in order, and nothing without a string") {
    using detail::centesimi, detail::centesimi_fissi, detail::Spiegazione;
    std::string s = "inizio ";
    std::string atteso = s;
    const Spiegazione perche{s};
    CHECK(perche.attiva());
    for (int k = 0; k < 40; ++k) {
        perche(detail::se(k != 0, " + "), centesimi(k * 125), "×", centesimi(10000 - k));
        atteso += (k != 0 ? " + " : "") + testo_termine(k * 125) + "×" + testo_termine(10000 - k);
    }
    perche(" = ", centesimi_fissi(5));
    atteso += " = 0,05";
    CHECK(s == atteso);
    const Spiegazione nessuna;
    CHECK(!nessuna.attiva());
    nessuna(" + ", centesimi(100)); // no string: a no-op
}

TEST_CASE("detail::SpiegazioneAperta: the parts of many calls reach the string at its end, in order, and nothing when inactive") {
    using detail::centesimi, detail::Spiegazione, detail::SpiegazioneAperta;
    // 200 terms: far more than Testo's buffer, which must be emptied on the way and at the end.
    std::string s = "inizio ", atteso = s;
    {
        SpiegazioneAperta termini(Spiegazione{s}, s);
        for (int k = 0; k < 200; ++k) {
            termini(detail::se(k != 0, " + "), centesimi(k * 125), "×", centesimi(10000 - k));
            atteso += (k != 0 ? " + " : "") + testo_termine(k * 125) + "×" + testo_termine(10000 - k);
        }
    }
    CHECK(s == atteso);
    std::string intatta = "intatta";
    {
        SpiegazioneAperta nessuna(Spiegazione{}, intatta); // the explanation keeps no text: a no-op
        nessuna(" + ", centesimi(100));
    }
    CHECK(intatta == "intatta");
}

TEST_CASE("arrotonda: the 64-bit fast path and the 128-bit path agree with a plain reference") {
    // Reference: half away from zero on magnitudes, all in 128 bits.
    auto riferimento = [](Intero128 n, Intero128 d) {
        if (d < 0) { n = -n; d = -d; }
        const Intero128 m = n < 0 ? -n : n;
        Intero128 q = (2 * m + d) / (2 * d); // floor(m/d + 1/2)
        q = std::min<Intero128>(q, std::numeric_limits<std::int64_t>::max()); // beyond 64 bits: saturated
        return static_cast<std::int64_t>(n < 0 ? -q : q);
    };
    const Intero128 soglia = Intero128{1} << 62; // where the fast path ends
    std::uint64_t x = 88172645463325252ull;
    auto prossimo = [&] { x ^= x << 13; x ^= x >> 7; x ^= x << 17; return x; };
    for (int k = 0; k < 100'000; ++k) {
        // numerators around ±2^62 and small ones, divisors small and near 2^62
        const Intero128 vicino = soglia - 1000 + static_cast<Intero128>(prossimo() % 2000);
        Intero128 n = (k % 3 == 0) ? vicino * static_cast<Intero128>(1 + prossimo() % 5) : static_cast<Intero128>(prossimo() % 1'000'000'007);
        if (prossimo() & 1) n = -n;
        Intero128 d = (k % 7 == 0) ? soglia - 3 + static_cast<Intero128>(prossimo() % 6) : static_cast<Intero128>(1 + prossimo() % 10'000);
        if (prossimo() % 5 == 0) d = -d;
        if (riferimento(n, d) != arrotonda(n, d)) {
            FAIL("arrotonda differs from the reference at k = " << k);
        }
    }
    CHECK(arrotonda(soglia - 1, 2) == static_cast<std::int64_t>(soglia / 2)); // (2^62 − 1)/2 rounds up
    CHECK(arrotonda(-(soglia - 1), 2) == -static_cast<std::int64_t>(soglia / 2));
    CHECK(arrotonda(soglia + 1, 2) == static_cast<std::int64_t>(soglia / 2 + 1));
}

TEST_CASE("grado_indicatore: binary, quantitative and qualitative, every branch") {
    struct Caso {
        const char* nome;
        Indicatore indicatore;
        std::int64_t atteso; // hundredths of a percent, or nessuno
    };
    const std::vector<Caso> casi = {
        {"binario R = A (sì)", binario(true, true), 100'00},
        {"binario R = A (no)", binario(false, false), 100'00},
        {"binario R ≠ A", binario(true, false), 0},
        {"binario senza realizzato", binario(true, std::nullopt), nessuno},
        // crescente, A > 0: 100·R/A clamped to 0–100
        {"crescente A>0 sotto: 100×58,3/60 = 97,1666… → 97,17", crescente("60", "58.3"), 97'17},
        {"crescente A>0 esatto", crescente("60", "60"), 100'00},
        {"crescente A>0 sopra → 100", crescente("60", "70"), 100'00},
        {"crescente A>0 R=0", crescente("60", "0"), 0},
        {"crescente A>0 R<0 → 0", crescente("60", "-5"), 0},
        {"crescente 100×1/3 = 33,333… → 33,33", crescente("3", "1"), 33'33},
        {"crescente 100×2/3 = 66,666… → 66,67", crescente("3", "2"), 66'67},
        {"crescente mezzo centesimo: 100×0,01/200 = 0,005 → 0,01", crescente("200", "0.01"), 1},
        {"crescente appena sotto mezzo: 100×0,009999/200 = 0,0049995 → 0", crescente("200", "0.009999"), 0},
        // crescente, A ≤ 0: 100 if R ≥ A
        {"crescente A=0 R=0", crescente("0", "0"), 100'00},
        {"crescente A=0 R>0", crescente("0", "5"), 100'00},
        {"crescente A=0 R<0", crescente("0", "-1"), 0},
        {"crescente A<0 R>A", crescente("-10", "-5"), 100'00},
        {"crescente A<0 R<A", crescente("-10", "-15"), 0},
        // decrescente: R ≤ A → 100; A > 0: 100 − 100·(R−A)/A, at least 0; A ≤ 0: 0
        {"decrescente A>0 R<A", decrescente("10", "5"), 100'00},
        {"decrescente A>0 R=A", decrescente("10", "10"), 100'00},
        {"decrescente A>0 R>A: 100 − 100×2/10 = 80", decrescente("10", "12"), 80'00},
        {"decrescente 100 − 100×1/3 = 66,666… → 66,67", decrescente("3", "4"), 66'67},
        {"decrescente R = 2A → 0", decrescente("10", "20"), 0},
        {"decrescente R > 2A → 0", decrescente("10", "25"), 0},
        {"decrescente A=0 R=0", decrescente("0", "0"), 100'00},
        {"decrescente A=0 R<0", decrescente("0", "-1"), 100'00},
        {"decrescente A=0 R>0", decrescente("0", "1"), 0},
        {"decrescente A<0 R<A", decrescente("-18", "-20"), 100'00},
        {"decrescente A<0 R>A", decrescente("-18", "-10"), 0},
        // missing values
        {"crescente senza realizzato", crescente("60", ""), nessuno},
        {"crescente senza atteso", crescente("", "60"), nessuno},
        {"decrescente senza realizzato", decrescente("10", ""), nessuno},
        {"qualitativo", qualitativo(), nessuno},
    };
    for (const Caso& c : casi) {
        INFO(c.nome);
        const GradoSpiegato g = grado_indicatore_spiegato(c.indicatore);
        CHECK(centesimi(g.grado) == c.atteso);
        CHECK(centesimi(grado_indicatore(c.indicatore)) == c.atteso);
        CHECK_FALSE(g.spiegazione.empty());
    }
}

TEST_CASE("grado_indicatore: a missing verso means crescente, wrong kinds give no degree") {
    Indicatore i = crescente("60", "30");
    i.verso.reset();
    CHECK(centesimi(grado_indicatore(i)) == 50'00);
    Indicatore b = binario(true, true);
    b.valore_realizzato = Valore{dec("1")};
    CHECK(centesimi(grado_indicatore(b)) == nessuno);
    Indicatore q = crescente("60", "30");
    q.valore_atteso = Valore{std::string("sessanta")};
    CHECK(centesimi(grado_indicatore(q)) == nessuno);
}

TEST_CASE("grado_indicatore: the explanation shows the arithmetic in Italian notation") {
    CHECK(grado_indicatore_spiegato(crescente("60", "58.3")).spiegazione == "crescente: 100 × 58,3 / 60 = 97,17");
    CHECK(grado_indicatore_spiegato(decrescente("10", "12")).spiegazione ==
          "decrescente: 100 − 100 × (12 − 10) / 10 = 80,00");
    CHECK(grado_indicatore_spiegato(binario(true, false)).spiegazione == "binario: realizzato no ≠ atteso sì → 0");
}

TEST_CASE("grado_indicatore_spiegato: a qualitative indicator names the body whose degree it needs") {
    CHECK(grado_indicatore_spiegato(qualitativo()).spiegazione ==
          "nessun grado: indicatore qualitativo, serve il grado del Nucleo di Valutazione");
    CHECK(grado_indicatore_spiegato(qualitativo(), OrganoValutazione::oiv).spiegazione ==
          "nessun grado: indicatore qualitativo, serve il grado dell'OIV");
    // The body changes the words only.
    CHECK(grado_indicatore_spiegato(crescente("60", "58.3"), OrganoValutazione::oiv).spiegazione ==
          "crescente: 100 × 58,3 / 60 = 97,17");
    CHECK_FALSE(grado_indicatore_spiegato(qualitativo(), OrganoValutazione::oiv).grado);
}

namespace {
Obiettivo obiettivo_con(std::vector<Indicatore> indicatori) {
    Obiettivo o;
    o.id = "o";
    o.peso = Peso::interi(6);
    o.indicatori = std::move(indicatori);
    return o;
}
ValutazioneObiettivo ndv_grado(std::int64_t centesimi) {
    return {"o", Percentuale::da_centesimi(centesimi), std::nullopt, std::nullopt, std::nullopt};
}
ValutazioneObiettivo ndv_neutralizzato(std::optional<std::string> motivazione) {
    return {"o", std::nullopt, true, std::move(motivazione), std::nullopt};
}
} // namespace

TEST_CASE("grado_obiettivo: the four steps in order") {
    const Obiettivo misurato = obiettivo_con({crescente("60", "30")}); // 50 by its indicator
    const Obiettivo qualitativo_solo = obiettivo_con({qualitativo()});

    SECTION("1. neutralised by the NdV: no degree, even with a degree given") {
        ValutazioneObiettivo v = ndv_neutralizzato("alluvione");
        v.grado_raggiungimento = Percentuale::interi(90);
        const GradoObiettivo g = grado_obiettivo(misurato, &v);
        CHECK(g.stato == StatoValutazione::neutralizzato);
        CHECK_FALSE(g.grado);
        CHECK(g.spiegazione.find("alluvione") != std::string::npos);
    }
    SECTION("1. a neutralisation without a motivazione (blank) still takes effect") {
        const ValutazioneObiettivo v = ndv_neutralizzato("  ");
        CHECK(grado_obiettivo(misurato, &v).stato == StatoValutazione::neutralizzato);
        const ValutazioneObiettivo senza = ndv_neutralizzato(std::nullopt);
        CHECK(grado_obiettivo(misurato, &senza).stato == StatoValutazione::neutralizzato);
    }
    SECTION("1. neutralizzato: false is no neutralisation") {
        ValutazioneObiettivo v = ndv_grado(70'00);
        v.neutralizzato = false;
        CHECK(centesimi(grado_obiettivo(misurato, &v).grado) == 70'00);
    }
    SECTION("2. the NdV's degree wins over the indicators") {
        const ValutazioneObiettivo v = ndv_grado(80'00);
        const GradoObiettivo g = grado_obiettivo(misurato, &v);
        CHECK(g.stato == StatoValutazione::valutato);
        CHECK(centesimi(g.grado) == 80'00);
    }
    SECTION("2. a qualitative objective with the NdV's degree") {
        const ValutazioneObiettivo v = ndv_grado(75'49);
        CHECK(centesimi(grado_obiettivo(qualitativo_solo, &v).grado) == 75'49);
    }
    SECTION("3. peso-weighted mean of the indicators: (1×100 + 3×50) / 4 = 62,50") {
        const Obiettivo o = obiettivo_con({con_peso(binario(true, true), 1), con_peso(crescente("60", "30"), 3)});
        const GradoObiettivo g = grado_obiettivo(o, nullptr);
        CHECK(g.stato == StatoValutazione::valutato);
        CHECK(centesimi(g.grado) == 62'50);
        CHECK(g.spiegazione.find("(1×100 + 3×50) / 4 = 62,50") != std::string::npos);
    }
    SECTION("3. the mean uses the indicators' rounded degrees: (97,17 + 33,33) / 2 = 65,25") {
        const Obiettivo o = obiettivo_con({crescente("60", "58.3"), crescente("3", "1")});
        CHECK(centesimi(grado_obiettivo(o, nullptr).grado) == 65'25);
    }
    SECTION("3. the mean is rounded once: (100 + 0 + 0) / 3 = 33,333… → 33,33") {
        const Obiettivo o = obiettivo_con({binario(true, true), binario(true, false), binario(true, false)});
        CHECK(centesimi(grado_obiettivo(o, nullptr).grado) == 33'33);
    }
    SECTION("4. a qualitative indicator without the NdV's degree: not evaluated") {
        const GradoObiettivo g = grado_obiettivo(qualitativo_solo, nullptr);
        CHECK(g.stato == StatoValutazione::non_valutato);
        CHECK_FALSE(g.grado);
    }
    SECTION("4. one indicator of two has no degree: not evaluated") {
        const Obiettivo o = obiettivo_con({binario(true, true), crescente("60", "")});
        CHECK(grado_obiettivo(o, nullptr).stato == StatoValutazione::non_valutato);
    }
    SECTION("4. no indicator: not evaluated") {
        CHECK(grado_obiettivo(obiettivo_con({}), nullptr).stato == StatoValutazione::non_valutato);
    }
    SECTION("4. indicators' weights sum to 0: not evaluated") {
        const Obiettivo o = obiettivo_con({con_peso(binario(true, true), 0)});
        CHECK(grado_obiettivo(o, nullptr).stato == StatoValutazione::non_valutato);
    }
}

TEST_CASE("grado_obiettivo: the SMVP's minimum threshold at, just below and just above") {
    const Percentuale soglia = Percentuale::interi(50);
    struct Caso {
        std::int64_t grado, atteso;
    };
    for (const Caso c : {Caso{50'00, 50'00}, Caso{49'99, 0}, Caso{50'01, 50'01}, Caso{0, 0}, Caso{100'00, 100'00}}) {
        INFO("grado " << c.grado);
        const ValutazioneObiettivo v = ndv_grado(c.grado);
        const GradoObiettivo g = grado_obiettivo(obiettivo_con({qualitativo()}), &v, soglia);
        CHECK(g.stato == StatoValutazione::valutato);
        CHECK(centesimi(g.grado) == c.atteso);
    }
    SECTION("the threshold applies to a degree from the indicators too") {
        const GradoObiettivo g = grado_obiettivo(obiettivo_con({crescente("3", "1")}), nullptr, soglia);
        CHECK(centesimi(g.grado) == 0);
        CHECK(g.spiegazione.find("sotto la soglia minima del 50%") != std::string::npos);
    }
    SECTION("a threshold does not make a missing degree 0, nor undo a neutralisation") {
        CHECK(grado_obiettivo(obiettivo_con({qualitativo()}), nullptr, soglia).stato == StatoValutazione::non_valutato);
        const ValutazioneObiettivo v = ndv_neutralizzato("x");
        CHECK(grado_obiettivo(obiettivo_con({qualitativo()}), &v, soglia).stato == StatoValutazione::neutralizzato);
    }
}

TEST_CASE("grado_ambito: NdV judgment, then indicators, else not evaluated") {
    const GiudiziSmvp giudizi{Percentuale::interi(100), Percentuale::interi(90), Percentuale::interi(50),
                              Percentuale::interi(0)};
    Ambito a;
    a.id = "a";
    a.indicatori = std::vector<Indicatore>{crescente("60", "30"), binario(true, true)}; // (50 + 100) / 2 = 75

    struct Caso {
        std::optional<Giudizio> giudizio;
        StatoValutazione stato;
        std::int64_t grado;
    };
    const std::vector<Caso> casi = {
        {Giudizio::pienamente_raggiunto, StatoValutazione::valutato, 100'00},
        {Giudizio::raggiunto, StatoValutazione::valutato, 90'00},
        {Giudizio::parzialmente_raggiunto, StatoValutazione::valutato, 50'00},
        {Giudizio::non_raggiunto, StatoValutazione::valutato, 0},
        {Giudizio::non_valutabile, StatoValutazione::neutralizzato, nessuno},
        {std::nullopt, StatoValutazione::valutato, 75'00}, // an entry without a judgment: the indicators
    };
    for (const Caso& c : casi) {
        const GiudizioAmbito g{"a", c.giudizio, std::nullopt};
        const GradoAmbito r = grado_ambito(a, &g, giudizi);
        CHECK(r.stato == c.stato);
        CHECK(centesimi(r.grado) == c.grado);
    }
    CHECK(centesimi(grado_ambito(a, nullptr, giudizi).grado) == 75'00);
    Ambito vuoto;
    vuoto.id = "v";
    CHECK(grado_ambito(vuoto, nullptr, giudizi).stato == StatoValutazione::non_valutato);
    Ambito qualitativo_solo = vuoto;
    qualitativo_solo.indicatori = std::vector<Indicatore>{qualitativo()};
    CHECK(grado_ambito(qualitativo_solo, nullptr, giudizi).stato == StatoValutazione::non_valutato);

    // The explanation names the body that evaluated: the Nucleo di Valutazione unless told otherwise.
    const GiudizioAmbito raggiunto{"a", Giudizio::raggiunto, std::nullopt};
    CHECK(grado_ambito(a, &raggiunto, giudizi).spiegazione ==
          "giudizio del Nucleo di Valutazione «raggiunto» = 90,00 secondo lo SMVP");
    CHECK(grado_ambito(a, &raggiunto, giudizi, OrganoValutazione::oiv).spiegazione ==
          "giudizio dell'OIV «raggiunto» = 90,00 secondo lo SMVP");
    const GiudizioAmbito non_valutabile{"a", Giudizio::non_valutabile, std::nullopt};
    CHECK(grado_ambito(a, &non_valutabile, giudizi, OrganoValutazione::oiv).spiegazione ==
          "giudizio dell'OIV «non valutabile»: escluso dalla media");
    CHECK(grado_ambito(qualitativo_solo, nullptr, giudizi, OrganoValutazione::oiv).spiegazione.ends_with(
        "serve il grado dell'OIV"));
}

TEST_CASE("NdV lookups: the first entry counts, nullptr when none") {
    Relazione r = una_relazione().con(settore("s", 30).obiettivo("o", 30, grado(80)).comportamenti(20));
    CHECK(valutazione_settore(r, "x") == nullptr);
    CHECK(valutazione_obiettivo(r, "s", "x") == nullptr);
    CHECK(giudizio_ambito(r, "a") == nullptr);
    // A second entry for the same settore, and a second one for the objective.
    auto& vi = *r.valutazione_ndv->valutazioni_individuali;
    vi[0].obiettivi->push_back({"o", Percentuale::interi(10), std::nullopt, std::nullopt, std::nullopt});
    vi.push_back({"s", std::nullopt, Punti::interi(5)});
    REQUIRE(valutazione_settore(r, "s") != nullptr);
    CHECK(valutazione_settore(r, "s")->comportamenti == Punti::interi(20));
    CHECK(valutazione_obiettivo(r, "s", "o")->grado_raggiungimento == Percentuale::interi(80));
    r.valutazione_ndv->giudizi_ambiti = std::vector<GiudizioAmbito>{{"a", Giudizio::raggiunto, std::nullopt},
                                                                    {"a", Giudizio::non_raggiunto, std::nullopt}};
    CHECK(giudizio_ambito(r, "a")->giudizio == Giudizio::raggiunto);
    const Relazione senza_ndv = una_relazione().con(settore("s", 30));
    CHECK(valutazione_settore(senza_ndv, "s") == nullptr);
}
