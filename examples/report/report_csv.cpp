// Prints the CSV report of a Relazione: report_csv RELAZIONE.json SMVP.json > out
#include "carica.hpp"
#include "csv.hpp"

#include <iostream>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "uso: report_csv RELAZIONE.json SMVP.json\n";
        return 2;
    }
    auto dati = perfpa::esempi::carica_report(argv[1], argv[2]);
    if (!dati) return 2;
    std::cout << perfpa::esempi::report_csv(*dati);
}
