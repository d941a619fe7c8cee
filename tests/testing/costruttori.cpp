// The test builders (include/perfpa/testing/costruttori.hpp): chains on a
// temporary are safe to bind to `const auto&` (run under ASan: before the
// fix each of these read a dead temporary, stack-use-after-scope).
#include "catch2.hpp"

#include <perfpa/scoring.hpp>
#include <perfpa/testing/costruttori.hpp>

#include <stdexcept>
#include <string>
#include <type_traits>

using namespace perfpa;
using namespace perfpa::testing;

namespace {
const PesiSmvp pesi_prova{Punti::interi(40), Punti::interi(30), Punti::interi(30)};
} // namespace

TEST_CASE("a chain on a temporary returns a builder by value, on a named builder a reference") {
    // Compile-time form of the ASan tests below: a temporary cannot hand out a reference to itself.
    static_assert(std::is_same_v<decltype(una_relazione().con(settore("a", 30))), CostruttoreRelazione>);
    static_assert(std::is_same_v<decltype(una_relazione().crea()), Relazione>);
    static_assert(std::is_same_v<decltype(settore("a", 30).obiettivo("a-1", 30, grado(100))), CostruttoreSettore>);
    static_assert(std::is_same_v<decltype(settore("a", 30).settore()), Settore>);
    static_assert(std::is_same_v<decltype(uno_smvp(40, 30, 30).fascia("D", 0, 0)), CostruttoreSmvp>);
    static_assert(std::is_same_v<decltype(uno_smvp(40, 30, 30).crea()), Smvp>);
    static_assert(std::is_same_v<decltype(uno_smvp(40, 30, 30).crea_senza_verifica()), Smvp>);

    CostruttoreRelazione r = una_relazione();
    CostruttoreSettore s = settore("a", 30);
    CostruttoreSmvp m = uno_smvp(40, 30, 30);
    static_assert(std::is_same_v<decltype(r.con(s)), CostruttoreRelazione&>);
    static_assert(std::is_same_v<decltype(r.crea()), const Relazione&>);
    static_assert(std::is_same_v<decltype(s.comportamenti(20)), CostruttoreSettore&>);
    static_assert(std::is_same_v<decltype(s.settore()), const Settore&>);
    static_assert(std::is_same_v<decltype(m.soglia(30)), CostruttoreSmvp&>);
    static_assert(std::is_same_v<decltype(m.crea()), const Smvp&>);
    static_assert(std::is_same_v<decltype(m.crea_senza_verifica()), const Smvp&>);
}

TEST_CASE("const auto& to a Relazione chain on a temporary stays alive") {
    const auto& r = una_relazione().performance_organizzativa(40, 40).con(
        settore("a", 30).obiettivo("a-1", 15, grado(100)).obiettivo("a-2", 15, grado(80)).comportamenti(25));
    const auto& s = uno_smvp(40, 30, 30).fascia("A", 90, 100).fascia("D", 0, 0);
    const auto p = calcola_punteggi(r, s);
    REQUIRE(p.size() == 1);
    CHECK(p[0].settore == "a");
    CHECK(p[0].totale.centesimi() == 92'00); // 40 + (15×100 + 15×80) / 30 × 30 / 100 + 25
    CHECK(p[0].fascia == "A");
}

TEST_CASE("const auto& to crea() on a temporary stays alive") {
    const auto& y = una_relazione(2024).con(settore("b", 40).obiettivo("b-1", 40, grado(50))).crea();
    REQUIRE(y.settori.size() == 1);
    CHECK(y.anno == 2024);
    CHECK(y.settori[0].id == "b");
    CHECK(y.settori[0].obiettivi.at(0).id == "b-1");

    const auto& s = uno_smvp(40, 30, 30).fascia("A", 90, 100).fascia("D", 0, 0).crea();
    CHECK(s.pesi == pesi_prova);
    CHECK(s.fasce.size() == 2);

    const auto& n = uno_smvp(40, 30, 20).crea_senza_verifica();
    CHECK(n.pesi.comportamenti == Punti::interi(20));
}

TEST_CASE("const auto& to a settore chain on a temporary stays alive") {
    const auto& b = settore("c", 30).responsabile("Carla Rossi", "Dott.ssa").obiettivo("c-1", 30, grado(100)).comportamenti(20);
    const Relazione r = una_relazione().con(b);
    REQUIRE(r.settori.size() == 1);
    CHECK(r.settori[0].responsabile.nome == "Carla Rossi");
    CHECK(r.valutazione_ndv.has_value());

    const auto& st = settore("d", 10).obiettivo("d-1", 10, {crescente("5", "6")}).settore();
    CHECK(st.id == "d");
    CHECK(st.obiettivi.at(0).indicatori.size() == 1);
}

TEST_CASE("a named builder still grows statement by statement") {
    CostruttoreRelazione r = una_relazione();
    r.performance_organizzativa(40, 40);
    CostruttoreSettore s = settore("e", 30);
    s.obiettivo("e-1", 30, grado(100)).comportamenti(30);
    r.con(s).validazione(EsitoValidazione::validata);
    const Relazione copia = r;
    CHECK(copia.settori.size() == 1);
    CHECK(r.crea().settori.size() == 1); // converting a named builder copies: it stays usable

    CostruttoreSmvp m = uno_smvp(40, 30, 30);
    m.fascia("D", 0, 0).soglia(30);
    const Smvp a = m, b = m.crea();
    CHECK(a == b);
    CHECK(m.crea().fasce.size() == 1);
}

namespace {
// The message of the std::invalid_argument that `f` throws, or "" when it throws nothing.
template <class F>
std::string rifiuto(F f) {
    try {
        f();
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return "";
}
} // namespace

TEST_CASE("a mistyped SMVP is refused when built, with every error of errori_modello") {
    // Weights 40 + 30 + 20 = 90 and no band from 0: two errors, both listed.
    const std::string m = rifiuto([] { Smvp s = uno_smvp(40, 30, 20).fascia("A", 90, 100).fascia("B", 10, 0); (void)s; });
    CHECK(m == "SMVP di prova non valido (2 errori):\n"
               "  /pesi: i pesi devono sommare a 100, sommano a 90\n"
               "  /fasce: nessuna fascia parte da 0: ogni punteggio deve avere una fascia\n"
               "Per costruire apposta un SMVP non valido: crea_senza_verifica().");

    // Every final step checks: crea() and the conversion, on a temporary and on a named builder.
    CHECK_THROWS_AS(uno_smvp(40, 30, 30).crea(), std::invalid_argument); // no band at all
    CostruttoreSmvp senza_zero = uno_smvp(40, 30, 30);
    senza_zero.fascia("A", 90, 100);
    CHECK_THROWS_AS(senza_zero.crea(), std::invalid_argument);
    CHECK_THROWS_AS(static_cast<Smvp>(senza_zero), std::invalid_argument);
    const std::string una = rifiuto([] { (void)calcola_punteggi(una_relazione(), uno_smvp(40, 30, 30).fascia("A", 90, 100)); });
    CHECK(una.find("(1 errore):\n  /fasce: nessuna fascia parte da 0") != std::string::npos);
    CHECK(rifiuto([] { Smvp s = uno_smvp(40, 30, 30).fascia("D", 0, 0).fascia("D2", 0, 10); (void)s; })
              .find("/fasce/1/da: la fascia \"D2\" parte da 0 come la fascia \"D\"") != std::string::npos);
    CHECK(rifiuto([] { Smvp s = uno_smvp(40, 30, 30).fascia("D", 0, 0).soglia(120); (void)s; })
              .find("/soglia_minima_obiettivo: atteso un numero tra 0 e 100, trovato 120") != std::string::npos);

    // A valid SMVP passes every final step unchanged.
    CostruttoreSmvp valido = uno_smvp(40, 30, 30);
    valido.fascia("A", 90, 100).fascia("D", 0, 0);
    CHECK_NOTHROW(valido.crea());
    const Smvp da_conversione = valido;
    CHECK(da_conversione == valido.crea());
    CHECK(da_conversione == uno_smvp(40, 30, 30).fascia("A", 90, 100).fascia("D", 0, 0).crea());
}

TEST_CASE("crea_senza_verifica builds an invalid SMVP on purpose") {
    const Smvp s = uno_smvp(40, 30, 20).fascia("A", 90, 100).crea_senza_verifica();
    CHECK(s.pesi.comportamenti == Punti::interi(20));
    CHECK(errori_modello(s).size() == 2);
    CostruttoreSmvp b = uno_smvp(110, 0, -10);
    CHECK(b.crea_senza_verifica().pesi.performance_organizzativa == Punti::interi(110));
}

TEST_CASE("a Relazione with values no document holds is refused when built") {
    // A degree of 150 and a behaviour score of 120: both listed, with their pointers.
    const std::string m = rifiuto([] {
        Relazione r = una_relazione().con(settore("s", 30).obiettivo("o", 30, grado(150)).comportamenti(120));
        (void)r;
    });
    CHECK(m == "Relazione di prova non valida (2 errori):\n"
               "  /valutazione_ndv/valutazioni_individuali/0/obiettivi/0/grado_raggiungimento: atteso un numero tra 0 "
               "e 100, trovato 150\n"
               "  /valutazione_ndv/valutazioni_individuali/0/comportamenti: atteso un numero tra 0 e 100, trovato 120\n"
               "Per costruire apposta una Relazione con valori fuori intervallo: crea_senza_verifica().");
    // Every final step checks: crea() and the conversion, on a temporary and on a named builder.
    CHECK_THROWS_AS(una_relazione(1800).crea(), std::invalid_argument);
    CostruttoreRelazione nominato = una_relazione();
    nominato.performance_organizzativa(40, 140);
    CHECK_THROWS_AS(nominato.crea(), std::invalid_argument);
    CHECK_THROWS_AS(static_cast<Relazione>(nominato), std::invalid_argument);
    // On purpose, unchecked; and a valid Relazione passes unchanged.
    CHECK(nominato.crea_senza_verifica().performance_organizzativa->valore_realizzato == Punti::interi(140));
    CHECK(std::move(nominato).crea_senza_verifica().anno == 2023);
    const Relazione valida = una_relazione().con(settore("s", 30).obiettivo("o", 30, grado(80)));
    CHECK(errori_modello_completo(valida).empty());
    CHECK(valida == una_relazione().con(settore("s", 30).obiettivo("o", 30, grado(80))).crea());
}
