// perfpa — Obiettivo: an objective with its weight, deadline and indicators.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_OBIETTIVO_HPP
#define PERFPA_MODEL_OBIETTIVO_HPP

#include <perfpa/model/ciclo.hpp>
#include <perfpa/model/indicatore.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <string>
#include <vector>

namespace perfpa {

/** Whether an objective is individual or organisational (scoring ignores it). */
enum class TipoObiettivo { individuale, organizzativo };
BOOST_DESCRIBE_ENUM(TipoObiettivo, individuale, organizzativo)

/** The nature of an objective. */
enum class NaturaObiettivo { strategico, di_processo, di_sviluppo };
BOOST_DESCRIBE_ENUM(NaturaObiettivo, strategico, di_processo, di_sviluppo)

/** An objective assigned to a settore. */
struct Obiettivo {
    std::string id;
    std::string descrizione;
    Opzionale<TipoObiettivo> tipo; ///< absent means `individuale`
    Opzionale<NaturaObiettivo> natura;
    Peso peso;
    Opzionale<Data> data_fine_prevista;
    Opzionale<Data> data_conclusione;
    Opzionale<bool> tempi_pagamento; ///< the objective is on respecting payment times
    Opzionale<std::string> note;
    std::vector<Indicatore> indicatori;
    Opzionale<std::string> obiettivo_strategico; ///< the id of the strategic objective it comes down from
    Opzionale<std::string> trasversale;          ///< an id common to the copies in several settori
    Opzionale<Rimodulazione> rimodulazione;      ///< the plan's formal amendment of this objective
    Opzionale<Punti> punti_dichiarati; ///< the points the document prints for it (ciclo.md §7)
    Opzionale<std::string> gruppo;     ///< the id of its group in the settore's `gruppi` (ciclo.md §8)
    friend bool operator==(const Obiettivo&, const Obiettivo&) = default;
};
BOOST_DESCRIBE_STRUCT(Obiettivo, (),
                      (id, descrizione, tipo, natura, peso, data_fine_prevista, data_conclusione, tempi_pagamento,
                       note, indicatori, obiettivo_strategico, trasversale, rimodulazione, punti_dichiarati, gruppo))

} // namespace perfpa

#endif
