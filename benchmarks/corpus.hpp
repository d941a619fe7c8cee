// perfpa benchmarks — a deterministic corpus of Relazioni shaped like real
// ones (8–12 settori, 4–8 objectives each, 1–3 indicators each, areas,
// financial constraints, NdV evaluation, Italian text with accents), about
// 40 KB each when encoded with 2-space indentation.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_BENCH_CORPUS_HPP
#define PERFPA_BENCH_CORPUS_HPP

#include <perfpa/json/codifica.hpp>
#include <perfpa/model.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace perfpa::bench {

/** SplitMix64: the same numbers on every platform and compiler (unlike std distributions). */
class Generatore {
public:
    explicit Generatore(std::uint64_t seme) : s_(seme) {}
    std::uint64_t operator()() {
        std::uint64_t z = (s_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /** Uniform in [da, a]. */
    int tra(int da, int a) { return da + static_cast<int>((*this)() % static_cast<std::uint64_t>(a - da + 1)); }
    bool probabile(int percento) { return tra(1, 100) <= percento; }
    template <class C>
    const auto& scegli(const C& c) { return c[static_cast<std::size_t>((*this)() % std::size(c))]; }

private:
    std::uint64_t s_;
};

namespace detail {

inline constexpr std::string_view parole[] = {
    "attività",   "qualità",      "efficienza",   "servizi",      "cittadini",    "città",       "comunità",
    "priorità",   "più",          "sarà",         "perché",       "già",          "società",     "territorio",
    "gestione",   "bilancio",     "procedimenti", "trasparenza",  "digitalizzazione", "sportello", "utenza",
    "tempestività", "regolarità", "miglioramento", "monitoraggio", "risorse",     "personale",   "accessibilità",
    "sostenibilità", "è",         "stata",        "garantita",    "nell’ambito",  "dell’ente",   "delle",
    "degli",      "per",          "con",          "alla",         "dei",          "sul",         "entro",
    "l’anno",     "contabilità",  "pubblicità",   "responsabilità", "opportunità", "viabilità",  "mobilità",
    "così",       "nonché",       "però",         "affinché",     "perciò",       "cioè",        "città",
};

inline constexpr std::string_view nomi[] = {"Maria", "Giuseppe", "Anna", "Francesco", "Lucia", "Antonio",
                                            "Niccolò", "Aurelio", "Gabriella", "Nicolò", "Rosa", "Salvatore"};
inline constexpr std::string_view cognomi[] = {"Rossi", "Bianchi", "Esposito", "De Luca", "Romano", "Colombo",
                                               "D’Angelo", "Verdesca", "Caló", "Mariño", "Greco", "Conte"};
inline constexpr std::string_view titoli[] = {"Dott.", "Dott.ssa", "Ing.", "Arch.", "Avv.", "Rag."};
inline constexpr std::string_view province[] = {"LE", "BA", "TO", "MI", "NA", "PA", "RM", "FI", "BO", "VE"};

inline std::string frase(Generatore& g, int da, int a) {
    std::string s;
    const int n = g.tra(da, a);
    for (int i = 0; i < n; ++i) {
        if (i) s += ' ';
        s += g.scegli(parole);
    }
    if (!s.empty() && static_cast<unsigned char>(s[0]) < 0x80) s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s + '.';
}

inline Data data(int anno, int mese, int giorno) { return Data::da_parti(anno, mese, giorno).value(); }

inline Percentuale percentuale(Generatore& g, int da, int a) {
    // Whole or with one or two decimals, as people write them: 87, 87.5, 87.35.
    const int c = g.tra(da * 100, a * 100);
    switch (g.tra(0, 2)) {
    case 0: return Percentuale::da_centesimi(c / 100 * 100);
    case 1: return Percentuale::da_centesimi(c / 10 * 10);
    default: return Percentuale::da_centesimi(c);
    }
}

inline Indicatore indicatore(Generatore& g) {
    Indicatore i;
    i.descrizione = frase(g, 1, 4);
    switch (g.tra(0, 2)) {
    case 0:
        i.misura = Misura::binaria;
        i.valore_atteso = Valore{true};
        i.valore_realizzato = Valore{g.probabile(85)};
        break;
    case 1: {
        i.misura = Misura::quantitativa;
        const bool decrescente = g.probabile(30);
        if (decrescente) i.verso = Verso::decrescente;
        i.unita = g.probabile(50) ? "%" : "giorni";
        const std::int64_t atteso = g.tra(10, 1000) * 100'000;      // 1.0 … 100.0, one decimal
        const std::int64_t realizzato = g.tra(5, 1100) * 10'000;    // two decimals
        i.valore_atteso = Valore{Decimale::da_milionesimi(atteso)};
        i.valore_realizzato = Valore{Decimale::da_milionesimi(realizzato)};
        if (g.probabile(20)) i.soglia_legale = Decimale::interi(g.tra(30, 60));
        if (g.probabile(20)) i.norma = "art. " + std::to_string(g.tra(1, 200)) + " D.Lgs. 267/2000";
        break;
    }
    default:
        i.misura = Misura::qualitativa;
        i.valore_atteso = Valore{frase(g, 1, 3)};
        if (g.probabile(70)) i.valore_realizzato = Valore{frase(g, 1, 4)};
    }
    if (g.probabile(25)) i.peso = Peso::interi(g.tra(1, 3));
    return i;
}

// The optional fields of ciclo.md §7–9 on some settori, objectives and degrees
// (declared figures, groups with caps, who graded), drawn from their own
// generator so that the rest of the corpus is the same as without them.
inline void aggiungi_ciclo(Relazione& r, Generatore g) {
    for (Settore& st : r.settori) {
        if (g.probabile(25)) st.grado_dichiarato = percentuale(g, 50, 100);
        if (g.probabile(15))
            st.punteggi_dichiarati = PunteggiDichiarati{Punti::interi(g.tra(20, 40)), std::nullopt,
                                                        Punti::interi(g.tra(15, 30)), Punti::interi(g.tra(50, 100))};
        if (g.probabile(20) && st.obiettivi.size() >= 2) {
            const std::size_t meta = st.obiettivi.size() / 2;
            Peso primi, altri;
            for (std::size_t k = 0; k < st.obiettivi.size(); ++k) {
                st.obiettivi[k].gruppo = k < meta ? "gestionali" : "innovazione";
                (k < meta ? primi : altri) += st.obiettivi[k].peso;
            }
            st.gruppi = std::vector<GruppoObiettivi>{{"gestionali", "Obiettivi gestionali", primi},
                                                     {"innovazione", "Obiettivi di innovazione", altri}};
        }
        for (Obiettivo& ob : st.obiettivi)
            if (g.probabile(10)) ob.punti_dichiarati = Punti::da_centesimi(g.tra(0, 10'00));
    }
    if (r.valutazione_ndv && r.valutazione_ndv->valutazioni_individuali)
        for (ValutazioneIndividuale& vi : *r.valutazione_ndv->valutazioni_individuali)
            if (vi.obiettivi)
                for (ValutazioneObiettivo& vo : *vi.obiettivi)
                    if (vo.grado_raggiungimento && g.probabile(10))
                        vo.fonte = g.probabile(50) ? FonteGrado::responsabile : FonteGrado::controllo_di_gestione;
}

} // namespace detail

/** Document `indice` of the corpus with seed `seme`: always the same Relazione for the same pair. */
inline Relazione genera_relazione(std::uint64_t seme, std::size_t indice) {
    using namespace detail;
    Generatore g(seme * 0x100000001B3ull + indice);
    Relazione r;
    r.anno = 2023;
    r.ente.denominazione = "Comune di " + std::string(g.scegli(cognomi)) + " " + std::to_string(indice);
    r.ente.tipo = TipoEnte::comune;
    r.ente.provincia = std::string(g.scegli(province));
    r.ente.codice_istat = std::to_string(g.tra(1, 109) * 1000 + g.tra(1, 999) + 1'000'000).substr(1);
    r.ente.popolazione = g.tra(300, 250'000);
    r.ente.popolazione_al = data(2022, 12, 31);
    r.approvazione = Atto{std::nullopt, "giunta", std::to_string(g.tra(1, 200)), data(2024, g.tra(4, 6), g.tra(1, 28))};
    r.documenti_riferimento.emplace();
    for (const char* t : {"Documento Unico di Programmazione 2023-2025", "Bilancio di Previsione Finanziario 2023-2025",
                          "Piano della Performance 2023 (PIAO 2023-2025)"})
        r.documenti_riferimento->push_back(
            Atto{t, "giunta", std::to_string(g.tra(1, 300)), data(2023, g.tra(1, 3), g.tra(1, 28))});

    // Real documents sit at the lower end of the ranges: the smallest of three draws.
    const int n_settori = std::min({g.tra(8, 12), g.tra(8, 12), g.tra(8, 12)});
    for (int s = 1; s <= n_settori; ++s) {
        Settore st;
        st.id = "settore-" + std::to_string(s);
        st.denominazione = "Settore " + frase(g, 2, 6);
        st.responsabile.nome = std::string(g.scegli(nomi)) + " " + std::string(g.scegli(cognomi));
        st.responsabile.titolo = std::string(g.scegli(titoli));
        if (s == 1) st.responsabile.ruolo = "Segretario Generale";
        st.peso = Peso::interi(30);
        st.anno_obiettivi = 2023;
        if (g.probabile(30)) st.gestisce_pagamenti = true;
        const int n_obiettivi = std::min({g.tra(4, 8), g.tra(4, 8), g.tra(4, 8)});
        std::int64_t resto = 30'00;
        for (int o = 1; o <= n_obiettivi; ++o) {
            Obiettivo ob;
            ob.id = st.id + "-" + std::to_string(o);
            ob.descrizione = frase(g, 2, 6);
            ob.tipo = TipoObiettivo::individuale;
            if (g.probabile(30)) ob.natura = g.probabile(50) ? NaturaObiettivo::strategico : NaturaObiettivo::di_processo;
            // Weights of a settore sum to its 30 points, in halves: 6, 7.5, 4.5 …
            const std::int64_t quota = o == n_obiettivi ? resto : (resto / (n_obiettivi - o + 1)) / 50 * 50;
            resto -= quota;
            ob.peso = Peso::da_centesimi(quota);
            ob.data_fine_prevista = data(2023, 12, 31);
            if (g.probabile(25)) ob.data_conclusione = data(2023, g.tra(6, 12), g.tra(1, 28));
            if (st.gestisce_pagamenti && o == 1) ob.tempi_pagamento = true;
            if (g.probabile(20)) ob.note = frase(g, 4, 10);
            const int n_indicatori = g.probabile(65) ? 1 : g.probabile(80) ? 2 : 3;
            for (int k = 0; k < n_indicatori; ++k) ob.indicatori.push_back(indicatore(g));
            st.obiettivi.push_back(std::move(ob));
        }
        r.settori.push_back(std::move(st));
    }

    PerformanceOrganizzativa po;
    po.peso = Punti::interi(40);
    po.valore_realizzato = Punti::da_centesimi(g.tra(30'00, 40'00) / 50 * 50);
    po.ambiti.emplace();
    const int n_ambiti = g.tra(4, 6);
    for (int a = 1; a <= n_ambiti; ++a) {
        Ambito am;
        am.id = "ambito-" + std::to_string(a);
        am.denominazione = frase(g, 3, 7);
        am.descrizione = frase(g, 6, 14);
        am.informazioni_acquisite = frase(g, 8, 20);
        if (g.probabile(50)) am.indicatori = std::vector<Indicatore>{indicatore(g)};
        po.ambiti->push_back(std::move(am));
    }
    r.performance_organizzativa = std::move(po);

    VincoliFinanza vf;
    vf.anno_riferimento = 2022;
    vf.equilibri_bilancio = EquilibriBilancio{2022, true, Importo::da_centesimi(g.tra(1, 99'999'999)),
                                              Importo::da_centesimi(g.tra(1, 99'999'999)),
                                              Importo::da_centesimi(g.tra(1, 99'999'999)), "art. 1 c.821 L. 145/2018"};
    const std::int64_t limite = g.tra(1'000'000, 900'000'000);
    vf.tetto_spesa_personale = TettoSpesaPersonale{2022, true, Importo::da_centesimi(limite - g.tra(0, 100'000)),
                                                   Importo::da_centesimi(limite), "art. 1 c.557 L. 296/2006"};
    vf.tetto_salario_accessorio = TettoSalarioAccessorio{2022, true, std::nullopt, std::nullopt, "art. 23 c.2 D.Lgs. 75/2017"};
    vf.parametri_deficitarieta.emplace();
    for (int p = 0; p < 8; ++p)
        vf.parametri_deficitarieta->push_back(
            ParametroDeficitarieta{static_cast<CodiceParametro>(p), g.probabile(10),
                                   Decimale::da_milionesimi(g.tra(0, 90'000) * 1000), Decimale::interi(g.tra(20, 60)),
                                   std::nullopt});
    vf.tempi_pagamento = TempiPagamento{2023, Decimale::da_milionesimi(-g.tra(0, 3000) * 10'000),
                                        Decimale::da_milionesimi(g.tra(0, 40) * 1'000'000)};
    r.vincoli_finanza = std::move(vf);

    Trasparenza tr;
    const int n_obblighi = g.tra(5, 8);
    for (int o = 1; o <= n_obblighi; ++o)
        tr.obblighi.push_back(ObbligoPubblicazione{"obbligo-" + std::to_string(o), frase(g, 2, 6),
                                                   "art. " + std::to_string(g.tra(10, 42)) + " D.Lgs. 33/2013",
                                                   true, g.probabile(90), g.tra(0, 3), g.tra(0, 3), g.tra(0, 3)});
    r.trasparenza = std::move(tr);

    Anticorruzione ac;
    ac.piano = "PTPCT 2023-2025, aggiornamento dell’esercizio 2023";
    const int n_misure = g.tra(3, 5);
    for (int m = 1; m <= n_misure; ++m)
        ac.misure.push_back(MisuraAnticorruzione{"misura-" + std::to_string(m), frase(g, 5, 12), Percentuale::interi(100),
                                                 percentuale(g, 60, 100), true, frase(g, 6, 15)});
    r.anticorruzione = std::move(ac);

    r.controlli_interni = ControlliInterni{true, "selezione casuale degli atti, ai sensi del regolamento", frase(g, 10, 25)};
    r.indagini_soddisfazione = std::vector<IndagineSoddisfazione>{
        IndagineSoddisfazione{"questionari cartacei", frase(g, 15, 30), frase(g, 8, 15), frase(g, 6, 12),
                              frase(g, 10, 25), std::vector<std::string>{frase(g, 5, 10), frase(g, 5, 10)}}};

    ValutazioneNdV ndv;
    ndv.validazione = Validazione{EsitoValidazione::validata, data(2024, g.tra(5, 7), g.tra(1, 28))};
    ndv.giudizi_ambiti.emplace();
    for (const Ambito& am : *r.performance_organizzativa->ambiti)
        ndv.giudizi_ambiti->push_back(GiudizioAmbito{am.id, static_cast<Giudizio>(g.tra(0, 3)), frase(g, 3, 6)});
    ndv.valutazioni_individuali.emplace();
    for (const Settore& st : r.settori) {
        ValutazioneIndividuale vi{st.id, std::vector<ValutazioneObiettivo>{}, Punti::da_centesimi(g.tra(20'00, 30'00))};
        for (const Obiettivo& ob : st.obiettivi) {
            ValutazioneObiettivo vo;
            vo.obiettivo = ob.id;
            if (g.probabile(5)) {
                vo.neutralizzato = true;
                vo.motivazione = frase(g, 4, 10);
            } else {
                vo.grado_raggiungimento = percentuale(g, 50, 100);
            }
            vi.obiettivi->push_back(std::move(vo));
        }
        ndv.valutazioni_individuali->push_back(std::move(vi));
    }
    r.valutazione_ndv = std::move(ndv);
    aggiungi_ciclo(r, Generatore(seme * 0x9E3779B97F4A7C15ull + indice));
    return r;
}

/** The JSON text (2-space indentation, as people save it) of `n` documents. */
inline std::vector<std::string> genera_corpus(std::size_t n, std::uint64_t seme = 2023) {
    std::vector<std::string> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) out.push_back(json::codifica(genera_relazione(seme, i), {.indentazione = 2}));
    return out;
}

} // namespace perfpa::bench

#endif
