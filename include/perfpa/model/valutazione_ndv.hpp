// perfpa — ValutazioneNdV: the evaluation body's validation and judgments.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_VALUTAZIONE_NDV_HPP
#define PERFPA_MODEL_VALUTAZIONE_NDV_HPP

#include <perfpa/opzionale.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace perfpa {

/** The evaluation body. */
enum class OrganoValutazione { nucleo_di_valutazione, oiv };
BOOST_DESCRIBE_ENUM(OrganoValutazione, nucleo_di_valutazione, oiv)

/** The outcome of the validation of the Relazione (art. 14 c.4 lett. c D.Lgs. 150/2009). */
enum class EsitoValidazione { validata, non_validata };
BOOST_DESCRIBE_ENUM(EsitoValidazione, validata, non_validata)

/** A judgment of the NdV on an area; `non_valutabile` leaves it out of the score. */
enum class Giudizio { pienamente_raggiunto, raggiunto, parzialmente_raggiunto, non_raggiunto, non_valutabile };
BOOST_DESCRIBE_ENUM(Giudizio, pienamente_raggiunto, raggiunto, parzialmente_raggiunto, non_raggiunto, non_valutabile)

/**
 * A judgment as people write it: `"pienamente raggiunto"`, …, `"non valutabile"`
 * (the explanations of the scores and the reports both use it).
 */
[[nodiscard]] constexpr std::string_view etichetta(Giudizio g) noexcept {
    switch (g) {
    case Giudizio::pienamente_raggiunto: return "pienamente raggiunto";
    case Giudizio::raggiunto: return "raggiunto";
    case Giudizio::parzialmente_raggiunto: return "parzialmente raggiunto";
    case Giudizio::non_raggiunto: return "non raggiunto";
    case Giudizio::non_valutabile: return "non valutabile";
    }
    return "";
}

/** The validation act. */
struct Validazione {
    EsitoValidazione esito = EsitoValidazione::validata;
    Opzionale<Data> data;
    friend bool operator==(const Validazione&, const Validazione&) = default;
};
BOOST_DESCRIBE_STRUCT(Validazione, (), (esito, data))

/** The NdV's judgment on an area (by id). */
struct GiudizioAmbito {
    std::string ambito;
    Opzionale<Giudizio> giudizio;
    Opzionale<std::string> commento;
    friend bool operator==(const GiudizioAmbito&, const GiudizioAmbito&) = default;
};
BOOST_DESCRIBE_STRUCT(GiudizioAmbito, (), (ambito, giudizio, commento))

/** Who gave an objective's degree (ciclo.md §9); absent means the NdV. */
enum class FonteGrado { ndv, responsabile, controllo_di_gestione };
BOOST_DESCRIBE_ENUM(FonteGrado, ndv, responsabile, controllo_di_gestione)

/** "attribuito dal responsabile (autovalutazione)": who gave a degree, after the degree. */
constexpr std::string_view descrizione_fonte(FonteGrado f) noexcept {
    switch (f) {
    case FonteGrado::responsabile: return "attribuito dal responsabile (autovalutazione)";
    case FonteGrado::controllo_di_gestione: return "attribuito dal controllo di gestione";
    default: return "attribuito dall'organo di valutazione";
    }
}

/** The NdV's evaluation of one objective: a degree, or a neutralisation with its reason. */
struct ValutazioneObiettivo {
    std::string obiettivo;
    Opzionale<Percentuale> grado_raggiungimento;
    Opzionale<bool> neutralizzato;
    Opzionale<std::string> motivazione;
    Opzionale<FonteGrado> fonte; ///< who gave the degree; absent: the NdV (ciclo.md §9)
    friend bool operator==(const ValutazioneObiettivo&, const ValutazioneObiettivo&) = default;
};
BOOST_DESCRIBE_STRUCT(ValutazioneObiettivo, (), (obiettivo, grado_raggiungimento, neutralizzato, motivazione, fonte))

/** The NdV's evaluation of a settore's head. */
struct ValutazioneIndividuale {
    std::string settore;
    Opzionale<std::vector<ValutazioneObiettivo>> obiettivi;
    Opzionale<Punti> comportamenti; ///< points out of the SMVP's weight for behaviours
    friend bool operator==(const ValutazioneIndividuale&, const ValutazioneIndividuale&) = default;
};
BOOST_DESCRIBE_STRUCT(ValutazioneIndividuale, (), (settore, obiettivi, comportamenti))

/** The evaluation body's part of the Relazione. */
struct ValutazioneNdV {
    OrganoValutazione organo = OrganoValutazione::nucleo_di_valutazione;
    Opzionale<Validazione> validazione;
    Opzionale<std::vector<GiudizioAmbito>> giudizi_ambiti;
    Opzionale<std::vector<ValutazioneIndividuale>> valutazioni_individuali;
    friend bool operator==(const ValutazioneNdV&, const ValutazioneNdV&) = default;
};
BOOST_DESCRIBE_STRUCT(ValutazioneNdV, (), (organo, validazione, giudizi_ambiti, valutazioni_individuali))

} // namespace perfpa

#endif
