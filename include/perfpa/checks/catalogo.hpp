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
#include <perfpa/checks/controllo.hpp>
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
inline constexpr std::string_view art_14_c4 = "art. 14 c.4 lett. c D.Lgs. 150/2009";
inline constexpr std::string_view art_5_c2 = "art. 5 c.2 D.Lgs. 150/2009";

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
    Controllo{{"EQUILIBRI_NON_RISPETTATI", Gravita::violazione, "art. 1 c.821 L. 145/2018"}, sempre, locale,
              &controlli::equilibri_non_rispettati<L>},
    Controllo{{"EQUILIBRIO_BILANCIO_NEGATIVO", Gravita::avviso, "DM 1/8/2019"}, sempre, locale,
              &controlli::equilibrio_bilancio_negativo<L>},
    Controllo{{"TETTO_SPESA_PERSONALE_SUPERATO", Gravita::violazione, "art. 1 c.557 L. 296/2006"}, sempre, locale,
              &controlli::tetto_spesa_personale_superato<L>},
    Controllo{{"TETTO_SALARIO_ACCESSORIO_SUPERATO", Gravita::violazione, "art. 23 c.2 D.Lgs. 75/2017"}, sempre,
              sempre, &controlli::tetto_salario_accessorio_superato<L>},
    Controllo{{"VINCOLO_DICHIARATO_INCOERENTE", Gravita::errore, ""}, sempre, sempre,
              &controlli::vincolo_dichiarato_incoerente<L>},
    Controllo{{"ENTE_STRUTTURALMENTE_DEFICITARIO", Gravita::violazione, "art. 242 D.Lgs. 267/2000; DM 28/12/2018"},
              sempre, locale, &controlli::ente_strutturalmente_deficitario<L>},
    Controllo{{"TEMPI_PAGAMENTO_NON_RISPETTATI", Gravita::violazione,
               "art. 4 D.Lgs. 231/2002; art. 1 c.859 L. 145/2018"},
              sempre, sempre, &controlli::tempi_pagamento_non_rispettati<L>},
    Controllo{{"OBIETTIVO_TEMPI_PAGAMENTO_INSUFFICIENTE", Gravita::violazione,
               "art. 4-bis c.2 D.L. 13/2023 (L. 41/2023)"},
              sempre, sempre, &controlli::obiettivo_tempi_pagamento_insufficiente<L>},
    Controllo{{"OBBLIGO_TRASPARENZA_NON_ASSOLTO", Gravita::violazione, "D.Lgs. 33/2013"}, sempre, sempre,
              &controlli::obbligo_trasparenza_non_assolto<L>},
    Controllo{{"MISURA_ANTICORRUZIONE_NON_ATTUATA", Gravita::violazione, "L. 190/2012"}, sempre, sempre,
              &controlli::misura_anticorruzione_non_attuata<L>},
    Controllo{{"RELAZIONE_NON_VALIDATA", Gravita::violazione, "art. 14 c.4 lett. c e c.6 D.Lgs. 150/2009"}, sempre,
              sempre, &controlli::relazione_non_validata<L>},
    Controllo{{"VALIDAZIONE_ASSENTE", Gravita::avviso, art_14_c4}, sempre, sempre, &controlli::validazione_assente<L>},
    Controllo{{"RELAZIONE_OLTRE_TERMINE", Gravita::avviso, "art. 10 c.1 lett. b D.Lgs. 150/2009"}, sempre, sempre,
              &controlli::relazione_oltre_termine<L>},
    Controllo{{"VALUTAZIONI_NON_DIFFERENZIATE", Gravita::avviso, "art. 18 c.2 e art. 31 D.Lgs. 150/2009"}, smvp,
              sempre, &controlli::valutazioni_non_differenziate<L>},
    Controllo{{"QUOTE_FASCE_NON_CRESCENTI", Gravita::avviso, ""}, smvp, sempre,
              &controlli::quote_fasce_non_crescenti<L>},
    // ciclo.md §1–§3 (checks/ciclo.hpp)
    Controllo{{"OBIETTIVO_STRATEGICO_SENZA_OBIETTIVI", Gravita::avviso, "art. 5 e 10 D.Lgs. 150/2009; DM 132/2022"},
              sempre, sempre, &controlli::obiettivo_strategico_senza_obiettivi<L>},
    Controllo{{"TRASVERSALE_GRADI_DIVERSI", Gravita::errore, ""}, sempre, sempre,
              &controlli::trasversale_gradi_diversi<L>},
    Controllo{{"FORMULA_INCOERENTE", Gravita::errore, "DPCM 18.9.2012 art. 3"}, sempre, sempre,
              &controlli::formula_incoerente<L>},
    Controllo{{"TARGET_INCOERENTE", Gravita::errore, "DPCM 18.9.2012 art. 3"}, sempre, sempre,
              &controlli::target_incoerente<L>},
};

} // namespace controlli::detail

/** The rows of the catalogue of checks, in the order of rules.md's table. */
template <class L = void>
[[nodiscard]] std::span<const Controllo> catalogo_controlli() noexcept { return controlli::detail::catalogo<L>; }

} // namespace perfpa

#endif
