// A self-contained HTML page of a Relazione for citizens and council
// members: no network, no external assets, the bar chart drawn as inline
// SVG, a print stylesheet. Only formats a DatiReport.
#ifndef PERFPA_ESEMPI_REPORT_HTML_HPP
#define PERFPA_ESEMPI_REPORT_HTML_HPP

#include "frasi.hpp"

#include <perfpa/report.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace perfpa::esempi {

namespace html {

/** Text for HTML content and attribute values: & < > " ' escaped. */
inline std::string t(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out.push_back(c);
        }
    }
    return out;
}

inline constexpr std::string_view stile = R"(
:root{--ink:#1f2933;--muted:#5b6675;--line:#dfe4ea;--bg:#f4f6f9;--accent:#17406d;--org:#2f6db5;--ind:#3f9b6e;
--comp:#d99a2b;--errore:#b42318;--violazione:#c2410c;--avviso:#8a6a00;--ok:#1f7a4d}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);
font:16px/1.55 "Noto Sans","DejaVu Sans",system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
header.copertina{background:var(--accent);color:#fff;padding:36px 24px 28px}
header.copertina>div,main{max-width:1040px;margin:0 auto}
header.copertina p{margin:4px 0;opacity:.92}
header.copertina p.smvp{margin-top:10px;padding:6px 10px;border-radius:6px;background:rgba(255,255,255,.14);opacity:1}
header.copertina p.smvp.assente{background:#fff3cd;color:#5c4300}
tr.gruppo th{background:var(--bg);text-align:left;text-transform:none;font-size:13px}
.sopratitolo{text-transform:uppercase;letter-spacing:.08em;font-size:13px;opacity:.8}
h1{font-size:32px;margin:4px 0 8px;line-height:1.2}
h2{font-size:22px;margin:0 0 12px;color:var(--accent)}
h3{font-size:18px;margin:0}
main{padding:8px 24px 40px}
main a{color:var(--accent);text-decoration:none}main a:hover{text-decoration:underline}
nav{margin:16px 0 0;font-size:14px}
nav a{color:#fff;margin-right:14px;text-decoration:none;border-bottom:1px solid rgba(255,255,255,.4)}
section{background:#fff;border:1px solid var(--line);border-radius:10px;padding:22px 26px;margin:22px 0}
.riassunto{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:12px;margin-top:18px}
.riassunto div{background:rgba(255,255,255,.1);border-radius:8px;padding:10px 14px}
.riassunto b{display:block;font-size:24px}
.riassunto span{font-size:13px;opacity:.85}
table{border-collapse:collapse;width:100%;font-size:14px;margin:10px 0}
th,td{padding:7px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);border-bottom:2px solid var(--line)}
.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
tfoot td{font-weight:600;border-bottom:none}
.nota{color:var(--muted);font-size:13px}
.badge{display:inline-block;padding:1px 9px;border-radius:999px;font-size:12px;font-weight:600;white-space:nowrap;
background:#eef1f5;color:var(--ink)}
.badge.ok{background:#e3f3ea;color:var(--ok)}.badge.ko{background:#fde8e6;color:var(--errore)}
.badge.neutro{background:#eef1f5;color:var(--muted)}.badge.mezzo{background:#fff4d6;color:var(--avviso)}
.settore{border-left:6px solid var(--accent)}
.testata{display:flex;justify-content:space-between;gap:18px;align-items:flex-start}
.punteggio{text-align:right;min-width:150px}
.punteggio>b{font-size:34px;line-height:1;color:var(--accent)}
.punteggio span{display:block;font-size:13px;color:var(--muted)}
.componenti{display:flex;gap:10px;flex-wrap:wrap;margin:12px 0 4px}
.componenti div{flex:1;min-width:150px;border:1px solid var(--line);border-radius:8px;padding:8px 12px;font-size:13px}
.componenti b{display:block;font-size:18px}
.componenti i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px}
details{margin-top:8px;font-size:13px}summary{cursor:pointer;color:var(--accent)}
details li{margin:3px 0}
.rilievi{list-style:none;padding:0;margin:8px 0 0}
.rilievi li{border-left:4px solid var(--avviso);background:#fafbfc;padding:8px 12px;margin:6px 0;font-size:14px}
.rilievi li.errore{border-color:var(--errore)}.rilievi li.violazione{border-color:var(--violazione)}
.rilievi code{font-size:12px;color:var(--muted)}
.gruppo h3{margin:16px 0 4px}.gruppo.errore h3{color:var(--errore)}.gruppo.violazione h3{color:var(--violazione)}
.gruppo.avviso h3{color:var(--avviso)}
.commento{font-size:13px;color:var(--muted)}
svg text{font-family:inherit}
.ramo{border-left:6px solid var(--org);padding:2px 0 2px 16px;margin:18px 0}
.freccia{font-weight:700;white-space:nowrap}.freccia.migliora{color:var(--ok)}.freccia.peggiora{color:var(--errore)}
footer{max-width:1040px;margin:0 auto;padding:0 24px 32px;color:var(--muted);font-size:13px}
@media print{
 body{background:#fff;font-size:11pt}
 header.copertina{background:none;color:#000;padding:0 0 8pt;border-bottom:2pt solid #000}
 header.copertina p,.sopratitolo,.riassunto span{opacity:1}
 .riassunto div{border:1px solid #999}
 nav{display:none}
 main{padding:0}
 section{border:none;border-radius:0;padding:8pt 0;margin:8pt 0;break-inside:auto}
 .settore{border-left:none;break-before:page}
 tr,.rilievi li,.componenti{break-inside:avoid}
 h2,h3{break-after:avoid}
 a{color:inherit;text-decoration:none}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
)";

inline std::string badge_giudizio(const std::optional<Giudizio>& g) {
    if (!g) return "<span class=\"badge neutro\">nessun giudizio</span>";
    const char* classe = *g == Giudizio::pienamente_raggiunto || *g == Giudizio::raggiunto ? "ok"
                         : *g == Giudizio::parzialmente_raggiunto                         ? "mezzo"
                         : *g == Giudizio::non_raggiunto                                  ? "ko"
                                                                                          : "neutro";
    return "<span class=\"badge " + std::string(classe) + "\">" + t(etichetta(*g)) + "</span>";
}

inline std::string badge_esito(EsitoVincolo e) {
    const char* classe = e == EsitoVincolo::rispettato ? "ok" : e == EsitoVincolo::non_rispettato ? "ko" : "neutro";
    return "<span class=\"badge " + std::string(classe) + "\">" + t(etichetta(e)) + "</span>";
}

inline std::string badge_si_no(bool si, const char* testo_si = "sì", const char* testo_no = "no") {
    return si ? "<span class=\"badge ok\">" + std::string(testo_si) + "</span>"
              : "<span class=\"badge ko\">" + std::string(testo_no) + "</span>";
}

/** A settore's name short enough for a chart label: up to its first comma, at most 70 characters. */
inline std::string nome_breve(std::string_view nome) {
    std::string_view s = nome.substr(0, nome.find(','));
    std::size_t n = 0, i = 0;
    for (; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++n > 70) break;
    return i < s.size() ? std::string(s.substr(0, i)) + "…" : std::string(s);
}

inline std::string ancora_settore(std::size_t i) { return "settore-" + std::to_string(i + 1); }

// x coordinate of `centesimi` points on a 0–100 axis `larghezza` pixels wide.
inline std::int64_t x_di(std::int64_t centesimi, std::int64_t larghezza) { return centesimi * larghezza / 100'00; }

/** The bar chart: one stacked bar per settore (the three components), band thresholds as dashed lines. */
inline std::string grafico(const DatiReport& d) {
    constexpr std::int64_t sinistra = 8, larghezza = 880, passo = 54, alto = 48;
    const std::int64_t altezza = alto + passo * static_cast<std::int64_t>(d.settori.size()) + 8;
    std::string o = "<svg role=\"img\" aria-label=\"Punteggio per settore\" viewBox=\"0 0 " +
                    std::to_string(sinistra + larghezza + 70) + " " + std::to_string(altezza) +
                    "\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">";
    // Legend.
    std::int64_t lx = sinistra;
    for (auto [colore, nome] : {std::pair{"var(--org)", "performance organizzativa"},
                                std::pair{"var(--ind)", "obiettivi individuali"},
                                std::pair{"var(--comp)", "comportamenti"}}) {
        o += "<rect x=\"" + std::to_string(lx) + "\" y=\"4\" width=\"12\" height=\"12\" rx=\"2\" fill=\"" + colore +
             "\"/><text x=\"" + std::to_string(lx + 18) + "\" y=\"15\" font-size=\"13\" fill=\"#5b6675\">" + nome +
             "</text>";
        lx += 18 + static_cast<std::int64_t>(std::string_view(nome).size()) * 7 + 24;
    }
    // Axis and band thresholds.
    for (std::int64_t v = 0; v <= 100; v += 25) {
        const std::int64_t x = sinistra + x_di(v * 100, larghezza);
        o += "<line x1=\"" + std::to_string(x) + "\" y1=\"" + std::to_string(alto - 10) + "\" x2=\"" +
             std::to_string(x) + "\" y2=\"" + std::to_string(altezza - 4) + "\" stroke=\"#e6eaef\"/>";
        o += "<text x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(alto - 14) +
             "\" font-size=\"11\" fill=\"#8a94a3\" text-anchor=\"middle\">" + std::to_string(v) + "</text>";
    }
    for (const Fascia& f : d.fasce) {
        if (f.da.centesimi() <= 0) continue;
        const std::string x = std::to_string(sinistra + x_di(f.da.centesimi(), larghezza));
        o += "<line x1=\"" + x + "\" y1=\"" + std::to_string(alto - 4) + "\" x2=\"" + x + "\" y2=\"" +
             std::to_string(altezza - 4) + "\" stroke=\"#9aa5b4\" stroke-dasharray=\"4 4\"/>";
        o += "<text x=\"" + x + "\" y=\"" + std::to_string(altezza - 6) + "\" dx=\"4\" font-size=\"11\" fill=\"#5b6675\">" +
             t("fascia " + f.nome) + "</text>";
    }
    for (std::size_t i = 0; i < d.settori.size(); ++i) {
        const SettoreReport& s = d.settori[i];
        const PunteggioSettore& p = s.punteggio;
        const std::int64_t y = alto + passo * static_cast<std::int64_t>(i);
        o += "<a href=\"#" + ancora_settore(i) + "\"><text x=\"" + std::to_string(sinistra) + "\" y=\"" +
             std::to_string(y + 12) + "\" font-size=\"13\" fill=\"#1f2933\"><title>" + t(s.denominazione) + "</title>" + t(nome_breve(s.denominazione)) +
             " <tspan fill=\"#5b6675\">· " + t(s.responsabile) + "</tspan></text>";
        std::int64_t x = sinistra;
        for (auto [c, colore] : {std::pair{&p.performance_organizzativa, "var(--org)"},
                                 std::pair{&p.obiettivi_individuali, "var(--ind)"},
                                 std::pair{&p.comportamenti, "var(--comp)"}}) {
            const std::int64_t w = x_di(c->punti.value_or(Punti{}).centesimi(), larghezza);
            if (w > 0)
                o += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y + 18) + "\" width=\"" +
                     std::to_string(w) + "\" height=\"22\" fill=\"" + colore + "\"/>";
            x += w;
        }
        o += "<rect x=\"" + std::to_string(sinistra) + "\" y=\"" + std::to_string(y + 18) + "\" width=\"" +
             std::to_string(larghezza) + "\" height=\"22\" fill=\"none\" stroke=\"#c9d1db\"/>";
        o += "<text x=\"" + std::to_string(x + 6) + "\" y=\"" + std::to_string(y + 34) +
             "\" font-size=\"14\" font-weight=\"700\" fill=\"#17406d\">" + formatta_punti(p.totale) + "</text></a>";
    }
    return o + "</svg>";
}

inline std::string tabella_rilievi(const std::vector<Rilievo>& rilievi) {
    std::string o = "<ul class=\"rilievi\">";
    for (const Rilievo& r : rilievi) {
        o += "<li class=\"" + std::string(nome_gravita(r.gravita)) + "\">" + t(r.messaggio);
        if (!r.norma.empty()) o += " <span class=\"nota\">(" + t(r.norma) + ")</span>";
        o += "<br><code>" + t(r.codice) + " · " + t(r.percorso.empty() ? "/" : r.percorso) + "</code></li>";
    }
    return o + "</ul>";
}

inline std::string settore(const SettoreReport& s, std::size_t i, const DatiReport& d) {
    const PunteggioSettore& p = s.punteggio;
    const int dec = decimali_pesi(s);
    std::string o = "<section class=\"settore\" id=\"" + ancora_settore(i) + "\"><div class=\"testata\"><div><h3>" +
                    t(s.denominazione) + "</h3><p class=\"nota\">Responsabile: <b>" + t(s.responsabile) + "</b>" +
                    (s.ruolo ? ", " + t(*s.ruolo) : "") + "</p></div><div class=\"punteggio\"><b>" +
                    formatta_punti(p.totale) + "</b><span>punti su 100</span>" +
                    (d.smvp_dell_ente ? "<span>fascia <strong>" + t(p.fascia) + "</strong> · quota premio " +
                                            formatta_percentuale(p.quota_premio) + "</span>"
                                      : std::string()) +
                    (s.premio ? "<span>premio del responsabile <strong>" + formatta_importo(*s.premio) + "</strong></span>"
                              : std::string()) +
                    (p.completo ? "" : "<span class=\"badge mezzo\">valutazione incompleta</span>") + "</div></div>";
    o += "<div class=\"componenti\">";
    for (auto [nome, c, peso, colore] :
         {std::tuple{"Performance organizzativa", &p.performance_organizzativa, d.pesi.performance_organizzativa,
                     "var(--org)"},
          std::tuple{"Obiettivi individuali", &p.obiettivi_individuali, d.pesi.obiettivi_individuali, "var(--ind)"},
          std::tuple{"Comportamenti", &p.comportamenti, d.pesi.comportamenti, "var(--comp)"}})
        o += "<div><i style=\"background:" + std::string(colore) + "\"></i>" + nome + "<b>" + testo_punti(c->punti) +
             " <span class=\"nota\">/ " + formatta_punti(peso) + "</span></b>" +
             (c->punti ? "" : "<span class=\"nota\">non valutato</span>") + "</div>";
    o += "</div>";
    if (s.obiettivi.empty()) {
        o += "<p>Nessun obiettivo assegnato al settore.</p>";
    } else {
        o += "<table><thead><tr><th>Obiettivo</th><th class=\"n\">Peso</th><th class=\"n\">Scadenza</th>"
             "<th class=\"n\">Grado</th><th class=\"n\">Punti</th></tr></thead><tbody>";
        for (const ObiettiviDelGruppo& g : per_gruppo(s)) {
          // The document's groups (ciclo.md §8): a row naming each, its cap and what is assigned.
          if (!s.gruppi.empty())
              o += "<tr class=\"gruppo\"><th colspan=\"5\">" + t(titolo_gruppo(g, dec)) + "</th></tr>";
          for (const ObiettivoReport* p_ob : g.obiettivi) {
            const ObiettivoReport& ob = *p_ob;
            o += "<tr><td>" + t(ob.descrizione);
            for (const Indicatore& ind : ob.indicatori) {
                o += "<br><span class=\"nota\">" + t(ind.descrizione);
                if (ind.valore_atteso) o += " — atteso: " + t(testo_valore(*ind.valore_atteso, ind.unita));
                if (ind.valore_realizzato)
                    o += "; realizzato: " + t(testo_valore(*ind.valore_realizzato, ind.unita));
                o += "</span>";
            }
            if (ob.motivazione_neutralizzazione)
                o += "<br><span class=\"commento\">" + t(frase_neutralizzazione(d, ob)) + "</span>";
            o += "</td><td class=\"n\">" + testo_peso(ob.peso, dec) + "</td><td class=\"n\">" +
                 (ob.data_fine_prevista ? formatta_data(*ob.data_fine_prevista) : "—") + "</td><td class=\"n\">" +
                 t(testo_grado_obiettivo(ob)) + "</td><td class=\"n\">" +
                 testo_punti(ob.contributo) + "</td></tr>";
          }
        }
        o += "</tbody><tfoot><tr><td>Totale dei pesi" +
             (s.somma_pesi != s.peso
                  ? " <span class=\"badge ko\">il settore dichiara " + testo_peso(s.peso, dec) + "</span>"
                  : std::string()) +
             "</td><td class=\"n\">" + testo_peso(s.somma_pesi, dec) + "</td><td></td><td></td><td class=\"n\">" +
             testo_punti(p.obiettivi_individuali.punti) + "</td></tr></tfoot></table>";
    }
    o += "<details><summary>Come è calcolato il punteggio</summary><ul>";
    for (const std::string& riga : s.spiegazione) o += "<li>" + t(riga) + "</li>";
    o += "</ul></details>";
    // Findings on the settore itself stand out; those on its objectives fold away.
    std::vector<Rilievo> propri, obiettivi;
    for (const Rilievo& r : s.rilievi)
        (r.percorso == "/settori/" + std::to_string(i) ? propri : obiettivi).push_back(r);
    if (!propri.empty()) o += tabella_rilievi(propri);
    if (!obiettivi.empty())
        o += "<details><summary>" + std::to_string(obiettivi.size()) + (obiettivi.size() == 1 ? " rilievo" : " rilievi") +
             " sugli obiettivi</summary>" + tabella_rilievi(obiettivi) + "</details>";
    return o + "</section>";
}

// The rows of a branch of the tree: each settore as a heading row, its objectives under it.
inline std::string righe_albero(const std::vector<SettoreAlbero>& settori) {
    std::string o = "<table><thead><tr><th>Obiettivo</th><th class=\"n\">Peso</th><th class=\"n\">Grado</th></tr>"
                    "</thead><tbody>";
    for (const SettoreAlbero& s : settori) {
        o += "<tr class=\"gruppo\"><th colspan=\"3\">" + t(s.denominazione) + "</th></tr>";
        for (const ObiettivoAlbero& x : s.obiettivi)
            o += "<tr><td>" + t(x.id) + " — " + t(x.descrizione) + "</td><td class=\"n\">" + formatta_peso(x.peso) +
                 "</td><td class=\"n\">" + t(testo_grado(x.grado.stato, x.grado.grado)) + "</td></tr>";
    }
    return o + "</tbody></table>";
}

/** The tree of the performance (ciclo.md §1): strategic objective → objectives by settore, with degrees. */
inline std::string albero(const AlberoPerformance& a) {
    std::string o = "<section id=\"albero\"><h2>Albero della performance</h2><p class=\"nota\">Dagli obiettivi "
                    "strategici (DUP, PIAO) agli obiettivi dei settori. Il grado di un obiettivo strategico è la media "
                    "dei gradi degli obiettivi che ne discendono, pesata con i loro pesi: i neutralizzati escono, i non "
                    "valutati contano 0.</p>";
    for (const RamoStrategico& r : a.rami) {
        const ObiettivoStrategico& os = r.obiettivo_strategico;
        std::string dove;
        if (os.missione) dove += "missione " + *os.missione;
        if (os.programma) dove += (dove.empty() ? "" : " · ") + std::string("programma ") + *os.programma;
        if (os.sezione_piao) dove += (dove.empty() ? "" : " · ") + std::string("PIAO: ") + *os.sezione_piao;
        o += "<div class=\"ramo\"><div class=\"testata\"><div><h3>" + t(os.id) + " — " + t(os.descrizione) + "</h3>" +
             (dove.empty() ? std::string() : "<p class=\"nota\">" + t(dove) + "</p>") +
             "</div><div class=\"punteggio\"><b>" + t(testo_grado(r.grado.stato, r.grado.grado)) +
             "</b><span>grado</span></div></div>";
        o += r.settori.empty() ? "<p class=\"nota\">Nessun obiettivo ne discende.</p>" : righe_albero(r.settori);
        o += "<details><summary>Come è calcolato il grado</summary><p>" + t(r.grado.spiegazione) + "</p></details></div>";
    }
    if (!a.senza_strategico.empty())
        o += "<div class=\"ramo\"><h3>Obiettivi non collegati a un obiettivo strategico</h3>" +
             righe_albero(a.senza_strategico) + "</div>";
    return o + "</section>\n";
}

// An arrow cell: the direction of the figure, coloured by its trend.
inline std::string cella_freccia(std::optional<int> segno, const std::optional<Tendenza>& tendenza) {
    const std::string nome = testo_tendenza(tendenza);
    return "<td class=\"n\"><span class=\"freccia " + nome + "\"" + (nome.empty() ? "" : " title=\"" + nome + "\"") +
           ">" + freccia(segno, tendenza) + (nome.empty() ? "" : " " + nome) + "</span></td>";
}

inline std::string rilievi_negli_anni(const std::vector<RilievoNegliAnni>& v) {
    std::string o = "<ul class=\"rilievi\">";
    for (const RilievoNegliAnni& x : v) {
        const Rilievo& r = x.corrente ? *x.corrente : *x.precedente;
        o += "<li class=\"" + std::string(nome_gravita(r.gravita)) + "\">" + t(r.messaggio) + "<br><code>" +
             t(x.codice) + " · " + t(x.identita) + "</code></li>";
    }
    return o + "</ul>";
}

/** Last year against this year (ciclo.md §5), from `d.confronto_anni`. */
inline std::string confronto(const DatiReport& d) {
    const ConfrontoAnni& c = *d.confronto_anni;
    const std::string a = std::to_string(c.anno_precedente), b = std::to_string(c.anno_corrente);
    std::string o = "<section id=\"confronto\"><h2>Confronto con il " + a + "</h2><p class=\"nota\">Gli indicatori "
                    "con lo stesso codice nei due anni, i punteggi dei settori presenti in entrambi, i rilievi e i "
                    "vincoli di finanza pubblica. ↑ ↓ = : il valore sale, scende o resta uguale; il colore dice se "
                    "migliora (verde) o peggiora (rosso) secondo il verso dell'indicatore.</p>";
    o += "<h3>Indicatori</h3>";
    if (c.indicatori.empty()) o += "<p class=\"nota\">Nessun indicatore con lo stesso codice nei due anni.</p>";
    else {
        o += "<table><thead><tr><th>Indicatore</th><th class=\"n\">" + a + "</th><th class=\"n\">" + b +
             "</th><th class=\"n\">Differenza</th><th class=\"n\">Andamento</th></tr></thead><tbody>";
        for (const ConfrontoIndicatore& x : c.indicatori)
            o += "<tr><td>" + t(x.descrizione) + "<br><span class=\"nota\">" + t(x.codice) + "</span></td><td class=\"n\">" +
                 t(x.precedente.value_or("—")) + "</td><td class=\"n\">" + t(x.corrente.value_or("—")) +
                 "</td><td class=\"n\">" + testo_differenza(x.differenza) + "</td>" +
                 cella_freccia(segno_di(x.differenza), x.tendenza) + "</tr>";
        o += "</tbody></table>";
    }
    if (!c.ambiti.empty()) {
        o += "<h3>Ambiti della performance organizzativa</h3><table><thead><tr><th>Ambito</th><th class=\"n\">" + a +
             "</th><th class=\"n\">" + b + "</th><th class=\"n\">Differenza</th><th class=\"n\">Andamento</th></tr>"
             "</thead><tbody>";
        for (const ConfrontoAmbito& x : c.ambiti) {
            std::string nome = x.ambito;
            if (d.performance_organizzativa)
                for (const AmbitoReport& am : d.performance_organizzativa->ambiti)
                    if (am.id == x.ambito) nome = am.denominazione;
            const auto s = segno_di(x.differenza);
            o += "<tr><td>" + t(nome) + "</td><td class=\"n\">" + (x.precedente ? formatta_percentuale(*x.precedente) : "—") +
                 "</td><td class=\"n\">" + (x.corrente ? formatta_percentuale(*x.corrente) : "—") + "</td><td class=\"n\">" +
                 testo_differenza(x.differenza) + "</td>" +
                 cella_freccia(s, s ? std::optional<Tendenza>(*s > 0 ? Tendenza::migliora : *s < 0 ? Tendenza::peggiora : Tendenza::stabile)
                                    : std::nullopt) + "</tr>";
        }
        o += "</tbody></table>";
    }
    o += "<h3>Punteggi dei settori</h3>";
    if (c.settori.empty()) o += "<p class=\"nota\">Nessun settore presente in entrambi gli anni.</p>";
    else {
        o += "<table><thead><tr><th>Settore</th><th class=\"n\">" + a + "</th><th class=\"n\">" + b +
             "</th><th class=\"n\">Differenza</th><th class=\"n\">Andamento</th></tr></thead><tbody>";
        auto anno = [&](const PunteggioAnno& p) {
            return formatta_punti(p.totale) + (d.smvp_dell_ente && !p.fascia.empty() ? " (" + t(p.fascia) + ")" : "");
        };
        for (const ConfrontoSettore& x : c.settori) {
            const auto s = segno_di(std::optional<Decimale>(x.differenza));
            o += "<tr><td>" + t(nome_settore(d, x.settore)) + "</td><td class=\"n\">" + anno(x.precedente) +
                 "</td><td class=\"n\">" + anno(x.corrente) + "</td><td class=\"n\">" +
                 testo_differenza(std::optional<Decimale>(x.differenza)) + "</td>" +
                 cella_freccia(s, *s > 0 ? Tendenza::migliora : *s < 0 ? Tendenza::peggiora : Tendenza::stabile) + "</tr>";
        }
        o += "</tbody></table>";
    }
    o += "<h3>Rilievi</h3>";
    for (auto [titolo, v] : {std::pair{"Risolti", &c.risolti}, std::pair{"Nuovi", &c.nuovi}}) {
        o += "<p><b>" + std::string(titolo) + " (" + std::to_string(v->size()) + ")</b>" +
             (std::string_view(titolo) == "Risolti" ? " — c'erano nel " + a + ", non nel " + b
                                                    : " — non c'erano nel " + a) +
             "</p>" + (v->empty() ? std::string() : rilievi_negli_anni(*v));
    }
    o += "<details><summary>Persistenti (" + std::to_string(c.persistenti.size()) + ") — in entrambi gli anni</summary>" +
         rilievi_negli_anni(c.persistenti) + "</details>";
    if (!c.vincoli.empty()) {
        o += "<h3>Vincoli di finanza pubblica</h3><table><thead><tr><th>Vincolo</th><th class=\"n\">" + a +
             "</th><th class=\"n\">" + b + "</th><th class=\"n\">Differenza</th><th class=\"n\">Andamento</th></tr>"
             "</thead><tbody>";
        for (const ConfrontoVincolo& x : c.vincoli)
            o += "<tr><td>" + t(nome_vincolo(x.vincolo)) + "<br><span class=\"nota\">" + t(nome_voce_vincolo(x.voce)) +
                 "</span></td><td class=\"n\">" + t(x.precedente.value_or("—")) + "</td><td class=\"n\">" +
                 t(x.corrente.value_or("—")) + "</td><td class=\"n\">" + testo_differenza(x.differenza) + "</td>" +
                 cella_freccia(segno_di(x.differenza), x.tendenza) + "</tr>";
        o += "</tbody></table>";
    }
    return o + "</section>\n";
}

} // namespace html

/** The HTML page of a report: one self-contained document. */
/**
 * The page of `d`. `sezione_premi`, when not empty, is a ready
 * `<section id="premi-personale">` (premi_html.hpp: the staff's bonuses,
 * aggregate) placed after the deviations, with its link in the navigation.
 */
inline std::string report_html(const DatiReport& d, std::string_view sezione_premi = {}) {
    using html::t;
    const std::string titolo = "Relazione sulla Performance " + std::to_string(d.anno);
    std::size_t n_rilievi[3] = {d.rilievi[0].rilievi.size(), d.rilievi[1].rilievi.size(), d.rilievi[2].rilievi.size()};
    std::string o = "<!DOCTYPE html>\n<html lang=\"it\"><head><meta charset=\"utf-8\">"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    "<title>" + t(titolo + " — " + d.ente.denominazione) + "</title><style>" +
                    std::string(html::stile) + "</style></head><body>\n";
    o += "<header class=\"copertina\"><div><div class=\"sopratitolo\">" + t(titolo) + "</div><h1>" +
         t(d.ente.denominazione) + "</h1><p>" + t(frase_ente(d)) + "</p><p>" + t(frase_approvazione(d)) + " · " +
         t(frase_validazione(d)) + "</p><p class=\"smvp" + (d.smvp_dell_ente ? "" : " assente") + "\"><b>" +
         t(frase_smvp(d)) + "</b></p>";
    o += "<div class=\"riassunto\"><div><b>" + std::to_string(d.settori.size()) + "</b><span>" +
         (d.settori.size() == 1 ? "settore valutato" : "settori valutati") + "</span></div>";
    if (d.performance_organizzativa)
        o += "<div><b>" + testo_punti(d.performance_organizzativa->componente.punti) + " / " +
             formatta_punti(d.pesi.performance_organizzativa) + "</b><span>performance organizzativa</span></div>";
    o += "<div><b>" + std::to_string(n_rilievi[0] + n_rilievi[1] + n_rilievi[2]) + "</b><span>rilievi: " +
         std::to_string(n_rilievi[0]) + (n_rilievi[0] == 1 ? " errore, " : " errori, ") + std::to_string(n_rilievi[1]) +
         (n_rilievi[1] == 1 ? " violazione, " : " violazioni, ") + std::to_string(n_rilievi[2]) +
         (n_rilievi[2] == 1 ? " avviso" : " avvisi") + "</span></div>";
    o += "<div><b>" + formatta_peso(Peso::da_centesimi(d.pesi.performance_organizzativa.centesimi())) + " · " +
         formatta_peso(Peso::da_centesimi(d.pesi.obiettivi_individuali.centesimi())) + " · " +
         formatta_peso(Peso::da_centesimi(d.pesi.comportamenti.centesimi())) + "</b><span>pesi delle componenti secondo «" + t(d.smvp) +
         "»</span></div></div>";
    // A link for each section the page has: the organisational performance only when the document gives it.
    o += std::string("<nav><a href=\"#punteggi\">Punteggi</a>") +
         (d.performance_organizzativa ? "<a href=\"#organizzativa\">Performance organizzativa</a>" : "") +
         (d.albero ? "<a href=\"#albero\">Albero della performance</a>" : "") +
         "<a href=\"#settori\">Settori</a><a href=\"#scostamenti\">Scostamenti</a>" +
         (d.confronto_anni ? "<a href=\"#confronto\">Confronto con il " + std::to_string(d.confronto_anni->anno_precedente) +
                                 "</a>"
                           : std::string()) +
         (sezione_premi.empty() ? "" : "<a href=\"#premi-personale\">Premi al personale</a>") +
         "<a href=\"#rilievi\">Rilievi</a><a href=\"#vincoli\">Vincoli</a><a href=\"#trasparenza\">Trasparenza</a>"
         "</nav></div></header>\n<main>\n";

    o += "<section id=\"punteggi\"><h2>Punteggio per settore</h2><p class=\"nota\">Punti su 100 di ciascun "
         "responsabile: la somma delle tre componenti dello SMVP. Le linee tratteggiate segnano l'inizio delle "
         "fasce di premio.</p>" + html::grafico(d);
    o += "<table><thead><tr><th>Settore</th><th>Responsabile</th><th class=\"n\">Perf. org.</th>"
         "<th class=\"n\">Obiettivi</th><th class=\"n\">Comport.</th><th class=\"n\">Totale</th><th>Fascia</th>"
         "</tr></thead><tbody>";
    for (std::size_t i = 0; i < d.settori.size(); ++i) {
        const auto& s = d.settori[i];
        const auto& p = s.punteggio;
        o += "<tr><td><a href=\"#" + html::ancora_settore(i) + "\">" + t(s.denominazione) + "</a></td><td>" +
             t(s.responsabile) + "</td><td class=\"n\">" + testo_punti(p.performance_organizzativa.punti) +
             "</td><td class=\"n\">" + testo_punti(p.obiettivi_individuali.punti) + "</td><td class=\"n\">" +
             testo_punti(p.comportamenti.punti) + "</td><td class=\"n\"><b>" + formatta_punti(p.totale) +
             "</b></td><td>" + (p.fascia.empty() ? std::string("—") : t(p.fascia)) + (p.completo ? "" : " <span class=\"badge mezzo\">incompleta</span>") +
             "</td></tr>";
    }
    o += "</tbody></table></section>\n";

    if (const auto& po = d.performance_organizzativa) {
        o += "<section id=\"organizzativa\"><h2>Performance organizzativa</h2><p>";
        if (po->peso && po->valore_realizzato)
            o += "Valore realizzato <b>" + formatta_punti(*po->valore_realizzato) + "</b> su " +
                 formatta_punti(*po->peso) + ". ";
        o += "Componente di ogni responsabile: <b>" + testo_punti(po->componente.punti) + "</b> punti su " +
             formatta_punti(d.pesi.performance_organizzativa) + ".</p>";
        if (!po->ambiti.empty()) {
            o += "<table><thead><tr><th>Ambito</th><th>Giudizio del Nucleo</th><th class=\"n\">Grado</th></tr>"
                 "</thead><tbody>";
            for (const auto& a : po->ambiti) {
                o += "<tr><td><b>" + t(a.denominazione) + "</b>";
                if (a.informazioni_acquisite)
                    o += "<br><span class=\"nota\">" + t(*a.informazioni_acquisite) + "</span>";
                if (a.commento) o += "<br><span class=\"commento\">Nucleo: «" + t(*a.commento) + "»</span>";
                o += "</td><td>" + html::badge_giudizio(a.giudizio) + "</td><td class=\"n\">" +
                     t(testo_grado(a.grado.stato, a.grado.grado)) + "</td></tr>";
            }
            o += "</tbody></table>";
        }
        o += "<details><summary>Come è calcolata</summary><p>" + t(po->componente.spiegazione) +
             "</p></details></section>\n";
    }

    if (d.albero) o += html::albero(*d.albero);

    o += "<div id=\"settori\"></div>";
    for (std::size_t i = 0; i < d.settori.size(); ++i) o += html::settore(d.settori[i], i, d) + "\n";

    o += "<section id=\"scostamenti\"><h2>Scostamenti tra atteso e realizzato</h2>";
    if (d.scostamenti.empty()) o += "<p class=\"nota\">Nessun indicatore con valore atteso e realizzato.</p>";
    else {
        o += "<table><thead><tr><th>Elemento</th><th>Indicatore</th><th class=\"n\">Atteso</th>"
             "<th class=\"n\">Realizzato</th><th class=\"n\">Differenza</th><th class=\"n\">Grado</th><th>Esito</th>"
             "</tr></thead><tbody>";
        for (const auto& x : d.scostamenti)
            o += "<tr><td>" + t(x.elemento) + "<br><span class=\"nota\">" + t(x.contesto) + "</span></td><td>" +
                 t(x.indicatore.empty() ? x.spiegazione : x.indicatore) + "</td><td class=\"n\">" +
                 (x.atteso ? t(testo_valore(*x.atteso, x.unita)) : "—") + "</td><td class=\"n\">" +
                 (x.realizzato ? t(testo_valore(*x.realizzato, x.unita)) : "—") + "</td><td class=\"n\">" +
                 (x.differenza ? formatta_decimale(*x.differenza) : "—") + "</td><td class=\"n\">" +
                 t(testo_grado(x.stato, x.grado)) + "</td><td>" +
                 (x.stato == StatoValutazione::valutato ? html::badge_si_no(x.favorevole, "in linea", "scostamento")
                                                        : "<span class=\"badge neutro\">" + t(etichetta(x.stato)) +
                                                              "</span>") +
                 "</td></tr>";
        o += "</tbody></table>";
    }
    o += "</section>\n";

    if (d.confronto_anni) o += html::confronto(d);

    o += sezione_premi;

    o += "<section id=\"rilievi\"><h2>Rilievi dei controlli</h2><p class=\"nota\">Errori: il documento si "
         "contraddice o non si può calcolare. Violazioni: i dati mostrano una norma non rispettata. Avvisi: "
         "punti da verificare.</p>";
    for (const auto& g : d.rilievi) {
        o += "<div class=\"gruppo " + std::string(nome_gravita(g.gravita)) + "\"><h3>" + t(etichetta(g.gravita)) +
             " (" + std::to_string(g.rilievi.size()) + ")</h3>";
        o += !g.rilievi.empty()                     ? html::tabella_rilievi(g.rilievi)
             : g.gravita == Gravita::violazione ? "<p class=\"nota\">Nessuna.</p>"
                                                : "<p class=\"nota\">Nessuno.</p>";
        o += "</div>";
    }
    o += "</section>\n";

    o += "<section id=\"vincoli\"><h2>Vincoli di finanza pubblica</h2>";
    if (d.vincoli.empty()) o += "<p class=\"nota\">Nessun vincolo indicato nel documento.</p>";
    else {
        o += "<table><thead><tr><th>Vincolo</th><th class=\"n\">Anno</th><th>Esito</th><th>Dati</th><th>Norma</th>"
             "</tr></thead><tbody>";
        for (const auto& v : d.vincoli) {
            std::string cifre;
            for (const auto& c : v.cifre) cifre += (cifre.empty() ? "" : "<br>") + t(c.voce) + ": " + t(testo_cifra(c));
            o += "<tr><td>" + t(v.voce) + "</td><td class=\"n\">" + (v.anno ? std::to_string(*v.anno) : "—") +
                 "</td><td>" + html::badge_esito(v.esito) + "</td><td>" + (cifre.empty() ? "—" : cifre) +
                 "</td><td class=\"nota\">" + t(v.norma) + "</td></tr>";
        }
        o += "</tbody></table>";
    }
    o += "</section>\n";

    o += "<section id=\"trasparenza\"><h2>Trasparenza e anticorruzione</h2>";
    if (const auto& tr = d.trasparenza) {
        o += "<p><b>" + std::to_string(tr->pubblicati) + "</b> " +
             (tr->pubblicati == 1 ? "obbligo di pubblicazione assolto su " : "obblighi di pubblicazione assolti su ") +
             std::to_string(tr->obblighi) + " (" + std::to_string(tr->monitorati) +
             (tr->monitorati == 1 ? " monitorato).</p>" : " monitorati).</p>") +
             "<table><thead><tr><th>Obbligo</th><th>Riferimento</th><th>Monitorato</th><th>Pubblicato</th></tr>"
             "</thead><tbody>";
        for (const auto& ob : tr->elenco)
            o += "<tr><td>" + t(ob.denominazione) + "</td><td class=\"nota\">" + t(ob.riferimento.value_or("")) +
                 "</td><td>" + html::badge_si_no(ob.monitorato) + "</td><td>" + html::badge_si_no(ob.pubblicato) +
                 "</td></tr>";
        o += "</tbody></table>";
    }
    if (const auto& a = d.anticorruzione) {
        o += "<p>" + (a->piano ? t(*a->piano) + ". " : std::string()) + "<b>" + std::to_string(a->attuate) +
             (a->attuate == 1 ? "</b> misura di prevenzione della corruzione attuata su "
                              : "</b> misure di prevenzione della corruzione attuate su ") + std::to_string(a->misure) +
             ".</p><table><thead><tr><th>Misura</th><th class=\"n\">Atteso</th><th class=\"n\">Realizzato</th>"
             "<th>Attuata</th></tr></thead><tbody>";
        for (const auto& m : a->elenco)
            o += "<tr><td>" + t(m.descrizione) + (m.azioni_svolte ? "<br><span class=\"nota\">" + t(*m.azioni_svolte) + "</span>" : "") +
                 "</td><td class=\"n\">" + formatta_percentuale(m.valore_atteso) + "</td><td class=\"n\">" +
                 (m.valore_realizzato ? formatta_percentuale(*m.valore_realizzato) : "—") + "</td><td>" +
                 html::badge_si_no(m.attuata) + "</td></tr>";
        o += "</tbody></table>";
    }
    if (const auto& c = d.controlli_interni)
        o += "<p>Controllo successivo di regolarità degli atti: " +
             html::badge_si_no(c->controllo_successivo, "svolto", "non svolto") +
             (c->metodo ? " <span class=\"nota\">(" + t(*c->metodo) + ")</span>" : "") + "</p>";
    for (const auto& i : d.indagini_soddisfazione) {
        o += "<h3>Indagine di soddisfazione: " + t(i.strumento) + "</h3>";
        if (i.esiti) o += "<p>" + t(*i.esiti) + "</p>";
        if (i.suggerimenti && !i.suggerimenti->empty()) {
            o += "<ul>";
            for (const auto& s : *i.suggerimenti) o += "<li>" + t(s) + "</li>";
            o += "</ul>";
        }
    }
    o += "</section>\n</main>\n<footer>Pagina generata con perfpa dai dati della Relazione (formato "
         "perfpa.relazione/1). Punteggi calcolati con «" + t(d.smvp) + "»: ogni cifra è spiegata nella sezione del "
         "suo settore.</footer>\n</body></html>\n";
    return o;
}

} // namespace perfpa::esempi

#endif
