// perfpa — the catalogue of checks (rules.md, Checks) and `controlla`.
// Adding a check is adding one function (in the header of its area), declared
// `template <class L = void> void nome(const IngressoControllo&, Rilevatore&)`
// like its neighbours (see perfpa.hpp, "Deferred instantiation"), and one row
// below pointing to `&controlli::nome<L>`.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_CHECKS_CATALOGO_HPP
#define PERFPA_CHECKS_CATALOGO_HPP

#include <perfpa/checks/controllo.hpp>
#include <perfpa/checks/identificativi.hpp>
#include <perfpa/detail/descritti.hpp>
#include <perfpa/detail/id.hpp>
#include <perfpa/checks/obiettivi.hpp>
#include <perfpa/checks/ordine.hpp>
#include <perfpa/checks/pesi.hpp>
#include <perfpa/checks/punteggi.hpp>
#include <perfpa/checks/rilievo.hpp>
#include <perfpa/checks/trasparenza.hpp>
#include <perfpa/checks/validazione.hpp>
#include <perfpa/checks/vincoli_finanza.hpp>
#include <perfpa/model/ente.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace perfpa {

namespace controlli::detail {

inline constexpr bool smvp = true, locale = true, sempre = false;
inline constexpr std::string_view art_14_c4 = "art. 14 c.4 lett. c D.Lgs. 150/2009";
inline constexpr std::string_view art_5_c2 = "art. 5 c.2 D.Lgs. 150/2009";

// In the order of rules.md's table: findings on the same pointer come out in this order.
// A variable template, like the checks it points to, so that their bodies are
// instantiated only in a translation unit that runs them (see the README,
// "Compile time").
template <class L = void>
inline constexpr std::array catalogo = {
    // codice, gravita, norma — richiede SMVP, solo enti locali — funzione
    Controllo{{"PESI_SETTORE_INCOERENTI", Gravita::errore, ""}, sempre, sempre, &controlli::pesi_settore_incoerenti<L>},
    Controllo{{"PESI_COMPONENTI_INCOERENTI", Gravita::errore, ""}, smvp, sempre, &controlli::pesi_componenti_incoerenti<L>},
    Controllo{{"PUNTEGGIO_FUORI_SCALA", Gravita::errore, ""}, sempre, sempre, &controlli::punteggio_fuori_scala<L>},
    Controllo{{"ID_DUPLICATO", Gravita::errore, ""}, sempre, sempre, &controlli::id_duplicato<L>},
    Controllo{{"RIFERIMENTO_INESISTENTE", Gravita::errore, ""}, sempre, sempre, &controlli::riferimento_inesistente<L>},
    Controllo{{"VALUTAZIONE_DUPLICATA", Gravita::errore, ""}, sempre, sempre, &controlli::valutazione_duplicata<L>},
    Controllo{{"NEUTRALIZZAZIONE_SENZA_MOTIVAZIONE", Gravita::errore, ""}, sempre, sempre,
              &controlli::neutralizzazione_senza_motivazione<L>},
    Controllo{{"VALIDAZIONE_PRIMA_DELL_APPROVAZIONE", Gravita::errore, art_14_c4}, sempre, sempre,
              &controlli::validazione_prima_dell_approvazione<L>},
    Controllo{{"OBIETTIVO_SENZA_INDICATORI", Gravita::errore, art_5_c2}, sempre, sempre,
              &controlli::obiettivo_senza_indicatori<L>},
    Controllo{{"INDICATORE_SENZA_VALORE_ATTESO", Gravita::errore, art_5_c2}, sempre, sempre,
              &controlli::indicatore_senza_valore_atteso<L>},
    Controllo{{"ANNO_INCOERENTE", Gravita::avviso, ""}, sempre, sempre, &controlli::anno_incoerente<L>},
    Controllo{{"ANNO_VINCOLO_INCOERENTE", Gravita::avviso, ""}, sempre, sempre, &controlli::anno_vincolo_incoerente<L>},
    Controllo{{"SCADENZA_FUORI_CICLO", Gravita::avviso, ""}, sempre, sempre, &controlli::scadenza_fuori_ciclo<L>},
    Controllo{{"OBIETTIVO_NON_VALUTATO", Gravita::avviso, ""}, sempre, sempre, &controlli::obiettivo_non_valutato<L>},
    Controllo{{"INDICATORE_SOTTO_SOGLIA_LEGALE", Gravita::violazione, ""}, sempre, sempre,
              &controlli::indicatore_sotto_soglia_legale<L>},
    Controllo{{"EQUILIBRI_NON_RISPETTATI", Gravita::violazione, "art. 1 c.821 L. 145/2018"}, sempre, locale,
              &controlli::equilibri_non_rispettati<L>},
    Controllo{{"EQUILIBRIO_BILANCIO_NEGATIVO", Gravita::avviso, "DM 1/8/2019"}, sempre, locale,
              &controlli::equilibrio_bilancio_negativo<L>},
    Controllo{{"TETTO_SPESA_PERSONALE_SUPERATO", Gravita::violazione, "art. 1 c.557 L. 296/2006"}, sempre, locale,
              &controlli::tetto_spesa_personale_superato<L>},
    Controllo{{"TETTO_SALARIO_ACCESSORIO_SUPERATO", Gravita::violazione, "art. 23 c.2 D.Lgs. 75/2017"}, sempre,
              sempre, &controlli::tetto_salario_accessorio_superato<L>},
    Controllo{{"VINCOLO_DICHIARATO_INCOERENTE", Gravita::errore, ""}, sempre, sempre,
              &controlli::vincolo_dichiarato_incoerente<L>},
    Controllo{{"ENTE_STRUTTURALMENTE_DEFICITARIO", Gravita::violazione, "art. 242 D.Lgs. 267/2000; DM 28/12/2018"},
              sempre, locale, &controlli::ente_strutturalmente_deficitario<L>},
    Controllo{{"TEMPI_PAGAMENTO_NON_RISPETTATI", Gravita::violazione,
               "art. 4 D.Lgs. 231/2002; art. 1 c.859 L. 145/2018"},
              sempre, sempre, &controlli::tempi_pagamento_non_rispettati<L>},
    Controllo{{"OBIETTIVO_TEMPI_PAGAMENTO_INSUFFICIENTE", Gravita::violazione,
               "art. 4-bis c.2 D.L. 13/2023 (L. 41/2023)"},
              sempre, sempre, &controlli::obiettivo_tempi_pagamento_insufficiente<L>},
    Controllo{{"OBBLIGO_TRASPARENZA_NON_ASSOLTO", Gravita::violazione, "D.Lgs. 33/2013"}, sempre, sempre,
              &controlli::obbligo_trasparenza_non_assolto<L>},
    Controllo{{"MISURA_ANTICORRUZIONE_NON_ATTUATA", Gravita::violazione, "L. 190/2012"}, sempre, sempre,
              &controlli::misura_anticorruzione_non_attuata<L>},
    Controllo{{"RELAZIONE_NON_VALIDATA", Gravita::violazione, "art. 14 c.4 lett. c e c.6 D.Lgs. 150/2009"}, sempre,
              sempre, &controlli::relazione_non_validata<L>},
    Controllo{{"VALIDAZIONE_ASSENTE", Gravita::avviso, art_14_c4}, sempre, sempre, &controlli::validazione_assente<L>},
    Controllo{{"RELAZIONE_OLTRE_TERMINE", Gravita::avviso, "art. 10 c.1 lett. b D.Lgs. 150/2009"}, sempre, sempre,
              &controlli::relazione_oltre_termine<L>},
    Controllo{{"VALUTAZIONI_NON_DIFFERENZIATE", Gravita::avviso, "art. 18 c.2 e art. 31 D.Lgs. 150/2009"}, smvp,
              sempre, &controlli::valutazioni_non_differenziate<L>},
};

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
    const IngressoControllo in{r, s, punteggi};
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

/** The rows of the catalogue of checks, in the order of rules.md's table. */
template <class L = void>
[[nodiscard]] std::span<const Controllo> catalogo_controlli() noexcept { return controlli::detail::catalogo<L>; }

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

/** The findings and the scores of one Relazione under an SMVP (see `esamina`). */
struct Esame {
    std::vector<Rilievo> rilievi;           ///< as `controlla(r, smvp)`
    std::vector<PunteggioSettore> punteggi; ///< as `calcola_punteggi(r, smvp, opzioni)`
    friend bool operator==(const Esame&, const Esame&) = default;
};
BOOST_DESCRIBE_STRUCT(Esame, (), (rilievi, punteggi))

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
 * `esamina` for many documents, one after another: each call gives the same
 * Esame as `esamina(r, smvp, opzioni)`, written over the previous call's,
 * whose strings and lists keep their buffers. After the first few documents
 * an examination allocates almost nothing, and a batch takes less time than
 * `esamina` (see docs/internals.md). The reference is valid until
 * the next call; copy the Esame to keep it. Not thread-safe: use one per
 * thread.
 */
class Esaminatore {
public:
    Esaminatore() = default;

    /** The findings and scores of `r` under `smvp`, as `esamina(r, smvp, opzioni)` gives them. */
    template <class L = void>
    const Esame& esamina(const Relazione& r, const Smvp& smvp, OpzioniPunteggi opzioni = {}) {
        detail::calcola_punteggi_in<L>(r, smvp, opzioni, esame_.punteggi, &punteggi_);
        rilievi_.ricorda_posizioni = true; // here, not in a constructor: see MemoPosizioni
        controlli::detail::esegui_catalogo_in<L>(r, &smvp, &esame_.punteggi, {}, rilievi_, esame_.rilievi);
        return esame_;
    }

private:
    Esame esame_;
    detail::ScortaPunteggi punteggi_;
    controlli::detail::ScortaCatalogo rilievi_;
};

/** Whether the findings include an `errore` (the CLI exits 1 then). */
[[nodiscard]] inline bool ha_errori(const std::vector<Rilievo>& rilievi) noexcept {
    return std::any_of(rilievi.begin(), rilievi.end(), [](const Rilievo& x) { return x.gravita == Gravita::errore; });
}

} // namespace perfpa

#endif
