// perfpa — the tree of the performance (ciclo.md §1) as a report shows it:
// each strategic objective with its degree and explanation, and under it,
// settore by settore, the objectives that come down from it with their
// weights and degrees; then the objectives that come down from none.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_REPORT_ALBERO_HPP
#define PERFPA_REPORT_ALBERO_HPP

#include <perfpa/detail/id.hpp>
#include <perfpa/detail/testo.hpp>
#include <perfpa/model/ciclo.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/scoring/grado.hpp>
#include <perfpa/scoring/punteggi.hpp>
#include <perfpa/scoring/strategici.hpp>
#include <perfpa/values.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace perfpa {

/** An objective in the tree: its id, weight in its settore, degree (after the SMVP threshold) and pointer. */
struct ObiettivoAlbero {
    std::string id;
    std::string descrizione;
    Peso peso;
    GradoObiettivo grado;
    std::string percorso; ///< `/settori/i/obiettivi/j`
};

/** The objectives of one settore under one branch of the tree, in the document's order. */
struct SettoreAlbero {
    std::string id;
    std::string denominazione;
    std::string percorso; ///< `/settori/i`
    std::vector<ObiettivoAlbero> obiettivi;
};

/** A strategic objective, its degree with the explanation `gradi_strategici` gives, and what comes down from it. */
struct RamoStrategico {
    ObiettivoStrategico obiettivo_strategico;
    GradoStrategico grado;
    std::vector<SettoreAlbero> settori; ///< only the settori with an objective under it, in document order
};

/** The tree: one branch per strategic objective, in document order, and the objectives linked to none. */
struct AlberoPerformance {
    std::vector<RamoStrategico> rami;
    /** Objectives with no `obiettivo_strategico`, or one naming no strategic objective of the document. */
    std::vector<SettoreAlbero> senza_strategico;
};

namespace detail {

// Appends the objective to `settori`, in the entry of settore `s` at `percorso` (added when missing,
// always last: the settori are walked in order).
inline void aggiungi_all_albero(std::vector<SettoreAlbero>& settori, const Settore& s, const std::string& percorso,
                                ObiettivoAlbero o) {
    if (settori.empty() || settori.back().percorso != percorso) settori.push_back({s.id, s.denominazione, percorso, {}});
    settori.back().obiettivi.push_back(std::move(o));
}

} // namespace detail

/**
 * The tree of `r` with the objectives' degrees of `punteggi`
 * (`calcola_punteggi(r, smvp)`, one entry per settore and objective, in
 * order): every objective of every settore appears exactly once, under the
 * strategic objective it names or in `senza_strategico`. Empty `rami` when
 * the document has no strategic objectives.
 */
[[nodiscard]] inline AlberoPerformance albero_performance(const Relazione& r,
                                                          const std::vector<PunteggioSettore>& punteggi) {
    AlberoPerformance out;
    const std::vector<GradoStrategico> gradi = gradi_strategici(r, punteggi);
    const std::vector<ObiettivoStrategico> nessuno;
    const std::vector<ObiettivoStrategico>& strategici = r.obiettivi_strategici ? *r.obiettivi_strategici : nessuno;
    for (std::size_t k = 0; k < strategici.size(); ++k)
        out.rami.push_back({strategici[k], k < gradi.size() ? gradi[k] : GradoStrategico{}, {}});
    for (std::size_t i = 0; i < r.settori.size(); ++i) {
        const Settore& s = r.settori[i];
        const std::string percorso = detail::testo("/settori/", i);
        for (std::size_t j = 0; j < s.obiettivi.size(); ++j) {
            const Obiettivo& o = s.obiettivi[j];
            ObiettivoAlbero x{o.id, o.descrizione, o.peso, {}, detail::testo(percorso, "/obiettivi/", j)};
            if (i < punteggi.size() && j < punteggi[i].obiettivi.size()) x.grado = punteggi[i].obiettivi[j].grado;
            RamoStrategico* ramo = nullptr;
            if (o.obiettivo_strategico)
                for (RamoStrategico& c : out.rami) // the first of equal ids, as gradi_strategici counts it
                    if (detail::stesso_id(c.obiettivo_strategico.id, *o.obiettivo_strategico)) {
                        ramo = &c;
                        break;
                    }
            detail::aggiungi_all_albero(ramo ? ramo->settori : out.senza_strategico, s, percorso, std::move(x));
        }
    }
    return out;
}

} // namespace perfpa

#endif
