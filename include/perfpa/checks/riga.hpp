// perfpa — one row of the catalogue of checks (`Controllo`) and its
// description (`VoceCatalogo`), apart from the checks themselves: the types
// an ente's own rows are written with, for headers that only pass rows
// along (report/dati.hpp, perfpa/compilato.hpp).
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_CHECKS_RIGA_HPP
#define PERFPA_CHECKS_RIGA_HPP

#include <perfpa/rilievo.hpp>

#include <string_view>

namespace perfpa {

struct IngressoControllo; // checks/controllo.hpp
class Rilevatore;         // checks/controllo.hpp

/** The row of the catalogue a check belongs to: its code, severity and default legal reference. */
struct VoceCatalogo {
    std::string_view codice;
    Gravita gravita;
    std::string_view norma;
};

/** A check: reads the input, reports through the collector. Pure. */
using FunzioneControllo = void (*)(const IngressoControllo&, Rilevatore&);

/** One row of the catalogue of rules.md, Checks. */
struct Controllo {
    VoceCatalogo voce;
    bool richiede_smvp;      ///< *SMVP*: runs only when an SMVP is given
    bool solo_enti_locali;   ///< *locale*: silent unless `ente_locale(ente)`
    FunzioneControllo esegui;
};

} // namespace perfpa

#endif
