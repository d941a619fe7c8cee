// perfpa — Anticorruzione: PTPCT measures (L. 190/2012).
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_ANTICORRUZIONE_HPP
#define PERFPA_MODEL_ANTICORRUZIONE_HPP

#include <perfpa/opzionale.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <vector>

namespace perfpa {

/** An anti-corruption measure with its target and whether it was carried out. */
struct MisuraAnticorruzione {
    std::string id;
    std::string descrizione;
    Percentuale valore_atteso;
    Opzionale<Percentuale> valore_realizzato;
    bool attuata = false;
    Opzionale<std::string> azioni_svolte;
    friend bool operator==(const MisuraAnticorruzione&, const MisuraAnticorruzione&) = default;
};
BOOST_DESCRIBE_STRUCT(MisuraAnticorruzione, (),
                      (id, descrizione, valore_atteso, valore_realizzato, attuata, azioni_svolte))

/** The anti-corruption section. */
struct Anticorruzione {
    Opzionale<std::string> piano;
    std::vector<MisuraAnticorruzione> misure;
    friend bool operator==(const Anticorruzione&, const Anticorruzione&) = default;
};
BOOST_DESCRIBE_STRUCT(Anticorruzione, (), (piano, misure))

} // namespace perfpa

#endif
