// Fuzz target: the CSV of the objectives read back (perfpa/importa/csv.hpp).
// Any bytes: both readers return a Relazione or errors, each at a row ≥ 1,
// never crash. A Relazione read from the sheet alone encodes to JSON that
// decodes back to it, and the CSV report of it reads back onto it unchanged;
// a sheet read onto the fixed Relazione keeps its settori and objectives.
#include "comune.hpp"

#include "../examples/report/csv.hpp"

#include <perfpa/importa/csv.hpp>

PERFPA_FUZZ_BERSAGLIO(csv) {
    using namespace perfpa;
    const std::string_view t = fuzz::testo(dati, n);
    const importa::EsitoCsv nuova = importa::relazione_da_csv(t, 2023, "Comune di Prova");
    PERFPA_FUZZ_VERIFICA(nuova.relazione.has_value() == nuova.errori.empty());
    for (const importa::ErroreCsv& e : nuova.errori) PERFPA_FUZZ_VERIFICA(e.riga >= 1);
    if (nuova) {
        const Relazione& r = *nuova.relazione;
        const auto decodificata = json::decodifica_relazione(json::codifica(r));
        PERFPA_FUZZ_VERIFICA(decodificata && *decodificata == r);
        const importa::EsitoCsv ritorno =
            importa::aggiorna_da_csv(r, esempi::report_csv(prepara_report(r, fuzz::smvp_fisso())));
        PERFPA_FUZZ_VERIFICA(ritorno && *ritorno.relazione == r);
    }
    const importa::EsitoCsv su = importa::aggiorna_da_csv(fuzz::relazione_fissa(), t);
    PERFPA_FUZZ_VERIFICA(su.relazione.has_value() == su.errori.empty());
    for (const importa::ErroreCsv& e : su.errori) PERFPA_FUZZ_VERIFICA(e.riga >= 1);
    if (su) {
        const Relazione& f = fuzz::relazione_fissa();
        PERFPA_FUZZ_VERIFICA(su.relazione->settori.size() == f.settori.size());
        for (std::size_t i = 0; i < f.settori.size(); ++i)
            PERFPA_FUZZ_VERIFICA(su.relazione->settori[i].obiettivi.size() == f.settori[i].obiettivi.size());
    }
    return 0;
}
