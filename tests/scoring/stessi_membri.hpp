// Two values compared over their described members, recursively, naming the
// member that differs: a member added to a result and to its description is
// compared without another line (tests/scoring/riuso.cpp,
// tests/scoring/calcolatore_personale.cpp).
#ifndef PERFPA_TESTS_SCORING_STESSI_MEMBRI_HPP
#define PERFPA_TESTS_SCORING_STESSI_MEMBRI_HPP

#include "catch2.hpp"

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <string>
#include <type_traits>

namespace perfpa_test {

// Compares `a` and `b` over their described members, recursively, naming the
// member that differs (`obiettivi[1].grado.spiegazione`).
template <class T>
void stessi_membri(const T& a, const T& b, const std::string& nome) {
    if constexpr (boost::describe::has_describe_members<T>::value) {
        boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto m) {
            stessi_membri(a.*m.pointer, b.*m.pointer, nome + "." + m.name);
        });
    } else if constexpr (requires { a.size(); a[0]; typename T::value_type; } &&
                         !std::is_same_v<T, std::string>) {
        INFO(nome);
        REQUIRE(a.size() == b.size());
        for (std::size_t i = 0; i < a.size(); ++i) stessi_membri(a[i], b[i], nome + "[" + std::to_string(i) + "]");
    } else {
        INFO(nome);
        CHECK(a == b);
    }
}

} // namespace perfpa_test

#endif
