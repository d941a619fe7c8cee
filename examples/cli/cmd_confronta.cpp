// perfpa confronta --piano PIANO RELAZIONE | perfpa confronta PRECEDENTE CORRENTE [--smvp FILE] [--json]
// — the Piano against the Relazione (ciclo.md §4) or two consecutive years
// (ciclo.md §5), as a table or as perfpa.confronto_piano/1 /
// perfpa.confronto_anni/1 on one line.
#include "comandi.hpp"

#include <perfpa/confronto/anni.hpp>
#include <perfpa/confronto/piano.hpp>
#include <perfpa/json/confronto.hpp>

#include <string>
#include <variant>

namespace perfpa::cli {
namespace {

constexpr const char* sintassi =
    "perfpa confronta --piano PIANO RELAZIONE [--json] | perfpa confronta PRECEDENTE CORRENTE [--smvp FILE] [--json]";

std::string_view nome_tendenza(const std::optional<Tendenza>& t) {
    if (!t) return "";
    return *t == Tendenza::migliora ? "migliora" : *t == Tendenza::peggiora ? "peggiora" : "stabile";
}
std::string segno(const std::optional<Decimale>& d) {
    if (!d) return "";
    return (d->milionesimi() > 0 ? "+" : "") + formatta_decimale(*d);
}

std::string piano_tabella(const ConfrontoPiano& c) {
    if (c.modifiche.empty()) return "Nessuna differenza tra il Piano e la Relazione\n";
    std::string out = "settore | obiettivo | campo | Piano | Relazione | differenza | rimodulazione\n";
    for (const ModificaPiano& m : c.modifiche) {
        out += m.settore + " | " + m.obiettivo + " | " + m.campo;
        if (m.indicatore) out += " (indicatore " + std::to_string(*m.indicatore + 1) + ")";
        out += " | " + m.valore_piano.value_or("—") + " | " + m.valore_relazione.value_or("—") + " | " +
               segno(m.differenza) + (m.ridotto ? " (ridotto)" : "") + " | " + (m.rimodulato ? "sì" : "no") + "\n";
    }
    if (!c.rilievi.empty()) {
        out += "\nAvvisi (" + std::to_string(c.rilievi.size()) + "):\n";
        for (const Rilievo& x : c.rilievi) out += "  " + x.codice + " " + x.percorso + "\n    " + x.messaggio + "\n";
    }
    return out;
}

std::string segno_vincolo(const std::optional<std::variant<Importo, Decimale>>& d) {
    if (!d) return "";
    if (const Importo* i = std::get_if<Importo>(&*d)) return (i->centesimi() > 0 ? "+" : "") + formatta_importo(*i);
    return segno(std::get<Decimale>(*d));
}

std::string punti(const std::optional<Punti>& p) { return p ? formatta_punti(*p) : "—"; }

// The public-finance figures of both years (ciclo.md §5), block by block.
std::string vincoli_tabella(const ConfrontoAnni& c) {
    if (c.vincoli.empty()) return {};
    std::string out = "\nVincoli di finanza pubblica:\nvincolo | voce | " + std::to_string(c.anno_precedente) + " | " +
                      std::to_string(c.anno_corrente) + " | differenza | tendenza\n";
    for (const auto& x : c.vincoli)
        out += x.vincolo + " | " + x.voce + " | " + x.precedente.value_or("—") + " | " + x.corrente.value_or("—") +
               " | " + segno_vincolo(x.differenza) + " | " +
               std::string(x.tendenza ? nome_tendenza(x.tendenza) : "—") + "\n";
    return out;
}

std::string anni_tabella(const ConfrontoAnni& c) {
    const std::string a = std::to_string(c.anno_precedente), b = std::to_string(c.anno_corrente);
    std::string out = "Indicatori (per codice):\ncodice | " + a + " | " + b + " | differenza | tendenza\n";
    for (const auto& x : c.indicatori)
        out += x.codice + " | " + x.precedente.value_or("—") + " | " + x.corrente.value_or("—") + " | " +
               segno(x.differenza) + " | " + std::string(x.tendenza ? nome_tendenza(x.tendenza) : "—") + "\n";
    out += "\nAmbiti:\nambito | " + a + " | " + b + " | differenza\n";
    for (const auto& x : c.ambiti)
        out += x.ambito + " | " + (x.precedente ? formatta_percentuale(*x.precedente) : "—") + " | " +
               (x.corrente ? formatta_percentuale(*x.corrente) : "—") + " | " + segno(x.differenza) + "\n";
    out += "\nSettori (totale e fascia):\nsettore | " + a + " | " + b + " | differenza\n";
    for (const auto& x : c.settori)
        out += x.settore + " | " + formatta_punti(x.precedente.totale) + " (" + x.precedente.fascia + ") | " +
               formatta_punti(x.corrente.totale) + " (" + x.corrente.fascia + ") | " + segno(x.differenza) +
               "  [org. " + punti(x.precedente.performance_organizzativa) + " → " +
               punti(x.corrente.performance_organizzativa) + ", ind. " + punti(x.precedente.obiettivi_individuali) +
               " → " + punti(x.corrente.obiettivi_individuali) + ", comp. " + punti(x.precedente.comportamenti) +
               " → " + punti(x.corrente.comportamenti) + "]\n";
    auto elenco = [&](const char* titolo, const std::vector<RilievoNegliAnni>& v) {
        out += "\n" + std::string(titolo) + " (" + std::to_string(v.size()) + ")\n";
        for (const auto& x : v) out += "  " + x.codice + " " + x.identita + "\n";
    };
    elenco("Rilievi risolti", c.risolti);
    elenco("Rilievi nuovi", c.nuovi);
    elenco("Rilievi persistenti", c.persistenti);
    return out + vincoli_tabella(c);
}

int esegui(Contesto& c) {
    auto a = analizza(c, {"--smvp", "--piano"}, {"--json"});
    if (!a) return uscita_ingresso;
    const bool come_json = a->ha("--json");
    if (auto percorso_piano = a->valore("--piano")) {
        if (a->posizionali.size() != 1 || a->ha("--smvp")) {
            c.err << "uso: " << sintassi << "\n";
            return uscita_ingresso;
        }
        if (!trattino_una_volta({*percorso_piano, a->posizionali[0]}, std::nullopt, c)) return uscita_ingresso;
        const auto piano = carica<Relazione>(*percorso_piano, c);
        if (!piano) return uscita_ingresso;
        const auto relazione = carica<Relazione>(a->posizionali[0], c);
        if (!relazione) return uscita_ingresso;
        const ConfrontoPiano r = confronta_piano(*piano, *relazione);
        c.out << (come_json ? json::codifica_confronto_piano(r) + "\n" : piano_tabella(r));
        return uscita_ok;
    }
    if (a->posizionali.size() != 2) {
        c.err << "uso: " << sintassi << "\n";
        return uscita_ingresso;
    }
    if (!trattino_una_volta(a->posizionali, a->valore("--smvp"), c)) return uscita_ingresso;
    const auto precedente = carica<Relazione>(a->posizionali[0], c);
    if (!precedente) return uscita_ingresso;
    const auto corrente = carica<Relazione>(a->posizionali[1], c);
    if (!corrente) return uscita_ingresso;
    const auto smvp = smvp_o_esempio(*a, c, c.err);
    if (!smvp) return uscita_ingresso;
    const auto r = confronta_anni(*precedente, *corrente, *smvp);
    if (!r) {
        c.err << "perfpa: " << r.error().motivo << "\n";
        return uscita_rilievi;
    }
    c.out << (come_json ? json::codifica_confronto_anni(*r) + "\n" : anni_tabella(*r));
    return uscita_ok;
}

constexpr std::string_view dettagli =
    "opzioni:\n"
    "  --piano PIANO  confronta il Piano (una Relazione senza risultati) con la RELAZIONE: obiettivi\n"
    "                 aggiunti, rimossi o modificati, e un avviso per ogni modifica senza rimodulazione\n"
    "  --smvp FILE    lo SMVP dell'ente per i punteggi dei due anni (senza: quello di esempio)\n"
    "  --json         perfpa.confronto_piano/1 o perfpa.confronto_anni/1 su una riga\n"
    "  PRECEDENTE CORRENTE  due Relazioni di anni consecutivi\n"
    "codici di uscita: 0 confronto eseguito; 1 anni non consecutivi; 2 un documento illeggibile o non\n"
    "  valido, o la riga di comando errata\n";

const Registra registra{{"confronta", sintassi,
                         "confronta il Piano con la Relazione, o due Relazioni di anni consecutivi", &esegui,
                         dettagli}};

} // namespace
} // namespace perfpa::cli
