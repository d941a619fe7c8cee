// The sentences every report generator shares: who approved and validated
// the Relazione, the ente in one line, the state of an objective. Plain
// text, no markup: each generator escapes it for its own format.
#ifndef PERFPA_ESEMPI_REPORT_FRASI_HPP
#define PERFPA_ESEMPI_REPORT_FRASI_HPP

#include <perfpa/report.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace perfpa::esempi {

/** "Comune di Leverano (LE), 13.639 abitanti al 31.12.2022". */
inline std::string frase_ente(const DatiReport& d) {
    std::string s = d.ente.denominazione;
    if (d.ente.provincia) s += " (" + *d.ente.provincia + ")";
    if (d.ente.popolazione) {
        s += ", " + formatta_decimale(Decimale::interi(*d.ente.popolazione)) + " abitanti";
        if (d.ente.popolazione_al) s += " al " + formatta_data(*d.ente.popolazione_al);
    }
    return s;
}

/** "Atto della giunta n. 19 del 27.01.2023" or the parts given. */
inline std::string frase_atto(const Atto& a) {
    std::string s = a.organo ? "atto della " + *a.organo : "atto";
    if (a.numero) s += " n. " + *a.numero;
    if (a.data) s += " del " + formatta_data(*a.data);
    return s;
}

/** "Validata dal Nucleo di Valutazione il 28 giugno 2024", or why not. */
inline std::string frase_validazione(const DatiReport& d) {
    if (!d.organo) return "Nessuna valutazione del Nucleo di Valutazione o dell'OIV nel documento";
    const std::string organo(etichetta(*d.organo));
    if (!d.validazione) return (*d.organo == OrganoValutazione::oiv ? "Validazione dell'" : "Validazione del ") + organo +
                               " non indicata";
    std::string s = d.validazione->esito == EsitoValidazione::validata ? "Validata" : "Non validata";
    s += std::string(*d.organo == OrganoValutazione::oiv ? " dall'" : " dal ") + organo;
    if (d.validazione->data) s += " il " + formatta_data_estesa(*d.validazione->data);
    return s;
}

/** "Approvata con atto della giunta n. 12 del 20.05.2024", or "Approvazione non indicata". */
inline std::string frase_approvazione(const DatiReport& d) {
    return d.approvazione ? "Approvata con " + frase_atto(*d.approvazione) : "Approvazione non indicata";
}

/** The degree of an objective or area as a cell: "100%", "neutralizzato", "non valutato". */
inline std::string testo_grado(StatoValutazione stato, const std::optional<Percentuale>& grado) {
    if (stato == StatoValutazione::valutato && grado) return formatta_percentuale(*grado);
    return std::string(etichetta(stato));
}

/** "40,00" or "—" for a component not evaluated. */
inline std::string testo_punti(const std::optional<Punti>& p) { return p ? formatta_punti(*p) : "—"; }

/**
 * Which SMVP the scores follow, said before any score: "Punteggi secondo lo
 * SMVP «…»", or, without the ente's, that the points follow an example and
 * that bands, shares and the findings needing the SMVP are left out.
 */
inline std::string frase_smvp(const DatiReport& d) {
    if (d.smvp_dell_ente) return "Punteggi secondo lo SMVP «" + d.smvp + "»";
    return "SMVP dell'ente non indicato: i punti seguono i pesi dello SMVP di esempio «" + d.smvp +
           "», non quelli dell'ente; fascia, quota del premio e rilievi che richiedono lo SMVP non sono mostrati";
}

/** "fascia B (quota del premio 80%)", or nothing without the ente's SMVP. */
inline std::string frase_fascia(const DatiReport& d, const PunteggioSettore& p) {
    if (!d.smvp_dell_ente) return {};
    return "fascia " + p.fascia + " (quota del premio " + formatta_percentuale(p.quota_premio) + ")";
}

/**
 * The decimals the weights of one settore need (0, 1 or 2): its weights are
 * all printed with that many, so that "4,00" stands beside "0,39", never "4".
 */
inline int decimali_pesi(const SettoreReport& s) {
    int d = 0;
    auto conta = [&](Peso p) {
        const std::int64_t c = p.centesimi() % 100;
        d = std::max(d, c == 0 ? 0 : c % 10 == 0 ? 1 : 2);
    };
    conta(s.peso);
    conta(s.somma_pesi);
    for (const auto& o : s.obiettivi) conta(o.peso);
    for (const auto& g : s.gruppi) conta(g.peso_massimo);
    return d;
}

/** A weight with `decimali` fixed decimals (see decimali_pesi): "4,00". */
inline std::string testo_peso(Peso p, int decimali) {
    return perfpa::detail::formatta_scalato(p.centesimi(), 2, decimali);
}

/** A settore's objectives under one of its groups (`gruppo` null: those in no group). */
struct ObiettiviDelGruppo {
    const GruppoObiettivi* gruppo = nullptr;
    std::vector<const ObiettivoReport*> obiettivi;
};

/**
 * A settore's objectives as the document lays them out (ciclo.md §8): each
 * group with its objectives, in the document's order, then those in no group
 * of the settore. Without groups, one list of all, `gruppo` null.
 */
inline std::vector<ObiettiviDelGruppo> per_gruppo(const SettoreReport& s) {
    std::vector<ObiettiviDelGruppo> out;
    ObiettiviDelGruppo resto;
    for (const GruppoObiettivi& g : s.gruppi) {
        out.push_back({&g, {}});
        for (const ObiettivoReport& o : s.obiettivi)
            if (o.gruppo && *o.gruppo == g.id) out.back().obiettivi.push_back(&o);
    }
    for (const ObiettivoReport& o : s.obiettivi) {
        const bool in_gruppo = o.gruppo && std::any_of(s.gruppi.begin(), s.gruppi.end(),
                                                       [&](const GruppoObiettivi& g) { return g.id == *o.gruppo; });
        if (!in_gruppo) resto.obiettivi.push_back(&o);
    }
    if (!resto.obiettivi.empty() || out.empty()) out.push_back(std::move(resto));
    return out;
}

/** "Obiettivi gestionali: fino a 20, assegnati 15", "Obiettivi senza gruppo" (weights with `decimali`). */
inline std::string titolo_gruppo(const ObiettiviDelGruppo& g, int decimali) {
    if (!g.gruppo) return "Obiettivi senza gruppo";
    Peso somma;
    for (const ObiettivoReport* o : g.obiettivi) somma += o->peso;
    return (g.gruppo->denominazione.empty() ? g.gruppo->id : g.gruppo->denominazione) + ": fino a " +
           testo_peso(g.gruppo->peso_massimo, decimali) + ", assegnati " + testo_peso(somma, decimali);
}

/** The degree of an objective as a cell, with who gave it when not the NdV: "80% (autovalutazione)". */
inline std::string testo_grado_obiettivo(const ObiettivoReport& o) {
    std::string s = testo_grado(o.grado.stato, o.grado.grado);
    if (o.fonte == FonteGrado::responsabile) s += " (autovalutazione)";
    else if (o.fonte == FonteGrado::controllo_di_gestione) s += " (controllo di gestione)";
    return s;
}

/** -1, 0, +1: the sign of a difference; nullopt without one. */
inline std::optional<int> segno_di(const std::optional<Decimale>& d) {
    if (!d) return std::nullopt;
    return (d->milionesimi() > 0) - (d->milionesimi() < 0);
}
inline std::optional<int> segno_di(const std::optional<std::variant<Importo, Decimale>>& d) {
    if (!d) return std::nullopt;
    if (const Importo* i = std::get_if<Importo>(&*d)) return (i->centesimi() > 0) - (i->centesimi() < 0);
    return segno_di(std::optional<Decimale>(std::get<Decimale>(*d)));
}

/**
 * How a figure moved from last year: "↑" up, "↓" down, "=" the same, by the
 * sign of its difference; for a figure without one (sì/no) by its trend
 * (sì better: "↑" to sì); "—" when neither says.
 */
inline std::string freccia(std::optional<int> segno, const std::optional<Tendenza>& tendenza) {
    if (segno) return *segno > 0 ? "↑" : *segno < 0 ? "↓" : "=";
    if (!tendenza) return "—";
    return *tendenza == Tendenza::migliora ? "↑" : *tendenza == Tendenza::peggiora ? "↓" : "=";
}

/** "migliora", "peggiora", "stabile", or "" without a trend. */
inline std::string testo_tendenza(const std::optional<Tendenza>& t) {
    if (!t) return {};
    return *t == Tendenza::migliora ? "migliora" : *t == Tendenza::peggiora ? "peggiora" : "stabile";
}

/** "+0,29", "-1", "0": an exact difference with its sign; "—" without one. */
inline std::string testo_differenza(const std::optional<Decimale>& d) {
    if (!d) return "—";
    return (d->milionesimi() > 0 ? "+" : "") + formatta_decimale(*d);
}
inline std::string testo_differenza(const std::optional<std::variant<Importo, Decimale>>& d) {
    if (!d) return "—";
    if (const Importo* i = std::get_if<Importo>(&*d)) return (i->centesimi() > 0 ? "+" : "") + formatta_importo(*i);
    return testo_differenza(std::optional<Decimale>(std::get<Decimale>(*d)));
}

/** A public-finance block's key as the report names it: "Equilibri di bilancio". */
inline std::string nome_vincolo(std::string_view chiave) {
    if (chiave == "equilibri_bilancio") return "Equilibri di bilancio";
    if (chiave == "tetto_spesa_personale") return "Tetto di spesa del personale";
    if (chiave == "tetto_salario_accessorio") return "Tetto del salario accessorio";
    if (chiave == "parametri_deficitarieta") return "Parametri di deficitarietà strutturale";
    if (chiave == "tempi_pagamento") return "Tempi di pagamento";
    return std::string(chiave);
}

/** A figure of a public-finance block as the report names it: "W3 equilibrio complessivo". */
inline std::string nome_voce_vincolo(std::string_view voce) {
    if (voce == "rispettato") return "rispettato";
    if (voce == "w1_risultato_competenza") return "W1 risultato di competenza";
    if (voce == "w2_equilibrio_bilancio") return "W2 equilibrio di bilancio";
    if (voce == "w3_equilibrio_complessivo") return "W3 equilibrio complessivo";
    if (voce == "parametri_positivi") return "parametri positivi";
    if (voce == "indicatore_tempestivita_giorni") return "indicatore di tempestività (ITP), giorni";
    if (voce == "indicatore_ritardo_giorni") return "indicatore di ritardo annuale, giorni";
    return std::string(voce);
}

/** The name of a settore of the report by id, or the id when the report has none with it. */
inline std::string nome_settore(const DatiReport& d, std::string_view id) {
    for (const SettoreReport& s : d.settori)
        if (s.id == id) return s.denominazione;
    return std::string(id);
}

/** "Neutralizzato dal Nucleo: «…»" (the NdV's reason), or nothing when the objective was not neutralised. */
inline std::string frase_neutralizzazione(const DatiReport& d, const ObiettivoReport& o) {
    if (!o.motivazione_neutralizzazione) return {};
    const std::string organo = d.organo && *d.organo == OrganoValutazione::oiv ? "dall'OIV" : "dal Nucleo";
    return "Neutralizzato " + organo + ": «" + *o.motivazione_neutralizzazione + "»";
}

} // namespace perfpa::esempi

#endif
