// perfpa — VincoliFinanza: the legal financial constraints and their blocks.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_VINCOLI_FINANZA_HPP
#define PERFPA_MODEL_VINCOLI_FINANZA_HPP

#include <perfpa/opzionale.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <string>
#include <vector>

namespace perfpa {

/** Budget balances W1/W2/W3 (art. 1 c.821 L. 145/2018, DM 1/8/2019). */
struct EquilibriBilancio {
    Opzionale<int> anno;
    bool rispettato = false;
    Opzionale<Importo> w1_risultato_competenza;
    Opzionale<Importo> w2_equilibrio_bilancio;
    Opzionale<Importo> w3_equilibrio_complessivo;
    Opzionale<std::string> norma;
    friend bool operator==(const EquilibriBilancio&, const EquilibriBilancio&) = default;
};
BOOST_DESCRIBE_STRUCT(EquilibriBilancio, (),
                      (anno, rispettato, w1_risultato_competenza, w2_equilibrio_bilancio, w3_equilibrio_complessivo,
                       norma))

/** Staff-cost cap (art. 1 c.557 L. 296/2006). */
struct TettoSpesaPersonale {
    Opzionale<int> anno;
    bool rispettato = false;
    Opzionale<Importo> spesa;
    Opzionale<Importo> limite;
    Opzionale<std::string> norma;
    friend bool operator==(const TettoSpesaPersonale&, const TettoSpesaPersonale&) = default;
};
BOOST_DESCRIBE_STRUCT(TettoSpesaPersonale, (), (anno, rispettato, spesa, limite, norma))

/** Cap on the bonus fund (art. 23 c.2 D.Lgs. 75/2017). */
struct TettoSalarioAccessorio {
    Opzionale<int> anno;
    bool rispettato = false;
    Opzionale<Importo> importo;
    Opzionale<Importo> limite;
    Opzionale<std::string> norma;
    friend bool operator==(const TettoSalarioAccessorio&, const TettoSalarioAccessorio&) = default;
};
BOOST_DESCRIBE_STRUCT(TettoSalarioAccessorio, (), (anno, rispettato, importo, limite, norma))

/** The code of a structural-deficit parameter. */
enum class CodiceParametro { P1, P2, P3, P4, P5, P6, P7, P8 };
BOOST_DESCRIBE_ENUM(CodiceParametro, P1, P2, P3, P4, P5, P6, P7, P8)

/** One of the 8 parameters of structural deficit (art. 242 TUEL, DM 28/12/2018). */
struct ParametroDeficitarieta {
    CodiceParametro codice = CodiceParametro::P1;
    bool positivo = false;
    Opzionale<Decimale> valore;
    Opzionale<Decimale> soglia;
    Opzionale<std::string> descrizione;
    friend bool operator==(const ParametroDeficitarieta&, const ParametroDeficitarieta&) = default;
};
BOOST_DESCRIBE_STRUCT(ParametroDeficitarieta, (), (codice, positivo, valore, soglia, descrizione))

/** Payment times: ITP and/or the annual delay indicator, in days. */
struct TempiPagamento {
    Opzionale<int> anno;
    Opzionale<Decimale> indicatore_tempestivita_giorni;
    Opzionale<Decimale> indicatore_ritardo_giorni;
    friend bool operator==(const TempiPagamento&, const TempiPagamento&) = default;
};
BOOST_DESCRIBE_STRUCT(TempiPagamento, (), (anno, indicatore_tempestivita_giorni, indicatore_ritardo_giorni))

/**
 * Whether the payment times were not respected (rules.md,
 * TEMPI_PAGAMENTO_NON_RISPETTATI): the timeliness indicator (ITP) or the
 * delay indicator above 0 days. The check and the heads' withholding
 * (personale.md §6) both ask this.
 */
[[nodiscard]] inline bool pagamenti_in_ritardo(const TempiPagamento& t) noexcept {
    return (t.indicatore_tempestivita_giorni && *t.indicatore_tempestivita_giorni > Decimale{}) ||
           (t.indicatore_ritardo_giorni && *t.indicatore_ritardo_giorni > Decimale{});
}

/** The legal financial constraints; every block is optional. */
struct VincoliFinanza {
    Opzionale<int> anno_riferimento;
    Opzionale<EquilibriBilancio> equilibri_bilancio;
    Opzionale<TettoSpesaPersonale> tetto_spesa_personale;
    Opzionale<TettoSalarioAccessorio> tetto_salario_accessorio;
    Opzionale<std::vector<ParametroDeficitarieta>> parametri_deficitarieta;
    Opzionale<TempiPagamento> tempi_pagamento;
    friend bool operator==(const VincoliFinanza&, const VincoliFinanza&) = default;
};
BOOST_DESCRIBE_STRUCT(VincoliFinanza, (),
                      (anno_riferimento, equilibri_bilancio, tetto_spesa_personale, tetto_salario_accessorio,
                       parametri_deficitarieta, tempi_pagamento))

} // namespace perfpa

#endif
