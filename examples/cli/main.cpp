// perfpa — command-line tool on the perfpa library.
#include "comandi.hpp"

#include <algorithm>
#include <iostream>
#include <new>

namespace {

void uso(std::ostream& o) {
    o << "uso: perfpa COMANDO [OPZIONI] FILE…\n\ncomandi:\n";
    auto comandi = perfpa::cli::registro();
    std::sort(comandi.begin(), comandi.end(), [](auto& a, auto& b) { return a.nome < b.nome; });
    for (const auto& c : comandi) o << "  " << c.sintassi << "\n      " << c.descrizione << "\n";
}

} // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    if (argc < 2) {
        uso(std::cerr);
        return perfpa::cli::uscita_ingresso;
    }
    const std::string_view nome = argv[1];
    if (nome == "--help" || nome == "-h" || nome == "help") {
        uso(std::cout);
        return perfpa::cli::uscita_ok;
    }
    for (const auto& c : perfpa::cli::registro()) {
        if (c.nome != nome) continue;
        perfpa::cli::Contesto ctx{{argv + 2, argv + argc}, std::cin, std::cout, std::cerr, 0};
        // `perfpa check --help`: the command's syntax and what it does (before "--", which ends the options).
        for (std::string_view x : ctx.argomenti) {
            if (x == "--") break;
            if (x == "--help" || x == "-h") {
                std::cout << "uso: " << c.sintassi << "\n" << c.descrizione << "\n";
                if (!c.dettagli.empty()) std::cout << "\n" << c.dettagli;
                return perfpa::cli::uscita_ok;
            }
        }
        try {
            const int codice = c.esegui(ctx);
            // Output that could not be written (a full disk, a closed pipe) is an error, not a success.
            if (!std::cout.flush()) {
                std::cerr << "perfpa: impossibile scrivere sull'uscita standard\n";
                return perfpa::cli::uscita_ingresso;
            }
            return codice;
        } catch (const std::bad_alloc&) {
            // A document the machine cannot hold: the user's input, not a bug.
            std::cerr << "perfpa: memoria insufficiente per elaborare l'ingresso\n";
            return perfpa::cli::uscita_ingresso;
        } catch (const std::exception& e) {
            std::cerr << "perfpa: errore interno: " << e.what() << "\n";
            return perfpa::cli::uscita_ingresso;
        }
    }
    std::cerr << "perfpa: comando sconosciuto '" << nome << "'\n";
    uso(std::cerr);
    return perfpa::cli::uscita_ingresso;
}
