// perfpa — Settore: a department, its head and its objectives.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_SETTORE_HPP
#define PERFPA_MODEL_SETTORE_HPP

#include <perfpa/model/obiettivo.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

namespace perfpa {

/** The head of a settore. */
struct Responsabile {
    std::string nome;
    std::optional<std::string> titolo; ///< "Dott.", "Ing.", …
    std::optional<std::string> ruolo;  ///< "Segretario Generale", …
    friend bool operator==(const Responsabile&, const Responsabile&) = default;
};
BOOST_DESCRIBE_STRUCT(Responsabile, (), (nome, titolo, ruolo))

/** A department with its head and objectives. */
struct Settore {
    std::string id;
    std::string denominazione;
    Responsabile responsabile;
    Peso peso; ///< declared weight of the individual objectives (e.g. 30/100)
    std::optional<int> anno_obiettivi; ///< the year printed on the settore's table
    std::optional<bool> gestisce_pagamenti;
    std::vector<Obiettivo> obiettivi;
    std::optional<std::vector<AmbitoSettore>> ambiti; ///< its own organisational areas (ciclo.md §6)
    friend bool operator==(const Settore&, const Settore&) = default;
};
BOOST_DESCRIBE_STRUCT(Settore, (), (id, denominazione, responsabile, peso, anno_obiettivi, gestisce_pagamenti, obiettivi,
                                       ambiti))

} // namespace perfpa

#endif
