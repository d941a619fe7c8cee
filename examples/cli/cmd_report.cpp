// perfpa report --format html|md|csv [--smvp FILE] [-o OUT] FILE — a report
// of a Relazione, formatted by the example generators of examples/report/;
// with --personale P --smvp S --format html, the evaluation sheet of every
// person of the staff document P; with --criteri C too, each sheet with the
// person's amounts in the split of the fund, or, with --pubblicazione, the
// Relazione's report with the split's aggregate section; with --precedente
// FILE (html or md), a section comparing last year's Relazione with this one.
#include "comandi.hpp"

#include "../report/csv.hpp"
#include "../report/html.hpp"
#include "../report/markdown.hpp"
#include "../report/premi_html.hpp"
#include "../report/schede.hpp"

#include <perfpa/confronto/anni.hpp>
#include <perfpa/report.hpp>

#include <optional>
#include <string_view>
#include <utility>


namespace perfpa::cli {
namespace {

constexpr const char* uso = "uso: perfpa report --format html|md|csv [--smvp FILE] [--precedente FILE] [--personale FILE "
                            "[--criteri FILE [--pubblicazione]]] [-o OUT] FILE\n";

// --precedente FILE: last year's Relazione against `r` (ciclo.md §5), into
// `confronto`, for the report's year-over-year section. Years that are not
// consecutive: the reason on standard error, exit 1. Without the ente's SMVP
// (`dell_ente` false), no finding that needs it, as in the rest of the report.
int confronto_precedente(Contesto& c, std::string_view percorso, const Relazione& r, const Smvp& s, bool dell_ente,
                         Opzionale<ConfrontoAnni>& confronto) {
    const auto precedente = carica<Relazione>(percorso, c);
    if (!precedente) return uscita_ingresso;
    auto esito = dell_ente ? confronta_anni(*precedente, r, s) : confronta_anni_senza_smvp(*precedente, r, s);
    if (!esito) {
        c.err << "perfpa report --precedente: " << esito.error().motivo << "\n";
        return uscita_rilievi;
    }
    confronto = std::move(*esito);
    return uscita_ok;
}

// With --criteri: the staff's split (personale.md §4) into `testo` — the
// sheets with each person's amounts, or with --pubblicazione the report
// with the aggregate section. A refused split writes nothing: the reason
// on standard error, exit 1.
int report_premi(Contesto& c, const Argomenti& a, const Relazione& r, const Smvp& s, const Personale& personale,
                 std::string& testo) {
    auto criteri = carica<CriteriPremi>(*a.valore("--criteri"), c);
    if (!criteri) return uscita_ingresso;
    const EsitoRipartizionePersonale esito = ripartisci_premi_personale(personale, r, s, *criteri);
    if (!esito) {
        c.err << "perfpa report: ripartizione rifiutata: " << esito.error().motivo
              << (esito.error().norma.empty() ? "" : " (" + esito.error().norma + ")") << "\n";
        return uscita_rilievi;
    }
    const std::string nome_criteri = criteri->denominazione.value_or("");
    testo = a.ha("--pubblicazione")
                ? esempi::report_html(prepara_report(r, s), pubblicazione_premi(*esito), nome_criteri)
                : esempi::schede_html(personale, r, s, calcola_punteggi_personale(personale, r, s), &*esito,
                                                      nome_criteri);
    return uscita_ok;
}

int esegui(Contesto& c) {
    for (auto& x : c.argomenti)
        if (x == "-o") x = "--output"; // the short spelling of --output
    auto a = analizza(c, {"--format", "--smvp", "--output", "--personale", "--criteri", "--precedente"},
                      {"--pubblicazione"});
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
    if ((a->ha("--criteri") && !percorso_personale) || (a->ha("--pubblicazione") && !a->ha("--criteri"))) {
        c.err << "perfpa report: " << (a->ha("--criteri") && !percorso_personale ? "--criteri" : "--pubblicazione")
              << " vale per la ripartizione dei premi tra il personale: con --personale FILE --criteri FILE\n"
              << uso;
        return uscita_ingresso;
    }
    const std::optional<std::string> percorso_precedente = a->valore("--precedente");
    if (percorso_precedente && (*formato == "csv" || percorso_personale)) {
        c.err << "perfpa report: --precedente aggiunge il confronto con l'anno precedente al rapporto della Relazione, "
                 "con --format html o md (non al CSV né alle schede del personale)\n"
              << uso;
        return uscita_ingresso;
    }
    std::vector<std::string_view> letti = a->posizionali;
    if (percorso_precedente) letti.push_back(*percorso_precedente);
    if (percorso_personale) letti.push_back(*percorso_personale);
    if (auto cr = a->valore("--criteri")) letti.push_back(*cr);
    if (!trattino_una_volta(letti, a->valore("--smvp"), c)) return uscita_ingresso;
    const auto uscita = a->valore("--output");
    const bool su_file = uscita && *uscita != "-";
    // The report never replaces one of its own inputs (`-o input.json input.json`).
    if (su_file) {
        std::vector<std::string> ingressi{std::string(a->posizionali[0])};
        if (auto s = a->valore("--smvp")) ingressi.push_back(*s);
        if (percorso_personale) ingressi.push_back(*percorso_personale);
        if (auto cr = a->valore("--criteri")) ingressi.push_back(*cr);
        if (percorso_precedente) ingressi.push_back(*percorso_precedente);
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
        if (a->ha("--criteri")) {
            if (const int u = report_premi(c, *a, *r, *s, *personale, testo); u != uscita_ok) return u;
        } else {
            testo = esempi::schede_html(*personale, *r, *s, calcola_punteggi_personale(*personale, *r, *s));
        }
    } else {
        // Without --smvp: no band, share or SMVP-only finding of the example SMVP (the report says so).
        OpzioniReport opzioni;
        opzioni.propri = controlli_propri(); // the ente's rows, when a file of the tool registers some
        if (percorso_precedente)
            if (const int u = confronto_precedente(c, *percorso_precedente, *r, *s, a->valore("--smvp").has_value(),
                                                 opzioni.confronto_anni); u != uscita_ok)
                return u;
        const DatiReport dati =
            a->valore("--smvp") ? prepara_report(*r, *s, opzioni) : prepara_report_senza_smvp(*r, *s, opzioni);
        testo = *formato == "html" ? esempi::report_html(dati)
                : *formato == "md" ? esempi::report_markdown(dati)
                                   : esempi::report_csv(dati);
    }
    return scrivi_uscita(c, uscita, testo);
}

constexpr std::string_view dettagli =
    "opzioni:\n"
    "  --format html|md|csv  pagina HTML autonoma, Markdown o CSV (separatore \";\") per il foglio\n"
    "                 di calcolo\n"
    "  --smvp FILE    lo SMVP dell'ente (JSON), nominato in testa al rapporto; senza, i punti\n"
    "                 seguono lo SMVP di esempio incorporato (con una nota sullo standard error) e il\n"
    "                 rapporto non mostra fasce, quote del premio né rilievi che richiedono lo SMVP\n"
    "  --precedente FILE  la Relazione dell'anno precedente: il rapporto (html o md) aggiunge il\n"
    "                 confronto tra i due anni — indicatori con lo stesso codice con i due valori e una\n"
    "                 freccia, punteggi dei settori affiancati, rilievi risolti, nuovi e persistenti,\n"
    "                 vincoli di finanza pubblica (come perfpa confronta)\n"
    "  --personale FILE  invece del rapporto, le schede di valutazione di ogni dipendente del\n"
    "                 documento del personale (perfpa.personale/1), una per pagina stampata; con\n"
    "                 --format html e --smvp\n"
    "  --criteri FILE  con --personale, i criteri del CCDI (perfpa.criteri_premi/1): ogni scheda riporta\n"
    "                 la quota base, la maggiorazione e l'importo del dipendente, con il calcolo\n"
    "  --pubblicazione  con --personale e --criteri, invece delle schede il rapporto della Relazione con\n"
    "                 la sezione dei premi al personale: dati aggregati e grafico per fascia, senza\n"
    "                 nomi (art. 20 D.Lgs. 33/2013)\n"
    "  -o, --output OUT  il file da scrivere (scritto per intero in un file temporaneo nella stessa\n"
    "                 cartella, poi rinominato: un errore lascia il file precedente intatto; non può\n"
    "                 essere un file di ingresso); senza, o con \"-\", lo standard output\n"
    "codici di uscita: 0 rapporto scritto; 1 ripartizione dei premi rifiutata o anni non consecutivi\n"
    "  con --precedente (il motivo sullo standard error); 2 un documento illeggibile o non valido, il\n"
    "  file non scrivibile, o la riga di comando errata\n";

const Registra registra{{"report",
                         "perfpa report --format html|md|csv [--smvp FILE] [--precedente FILE] [--personale FILE "
                         "[--criteri FILE [--pubblicazione]]] [-o OUT] FILE",
                         "rapporto leggibile di una Relazione: pagina HTML, Markdown o CSV per il foglio di calcolo",
                         &esegui, dettagli}};

} // namespace
} // namespace perfpa::cli
