// Fuzz target: a Relazione. Any bytes: the decoder returns a value or
// errors, never crashes; a decoded Relazione survives the round trip and
// the whole pipeline (checks with and without an SMVP, scores, the bonus
// split, the report's data).
#include "comune.hpp"

PERFPA_FUZZ_BERSAGLIO(relazione) {
    using namespace perfpa;
    const auto r = json::decodifica_relazione(fuzz::testo(dati, n));
    if (!r) {
        PERFPA_FUZZ_VERIFICA(r.error().numero() > 0);
        return 0;
    }
    fuzz::andata_e_ritorno(*r);
    (void)controlla(*r);
    fuzz::catena(*r, fuzz::smvp_fisso());
    return 0;
}
