// perfpa fmt FILE — decode a document and print it normalized.
#include "comandi.hpp"

namespace perfpa::cli {
namespace {

int esegui(Contesto& c) {
    auto a = analizza(c, {}, {"--compatto"});
    if (!a) return uscita_ingresso;
    if (a->posizionali.size() != 1) {
        c.err << "uso: perfpa fmt [--compatto] FILE\n";
        return uscita_ingresso;
    }
    const std::string_view percorso = a->posizionali[0];
    auto testo = leggi_file(percorso, c);
    if (!testo) return uscita_ingresso;
    // The document says what it is: a Relazione or an SMVP.
    const bool smvp = testo->find("\"perfpa.smvp/") != std::string::npos &&
                      testo->find("\"perfpa.relazione/") == std::string::npos;
    const json::OpzioniCodifica o{a->ha("--compatto") ? 0 : 2};
    auto stampa = [&](auto r) {
        if (!r) {
            c.err << intestazione_errori(percorso, r.error().numero());
            for (const auto& e : r.error().errori) c.err << "  " << e.testo() << "\n";
            return int(uscita_ingresso);
        }
        c.out << json::codifica(*r, o) << "\n";
        return int(uscita_ok);
    };
    return smvp ? stampa(json::decodifica_smvp(*testo)) : stampa(json::decodifica_relazione(*testo));
}

constexpr std::string_view dettagli =
    "opzioni:\n"
    "  --compatto     tutto su una riga, senza spazi (altrimenti indentato di 2)\n"
    "  FILE           una Relazione o uno SMVP (JSON): il documento dice quale\n"
    "codici di uscita: 0 documento stampato; 2 un documento illeggibile o non valido (ogni errore\n"
    "  con il suo JSON Pointer), o la riga di comando errata\n";

const Registra registra{{"fmt", "perfpa fmt [--compatto] FILE",
                         "decodifica un documento (Relazione o SMVP) e lo stampa normalizzato", &esegui, dettagli}};

} // namespace
} // namespace perfpa::cli
