// perfpa — Catch2 prints perfpa's values as people write them, in Italian:
//
//     CHECK( p[0].totale == Punti::interi(97) )
//   with expansion:
//     96,50 == 97,00
//
// instead of `{?} == {?}`. Punti `96,50`, Peso `7,5`, Percentuale `75,49%`,
// Importo `19.691,29 €`, Decimale `-18`, `58,3`, Data `31.12.2023`; every
// perfpa::Opzionale (the model's optional members), and each std::optional
// of these values, as its value or `{ }` when empty (Catch2 prints other
// std::optionals only with CATCH_CONFIG_ENABLE_OPTIONAL_STRINGMAKER).
// Catch::StringMaker specialisations, so the library itself needs no
// <ostream>. Include it after Catch2 (v2's CATCH_CONFIG_MAIN must come first),
// in every test file that compares these values — best from the project's
// own Catch2 include header: a file without it prints `{?}`, and files of one
// program that disagree on a specialisation break the one-definition rule.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_TESTING_CATCH2_HPP
#define PERFPA_TESTING_CATCH2_HPP

#if __has_include(<catch2/catch_tostring.hpp>)
#include <catch2/catch_tostring.hpp> // Catch2 v3
#elif __has_include(<catch2/catch.hpp>)
#include <catch2/catch.hpp> // Catch2 v2, single header
#else
#error "perfpa/testing/catch2.hpp: Catch2 (v2 o v3) non trovato"
#endif

#include <perfpa/formato_italiano.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/values.hpp>

#include <optional>
#include <string>

namespace perfpa::detail {

// An optional value as Catch2 prints one: the value, or `{ }`.
template <class T, class O = std::optional<T>>
struct StampaOpzionale {
    static std::string convert(const O& v) {
        return v ? Catch::StringMaker<T>::convert(*v) : std::string("{ }");
    }
};

} // namespace perfpa::detail

namespace Catch {

/** `96,50`: always two decimals, as in a score table. */
template <>
struct StringMaker<perfpa::Punti> {
    static std::string convert(perfpa::Punti v) { return perfpa::formatta_punti(v); }
};
/** `6`, `7,5`, `4,44`. */
template <>
struct StringMaker<perfpa::Peso> {
    static std::string convert(perfpa::Peso v) { return perfpa::formatta_peso(v); }
};
/** `75,49%`, `100%`. */
template <>
struct StringMaker<perfpa::Percentuale> {
    static std::string convert(perfpa::Percentuale v) { return perfpa::formatta_percentuale(v); }
};
/** `19.691,29 €`, `-0,50 €`. */
template <>
struct StringMaker<perfpa::Importo> {
    static std::string convert(perfpa::Importo v) { return perfpa::formatta_importo(v); }
};
/** `-18`, `58,3`, `0,000001`. */
template <>
struct StringMaker<perfpa::Decimale> {
    static std::string convert(perfpa::Decimale v) { return perfpa::formatta_decimale(v); }
};
/** `31.12.2023`. */
template <>
struct StringMaker<perfpa::Data> {
    static std::string convert(perfpa::Data v) { return perfpa::formatta_data(v); }
};

/** An Opzionale of anything Catch2 prints: the value, or `{ }`. */
template <class T>
struct StringMaker<perfpa::Opzionale<T>> : perfpa::detail::StampaOpzionale<T, perfpa::Opzionale<T>> {};

// The std::optionals of perfpa's values: full specialisations, chosen over Catch2's own
// StringMaker<std::optional<T>> whether or not that one is enabled.
template <>
struct StringMaker<std::optional<perfpa::Punti>> : perfpa::detail::StampaOpzionale<perfpa::Punti> {};
template <>
struct StringMaker<std::optional<perfpa::Peso>> : perfpa::detail::StampaOpzionale<perfpa::Peso> {};
template <>
struct StringMaker<std::optional<perfpa::Percentuale>>
    : perfpa::detail::StampaOpzionale<perfpa::Percentuale> {};
template <>
struct StringMaker<std::optional<perfpa::Importo>> : perfpa::detail::StampaOpzionale<perfpa::Importo> {};
template <>
struct StringMaker<std::optional<perfpa::Decimale>> : perfpa::detail::StampaOpzionale<perfpa::Decimale> {};
template <>
struct StringMaker<std::optional<perfpa::Data>> : perfpa::detail::StampaOpzionale<perfpa::Data> {};

} // namespace Catch

#endif
