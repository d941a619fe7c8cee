// perfpa report --format html|md|csv [--smvp FILE] [-o OUT] FILE — a report
// of a Relazione, formatted by the example generators of examples/report/.
#include "comandi.hpp"

#include "../report/csv.hpp"
#include "../report/html.hpp"
#include "../report/markdown.hpp"

#include <perfpa/report.hpp>

#include <fstream>

namespace perfpa::cli {
namespace {

constexpr const char* uso = "uso: perfpa report --format html|md|csv [--smvp FILE] [-o OUT] FILE\n";

int esegui(Contesto& c) {
    for (auto& x : c.argomenti)
        if (x == "-o") x = "--output"; // the short spelling of --output
    auto a = analizza(c, {"--format", "--smvp", "--output"}, {});
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
    auto r = carica<Relazione>(a->posizionali[0], c);
    auto s = smvp_o_esempio(*a, c, c.err); // the note on stderr: stdout is the report
    if (!r || !s) return uscita_ingresso;
    const DatiReport dati = prepara_report(*r, *s);
    const std::string testo = *formato == "html" ? esempi::report_html(dati)
                              : *formato == "md" ? esempi::report_markdown(dati)
                                                : esempi::report_csv(dati);
    const auto uscita = a->valore("--output");
    if (!uscita || *uscita == "-") {
        c.out << testo;
        return uscita_ok;
    }
    std::ofstream f(*uscita, std::ios::binary);
    f << testo;
    if (!f.flush()) {
        c.err << "perfpa: impossibile scrivere il file " << *uscita << "\n";
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
    "  -o, --output OUT  il file da scrivere; senza, o con \"-\", lo standard output\n"
    "codici di uscita: 0 rapporto scritto; 2 un documento illeggibile o non valido, il file non\n"
    "  scrivibile, o la riga di comando errata\n";

const Registra registra{{"report", "perfpa report --format html|md|csv [--smvp FILE] [-o OUT] FILE",
                         "rapporto leggibile di una Relazione: pagina HTML, Markdown o CSV per il foglio di calcolo",
                         &esegui, dettagli}};

} // namespace
} // namespace perfpa::cli
