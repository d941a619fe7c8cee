// perfpa — Relazione: the yearly performance report (art. 10 D.Lgs. 150/2009).
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_RELAZIONE_HPP
#define PERFPA_MODEL_RELAZIONE_HPP

#include <perfpa/model/anticorruzione.hpp>
#include <perfpa/model/atto.hpp>
#include <perfpa/model/controlli_interni.hpp>
#include <perfpa/model/ente.hpp>
#include <perfpa/model/indagine_soddisfazione.hpp>
#include <perfpa/model/performance_organizzativa.hpp>
#include <perfpa/model/settore.hpp>
#include <perfpa/model/trasparenza.hpp>
#include <perfpa/model/valutazione_ndv.hpp>
#include <perfpa/model/vincoli_finanza.hpp>
#include <perfpa/opzionale.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <vector>

namespace perfpa {

/** The `formato` of a Relazione document, version 1. */
inline constexpr const char* formato_relazione = "perfpa.relazione/1";

/**
 * A Relazione sulla Performance (or, without results, a Piano): `formato`,
 * `anno`, `ente` and `settori` are required, every other block optional.
 */
struct Relazione {
    std::string formato = formato_relazione;
    int anno = 0;
    Ente ente;
    Opzionale<Atto> approvazione;
    Opzionale<std::vector<Atto>> documenti_riferimento;
    std::vector<Settore> settori;
    Opzionale<PerformanceOrganizzativa> performance_organizzativa;
    Opzionale<VincoliFinanza> vincoli_finanza;
    Opzionale<Trasparenza> trasparenza;
    Opzionale<Anticorruzione> anticorruzione;
    Opzionale<ControlliInterni> controlli_interni;
    Opzionale<std::vector<IndagineSoddisfazione>> indagini_soddisfazione;
    Opzionale<ValutazioneNdV> valutazione_ndv;
    Opzionale<std::vector<ObiettivoStrategico>> obiettivi_strategici; ///< ciclo.md §1
    friend bool operator==(const Relazione&, const Relazione&) = default;
};
BOOST_DESCRIBE_STRUCT(Relazione, (),
                      (formato, anno, ente, approvazione, documenti_riferimento, settori, performance_organizzativa,
                       vincoli_finanza, trasparenza, anticorruzione, controlli_interni, indagini_soddisfazione,
                       valutazione_ndv, obiettivi_strategici))

} // namespace perfpa

#endif
