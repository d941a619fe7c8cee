// perfpa — the catalogue of checks (rules.md, Checks): one row per check.
// Running it: checks/esecuzione.hpp (`controlla`); many documents:
// checks/esame.hpp (`esamina`, `Esaminatore`).
// Adding a check is adding one function (in the header of its area), declared
// `template <class L = void> void nome(const IngressoControllo&, Rilevatore&)`
// like its neighbours (see perfpa.hpp, "Deferred instantiation"), and one row
// below pointing to `&controlli::nome<L>`.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_CHECKS_CATALOGO_HPP
#define PERFPA_CHECKS_CATALOGO_HPP

#include <perfpa/checks/ciclo.hpp>
#include <perfpa/norme.hpp>
#include <perfpa/checks/controllo.hpp>
#include <perfpa/checks/dichiarati.hpp>
#include <perfpa/checks/gruppi_fonti.hpp>
#include <perfpa/checks/identificativi.hpp>
#include <perfpa/checks/obiettivi.hpp>
#include <perfpa/checks/ordine.hpp>
#include <perfpa/checks/pesi.hpp>
#include <perfpa/checks/punteggi.hpp>
#include <perfpa/rilievo.hpp>
#include <perfpa/checks/trasparenza.hpp>
#include <perfpa/checks/validazione_ndv.hpp>
#include <perfpa/checks/vincoli_finanza.hpp>
#include <perfpa/model/ente.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace perfpa {

namespace controlli::detail {

inline constexpr bool smvp = true, locale = true, sempre = false;
// The legal references: norme.hpp, once. A row's reference is
// the usual one; a check may cite another for its document (the year's
// balanced-budget rule, the block's own `norma`).
inline constexpr std::string_view art_14_c4 = norme::validazione_ndv;
inline constexpr std::string_view art_5_c2 = norme::obiettivi_misurabili;

// In the order of rules.md's table: findings on the same pointer come out in this order.
// A variable template, like the checks it points to, so that their bodies are
// instantiated only in a translation unit that runs them (see docs/performance.md,
// "Compile time").
template <class L = void>
inline constexpr std::array catalogo = {
    // codice, gravita, norma — richiede SMVP, solo enti locali — funzione
    Controllo{{"PESI_SETTORE_INCOERENTI", Gravita::errore, ""}, sempre, sempre, &controlli::pesi_settore_incoerenti<L>},
    Controllo{{"PESI_COMPONENTI_INCOERENTI", Gravita::errore, ""}, smvp, sempre, &controlli::pesi_componenti_incoerenti<L>},
    Controllo{{"PUNTEGGIO_FUORI_SCALA", Gravita::errore, ""}, sempre, sempre, &controlli::punteggio_fuori_scala<L>},
    Controllo{{"ID_DUPLICATO", Gravita::errore, ""}, sempre, sempre, &controlli::id_duplicato<L>},
    Controllo{{"RIFERIMENTO_INESISTENTE", Gravita::errore, ""}, sempre, sempre, &controlli::riferimento_inesistente<L>},
    Controllo{{"VALUTAZIONE_DUPLICATA", Gravita::errore, ""}, sempre, sempre, &controlli::valutazione_duplicata<L>},
    Controllo{{"NEUTRALIZZAZIONE_SENZA_MOTIVAZIONE", Gravita::errore, ""}, sempre, sempre,
              &controlli::neutralizzazione_senza_motivazione<L>},
    Controllo{{"VALIDAZIONE_PRIMA_DELL_APPROVAZIONE", Gravita::errore, art_14_c4}, sempre, sempre,
              &controlli::validazione_prima_dell_approvazione<L>},
    Controllo{{"OBIETTIVO_SENZA_INDICATORI", Gravita::errore, art_5_c2}, sempre, sempre,
              &controlli::obiettivo_senza_indicatori<L>},
    Controllo{{"INDICATORE_SENZA_VALORE_ATTESO", Gravita::errore, art_5_c2}, sempre, sempre,
              &controlli::indicatore_senza_valore_atteso<L>},
    Controllo{{"ANNO_INCOERENTE", Gravita::avviso, ""}, sempre, sempre, &controlli::anno_incoerente<L>},
    Controllo{{"ANNO_VINCOLO_INCOERENTE", Gravita::avviso, ""}, sempre, sempre, &controlli::anno_vincolo_incoerente<L>},
    Controllo{{"SCADENZA_FUORI_CICLO", Gravita::avviso, ""}, sempre, sempre, &controlli::scadenza_fuori_ciclo<L>},
    Controllo{{"OBIETTIVO_NON_VALUTATO", Gravita::avviso, ""}, sempre, sempre, &controlli::obiettivo_non_valutato<L>},
    Controllo{{"INDICATORE_SOTTO_SOGLIA_LEGALE", Gravita::violazione, ""}, sempre, sempre,
              &controlli::indicatore_sotto_soglia_legale<L>},
    Controllo{{"EQUILIBRI_NON_RISPETTATI", Gravita::violazione, norme::equilibri_bilancio}, sempre, locale,
              &controlli::equilibri_non_rispettati<L>},
    Controllo{{"EQUILIBRIO_BILANCIO_NEGATIVO", Gravita::avviso, norme::equilibrio_bilancio_w2}, sempre, locale,
              &controlli::equilibrio_bilancio_negativo<L>},
    Controllo{{"TETTO_SPESA_PERSONALE_SUPERATO", Gravita::violazione, norme::tetto_spesa_personale}, sempre, locale,
              &controlli::tetto_spesa_personale_superato<L>},
    Controllo{{"TETTO_SALARIO_ACCESSORIO_SUPERATO", Gravita::violazione, norme::tetto_salario_accessorio}, sempre,
              sempre, &controlli::tetto_salario_accessorio_superato<L>},
    Controllo{{"VINCOLO_DICHIARATO_INCOERENTE", Gravita::errore, ""}, sempre, sempre,
              &controlli::vincolo_dichiarato_incoerente<L>},
    Controllo{{"ENTE_STRUTTURALMENTE_DEFICITARIO", Gravita::violazione, norme::deficitarieta},
              sempre, locale, &controlli::ente_strutturalmente_deficitario<L>},
    Controllo{{"TEMPI_PAGAMENTO_NON_RISPETTATI", Gravita::violazione,
               norme::tempi_pagamento},
              sempre, sempre, &controlli::tempi_pagamento_non_rispettati<L>},
    Controllo{{"OBIETTIVO_TEMPI_PAGAMENTO_INSUFFICIENTE", Gravita::violazione,
               norme::obiettivo_tempi_pagamento},
              sempre, sempre, &controlli::obiettivo_tempi_pagamento_insufficiente<L>},
    Controllo{{"OBBLIGO_TRASPARENZA_NON_ASSOLTO", Gravita::violazione, norme::trasparenza}, sempre, sempre,
              &controlli::obbligo_trasparenza_non_assolto<L>},
    Controllo{{"MISURA_ANTICORRUZIONE_NON_ATTUATA", Gravita::violazione, norme::anticorruzione}, sempre, sempre,
              &controlli::misura_anticorruzione_non_attuata<L>},
    Controllo{{"RELAZIONE_NON_VALIDATA", Gravita::violazione, norme::relazione_non_validata}, sempre,
              sempre, &controlli::relazione_non_validata<L>},
    Controllo{{"VALIDAZIONE_ASSENTE", Gravita::avviso, art_14_c4}, sempre, sempre, &controlli::validazione_assente<L>},
    Controllo{{"RELAZIONE_OLTRE_TERMINE", Gravita::avviso, norme::termine_relazione}, sempre, sempre,
              &controlli::relazione_oltre_termine<L>},
    Controllo{{"VALUTAZIONI_NON_DIFFERENZIATE", Gravita::avviso, norme::differenziazione}, smvp,
              sempre, &controlli::valutazioni_non_differenziate<L>},
    Controllo{{"QUOTE_FASCE_NON_CRESCENTI", Gravita::avviso, ""}, smvp, sempre,
              &controlli::quote_fasce_non_crescenti<L>},
    // ciclo.md §1–§3 (checks/ciclo.hpp)
    Controllo{{"OBIETTIVO_STRATEGICO_SENZA_OBIETTIVI", Gravita::avviso, norme::obiettivi_strategici},
              sempre, sempre, &controlli::obiettivo_strategico_senza_obiettivi<L>},
    Controllo{{"TRASVERSALE_GRADI_DIVERSI", Gravita::errore, ""}, sempre, sempre,
              &controlli::trasversale_gradi_diversi<L>},
    Controllo{{"FORMULA_INCOERENTE", Gravita::errore, norme::indicatori}, sempre, sempre,
              &controlli::formula_incoerente<L>},
    Controllo{{"TARGET_INCOERENTE", Gravita::errore, norme::indicatori}, sempre, sempre,
              &controlli::target_incoerente<L>},
    // ciclo.md §7–9: documents as they are written. The points of DICHIARATO_DIVERSO_DAL_CALCOLATO
    // need the SMVP and are checked only with it; the degree is checked always.
    Controllo{{"DICHIARATO_DIVERSO_DAL_CALCOLATO", Gravita::errore, ""}, sempre, sempre,
              &controlli::dichiarato_diverso_dal_calcolato<L>},
    Controllo{{"PESI_GRUPPO_INCOERENTI", Gravita::errore, ""}, sempre, sempre, &controlli::pesi_gruppo_incoerenti<L>},
    Controllo{{"GRADO_NON_VALIDATO_DAL_NDV", Gravita::avviso, norme::validazione_ndv}, sempre, sempre,
              &controlli::grado_non_validato_dal_ndv<L>},
};

} // namespace controlli::detail

/** The rows of the catalogue of checks, in the order of rules.md's table. */
template <class L = void>
[[nodiscard]] std::span<const Controllo> catalogo_controlli() noexcept { return controlli::detail::catalogo<L>; }

} // namespace perfpa

#endif
