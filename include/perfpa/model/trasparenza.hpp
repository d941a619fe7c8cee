// perfpa — Trasparenza: publication obligations (D.Lgs. 33/2013).
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_TRASPARENZA_HPP
#define PERFPA_MODEL_TRASPARENZA_HPP

#include <perfpa/opzionale.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <vector>

namespace perfpa {

/** A publication obligation and whether it was monitored and fulfilled. */
struct ObbligoPubblicazione {
    std::string id;
    std::string denominazione;
    Opzionale<std::string> riferimento;
    bool monitorato = false;
    bool pubblicato = false;
    Opzionale<int> completezza;      ///< ANAC grid, 0–3
    Opzionale<int> aggiornamento;    ///< ANAC grid, 0–3
    Opzionale<int> apertura_formato; ///< ANAC grid, 0–3
    friend bool operator==(const ObbligoPubblicazione&, const ObbligoPubblicazione&) = default;
};
BOOST_DESCRIBE_STRUCT(ObbligoPubblicazione, (),
                      (id, denominazione, riferimento, monitorato, pubblicato, completezza, aggiornamento,
                       apertura_formato))

/** The transparency section. */
struct Trasparenza {
    std::vector<ObbligoPubblicazione> obblighi;
    friend bool operator==(const Trasparenza&, const Trasparenza&) = default;
};
BOOST_DESCRIBE_STRUCT(Trasparenza, (), (obblighi))

} // namespace perfpa

#endif
