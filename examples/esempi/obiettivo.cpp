// The README's first example: build an objective, encode it, decode it back,
// then decode a bad document and print every error with its JSON Pointer.
#include <perfpa/perfpa.hpp>

#include <iostream>

int main() {
    using namespace perfpa;

    Obiettivo o;
    o.id = "assetto-territorio-1";
    o.descrizione = "Redazione di una carta per la valutazione del rischio archeologico";
    o.peso = Peso::interi(6);
    o.data_fine_prevista = Data::da_testo("2023-12-31").value();
    Indicatore& i = o.indicatori.emplace_back();
    i.descrizione = "Percentuale di raccolta differenziata";
    i.misura = Misura::quantitativa;
    i.valore_atteso = Decimale::interi(65);
    i.valore_realizzato = Decimale::da_testo("75.49").value();

    const std::string testo = json::codifica(o);
    std::cout << testo << "\n";

    auto letto = json::decodifica<Obiettivo>(testo);
    std::cout << (letto && *letto == o ? "identico dopo il giro" : "diverso!") << "\n";

    auto errato = json::decodifica<Obiettivo>(
        R"({"id": "x", "descrizione": "y", "pesso": 6, "data_fine_prevista": "2023-02-30",
            "indicatori": [{"descrizione": "z", "misura": "binaria", "valore_atteso": 1}]})");
    if (!errato)
        for (const auto& e : errato.error().errori) std::cout << e.testo() << "\n";
}
