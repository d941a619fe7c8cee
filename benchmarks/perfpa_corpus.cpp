// perfpa_corpus — writes N generated Relazioni (deterministic: same N and
// seed, same files) to a directory, as relazione-00001.json, …
//
//   perfpa_corpus N DIRECTORY [--seme=S] [--indentazione=K]
#include "corpus.hpp"

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
    std::uint64_t seme = 2023;
    int indentazione = 2;
    std::vector<std::string> posizionali;
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--seme=", 7) == 0) seme = std::strtoull(argv[i] + 7, nullptr, 10);
        else if (std::strncmp(argv[i], "--indentazione=", 15) == 0) indentazione = std::atoi(argv[i] + 15);
        else posizionali.emplace_back(argv[i]);
    }
    if (posizionali.size() != 2 || posizionali[0].find_first_not_of("0123456789") != std::string::npos) {
        std::cerr << "uso: perfpa_corpus N CARTELLA [--seme=S] [--indentazione=K]\n"
                     "scrive N Relazioni generate (circa 45 KB ciascuna) in CARTELLA\n";
        return 2;
    }
    const std::size_t n = std::strtoull(posizionali[0].c_str(), nullptr, 10);
    const std::filesystem::path cartella = posizionali[1];
    std::error_code ec;
    std::filesystem::create_directories(cartella, ec);
    if (ec) {
        std::cerr << "perfpa_corpus: impossibile creare " << cartella << ": " << ec.message() << "\n";
        return 1;
    }
    std::size_t byte = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::string testo =
            perfpa::json::codifica(perfpa::bench::genera_relazione(seme, i), {.indentazione = indentazione});
        char nome[48];
        std::snprintf(nome, sizeof nome, "relazione-%05zu.json", i + 1);
        std::ofstream f(cartella / nome, std::ios::binary);
        f << testo << '\n';
        if (!f) {
            std::cerr << "perfpa_corpus: impossibile scrivere " << (cartella / nome) << "\n";
            return 1;
        }
        byte += testo.size() + 1;
    }
    std::cout << n << " documenti, " << byte << " byte in " << cartella.string() << "\n";
    return 0;
}
