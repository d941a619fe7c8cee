// perfpa — IndagineSoddisfazione: a citizens' satisfaction survey.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_INDAGINE_SODDISFAZIONE_HPP
#define PERFPA_MODEL_INDAGINE_SODDISFAZIONE_HPP

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

namespace perfpa {

/** A customer-satisfaction survey: method, respondents, outcomes, suggestions. */
struct IndagineSoddisfazione {
    std::string strumento;
    std::optional<std::string> finalita;
    std::optional<std::string> modalita;
    std::optional<std::string> intervistati;
    std::optional<std::string> esiti;
    std::optional<std::vector<std::string>> suggerimenti;
    friend bool operator==(const IndagineSoddisfazione&, const IndagineSoddisfazione&) = default;
};
BOOST_DESCRIBE_STRUCT(IndagineSoddisfazione, (), (strumento, finalita, modalita, intervistati, esiti, suggerimenti))

} // namespace perfpa

#endif
