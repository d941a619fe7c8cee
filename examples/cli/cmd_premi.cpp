// perfpa premi — split a bonus fund:
//   perfpa premi --smvp FILE (--fondo 10000.00 | --criteri FILE) [--json] FILE
//     among the settore heads (rules.md), with the criteria's payment-time withholding (personale.md §6);
//   perfpa premi --personale FILE --criteri FILE --smvp FILE [--fondo IMPORTO] [--json] [--pubblicazione] FILE
//     among the whole staff (personale.md §4, §5, §8).
#include "comandi.hpp"

#include <perfpa/formato_italiano.hpp>
#include <perfpa/json/premi_personale.hpp>
#include <perfpa/json/risultati.hpp>
#include <perfpa/report/pubblicazione_premi.hpp>
#include <perfpa/scoring.hpp>

namespace perfpa::cli {
namespace {

const char* sintassi = "perfpa premi --smvp FILE (--fondo IMPORTO | --criteri FILE) [--json] FILE\n"
                       "       perfpa premi --personale FILE --criteri FILE --smvp FILE [--fondo IMPORTO] [--json] "
                       "[--pubblicazione] FILE";

// Columns of text, the ones in `a_destra` right-aligned, two spaces apart.
void stampa_tabella(std::ostream& out, const std::vector<std::vector<std::string>>& righe,
                    const std::vector<bool>& a_destra) {
    auto larghezza = [](std::string_view s) {
        std::size_t n = 0;
        for (unsigned char ch : s) n += (ch & 0xC0) != 0x80;
        return n;
    };
    std::vector<std::size_t> w(a_destra.size(), 0);
    for (const auto& r : righe)
        for (std::size_t k = 0; k < r.size(); ++k) w[k] = std::max(w[k], larghezza(r[k]));
    for (const auto& r : righe) {
        std::string riga;
        for (std::size_t k = 0; k < r.size(); ++k) {
            const std::string pad(w[k] - larghezza(r[k]), ' ');
            riga += (k ? "  " : "") + (a_destra[k] ? pad + r[k] : r[k] + pad);
        }
        while (!riga.empty() && riga.back() == ' ') riga.pop_back();
        out << riga << "\n";
    }
}

// The staff's split (personale.md §4, §8).
int premi_personale(Contesto& c, const Argomenti& a, std::optional<Importo> fondo) {
    if (!a.ha("--criteri") || !a.ha("--smvp")) {
        if (!a.ha("--criteri")) c.err << "perfpa premi: --personale vuole --criteri (i criteri del CCDI)\n";
        if (!a.ha("--smvp")) c.err << "perfpa premi: --personale vuole --smvp (lo SMVP con i profili del personale)\n";
        c.err << "uso: " << sintassi << "\n";
        return uscita_ingresso;
    }
    auto personale = carica<Personale>(*a.valore("--personale"), c);
    if (!personale) return uscita_ingresso;
    auto criteri = carica<CriteriPremi>(*a.valore("--criteri"), c);
    if (!criteri) return uscita_ingresso;
    auto smvp = carica<Smvp>(*a.valore("--smvp"), c);
    if (!smvp) return uscita_ingresso;
    auto r = carica<Relazione>(a.posizionali[0], c);
    if (!r) return uscita_ingresso;
    if (fondo) criteri->fondo = *fondo;
    const auto esito = ripartisci_premi_personale(*personale, *r, *smvp, *criteri);
    const bool in_json = a.ha("--json");
    if (!esito) {
        const RifiutoPremiPersonale& rifiuto = esito.error();
        if (in_json) {
            c.out << json::codifica_rifiuto_premi_personale(rifiuto) << "\n";
        } else {
            c.err << "perfpa: ripartizione rifiutata: " << rifiuto.motivo
                  << (rifiuto.norma.empty() ? "" : " (" + rifiuto.norma + ")") << "\n";
        }
        return uscita_rilievi;
    }
    const RipartizionePersonale& x = *esito;
    if (a.ha("--pubblicazione")) {
        const PubblicazionePremi p = pubblicazione_premi(x);
        c.out << (in_json ? json::codifica_pubblicazione_premi(p) + "\n" : testo_pubblicazione_premi(p));
        return uscita_ok;
    }
    if (in_json) {
        c.out << json::codifica_premi_personale(x) << "\n";
        return uscita_ok;
    }
    c.out << "fondo: " << formatta_importo(x.fondo) << "\n";
    std::vector<std::vector<std::string>> righe = {{"dipendente", "categoria", "fascia", "base", "maggiorazione", "importo"}};
    for (const AssegnazionePersonale& p : x.assegnazioni)
        righe.push_back({p.id, std::string(nome_categoria(p.categoria)), p.valutato ? p.fascia : "-",
                         formatta_importo(p.base), formatta_importo(p.maggiorazione), formatta_importo(p.importo)});
    righe.push_back({"non distribuito", "", "", "", "", formatta_importo(x.non_distribuito)});
    stampa_tabella(c.out, righe, {false, false, false, true, true, true});
    c.out << "maggiorazione: ";
    if (x.maggiorazione.beneficiari.empty()) c.out << "nessuna\n";
    else {
        c.out << formatta_importo(x.maggiorazione.importo) << " a ";
        for (std::size_t i = 0; i < x.maggiorazione.beneficiari.size(); ++i)
            c.out << (i ? ", " : "") << x.maggiorazione.beneficiari[i];
        c.out << "\n";
    }
    for (const Rilievo& r : x.rilievi)
        c.out << nome_gravita(r.gravita) << " " << r.codice << " " << r.percorso << ": " << r.messaggio
              << (r.norma.empty() ? "" : " (" + r.norma + ")") << "\n";
    c.out << "\n";
    for (const AssegnazionePersonale& p : x.assegnazioni) c.out << p.id << ": " << p.spiegazione << "\n";
    return uscita_ok;
}

int esegui(Contesto& c) {
    auto a = analizza(c, {"--smvp", "--fondo", "--criteri", "--personale"}, {"--json", "--pubblicazione"});
    if (!a) return uscita_ingresso;
    const bool personale = a->ha("--personale");
    if (a->posizionali.size() != 1 || !a->ha("--smvp") || (!personale && !a->ha("--fondo") && !a->ha("--criteri"))) {
        // Say what is missing, then the syntax.
        if (!a->ha("--smvp")) c.err << "perfpa premi: manca --smvp (lo SMVP dell'ente: le fasce decidono le quote)\n";
        if (!personale && !a->ha("--fondo") && !a->ha("--criteri"))
            c.err << "perfpa premi: manca --fondo (l'importo da ripartire, come 10000.00) o --criteri (i criteri del "
                     "CCDI, con il fondo)\n";
        if (a->posizionali.size() != 1) c.err << "perfpa premi: " << un_solo_file(a->posizionali.size()) << "\n";
        c.err << "uso: " << sintassi << "\n";
        return uscita_ingresso;
    }
    if (a->ha("--pubblicazione") && !personale) {
        c.err << "perfpa premi: --pubblicazione vale per la ripartizione tra il personale (--personale)\n"
              << "uso: " << sintassi << "\n";
        return uscita_ingresso;
    }
    std::vector<std::string> altri; // the other inputs: standard input may be only one of them
    for (const char* o : {"--criteri", "--personale"})
        if (auto v = a->valore(o)) altri.push_back(*v);
    std::vector<std::string_view> ingressi = a->posizionali;
    ingressi.insert(ingressi.end(), altri.begin(), altri.end());
    if (!trattino_una_volta(ingressi, a->valore("--smvp"), c)) return uscita_ingresso;
    std::optional<Importo> fondo;
    if (a->ha("--fondo")) {
        const auto f = Importo::da_testo(*a->valore("--fondo"));
        if (!f || f->centesimi() < 0) {
            c.err << "perfpa: --fondo: atteso un importo non negativo come 10000.00"
                  << (f ? "" : " (" + f.error().motivo + ")") << "\n";
            return uscita_ingresso;
        }
        fondo = *f;
    }
    if (personale) return premi_personale(c, *a, fondo);
    std::optional<CriteriPremi> criteri;
    if (a->ha("--criteri")) {
        criteri = carica<CriteriPremi>(*a->valore("--criteri"), c);
        if (!criteri) return uscita_ingresso;
        if (fondo) criteri->fondo = *fondo;
        fondo = criteri->fondo;
    }
    auto smvp = carica<Smvp>(*a->valore("--smvp"), c);
    if (!smvp) return uscita_ingresso;
    auto r = carica<Relazione>(a->posizionali[0], c);
    if (!r) return uscita_ingresso;
    const auto ripartizione = criteri ? ripartisci_premi(*r, *smvp, *criteri) : ripartisci_premi(*r, *smvp, *fondo);
    if (!ripartizione) {
        const RifiutoRipartizione& rifiuto = ripartizione.error();
        c.err << "perfpa: ripartizione rifiutata: " << rifiuto.motivo
              << (rifiuto.norma.empty() ? "" : " (" + rifiuto.norma + ")") << "\n";
        return uscita_rilievi;
    }
    const auto punteggi = calcola_punteggi(*r, *smvp); // same order as the assegnazioni
    if (a->ha("--json")) {
        c.out << json::codifica_ripartizione(*ripartizione, punteggi, *fondo) << "\n";
        return uscita_ok;
    }
    // A table: one row per settore head, amounts right-aligned.
    std::vector<std::vector<std::string>> righe = {{"settore", "responsabile", "totale", "fascia", "importo"}};
    for (std::size_t i = 0; i < punteggi.size(); ++i)
        righe.push_back({punteggi[i].settore, punteggi[i].responsabile,
                         formatta_punti(punteggi[i].totale) + (punteggi[i].completo ? " " : "*"), punteggi[i].fascia,
                         formatta_importo(ripartizione->assegnazioni[i].importo)});
    righe.push_back({"non distribuito", "", "", "", formatta_importo(ripartizione->non_distribuito)});
    c.out << "fondo: " << formatta_importo(*fondo) << "\n";
    stampa_tabella(c.out, righe, {false, false, true, false, true});
    for (const Trattenuta& t : ripartizione->trattenute)
        c.out << "trattenuto al settore " << t.id << ": " << formatta_importo(t.importo) << ", " << t.motivo << " ("
              << t.norma << ")\n";
    bool incompleti = false;
    for (const auto& p : punteggi) incompleti = incompleti || !p.completo;
    if (incompleti) c.out << "* valutazione incompleta: una componente, un obiettivo o un ambito non è valutato (conta 0)\n";
    return uscita_ok;
}

constexpr std::string_view dettagli =
    "opzioni:\n"
    "  --smvp FILE    lo SMVP dell'ente (JSON), obbligatorio: le sue fasce decidono le quote\n"
    "  --fondo IMPORTO  l'importo da ripartire, in euro con il punto decimale: 10000.00\n"
    "                 (con --criteri sostituisce il fondo dei criteri)\n"
    "  --criteri FILE i criteri del CCDI (perfpa.criteri_premi/1): il fondo e, per i responsabili,\n"
    "                 la decurtazione per i tempi di pagamento\n"
    "  --personale FILE  ripartisce tra tutto il personale (perfpa.personale/1): vuole --criteri\n"
    "  --json         un documento perfpa.premi/1 (responsabili) o perfpa.premi_personale/1\n"
    "  --pubblicazione  con --personale: la tabella da pubblicare (art. 20 D.Lgs. 33/2013), in\n"
    "                 Markdown o, con --json, perfpa.pubblicazione_premi/1\n"
    "codici di uscita: 0 fondo ripartito; 1 ripartizione rifiutata (Relazione senza validazione o non\n"
    "  validata, SMVP non valido, valutazioni incomplete o contraddittori aperti, punteggi fuori scala:\n"
    "  il motivo sullo standard error, o nel JSON con --personale --json); 2 un documento illeggibile\n"
    "  o non valido, o la riga di comando errata\n";

const Registra registra{{"premi", sintassi,
                         "ripartisce un fondo tra i responsabili di settore o tra tutto il personale (resti più "
                         "alti; rifiutata se la Relazione non è validata)",
                         &esegui, dettagli}};

} // namespace
} // namespace perfpa::cli
