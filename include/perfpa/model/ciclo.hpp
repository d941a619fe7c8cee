// perfpa — the cycle over the years (spec ciclo.md §1, §2, §4, §6): strategic
// objectives, the amendment of a planned objective, a settore's own areas.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_CICLO_HPP
#define PERFPA_MODEL_CICLO_HPP

#include <perfpa/model/atto.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/class.hpp>

#include <string>

namespace perfpa {

/** A strategic objective (DUP, PIAO) the objectives come down from. */
struct ObiettivoStrategico {
    std::string id;
    std::string descrizione;
    Opzionale<std::string> missione;     ///< the DUP mission, e.g. "01"
    Opzionale<std::string> programma;    ///< e.g. "01.02"
    Opzionale<std::string> sezione_piao; ///< the PIAO section it belongs to
    friend bool operator==(const ObiettivoStrategico&, const ObiettivoStrategico&) = default;
};
BOOST_DESCRIBE_STRUCT(ObiettivoStrategico, (), (id, descrizione, missione, programma, sezione_piao))

/** The formal amendment of a planned objective during the year. */
struct Rimodulazione {
    Atto atto;
    std::string motivazione;
    friend bool operator==(const Rimodulazione&, const Rimodulazione&) = default;
};
BOOST_DESCRIBE_STRUCT(Rimodulazione, (), (atto, motivazione))

/** An area of organisational performance a settore answers for, with its weight. */
struct AmbitoSettore {
    std::string ambito;
    Peso peso;
    friend bool operator==(const AmbitoSettore&, const AmbitoSettore&) = default;
};
BOOST_DESCRIBE_STRUCT(AmbitoSettore, (), (ambito, peso))

} // namespace perfpa

#endif
