// Includes Catch2 v3 when available, else Debian's v2 (single header).
#ifndef PERFPA_TESTS_CATCH2_HPP
#define PERFPA_TESTS_CATCH2_HPP
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif
#endif
