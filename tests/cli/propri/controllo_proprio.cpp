// One more file of the tool, as a vendor adds it: an own check row
// registered through the extension point of examples/cli/comandi.hpp
// (controlli_propri), run by `check` and `report` after the catalogue.
#include "comandi.hpp"

#include <perfpa/checks.hpp>

namespace {

// The ente's rule: the document names the ente it is about.
void ente_nominato(const perfpa::IngressoControllo& in, perfpa::Rilevatore& rileva) {
    rileva("/ente/denominazione", "controllo dell'ente eseguito su " + in.relazione.ente.denominazione);
}

const perfpa::cli::RegistraControlli righe{
    {{"CONTROLLO_DELL_ENTE", perfpa::Gravita::avviso, "regolamento dell'ente"}, false, false, &ente_nominato}};

} // namespace
