// perfpa — prepara_report: gathers, from the scoring and the checks, the
// DatiReport a report generator formats.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_REPORT_PREPARA_HPP
#define PERFPA_REPORT_PREPARA_HPP

#include <perfpa/checks.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/report/albero.hpp>
#include <perfpa/report/dati.hpp>
#include <perfpa/scoring/grado.hpp>
#include <perfpa/scoring/punteggi.hpp>
#include <perfpa/scoring/scostamenti.hpp>

#include <algorithm>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#ifdef PERFPA_SEPARATE_COMPILATION
#include <perfpa/compilato.hpp>
#endif

namespace perfpa {

namespace detail {

// Whether `percorso` is `base` or a pointer inside it.
inline bool dentro(std::string_view percorso, std::string_view base) {
    return percorso.substr(0, base.size()) == base && (percorso.size() == base.size() || percorso[base.size()] == '/');
}

inline std::vector<Rilievo> rilievi_dentro(const std::vector<Rilievo>& tutti, std::string_view base) {
    std::vector<Rilievo> out;
    for (const Rilievo& x : tutti)
        if (dentro(x.percorso, base)) out.push_back(x);
    return out;
}

// The n of a pointer "/<nome>/n" or "/<nome>/n/…" (`prefisso` = "/<nome>/"), or npos.
inline std::size_t indice_in(std::string_view percorso, std::string_view prefisso) {
    if (!percorso.starts_with(prefisso)) return std::string_view::npos;
    std::size_t n = 0, k = prefisso.size();
    if (k == percorso.size() || percorso[k] < '0' || percorso[k] > '9') return std::string_view::npos;
    for (; k < percorso.size() && percorso[k] >= '0' && percorso[k] <= '9'; ++k) {
        if (n > std::numeric_limits<std::size_t>::max() / 10 - 1) return std::string_view::npos; // 32 bits too (wasm)
        n = n * 10 + static_cast<std::size_t>(percorso[k] - '0');
    }
    return k == percorso.size() || percorso[k] == '/' ? n : std::string_view::npos;
}

// The findings on each settore (its pointer or inside it), in their order:
// one pass, not one per settore.
inline std::vector<std::vector<Rilievo>> rilievi_per_settore(const std::vector<Rilievo>& tutti, std::size_t settori) {
    std::vector<std::vector<Rilievo>> out(settori);
    for (const Rilievo& x : tutti)
        if (const std::size_t i = indice_in(x.percorso, "/settori/"); i < settori) out[i].push_back(x);
    return out;
}

// A deviation row for an area's indicator: one with both values, or, when
// `anche_senza_grado` (its area has no degree, so counts 0), one without a
// degree, whatever it lacks: the rows that made the area score 0.
inline Opzionale<ScostamentoReport> scostamento_indicatore(const Indicatore& i, TipoScostamento tipo,
                                                               std::string percorso, std::string contesto,
                                                               std::string elemento, bool anche_senza_grado) {
    const bool con_valori = i.misura != Misura::qualitativa && i.valore_atteso && i.valore_realizzato;
    if (!con_valori && !(anche_senza_grado && !grado_indicatore(i))) return std::nullopt;
    ScostamentoReport s;
    s.tipo = tipo;
    s.percorso = std::move(percorso);
    s.contesto = std::move(contesto);
    s.elemento = std::move(elemento);
    s.indicatore = i.descrizione;
    s.unita = i.unita;
    s.atteso = i.valore_atteso;
    s.realizzato = i.valore_realizzato;
    const Decimale* a = i.valore_atteso ? std::get_if<Decimale>(&*i.valore_atteso) : nullptr;
    const Decimale* r = i.valore_realizzato ? std::get_if<Decimale>(&*i.valore_realizzato) : nullptr;
    if (a && r)
        s.differenza = Decimale::da_milionesimi(perfpa::detail::differenza_satura(r->milionesimi(), a->milionesimi()));
    GradoSpiegato g = grado_indicatore_spiegato(i);
    s.grado = g.grado;
    s.favorevole = g.grado && g.grado->centesimi() == 100'00;
    s.stato = g.grado ? StatoValutazione::valutato : StatoValutazione::non_valutato;
    s.spiegazione = std::move(g.spiegazione);
    return s;
}

// The deviations table of the scoring (objectives and their indicators not
// fully achieved), then the areas' indicators with both values and, in an
// area without a degree (it counts 0), every indicator without one. An
// objective with a single indicator is one row: the indicator's values, the
// objective's degree (the one that counts).
inline std::vector<ScostamentoReport> scostamenti_report(const Relazione& r, const Smvp& smvp) {
    std::vector<ScostamentoReport> out;
    const std::vector<Scostamento> righe = scostamenti(r, smvp);
    for (std::size_t n = 0; n < righe.size(); ++n) {
        const Scostamento& x = righe[n];
        // The row's pointer, "/settori/i/obiettivi/j[/…]", names its settore and objective.
        const std::size_t i = indice_in(x.percorso, "/settori/");
        if (i >= r.settori.size()) continue;
        const auto s = r.settori.begin() + static_cast<std::ptrdiff_t>(i);
        const std::size_t dopo = x.percorso.find('/', 9); // after "/settori/i"
        if (dopo == std::string::npos) continue;
        const std::size_t j = indice_in(std::string_view(x.percorso).substr(dopo), "/obiettivi/");
        if (j >= s->obiettivi.size()) continue;
        const auto o = s->obiettivi.begin() + static_cast<std::ptrdiff_t>(j);
        ScostamentoReport y;
        y.tipo = x.indicatore ? TipoScostamento::indicatore_obiettivo : TipoScostamento::obiettivo;
        y.percorso = x.percorso;
        y.contesto = s->denominazione;
        y.elemento = o->id + " — " + o->descrizione;
        if (x.indicatore && *x.indicatore < o->indicatori.size()) {
            y.indicatore = x.descrizione;
            y.unita = o->indicatori[*x.indicatore].unita;
        }
        y.stato = x.stato;
        y.atteso = x.valore_atteso;
        y.realizzato = x.valore_realizzato;
        y.differenza = x.differenza;
        y.grado = x.grado;
        y.favorevole = x.grado && x.grado->centesimi() == 100'00;
        y.spiegazione = x.spiegazione;
        // The objective's row followed by its only indicator's: one row.
        if (!x.indicatore && o->indicatori.size() == 1 && n + 1 < righe.size() && righe[n + 1].indicatore &&
            righe[n + 1].percorso == x.percorso + "/indicatori/0") {
            const Scostamento& unico = righe[n + 1];
            y.indicatore = unico.descrizione;
            y.unita = o->indicatori[0].unita;
            y.atteso = unico.valore_atteso;
            y.realizzato = unico.valore_realizzato;
            y.differenza = unico.differenza;
            ++n;
        }
        out.push_back(std::move(y));
    }
    if (r.performance_organizzativa && r.performance_organizzativa->ambiti) {
        const auto& ambiti = *r.performance_organizzativa->ambiti;
        const auto giudizi = indice_giudizi(r);
        for (std::size_t k = 0; k < ambiti.size(); ++k) {
            if (!ambiti[k].indicatori) continue;
            const bool senza_grado = grado_ambito(ambiti[k], giudizi.trova(ambiti[k].id), smvp.giudizi).stato ==
                                     StatoValutazione::non_valutato;
            for (std::size_t m = 0; m < ambiti[k].indicatori->size(); ++m)
                if (auto x = scostamento_indicatore(
                        (*ambiti[k].indicatori)[m], TipoScostamento::indicatore_ambito,
                        "/performance_organizzativa/ambiti/" + std::to_string(k) + "/indicatori/" + std::to_string(m),
                        "Performance organizzativa", ambiti[k].denominazione, senza_grado))
                    out.push_back(std::move(*x));
        }
    }
    return out;
}

inline VincoloReport vincolo(std::string voce, std::string percorso, Opzionale<int> anno,
                             Opzionale<bool> dichiarato, std::string norma, const std::vector<Rilievo>& tutti) {
    VincoloReport v;
    v.voce = std::move(voce);
    v.anno = anno;
    v.norma = std::move(norma);
    v.rilievi = rilievi_dentro(tutti, percorso);
    v.percorso = std::move(percorso);
    const bool violato = std::any_of(v.rilievi.begin(), v.rilievi.end(),
                                     [](const Rilievo& x) { return x.gravita == Gravita::violazione; });
    if (violato || dichiarato == false) v.esito = EsitoVincolo::non_rispettato;
    else if (dichiarato == true) v.esito = EsitoVincolo::rispettato;
    return v;
}

inline void cifra(VincoloReport& v, std::string voce, const Opzionale<Importo>& x) {
    if (x) v.cifre.push_back({std::move(voce), *x, {}});
}

inline void cifra(VincoloReport& v, std::string voce, const Opzionale<Decimale>& x, std::string unita) {
    if (x) v.cifre.push_back({std::move(voce), *x, std::move(unita)});
}

inline std::vector<VincoloReport> vincoli(const Relazione& r, const std::vector<Rilievo>& tutti) {
    std::vector<VincoloReport> out;
    if (!r.vincoli_finanza) return out;
    const VincoliFinanza& f = *r.vincoli_finanza;
    auto anno = [&](Opzionale<int> proprio) { return proprio ? proprio : f.anno_riferimento; };
    // The references are the catalogue's (perfpa/norme.hpp): the same the findings cite.
    if (const auto& e = f.equilibri_bilancio) {
        VincoloReport v = vincolo("Equilibri di bilancio", "/vincoli_finanza/equilibri_bilancio", anno(e->anno),
                                  e->rispettato, std::string(norme::norma_equilibri(r, *e)), tutti);
        cifra(v, "W1 risultato di competenza", e->w1_risultato_competenza);
        cifra(v, "W2 equilibrio di bilancio", e->w2_equilibrio_bilancio);
        cifra(v, "W3 equilibrio complessivo", e->w3_equilibrio_complessivo);
        out.push_back(std::move(v));
    }
    if (const auto& t = f.tetto_spesa_personale) {
        VincoloReport v = vincolo("Tetto di spesa del personale", "/vincoli_finanza/tetto_spesa_personale",
                                  anno(t->anno), t->rispettato, std::string(norme::norma_tetto_spesa_personale(r, *t)), tutti);
        cifra(v, "spesa", t->spesa);
        cifra(v, "limite", t->limite);
        out.push_back(std::move(v));
    }
    if (const auto& t = f.tetto_salario_accessorio) {
        VincoloReport v = vincolo("Tetto del salario accessorio", "/vincoli_finanza/tetto_salario_accessorio",
                                  anno(t->anno), t->rispettato, std::string(norme::norma_tetto_salario_accessorio(*t)), tutti);
        cifra(v, "importo", t->importo);
        cifra(v, "limite", t->limite);
        out.push_back(std::move(v));
    }
    if (const auto& p = f.parametri_deficitarieta) {
        const auto positivi = std::count_if(p->begin(), p->end(), [](const ParametroDeficitarieta& x) { return x.positivo; });
        // Structurally deficient with at least 4 positive parameters of 8 (art. 242 TUEL).
        VincoloReport v = vincolo("Parametri di deficitarietà strutturale", "/vincoli_finanza/parametri_deficitarieta",
                                  f.anno_riferimento, positivi < 4, std::string(norme::deficitarieta), tutti);
        v.cifre.push_back({"parametri positivi", Decimale::interi(positivi), "su " + std::to_string(p->size())});
        out.push_back(std::move(v));
    }
    if (const auto& t = f.tempi_pagamento) {
        Opzionale<bool> rispettato;
        for (const auto& g : {t->indicatore_tempestivita_giorni, t->indicatore_ritardo_giorni})
            if (g) rispettato = rispettato.value_or(true) && g->milionesimi() <= 0;
        VincoloReport v = vincolo("Tempi di pagamento", "/vincoli_finanza/tempi_pagamento", anno(t->anno), rispettato,
                                  std::string(norme::tempi_pagamento), tutti);
        cifra(v, "indicatore di tempestività (ITP)", t->indicatore_tempestivita_giorni, "giorni");
        cifra(v, "indicatore di ritardo annuale", t->indicatore_ritardo_giorni, "giorni");
        out.push_back(std::move(v));
    }
    return out;
}

inline SettoreReport settore_report(const Relazione& r, std::size_t i, PunteggioSettore p,
                                    std::vector<Rilievo> rilievi, const Opzionale<Ripartizione>& premi) {
    const Settore& s = r.settori[i];
    SettoreReport out;
    out.id = s.id;
    out.denominazione = s.denominazione;
    out.responsabile = p.responsabile;
    out.ruolo = s.responsabile.ruolo;
    out.peso = s.peso;
    out.anno_obiettivi = s.anno_obiettivi;
    for (std::size_t j = 0; j < s.obiettivi.size(); ++j) {
        const Obiettivo& o = s.obiettivi[j];
        out.somma_pesi += o.peso;
        ObiettivoReport x{o.id, o.descrizione, o.tipo, o.natura, o.peso, o.data_fine_prevista, o.data_conclusione,
                          o.indicatori, {}, {}, o.gruppo, {}, {}, {}};
        // calcola_punteggi gives one contribution per objective, in order.
        if (j < p.obiettivi.size()) {
            x.grado = p.obiettivi[j].grado;
            x.contributo = p.obiettivi[j].contributo;
        }
        if (const ValutazioneObiettivo* v = valutazione_obiettivo(r, s.id, o.id)) {
            if (v->neutralizzato.value_or(false)) x.motivazione_neutralizzazione = v->motivazione;
            x.valutazione = *v;
        }
        out.obiettivi.push_back(std::move(x));
    }
    out.gruppi = s.gruppi.value_or(std::vector<GruppoObiettivi>{});
    // Who gave each degree, when the NdV's entry says (ciclo.md §9).
    if (r.valutazione_ndv && r.valutazione_ndv->valutazioni_individuali)
        for (const ValutazioneIndividuale& v : *r.valutazione_ndv->valutazioni_individuali)
            if (v.settore == s.id && v.obiettivi)
                for (const ValutazioneObiettivo& vo : *v.obiettivi)
                    for (ObiettivoReport& x : out.obiettivi)
                        if (x.id == vo.obiettivo && !x.fonte) x.fonte = vo.fonte;
    if (premi)
        for (const Assegnazione& a : premi->assegnazioni)
            if (a.id == s.id) {
                out.premio = a.importo;
                break;
            }
    out.spiegazione = spiegazione(p);
    out.punteggio = std::move(p);
    out.rilievi = std::move(rilievi);
    return out;
}

} // namespace detail

namespace detail {

inline DatiReport prepara(const Relazione& r, const Smvp& smvp, const OpzioniReport& opzioni, bool smvp_dell_ente) {
    DatiReport d;
    d.smvp_dell_ente = smvp_dell_ente;
    d.anno = r.anno;
    d.ente = r.ente;
    d.approvazione = r.approvazione;
    d.documenti_riferimento = r.documenti_riferimento.value_or(std::vector<Atto>{});
    if (r.valutazione_ndv) {
        d.organo = r.valutazione_ndv->organo;
        d.validazione = r.valutazione_ndv->validazione;
    }
    d.smvp = smvp.denominazione.value_or("SMVP");
    d.pesi = smvp.pesi;
    d.fasce = smvp.fasce;
    std::stable_sort(d.fasce.begin(), d.fasce.end(), [](const Fascia& a, const Fascia& b) { return a.da > b.da; });

    Esame esame = esamina(r, smvp, opzioni.propri); // the findings and the scores, the scores computed once
    // Without the ente's SMVP, only the findings that need none (as `perfpa check` without --smvp).
    if (!smvp_dell_ente) esame.rilievi = controlla(r, opzioni.propri);
    const std::vector<Rilievo>& tutti = esame.rilievi;
    if (r.performance_organizzativa) {
        const PerformanceOrganizzativa& po = *r.performance_organizzativa;
        PerformanceOrganizzativaReport x{po.peso, po.valore_realizzato, componente_organizzativa(r, smvp).componente, {}};
        const auto giudizi = detail::indice_giudizi(r);
        for (const Ambito& a : po.ambiti.value_or(std::vector<Ambito>{})) {
            const GiudizioAmbito* g = giudizi.trova(a.id);
            x.ambiti.push_back({a.id, a.denominazione, a.descrizione, a.informazioni_acquisite,
                                g ? g->giudizio : std::nullopt, g ? g->commento : std::nullopt,
                                grado_ambito(a, g, smvp.giudizi, organo_di(r))});
        }
        d.performance_organizzativa = std::move(x);
    }
    std::vector<PunteggioSettore>& punteggi = esame.punteggi;
    if (r.obiettivi_strategici && !r.obiettivi_strategici->empty()) d.albero = albero_performance(r, punteggi);
    std::vector<std::vector<Rilievo>> per_settore = detail::rilievi_per_settore(tutti, r.settori.size());
    for (std::size_t i = 0; i < r.settori.size(); ++i) {
        if (!smvp_dell_ente) { // a band and a share of someone else's SMVP are nobody's result
            punteggi[i].fascia.clear();
            punteggi[i].quota_premio = Percentuale{};
        }
        d.settori.push_back(detail::settore_report(r, i, std::move(punteggi[i]), std::move(per_settore[i]), opzioni.ripartizione));
        if (!smvp_dell_ente) // the explanation's line on the band, said as the report says it
            for (std::string& riga : d.settori.back().spiegazione)
                if (riga.starts_with("fascia:"))
                    riga = std::string("fascia e quota del premio: non mostrate senza lo SMVP dell'ente") +
                           (d.settori.back().punteggio.completo ? "" : "; valutazione incompleta");
    }
    if (!smvp_dell_ente) d.fasce.clear();
    d.scostamenti = detail::scostamenti_report(r, smvp);
    for (Gravita g : {Gravita::errore, Gravita::violazione, Gravita::avviso}) {
        GruppoRilievi gruppo{g, {}};
        for (const Rilievo& x : tutti)
            if (x.gravita == g) gruppo.rilievi.push_back(x);
        d.rilievi.push_back(std::move(gruppo));
    }
    d.vincoli = detail::vincoli(r, tutti);
    if (r.trasparenza) {
        TrasparenzaReport t;
        t.elenco = r.trasparenza->obblighi;
        t.obblighi = t.elenco.size();
        for (const auto& o : t.elenco) {
            t.monitorati += o.monitorato ? 1 : 0;
            t.pubblicati += o.pubblicato ? 1 : 0;
        }
        d.trasparenza = std::move(t);
    }
    if (r.anticorruzione) {
        AnticorruzioneReport a;
        a.piano = r.anticorruzione->piano;
        a.elenco = r.anticorruzione->misure;
        a.misure = a.elenco.size();
        for (const auto& m : a.elenco) a.attuate += m.attuata ? 1 : 0;
        d.anticorruzione = std::move(a);
    }
    d.controlli_interni = r.controlli_interni;
    d.indagini_soddisfazione = r.indagini_soddisfazione.value_or(std::vector<IndagineSoddisfazione>{});
    d.premi = opzioni.ripartizione;
    d.confronto_anni = opzioni.confronto_anni;
    return d;
}

} // namespace detail

// With PERFPA_SEPARATE_COMPILATION, the three functions below are declared
// in perfpa/compilato.hpp and defined once, in perfpa/src.hpp.
#ifndef PERFPA_SEPARATE_COMPILATION
/**
 * Everything a report of `r` needs, scored with `smvp`, with the ente's own
 * checks and a bonus split when `opzioni` gives them. Pure: the same inputs
 * give the same value. Missing blocks of the Relazione are left empty or
 * absent; nothing is invented. Throws ModelloNonValido when the SMVP is not
 * valid (`errori_modello(smvp)` not empty; a decoded SMVP always is).
 */
[[nodiscard]] inline DatiReport prepara_report(const Relazione& r, const Smvp& smvp, const OpzioniReport& opzioni) {
    return detail::prepara(r, smvp, opzioni, true);
}

/** `prepara_report(r, smvp, {})`: the catalogue's checks only, no split. */
[[nodiscard]] inline DatiReport prepara_report(const Relazione& r, const Smvp& smvp) {
    return prepara_report(r, smvp, OpzioniReport{});
}

/**
 * The report of `r` when the ente's SMVP is not known: the points follow
 * `sostituto` (an example SMVP, named in the report), but no band, no share
 * of the bonus and no finding that needs the SMVP (`controlla(r)`'s findings
 * only, with the ente's own rows of `opzioni`): they would read as the
 * people's result. `smvp_dell_ente` is false.
 */
[[nodiscard]] inline DatiReport prepara_report_senza_smvp(const Relazione& r, const Smvp& sostituto,
                                                          const OpzioniReport& opzioni = {}) {
    return detail::prepara(r, sostituto, opzioni, false);
}

#endif

} // namespace perfpa

#endif
