// Fuzz target: a criteria document (perfpa.criteri_premi/1). Any bytes:
// the decoder returns a value or errors, never crashes; a decoded document
// survives the round trip and keeps the contract's floors (an increase of at
// least 30 %, a withholding of at least 30 %, parameters above 0).
#include "comune.hpp"

PERFPA_FUZZ_BERSAGLIO(criteri_premi) {
    using namespace perfpa;
    const auto c = json::decodifica_criteri_premi(fuzz::testo(dati, n));
    if (!c) {
        PERFPA_FUZZ_VERIFICA(c.error().numero() > 0);
        return 0;
    }
    PERFPA_FUZZ_VERIFICA(errori_modello(*c).empty());
    fuzz::andata_e_ritorno(*c);
    PERFPA_FUZZ_VERIFICA(c->fondo >= Importo{});
    if (c->maggiorazione) PERFPA_FUZZ_VERIFICA(c->maggiorazione->percentuale >= Percentuale::interi(30));
    if (c->decurtazione_tempi_pagamento) PERFPA_FUZZ_VERIFICA(*c->decurtazione_tempi_pagamento >= Percentuale::interi(30));
    if (c->parametri_categoria)
        for (const ParametroCategoria& p : *c->parametri_categoria) PERFPA_FUZZ_VERIFICA(p.parametro > Peso{});
    return 0;
}
