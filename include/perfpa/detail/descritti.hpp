// perfpa — operations over a struct's members as BOOST_DESCRIBE_STRUCT lists
// them: a member added to the struct and to its description is covered
// without another line, so that state reused from one document to the next
// cannot keep a field of the previous one.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_DETAIL_DESCRITTI_HPP
#define PERFPA_DETAIL_DESCRITTI_HPP

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

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

} // namespace perfpa::detail

#endif
