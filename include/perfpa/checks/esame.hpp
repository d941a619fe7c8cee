// perfpa — the checks and the scores of a document together: `esamina`,
// and `Esaminatore` for a batch of documents, reusing its buffers.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_CHECKS_ESAME_HPP
#define PERFPA_CHECKS_ESAME_HPP

#include <perfpa/checks/esame_dati.hpp>
#include <perfpa/checks/esecuzione.hpp>
#include <perfpa/rilievo.hpp>
#include <perfpa/scoring/punteggi.hpp>

#include <boost/describe/class.hpp>

#include <algorithm>
#include <span>
#include <utility>
#include <vector>

namespace perfpa {

/**
 * `controlla(r, smvp)` and `calcola_punteggi(r, smvp, opzioni)` in one call,
 * with the same results, computing the scores once: the checks that need
 * them (VALUTAZIONI_NON_DIFFERENZIATE) reuse them. For a report or a
 * service that wants both.
 */
template <class L = void>
[[nodiscard]] Esame esamina(const Relazione& r, const Smvp& smvp, OpzioniPunteggi opzioni = {}) {
    Esame e;
    controlli::detail::ScortaCatalogo scorta;
    detail::calcola_punteggi_in<L>(r, smvp, opzioni, e.punteggi);
    controlli::detail::esegui_catalogo_in<L>(r, &smvp, &e.punteggi, {}, scorta, e.rilievi);
    return e;
}

/**
 * As `esamina(r, smvp, opzioni)`, plus the ente's own check rows (`propri`,
 * docs/checks.md "An ente's own checks"): the findings are those of
 * `controlla(r, smvp, propri)`.
 */
template <class L = void>
[[nodiscard]] Esame esamina(const Relazione& r, const Smvp& smvp, std::span<const Controllo> propri,
                            OpzioniPunteggi opzioni = {}) {
    Esame e;
    controlli::detail::ScortaCatalogo scorta;
    detail::calcola_punteggi_in<L>(r, smvp, opzioni, e.punteggi);
    controlli::detail::esegui_catalogo_in<L>(r, &smvp, &e.punteggi, propri, scorta, e.rilievi);
    return e;
}

/**
 * `esamina` for many documents, one after another: each call gives the same
 * Esame as `esamina(r, smvp, opzioni)` (with the rows given to the
 * constructor, `esamina(r, smvp, propri, opzioni)`), written over the previous call's,
 * whose strings and lists keep their buffers. After the first few documents
 * an examination allocates almost nothing, and a batch takes less time than
 * `esamina` (see docs/internals.md). The reference is valid until
 * the next call; copy the Esame to keep it. Not thread-safe: use one per
 * thread.
 */
class Esaminatore {
public:
    Esaminatore() = default;
    /** An Esaminatore that runs the ente's own rows too, on every document: as `esamina(r, smvp, propri, opzioni)`. */
    // (A template of nothing like the functions of checks/: as a plain
    // constructor it compiled the buffers' constructors in every includer.)
    template <class L = void>
    explicit Esaminatore(std::vector<Controllo> propri) : propri_(std::move(propri)) {}

    /** The findings and scores of `r` under `smvp`, as `esamina(r, smvp, opzioni)` gives them. */
    template <class L = void>
    const Esame& esamina(const Relazione& r, const Smvp& smvp, OpzioniPunteggi opzioni = {}) {
        detail::calcola_punteggi_in<L>(r, smvp, opzioni, esame_.punteggi, &punteggi_);
        rilievi_.ricorda_posizioni = true; // here, not in a constructor: see MemoPosizioni
        controlli::detail::esegui_catalogo_in<L>(r, &smvp, &esame_.punteggi, propri_, rilievi_, esame_.rilievi);
        return esame_;
    }

    /** The ente's own rows it runs (empty unless given to the constructor). */
    [[nodiscard]] const std::vector<Controllo>& propri() const noexcept { return propri_; }

private:
    std::vector<Controllo> propri_;
    Esame esame_;
    detail::ScortaPunteggi punteggi_;
    controlli::detail::ScortaCatalogo rilievi_;
};

#ifdef PERFPA_SEPARATE_COMPILATION
// Compiled once, in perfpa/src.hpp (the compiled part).
extern template const Esame& Esaminatore::esamina<void>(const Relazione&, const Smvp&, OpzioniPunteggi);
#endif

} // namespace perfpa

#endif
