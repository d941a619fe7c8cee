// The staff's bonuses in the HTML pages (personale.md §4, §5): the main
// report's section with the publication table of the split — aggregate
// figures only, no id, name or individual amount (art. 20 c.1–2 D.Lgs.
// 33/2013) — and a chart of the amounts by band as inline SVG; and, on a
// person's evaluation sheet, that person's amounts with their arithmetic.
// Only formats what ripartisci_premi_personale and pubblicazione_premi
// computed.
#ifndef PERFPA_ESEMPI_REPORT_PREMI_HTML_HPP
#define PERFPA_ESEMPI_REPORT_PREMI_HTML_HPP

#include "html.hpp"

#include <perfpa/formato_italiano.hpp>
#include <perfpa/scoring/premi_personale.hpp>
#include <perfpa/scoring/pubblicazione_premi.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace perfpa::esempi {

namespace premi {

/** The chart: one bar per band, its length the band's total amount (the largest fills the track), total, people and mean after the track. */
inline std::string grafico(const PubblicazionePremi& p) {
    using html::t;
    constexpr std::int64_t sinistra = 8, etichetta = 110, larghezza = 480, testo = 380, passo = 40, alto = 12;
    std::int64_t massimo = 0;
    for (const RigaPubblicazione& r : p.fasce) massimo = std::max(massimo, r.totale.centesimi());
    const std::int64_t altezza = alto + passo * static_cast<std::int64_t>(p.fasce.size()) + 4;
    std::string o = "<svg role=\"img\" aria-label=\"Premi per fascia\" viewBox=\"0 0 " +
                    std::to_string(sinistra + etichetta + larghezza + testo) + " " + std::to_string(altezza) +
                    "\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">";
    for (std::size_t i = 0; i < p.fasce.size(); ++i) {
        const RigaPubblicazione& r = p.fasce[i];
        const std::int64_t y = alto + passo * static_cast<std::int64_t>(i);
        const std::int64_t w = massimo > 0 ? r.totale.centesimi() * larghezza / massimo : 0;
        o += "<g class=\"fascia-premi\"><text x=\"" + std::to_string(sinistra) + "\" y=\"" + std::to_string(y + 17) +
             "\" font-size=\"14\" fill=\"#1f2933\">" + t("fascia " + r.nome) + "</text>";
        o += "<rect x=\"" + std::to_string(sinistra + etichetta) + "\" y=\"" + std::to_string(y) + "\" width=\"" +
             std::to_string(larghezza) + "\" height=\"24\" fill=\"none\" stroke=\"#c9d1db\"/>";
        if (w > 0)
            o += "<rect x=\"" + std::to_string(sinistra + etichetta) + "\" y=\"" + std::to_string(y) + "\" width=\"" +
                 std::to_string(w) + "\" height=\"24\" fill=\"var(--ind)\"/>";
        o += "<text x=\"" + std::to_string(sinistra + etichetta + larghezza + 10) + "\" y=\"" + std::to_string(y + 17) +
             "\" font-size=\"13\" fill=\"#17406d\"><tspan font-weight=\"700\">" + formatta_importo(r.totale) +
             "</tspan> · " + std::to_string(r.persone) + (r.persone == 1 ? " dipendente" : " dipendenti") +
             " · medio " + formatta_importo(r.media) + "</text></g>";
    }
    return o + "</svg>";
}

inline std::string tabella(const char* titolo, const std::vector<RigaPubblicazione>& righe, bool fasce) {
    using html::t;
    std::string o = std::string("<table><thead><tr><th>") + titolo +
                    "</th><th class=\"n\">Dipendenti</th><th class=\"n\">Totale</th><th class=\"n\">Medio</th>"
                    "<th class=\"n\">Minimo</th><th class=\"n\">Massimo</th></tr></thead><tbody>";
    for (const RigaPubblicazione& r : righe)
        o += "<tr><td>" + t(fasce ? "fascia " + r.nome : r.nome) + "</td><td class=\"n\">" + std::to_string(r.persone) +
             "</td><td class=\"n\">" + formatta_importo(r.totale) + "</td><td class=\"n\">" + formatta_importo(r.media) +
             "</td><td class=\"n\">" + formatta_importo(r.minimo) + "</td><td class=\"n\">" +
             formatta_importo(r.massimo) + "</td></tr>";
    return o + "</tbody></table>";
}

/**
 * The main report's section (id "premi-personale"): the fund, distributed
 * and undistributed, the chart by band, the tables by band and by category,
 * the counts, the art. 81 increase and the degree of differentiation.
 * `criteri` is the agreement's name (may be empty).
 */
inline std::string sezione(const PubblicazionePremi& p, std::string_view criteri) {
    using html::t;
    std::string o = "<section id=\"premi-personale\"><h2>Premi per la performance individuale del personale</h2>"
                    "<p class=\"nota\">Dati aggregati della ripartizione del fondo" +
                    (criteri.empty() ? std::string() : " secondo «" + t(criteri) + "»") +
                    ", pubblicati ai sensi dell'art. 20 c.1–2 D.Lgs. 33/2013: nessun nome né importo individuale.</p>";
    o += "<p>Fondo <b>" + formatta_importo(p.fondo) + "</b>: distribuiti <b>" + formatta_importo(p.distribuito) +
         "</b>, non distribuiti <b>" + formatta_importo(p.non_distribuito) + "</b>.</p>";
    o += grafico(p);
    o += tabella("Fascia", p.fasce, true);
    o += tabella("Categoria", p.categorie, false);
    o += "<p>Dipendenti: <b>" + std::to_string(p.dipendenti) + "</b>; valutati: <b>" + std::to_string(p.valutati) +
         "</b>; valutati positivamente: <b>" + std::to_string(p.positivi) + "</b>.</p>";
    o += "<p>Maggiorazione (art. 81 CCNL Funzioni Locali 16.11.2022): ";
    o += p.con_maggiorazione == 0 ? std::string("non attribuita")
                                  : "<b>" + std::to_string(p.con_maggiorazione) +
                                        (p.con_maggiorazione == 1 ? "</b> dipendente, " : "</b> dipendenti, ") +
                                        formatta_importo(p.maggiorazione) + " ciascuno";
    o += ".</p><p>Grado di differenziazione: ";
    o += p.quota_fascia_piu_alta ? formatta_centesimi(*p.quota_fascia_piu_alta) +
                                       "% dei valutati nella fascia con la quota più alta"
                                 : std::string("nessun valutato");
    o += "; importo massimo / importo medio dei premiati: ";
    o += p.rapporto_massimo_medio ? formatta_centesimi(Peso::da_centesimi(*p.rapporto_massimo_medio))
                                  : std::string("nessun premiato");
    return o + ".</p></section>\n";
}

/** A person's amounts on their evaluation sheet: base, increase, total, and the explanation. */
inline std::string importi(const AssegnazionePersonale& a, std::string_view criteri) {
    using html::t;
    return "<h2>Premio per la performance individuale</h2>" +
           (criteri.empty() ? std::string() : "<p class=\"conto\">Secondo «" + t(criteri) + "».</p>") +
           "<table class=\"premio\"><thead><tr><th class=\"n\">quota base</th><th class=\"n\">maggiorazione (art. 81 CCNL)</th>"
           "<th class=\"n\">importo</th></tr></thead><tbody><tr><td class=\"n\">" +
           formatta_importo(a.base) + "</td><td class=\"n\">" + formatta_importo(a.maggiorazione) +
           "</td><td class=\"n\"><b>" + formatta_importo(a.importo) + "</b></td></tr></tbody></table><p class=\"conto\">" +
           t(a.spiegazione) + "</p>\n";
}

} // namespace premi

/** The main report of `dati` with the staff's bonus section built from the publication table `p`. */
inline std::string report_html(const DatiReport& dati, const PubblicazionePremi& p, std::string_view criteri) {
    return report_html(dati, premi::sezione(p, criteri));
}

} // namespace perfpa::esempi

#endif
