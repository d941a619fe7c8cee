// A degree read the same everywhere, on generated documents with shared
// objectives (half of them with later copies left without a degree, which
// then take the first copy's: ciclo.md §2) and settori's own areas (§6):
// - DICHIARATO_DIVERSO_DAL_CALCOLATO (§7) against calcola_punteggi: a
//   document that declares exactly the figures the scores compute is silent,
//   and each declared figure moved by 0,02 is reported at its own pointer
//   (the check computes the settore's degree itself);
// - the deviations table (scostamenti) against the scores, objective by
//   objective: the same state, degree and explanation.
#include "catch2.hpp"

#include "ciclo_generatore.hpp"

#include <perfpa/checks.hpp>
#include <perfpa/scoring.hpp>
#include <perfpa/testing/costruttori.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

using namespace perfpa;

namespace prova_differential_dichiarati {

std::vector<std::string> puntatori_dichiarati(const std::vector<Rilievo>& rilievi) {
    std::vector<std::string> out;
    for (const Rilievo& r : rilievi)
        if (r.codice == "DICHIARATO_DIVERSO_DAL_CALCOLATO") out.push_back(r.percorso);
    return out;
}

// The peso-weighted mean of the degrees the scores give a settore's
// objectives (ciclo.md §7): neutralised ones left out, one without a degree
// counting 0; none when the weights that count sum to 0.
std::optional<Percentuale> grado_dai_punteggi(const PunteggioSettore& p) {
    Intero128 somma = 0;
    std::int64_t pesi = 0;
    for (const ContributoObiettivo& c : p.obiettivi) {
        if (c.grado.stato == StatoValutazione::neutralizzato) continue;
        somma += Intero128{c.peso.centesimi()} * (c.grado.grado ? c.grado.grado->centesimi() : 0);
        pesi += c.peso.centesimi();
    }
    if (pesi <= 0) return std::nullopt;
    return Percentuale::da_centesimi(arrotonda(somma, Intero128{pesi}));
}

// `r` declaring, for every settore, the figures `punteggi` give it.
void dichiara(Relazione& r, const std::vector<PunteggioSettore>& punteggi) {
    for (std::size_t i = 0; i < r.settori.size(); ++i) {
        Settore& s = r.settori[i];
        const PunteggioSettore& p = punteggi[i];
        s.grado_dichiarato = grado_dai_punteggi(p);
        for (std::size_t j = 0; j < s.obiettivi.size(); ++j) s.obiettivi[j].punti_dichiarati = p.obiettivi[j].contributo;
        s.punteggi_dichiarati = PunteggiDichiarati{p.performance_organizzativa.punti, p.obiettivi_individuali.punti,
                                                   p.comportamenti.punti, p.totale};
    }
}

// The later copies of each shared objective lose their NdV degree (not a
// neutralisation), so that they take the first copy's (ciclo.md §2).
void togli_gradi_delle_copie(Relazione& r) {
    if (!r.valutazione_ndv || !r.valutazione_ndv->valutazioni_individuali) return;
    std::vector<std::string> visti; // the shared ids whose first copy keeps its degree
    for (const Settore& s : r.settori) {
        ValutazioneIndividuale* v = nullptr;
        for (ValutazioneIndividuale& x : *r.valutazione_ndv->valutazioni_individuali)
            if (x.settore == s.id) {
                v = &x;
                break;
            }
        for (const Obiettivo& o : s.obiettivi) {
            if (!o.trasversale) continue;
            if (std::find(visti.begin(), visti.end(), *o.trasversale) == visti.end()) {
                visti.push_back(*o.trasversale);
                continue;
            }
            if (!v || !v->obiettivi) continue;
            for (ValutazioneObiettivo& vo : *v->obiettivi)
                if (vo.obiettivo == o.id && !vo.neutralizzato.value_or(false)) vo.grado_raggiungimento.reset();
        }
    }
}

// Two hundredths away from `c`, staying at or above 0.
std::int64_t spostato(std::int64_t c) { return c >= 2 ? c - 2 : c + 2; }

Smvp smvp_semplice() {
    return testing::uno_smvp(40, 30, 30).fascia("alta", 70, 100).fascia("bassa", 0, 50);
}

// A minimum degree too, which sets some objectives' degrees to 0.
Smvp smvp_con_soglia() {
    Smvp s = testing::uno_smvp(20, 60, 20).fascia("A", 80, 100).fascia("B", 0, 40);
    s.soglia_minima_obiettivo = Percentuale::interi(60);
    return s;
}

TEST_CASE("declared figures: the scores' own figures are silent, each one moved by 0,02 is reported at its pointer") {
    std::size_t gradi_presi = 0, gradi = 0, punti = 0, totali = 0;
    for (const Smvp& smvp : {smvp_semplice(), smvp_con_soglia()}) {
        for (std::uint64_t n = 0; n < 40; ++n) {
            Relazione r = perfpa_test::con_ciclo(bench::genera_relazione(2024, n), 5000 + n);
            if (n % 2 == 0) togli_gradi_delle_copie(r);
            const std::vector<PunteggioSettore> punteggi = calcola_punteggi(r, smvp);
            for (const PunteggioSettore& p : punteggi)
                for (const ContributoObiettivo& c : p.obiettivi)
                    if (c.grado.spiegazione.find("obiettivo trasversale") != std::string::npos) ++gradi_presi;
            dichiara(r, punteggi);
            INFO("documento " << n << ", SMVP con soglia: " << smvp.soglia_minima_obiettivo.has_value());
            REQUIRE(puntatori_dichiarati(controlla(r, smvp)).empty());
            // Every settore's declared degree, one at a time, and its first objective's points.
            for (std::size_t i = 0; i < r.settori.size(); ++i) {
                Settore& s = r.settori[i];
                const std::string settore = "/settori/" + std::to_string(i);
                if (s.grado_dichiarato) {
                    const Percentuale giusto = *s.grado_dichiarato;
                    s.grado_dichiarato = Percentuale::da_centesimi(spostato(giusto.centesimi()));
                    CHECK(puntatori_dichiarati(controlla(r, smvp)) ==
                          std::vector<std::string>{settore + "/grado_dichiarato"});
                    s.grado_dichiarato = giusto;
                    ++gradi;
                }
                if (!s.obiettivi.empty() && s.obiettivi[0].punti_dichiarati) {
                    const Punti giusti = *s.obiettivi[0].punti_dichiarati;
                    s.obiettivi[0].punti_dichiarati = Punti::da_centesimi(spostato(giusti.centesimi()));
                    CHECK(puntatori_dichiarati(controlla(r, smvp)) ==
                          std::vector<std::string>{settore + "/obiettivi/0/punti_dichiarati"});
                    s.obiettivi[0].punti_dichiarati = giusti;
                    ++punti;
                }
                if (s.punteggi_dichiarati && s.punteggi_dichiarati->totale) {
                    const Punti giusto = *s.punteggi_dichiarati->totale;
                    s.punteggi_dichiarati->totale = Punti::da_centesimi(spostato(giusto.centesimi()));
                    CHECK(puntatori_dichiarati(controlla(r, smvp)) ==
                          std::vector<std::string>{settore + "/punteggi_dichiarati/totale"});
                    s.punteggi_dichiarati->totale = giusto;
                    ++totali;
                }
            }
        }
    }
    // The case this test is for, and enough of each figure.
    CHECK(gradi_presi >= 10);
    CHECK(gradi >= 100);
    CHECK(punti >= 100);
    CHECK(totali >= 100);
}

TEST_CASE("a degree is the same wherever it is read: the scores and the deviations table") {
    std::size_t righe = 0, presi = 0;
    for (const Smvp& smvp : {smvp_semplice(), smvp_con_soglia()}) {
        for (std::uint64_t n = 0; n < 40; ++n) {
            Relazione r = perfpa_test::con_ciclo(bench::genera_relazione(2024, n), 7000 + n);
            if (n % 2 == 0) togli_gradi_delle_copie(r);
            const std::vector<PunteggioSettore> punteggi = calcola_punteggi(r, smvp);
            // Each objective's row of the table, by its pointer.
            std::vector<std::string> percorsi;
            std::vector<const Scostamento*> righe_obiettivi;
            const std::vector<Scostamento> tabella = scostamenti(r, smvp);
            for (const Scostamento& x : tabella)
                if (!x.indicatore) {
                    percorsi.push_back(x.percorso);
                    righe_obiettivi.push_back(&x);
                }
            for (std::size_t i = 0; i < r.settori.size(); ++i)
                for (std::size_t j = 0; j < r.settori[i].obiettivi.size(); ++j) {
                    const GradoObiettivo& g = punteggi[i].obiettivi[j].grado;
                    const std::string p = "/settori/" + std::to_string(i) + "/obiettivi/" + std::to_string(j);
                    const auto k = std::find(percorsi.begin(), percorsi.end(), p);
                    INFO("documento " << n << ", " << p);
                    if (k == percorsi.end()) { // not listed: fully achieved
                        CHECK(g.stato == StatoValutazione::valutato);
                        CHECK(g.grado == Percentuale::interi(100));
                        continue;
                    }
                    const Scostamento& x = *righe_obiettivi[static_cast<std::size_t>(k - percorsi.begin())];
                    CHECK(x.stato == g.stato);
                    CHECK(x.grado == g.grado);
                    CHECK(x.spiegazione == g.spiegazione);
                    ++righe;
                    if (g.spiegazione.find("obiettivo trasversale") != std::string::npos) ++presi;
                }
        }
    }
    CHECK(righe >= 500);
    CHECK(presi >= 10);
}

} // namespace prova_differential_dichiarati
