// Fuzz target: the streaming decoder against the DOM reference. For a
// Relazione, an SMVP and criteria, with unknown keys refused and admitted, both give
// the same value, or the same errors with the same pointers and messages;
// and a reused Decodificatore gives what a fresh one gives. The first byte
// chooses the options; the rest is the document.
#include "comune.hpp"

namespace {

template <class T>
void confronta(std::string_view testo, const perfpa::json::OpzioniDecodifica& o) {
    using namespace perfpa;
    const Risultato<T> flusso = json::decodifica<T>(testo, o);
    const Risultato<T> dom = json::decodifica_dom<T>(testo, o);
    PERFPA_FUZZ_VERIFICA(flusso.has_value() == dom.has_value());
    if (flusso) PERFPA_FUZZ_VERIFICA(*flusso == *dom);
    else PERFPA_FUZZ_VERIFICA(fuzz::esito(flusso) == fuzz::esito(dom));
    // A Decodificatore keeps its buffers between documents: a previous
    // document must not change the next one's result.
    static json::Decodificatore riusato;
    if (riusato.opzioni().ammetti_chiavi_sconosciute == o.ammetti_chiavi_sconosciute &&
        riusato.opzioni().errori_massimi == o.errori_massimi) {
        const Risultato<T> di_nuovo = riusato.decodifica<T>(testo);
        PERFPA_FUZZ_VERIFICA(fuzz::esito(di_nuovo) == fuzz::esito(flusso));
        if (di_nuovo) PERFPA_FUZZ_VERIFICA(*di_nuovo == *flusso);
    }
}

} // namespace

PERFPA_FUZZ_BERSAGLIO(equivalenza) {
    using namespace perfpa;
    if (n == 0) return 0;
    json::OpzioniDecodifica o;
    o.ammetti_chiavi_sconosciute = (dati[0] & 1) != 0;
    if (dati[0] & 2) o.errori_massimi = 3; // the cut list of errors, and its count
    const std::string_view testo = fuzz::testo(dati + 1, n - 1);
    confronta<Relazione>(testo, o);
    confronta<Smvp>(testo, o);
    confronta<CriteriPremi>(testo, o);
    return 0;
}
