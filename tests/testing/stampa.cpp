// <perfpa/testing/catch2.hpp>: Catch2 prints perfpa's values in Italian, not `{?}`.
#include "catch2.hpp"

#include <perfpa/testing/catch2.hpp>

#include <optional>
#include <sstream>
#include <string>
#include <vector>

using namespace perfpa;

namespace {
// What a failing CHECK(a == b) prints under "with expansion:".
template <class A, class B>
std::string espansione(const A& a, const B& b) {
    std::ostringstream os;
    const Catch::ITransientExpression& e = Catch::Decomposer() <= a == b;
    e.streamReconstructedExpression(os);
    return os.str();
}
Data data(const char* s) { return Data::da_testo(s).value(); }
} // namespace

TEST_CASE("Catch2 prints each value type as people write it") {
    using Catch::Detail::stringify;
    CHECK(stringify(Punti::da_centesimi(96'50)) == "96,50");
    CHECK(stringify(Punti::interi(100)) == "100,00");
    CHECK(stringify(Peso::interi(6)) == "6");
    CHECK(stringify(Peso::da_centesimi(7'50)) == "7,5");
    CHECK(stringify(Peso::da_centesimi(1'234'44)) == "1.234,44");
    CHECK(stringify(Percentuale::da_centesimi(75'49)) == "75,49%");
    CHECK(stringify(Percentuale::interi(100)) == "100%");
    CHECK(stringify(Importo::da_centesimi(1'969'129)) == "19.691,29 €");
    CHECK(stringify(-Importo::da_centesimi(50)) == "-0,50 €");
    CHECK(stringify(Decimale::interi(-18)) == "-18");
    CHECK(stringify(Decimale::da_testo("58.3").value()) == "58,3");
    CHECK(stringify(Decimale::da_milionesimi(1)) == "0,000001");
    CHECK(stringify(data("2023-12-31")) == "31.12.2023");

    CHECK(Catch::StringMaker<Punti>::convert(Punti::interi(97)) == "97,00");
    CHECK(Catch::StringMaker<Data>::convert(data("2024-01-01")) == "01.01.2024");
}

TEST_CASE("Catch2 prints their optionals: the value, or { } when empty") {
    using Catch::Detail::stringify;
    CHECK(stringify(std::optional<Punti>(Punti::interi(27))) == "27,00");
    CHECK(stringify(std::optional<Punti>()) == "{ }");
    CHECK(stringify(std::optional<Peso>(Peso::interi(6))) == "6");
    CHECK(stringify(std::optional<Percentuale>(Percentuale::interi(80))) == "80%");
    CHECK(stringify(std::optional<Importo>(Importo::euro(10'000))) == "10.000,00 €");
    CHECK(stringify(std::optional<Decimale>()) == "{ }");
    CHECK(stringify(std::optional<Data>(data("2024-06-15"))) == "15.06.2024");
    CHECK(Catch::StringMaker<std::optional<Percentuale>>::convert(std::nullopt) == "{ }");
}

TEST_CASE("a failing comparison shows the two values, in containers too") {
    CHECK(espansione(Punti::da_centesimi(96'50), Punti::interi(97)) == "96,50 == 97,00");
    CHECK(espansione(std::optional<Percentuale>(), std::optional<Percentuale>(Percentuale::interi(80))) ==
          "{ } == 80%");
    CHECK(Catch::Detail::stringify(std::vector<Importo>{Importo::euro(1), Importo::da_centesimi(5)}) ==
          "{ 1,00 €, 0,05 € }");
}
