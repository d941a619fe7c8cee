// A program that uses perfpa's compiled part (perfpa::compiled): it includes
// the declarations only and calls the pipeline, whose bodies come from the
// installed static library. Exits 0 when the results are the expected ones.
#include <perfpa/compilato.hpp>

#include <iostream>

int main() {
    const auto smvp = perfpa::json::decodifica_smvp(R"({"formato":"perfpa.smvp/1",
        "pesi":{"performance_organizzativa":40,"obiettivi_individuali":30,"comportamenti":30},
        "giudizi":{"pienamente_raggiunto":100,"raggiunto":100,"parzialmente_raggiunto":50,"non_raggiunto":0},
        "fasce":[{"nome":"A","da":90,"quota_premio":100},{"nome":"D","da":0,"quota_premio":0}]})");
    const auto relazione = perfpa::json::decodifica_relazione(R"({"formato":"perfpa.relazione/1","anno":2023,
        "ente":{"denominazione":"Comune di Prova","tipo":"comune"},"settori":[]})");
    if (!smvp || !relazione) {
        std::cerr << (smvp ? relazione.error().testo() : smvp.error().testo());
        return 1;
    }
    const perfpa::Esame esame = perfpa::esamina(*relazione, *smvp);
    const perfpa::DatiReport dati = perfpa::prepara_report(*relazione, *smvp);
    std::cout << perfpa::json::codifica(*smvp) << "\n" << esame.rilievi.size() << " rilievi\n";
    const bool ok = dati.anno == 2023 && dati.ente.denominazione == "Comune di Prova" && dati.rilievi.size() == 3 &&
                    esame.punteggi.empty() && perfpa::json::codifica(*smvp).starts_with(R"({"formato":"perfpa.smvp/1")");
    std::cout << (ok ? "ok" : "RISULTATO INATTESO") << "\n";
    return ok ? 0 : 1;
}
