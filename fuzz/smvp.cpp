// Fuzz target: an SMVP. Any bytes: the decoder returns a value or errors,
// never crashes; a decoded SMVP survives the round trip and scores a fixed
// Relazione through the whole pipeline.
#include "comune.hpp"

PERFPA_FUZZ_BERSAGLIO(smvp) {
    using namespace perfpa;
    const auto s = json::decodifica_smvp(fuzz::testo(dati, n));
    if (!s) {
        PERFPA_FUZZ_VERIFICA(s.error().numero() > 0);
        return 0;
    }
    PERFPA_FUZZ_VERIFICA(errori_modello(*s).empty());
    fuzz::andata_e_ritorno(*s);
    fuzz::catena(fuzz::relazione_fissa(), *s);
    return 0;
}
