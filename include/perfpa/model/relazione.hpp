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

#include <boost/describe/class.hpp>

#include <optional>
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
    std::optional<Atto> approvazione;
    std::optional<std::vector<Atto>> documenti_riferimento;
    std::vector<Settore> settori;
    std::optional<PerformanceOrganizzativa> performance_organizzativa;
    std::optional<VincoliFinanza> vincoli_finanza;
    std::optional<Trasparenza> trasparenza;
    std::optional<Anticorruzione> anticorruzione;
    std::optional<ControlliInterni> controlli_interni;
    std::optional<std::vector<IndagineSoddisfazione>> indagini_soddisfazione;
    std::optional<ValutazioneNdV> valutazione_ndv;
    std::optional<std::vector<ObiettivoStrategico>> obiettivi_strategici; ///< ciclo.md §1
    friend bool operator==(const Relazione&, const Relazione&) = default;
};
BOOST_DESCRIBE_STRUCT(Relazione, (),
                      (formato, anno, ente, approvazione, documenti_riferimento, settori, performance_organizzativa,
                       vincoli_finanza, trasparenza, anticorruzione, controlli_interni, indagini_soddisfazione,
                       valutazione_ndv, obiettivi_strategici))

} // namespace perfpa

#endif
