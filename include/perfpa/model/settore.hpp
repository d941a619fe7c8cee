// perfpa — Settore: a department, its head and its objectives.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_SETTORE_HPP
#define PERFPA_MODEL_SETTORE_HPP

#include <perfpa/model/obiettivo.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <vector>

namespace perfpa {

/** The head of a settore. */
struct Responsabile {
    std::string nome;
    Opzionale<std::string> titolo; ///< "Dott.", "Ing.", …
    Opzionale<std::string> ruolo;  ///< "Segretario Generale", …
    friend bool operator==(const Responsabile&, const Responsabile&) = default;
};
BOOST_DESCRIBE_STRUCT(Responsabile, (), (nome, titolo, ruolo))

/** The figures a document prints for a settore's score (ciclo.md §7), each optional. */
struct PunteggiDichiarati {
    Opzionale<Punti> performance_organizzativa;
    Opzionale<Punti> obiettivi_individuali;
    Opzionale<Punti> comportamenti;
    Opzionale<Punti> totale;
    friend bool operator==(const PunteggiDichiarati&, const PunteggiDichiarati&) = default;
};
BOOST_DESCRIBE_STRUCT(PunteggiDichiarati, (), (performance_organizzativa, obiettivi_individuali, comportamenti, totale))

/** A group of a settore's objectives under a cap ("obiettivi gestionali fino a 20 punti"; ciclo.md §8). */
struct GruppoObiettivi {
    std::string id;
    std::string denominazione;
    Peso peso_massimo; ///< the group's objectives' weights sum to it
    friend bool operator==(const GruppoObiettivi&, const GruppoObiettivi&) = default;
};
BOOST_DESCRIBE_STRUCT(GruppoObiettivi, (), (id, denominazione, peso_massimo))

/** A department with its head and objectives. */
struct Settore {
    std::string id;
    std::string denominazione;
    Responsabile responsabile;
    Peso peso; ///< declared weight of the individual objectives (e.g. 30/100)
    Opzionale<int> anno_obiettivi; ///< the year printed on the settore's table
    Opzionale<bool> gestisce_pagamenti;
    std::vector<Obiettivo> obiettivi;
    Opzionale<std::vector<AmbitoSettore>> ambiti; ///< its own organisational areas (ciclo.md §6)
    Opzionale<PunteggiDichiarati> punteggi_dichiarati; ///< as the document prints them (ciclo.md §7)
    Opzionale<Percentuale> grado_dichiarato;            ///< the printed degree of its objectives (ciclo.md §7)
    Opzionale<std::vector<GruppoObiettivi>> gruppi;     ///< groups of objectives with caps (ciclo.md §8)
    friend bool operator==(const Settore&, const Settore&) = default;
};
BOOST_DESCRIBE_STRUCT(Settore, (), (id, denominazione, responsabile, peso, anno_obiettivi, gestisce_pagamenti, obiettivi,
                                    ambiti, punteggi_dichiarati, grado_dichiarato, gruppi))

} // namespace perfpa

#endif
