// perfpa — the results of the year-over-year comparison (ciclo.md §5) as
// plain types, without the code that computes them (confronto/anni.hpp,
// confronto/vincoli.hpp): what DatiReport holds (report/dati.hpp), so that
// the declarations of the compiled part (perfpa/compilato.hpp) do not parse
// the checks and the scoring they compare with.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_CONFRONTO_DATI_HPP
#define PERFPA_CONFRONTO_DATI_HPP

#include <perfpa/opzionale.hpp>
#include <perfpa/rilievo.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <string>
#include <variant>
#include <vector>

namespace perfpa {

/** Which way a figure moved from last year to this year. */
enum class Tendenza { migliora, peggiora, stabile };
BOOST_DESCRIBE_ENUM(Tendenza, migliora, peggiora, stabile)

/**
 * One figure of a public-finance block in both years. `vincolo` is the
 * block's key (`equilibri_bilancio`, `tetto_spesa_personale`,
 * `tetto_salario_accessorio`, `parametri_deficitarieta`, `tempi_pagamento`),
 * `voce` the field (`rispettato`, `w3_equilibrio_complessivo`, …; for the
 * deficit parameters `parametri_positivi`, how many are positive). Values
 * are written the Italian way (nullopt: absent that year); `differenza` is
 * corrente − precedente, exact (an Importo for amounts); `tendenza` follows
 * the figure's better direction (`rispettato` sì, balances up, positive
 * parameters and payment days down) and is `stabile` for equal values,
 * nullopt for a figure with no better direction (a spending, a cap) that
 * changed. A pointer names the field on that side, or its block when the
 * block lacks the field, nullopt when the year has no such block.
 */
struct ConfrontoVincolo {
    std::string vincolo;
    std::string voce;
    Opzionale<std::string> precedente, corrente;
    Opzionale<std::variant<Importo, Decimale>> differenza;
    Opzionale<Tendenza> tendenza;
    Opzionale<std::string> percorso_precedente, percorso_corrente;
    friend bool operator==(const ConfrontoVincolo&, const ConfrontoVincolo&) = default;
};
BOOST_DESCRIBE_STRUCT(ConfrontoVincolo, (),
                      (vincolo, voce, precedente, corrente, differenza, tendenza, percorso_precedente,
                       percorso_corrente))

/**
 * An indicator found by its `codice` in both years: its realised values
 * (written the Italian way), the exact difference corrente − precedente for
 * numbers, and the trend: by `verso` for a quantity (nullopt when the two
 * years' `verso` differ), sì better than no for a binary one, `stabile` for
 * equal values, nullopt for texts that differ or a value missing.
 */
struct ConfrontoIndicatore {
    std::string codice;
    std::string descrizione;
    Opzionale<std::string> precedente, corrente;
    Opzionale<Decimale> differenza;
    Opzionale<Tendenza> tendenza;
    std::string percorso_precedente, percorso_corrente;
    friend bool operator==(const ConfrontoIndicatore&, const ConfrontoIndicatore&) = default;
};
BOOST_DESCRIBE_STRUCT(ConfrontoIndicatore, (),
                      (codice, descrizione, precedente, corrente, differenza, tendenza, percorso_precedente,
                       percorso_corrente))

/** An area found by id in both years: its degree in each (nullopt: none). */
struct ConfrontoAmbito {
    std::string ambito;
    Opzionale<Percentuale> precedente, corrente;
    Opzionale<Decimale> differenza;
    std::string percorso_precedente, percorso_corrente;
    friend bool operator==(const ConfrontoAmbito&, const ConfrontoAmbito&) = default;
};
BOOST_DESCRIBE_STRUCT(ConfrontoAmbito, (),
                      (ambito, precedente, corrente, differenza, percorso_precedente, percorso_corrente))

/** One year's score of a settore, in the comparison. */
struct PunteggioAnno {
    Opzionale<Punti> performance_organizzativa, obiettivi_individuali, comportamenti;
    Punti totale;
    std::string fascia;
    friend bool operator==(const PunteggioAnno&, const PunteggioAnno&) = default;
};
BOOST_DESCRIBE_STRUCT(PunteggioAnno, (),
                      (performance_organizzativa, obiettivi_individuali, comportamenti, totale, fascia))

/** A settore found by id in both years: its score in each and the difference of the totals. */
struct ConfrontoSettore {
    std::string settore;
    PunteggioAnno precedente, corrente;
    Decimale differenza; ///< corrente.totale − precedente.totale, in points
    std::string percorso_precedente, percorso_corrente;
    friend bool operator==(const ConfrontoSettore&, const ConfrontoSettore&) = default;
};
BOOST_DESCRIBE_STRUCT(ConfrontoSettore, (),
                      (settore, precedente, corrente, differenza, percorso_precedente, percorso_corrente))

/**
 * A finding by its identity across years: its code and what it is about —
 * `settore:ID`, `settore:ID/obiettivo:ID`, `ambito:ID`, or for other elements
 * the pointer itself (the same place in both years' documents).
 */
struct RilievoNegliAnni {
    std::string codice;
    std::string identita;
    Opzionale<Rilievo> precedente, corrente;
    friend bool operator==(const RilievoNegliAnni&, const RilievoNegliAnni&) = default;
};
BOOST_DESCRIBE_STRUCT(RilievoNegliAnni, (), (codice, identita, precedente, corrente))

/** confronta_anni's result. */
struct ConfrontoAnni {
    int anno_precedente = 0, anno_corrente = 0;
    std::vector<ConfrontoIndicatore> indicatori; ///< in the current year's document order
    std::vector<ConfrontoAmbito> ambiti;
    std::vector<ConfrontoSettore> settori;
    std::vector<RilievoNegliAnni> risolti, nuovi, persistenti;
    std::vector<ConfrontoVincolo> vincoli; ///< the public-finance figures, block by block (confronto/vincoli.hpp)
    friend bool operator==(const ConfrontoAnni&, const ConfrontoAnni&) = default;
};

} // namespace perfpa

#endif
