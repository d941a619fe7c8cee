// A Markdown report of a Relazione: the content of the HTML report, as
// headings, lists and tables. Only formats a DatiReport.
#ifndef PERFPA_ESEMPI_REPORT_MARKDOWN_HPP
#define PERFPA_ESEMPI_REPORT_MARKDOWN_HPP

#include "frasi.hpp"

#include <perfpa/report.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace perfpa::esempi {

namespace md {

/**
 * A text of the document as Markdown text: '<' is written `&lt;`, so that
 * a tag in the data (`<script>`, `<img onerror=…>`) is shown, not passed to
 * the HTML a Markdown viewer makes; '[', ']' and '\\' are escaped with a
 * backslash, so that a link or an image written in a name
 * (`[x](javascript:…)`, `![x](http://…)`) is shown as text, not made live.
 * Markdown's own marks (`*`, `_`) are left: they change emphasis only, and
 * ids are full of `_`.
 */
inline std::string testo(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (c == '<') out += "&lt;";
        else if (c == '[' || c == ']' || c == '\\') { // no link or image from the data: `[x](javascript:…)`
            out.push_back('\\');
            out.push_back(c);
        } else out.push_back(c);
    }
    return out;
}

/** Text on one line (a heading, a list item): line breaks become spaces. */
inline std::string in_riga(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') continue; // CRLF: one space
        out.push_back(s[i] == '\n' || s[i] == '\r' ? ' ' : s[i]);
    }
    return testo(out);
}

/** A table cell: on one line (as in_riga), '|' escaped. */
inline std::string cella(std::string_view s) {
    std::string out;
    for (char c : in_riga(s)) {
        if (c == '|') out += "\\|";
        else out.push_back(c);
    }
    return out;
}

inline void tabella(std::string& out, const std::vector<std::string>& intestazione, std::string_view allineamento,
                    const std::vector<std::vector<std::string>>& righe) {
    auto riga = [&](const std::vector<std::string>& celle) {
        out += "|";
        for (const auto& c : celle) { // appended piece by piece: g++ 12 -O3 warns (-Wrestrict) on " " + string
            out += ' ';
            out += cella(c);
            out += " |";
        }
        out += "\n";
    };
    riga(intestazione);
    out += "|";
    for (char a : allineamento) out += a == 'r' ? " ---: |" : " --- |";
    out += "\n";
    for (const auto& r : righe) riga(r);
    out += "\n";
}

inline void righe_albero(std::string& o, const std::vector<SettoreAlbero>& settori) {
    std::vector<std::vector<std::string>> righe;
    for (const SettoreAlbero& s : settori)
        for (const ObiettivoAlbero& x : s.obiettivi)
            righe.push_back({s.denominazione, x.id, x.descrizione, formatta_peso(x.peso),
                             testo_grado(x.grado.stato, x.grado.grado)});
    tabella(o, {"Settore", "Obiettivo", "Descrizione", "Peso", "Grado"}, "lllrr", righe);
}

/** The tree of the performance (ciclo.md §1): strategic objective → objectives by settore, with degrees. */
inline void albero(std::string& o, const AlberoPerformance& a) {
    o += "## Albero della performance\n\n";
    for (const RamoStrategico& r : a.rami) {
        o += "### " + in_riga(r.obiettivo_strategico.id) + " — " + in_riga(r.obiettivo_strategico.descrizione) + "\n\n";
        o += "Grado: " + testo_grado(r.grado.stato, r.grado.grado) + " (" + in_riga(r.grado.spiegazione) + ").\n\n";
        if (r.settori.empty()) o += "Nessun obiettivo ne discende.\n\n";
        else righe_albero(o, r.settori);
    }
    if (!a.senza_strategico.empty()) {
        o += "### Obiettivi non collegati a un obiettivo strategico\n\n";
        righe_albero(o, a.senza_strategico);
    }
}

/** "↑ migliora", "=", "—": the arrow and the trend, for a cell. */
inline std::string andamento(std::optional<int> segno, const std::optional<Tendenza>& t) {
    const std::string nome = testo_tendenza(t);
    return freccia(segno, t) + (nome.empty() ? "" : " " + nome);
}

/** Last year against this year (ciclo.md §5), from `d.confronto_anni`. */
inline void confronto(std::string& o, const DatiReport& d) {
    const ConfrontoAnni& c = *d.confronto_anni;
    const std::string a = std::to_string(c.anno_precedente), b = std::to_string(c.anno_corrente);
    o += "## Confronto con il " + a + "\n\n### Indicatori\n\n";
    std::vector<std::vector<std::string>> righe;
    for (const ConfrontoIndicatore& x : c.indicatori)
        righe.push_back({x.codice, x.descrizione, x.precedente.value_or("—"), x.corrente.value_or("—"),
                         testo_differenza(x.differenza), andamento(segno_di(x.differenza), x.tendenza)});
    if (righe.empty()) o += "Nessun indicatore con lo stesso codice nei due anni.\n\n";
    else tabella(o, {"Codice", "Indicatore", a, b, "Differenza", "Andamento"}, "llrrrl", righe);
    o += "### Punteggi dei settori\n\n";
    righe.clear();
    auto anno = [&](const PunteggioAnno& p) {
        return formatta_punti(p.totale) + (d.smvp_dell_ente && !p.fascia.empty() ? " (" + p.fascia + ")" : "");
    };
    for (const ConfrontoSettore& x : c.settori)
        righe.push_back({nome_settore(d, x.settore), anno(x.precedente), anno(x.corrente),
                         testo_differenza(std::optional<Decimale>(x.differenza)),
                         freccia(segno_di(std::optional<Decimale>(x.differenza)), std::nullopt)});
    if (righe.empty()) o += "Nessun settore presente in entrambi gli anni.\n\n";
    else tabella(o, {"Settore", a, b, "Differenza", "Andamento"}, "lrrrl", righe);
    for (auto [titolo, v] : {std::pair{"Rilievi risolti", &c.risolti}, std::pair{"Rilievi nuovi", &c.nuovi},
                             std::pair{"Rilievi persistenti", &c.persistenti}}) {
        o += "### " + std::string(titolo) + " (" + std::to_string(v->size()) + ")\n\n";
        for (const RilievoNegliAnni& x : *v)
            o += "- `" + x.codice + "` " + in_riga(x.identita) + ": " +
                 in_riga((x.corrente ? *x.corrente : *x.precedente).messaggio) + "\n";
        if (!v->empty()) o += "\n";
    }
    if (!c.vincoli.empty()) {
        o += "### Vincoli di finanza pubblica\n\n";
        righe.clear();
        for (const ConfrontoVincolo& x : c.vincoli)
            righe.push_back({nome_vincolo(x.vincolo), nome_voce_vincolo(x.voce), x.precedente.value_or("—"),
                             x.corrente.value_or("—"), testo_differenza(x.differenza),
                             andamento(segno_di(x.differenza), x.tendenza)});
        tabella(o, {"Vincolo", "Voce", a, b, "Differenza", "Andamento"}, "llrrrl", righe);
    }
}

} // namespace md

/** The Markdown text of a report. */
inline std::string report_markdown(const DatiReport& d) {
    std::string o;
    o += "# Relazione sulla Performance " + std::to_string(d.anno) + " — " + md::in_riga(d.ente.denominazione) + "\n\n";
    o += "- Ente: " + md::in_riga(frase_ente(d)) + "\n";
    o += "- " + md::in_riga(frase_approvazione(d)) + "\n";
    o += "- " + md::in_riga(frase_validazione(d)) + "\n\n";
    o += "> **" + md::in_riga(frase_smvp(d)) + "**\n\n";
    o += "- Pesi delle componenti secondo «" + md::in_riga(d.smvp) + "»: performance organizzativa " +
         formatta_punti(d.pesi.performance_organizzativa) + ", obiettivi individuali " +
         formatta_punti(d.pesi.obiettivi_individuali) + ", comportamenti " + formatta_punti(d.pesi.comportamenti) +
         " punti su 100\n\n";

    o += "## Punteggi per settore\n\n";
    std::vector<std::vector<std::string>> righe;
    for (const auto& s : d.settori) {
        const auto& p = s.punteggio;
        righe.push_back({s.denominazione, s.responsabile, testo_punti(p.performance_organizzativa.punti),
                         testo_punti(p.obiettivi_individuali.punti), testo_punti(p.comportamenti.punti),
                         formatta_punti(p.totale), p.fascia.empty() ? "—" : p.fascia,
                         p.completo ? "sì" : "no"});
    }
    md::tabella(o, {"Settore", "Responsabile", "Perf. organizzativa", "Obiettivi individuali", "Comportamenti",
                    "Totale", "Fascia", "Completa"},
                "llrrrrll", righe);

    if (const auto& po = d.performance_organizzativa) {
        o += "## Performance organizzativa\n\n";
        if (po->peso && po->valore_realizzato)
            o += "Valore realizzato " + formatta_punti(*po->valore_realizzato) + " su " + formatta_punti(*po->peso) +
                 ". ";
        o += "Componente: " + testo_punti(po->componente.punti) + " punti (" + md::in_riga(po->componente.spiegazione) +
             ").\n\n";
        righe.clear();
        for (const auto& a : po->ambiti)
            righe.push_back({a.denominazione, a.giudizio ? std::string(etichetta(*a.giudizio)) : "—",
                             testo_grado(a.grado.stato, a.grado.grado), a.commento.value_or("")});
        if (!righe.empty()) md::tabella(o, {"Ambito", "Giudizio del NdV", "Grado", "Commento"}, "llrl", righe);
    }

    if (d.albero) md::albero(o, *d.albero);

    o += "## Settori\n\n";
    for (const auto& s : d.settori) {
        const auto& p = s.punteggio;
        o += "### " + md::in_riga(s.denominazione) + "\n\n";
        const int dec = decimali_pesi(s);
        o += "Responsabile: " + md::in_riga(s.responsabile) + (s.ruolo ? " (" + md::in_riga(*s.ruolo) + ")" : "") + ". Peso degli obiettivi " +
             testo_peso(s.peso, dec) + (s.somma_pesi != s.peso ? " (i pesi degli obiettivi sommano a " +
                                                                   testo_peso(s.somma_pesi, dec) + ")" : "") + ".\n\n";
        if (s.obiettivi.empty()) o += "Nessun obiettivo assegnato al settore.\n\n";
        for (const ObiettiviDelGruppo& g : s.obiettivi.empty() ? std::vector<ObiettiviDelGruppo>{} : per_gruppo(s)) {
            if (!s.gruppi.empty()) o += "**" + md::in_riga(titolo_gruppo(g, dec)) + "**\n\n";
            righe.clear();
            for (const ObiettivoReport* ob : g.obiettivi)
                righe.push_back({ob->id, ob->descrizione, testo_peso(ob->peso, dec),
                                 ob->data_fine_prevista ? formatta_data(*ob->data_fine_prevista) : "—",
                                 testo_grado_obiettivo(*ob), testo_punti(ob->contributo)});
            if (righe.empty()) o += "Nessun obiettivo nel gruppo.\n\n";
            else md::tabella(o, {"Obiettivo", "Descrizione", "Peso", "Scadenza", "Grado", "Punti"}, "llrrrr", righe);
            bool motivi = false;
            for (const ObiettivoReport* ob : g.obiettivi)
                if (ob->motivazione_neutralizzazione) {
                    o += "- " + md::in_riga(ob->id) + ": " + md::in_riga(frase_neutralizzazione(d, *ob)) + "\n";
                    motivi = true;
                }
            if (motivi) o += "\n";
        }
        const std::string fascia = frase_fascia(d, p);
        o += "**Punteggio: " + formatta_punti(p.totale) + " su 100**" + (fascia.empty() ? "" : ", " + md::in_riga(fascia)) +
             (s.premio ? ", premio del responsabile " + formatta_importo(*s.premio) : std::string()) +
             (p.completo ? "" : ", valutazione incompleta") + ".\n\n";
        for (const auto& riga : s.spiegazione) o += "- " + md::in_riga(riga) + "\n";
        o += "\n";
        for (std::size_t k = 0; k < s.rilievi.size(); ++k) {
            const Rilievo& r = s.rilievi[k];
            o += (k ? ">\n> " : "> ") + std::string(nome_gravita(r.gravita)) + " `" + r.codice + "`: " +
                 md::in_riga(r.messaggio) + "\n";
        }
        if (!s.rilievi.empty()) o += "\n";
    }

    o += "## Scostamenti\n\n";
    if (d.scostamenti.empty()) o += "Nessun indicatore con valore atteso e realizzato.\n\n";
    else {
        righe.clear();
        for (const auto& x : d.scostamenti)
            righe.push_back({x.contesto, x.elemento, x.indicatore,
                             x.atteso ? testo_valore(*x.atteso, x.unita) : "—",
                             x.realizzato ? testo_valore(*x.realizzato, x.unita) : "—",
                             x.differenza ? formatta_decimale(*x.differenza) : "—",
                             testo_grado(x.stato, x.grado),
                             x.stato != StatoValutazione::valutato ? std::string(etichetta(x.stato))
                             : x.favorevole                         ? "in linea"
                                                                    : "scostamento"});
        md::tabella(o, {"Ambito o settore", "Elemento", "Indicatore", "Atteso", "Realizzato", "Differenza", "Grado",
                        "Esito"},
                    "lllrrrrl", righe);
    }

    if (d.confronto_anni) md::confronto(o, d);

    o += "## Rilievi\n\n";
    for (const auto& g : d.rilievi) {
        o += "### " + std::string(etichetta(g.gravita)) + " (" + std::to_string(g.rilievi.size()) + ")\n\n";
        if (g.rilievi.empty()) o += g.gravita == Gravita::violazione ? "Nessuna.\n" : "Nessuno.\n";
        for (const auto& r : g.rilievi)
            o += "- `" + r.codice + "` " + md::in_riga(r.messaggio) + (r.norma.empty() ? "" : " — " + md::in_riga(r.norma)) + " (`" +
                 (r.percorso.empty() ? "/" : r.percorso) + "`)\n";
        o += "\n";
    }

    if (!d.vincoli.empty()) {
        o += "## Vincoli di finanza pubblica\n\n";
        righe.clear();
        for (const auto& v : d.vincoli) {
            std::string cifre;
            for (const auto& c : v.cifre) cifre += (cifre.empty() ? "" : "; ") + c.voce + " " + testo_cifra(c);
            righe.push_back({v.voce, v.anno ? std::to_string(*v.anno) : "—", std::string(etichetta(v.esito)),
                             cifre.empty() ? "—" : cifre, v.norma});
        }
        md::tabella(o, {"Vincolo", "Anno", "Esito", "Dati", "Norma"}, "lllll", righe);
    }
    if (const auto& t = d.trasparenza) {
        o += "## Trasparenza\n\n" + perfpa::detail::quanti(static_cast<std::int64_t>(t->obblighi), "obbligo di pubblicazione", "obblighi di pubblicazione") +
             ", " + perfpa::detail::quanti(static_cast<std::int64_t>(t->monitorati), "monitorato", "monitorati") + ", " +
             perfpa::detail::quanti(static_cast<std::int64_t>(t->pubblicati), "pubblicato", "pubblicati") + ".\n\n";
        righe.clear();
        for (const auto& ob : t->elenco)
            righe.push_back({ob.denominazione, ob.riferimento.value_or(""), ob.monitorato ? "sì" : "no",
                             ob.pubblicato ? "sì" : "no"});
        md::tabella(o, {"Obbligo", "Riferimento", "Monitorato", "Pubblicato"}, "llll", righe);
    }
    if (const auto& a = d.anticorruzione) {
        o += "## Anticorruzione\n\n" + (a->piano ? md::in_riga(*a->piano) + ". " : std::string()) + perfpa::detail::quanti(static_cast<std::int64_t>(a->attuate), "misura attuata", "misure attuate") +
             " su " + std::to_string(a->misure) + ".\n\n";
        righe.clear();
        for (const auto& m : a->elenco)
            righe.push_back({m.descrizione, formatta_percentuale(m.valore_atteso),
                             m.valore_realizzato ? formatta_percentuale(*m.valore_realizzato) : "—",
                             m.attuata ? "sì" : "no"});
        md::tabella(o, {"Misura", "Atteso", "Realizzato", "Attuata"}, "lrrl", righe);
    }
    if (const auto& c = d.controlli_interni) {
        o += "## Controlli interni\n\nControllo successivo degli atti: " +
             std::string(c->controllo_successivo ? "svolto" : "non svolto") +
             (c->metodo ? " (" + md::in_riga(*c->metodo) + ")" : "") + ".\n\n";
        if (c->esiti) o += md::testo(*c->esiti) + "\n\n";
    }
    for (const auto& i : d.indagini_soddisfazione) {
        o += "## Indagine di soddisfazione: " + md::in_riga(i.strumento) + "\n\n";
        if (i.esiti) o += md::testo(*i.esiti) + "\n\n";
        for (const auto& s : i.suggerimenti.value_or(std::vector<std::string>{})) o += "- " + md::in_riga(s) + "\n";
        if (i.suggerimenti && !i.suggerimenti->empty()) o += "\n";
    }
    return o;
}

} // namespace perfpa::esempi

#endif
