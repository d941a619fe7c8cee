// The test builders (include/perfpa/testing/costruttori.hpp): chains on a
// temporary are safe to bind to `const auto&` (run under ASan: before the
// fix each of these read a dead temporary, stack-use-after-scope).
#include "catch2.hpp"

#include <perfpa/scoring.hpp>
#include <perfpa/testing/costruttori.hpp>

#include <type_traits>

using namespace perfpa;
using namespace perfpa::testing;

namespace {
const PesiSmvp pesi_prova{Punti::interi(40), Punti::interi(30), Punti::interi(30)};
} // namespace

TEST_CASE("a chain on a temporary returns a builder by value, on a named builder a reference") {
    // Compile-time form of the ASan tests below: a temporary cannot hand out a reference to itself.
    static_assert(std::is_same_v<decltype(relazione().con(settore("a", 30))), CostruttoreRelazione>);
    static_assert(std::is_same_v<decltype(relazione().crea()), Relazione>);
    static_assert(std::is_same_v<decltype(settore("a", 30).obiettivo("a-1", 30, grado(100))), CostruttoreSettore>);
    static_assert(std::is_same_v<decltype(settore("a", 30).settore()), Settore>);
    static_assert(std::is_same_v<decltype(smvp(40, 30, 30).fascia("D", 0, 0)), CostruttoreSmvp>);
    static_assert(std::is_same_v<decltype(smvp(40, 30, 30).crea()), Smvp>);

    CostruttoreRelazione r = relazione();
    CostruttoreSettore s = settore("a", 30);
    CostruttoreSmvp m = smvp(40, 30, 30);
    static_assert(std::is_same_v<decltype(r.con(s)), CostruttoreRelazione&>);
    static_assert(std::is_same_v<decltype(r.crea()), const Relazione&>);
    static_assert(std::is_same_v<decltype(s.comportamenti(20)), CostruttoreSettore&>);
    static_assert(std::is_same_v<decltype(s.settore()), const Settore&>);
    static_assert(std::is_same_v<decltype(m.soglia(30)), CostruttoreSmvp&>);
    static_assert(std::is_same_v<decltype(m.crea()), const Smvp&>);
}

TEST_CASE("const auto& to a Relazione chain on a temporary stays alive") {
    const auto& r = relazione().performance_organizzativa(40, 40).con(
        settore("a", 30).obiettivo("a-1", 15, grado(100)).obiettivo("a-2", 15, grado(80)).comportamenti(25));
    const auto& s = smvp(40, 30, 30).fascia("A", 90, 100).fascia("D", 0, 0);
    const auto p = calcola_punteggi(r, s);
    REQUIRE(p.size() == 1);
    CHECK(p[0].settore == "a");
    CHECK(p[0].totale.centesimi() == 92'00); // 40 + (15×100 + 15×80) / 30 × 30 / 100 + 25
    CHECK(p[0].fascia == "A");
}

TEST_CASE("const auto& to crea() on a temporary stays alive") {
    const auto& y = relazione(2024).con(settore("b", 40).obiettivo("b-1", 40, grado(50))).crea();
    REQUIRE(y.settori.size() == 1);
    CHECK(y.anno == 2024);
    CHECK(y.settori[0].id == "b");
    CHECK(y.settori[0].obiettivi.at(0).id == "b-1");

    const auto& s = smvp(40, 30, 30).fascia("A", 90, 100).fascia("D", 0, 0).crea();
    CHECK(s.pesi == pesi_prova);
    CHECK(s.fasce.size() == 2);
}

TEST_CASE("const auto& to a settore chain on a temporary stays alive") {
    const auto& b = settore("c", 30).responsabile("Carla Rossi", "Dott.ssa").obiettivo("c-1", 30, grado(100)).comportamenti(20);
    const Relazione r = relazione().con(b);
    REQUIRE(r.settori.size() == 1);
    CHECK(r.settori[0].responsabile.nome == "Carla Rossi");
    CHECK(r.valutazione_ndv.has_value());

    const auto& st = settore("d", 10).obiettivo("d-1", 10, {crescente("5", "6")}).settore();
    CHECK(st.id == "d");
    CHECK(st.obiettivi.at(0).indicatori.size() == 1);
}

TEST_CASE("a named builder still grows statement by statement") {
    CostruttoreRelazione r = relazione();
    r.performance_organizzativa(40, 40);
    CostruttoreSettore s = settore("e", 30);
    s.obiettivo("e-1", 30, grado(100)).comportamenti(30);
    r.con(s).validazione(EsitoValidazione::validata);
    const Relazione copia = r;
    CHECK(copia.settori.size() == 1);
    CHECK(r.crea().settori.size() == 1); // converting a named builder copies: it stays usable

    CostruttoreSmvp m = smvp(40, 30, 30);
    m.fascia("D", 0, 0).soglia(30);
    const Smvp a = m, b = m.crea();
    CHECK(a == b);
    CHECK(m.crea().fasce.size() == 1);
}
