// perfpa — IndagineSoddisfazione: a citizens' satisfaction survey.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_INDAGINE_SODDISFAZIONE_HPP
#define PERFPA_MODEL_INDAGINE_SODDISFAZIONE_HPP

#include <perfpa/opzionale.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <vector>

namespace perfpa {

/** A customer-satisfaction survey: method, respondents, outcomes, suggestions. */
struct IndagineSoddisfazione {
    std::string strumento;
    Opzionale<std::string> finalita;
    Opzionale<std::string> modalita;
    Opzionale<std::string> intervistati;
    Opzionale<std::string> esiti;
    Opzionale<std::vector<std::string>> suggerimenti;
    friend bool operator==(const IndagineSoddisfazione&, const IndagineSoddisfazione&) = default;
};
BOOST_DESCRIBE_STRUCT(IndagineSoddisfazione, (), (strumento, finalita, modalita, intervistati, esiti, suggerimenti))

} // namespace perfpa

#endif
