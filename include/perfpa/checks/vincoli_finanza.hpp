// perfpa — checks on the legal financial constraints: ANNO_VINCOLO_INCOERENTE,
// EQUILIBRI_NON_RISPETTATI, EQUILIBRIO_BILANCIO_NEGATIVO,
// TETTO_SPESA_PERSONALE_SUPERATO, TETTO_SALARIO_ACCESSORIO_SUPERATO,
// VINCOLO_DICHIARATO_INCOERENTE, ENTE_STRUTTURALMENTE_DEFICITARIO,
// TEMPI_PAGAMENTO_NON_RISPETTATI.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_CHECKS_VINCOLI_FINANZA_HPP
#define PERFPA_CHECKS_VINCOLI_FINANZA_HPP

#include <perfpa/norme.hpp>
#include <perfpa/checks/controllo.hpp>
#include <perfpa/opzionale.hpp>

#include <boost/describe/enum_to_string.hpp>

#include <algorithm>
#include <functional>
#include <string_view>
#include <vector>

namespace perfpa {

namespace controlli::detail {

template <class L = void>
const VincoliFinanza* vincoli(const IngressoControllo& in) {
    return in.relazione.vincoli_finanza ? &*in.relazione.vincoli_finanza : nullptr;
}

// "a > b" for two optional amounts, false when either is missing.
template <class L = void>
bool supera(const Opzionale<Importo>& a, const Opzionale<Importo>& b) { return a && b && *a > *b; }

template <class L = void>
bool negativo(const Opzionale<Importo>& a) { return a && a->centesimi() < 0; }

} // namespace controlli::detail

namespace controlli {

/**
 * ANNO_VINCOLO_INCOERENTE: a constraint refers to a year other than `anno`.
 * A block with its own `anno` ≠ `anno` gets a finding of its own; the
 * blocks without one follow `anno_riferimento`, which gets one finding
 * naming them when it differs from `anno` and at least one block uses it.
 */
template <class L = void>
void anno_vincolo_incoerente(const IngressoControllo& in, Rilevatore& rileva) {
    const VincoliFinanza* v = detail::vincoli<L>(in);
    if (!v) return;
    const int anno = in.relazione.anno;
    const bool riferimento_diverso = v->anno_riferimento && *v->anno_riferimento != anno;
    constexpr std::string_view diverso = ", diverso dall'anno della Relazione ";
    std::string col_riferimento; // the blocks that follow a different anno_riferimento, for the message
    auto blocco = [&](bool presente, const Opzionale<int>& proprio, std::string_view chiave,
                      std::string_view nome) {
        if (!presente) return;
        if (!proprio) {
            if (riferimento_diverso) col_riferimento.append(col_riferimento.empty() ? "" : ", ").append(nome);
        } else if (*proprio != anno) {
            const char iniziale = static_cast<char>(nome[0] - 'a' + 'A'); // the name starts the sentence
            rileva(detail::frase("/vincoli_finanza/", chiave),
                   detail::frase(iniziale, nome.substr(1), ": anno di riferimento ",
                                     *proprio, diverso, anno));
        }
    };
    const Opzionale<int> nessuno;
    blocco(v->equilibri_bilancio.has_value(), v->equilibri_bilancio ? v->equilibri_bilancio->anno : nessuno,
           "equilibri_bilancio", "equilibri di bilancio");
    blocco(v->tetto_spesa_personale.has_value(), v->tetto_spesa_personale ? v->tetto_spesa_personale->anno : nessuno,
           "tetto_spesa_personale", "tetto di spesa del personale");
    blocco(v->tetto_salario_accessorio.has_value(),
           v->tetto_salario_accessorio ? v->tetto_salario_accessorio->anno : nessuno, "tetto_salario_accessorio",
           "tetto del salario accessorio");
    blocco(v->parametri_deficitarieta.has_value(), nessuno, "parametri_deficitarieta",
           "parametri di deficitarietà strutturale");
    blocco(v->tempi_pagamento.has_value(), v->tempi_pagamento ? v->tempi_pagamento->anno : nessuno, "tempi_pagamento",
           "tempi di pagamento");
    if (!riferimento_diverso || col_riferimento.empty()) return;
    rileva("/vincoli_finanza", detail::frase("Vincoli di finanza pubblica: anno di riferimento ",
                                                 *v->anno_riferimento, " (per ", col_riferimento, ")",
                                                 diverso, anno));
}

/** EQUILIBRI_NON_RISPETTATI (locale): the budget balance is declared not met, or W1 < 0. */
template <class L = void>
void equilibri_non_rispettati(const IngressoControllo& in, Rilevatore& rileva) {
    const VincoliFinanza* v = detail::vincoli<L>(in);
    if (!v || !v->equilibri_bilancio) return;
    const EquilibriBilancio& e = *v->equilibri_bilancio;
    const bool w1 = detail::negativo<L>(e.w1_risultato_competenza);
    if (e.rispettato && !w1) return;
    // The rule of the block's year, or the one the document cites (perfpa/norme.hpp).
    const std::string_view norma = norme::norma_equilibri(in.relazione, e);
    if (!w1) rileva("/vincoli_finanza/equilibri_bilancio", "Equilibri di bilancio: dichiarati non rispettati", norma);
    else
        rileva("/vincoli_finanza/equilibri_bilancio",
               detail::frase("Equilibri di bilancio: ", perfpa::detail::se(!e.rispettato, "dichiarati non rispettati, "),
                             "risultato di competenza (W1) negativo, ", *e.w1_risultato_competenza),
               norma);
}

/** EQUILIBRIO_BILANCIO_NEGATIVO (locale): W2 < 0; the ente must tend to W2 ≥ 0. */
template <class L = void>
void equilibrio_bilancio_negativo(const IngressoControllo& in, Rilevatore& rileva) {
    const VincoliFinanza* v = detail::vincoli<L>(in);
    if (!v || !v->equilibri_bilancio || !detail::negativo<L>(v->equilibri_bilancio->w2_equilibrio_bilancio)) return;
    rileva("/vincoli_finanza/equilibri_bilancio",
           detail::frase("Equilibri di bilancio: equilibrio di bilancio (W2) negativo, ",
                             *v->equilibri_bilancio->w2_equilibrio_bilancio));
}

/**
 * TETTO_SPESA_PERSONALE_SUPERATO (locale): declared not met, or `spesa` >
 * `limite`. The reference is c.562 instead of c.557 for enti of at most 1,000
 * inhabitants.
 */
template <class L = void>
void tetto_spesa_personale_superato(const IngressoControllo& in, Rilevatore& rileva) {
    const VincoliFinanza* v = detail::vincoli<L>(in);
    if (!v || !v->tetto_spesa_personale) return;
    const TettoSpesaPersonale& t = *v->tetto_spesa_personale;
    const bool oltre = detail::supera<L>(t.spesa, t.limite);
    if (t.rispettato && !oltre) return;
    const std::string_view norma = norme::norma_tetto_spesa_personale(in.relazione, t);
    if (oltre)
        rileva("/vincoli_finanza/tetto_spesa_personale",
               detail::frase("Tetto di spesa del personale: spesa di ", *t.spesa, " oltre il limite di ", *t.limite),
               norma);
    else
        rileva("/vincoli_finanza/tetto_spesa_personale", "Tetto di spesa del personale: dichiarato non rispettato",
               norma);
}

/** TETTO_SALARIO_ACCESSORIO_SUPERATO: declared not met, or `importo` > `limite`. */
template <class L = void>
void tetto_salario_accessorio_superato(const IngressoControllo& in, Rilevatore& rileva) {
    const VincoliFinanza* v = detail::vincoli<L>(in);
    if (!v || !v->tetto_salario_accessorio) return;
    const TettoSalarioAccessorio& t = *v->tetto_salario_accessorio;
    const bool oltre = detail::supera<L>(t.importo, t.limite);
    if (t.rispettato && !oltre) return;
    const std::string_view norma = norme::norma_tetto_salario_accessorio(t);
    if (oltre)
        rileva("/vincoli_finanza/tetto_salario_accessorio",
               detail::frase("Tetto del salario accessorio: risorse di ", *t.importo, " oltre il limite di ", *t.limite),
               norma);
    else
        rileva("/vincoli_finanza/tetto_salario_accessorio", "Tetto del salario accessorio: dichiarato non rispettato",
               norma);
}

/**
 * VINCOLO_DICHIARATO_INCOERENTE: a block says `rispettato` while its own
 * amounts show the cap exceeded or W1 < 0. One finding per block.
 */
template <class L = void>
void vincolo_dichiarato_incoerente(const IngressoControllo& in, Rilevatore& rileva) {
    const VincoliFinanza* v = detail::vincoli<L>(in);
    if (!v) return;
    if (const auto& e = v->equilibri_bilancio; e && e->rispettato && detail::negativo<L>(e->w1_risultato_competenza))
        rileva("/vincoli_finanza/equilibri_bilancio",
               detail::frase("Equilibri di bilancio: dichiarati rispettati, ma il risultato di competenza (W1) è ",
                                 *e->w1_risultato_competenza));
    if (const auto& t = v->tetto_spesa_personale; t && t->rispettato && detail::supera<L>(t->spesa, t->limite))
        rileva("/vincoli_finanza/tetto_spesa_personale",
               detail::frase("Tetto di spesa del personale: dichiarato rispettato, ma la spesa di ",
                                 *t->spesa, " supera il limite di ",
                                 *t->limite));
    if (const auto& t = v->tetto_salario_accessorio; t && t->rispettato && detail::supera<L>(t->importo, t->limite))
        rileva("/vincoli_finanza/tetto_salario_accessorio",
               detail::frase("Tetto del salario accessorio: dichiarato rispettato, ma le risorse di ",
                                 *t->importo, " superano il limite di ",
                                 *t->limite));
}

/**
 * ENTE_STRUTTURALMENTE_DEFICITARIO (locale): at least 4 distinct parameters
 * P1–P8 are positive — half of the 8, however many are given.
 */
template <class L = void>
void ente_strutturalmente_deficitario(const IngressoControllo& in, Rilevatore& rileva) {
    const VincoliFinanza* v = detail::vincoli<L>(in);
    if (!v || !v->parametri_deficitarieta) return;
    const auto& parametri = *v->parametri_deficitarieta;
    if (std::count_if(parametri.begin(), parametri.end(), [](const ParametroDeficitarieta& p) { return p.positivo; }) <
        4)
        return; // fewer than 4 positive entries, fewer than 4 distinct parameters
    std::vector<CodiceParametro> positivi; // distinct, in the order P1–P8
    for (const ParametroDeficitarieta& p : *v->parametri_deficitarieta)
        if (p.positivo) detail::inserisci_ordinato(positivi, p.codice, std::less<>{});
    if (positivi.size() < 4) return;
    std::string elenco;
    for (CodiceParametro c : positivi) {
        if (!elenco.empty()) elenco += ", ";
        elenco += boost::describe::enum_to_string(c, "?");
    }
    rileva("/vincoli_finanza/parametri_deficitarieta",
           detail::frase("Parametri di deficitarietà strutturale: ", positivi.size(),
                             " positivi su 8 (", elenco, "), l'ente è strutturalmente deficitario"));
}

/** TEMPI_PAGAMENTO_NON_RISPETTATI: ITP or the delay indicator is above 0 days; one finding naming both. */
template <class L = void>
void tempi_pagamento_non_rispettati(const IngressoControllo& in, Rilevatore& rileva) {
    const VincoliFinanza* v = detail::vincoli<L>(in);
    if (!v || !v->tempi_pagamento) return;
    const TempiPagamento& t = *v->tempi_pagamento;
    if (!pagamenti_in_ritardo(t)) return;
    const bool tempestivita = t.indicatore_tempestivita_giorni && *t.indicatore_tempestivita_giorni > Decimale{};
    const bool ritardo = t.indicatore_ritardo_giorni && *t.indicatore_ritardo_giorni > Decimale{};
    // "1 giorno", "0,5 giorni", "12 giorni".
    auto giorni = [](detail::Testo& m, Decimale d) { m << d << perfpa::detail::se(d == Decimale::interi(1), " giorno", " giorni"); };
    rileva("/vincoli_finanza/tempi_pagamento", detail::Frase([&](detail::Testo& m) {
        m << "Tempi di pagamento: ";
        if (tempestivita) {
            m << "indicatore di tempestività dei pagamenti ";
            giorni(m, *t.indicatore_tempestivita_giorni);
        }
        if (tempestivita && ritardo) m << " e ";
        if (ritardo) {
            m << "indicatore di ritardo ";
            giorni(m, *t.indicatore_ritardo_giorni);
        }
        m << ", oltre il termine di legge";
    }));
}

} // namespace controlli

} // namespace perfpa

#endif
