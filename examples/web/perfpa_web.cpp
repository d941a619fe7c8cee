// perfpa in the browser: the library compiled to WebAssembly (docs/web.md).
// JavaScript calls `analizza` (analizza.hpp) through embind: the texts of a
// Relazione and, optionally, of an SMVP and of a staff document in; out, what
// the command-line tool writes for them: `perfpa check --json`, `perfpa score
// --json` (and with a staff document and an SMVP, `score --personale --json`),
// the HTML of `perfpa report --format html` and the staff's evaluation sheets.
#include "analizza.hpp"

// Boost.JSON in its header-only mode, compiled in this one file: the page needs no libboost_json.
#include <boost/json/src.hpp>

#include <emscripten/bind.h>

#include <string>
#include <utility>

namespace {

// The JavaScript entry point: eight strings in (a name and a text for each document; a
// Uint8Array text is taken byte for byte, so a BOM or invalid UTF-8 is reported as the tool does).
perfpa::web::Risultati analizza_js(std::string nome_relazione, std::string relazione, std::string nome_smvp,
                                   std::string smvp, std::string nome_personale, std::string personale,
                                   std::string nome_foglio, std::string foglio) {
    return perfpa::web::analizza({std::move(nome_relazione), std::move(relazione)},
                                 {std::move(nome_smvp), std::move(smvp)},
                                 {std::move(nome_personale), std::move(personale)},
                                 {std::move(nome_foglio), std::move(foglio)});
}

} // namespace

EMSCRIPTEN_BINDINGS(perfpa) {
    using perfpa::web::Risultati;
    emscripten::value_object<Risultati>("Risultati")
        .field("errori", &Risultati::errori)
        .field("rilievi", &Risultati::rilievi)
        .field("punteggi", &Risultati::punteggi)
        .field("punteggi_personale", &Risultati::punteggi_personale)
        .field("report", &Risultati::report)
        .field("schede", &Risultati::schede)
        .field("relazione_importata", &Risultati::relazione_importata);
    emscripten::function("analizza", &analizza_js);
}
