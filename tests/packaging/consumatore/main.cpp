// A program outside perfpa that uses it as a CMake package would: the
// umbrella headers, decoding (Boost.JSON is a compiled library, so this
// also proves the link), encoding and Italian formatting. Exits 0 when the
// results are the expected ones.
#include <perfpa/formato_italiano.hpp>
#include <perfpa/json.hpp>

#include <iostream>

int main() {
    const auto smvp = perfpa::json::decodifica_smvp(R"({"formato":"perfpa.smvp/1",
        "pesi":{"performance_organizzativa":40,"obiettivi_individuali":30,"comportamenti":30},
        "giudizi":{"pienamente_raggiunto":100,"raggiunto":100,"parzialmente_raggiunto":50,"non_raggiunto":0},
        "fasce":[{"nome":"A","da":90,"quota_premio":100},{"nome":"D","da":0,"quota_premio":0}]})");
    if (!smvp) {
        std::cerr << smvp.error().testo();
        return 1;
    }
    const auto errato = perfpa::json::decodifica_smvp(R"({"formato":"perfpa.smvp/1","pesi":7})");
    const std::string importo = perfpa::formatta_importo(perfpa::Importo::da_centesimi(1969129));
    std::cout << perfpa::json::codifica(smvp->pesi) << "\n" << importo << "\n";
    const bool ok = smvp->fasce.size() == 2 && importo == "19.691,29 €" && !errato &&
                    errato.error().errori.at(0).percorso == "/pesi" &&
                    perfpa::json::codifica(smvp->pesi) ==
                        R"({"performance_organizzativa":40,"obiettivi_individuali":30,"comportamenti":30})";
    std::cout << (ok ? "ok" : "RISULTATO INATTESO") << "\n";
    return ok ? 0 : 1;
}
