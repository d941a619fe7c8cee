// Reading test data: the whole content of a file, and the files of
// examples/data (PERFPA_DATA_DIR, defined for every test target).
#ifndef PERFPA_TESTS_LEGGI_HPP
#define PERFPA_TESTS_LEGGI_HPP

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace perfpa_test {

/** The whole content of a file (binary); throws when it cannot be opened, so a missing file is never read as empty. */
inline std::string leggi(const std::string& percorso) {
    std::ifstream f(percorso, std::ios::binary);
    if (!f) throw std::runtime_error("impossibile aprire " + percorso);
    std::ostringstream s;
    s << f.rdbuf();
    return std::move(s).str();
}

#ifdef PERFPA_DATA_DIR
/** A file of examples/data, by name: `leggi_dati("leverano-2023.json")`. */
inline std::string leggi_dati(std::string_view nome) {
    return leggi(std::string(PERFPA_DATA_DIR) + "/" + std::string(nome));
}
#endif

} // namespace perfpa_test

#endif
