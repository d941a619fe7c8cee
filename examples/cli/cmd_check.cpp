// perfpa check [--smvp FILE] [--personale FILE] [--json] FILE… — the
// compliance checks of rules.md on each Relazione and, with --personale, the
// checks of personale.md §7 on a staff document against each of them:
// decoding errors exit 2, an `errore` exits 1.
#include "comandi.hpp"
#include "lotto.hpp"

#include <perfpa/checks.hpp>
#include <perfpa/json/risultati.hpp>

namespace perfpa::cli {
namespace {

constexpr const char* sintassi = "perfpa check [--smvp FILE] [--personale FILE] [--json] FILE…";

// "1 errore", "2 violazioni", "0 avvisi".
std::string conteggio(std::size_t n, const char* singolare, const char* plurale) {
    return std::to_string(n) + " " + (n == 1 ? singolare : plurale);
}

// For people: the findings grouped by severity, each with its code, pointer,
// message and legal reference, then a one-line summary.
std::string testo(const std::vector<Rilievo>& rilievi, std::string_view nome) {
    struct Gruppo {
        Gravita gravita;
        const char* titolo;
        const char* singolare;
        const char* plurale;
    };
    static constexpr Gruppo gruppi[] = {{Gravita::errore, "Errori", "errore", "errori"},
                                        {Gravita::violazione, "Violazioni", "violazione", "violazioni"},
                                        {Gravita::avviso, "Avvisi", "avviso", "avvisi"}};
    std::string out;
    std::string riepilogo;
    for (const Gruppo& g : gruppi) {
        std::size_t n = 0;
        std::string righe;
        for (const Rilievo& x : rilievi) {
            if (x.gravita != g.gravita) continue;
            ++n;
            righe += "  " + x.codice + " " + x.percorso + "\n    " + x.messaggio;
            if (!x.norma.empty()) righe += " (" + x.norma + ")";
            righe += "\n";
        }
        if (n > 0) out += std::string(g.titolo) + " (" + std::to_string(n) + "):\n" + righe;
        riepilogo += (riepilogo.empty() ? "" : ", ") + conteggio(n, g.singolare, g.plurale);
    }
    if (rilievi.empty()) return std::string(nome) + ": nessun rilievo\n";
    return out + std::string(nome) + ": " + riepilogo + "\n";
}

// perfpa.rilievi/1 on one line; "documento" only in batch mode.
std::string in_json(const std::vector<Rilievo>& rilievi, const Documento& d, bool molti) {
    std::string out;
    json::codifica_rilievi(out, rilievi, molti ? std::optional<std::string_view>(d.nome) : std::nullopt);
    out += '\n';
    return out;
}

int esegui(Contesto& c) {
    auto a = analizza(c, {"--smvp", "--personale"}, {"--json"});
    if (!a) return uscita_ingresso;
    const std::optional<std::string> percorso_personale = a->valore("--personale");
    std::vector<std::string_view> ingressi = a->posizionali;
    if (percorso_personale) ingressi.push_back(*percorso_personale);
    if (!trattino_una_volta(ingressi, a->valore("--smvp"), c)) return uscita_ingresso;
    if (a->posizionali.empty()) {
        c.err << "uso: " << sintassi << "\n";
        return uscita_ingresso;
    }
    // No SMVP given: the rows marked SMVP do not run (no fallback to the example SMVP), and a note says so.
    std::optional<Smvp> smvp;
    if (auto p = a->valore("--smvp")) {
        smvp = carica<Smvp>(*p, c);
        if (!smvp) return uscita_ingresso;
    } else {
        // Said on stderr (stdout carries only findings): an auditor must know what was not checked.
        std::string saltati;
        for (const Controllo& k : catalogo_controlli())
            if (k.richiede_smvp) saltati += (saltati.empty() ? "" : ", ") + std::string(k.voce.codice);
        if (percorso_personale)
            for (const ControlloPersonale& k : catalogo_controlli_personale())
                if (k.richiede_smvp) saltati += ", " + std::string(k.voce.codice) + " (personale)";
        c.err << "nota: nessuno SMVP indicato (--smvp): non eseguiti i controlli che lo richiedono (" << saltati
              << "; di PUNTEGGIO_FUORI_SCALA, i punti dei comportamenti; di DICHIARATO_DIVERSO_DAL_CALCOLATO, i punti)\n";
    }
    std::optional<Personale> personale;
    Documento doc_personale;
    if (percorso_personale) {
        personale = carica<Personale>(*percorso_personale, c);
        if (!personale) return uscita_ingresso;
        doc_personale.nome = nome_ingresso(*percorso_personale);
    }
    const bool come_json = a->ha("--json");
    // With a staff document there are always two documents: each result names its own.
    const bool molti = a->posizionali.size() > 1 || a->posizionali[0] == "-" || personale;
    return elabora_lotto(a->posizionali, c, [&](const Documento& d) {
        auto r = json::decodifica_relazione(d.testo);
        if (!r) return EsitoDocumento{"", testo_errori(d.nome, r.error()), uscita_ingresso};
        const auto rilievi = smvp ? controlla(*r, *smvp, controlli_propri()) : controlla(*r, controlli_propri());
        int codice = ha_errori(rilievi) ? uscita_rilievi : uscita_ok;
        EsitoDocumento esito{come_json ? in_json(rilievi, d, molti) : testo(rilievi, d.nome), "", codice};
        if (!personale) return esito;
        // The staff document's findings, against this Relazione, after its own.
        const auto del_personale = smvp ? controlla_personale(*personale, *r, *smvp) : controlla_personale(*personale, *r);
        if (ha_errori(del_personale)) esito.codice = uscita_rilievi;
        esito.out += come_json ? in_json(del_personale, doc_personale, true) : testo(del_personale, doc_personale.nome);
        return esito;
    });
}

constexpr std::string_view dettagli =
    "opzioni:\n"
    "  --smvp FILE    lo SMVP dell'ente (JSON): senza, i controlli che lo richiedono non sono\n"
    "                 eseguiti e una nota sullo standard error li elenca\n"
    "  --personale FILE  un documento del personale (perfpa.personale/1): anche i suoi controlli,\n"
    "                 rispetto a ogni Relazione indicata, dopo quelli della Relazione\n"
    "  --json         un documento perfpa.rilievi/1 per riga (NDJSON); con più documenti, ciascuno\n"
    "                 con il suo \"documento\"\n"
    "  FILE…          una o più Relazioni (JSON); \"-\" legge dallo standard input una Relazione per riga\n"
    "                 (NDJSON). Più documenti sono elaborati su tutti i core, nell'ordine dato; uno\n"
    "                 illeggibile è segnalato sullo standard error e gli altri proseguono\n"
    "codici di uscita: 0 nessun rilievo di gravità errore; 1 almeno un errore in un documento;\n"
    "  2 un documento illeggibile o non valido, o la riga di comando errata\n";

const Registra registra{{"check", sintassi, "controlla una Relazione: incoerenze, violazioni di legge, avvisi",
                         &esegui, dettagli}};

} // namespace
} // namespace perfpa::cli
