// perfpa — CriteriPremi: the criteria of the decentralised agreement (CCDI)
// for splitting the fund for individual performance (`perfpa.criteri_premi/1`,
// personale.md §4 and §6): the fund, the threshold of a positive
// evaluation, the category parameters, the art. 81 increase and the heads'
// payment-time withholding.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_CRITERI_PREMI_HPP
#define PERFPA_MODEL_CRITERI_PREMI_HPP

#include <perfpa/model/categoria.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <vector>

namespace perfpa {

/** The `formato` of a criteria document, version 1. */
inline constexpr const char* formato_criteri_premi = "perfpa.criteri_premi/1";

/** The legal reference of the increase for the best rated, and of its minimum of 30 %. */
inline constexpr const char* norma_maggiorazione = "art. 81 c.2 CCNL Funzioni Locali 16.11.2022";

/** The smallest `percentuale` of the increase the contract allows, in hundredths. */
inline constexpr std::int64_t percentuale_minima_maggiorazione = 30'00;

/** The smallest share of a head's bonus tied to payment times, in hundredths (art. 4-bis c.2 D.L. 13/2023). */
inline constexpr std::int64_t decurtazione_minima_tempi_pagamento = 30'00;

/** The largest category parameter accepted: far above any agreement's, and it keeps every weight in 64 bits. */
inline constexpr std::int64_t parametro_massimo = 100'00;

/** The parameter of a category (> 0, at most 2 decimals); a category not listed has parameter 1. */
struct ParametroCategoria {
    Categoria categoria = Categoria::operatore;
    Peso parametro;
    friend bool operator==(const ParametroCategoria&, const ParametroCategoria&) = default;
};
BOOST_DESCRIBE_STRUCT(ParametroCategoria, (), (categoria, parametro))

/**
 * The increase for the best rated (art. 81 CCNL 16.11.2022): `percentuale`
 * (≥ 30) of the mean base premio, for at most `quota_massima` percent
 * (> 0) of the positively evaluated staff.
 */
struct Maggiorazione {
    Percentuale percentuale;
    Percentuale quota_massima;
    friend bool operator==(const Maggiorazione&, const Maggiorazione&) = default;
};
BOOST_DESCRIBE_STRUCT(Maggiorazione, (), (percentuale, quota_massima))

/** A criteria document (`perfpa.criteri_premi/1`). */
struct CriteriPremi {
    std::string formato = formato_criteri_premi;
    Opzionale<std::string> denominazione;
    Importo fondo;                    ///< ≥ 0
    Punti soglia_valutazione_positiva; ///< a total at or above it is a positive evaluation
    Opzionale<std::vector<ParametroCategoria>> parametri_categoria;
    Opzionale<Maggiorazione> maggiorazione;
    /** The heads' share withheld for late payments (percent, ≥ 30; personale.md §6); absent: none. */
    Opzionale<Percentuale> decurtazione_tempi_pagamento;
    friend bool operator==(const CriteriPremi&, const CriteriPremi&) = default;
};
BOOST_DESCRIBE_STRUCT(CriteriPremi, (),
                      (formato, denominazione, fondo, soglia_valutazione_positiva, parametri_categoria, maggiorazione,
                       decurtazione_tempi_pagamento))

} // namespace perfpa

#endif
