// perfpa schema relazione|smvp|personale|criteri_premi — print the JSON Schema (draft 2020-12) of a document kind.
#include "comandi.hpp"

#include <perfpa/json/schema.hpp>

namespace perfpa::cli {
namespace {

int esegui(Contesto& c) {
    auto a = analizza(c, {}, {});
    if (!a) return uscita_ingresso;
    if (a->posizionali.size() == 1 && a->posizionali[0] == "relazione") {
        c.out << json::testo_schema(json::schema_relazione());
        return uscita_ok;
    }
    if (a->posizionali.size() == 1 && a->posizionali[0] == "smvp") {
        c.out << json::testo_schema(json::schema_smvp());
        return uscita_ok;
    }
    if (a->posizionali.size() == 1 && a->posizionali[0] == "personale") {
        c.out << json::testo_schema(json::schema_personale());
        return uscita_ok;
    }
    if (a->posizionali.size() == 1 && a->posizionali[0] == "criteri_premi") {
        c.out << json::testo_schema(json::schema_criteri_premi());
        return uscita_ok;
    }
    if (a->posizionali.size() == 1)
        c.err << "perfpa schema: documento sconosciuto \"" << a->posizionali[0]
              << "\": attesi relazione, smvp, personale o criteri_premi\n";
    c.err << "uso: perfpa schema relazione|smvp|personale|criteri_premi\n";
    return uscita_ingresso;
}

constexpr std::string_view dettagli =
    "  relazione|smvp|personale|criteri_premi  quale schema stampare\n"
    "codici di uscita: 0 schema stampato; 2 la riga di comando errata\n";

const Registra registra{{"schema", "perfpa schema relazione|smvp|personale|criteri_premi",
                         "stampa lo JSON Schema (draft 2020-12) di una Relazione, di uno SMVP, di un documento del "
                         "personale o dei criteri di ripartizione dei premi", &esegui, dettagli}};

} // namespace
} // namespace perfpa::cli
