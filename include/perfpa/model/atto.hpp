// perfpa — Atto: an act or reference document (organ, number, date).
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_ATTO_HPP
#define PERFPA_MODEL_ATTO_HPP

#include <perfpa/values.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>

namespace perfpa {

/** An act (deliberation, decree) or a reference document with its act. */
struct Atto {
    std::optional<std::string> titolo;
    std::optional<std::string> organo; ///< e.g. "giunta", "consiglio"
    std::optional<std::string> numero;
    std::optional<Data> data;
    friend bool operator==(const Atto&, const Atto&) = default;
};
BOOST_DESCRIBE_STRUCT(Atto, (), (titolo, organo, numero, data))

} // namespace perfpa

#endif
