// perfpa — the legal references, once: the rows of the check catalogues
// (checks/catalogo.hpp, checks/personale.hpp), the checks whose reference
// depends on the document (the year, the ente's size, the block's own
// `norma`), the report's table of financial constraints (report/prepara.hpp)
// and the refusals of the staff's split (scoring/premi_personale.hpp) all
// read them here. It sits just above the model (it reads a Relazione's year),
// below the scores and the checks.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_NORME_HPP
#define PERFPA_NORME_HPP

#include <perfpa/model/relazione.hpp>
#include <perfpa/opzionale.hpp>

#include <string>
#include <string_view>

namespace perfpa::norme {

inline constexpr std::string_view validazione_ndv = "art. 14 c.4 lett. c D.Lgs. 150/2009";
inline constexpr std::string_view obiettivi_misurabili = "art. 5 c.2 D.Lgs. 150/2009";
/// The balance of local enti from 2019 (art. 1 c.821 L. 145/2018: W1 ≥ 0).
inline constexpr std::string_view equilibri_bilancio = "art. 1 c.821 L. 145/2018";
/// The balance before 2019: the pareggio di bilancio of L. 243/2012 and its rules for 2017–2018.
inline constexpr std::string_view equilibri_bilancio_prima_del_2019 = "art. 9 L. 243/2012; art. 1 c.463 ss. L. 232/2016";
/// The first year art. 1 c.821 L. 145/2018 applies to (the 2019 budget).
inline constexpr int primo_anno_equilibri_l145 = 2019;
inline constexpr std::string_view equilibrio_bilancio_w2 = "DM 1/8/2019";
inline constexpr std::string_view tetto_spesa_personale = "art. 1 c.557 L. 296/2006";
/// The cap for enti of at most 1,000 inhabitants.
inline constexpr std::string_view tetto_spesa_personale_piccoli = "art. 1 c.562 L. 296/2006";
inline constexpr std::string_view tetto_salario_accessorio = "art. 23 c.2 D.Lgs. 75/2017";
inline constexpr std::string_view deficitarieta = "art. 242 D.Lgs. 267/2000; DM 28/12/2018";
inline constexpr std::string_view tempi_pagamento = "art. 4 D.Lgs. 231/2002; art. 1 c.859 L. 145/2018";
inline constexpr std::string_view obiettivo_tempi_pagamento = "art. 4-bis c.2 D.L. 13/2023 (L. 41/2023)";
inline constexpr std::string_view trasparenza = "D.Lgs. 33/2013";
inline constexpr std::string_view anticorruzione = "L. 190/2012";
inline constexpr std::string_view relazione_non_validata = "art. 14 c.4 lett. c e c.6 D.Lgs. 150/2009";
inline constexpr std::string_view termine_relazione = "art. 10 c.1 lett. b D.Lgs. 150/2009";
inline constexpr std::string_view differenziazione = "art. 18 c.2 e art. 31 D.Lgs. 150/2009";
/// The review (contraddittorio) a person asked for on their evaluation.
inline constexpr std::string_view contraddittorio = "art. 7 c.3 lett. b D.Lgs. 150/2009";
/// How an indicator is defined and measured (its formula, its targets by year).
inline constexpr std::string_view indicatori = "DPCM 18.9.2012 art. 3";
/// The strategic objectives the operational ones come down from (DUP, PIAO).
inline constexpr std::string_view obiettivi_strategici = "art. 5 e 10 D.Lgs. 150/2009; DM 132/2022";

/** The year a block of `vincoli_finanza` is about: its own `anno`, else `anno_riferimento`, else the Relazione's. */
inline int anno_del_blocco(const Relazione& r, Opzionale<int> proprio) {
    if (proprio) return *proprio;
    if (r.vincoli_finanza && r.vincoli_finanza->anno_riferimento) return *r.vincoli_finanza->anno_riferimento;
    return r.anno;
}

/** The block's own `norma` when it gives one (not blank), else `predefinita`. */
inline std::string_view propria_o(const Opzionale<std::string>& propria, std::string_view predefinita) {
    if (propria)
        for (char c : *propria)
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return *propria;
    return predefinita;
}

/**
 * The balanced-budget rule the `equilibri_bilancio` block of `r` is judged
 * by: the block's own `norma`; else, for a year before 2019, art. 9 L.
 * 243/2012 and art. 1 c.463 ss. L. 232/2016; else art. 1 c.821 L. 145/2018.
 */
inline std::string_view norma_equilibri(const Relazione& r, const EquilibriBilancio& e) {
    return propria_o(e.norma, anno_del_blocco(r, e.anno) < primo_anno_equilibri_l145 ? equilibri_bilancio_prima_del_2019
                                                                                   : equilibri_bilancio);
}

/** The staff-spending cap of `r`: the block's own `norma`, else c.562 (≤ 1,000 inhabitants) or c.557. */
inline std::string_view norma_tetto_spesa_personale(const Relazione& r, const TettoSpesaPersonale& t) {
    const auto& pop = r.ente.popolazione;
    return propria_o(t.norma, pop && *pop <= 1000 ? tetto_spesa_personale_piccoli : tetto_spesa_personale);
}

/** The cap on supplementary pay: the block's own `norma`, else art. 23 c.2 D.Lgs. 75/2017. */
inline std::string_view norma_tetto_salario_accessorio(const TettoSalarioAccessorio& t) {
    return propria_o(t.norma, tetto_salario_accessorio);
}

} // namespace perfpa::norme

#endif
