// perfpa — operations over a struct's members as BOOST_DESCRIBE_STRUCT lists
// them: a member added to the struct and to its description is covered
// without another line, so that state reused from one document to the next
// cannot keep a field of the previous one.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_DETAIL_DESCRITTI_HPP
#define PERFPA_DETAIL_DESCRITTI_HPP

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <type_traits>
#include <utility>

namespace perfpa::detail {

/** Swaps two values member by member (a string's swap keeps both buffers). */
template <class T>
void scambia_membri(T& a, T& b) noexcept {
    using Membri = boost::describe::describe_members<T, boost::describe::mod_public>;
    static_assert(boost::mp11::mp_size<Membri>::value != 0, "scambia_membri: T has no described members");
    boost::mp11::mp_for_each<Membri>([&](auto m) {
        using std::swap;
        swap(a.*m.pointer, b.*m.pointer);
    });
}

/**
 * Puts every described member of `x` back to its value in a new T, keeping
 * what its strings and lists have allocated: a string or a list is emptied
 * (a new T's are empty), a described struct is reset member by member, any
 * other member is copied from a value-initialised T (so that a default
 * member initialiser counts). Used where a value is reused from one
 * document to the next: a member added to T and to its description is
 * reset without another line (tests/scoring/riuso.cpp).
 */
template <class T>
void azzera_membri(T& x) {
    using Membri = boost::describe::describe_members<T, boost::describe::mod_public>;
    static_assert(boost::mp11::mp_size<Membri>::value != 0, "azzera_membri: T has no described members");
    static const T nuovo{};
    boost::mp11::mp_for_each<Membri>([&](auto m) {
        auto& v = x.*m.pointer;
        using V = std::remove_cvref_t<decltype(v)>;
        if constexpr (requires { v.clear(); v.capacity(); })
            v.clear();
        else if constexpr (boost::describe::has_describe_members<V>::value)
            azzera_membri(v);
        else
            v = nuovo.*m.pointer;
    });
}

} // namespace perfpa::detail

#endif
