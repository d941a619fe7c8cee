// perfpa — Smvp: an ente's Sistema di Misurazione e Valutazione della Performance.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_SMVP_HPP
#define PERFPA_MODEL_SMVP_HPP

#include <perfpa/values.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

namespace perfpa {

/** The `formato` of an SMVP document, version 1. */
inline constexpr const char* formato_smvp = "perfpa.smvp/1";

/** The weights of the three components; they sum to 100. */
struct PesiSmvp {
    Punti performance_organizzativa;
    Punti obiettivi_individuali;
    Punti comportamenti;
    friend bool operator==(const PesiSmvp&, const PesiSmvp&) = default;
};
BOOST_DESCRIBE_STRUCT(PesiSmvp, (), (performance_organizzativa, obiettivi_individuali, comportamenti))

/** The degree of achievement (percent) each NdV judgment stands for. */
struct GiudiziSmvp {
    Percentuale pienamente_raggiunto;
    Percentuale raggiunto;
    Percentuale parzialmente_raggiunto;
    Percentuale non_raggiunto;
    friend bool operator==(const GiudiziSmvp&, const GiudiziSmvp&) = default;
};
BOOST_DESCRIBE_STRUCT(GiudiziSmvp, (), (pienamente_raggiunto, raggiunto, parzialmente_raggiunto, non_raggiunto))

/** A band of the total score: from `da` up, with its share of the bonus. */
struct Fascia {
    std::string nome;
    Punti da;
    Percentuale quota_premio;
    friend bool operator==(const Fascia&, const Fascia&) = default;
};
BOOST_DESCRIBE_STRUCT(Fascia, (), (nome, da, quota_premio))

/** An SMVP configuration (`perfpa.smvp/1`). */
struct Smvp {
    std::string formato = formato_smvp;
    std::optional<std::string> denominazione;
    PesiSmvp pesi;
    GiudiziSmvp giudizi;
    std::optional<Percentuale> soglia_minima_obiettivo; ///< absent means 0
    std::vector<Fascia> fasce;
    friend bool operator==(const Smvp&, const Smvp&) = default;
};
BOOST_DESCRIBE_STRUCT(Smvp, (), (formato, denominazione, pesi, giudizi, soglia_minima_obiettivo, fasce))

} // namespace perfpa

#endif
