// perfpa score [--smvp FILE] [--json] FILE… — the score of each settore's head;
// with --personale P (and --smvp), the score of every person of a staff document.
#include "comandi.hpp"
#include "lotto.hpp"

#include <perfpa/formato_italiano.hpp>
#include <perfpa/json/risultati.hpp>
#include <perfpa/scoring.hpp>

#include <sstream>

namespace perfpa::cli {
namespace {

// Display width of UTF-8 text: one column per code point.
std::size_t larghezza(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char ch : s) n += (ch & 0xC0) != 0x80;
    return n;
}

std::string testo_componente(const Componente& c) { return c.punti ? formatta_punti(*c.punti) : "—"; }

// Columns padded to their widest cell, numbers (the columns `numero` says) right-aligned.
std::string allinea(const std::vector<std::vector<std::string>>& righe, const std::vector<bool>& numero) {
    std::vector<std::size_t> w(righe[0].size(), 0);
    for (const auto& r : righe)
        for (std::size_t k = 0; k < r.size(); ++k) w[k] = std::max(w[k], larghezza(r[k]));
    std::string out;
    for (const auto& r : righe) {
        for (std::size_t k = 0; k < r.size(); ++k) {
            const std::string pad(w[k] - larghezza(r[k]), ' ');
            out += (k ? "  " : "") + (numero[k] ? pad + r[k] : r[k] + (k + 1 < r.size() ? pad : ""));
        }
        out += "\n";
    }
    return out;
}

// Without the ente's SMVP (`smvp_dell_ente` false) the band and the share are "—": the example
// SMVP's bands are nobody's result.
std::string tabella(const std::vector<PunteggioSettore>& punteggi, bool smvp_dell_ente) {
    std::vector<std::vector<std::string>> righe = {
        {"settore", "responsabile", "perf. org.", "obiettivi", "comport.", "totale", "fascia", "quota"}};
    bool incompleti = false;
    for (const auto& p : punteggi) {
        righe.push_back({p.settore, p.responsabile, testo_componente(p.performance_organizzativa),
                         testo_componente(p.obiettivi_individuali), testo_componente(p.comportamenti),
                         formatta_punti(p.totale) + (p.completo ? " " : "*"), smvp_dell_ente ? p.fascia : "—",
                         smvp_dell_ente ? formatta_percentuale(p.quota_premio) : "—"});
        incompleti = incompleti || !p.completo;
    }
    std::string out = allinea(righe, {false, false, true, true, true, true, false, true});
    if (incompleti)
        out += "* valutazione incompleta: una componente, un obiettivo o un ambito non è valutato (conta 0)\n";
    return out;
}

// The people's scores for people: one row each, in the staff document's
// order; then what marks a row (incomplete, review open) and why a person
// is not evaluated.
std::string tabella_personale(const std::vector<PunteggioDipendente>& punteggi) {
    std::vector<std::vector<std::string>> righe = {{"dipendente", "categoria", "profilo", "giorni", "perf. org.",
                                                     "obiettivi", "comport.", "totale", "fascia", "quota"}};
    bool incompleti = false, aperti = false;
    std::string non_valutati;
    for (const auto& p : punteggi) {
        const std::string segni = std::string(p.completo || !p.valutato ? "" : "*") + (p.definitivo ? "" : "†");
        if (!p.valutato) {
            righe.push_back({p.id, std::string(nome_categoria(p.categoria)), p.profilo.empty() ? "—" : p.profilo,
                             std::to_string(p.giorni), "—", "—", "—", "non valutato" + segni, "—", "—"});
            non_valutati += "  " + p.id + ": " + p.motivo + "\n";
        } else {
            righe.push_back({p.id, std::string(nome_categoria(p.categoria)), p.profilo, std::to_string(p.giorni),
                             testo_componente(p.performance_organizzativa), testo_componente(p.obiettivi_individuali),
                             testo_componente(p.comportamenti), formatta_punti(p.totale) + segni, p.fascia,
                             formatta_percentuale(p.quota_premio)});
        }
        incompleti = incompleti || (p.valutato && !p.completo);
        aperti = aperti || !p.definitivo;
    }
    std::string out = allinea(righe, {false, false, false, true, true, true, true, true, false, true});
    if (incompleti)
        out += "* valutazione incompleta: una componente, un obiettivo o un comportamento non è valutato (conta 0)\n";
    if (aperti) out += "† contraddittorio aperto: valutazione non definitiva\n";
    if (!non_valutati.empty()) out += "non valutati:\n" + non_valutati;
    return out;
}

// perfpa.punteggi/1 on one line; "documento" only in batch mode.
std::string in_json(const std::vector<PunteggioSettore>& punteggi, const Documento& d, bool molti) {
    std::string out;
    json::codifica_punteggi(out, punteggi, molti ? std::optional<std::string_view>(d.nome) : std::nullopt);
    out += '\n';
    return out;
}

// perfpa score --personale P --smvp S [--json] RELAZIONE…: the staff's scores against each Relazione.
int esegui_personale(Contesto& c, const Argomenti& a, bool come_json) {
    if (!a.valore("--smvp")) {
        c.err << "perfpa score --personale: serve anche --smvp FILE, lo SMVP con i profili del personale\n";
        return uscita_ingresso;
    }
    auto smvp = carica<Smvp>(*a.valore("--smvp"), c);
    if (!smvp) return uscita_ingresso;
    auto personale = carica<Personale>(*a.valore("--personale"), c);
    if (!personale) return uscita_ingresso;
    if (!smvp->profili)
        c.err << "nota: lo SMVP non ha profili del personale (profili): nessun dipendente può essere valutato\n";
    const bool molti = a.posizionali.size() > 1 || a.posizionali[0] == "-";
    return elabora_lotto(a.posizionali, c, [&](const Documento& d) {
        auto r = json::decodifica_relazione(d.testo);
        if (!r) return EsitoDocumento{"", testo_errori(d.nome, r.error()), uscita_ingresso};
        const auto punteggi = calcola_punteggi_personale(*personale, *r, *smvp);
        if (come_json) {
            std::string out;
            json::codifica_punteggi_personale(out, punteggi,
                                              molti ? std::optional<std::string_view>(d.nome) : std::nullopt);
            return EsitoDocumento{out + "\n", "", uscita_ok};
        }
        return EsitoDocumento{(molti ? d.nome + ":\n" : std::string()) + tabella_personale(punteggi), "", uscita_ok};
    });
}

int esegui(Contesto& c) {
    auto a = analizza(c, {"--smvp", "--personale"}, {"--json"});
    if (!a) return uscita_ingresso;
    const std::optional<std::string> personale = a->valore("--personale");
    std::vector<std::string_view> ingressi = a->posizionali;
    if (personale) ingressi.push_back(*personale);
    if (!trattino_una_volta(ingressi, a->valore("--smvp"), c)) return uscita_ingresso;
    if (a->posizionali.empty()) {
        c.err << "uso: perfpa score [--smvp FILE] [--personale FILE] [--json] FILE…\n";
        return uscita_ingresso;
    }
    const bool come_json = a->ha("--json");
    if (personale) return esegui_personale(c, *a, come_json);
    auto smvp = smvp_o_esempio(*a, c, come_json ? c.err : c.out); // the note on stdout would break the JSON
    if (!smvp) return uscita_ingresso;
    const bool smvp_dell_ente = a->valore("--smvp").has_value();
    if (smvp_dell_ente && !come_json)
        c.out << "SMVP: «" << smvp->denominazione.value_or("senza denominazione") << "» (" << *a->valore("--smvp")
              << ")\n";
    else if (!come_json)
        c.out << "fascia e quota del premio non mostrate: servono lo SMVP dell'ente (--smvp)\n";
    const bool molti = a->posizionali.size() > 1 || a->posizionali[0] == "-";
    return elabora_lotto(a->posizionali, c, [&](const Documento& d) {
        auto r = json::decodifica_relazione(d.testo);
        if (!r) return EsitoDocumento{"", testo_errori(d.nome, r.error()), uscita_ingresso};
        const auto punteggi = calcola_punteggi(*r, *smvp);
        if (come_json) return EsitoDocumento{in_json(punteggi, d, molti), "", uscita_ok};
        return EsitoDocumento{(molti ? d.nome + ":\n" : std::string()) + tabella(punteggi, smvp_dell_ente), "",
                              uscita_ok};
    });
}

constexpr std::string_view dettagli =
    "opzioni:\n"
    "  --smvp FILE    lo SMVP dell'ente (JSON), nominato in testa alla tabella; senza, i punti\n"
    "                 seguono lo SMVP di esempio incorporato, con una nota (sullo standard error con\n"
    "                 --json), e fascia e quota non sono mostrate (\"—\"; in JSON restano quelle\n"
    "                 dell'esempio)\n"
    "  --personale FILE  un documento del personale (perfpa.personale/1): il punteggio di ogni\n"
    "                 dipendente, con lo SMVP e i suoi profili (--smvp obbligatorio), rispetto a ogni\n"
    "                 Relazione indicata\n"
    "  --json         un documento perfpa.punteggi/1 per riga (NDJSON); con --personale,\n"
    "                 perfpa.punteggi_personale/1\n"
    "  FILE…          una o più Relazioni (JSON); \"-\" legge dallo standard input una Relazione per riga\n"
    "                 (NDJSON). Più documenti sono elaborati su tutti i core, nell'ordine dato; uno\n"
    "                 illeggibile è segnalato sullo standard error e gli altri proseguono\n"
    "codici di uscita: 0 punteggi calcolati; 2 un documento illeggibile o non valido, o la riga di\n"
    "  comando errata\n";

const Registra registra{{"score", "perfpa score [--smvp FILE] [--personale FILE] [--json] FILE…",
                         "calcola il punteggio di ogni responsabile di settore secondo lo SMVP", &esegui, dettagli}};

} // namespace
} // namespace perfpa::cli
