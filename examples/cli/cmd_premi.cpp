// perfpa premi --smvp FILE --fondo 10000.00 [--json] FILE — split a bonus fund among the settore heads.
#include "comandi.hpp"

#include <perfpa/formato_italiano.hpp>
#include <perfpa/json/risultati.hpp>
#include <perfpa/scoring.hpp>

namespace perfpa::cli {
namespace {

const char* sintassi = "perfpa premi --smvp FILE --fondo IMPORTO [--json] FILE";

int esegui(Contesto& c) {
    auto a = analizza(c, {"--smvp", "--fondo"}, {"--json"});
    if (!a) return uscita_ingresso;
    if (a->posizionali.size() != 1 || !a->ha("--smvp") || !a->ha("--fondo")) {
        // Say what is missing, then the syntax.
        if (!a->ha("--smvp")) c.err << "perfpa premi: manca --smvp (lo SMVP dell'ente: le fasce decidono le quote)\n";
        if (!a->ha("--fondo")) c.err << "perfpa premi: manca --fondo (l'importo da ripartire, come 10000.00)\n";
        if (a->posizionali.size() != 1) c.err << "perfpa premi: " << un_solo_file(a->posizionali.size()) << "\n";
        c.err << "uso: " << sintassi << "\n";
        return uscita_ingresso;
    }
    if (!trattino_una_volta(a->posizionali, a->valore("--smvp"), c)) return uscita_ingresso;
    const auto fondo = Importo::da_testo(*a->valore("--fondo"));
    if (!fondo || fondo->centesimi() < 0) {
        c.err << "perfpa: --fondo: atteso un importo non negativo come 10000.00"
              << (fondo ? "" : " (" + fondo.error().motivo + ")") << "\n";
        return uscita_ingresso;
    }
    auto smvp = carica<Smvp>(*a->valore("--smvp"), c);
    if (!smvp) return uscita_ingresso;
    auto r = carica<Relazione>(a->posizionali[0], c);
    if (!r) return uscita_ingresso;
    const auto ripartizione = ripartisci_premi(*r, *smvp, *fondo);
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
    auto larghezza = [](std::string_view s) {
        std::size_t n = 0;
        for (unsigned char ch : s) n += (ch & 0xC0) != 0x80;
        return n;
    };
    std::vector<std::size_t> w(5, 0);
    for (const auto& r : righe)
        for (std::size_t k = 0; k < r.size(); ++k) w[k] = std::max(w[k], larghezza(r[k]));
    c.out << "fondo: " << formatta_importo(*fondo) << "\n";
    for (const auto& r : righe) {
        std::string riga;
        for (std::size_t k = 0; k < r.size(); ++k) {
            const std::string pad(w[k] - larghezza(r[k]), ' ');
            riga += (k ? "  " : "") + (k == 2 || k == 4 ? pad + r[k] : r[k] + pad);
        }
        c.out << riga << "\n";
    }
    bool incompleti = false;
    for (const auto& p : punteggi) incompleti = incompleti || !p.completo;
    if (incompleti) c.out << "* valutazione incompleta: una componente, un obiettivo o un ambito non è valutato (conta 0)\n";
    return uscita_ok;
}

constexpr std::string_view dettagli =
    "opzioni:\n"
    "  --smvp FILE    lo SMVP dell'ente (JSON), obbligatorio: le sue fasce decidono le quote\n"
    "  --fondo IMPORTO  l'importo da ripartire, in euro con il punto decimale: 10000.00\n"
    "  --json         un documento perfpa.premi/1\n"
    "codici di uscita: 0 fondo ripartito; 1 ripartizione rifiutata (Relazione non validata, SMVP\n"
    "  non valido, punteggi fuori scala: il motivo sullo standard error); 2 un documento illeggibile\n"
    "  o non valido, o la riga di comando errata\n";

const Registra registra{{"premi", sintassi,
                         "ripartisce un fondo tra i responsabili di settore in proporzione a quota × punteggio "
                         "(resti più alti; rifiutata se la Relazione non è validata)",
                         &esegui, dettagli}};

} // namespace
} // namespace perfpa::cli
