// Includes Catch2 v3 when available, else Debian's v2 (single header), then
// perfpa's printers for its values: every test file sees the same
// Catch::StringMaker specialisations (one without them would print `{?}`,
// and two files disagreeing on a specialisation break the one-definition rule).
#ifndef PERFPA_TESTS_CATCH2_HPP
#define PERFPA_TESTS_CATCH2_HPP
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif
#include <perfpa/testing/catch2.hpp>
#endif
