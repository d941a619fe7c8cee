// perfpa fuzzing — what the fuzz targets share: a check that stops the
// run with a message (a finding), and the fixed documents the pipeline
// runs against (an SMVP for a fuzzed Relazione, a Relazione for a fuzzed
// SMVP). Each target defines LLVMFuzzerTestOneInput; libFuzzer drives it
// (fuzz/run.sh), and replay.cpp feeds it saved inputs under ctest.
#ifndef PERFPA_FUZZ_COMUNE_HPP
#define PERFPA_FUZZ_COMUNE_HPP

#include <perfpa/perfpa.hpp>
#include <perfpa/report.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

/** A property that must hold: when it does not, say which and abort (libFuzzer keeps the input). */
#define PERFPA_FUZZ_VERIFICA(condizione)                                                                               \
    do {                                                                                                               \
        if (!(condizione)) {                                                                                           \
            std::fprintf(stderr, "perfpa fuzz: proprietà violata: %s (%s:%d)\n", #condizione, __FILE__, __LINE__);     \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (0)

// The entry function of target `nome`: LLVMFuzzerTestOneInput when the
// target is built alone (the replay programs), perfpa_fuzz_<nome> when
// tutti.cpp builds every target into one binary (fuzz/run.sh: one clang
// compilation instead of four).
#ifdef PERFPA_FUZZ_TUTTI
#define PERFPA_FUZZ_BERSAGLIO(nome) int perfpa_fuzz_##nome(const std::uint8_t* dati, std::size_t n)
#else
#define PERFPA_FUZZ_BERSAGLIO(nome) extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* dati, std::size_t n)
#endif

namespace perfpa::fuzz {

/** The fuzzer's bytes as text. */
inline std::string_view testo(const std::uint8_t* dati, std::size_t n) {
    return {reinterpret_cast<const char*>(dati), n};
}

/** Every error of a refused document, one per line: what the two decoders must agree on. */
template <class T>
std::string esito(const Risultato<T>& r) {
    return r ? std::string("(valido)") : r.error().testo();
}

inline const Smvp& smvp_fisso() {
    static const Smvp s = *json::decodifica_smvp(
        R"({"formato":"perfpa.smvp/1","denominazione":"Fuzz",)"
        R"("pesi":{"performance_organizzativa":40,"obiettivi_individuali":30,"comportamenti":30},)"
        R"("giudizi":{"pienamente_raggiunto":100,"raggiunto":100,"parzialmente_raggiunto":50,"non_raggiunto":0},)"
        R"("soglia_minima_obiettivo":0,"fasce":[{"nome":"A","da":90,"quota_premio":100},)"
        R"({"nome":"B","da":75,"quota_premio":80},{"nome":"C","da":60,"quota_premio":60},)"
        R"({"nome":"D","da":0,"quota_premio":0}]})");
    return s;
}

inline const Relazione& relazione_fissa() {
    static const Relazione r = *json::decodifica_relazione(
        R"({"formato":"perfpa.relazione/1","anno":2023,"ente":{"denominazione":"Comune di Prova","tipo":"comune"},)"
        R"("settori":[{"id":"tecnico","denominazione":"Settore Tecnico","responsabile":{"nome":"Maria Rossi"},)"
        R"("peso":30,"obiettivi":[{"id":"tecnico-1","descrizione":"Strade","peso":30,"indicatori":[{"descrizione":)"
        R"("Interventi","misura":"quantitativa","valore_atteso":10,"valore_realizzato":12}]}]},{"id":"finanze",)"
        R"("denominazione":"Settore Finanze","responsabile":{"nome":"Luca Bianchi"},"peso":30,"obiettivi":[{"id":)"
        R"("finanze-1","descrizione":"Pagamenti","peso":30,"indicatori":[{"descrizione":"Fatture","misura":"binaria",)"
        R"("valore_atteso":true,"valore_realizzato":true}]}]}],"performance_organizzativa":{"peso":40,)"
        R"("valore_realizzato":40},"valutazione_ndv":{"organo":"nucleo_di_valutazione","validazione":{"esito":)"
        R"("validata","data":"2024-06-28"},"valutazioni_individuali":[{"settore":"tecnico","comportamenti":30},)"
        R"({"settore":"finanze","comportamenti":10}]}})");
    return r;
}

/**
 * A decoded document's round trip: encoded, decoded again, the same value,
 * and encoded again, the same text (compact and indented alike).
 */
template <class T>
void andata_e_ritorno(const T& v) {
    for (int rientro : {0, 2}) {
        const json::OpzioniCodifica o{rientro};
        const std::string t = json::codifica(v, o);
        const Risultato<T> di_nuovo = json::decodifica<T>(t);
        PERFPA_FUZZ_VERIFICA(di_nuovo.has_value());
        PERFPA_FUZZ_VERIFICA(*di_nuovo == v);
        PERFPA_FUZZ_VERIFICA(json::codifica(*di_nuovo, o) == t);
    }
    // A decoded model is one errori_modello_completo finds nothing in.
    PERFPA_FUZZ_VERIFICA(errori_modello_completo(v).empty());
}

/** The pipeline behind a valid pair: checks, scores, the bonus split and the report's data. Never throws. */
inline void catena(const Relazione& r, const Smvp& s) {
    const auto rilievi = controlla(r, s);
    for (const Rilievo& x : rilievi) PERFPA_FUZZ_VERIFICA(!x.codice.empty() && !x.messaggio.empty());
    const auto punteggi = calcola_punteggi(r, s);
    PERFPA_FUZZ_VERIFICA(punteggi.size() == r.settori.size());
    const auto ripartizione = ripartisci_premi(r, s, Importo::da_centesimi(1'000'000));
    if (ripartizione) {
        // To the cent: what is assigned and what is not add up to the fund.
        std::int64_t somma = ripartizione->non_distribuito.centesimi();
        for (const auto& a : ripartizione->assegnazioni) somma += a.importo.centesimi();
        PERFPA_FUZZ_VERIFICA(somma == 1'000'000);
    }
    const DatiReport dati = prepara_report(r, s);
    (void)dati;
}

} // namespace perfpa::fuzz

#endif
