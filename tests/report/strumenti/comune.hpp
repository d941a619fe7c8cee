// What the end-to-end tool tests share: finding a program on PATH, running
// a command, reading a file, the Leverano report data. Exit codes: 0 pass,
// 1 fail, 77 skip (the tool is not installed).
#ifndef PERFPA_TESTS_REPORT_STRUMENTI_COMUNE_HPP
#define PERFPA_TESTS_REPORT_STRUMENTI_COMUNE_HPP

#include <perfpa/json.hpp>
#include <perfpa/report.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace prova {

inline constexpr int passato = 0, fallito = 1, saltato = 77;

/** The first of `nomi` found on PATH. */
inline std::optional<std::string> trova(std::initializer_list<const char*> nomi) {
    const char* path = std::getenv("PATH");
    if (!path) return std::nullopt;
    for (const char* nome : nomi) {
        std::stringstream s(path);
        std::string dir;
        while (std::getline(s, dir, ':')) {
            const std::filesystem::path p = std::filesystem::path(dir) / nome;
            if (std::filesystem::exists(p)) return p.string();
        }
    }
    return std::nullopt;
}

/** Runs a shell command line; true when it exits 0. */
inline bool esegui(const std::string& comando) {
    std::cout << "$ " << comando << std::endl;
    return std::system(comando.c_str()) == 0;
}

/** Single-quotes an argument for the shell. */
inline std::string q(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

inline std::string leggi(const std::filesystem::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    return s.str();
}

inline perfpa::DatiReport leverano() {
    const std::string dati = PERFPA_DATA_DIR;
    return perfpa::prepara_report(perfpa::json::decodifica_relazione(leggi(dati + "/leverano-2023.json")).value(),
                                  perfpa::json::decodifica_smvp(leggi(dati + "/smvp-esempio.json")).value());
}

/** Counts a failed expectation and says which. */
struct Esito {
    int fallimenti = 0;
    void verifica(bool ok, const std::string& cosa) {
        std::cout << (ok ? "ok: " : "FALLITO: ") << cosa << "\n";
        if (!ok) ++fallimenti;
    }
    [[nodiscard]] int codice() const { return fallimenti ? fallito : passato; }
};

} // namespace prova

#endif
