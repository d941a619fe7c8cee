// <perfpa/testing/catch2.hpp> with Catch2's own std::optional printer
// enabled: perfpa's specialisations still apply, with no conflict.
// (No other optional is printed in this file, so the two configurations of
// Catch2 in this executable never instantiate different printers.)
#define CATCH_CONFIG_ENABLE_OPTIONAL_STRINGMAKER
#include "catch2.hpp"

#include <perfpa/testing/catch2.hpp>

#include <optional>

TEST_CASE("with CATCH_CONFIG_ENABLE_OPTIONAL_STRINGMAKER, optionals print the same") {
    using Catch::Detail::stringify;
    CHECK(stringify(std::optional<perfpa::Punti>(perfpa::Punti::da_centesimi(27'50))) == "27,50");
    CHECK(stringify(std::optional<perfpa::Importo>()) == "{ }");
}
