// perfpa — the publication table of the bonuses (personale.md §5) as
// Markdown, in Italian: what an ente publishes under art. 20 c.1–2 D.Lgs.
// 33/2013. Aggregate figures only.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_REPORT_PUBBLICAZIONE_PREMI_HPP
#define PERFPA_REPORT_PUBBLICAZIONE_PREMI_HPP

#include <perfpa/formato_italiano.hpp>
#include <perfpa/scoring/pubblicazione_premi.hpp>

#include <string>
#include <vector>

namespace perfpa {

/** The publication table as Markdown: the fund, a table by band and one by category, the counts and the differentiation. */
[[nodiscard]] inline std::string testo_pubblicazione_premi(const PubblicazionePremi& p) {
    std::string out = "# Premi per la performance individuale: dati aggregati (art. 20 c.1–2 D.Lgs. 33/2013)\n\n";
    out += "- fondo: " + formatta_importo(p.fondo) + "\n";
    out += "- distribuito: " + formatta_importo(p.distribuito) + "\n";
    out += "- non distribuito: " + formatta_importo(p.non_distribuito) + "\n\n";
    auto tabella = [&](const char* titolo, const std::vector<RigaPubblicazione>& righe) {
        out += std::string("| ") + titolo + " | dipendenti | totale | medio | minimo | massimo |\n";
        out += "| --- | ---: | ---: | ---: | ---: | ---: |\n";
        for (const RigaPubblicazione& r : righe)
            out += "| " + r.nome + " | " + std::to_string(r.persone) + " | " + formatta_importo(r.totale) + " | " +
                   formatta_importo(r.media) + " | " + formatta_importo(r.minimo) + " | " +
                   formatta_importo(r.massimo) + " |\n";
        out += "\n";
    };
    tabella("fascia", p.fasce);
    tabella("categoria", p.categorie);
    out += "- dipendenti: " + std::to_string(p.dipendenti) + "; valutati: " + std::to_string(p.valutati) +
           "; valutati positivamente: " + std::to_string(p.positivi) + "\n";
    out += "- maggiorazione (art. 81 CCNL Funzioni Locali 16.11.2022): " + std::to_string(p.con_maggiorazione) +
           (p.con_maggiorazione == 1 ? " dipendente" : " dipendenti");
    if (p.con_maggiorazione > 0) out += ", " + formatta_importo(p.maggiorazione) + " ciascuno";
    out += "\n- grado di differenziazione: ";
    out += p.quota_fascia_piu_alta ? formatta_centesimi(*p.quota_fascia_piu_alta) + "% dei valutati nella fascia con la "
                                                                                     "quota più alta"
                                   : std::string("nessun valutato");
    out += "; importo massimo / importo medio dei premiati: ";
    out += p.rapporto_massimo_medio ? formatta_centesimi(Peso::da_centesimi(*p.rapporto_massimo_medio))
                                    : std::string("nessun premiato");
    out += "\n";
    return out;
}

} // namespace perfpa

#endif
