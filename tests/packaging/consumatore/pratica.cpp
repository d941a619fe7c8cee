// A program that drives perfpa's pipeline through a Pratica (perfpa/pratica.hpp):
// it includes the handle only, not the model nor Boost.JSON, and the bodies
// come from the installed compiled part (perfpa::compiled). Exits 0 when the
// results and the errors are the expected ones.
#include <perfpa/pratica.hpp>

#include <iostream>
#include <string>

int main() {
    perfpa::Pratica pratica;
    pratica.smvp_da_testo(R"({"formato":"perfpa.smvp/1",
        "pesi":{"performance_organizzativa":40,"obiettivi_individuali":30,"comportamenti":30},
        "giudizi":{"pienamente_raggiunto":100,"raggiunto":100,"parzialmente_raggiunto":50,"non_raggiunto":0},
        "fasce":[{"nome":"A","da":90,"quota_premio":100},{"nome":"D","da":0,"quota_premio":0}]})");
    pratica.relazione_da_testo(R"({"formato":"perfpa.relazione/1","anno":2023,
        "ente":{"denominazione":"Comune di Prova","tipo":"comune"},"settori":[]})");
    (void)pratica.esamina();
    (void)pratica.prepara_report();
    const std::string rilievi = pratica.rilievi_json();
    const std::string punteggi = pratica.punteggi_json();
    std::cout << rilievi << "\n" << punteggi << "\n";

    // The library's exceptions: a document that does not decode (with its pointer), a call out of order.
    bool decodifica = false, ordine = false;
    try {
        pratica.relazione_da_testo(R"({"formato":"perfpa.relazione/1","anno":"x"})");
    } catch (const perfpa::Errore& e) {
        decodifica = !e.percorsi().empty() && e.percorsi()[0] == "/anno";
        std::cout << e.what();
    }
    try {
        (void)pratica.premio("settore");
    } catch (const perfpa::ErroreLogico& e) {
        ordine = true;
        std::cout << e.what() << "\n";
    }
    const bool ok = rilievi.starts_with(R"({"formato":"perfpa.rilievi/1")") &&
                    punteggi == R"({"formato":"perfpa.punteggi/1","settori":[]})" && !pratica.ha_errori() &&
                    decodifica && ordine && pratica.ha_relazione();
    std::cout << (ok ? "ok" : "RISULTATO INATTESO") << "\n";
    return ok ? 0 : 1;
}
