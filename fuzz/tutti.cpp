// Every fuzz target in one libFuzzer binary, perfpa_fuzz: the target is
// chosen by the environment variable PERFPA_FUZZ_BERSAGLIO (relazione,
// smvp, personale, criteri_premi, equivalenza, valori, csv), which fuzz/run.sh sets. One translation unit
// instantiates the decoders once: the clang build with the sanitizers is
// the slowest step of a short fuzzing run (docs/fuzzing.md).
#define PERFPA_FUZZ_TUTTI
#include "criteri_premi.cpp"
#include "csv.cpp"
#include "equivalenza.cpp"
#include "personale.cpp"
#include "relazione.cpp"
#include "smvp.cpp"
#include "valori.cpp"

#include <cstring>

namespace {
int (*bersaglio)(const std::uint8_t*, std::size_t) = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    const char* nome = std::getenv("PERFPA_FUZZ_BERSAGLIO");
    const std::string_view b = nome ? nome : "";
    if (b == "relazione") bersaglio = &perfpa_fuzz_relazione;
    else if (b == "smvp") bersaglio = &perfpa_fuzz_smvp;
    else if (b == "personale") bersaglio = &perfpa_fuzz_personale;
    else if (b == "criteri_premi") bersaglio = &perfpa_fuzz_criteri_premi;
    else if (b == "equivalenza") bersaglio = &perfpa_fuzz_equivalenza;
    else if (b == "valori") bersaglio = &perfpa_fuzz_valori;
    else if (b == "csv") bersaglio = &perfpa_fuzz_csv;
    else {
        std::fprintf(stderr, "perfpa_fuzz: PERFPA_FUZZ_BERSAGLIO deve essere relazione, smvp, personale, criteri_premi, equivalenza, valori o csv\n");
        std::exit(2);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* dati, std::size_t n) { return bersaglio(dati, n); }
