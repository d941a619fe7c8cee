// perfpa — Indicatore: how an objective or an area is measured.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_INDICATORE_HPP
#define PERFPA_MODEL_INDICATORE_HPP

#include <perfpa/opzionale.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <string>
#include <variant>
#include <vector>

namespace perfpa {

/** How an indicator is measured. */
enum class Misura { binaria, quantitativa, qualitativa };
BOOST_DESCRIBE_ENUM(Misura, binaria, quantitativa, qualitativa)

/** Which direction is better for a quantitative indicator. */
enum class Verso { crescente, decrescente };
BOOST_DESCRIBE_ENUM(Verso, crescente, decrescente)

/**
 * An expected or achieved value: a boolean (`binaria`), an exact number
 * (`quantitativa`) or a text (`qualitativa`). In JSON: true/false, a
 * number, a string.
 */
using Valore = std::variant<bool, Decimale, std::string>;

/** A value in a given year: an indicator's baseline or one of its targets. */
struct ValoreAnnuale {
    int anno = 0;
    Valore valore;
    friend bool operator==(const ValoreAnnuale&, const ValoreAnnuale&) = default;
};
BOOST_DESCRIBE_STRUCT(ValoreAnnuale, (), (anno, valore))

/** An indicator with its expected and achieved values. */
struct Indicatore {
    std::string descrizione;
    Misura misura = Misura::qualitativa;
    Opzionale<Verso> verso; ///< absent means `crescente`
    Opzionale<std::string> unita;
    Opzionale<Valore> valore_atteso;
    Opzionale<Valore> valore_realizzato;
    Opzionale<Peso> peso; ///< weight inside its objective; absent means 1
    Opzionale<Decimale> soglia_legale;
    Opzionale<std::string> norma;
    Opzionale<std::string> codice; ///< stable across years, e.g. "RD-PERC"
    Opzionale<std::string> fonte;
    Opzionale<std::string> formula;
    Opzionale<Decimale> numeratore;
    Opzionale<Decimale> denominatore;
    Opzionale<ValoreAnnuale> baseline;
    Opzionale<std::vector<ValoreAnnuale>> target_pluriennali;
    friend bool operator==(const Indicatore&, const Indicatore&) = default;
};
BOOST_DESCRIBE_STRUCT(Indicatore, (),
                      (descrizione, misura, verso, unita, valore_atteso, valore_realizzato, peso, soglia_legale,
                       norma, codice, fonte, formula, numeratore, denominatore, baseline, target_pluriennali))

} // namespace perfpa

#endif
