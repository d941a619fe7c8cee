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
    for (const auto* errori : {r ? nullptr : &r.error(), s ? nullptr : &s.error()})
        if (errori)
            for (const auto& e : errori->errori) std::cerr << e.testo() << "\n";
    if (!r || !s) return std::nullopt;
    return prepara_report(*r, *s);
}

} // namespace perfpa::esempi

#endif
