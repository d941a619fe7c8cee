// Tests of perfpa/opzionale.hpp: Opzionale<T> reads and writes like
// std::optional<T>, converts both ways with it, and keeps absent apart from
// present-and-empty through the model and a JSON round trip.
#include "catch2.hpp"

#include <perfpa/json.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/testing/catch2.hpp>
#include <perfpa/values.hpp>

#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace perfpa_test_opzionale {

using perfpa::Opzionale;
using perfpa::Punti;

// What the model's value types need of it: copied as cheaply as T.
static_assert(std::is_trivially_copyable_v<Opzionale<Punti>>);
static_assert(std::is_nothrow_move_constructible_v<Opzionale<std::string>>);
// A T converts implicitly (`o.note = "testo"`), a std::optional both ways.
static_assert(std::is_convertible_v<const char*, Opzionale<std::string>>);
static_assert(std::is_convertible_v<std::optional<int>, Opzionale<int>>);
static_assert(std::is_convertible_v<Opzionale<int>, std::optional<int>>);
// An Opzionale is not a T, nor a bool without asking.
static_assert(!std::is_convertible_v<Opzionale<int>, int>);
static_assert(!std::is_convertible_v<Opzionale<int>, bool>);

TEST_CASE("Opzionale: absent, present, and what each reads") {
    Opzionale<std::string> o;
    CHECK_FALSE(o.has_value());
    CHECK_FALSE(o);
    CHECK(o == std::nullopt);
    CHECK(std::nullopt == o);
    CHECK(*o == "");            // an absent one holds T{}
    CHECK(o.value_or("altro") == "altro");
    CHECK_THROWS_AS(o.value(), std::bad_optional_access);

    o = "testo";
    REQUIRE(o.has_value());
    CHECK(o);
    CHECK(o != std::nullopt);
    CHECK(o == "testo");
    CHECK(o == std::string("testo"));
    CHECK(o != "altro");
    CHECK(o->size() == 5);
    CHECK(o.value() == "testo");
    CHECK(o.value_or("altro") == "testo");

    o = std::nullopt;
    CHECK_FALSE(o);
    CHECK(*o == "");

    o.emplace(3, 'x');
    CHECK(o == "xxx");
    o.reset();
    CHECK_FALSE(o);
    CHECK(*o == "");  // reset puts T{} back

    const Opzionale<std::string> vuoto_presente = std::string();
    CHECK(vuoto_presente.has_value()); // present and empty is not absent
    CHECK(vuoto_presente != Opzionale<std::string>());
}

TEST_CASE("Opzionale: equal when both absent, or both present with equal values") {
    const Opzionale<Punti> a, b;
    const Opzionale<Punti> c = Punti::interi(3), d = Punti::interi(3), e = Punti::interi(4);
    CHECK(a == b);
    CHECK(c == d);
    CHECK_FALSE(a == c);
    CHECK_FALSE(c == a);
    CHECK_FALSE(c == e);
    CHECK(c == Punti::interi(3));
    CHECK(Punti::interi(3) == c);
    CHECK_FALSE(a == Punti()); // absent is not T{}, although it holds one
}

TEST_CASE("Opzionale converts both ways with std::optional, keeping the state") {
    const std::optional<int> vuoto, sette = 7;
    const Opzionale<int> da_vuoto = vuoto, da_sette = sette;
    CHECK_FALSE(da_vuoto);
    REQUIRE(da_sette);
    CHECK(*da_sette == 7);

    CHECK(da_sette == sette);
    CHECK(da_vuoto == vuoto);
    CHECK_FALSE(da_vuoto == sette);
    CHECK_FALSE(da_sette == vuoto);

    const std::optional<int> di_nuovo_vuoto = da_vuoto, di_nuovo_sette = da_sette;
    CHECK(di_nuovo_vuoto == std::nullopt);
    CHECK(di_nuovo_sette == 7);

    // An Opzionale<bool> into a std::optional<bool>: by copy-initialisation
    // (direct-initialisation would take std::optional's constructor from a bool).
    const Opzionale<bool> falso = false, assente;
    const std::optional<bool> da_falso = falso, da_assente = assente;
    CHECK(da_falso == false);
    CHECK(da_assente == std::nullopt);
    CHECK(falso == da_falso);
    CHECK(da_falso == falso);
    CHECK_FALSE(assente == da_falso);

    // A function written for std::optional takes the model's members as they are.
    const auto descrivi = [](const std::optional<int>& x) { return x ? *x : -1; };
    CHECK(descrivi(da_sette) == 7);
    CHECK(descrivi(da_vuoto) == -1);
}

TEST_CASE("Catch2 prints an Opzionale as its value, or { }") {
    using Catch::Detail::stringify;
    CHECK(stringify(Opzionale<Punti>(Punti::da_centesimi(96'50))) == "96,50");
    CHECK(stringify(Opzionale<Punti>()) == "{ }");
    CHECK(stringify(Opzionale<std::string>("testo")) == "\"testo\"");
}

TEST_CASE("the model's optional members: absent and present-but-empty survive a round trip") {
    perfpa::Obiettivo o;
    o.id = "OB1";
    o.descrizione = "Un obiettivo";
    o.peso = perfpa::Peso::interi(10);
    o.note = "";           // present and empty
    CHECK_FALSE(o.natura); // absent
    const std::string testo = perfpa::json::codifica(o);
    CHECK(testo.find("\"note\":\"\"") != std::string::npos);
    CHECK(testo.find("\"natura\"") == std::string::npos);

    const auto letto = perfpa::json::decodifica<perfpa::Obiettivo>(testo);
    REQUIRE(letto);
    CHECK(letto->note == "");
    CHECK(letto->natura == std::nullopt);
    CHECK(*letto == o);
}

} // namespace perfpa_test_opzionale
