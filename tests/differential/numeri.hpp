// perfpa tests — a walk over every number of a model, for the tests that
// plant values in generated models (modello_completo.cpp, estremi.cpp).
#ifndef PERFPA_TESTS_PERF_NUMERI_HPP
#define PERFPA_TESTS_PERF_NUMERI_HPP

#include <perfpa/detail/tratti.hpp>
#include <perfpa/model.hpp>
#include <perfpa/model/vincoli.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <type_traits>
#include <variant>

namespace perfpa::test {

// Calls f(x) on every number x of v, in document order: each hundredths
// (Peso, Percentuale, Punti), Importo, Decimale and int, through optionals,
// vectors, the alternatives of a Valore and the members of described structs.
template <class T, class F>
void per_ogni_numero(T& v, F& f) {
    if constexpr (perfpa::detail::e_centesimi<T>::value || std::is_same_v<T, Importo> ||
                  std::is_same_v<T, Decimale> || std::is_same_v<T, int>) {
        f(v);
    } else if constexpr (std::is_same_v<T, Valore>) {
        std::visit([&](auto& x) { per_ogni_numero(x, f); }, v);
    } else if constexpr (perfpa::detail::e_opzionale<T>::value) {
        if (v) per_ogni_numero(*v, f);
    } else if constexpr (perfpa::detail::e_vettore<T>::value) {
        for (auto& x : v) per_ogni_numero(x, f);
    } else if constexpr (boost::describe::has_describe_members<T>::value) {
        boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
            [&](auto D) { per_ogni_numero(v.*D.pointer, f); });
    }
}

} // namespace perfpa::test

#endif
