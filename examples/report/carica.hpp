// What the three example generators share: read a Relazione and an SMVP
// from files and prepare the report, or say why not.
#ifndef PERFPA_ESEMPI_REPORT_CARICA_HPP
#define PERFPA_ESEMPI_REPORT_CARICA_HPP

#include <perfpa/json.hpp>
#include <perfpa/report.hpp>

#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>

namespace perfpa::esempi {

/** The report of `relazione` scored with `smvp` (two JSON files), or nothing after printing the errors. */
inline std::optional<DatiReport> carica_report(const std::string& relazione, const std::string& smvp) {
    auto leggi = [](const std::string& percorso) {
        std::ifstream f(percorso, std::ios::binary);
        std::ostringstream s;
        s << f.rdbuf();
        return s.str();
    };
    auto r = json::decodifica_relazione(leggi(relazione));
    auto s = json::decodifica_smvp(leggi(smvp));
    // result::error() returns by value in Boost 1.81: no address to take.
    if (!r) std::cerr << r.error().testo();
    if (!s) std::cerr << s.error().testo();
    if (!r || !s) return std::nullopt;
    return prepara_report(*r, *s);
}

} // namespace perfpa::esempi

#endif
