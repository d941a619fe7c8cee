#if __has_include(<catch2/catch_all.hpp>)
// Catch2 v3 brings its own main through Catch2::Catch2WithMain; this file
// then only provides nothing.
#else
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
#endif
