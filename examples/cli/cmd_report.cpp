// perfpa report --format html|md|csv [--smvp FILE] [-o OUT] FILE — a report
// of a Relazione, formatted by the example generators of examples/report/;
// with --personale P --smvp S --format html, the evaluation sheet of every
// person of the staff document P.
#include "comandi.hpp"

#include "../report/csv.hpp"
#include "../report/html.hpp"
#include "../report/markdown.hpp"
#include "../report/schede.hpp"

#include <perfpa/report.hpp>


namespace perfpa::cli {
namespace {

constexpr const char* uso = "uso: perfpa report --format html|md|csv [--smvp FILE] [--personale FILE] [-o OUT] FILE\n";

int esegui(Contesto& c) {
    for (auto& x : c.argomenti)
        if (x == "-o") x = "--output"; // the short spelling of --output
    auto a = analizza(c, {"--format", "--smvp", "--output", "--personale"}, {});
    if (!a) return uscita_ingresso;
    const auto formato = a->valore("--format");
    if (!formato) {
        c.err << "perfpa report: manca --format (html, md o csv)\n" << uso;
        return uscita_ingresso;
    }
    if (*formato != "html" && *formato != "md" && *formato != "csv") {
        c.err << "perfpa report: formato sconosciuto \"" << *formato << "\": attesi html, md o csv\n" << uso;
        return uscita_ingresso;
    }
    if (a->posizionali.size() != 1) {
        c.err << "perfpa report: " << un_solo_file(a->posizionali.size()) << "\n" << uso;
        return uscita_ingresso;
    }
    const std::optional<std::string> percorso_personale = a->valore("--personale");
    if (percorso_personale && (*formato != "html" || !a->valore("--smvp"))) {
        c.err << "perfpa report --personale: le schede di valutazione si scrivono con --format html e --smvp FILE "
                 "(lo SMVP con i profili del personale)\n"
              << uso;
        return uscita_ingresso;
    }
    std::vector<std::string_view> letti = a->posizionali;
    if (percorso_personale) letti.push_back(*percorso_personale);
    if (!trattino_una_volta(letti, a->valore("--smvp"), c)) return uscita_ingresso;
    const auto uscita = a->valore("--output");
    const bool su_file = uscita && *uscita != "-";
    // The report never replaces one of its own inputs (`-o input.json input.json`).
    if (su_file) {
        std::vector<std::string> ingressi{std::string(a->posizionali[0])};
        if (auto s = a->valore("--smvp")) ingressi.push_back(*s);
        if (percorso_personale) ingressi.push_back(*percorso_personale);
        for (const auto& i : ingressi)
            if (i != "-" && stesso_file(*uscita, i)) {
                c.err << "perfpa report: il file da scrivere " << *uscita << " è lo stesso file dell'ingresso " << i
                      << ": rifiutato, per non sovrascrivere l'ingresso\n";
                return uscita_ingresso;
            }
    }
    auto r = carica<Relazione>(a->posizionali[0], c);
    auto s = smvp_o_esempio(*a, c, c.err); // the note on stderr: stdout is the report
    if (!r || !s) return uscita_ingresso;
    std::string testo;
    if (percorso_personale) {
        auto personale = carica<Personale>(*percorso_personale, c);
        if (!personale) return uscita_ingresso;
        testo = esempi::schede_html(*personale, *r, *s, calcola_punteggi_personale(*personale, *r, *s));
    } else {
        OpzioniReport opzioni;
        opzioni.propri = controlli_propri(); // the ente's rows, when a file of the tool registers some
        const DatiReport dati = prepara_report(*r, *s, opzioni);
        testo = *formato == "html" ? esempi::report_html(dati)
                : *formato == "md" ? esempi::report_markdown(dati)
                                   : esempi::report_csv(dati);
    }
    if (!su_file) {
        c.out << testo;
        return uscita_ok;
    }
    // Written whole or not at all: a full disk leaves the previous report in place.
    std::string perche;
    if (!scrivi_file_atomico(*uscita, testo, perche)) {
        c.err << perche << "\n";
        return uscita_ingresso;
    }
    return uscita_ok;
}

constexpr std::string_view dettagli =
    "opzioni:\n"
    "  --format html|md|csv  pagina HTML autonoma, Markdown o CSV (separatore \";\") per il foglio\n"
    "                 di calcolo\n"
    "  --smvp FILE    lo SMVP dell'ente (JSON): senza, lo SMVP di esempio incorporato, con una\n"
    "                 nota sullo standard error\n"
    "  --personale FILE  invece del rapporto, le schede di valutazione di ogni dipendente del\n"
    "                 documento del personale (perfpa.personale/1), una per pagina stampata; con\n"
    "                 --format html e --smvp\n"
    "  -o, --output OUT  il file da scrivere (scritto per intero in un file temporaneo nella stessa\n"
    "                 cartella, poi rinominato: un errore lascia il file precedente intatto; non può\n"
    "                 essere un file di ingresso); senza, o con \"-\", lo standard output\n"
    "codici di uscita: 0 rapporto scritto; 2 un documento illeggibile o non valido, il file non\n"
    "  scrivibile, o la riga di comando errata\n";

const Registra registra{{"report", "perfpa report --format html|md|csv [--smvp FILE] [--personale FILE] [-o OUT] FILE",
                         "rapporto leggibile di una Relazione: pagina HTML, Markdown o CSV per il foglio di calcolo",
                         &esegui, dettagli}};

} // namespace
} // namespace perfpa::cli
