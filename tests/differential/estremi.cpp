// Models built in code with values no document can hold (the extremes of
// 64-bit hundredths, amounts, decimals and years) given to every function
// that takes a model: each one returns, reports or refuses, and none
// overflows. Run under UndefinedBehaviorSanitizer (the asan preset, which
// stops at the first undefined operation), an overflow fails the test.
#include "catch2.hpp"

#include <corpus.hpp>

#include "numeri.hpp"

#include <perfpa/perfpa.hpp>
#include <perfpa/report.hpp>

#include <climits>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

using namespace perfpa;

// This file's names in a namespace of their own: the test executable is a unity build,
// its files compiled together (tests/CMakeLists.txt, PERFPA_UNITY_TESTS).
namespace prova_differential_estremi {

namespace {

constexpr std::int64_t estremi64[] = {INT64_MIN, INT64_MIN + 1, -INT64_MAX / 2, -1, 0, INT64_MAX / 2, INT64_MAX - 1,
                                      INT64_MAX};
constexpr int estremi32[] = {INT_MIN, INT_MIN + 1, -1, 0, INT_MAX - 1, INT_MAX};

// Visits every number of a model; with probability 1/`raro` replaces it
// with one of the values above (`fuori` counts those beyond every range).
class Estremizzatore {
public:
    Estremizzatore(std::uint64_t seme, int raro) : g_(seme), raro_(raro) {}
    int colpi = 0;
    int fuori = 0;

    template <class T>
    void valore(T& v) { test::per_ogni_numero(v, *this); }

    // Each number met.
    template <class T>
    void operator()(T& v) {
        if constexpr (perfpa::detail::e_centesimi<T>::value) {
            if (colpo()) v = T::da_centesimi(estremo());
        } else if constexpr (std::is_same_v<T, Importo>) {
            if (colpo()) v = Importo::da_centesimi(estremo());
        } else if constexpr (std::is_same_v<T, Decimale>) {
            if (colpo()) v = Decimale::da_milionesimi(estremo());
        } else if constexpr (std::is_same_v<T, int>) {
            if (colpo()) v = g_.scegli(estremi32);
        }
    }

private:
    std::int64_t estremo() {
        const std::int64_t v = g_.scegli(estremi64);
        fuori += v <= -INT64_MAX / 2 || v >= INT64_MAX / 2;
        return v;
    }
    bool colpo() {
        const bool si = g_.tra(1, raro_) == 1;
        colpi += si;
        return si;
    }
    perfpa::bench::Generatore g_;
    int raro_;
};

Smvp smvp_esempio() {
    Smvp s;
    s.denominazione = "SMVP di prova";
    s.pesi = {Punti::interi(40), Punti::interi(30), Punti::interi(30)};
    s.giudizi = {Percentuale::interi(100), Percentuale::interi(80), Percentuale::interi(50), Percentuale::interi(0)};
    s.fasce = {{"eccellente", Punti::interi(90), Percentuale::interi(100)},
               {"buona", Punti::interi(70), Percentuale::interi(80)},
               {"sufficiente", Punti::interi(50), Percentuale::interi(50)},
               {"insufficiente", Punti::interi(0), Percentuale::interi(0)}};
    return s;
}

// Every function that takes a model, on `r` under `smvp`. What they return
// does not matter here (the values are meaningless); that they return does.
std::size_t usa_tutto(const Relazione& r, const Smvp& smvp) {
    std::size_t n = errori_modello_completo(r).size() + errori_modello(r).size();
    const Esame e = esamina(r, smvp);
    n += e.rilievi.size() + e.punteggi.size();
    n += esamina(r, smvp, OpzioniPunteggi{.spiegazioni = false}).punteggi.size();
    n += controlla(r).size();
    n += scostamenti(r).size() + scostamenti(r, smvp).size();
    const Importo fondi[] = {Importo::da_centesimi(INT64_MAX), Importo::da_centesimi(INT64_MIN), Importo::euro(1000)};
    for (const Importo fondo : fondi)
        if (const auto premi = ripartisci_premi(r, smvp, fondo)) n += premi->assegnazioni.size();
    n += prepara_report(r, smvp).settori.size();
    n += json::codifica(r).size();
    for (const PunteggioSettore& p : e.punteggi) n += spiegazione(p).size();
    return n;
}

} // namespace

TEST_CASE("every function taking a model returns on 200 models with extreme numbers") {
    int colpi = 0;
    std::size_t risultati = 0;
    for (std::uint64_t k = 0; k < 200; ++k) {
        Relazione r = perfpa::bench::genera_relazione(2023, k);
        Estremizzatore estremizza(k, k % 2 == 0 ? 8 : 60); // many extremes, or a few
        estremizza.valore(r);
        colpi += estremizza.colpi;
        INFO("document " << k << ", " << estremizza.colpi << " extreme values");
        risultati += usa_tutto(r, smvp_esempio());
        // A model with a value beyond every range is never valid, and says so.
        if (estremizza.fuori > 0) CHECK_FALSE(errori_modello_completo(r).empty());
    }
    CHECK(colpi > 2000);
    CHECK(risultati > 0);
}

TEST_CASE("under an SMVP with extreme numbers every function returns, or refuses to score") {
    const Relazione base = perfpa::bench::genera_relazione(2023, 7);
    int colpi = 0, rifiutati = 0;
    for (std::uint64_t k = 0; k < 200; ++k) {
        Smvp smvp = smvp_esempio();
        Estremizzatore estremizza(k, 3);
        estremizza.valore(smvp);
        colpi += estremizza.colpi;
        INFO("SMVP " << k << ", " << estremizza.colpi << " extreme values");
        if (errori_modello(smvp).empty()) {
            CHECK(usa_tutto(base, smvp) > 0);
            continue;
        }
        // Scores under an SMVP that breaks its constraints are refused with its errors (docs/errors.md);
        // what does not score returns.
        CHECK_THROWS_AS(esamina(base, smvp), ModelloNonValido);
        CHECK_THROWS_AS(calcola_punteggi(base, smvp), ModelloNonValido);
        CHECK_THROWS_AS(prepara_report(base, smvp), ModelloNonValido);
        std::size_t n = controlla(base, smvp).size() + scostamenti(base, smvp).size();
        for (const Importo fondo : {Importo::da_centesimi(INT64_MAX), Importo::euro(1000)})
            n += ripartisci_premi(base, smvp, fondo).has_value() ? 1 : 0;
        CHECK(n > 0);
        ++rifiutati;
    }
    CHECK(colpi > 100);
    CHECK(rifiutati > 0);
}

TEST_CASE("the Italian and JSON spellings of the extreme values") {
    for (const std::int64_t v : estremi64) {
        INFO(v);
        const auto i = Importo::da_centesimi(v);
        const auto d = Decimale::da_milionesimi(v);
        const auto p = Punti::da_centesimi(v);
        // Both spellings of a value carry its digits: the last one is always there.
        const char ultima = static_cast<char>('0' + (v < 0 ? -(v + 1) % 10 + 1 : v % 10) % 10);
        for (const std::string& t : {formatta_importo(i), i.testo(), formatta_decimale(d), d.testo(), formatta_punti(p),
                                     p.testo(), formatta_peso(Peso::da_centesimi(v)),
                                     formatta_percentuale(Percentuale::da_centesimi(v))}) {
            CHECK(t.find(ultima) != std::string::npos);
            CHECK((v < 0) == (t.front() == '-'));
        }
        // The JSON spelling reads back as the same value, or is refused with a reason (never a wrong value).
        if (const auto letto = Importo::da_testo(i.testo())) CHECK(*letto == i);
        if (const auto letto = Decimale::da_testo(d.testo())) CHECK(*letto == d);
        if (const auto letto = Punti::da_testo(p.testo())) CHECK(*letto == p);
    }
}

} // namespace prova_differential_estremi
