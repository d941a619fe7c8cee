// The README's second example: read a Relazione and an SMVP from files, enter
// the evaluation body's figures for one settore as a data-entry screen would
// (Italian-written numbers included), then check and score it.
#include <perfpa/perfpa.hpp>

#include <iostream>
#include <string>

int main(int argc, char** argv) {
    using namespace perfpa;
    const std::string dati = argc > 1 ? argv[1] : PERFPA_DATA_DIR; // examples/data
    auto relazione = json::leggi_relazione(dati + "/leverano-2023.json");
    auto smvp = json::leggi_smvp(dati + "/smvp-esempio.json");
    if (!relazione || !smvp) {
        std::cerr << relazione.error().testo() << smvp.error().testo();
        return 2;
    }
    Relazione& r = *relazione;
    imposta_grado(r, "tecnico", "tecnico-1", leggi_percentuale_italiana("75,49 %").value());
    imposta_grado(r, "tecnico", "tecnico-2", Percentuale::interi(100));
    neutralizza(r, "tecnico", "tecnico-3", "Bando regionale non pubblicato nell'anno");
    imposta_comportamenti(r, "tecnico", leggi_punti_italiani("27,50").value());

    const Esame esame = esamina(r, *smvp);
    std::cout << esame.rilievi.size() << " rilievi, " << (ha_errori(esame.rilievi) ? "con" : "senza") << " errori\n";
    for (const PunteggioSettore& p : esame.punteggi)
        if (p.settore == "tecnico")
            for (const std::string& riga : spiegazione(p)) std::cout << riga << "\n";
}
