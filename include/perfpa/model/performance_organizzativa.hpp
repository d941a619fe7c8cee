// perfpa — PerformanceOrganizzativa and its areas (Ambito).
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_PERFORMANCE_ORGANIZZATIVA_HPP
#define PERFPA_MODEL_PERFORMANCE_ORGANIZZATIVA_HPP

#include <perfpa/model/indicatore.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <vector>

namespace perfpa {

/** An area of organisational performance. */
struct Ambito {
    std::string id;
    std::string denominazione;
    Opzionale<std::string> descrizione;
    Opzionale<std::string> informazioni_acquisite;
    Opzionale<std::vector<Indicatore>> indicatori;
    friend bool operator==(const Ambito&, const Ambito&) = default;
};
BOOST_DESCRIBE_STRUCT(Ambito, (), (id, denominazione, descrizione, informazioni_acquisite, indicatori))

/** The organisational performance: its weight, the value achieved, the areas. */
struct PerformanceOrganizzativa {
    Opzionale<Punti> peso;
    Opzionale<Punti> valore_realizzato;
    Opzionale<std::vector<Ambito>> ambiti;
    friend bool operator==(const PerformanceOrganizzativa&, const PerformanceOrganizzativa&) = default;
};
BOOST_DESCRIBE_STRUCT(PerformanceOrganizzativa, (), (peso, valore_realizzato, ambiti))

} // namespace perfpa

#endif
