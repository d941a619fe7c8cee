// A bundled document of examples/data, decoded, for tests that need it
// valid: `documento<Relazione>("leverano-2023.json")`. A decoding error fails
// the test with the file's name and every error found.
#ifndef PERFPA_TESTS_DOCUMENTO_HPP
#define PERFPA_TESTS_DOCUMENTO_HPP

#include "catch2.hpp"
#include "leggi.hpp"

#include <perfpa/json/decodifica.hpp>

#include <string>
#include <utility>

namespace perfpa_test {

template <class T>
T documento(const char* nome) {
    auto x = perfpa::json::decodifica<T>(leggi_dati(nome));
    INFO(nome << ": " << (x ? std::string() : x.error().testo()));
    REQUIRE(x.has_value());
    return std::move(*x);
}

} // namespace perfpa_test

#endif
