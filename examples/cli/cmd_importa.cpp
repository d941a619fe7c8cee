// perfpa importa --format csv (--su RELAZIONE | --anno N --ente NOME) [-o OUT] FOGLIO.csv —
// the CSV of the objectives that `perfpa report --format csv` writes, edited
// in a spreadsheet, read back into a Relazione (perfpa/importa/csv.hpp):
// with --su, the document's weights, targets, results and NdV degrees
// replaced by the sheet's; without, a new Relazione from what the sheet
// carries. The document is printed as `perfpa fmt` prints it.
#include "comandi.hpp"

#include <perfpa/importa/csv.hpp>

#include <charconv>

namespace perfpa::cli {
namespace {

constexpr const char* uso =
    "uso: perfpa importa --format csv (--su RELAZIONE | --anno ANNO --ente DENOMINAZIONE) [-o OUT] FOGLIO.csv\n";

int esegui(Contesto& c) {
    for (auto& x : c.argomenti)
        if (x == "-o") x = "--output"; // the short spelling of --output
    auto a = analizza(c, {"--format", "--su", "--anno", "--ente", "--output"}, {});
    if (!a) return uscita_ingresso;
    const auto formato = a->valore("--format");
    if (!formato || *formato != "csv") {
        c.err << "perfpa importa: " << (formato ? "formato sconosciuto \"" + *formato + "\": atteso csv" : "manca --format csv")
              << "\n" << uso;
        return uscita_ingresso;
    }
    if (a->posizionali.size() != 1) {
        c.err << "perfpa importa: " << un_solo_file(a->posizionali.size()) << "\n" << uso;
        return uscita_ingresso;
    }
    const auto su = a->valore("--su");
    const auto anno_testo = a->valore("--anno");
    const auto ente = a->valore("--ente");
    if (su && (anno_testo || ente)) {
        c.err << "perfpa importa: --anno e --ente valgono per un documento nuovo; con --su anno ed ente sono quelli "
                 "del documento\n" << uso;
        return uscita_ingresso;
    }
    if (!su && (!anno_testo || !ente || ente->empty())) {
        c.err << "perfpa importa: senza --su il foglio non porta né l'anno né l'ente: servono --anno e --ente\n" << uso;
        return uscita_ingresso;
    }
    int anno = 0;
    if (anno_testo) {
        const char* fine = anno_testo->data() + anno_testo->size();
        const auto [p, ec] = std::from_chars(anno_testo->data(), fine, anno);
        if (ec != std::errc{} || p != fine || anno < 1900 || anno > 2999) {
            c.err << "perfpa importa: --anno: atteso un anno di quattro cifre, trovato \"" << *anno_testo << "\"\n";
            return uscita_ingresso;
        }
    }
    std::vector<std::string_view> letti = a->posizionali;
    if (su) letti.push_back(*su);
    if (!trattino_una_volta(letti, std::nullopt, c)) return uscita_ingresso;
    const auto uscita = a->valore("--output");
    const bool su_file = uscita && *uscita != "-";
    // The document is never written over one of its inputs (`-o r.json --su r.json`).
    if (su_file)
        for (std::string_view i : letti)
            if (i != "-" && stesso_file(*uscita, std::string(i))) {
                c.err << "perfpa importa: il file da scrivere " << *uscita << " è lo stesso file dell'ingresso " << i
                      << ": rifiutato, per non sovrascrivere l'ingresso\n";
                return uscita_ingresso;
            }
    std::optional<Relazione> base;
    if (su) {
        base = carica<Relazione>(*su, c);
        if (!base) return uscita_ingresso;
    }
    const auto foglio = leggi_file(a->posizionali[0], c);
    if (!foglio) return uscita_ingresso;
    importa::EsitoCsv esito = su ? importa::aggiorna_da_csv(std::move(*base), *foglio)
                                 : importa::relazione_da_csv(*foglio, anno, *ente);
    if (!esito) {
        const std::size_t n = esito.errori.size();
        c.err << nome_ingresso(a->posizionali[0]) << ": foglio non valido (" << n << (n == 1 ? " errore)\n" : " errori)\n");
        for (const auto& e : esito.errori) c.err << "  " << e.testo() << "\n";
        return uscita_ingresso;
    }
    const std::string testo = json::codifica(*esito.relazione, json::OpzioniCodifica{2}) + "\n";
    return scrivi_uscita(c, uscita, testo);
}

constexpr std::string_view dettagli =
    "Legge il foglio CSV degli obiettivi scritto da perfpa report --format csv (separatore \";\",\n"
    "virgola decimale, UTF-8 con o senza BOM, righe CRLF o LF), anche dopo averlo modificato in\n"
    "LibreOffice Calc o Excel, e scrive la Relazione in JSON (come perfpa fmt).\n"
    "opzioni:\n"
    "  --format csv   il formato del foglio (per ora solo csv)\n"
    "  --su RELAZIONE  aggiorna il documento: pesi, valori attesi e realizzati (per un obiettivo con un\n"
    "                 solo indicatore) e valutazioni del NdV (grado, neutralizzazione, motivazione,\n"
    "                 fonte) dal foglio; ogni obiettivo del documento deve avere la sua riga\n"
    "  --anno ANNO, --ente DENOMINAZIONE  senza --su: una Relazione nuova con i settori, gli obiettivi,\n"
    "                 gli indicatori e le valutazioni del foglio (il resto va completato)\n"
    "  -o, --output OUT  il file da scrivere (scritto per intero in un file temporaneo, poi\n"
    "                 rinominato; non può essere un file di ingresso); senza, o con \"-\", lo standard output\n"
    "codici di uscita: 0 documento scritto; 2 il foglio o il documento illeggibile o non valido (ogni\n"
    "  errore con la riga e la colonna: riga 4, colonna \"Peso\": atteso …, trovato \"…\"), il file non\n"
    "  scrivibile, o la riga di comando errata\n";

const Registra registra{{"importa",
                         "perfpa importa --format csv (--su RELAZIONE | --anno ANNO --ente DENOMINAZIONE) [-o OUT] FOGLIO",
                         "legge il foglio CSV degli obiettivi (quello di perfpa report --format csv) in una Relazione",
                         &esegui, dettagli}};

} // namespace
} // namespace perfpa::cli
