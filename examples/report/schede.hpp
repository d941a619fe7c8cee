// The evaluation sheets (schede di valutazione) of a staff document: one
// printable sheet per person, what HR hands to each employee — the person,
// the settori and periods, each component with its arithmetic, the
// behaviours with the self-evaluation beside them, the review's outcome,
// the band and, with the split of the fund, the person's amounts. A
// self-contained HTML page, a page break between people. Only formats the
// model and the scores and split computed by the library.
#ifndef PERFPA_ESEMPI_REPORT_SCHEDE_HPP
#define PERFPA_ESEMPI_REPORT_SCHEDE_HPP

#include "html.hpp"
#include "premi_html.hpp"

#include <perfpa/formato_italiano.hpp>
#include <perfpa/model/personale.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>
#include <perfpa/scoring/personale.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace perfpa::esempi {

namespace schede {

inline constexpr std::string_view stile = R"(
:root{--ink:#1f2933;--muted:#5b6675;--line:#dfe4ea;--bg:#f4f6f9;--accent:#17406d;--ok:#1f7a4d;--avviso:#8a6a00}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);
font:15px/1.5 "Noto Sans","DejaVu Sans",system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.scheda{max-width:1000px;margin:24px auto;background:#fff;border:1px solid var(--line);border-radius:10px;
padding:26px 30px}
.scheda>header{border-bottom:3px solid var(--accent);padding-bottom:10px;margin-bottom:14px;display:flex;
justify-content:space-between;gap:18px;align-items:flex-end}
.sopratitolo{text-transform:uppercase;letter-spacing:.08em;font-size:12px;color:var(--muted)}
h1{font-size:26px;margin:2px 0;color:var(--accent);line-height:1.2}
h2{font-size:16px;margin:18px 0 6px;color:var(--accent)}
.esito{text-align:right;min-width:170px}
.esito b{display:block;font-size:34px;line-height:1;color:var(--accent)}
.esito span{display:block;font-size:13px;color:var(--muted)}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:0;font-size:14px}
dt{color:var(--muted)}dd{margin:0}
table{border-collapse:collapse;width:100%;font-size:14px;margin:4px 0}
th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);border-bottom:2px solid var(--line)}
.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
tfoot td{font-weight:600;border-bottom:none}
.conto{font-size:13px;color:var(--muted)}
.avviso{border-left:4px solid var(--avviso);background:#fffaf0;padding:8px 12px;margin:10px 0;font-size:14px}
.firme{display:flex;gap:40px;margin-top:28px;font-size:13px;color:var(--muted)}
.firme div{flex:1;border-top:1px solid var(--ink);padding-top:4px}
@media print{
 body{background:#fff;font-size:10.5pt}
 .scheda{max-width:none;margin:0;border:none;border-radius:0;padding:0;break-after:page;page-break-after:always}
 .scheda:last-child{break-after:auto;page-break-after:auto}
 tr{break-inside:avoid}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
)";

// The Relazione's name of a settore (its denominazione), else its id.
inline std::string nome_settore(const Relazione& r, std::string_view id) {
    for (const Settore& s : r.settori)
        if (s.id == id) return s.denominazione.empty() ? s.id : s.denominazione;
    return std::string(id);
}

// The catalogue's description of a behaviour, else its id.
inline std::string nome_comportamento(const Smvp& smvp, std::string_view id) {
    if (smvp.comportamenti)
        for (const Comportamento& c : *smvp.comportamenti)
            if (c.id == id) return c.descrizione.empty() ? c.id : c.descrizione;
    return std::string(id);
}

// Takes the model's Opzionale itself: a `const std::optional<…>&` parameter would get a
// temporary copy, and the pointer returned would dangle.
inline const PunteggioComportamento* trova(const Opzionale<std::vector<PunteggioComportamento>>& v,
                                           std::string_view id) {
    if (!v) return nullptr;
    for (const PunteggioComportamento& p : *v)
        if (p.comportamento == id) return &p;
    return nullptr;
}

inline std::string punti_o_trattino(const PunteggioComportamento* p) {
    return p ? formatta_punti(p->punteggio) : "—";
}

inline std::string componente(const Componente& c) { return c.punti ? formatta_punti(*c.punti) : "—"; }

// One person's sheet; `premio` (may be null) the person's amounts in the split, under the criteria named `criteri`.
inline std::string scheda(const Personale& personale, const Relazione& r, const Smvp& smvp, const Dipendente& d,
                          const PunteggioDipendente& p, const AssegnazionePersonale* premio = nullptr,
                          std::string_view criteri = {}) {
    using html::t;
    const ProfiloSmvp* profilo = perfpa::detail::profilo_di(smvp, d.categoria);
    std::string o = "<section class=\"scheda\" id=\"dipendente-" + t(d.id) + "\">\n<header><div><div class=\"sopratitolo\">" +
                    t(personale.ente) + " · Scheda di valutazione individuale " + std::to_string(personale.anno) +
                    "</div><h1>" + t(d.nome ? *d.nome : "Dipendente " + d.id) + "</h1></div><div class=\"esito\">";
    if (p.valutato)
        o += "<b>" + formatta_punti(p.totale) + "</b><span>punti su 100 · fascia " + t(p.fascia) + " · quota del premio " +
             formatta_percentuale(p.quota_premio) + "</span>";
    else
        o += "<b>—</b><span>non valutato</span>";
    o += "</div></header>\n<dl><dt>Matricola</dt><dd>" + t(d.id) + "</dd><dt>Categoria</dt><dd>" +
         t(nome_categoria(d.categoria)) + "</dd><dt>Tempo di lavoro</dt><dd>" +
         (d.part_time ? "part-time " + formatta_percentuale(*d.part_time) : std::string("tempo pieno")) +
         "</dd><dt>Profilo dello SMVP</dt><dd>" + (p.profilo.empty() ? "—" : t(p.profilo)) +
         "</dd><dt>Valutatore</dt><dd>" +
         (d.valutazione ? t(d.valutazione->valutatore) +
                              (d.valutazione->data ? ", " + formatta_data(*d.valutazione->data) : std::string())
                        : std::string("—")) +
         "</dd></dl>\n";

    o += "<h2>Settori e periodi</h2><table><thead><tr><th>settore</th><th>dal</th><th>al</th>"
         "<th class=\"n\">giorni nel " + std::to_string(personale.anno) + "</th></tr></thead><tbody>";
    for (const AssegnazioneDipendente& a : d.assegnazioni)
        o += "<tr><td>" + t(nome_settore(r, a.settore)) + "</td><td>" + formatta_data(a.dal) + "</td><td>" +
             formatta_data(a.al) + "</td><td class=\"n\">" +
             std::to_string(perfpa::detail::giorni_nell_anno(a.dal, a.al, personale.anno)) + "</td></tr>";
    o += "</tbody><tfoot><tr><td colspan=\"3\">giorni di servizio nell'anno</td><td class=\"n\">" +
         std::to_string(p.giorni) + "</td></tr></tfoot></table>\n";

    if (!p.valutato) {
        o += "<div class=\"avviso\">Non valutato: " + t(p.motivo) + ".</div>\n";
    } else {
        o += "<h2>Componenti del punteggio</h2><table><thead><tr><th>componente</th><th class=\"n\">peso</th>"
             "<th class=\"n\">punti</th><th>calcolo</th></tr></thead><tbody>";
        const auto riga = [&](const char* nome, Punti peso, const Componente& c) {
            o += "<tr><td>" + std::string(nome) + "</td><td class=\"n\">" +
                 formatta_peso(Peso::da_centesimi(peso.centesimi())) + "</td><td class=\"n\">" + componente(c) +
                 "</td><td class=\"conto\">" + t(c.spiegazione) + "</td></tr>";
        };
        riga("performance organizzativa", profilo->pesi.performance_organizzativa, p.performance_organizzativa);
        riga("obiettivi individuali", profilo->pesi.obiettivi_individuali, p.obiettivi_individuali);
        riga("comportamenti", profilo->pesi.comportamenti, p.comportamenti);
        o += "</tbody><tfoot><tr><td>totale</td><td class=\"n\">100</td><td class=\"n\">" + formatta_punti(p.totale) +
             "</td><td>fascia " + t(p.fascia) + " (quota del premio " + formatta_percentuale(p.quota_premio) + ")" +
             (p.completo ? "" : "; valutazione incompleta") + "</td></tr></tfoot></table>\n";

        o += "<h2>Comportamenti</h2><table><thead><tr><th>comportamento</th><th class=\"n\">peso</th>"
             "<th class=\"n\">valutatore</th><th class=\"n\">autovalutazione</th><th class=\"n\">dopo il "
             "contraddittorio</th></tr></thead><tbody>";
        const bool concluso = d.contraddittorio && d.contraddittorio->stato == StatoContraddittorio::concluso;
        for (const PesoComportamento& c : profilo->pesi_comportamenti) {
            const PunteggioComportamento* rivisto = concluso ? trova(d.contraddittorio->comportamenti, c.comportamento)
                                                             : nullptr;
            o += "<tr><td>" + t(nome_comportamento(smvp, c.comportamento)) + "</td><td class=\"n\">" +
                 formatta_peso(c.peso) + "</td><td class=\"n\">" +
                 punti_o_trattino(trova(d.comportamenti, c.comportamento)) + "</td><td class=\"n\">" +
                 punti_o_trattino(d.autovalutazione ? trova(d.autovalutazione->comportamenti, c.comportamento)
                                                    : nullptr) +
                 "</td><td class=\"n\">" + punti_o_trattino(rivisto) + "</td></tr>";
        }
        o += "</tbody></table>";
        if (smvp.scala_comportamenti)
            o += "<p class=\"conto\">Scala da " + formatta_punti(smvp.scala_comportamenti->minimo) + " a " +
                 formatta_punti(smvp.scala_comportamenti->massimo) +
                 ". L'autovalutazione è riportata accanto a quella del valutatore e non entra nel punteggio.</p>\n";
    }

    if (premio) o += premi::importi(*premio, criteri);

    o += "<h2>Contraddittorio</h2><p>";
    if (!d.contraddittorio) {
        o += "Nessun contraddittorio richiesto.";
    } else if (d.contraddittorio->stato == StatoContraddittorio::aperto) {
        o += "Contraddittorio aperto" +
             (d.contraddittorio->data ? " dal " + formatta_data(*d.contraddittorio->data) : std::string()) +
             ": la valutazione non è definitiva (art. 7 c.3 lett. b D.Lgs. 150/2009).";
    } else {
        std::string rivisti;
        if (d.contraddittorio->obiettivi)
            for (const RevisioneObiettivo& v : *d.contraddittorio->obiettivi)
                rivisti += std::string(rivisti.empty() ? "" : "; ") + "obiettivo " +
                           t(v.id ? *v.id : v.obiettivo.value_or("")) + ": " +
                           formatta_percentuale(v.grado_raggiungimento);
        if (d.contraddittorio->comportamenti)
            for (const PunteggioComportamento& v : *d.contraddittorio->comportamenti)
                rivisti += std::string(rivisti.empty() ? "" : "; ") + t(nome_comportamento(smvp, v.comportamento)) +
                           ": " + formatta_punti(v.punteggio);
        o += "Contraddittorio concluso" +
             (d.contraddittorio->data ? " il " + formatta_data(*d.contraddittorio->data) : std::string()) + ": " +
             (rivisti.empty() ? std::string("valutazione confermata.") : "valori rivisti (" + rivisti + "), già nel punteggio.");
    }
    o += "</p>\n<div class=\"firme\"><div>Il valutatore</div><div>Il dipendente, per presa visione</div></div>\n</section>\n";
    return o;
}

} // namespace schede

/**
 * The evaluation sheets of every person of `personale`, in its order, as one
 * self-contained HTML page (printed, one person per page). `punteggi` are
 * `calcola_punteggi_personale(personale, relazione, smvp)`. With
 * `ripartizione` (`ripartisci_premi_personale` of the same documents under
 * the criteria named `criteri`), each sheet also shows the person's amounts.
 */
inline std::string schede_html(const Personale& personale, const Relazione& relazione, const Smvp& smvp,
                               const std::vector<PunteggioDipendente>& punteggi,
                               const RipartizionePersonale* ripartizione = nullptr, std::string_view criteri = {}) {
    using html::t;
    std::string o = "<!DOCTYPE html>\n<html lang=\"it\"><head><meta charset=\"utf-8\">"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Schede di "
                    "valutazione " + std::to_string(personale.anno) + " — " + t(personale.ente) + "</title><style>" +
                    std::string(schede::stile) + "</style></head><body>\n";
    for (std::size_t i = 0; i < personale.dipendenti.size() && i < punteggi.size(); ++i)
        o += schede::scheda(personale, relazione, smvp, personale.dipendenti[i], punteggi[i],
                            ripartizione && i < ripartizione->assegnazioni.size() ? &ripartizione->assegnazioni[i]
                                                                                  : nullptr,
                            criteri);
    o += "</body></html>\n";
    return o;
}

} // namespace perfpa::esempi

#endif
