// perfpa — Atto: an act or reference document (organ, number, date).
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_ATTO_HPP
#define PERFPA_MODEL_ATTO_HPP

#include <perfpa/opzionale.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/class.hpp>

#include <string>

namespace perfpa {

/** An act (deliberation, decree) or a reference document with its act. */
struct Atto {
    Opzionale<std::string> titolo;
    Opzionale<std::string> organo; ///< e.g. "giunta", "consiglio"
    Opzionale<std::string> numero;
    Opzionale<Data> data;
    friend bool operator==(const Atto&, const Atto&) = default;
};
BOOST_DESCRIBE_STRUCT(Atto, (), (titolo, organo, numero, data))

} // namespace perfpa

#endif
