// perfpa confronta --piano PIANO RELAZIONE | perfpa confronta PRECEDENTE CORRENTE [--smvp FILE] [--json]
// — the Piano against the Relazione (ciclo.md §4) or two consecutive years
// (ciclo.md §5), as a table or as perfpa.confronto_piano/1 /
// perfpa.confronto_anni/1 on one line.
#include "comandi.hpp"

#include <perfpa/confronto/anni.hpp>
#include <perfpa/confronto/piano.hpp>
#include <perfpa/json/risultati.hpp>

#include <string>

namespace perfpa::cli {
namespace {

constexpr const char* sintassi =
    "perfpa confronta --piano PIANO RELAZIONE [--json] | perfpa confronta PRECEDENTE CORRENTE [--smvp FILE] [--json]";

void stringa(std::string& out, std::string_view s) { json::detail::scrivi_stringa<>(out, s); }
void chiave(std::string& out, std::string_view k) {
    if (out.back() != '{') out += ',';
    stringa(out, k);
    out += ':';
}
void testo_o_null(std::string& out, std::string_view k, const std::optional<std::string>& v) {
    chiave(out, k);
    if (v) stringa(out, *v);
    else out += "null";
}
// An exact number as a JSON number literal ("-10.5"), as perfpa.punteggi/1 writes points.
template <class N>
void numero_o_null(std::string& out, std::string_view k, const std::optional<N>& v) {
    chiave(out, k);
    out += v ? v->testo() : std::string("null");
}
std::string_view nome_tendenza(const std::optional<Tendenza>& t) {
    if (!t) return "";
    return *t == Tendenza::migliora ? "migliora" : *t == Tendenza::peggiora ? "peggiora" : "stabile";
}
std::string_view nome_tipo(TipoModifica t) {
    return t == TipoModifica::aggiunto ? "aggiunto" : t == TipoModifica::rimosso ? "rimosso" : "modificato";
}
std::string segno(const std::optional<Decimale>& d) {
    if (!d) return "";
    return (d->milionesimi() > 0 ? "+" : "") + formatta_decimale(*d);
}

std::string piano_json(const ConfrontoPiano& c) {
    std::string out = R"({"formato":"perfpa.confronto_piano/1","modifiche":[)";
    for (std::size_t i = 0; i < c.modifiche.size(); ++i) {
        const ModificaPiano& m = c.modifiche[i];
        out += i ? ",{" : "{";
        chiave(out, "settore"), stringa(out, m.settore);
        chiave(out, "obiettivo"), stringa(out, m.obiettivo);
        chiave(out, "indicatore"), out += m.indicatore ? std::to_string(*m.indicatore) : "null";
        chiave(out, "campo"), stringa(out, m.campo);
        chiave(out, "tipo"), stringa(out, nome_tipo(m.tipo));
        testo_o_null(out, "valore_piano", m.valore_piano);
        testo_o_null(out, "valore_relazione", m.valore_relazione);
        numero_o_null(out, "differenza", m.differenza);
        chiave(out, "ridotto"), out += m.ridotto ? "true" : "false";
        chiave(out, "rimodulato"), out += m.rimodulato ? "true" : "false";
        testo_o_null(out, "percorso_piano", m.percorso_piano);
        testo_o_null(out, "percorso_relazione", m.percorso_relazione);
        out += '}';
    }
    out += R"(],"rilievi":[)";
    for (std::size_t i = 0; i < c.rilievi.size(); ++i) {
        if (i) out += ',';
        json::codifica(out, c.rilievi[i]);
    }
    return out + "]}\n";
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

void rilievi_json(std::string& out, std::string_view k, const std::vector<RilievoNegliAnni>& v) {
    chiave(out, k);
    out += '[';
    for (std::size_t i = 0; i < v.size(); ++i) {
        out += i ? ",{" : "{";
        chiave(out, "codice"), stringa(out, v[i].codice);
        chiave(out, "identita"), stringa(out, v[i].identita);
        chiave(out, "precedente");
        if (v[i].precedente) json::codifica(out, *v[i].precedente);
        else out += "null";
        chiave(out, "corrente");
        if (v[i].corrente) json::codifica(out, *v[i].corrente);
        else out += "null";
        out += '}';
    }
    out += ']';
}

void anno_json(std::string& out, std::string_view k, const PunteggioAnno& p) {
    chiave(out, k);
    out += '{';
    numero_o_null(out, "performance_organizzativa", p.performance_organizzativa);
    numero_o_null(out, "obiettivi_individuali", p.obiettivi_individuali);
    numero_o_null(out, "comportamenti", p.comportamenti);
    chiave(out, "totale"), out += p.totale.testo();
    chiave(out, "fascia"), stringa(out, p.fascia);
    out += '}';
}

std::string anni_json(const ConfrontoAnni& c) {
    std::string out = R"({"formato":"perfpa.confronto_anni/1")";
    chiave(out, "anno_precedente"), out += std::to_string(c.anno_precedente);
    chiave(out, "anno_corrente"), out += std::to_string(c.anno_corrente);
    chiave(out, "indicatori"), out += '[';
    for (std::size_t i = 0; i < c.indicatori.size(); ++i) {
        const auto& x = c.indicatori[i];
        out += i ? ",{" : "{";
        chiave(out, "codice"), stringa(out, x.codice);
        chiave(out, "descrizione"), stringa(out, x.descrizione);
        testo_o_null(out, "precedente", x.precedente);
        testo_o_null(out, "corrente", x.corrente);
        numero_o_null(out, "differenza", x.differenza);
        chiave(out, "tendenza");
        if (x.tendenza) stringa(out, nome_tendenza(x.tendenza));
        else out += "null";
        chiave(out, "percorso_precedente"), stringa(out, x.percorso_precedente);
        chiave(out, "percorso_corrente"), stringa(out, x.percorso_corrente);
        out += '}';
    }
    out += ']';
    chiave(out, "ambiti"), out += '[';
    for (std::size_t i = 0; i < c.ambiti.size(); ++i) {
        const auto& x = c.ambiti[i];
        out += i ? ",{" : "{";
        chiave(out, "ambito"), stringa(out, x.ambito);
        numero_o_null(out, "precedente", x.precedente);
        numero_o_null(out, "corrente", x.corrente);
        numero_o_null(out, "differenza", x.differenza);
        chiave(out, "percorso_precedente"), stringa(out, x.percorso_precedente);
        chiave(out, "percorso_corrente"), stringa(out, x.percorso_corrente);
        out += '}';
    }
    out += ']';
    chiave(out, "settori"), out += '[';
    for (std::size_t i = 0; i < c.settori.size(); ++i) {
        const auto& x = c.settori[i];
        out += i ? ",{" : "{";
        chiave(out, "settore"), stringa(out, x.settore);
        anno_json(out, "precedente", x.precedente);
        anno_json(out, "corrente", x.corrente);
        chiave(out, "differenza"), out += x.differenza.testo();
        chiave(out, "percorso_precedente"), stringa(out, x.percorso_precedente);
        chiave(out, "percorso_corrente"), stringa(out, x.percorso_corrente);
        out += '}';
    }
    out += ']';
    rilievi_json(out, "risolti", c.risolti);
    rilievi_json(out, "nuovi", c.nuovi);
    rilievi_json(out, "persistenti", c.persistenti);
    return out + "}\n";
}

std::string punti(const std::optional<Punti>& p) { return p ? formatta_punti(*p) : "—"; }

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
    return out;
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
        c.out << (come_json ? piano_json(r) : piano_tabella(r));
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
    c.out << (come_json ? anni_json(*r) : anni_tabella(*r));
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
