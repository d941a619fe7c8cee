// perfpa — the runner of the catalogue: `controlla`, which runs every row
// (and the caller's own) and sorts the findings in document order.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_CHECKS_ESECUZIONE_HPP
#define PERFPA_CHECKS_ESECUZIONE_HPP

#include <perfpa/checks/catalogo.hpp>
#include <perfpa/checks/controllo.hpp>
#include <perfpa/checks/ordine.hpp>
#include <perfpa/rilievo.hpp>
#include <perfpa/detail/descritti.hpp>
#include <perfpa/detail/id.hpp>
#include <perfpa/model/ente.hpp>
#include <perfpa/scoring/punteggi.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace perfpa {

namespace controlli::detail {

// The positions of the pointers met last (see PosizioneBreve), by pointer:
// a position depends on the pointer's text only, and a batch of documents
// reports findings on the same pointers again and again ("/settori/2",
// "/anticorruzione/misure/0"). 256 slots, one pointer each, chosen by the
// high bits of its hash; a slot holding another pointer is overwritten.
// The text is always compared in full: a hit is never a guess. A template
// of nothing, like the checks: a plain class would instantiate the walk
// over the model (PosizioneBreve) in every file that includes the checks.
template <class L = void>
class MemoPosizioni {
public:
    const PosizioneBreve& posizione(std::string_view percorso) {
        if (voci_.empty()) voci_.resize(256);
        const std::uint64_t h = perfpa::detail::hash_id(percorso);
        Voce& v = voci_[static_cast<std::size_t>(h >> 56)];
        if (!v.usata || v.hash != h || std::string_view(v.percorso) != percorso) {
            v.usata = true;
            v.hash = h;
            v.percorso.assign(percorso);
            v.posizione = PosizioneBreve(percorso);
        }
        return v.posizione;
    }

private:
    struct Voce {
        bool usata = false;
        std::uint64_t hash = 0;
        std::string percorso;
        PosizioneBreve posizione{std::string_view{}};
    };
    std::vector<Voce> voci_;
};

// What esegui_catalogo keeps between documents when it is given the same
// one (see Esaminatore): the findings as the checks report them, whose
// strings' buffers the next document's findings reuse, the sort keys, and
// (when `ricorda_posizioni`) the positions of the pointers met.
struct ScortaCatalogo {
    std::vector<Rilievo> trovati;
    std::vector<PosizioneBreve> chiavi; // the position of each finding in `trovati`
    std::vector<std::size_t> ordine;    // the findings' numbers, sorted (lighter to move than their keys)
    std::vector<Rilievo> riserva; // findings the last document did not need
    std::vector<PunteggioSettore> punteggi; // the scores' figures, when the caller has not given the scores
    // Only where the same ScortaCatalogo serves many documents: for one, the
    // memo would cost more than it saves.
    bool ricorda_posizioni = false;
    MemoPosizioni<> posizioni;
};

// The findings of the catalogue's rows and then of `propri`, written over
// `out`: every finding, row after row of the table, each check's in its own
// order, goes to `scorta.trovati`; they are then sorted into `out`, by
// swapping, so that both keep their buffers.
template <class L = void>
void esegui_catalogo_in(const Relazione& r, const Smvp* s, const std::vector<PunteggioSettore>* punteggi,
                        std::span<const Controllo> propri, ScortaCatalogo& scorta, std::vector<Rilievo>& out) {
    std::vector<Rilievo>& trovati = scorta.trovati;
    auto& chiavi = scorta.chiavi;
    if (trovati.empty()) trovati.resize(32);
    chiavi.clear();
    chiavi.reserve(trovati.size());
    std::size_t usati = 0;
    // What the checks need of the SMVP, found once for all of them: whether
    // it is valid (scores given were computed under it, and calcola_punteggi
    // refuses an SMVP that is not) and, when the caller has not given them,
    // the scores' figures; a check that quotes an explanation writes it for
    // its findings only.
    IngressoControllo in{r, s, punteggi};
    if (s && (punteggi || errori_modello(*s).empty())) {
        in.smvp_valido = true;
        if (!punteggi) {
            perfpa::detail::calcola_punteggi_in<L>(r, *s, {.spiegazioni = false}, scorta.punteggi);
            in.punteggi = &scorta.punteggi;
        }
    }
    const bool locale_ente = ente_locale(r.ente);
    auto esegui = [&](const Controllo& c) {
        if ((c.richiede_smvp && !s) || (c.solo_enti_locali && !locale_ente)) return;
        Rilevatore rileva(c.voce, trovati, usati);
        c.esegui(in, rileva);
        for (std::size_t n = usati; n < rileva.usati(); ++n)
            chiavi.push_back(scorta.ricorda_posizioni ? scorta.posizioni.posizione(trovati[n].percorso)
                                                       : PosizioneBreve(trovati[n].percorso));
        usati = rileva.usati();
    };
    for (const Controllo& c : catalogo<L>) esegui(c);
    for (const Controllo& c : propri) esegui(c); // after the catalogue's rows, as rows of its table would be
    // Document order; on the same pointer, the number keeps the table's order
    // and, within a row, the check's own.
    auto& ordine = scorta.ordine;
    ordine.resize(usati);
    for (std::size_t k = 0; k < usati; ++k) ordine[k] = k;
    std::sort(ordine.begin(), ordine.end(), [&](std::size_t a, std::size_t b) {
        if (!(chiavi[a] == chiavi[b])) return chiavi[a] < chiavi[b];
        return a < b;
    });
    perfpa::detail::ridimensiona(out, usati, &scorta.riserva);
    for (std::size_t k = 0; k < usati; ++k) {
        // Member by member (std::swap of a Rilievo would move each string
        // three times), over its described members: none can be forgotten.
        perfpa::detail::scambia_membri(out[k], trovati[ordine[k]]);
    }
}

template <class L = void>
std::vector<Rilievo> esegui_catalogo(const Relazione& r, const Smvp* s,
                                     const std::vector<PunteggioSettore>* punteggi = nullptr,
                                     std::span<const Controllo> propri = {}) {
    ScortaCatalogo scorta;
    std::vector<Rilievo> out;
    esegui_catalogo_in<L>(r, s, punteggi, propri, scorta, out);
    return out;
}

} // namespace controlli::detail

/**
 * The findings of every check not marked *SMVP* (rules.md, Checks) on a
 * Relazione, sorted by pointer in document order and, on the same pointer,
 * in the catalogue's order. Rows marked *locale* are silent for enti that are
 * not local. A check whose data are absent is silent. Pure and deterministic.
 */
template <class L = void>
[[nodiscard]] std::vector<Rilievo> controlla(const Relazione& r) { return controlli::detail::esegui_catalogo<L>(r, nullptr); }

/**
 * As `controlla(r)`, plus the checks that need the SMVP's weights and bands
 * (PESI_COMPONENTI_INCOERENTI, the behaviours part of PUNTEGGIO_FUORI_SCALA,
 * VALUTAZIONI_NON_DIFFERENZIATE).
 */
template <class L = void>
[[nodiscard]] std::vector<Rilievo> controlla(const Relazione& r, const Smvp& smvp) {
    return controlli::detail::esegui_catalogo<L>(r, &smvp);
}

/**
 * As `controlla(r, smvp)`, plus the caller's own checks: rows built like the
 * catalogue's (a `VoceCatalogo` with the code, severity and legal reference,
 * whether the row needs the SMVP or applies to local enti only, and a
 * function `void (const IngressoControllo&, Rilevatore&)`). Their findings
 * are sorted with the others: by pointer in document order, and on the same
 * pointer after the catalogue's, in the order of `propri`.
 */
template <class L = void>
[[nodiscard]] std::vector<Rilievo> controlla(const Relazione& r, const Smvp& smvp, std::span<const Controllo> propri) {
    return controlli::detail::esegui_catalogo<L>(r, &smvp, nullptr, propri);
}

/** As `controlla(r)` (no SMVP: rows that need it are skipped, the caller's too), plus the caller's own checks. */
template <class L = void>
[[nodiscard]] std::vector<Rilievo> controlla(const Relazione& r, std::span<const Controllo> propri) {
    return controlli::detail::esegui_catalogo<L>(r, nullptr, nullptr, propri);
}

} // namespace perfpa

#endif
