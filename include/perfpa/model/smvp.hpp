// perfpa — Smvp: an ente's Sistema di Misurazione e Valutazione della Performance.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_SMVP_HPP
#define PERFPA_MODEL_SMVP_HPP

#include <perfpa/model/categoria.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/class.hpp>

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

/** A behaviour of the SMVP's catalogue, scored for each person (personale.md §2). */
struct Comportamento {
    std::string id;
    std::string descrizione;
    friend bool operator==(const Comportamento&, const Comportamento&) = default;
};
BOOST_DESCRIBE_STRUCT(Comportamento, (), (id, descrizione))

/** The scale of a behaviour's score: `minimo` < `massimo`. */
struct ScalaComportamenti {
    Punti minimo;
    Punti massimo;
    friend bool operator==(const ScalaComportamenti&, const ScalaComportamenti&) = default;
};
BOOST_DESCRIBE_STRUCT(ScalaComportamenti, (), (minimo, massimo))

/** The weight of one behaviour of the catalogue in a profile. */
struct PesoComportamento {
    std::string comportamento;
    Peso peso;
    friend bool operator==(const PesoComportamento&, const PesoComportamento&) = default;
};
BOOST_DESCRIBE_STRUCT(PesoComportamento, (), (comportamento, peso))

/**
 * How the people of some categories are scored: the weights of the three
 * components, the weights of the behaviours, and optionally bands of their
 * own (else the SMVP's).
 */
struct ProfiloSmvp {
    std::string id;
    std::vector<Categoria> categorie;
    PesiSmvp pesi;
    std::vector<PesoComportamento> pesi_comportamenti;
    Opzionale<std::vector<Fascia>> fasce;
    friend bool operator==(const ProfiloSmvp&, const ProfiloSmvp&) = default;
};
BOOST_DESCRIBE_STRUCT(ProfiloSmvp, (), (id, categorie, pesi, pesi_comportamenti, fasce))

/** An SMVP configuration (`perfpa.smvp/1`). */
struct Smvp {
    std::string formato = formato_smvp;
    Opzionale<std::string> denominazione;
    PesiSmvp pesi;
    GiudiziSmvp giudizi;
    Opzionale<Percentuale> soglia_minima_obiettivo; ///< absent means 0
    std::vector<Fascia> fasce;
    // The staff's evaluation (personale.md §2): without these blocks every
    // rule for the heads is unchanged, and no person can be scored.
    Opzionale<std::vector<Comportamento>> comportamenti;
    Opzionale<ScalaComportamenti> scala_comportamenti;
    Opzionale<int> giorni_minimi_valutazione;
    Opzionale<std::vector<ProfiloSmvp>> profili;
    friend bool operator==(const Smvp&, const Smvp&) = default;
};
BOOST_DESCRIBE_STRUCT(Smvp, (),
                      (formato, denominazione, pesi, giudizi, soglia_minima_obiettivo, fasce, comportamenti,
                       scala_comportamenti, giorni_minimi_valutazione, profili))

} // namespace perfpa

#endif
