// perfpa — Personale: the staff document (`perfpa.personale/1`), every
// employee's assignments, objectives, behaviours and evaluation.
// Individual evaluations are personal data: they live here, never in the
// Relazione, which is published.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_PERSONALE_HPP
#define PERFPA_MODEL_PERSONALE_HPP

#include <perfpa/model/categoria.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <string>
#include <vector>

namespace perfpa {

/** The `formato` of a staff document, version 1. */
inline constexpr const char* formato_personale = "perfpa.personale/1";

/** A period a person worked in a settore (an id of the Relazione's settori), `dal` ≤ `al`, both included. */
struct AssegnazioneDipendente {
    std::string settore;
    Data dal;
    Data al;
    friend bool operator==(const AssegnazioneDipendente&, const AssegnazioneDipendente&) = default;
};
BOOST_DESCRIBE_STRUCT(AssegnazioneDipendente, (), (settore, dal, al))

/**
 * An objective of a person, in one of two forms (exactly one; the decoder
 * refuses a mix): the person's **own** objective (`id`, `descrizione`,
 * `peso` and, once evaluated, `grado_raggiungimento`), or a **reference**
 * to an objective of the Relazione (`obiettivo`, its id, and `peso`), whose
 * degree is the Relazione's.
 */
struct ObiettivoDipendente {
    Opzionale<std::string> id;          ///< own objective
    Opzionale<std::string> descrizione; ///< own objective
    Opzionale<std::string> obiettivo;   ///< reference to an objective of the Relazione
    Peso peso;
    Opzionale<Percentuale> grado_raggiungimento; ///< own objective, given by the evaluator
    /** Whether this entry refers to an objective of the Relazione. */
    [[nodiscard]] bool riferimento() const noexcept { return obiettivo.has_value(); }
    friend bool operator==(const ObiettivoDipendente&, const ObiettivoDipendente&) = default;
};
BOOST_DESCRIBE_STRUCT(ObiettivoDipendente, (), (id, descrizione, obiettivo, peso, grado_raggiungimento))

/** A behaviour's score (an id of the SMVP's catalogue), in points on the SMVP's scale. */
struct PunteggioComportamento {
    std::string comportamento;
    Punti punteggio;
    friend bool operator==(const PunteggioComportamento&, const PunteggioComportamento&) = default;
};
BOOST_DESCRIBE_STRUCT(PunteggioComportamento, (), (comportamento, punteggio))

/** Who evaluated the person, and when. */
struct ValutazioneDipendente {
    std::string valutatore;
    Opzionale<Data> data;
    friend bool operator==(const ValutazioneDipendente&, const ValutazioneDipendente&) = default;
};
BOOST_DESCRIBE_STRUCT(ValutazioneDipendente, (), (valutatore, data))

/** The person's own scores of their behaviours: shown beside the evaluator's, never scored. */
struct Autovalutazione {
    std::vector<PunteggioComportamento> comportamenti;
    friend bool operator==(const Autovalutazione&, const Autovalutazione&) = default;
};
BOOST_DESCRIBE_STRUCT(Autovalutazione, (), (comportamenti))

/** The state of a review. */
enum class StatoContraddittorio { aperto, concluso };
BOOST_DESCRIBE_ENUM(StatoContraddittorio, aperto, concluso)

/** A degree revised by a concluded review: of an own objective (`id`) or of a reference (`obiettivo`), exactly one. */
struct RevisioneObiettivo {
    Opzionale<std::string> id;
    Opzionale<std::string> obiettivo;
    Percentuale grado_raggiungimento;
    friend bool operator==(const RevisioneObiettivo&, const RevisioneObiettivo&) = default;
};
BOOST_DESCRIBE_STRUCT(RevisioneObiettivo, (), (id, obiettivo, grado_raggiungimento))

/**
 * The review the person asked for (art. 7 c.3 lett. b D.Lgs. 150/2009).
 * When `concluso`, its values replace the evaluator's for those entries;
 * an `aperto` one carries none yet.
 */
struct Contraddittorio {
    StatoContraddittorio stato = StatoContraddittorio::aperto;
    Opzionale<Data> data;
    Opzionale<std::vector<RevisioneObiettivo>> obiettivi;
    Opzionale<std::vector<PunteggioComportamento>> comportamenti;
    friend bool operator==(const Contraddittorio&, const Contraddittorio&) = default;
};
BOOST_DESCRIBE_STRUCT(Contraddittorio, (), (stato, data, obiettivi, comportamenti))

/** An employee and their evaluation of the year. */
struct Dipendente {
    std::string id;                  ///< unique in the document; a staff number or a pseudonym
    Opzionale<std::string> nome; ///< absent in a pseudonymised document
    Categoria categoria = Categoria::operatore;
    Opzionale<Percentuale> part_time; ///< percent of full time, > 0; absent means 100
    std::vector<AssegnazioneDipendente> assegnazioni;
    Opzionale<std::vector<ObiettivoDipendente>> obiettivi; ///< absent: the settori's achievement
    Opzionale<std::vector<PunteggioComportamento>> comportamenti;
    Opzionale<ValutazioneDipendente> valutazione;
    Opzionale<Autovalutazione> autovalutazione;
    Opzionale<Contraddittorio> contraddittorio;
    friend bool operator==(const Dipendente&, const Dipendente&) = default;
};
BOOST_DESCRIBE_STRUCT(Dipendente, (),
                      (id, nome, categoria, part_time, assegnazioni, obiettivi, comportamenti, valutazione,
                       autovalutazione, contraddittorio))

/** A staff document (`perfpa.personale/1`): the people of an ente evaluated for one year. */
struct Personale {
    std::string formato = formato_personale;
    int anno = 0;
    std::string ente; ///< the ente's name
    std::vector<Dipendente> dipendenti;
    friend bool operator==(const Personale&, const Personale&) = default;
};
BOOST_DESCRIBE_STRUCT(Personale, (), (formato, anno, ente, dipendenti))

} // namespace perfpa

#endif
