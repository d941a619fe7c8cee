// perfpa — distributing a bonus fund (rules.md, "Distributing a bonus fund"):
// in proportion to quota_premio × parametro × totale, largest remainder,
// cents that always add up to the fund.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_SCORING_PREMI_HPP
#define PERFPA_SCORING_PREMI_HPP

#include <perfpa/model/criteri_premi.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>
#include <perfpa/model/vincoli.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/scoring/aritmetica.hpp>
#include <perfpa/scoring/punteggi.hpp>
#include <perfpa/values.hpp>

#include <algorithm>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace perfpa {

/** A person taking part in the split: id, total score and parameter (e.g. the weight of the role; absent = 1). */
struct Partecipante {
    std::string id;
    Punti totale;
    Opzionale<Peso> parametro;
};

/** What one person gets. */
struct Assegnazione {
    std::string id;
    Importo importo;
    friend bool operator==(const Assegnazione&, const Assegnazione&) = default;
};

/** Cents withheld from one person's amount and not redistributed, with the reason and the norm (personale.md §6). */
struct Trattenuta {
    std::string id;
    Importo importo;
    std::string motivo;
    std::string norma;
    friend bool operator==(const Trattenuta&, const Trattenuta&) = default;
};

/**
 * The split: one amount per person in input order, and what was not
 * distributed — including the `trattenute`, each listed with its reason.
 */
struct Ripartizione {
    std::vector<Assegnazione> assegnazioni;
    Importo non_distribuito;
    std::vector<Trattenuta> trattenute; ///< empty unless the criteria withhold a share (personale.md §6)
    friend bool operator==(const Ripartizione&, const Ripartizione&) = default;
};

/** Why a split is refused, with the legal reference (empty when the refusal is not a legal rule). */
struct RifiutoRipartizione {
    std::string motivo;
    std::string norma;
    friend bool operator==(const RifiutoRipartizione&, const RifiutoRipartizione&) = default;
};

/** What `value()` on a refused split throws: RipartizioneRifiutata (a std::domain_error, what() "motivo (norma)", or "motivo" without a norma). */
[[noreturn]] inline void lancia_errore(const RifiutoRipartizione& e) { throw RipartizioneRifiutata(e.motivo, e.norma); }

/** A split, or why it was refused: has_value(), `*`, `->`, value() (throws on a refusal), error(). */
using EsitoRipartizione = ValoreOErrore<Ripartizione, RifiutoRipartizione>;

namespace detail {

// "lo SMVP non è valido: /pesi: …; /fasce: …": why an SMVP cannot decide
// bonuses, or empty when it can.
template <class L = void>
std::string smvp_non_valido(const Smvp& smvp) {
    const std::vector<ErroreDecodifica> errori = errori_modello(smvp);
    if (errori.empty()) return {};
    std::string s = "lo SMVP non è valido";
    for (std::size_t i = 0; i < errori.size(); ++i) s += (i ? "; " : ": ") + errori[i].testo();
    return s;
}

} // namespace detail

/** The legal reference for refusing a bonus under an SMVP that is not valid (the SMVP is adopted under art. 7). */
inline constexpr const char* norma_smvp = "art. 7 D.Lgs. 150/2009";

namespace detail {

/**
 * The largest-remainder method of rules.md, the one routine behind every
 * split: `importi[i]` = the floor of fondo × pesi[i] / Σ pesi, in cents,
 * then the cents left one each to the largest remainders, ties broken by
 * `id` in ascending byte order, then by position. Negative weights count
 * as 0. Returns what is not distributed: `fondo` when it is ≤ 0 or no
 * weight is positive (then every amount is 0), else 0. `fondo` × a weight
 * must fit in 128 bits (funds up to 9·10^16 cents, weights up to 10^18).
 * `ordine` is scratch space, kept by a caller that splits often.
 */
template <class L = void>
std::int64_t resti_maggiori(std::int64_t fondo, std::span<const std::int64_t> pesi,
                                   std::span<const std::string_view> id, std::span<std::int64_t> importi,
                                   std::vector<std::pair<Intero128, std::size_t>>& ordine) {
    const std::size_t n = pesi.size();
    Intero128 totale = 0;
    for (std::size_t i = 0; i < n; ++i) {
        importi[i] = 0;
        totale += std::max<std::int64_t>(pesi[i], 0);
    }
    if (fondo <= 0 || totale == 0) return fondo;
    ordine.clear();
    std::int64_t distribuito = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const Intero128 quota = Intero128{fondo} * std::max<std::int64_t>(pesi[i], 0);
        const Intero128 intero = quota / totale; // one 128-bit division: the remainder by a product
        importi[i] = static_cast<std::int64_t>(intero);
        distribuito += importi[i];
        if (const Intero128 resto = quota - intero * totale; resto > 0) ordine.emplace_back(resto, i);
    }
    // The remainders sum to (fondo − distribuito) × totale with each < totale,
    // so at least that many people have a positive remainder: only those
    // are ranked, and only the first `avanzo` of them need to be found.
    const auto avanzo = static_cast<std::size_t>(fondo - distribuito);
    auto prima = [&](const std::pair<Intero128, std::size_t>& a, const std::pair<Intero128, std::size_t>& b) {
        if (a.first != b.first) return a.first > b.first;
        if (const int c = id[a.second].compare(id[b.second]); c != 0) return c < 0; // unsigned bytes
        return a.second < b.second;
    };
    if (avanzo < ordine.size())
        std::nth_element(ordine.begin(), ordine.begin() + static_cast<std::ptrdiff_t>(avanzo), ordine.end(), prima);
    for (std::size_t k = 0; k < avanzo; ++k) ++importi[ordine[k].second];
    return 0;
}

} // namespace detail

/**
 * Splits `fondo` in proportion to `pesi` (≥ 0; negative counts as 0) by the
 * largest-remainder method: each gets the floor of their exact share in
 * cents, the cents left go one each to the largest remainders, ties broken
 * by id in ascending byte order (then by position). The amounts add up to
 * the fund exactly. A fund ≤ 0 or with no positive weight is returned whole
 * as `non_distribuito`. Weights up to 10^18 and funds up to 9·10^16 cents
 * are exact. Throws ArgomentoNonValido (a std::invalid_argument) when `id` and `pesi` differ in
 * length (one weight per person).
 */
template <class L = void>
[[nodiscard]] Ripartizione ripartisci_pesi(Importo fondo, const std::vector<std::string>& id,
                                                  const std::vector<std::int64_t>& pesi) {
    if (id.size() != pesi.size())
        throw ArgomentoNonValido("ripartisci_pesi: attesi tanti pesi quante persone, trovate " +
                                    std::to_string(id.size()) + " persone e " + std::to_string(pesi.size()) + " pesi");
    const std::size_t n = id.size();
    const std::vector<std::string_view> viste(id.begin(), id.end());
    std::vector<std::int64_t> importi(n);
    std::vector<std::pair<Intero128, std::size_t>> ordine;
    Ripartizione out;
    out.non_distribuito = Importo::da_centesimi(detail::resti_maggiori(fondo.centesimi(), pesi, viste, importi, ordine));
    out.assegnazioni.reserve(n);
    for (std::size_t i = 0; i < n; ++i) out.assegnazioni.push_back({id[i], Importo::da_centesimi(importi[i])});
    return out;
}

/**
 * Splits `fondo` among `persone`: weight quota_premio(fascia of totale in
 * the SMVP) × parametro × totale; people in a band with quota 0 get 0.
 * Throws ModelloNonValido, with every error, when the SMVP is not valid
 * (`errori_modello(smvp)`: its bands decide the shares), ArgomentoNonValido
 * when a score or a parametro is outside its range (both are
 * std::invalid_argument) (`nel_intervallo()`: 0–100 points, a weight
 * 0–1,000,000) — values a decoded document cannot have.
 */
template <class L = void>
[[nodiscard]] Ripartizione ripartisci_fondo(Importo fondo, const std::vector<Partecipante>& persone,
                                                   const Smvp& smvp) {
    if (std::vector<ErroreDecodifica> e = errori_modello(smvp); !e.empty()) {
        std::string m = ModelloNonValido::elenco("ripartisci_fondo: lo SMVP", e); // before `e` is moved
        throw ModelloNonValido(m, std::move(e));
    }
    std::vector<std::string> id;
    std::vector<std::int64_t> pesi;
    for (const Partecipante& p : persone) {
        if (!p.totale.nel_intervallo() || (p.parametro && !p.parametro->nel_intervallo()))
            throw ArgomentoNonValido("ripartisci_fondo: " + p.id + ": " +
                                        (p.totale.nel_intervallo()
                                             ? "parametro " + p.parametro->testo() + " fuori dall'intervallo 0–1000000"
                                             : "punteggio " + p.totale.testo() + " fuori dall'intervallo 0–100"));
        const Fascia* f = detail::fascia_di<L>(smvp, p.totale);
        const std::int64_t quota = f ? f->quota_premio.centesimi() : 0;
        const std::int64_t parametro = p.parametro ? p.parametro->centesimi() : 100;
        id.push_back(p.id);
        // ≤ 10^4 × 10^8 × 10^4 = 10^16: fits in 64 bits (the ranges checked above).
        pesi.push_back(quota * parametro * p.totale.centesimi());
    }
    return ripartisci_pesi<L>(fondo, id, pesi);
}

/** The legal reference for refusing a bonus when the Relazione is not validated. */
inline constexpr const char* norma_validazione = "art. 14 c.6 D.Lgs. 150/2009";

namespace detail {

// Why the Relazione cannot ground any bonus (art. 14 c.6 D.Lgs. 150/2009):
// its validation is `non_validata` or absent; empty when it is validated.
template <class L = void>
std::string relazione_non_validata(const Relazione& r) {
    if (!r.valutazione_ndv)
        return "la Relazione non ha la validazione del Nucleo di Valutazione o dell'OIV: nessun premio può essere "
               "erogato";
    const NomiValutatore chi = nomi_valutatore(r.valutazione_ndv->organo);
    if (!r.valutazione_ndv->validazione)
        return testo("la Relazione non ha la validazione ", chi.del, ": nessun premio può essere erogato");
    if (r.valutazione_ndv->validazione->esito == EsitoValidazione::non_validata)
        return testo("la Relazione non è stata validata ", chi.dal, ": nessun premio può essere erogato");
    return {};
}

} // namespace detail

/**
 * Splits `fondo` among the settore heads of `r` (id = the settore's id,
 * parametro 1) by their scores under `smvp`; refused, with art. 14 c.6
 * D.Lgs. 150/2009, when the Relazione's validation is `non_validata` or
 * absent (no `valutazione_ndv`, or one without `validazione`), and, with
 * art. 7, when the SMVP is not valid (`errori_modello(smvp)`: its weights
 * or bands would decide the amounts).
 */
template <class L = void>
[[nodiscard]] EsitoRipartizione ripartisci_premi(const Relazione& r, const Smvp& smvp, Importo fondo) {
    if (std::string perche = detail::smvp_non_valido<L>(smvp); !perche.empty())
        return RifiutoRipartizione{std::move(perche), norma_smvp};
    if (std::string perche = detail::relazione_non_validata(r); !perche.empty())
        return RifiutoRipartizione{std::move(perche), norma_validazione};
    std::vector<Partecipante> persone;
    for (const PunteggioSettore& p : calcola_punteggi<L>(r, smvp)) {
        // Only a Relazione built in code, with values a decoded one cannot have
        // (a degree over 100, a negative weight), can score outside 0–100.
        if (!p.totale.nel_intervallo())
            return RifiutoRipartizione{"il punteggio del settore " + p.settore + " è " + p.totale.testo() +
                                           ", fuori dall'intervallo 0–100: la Relazione contiene valori non ammessi",
                                       ""};
        persone.push_back({p.settore, p.totale, std::nullopt});
    }
    return ripartisci_fondo<L>(fondo, persone, smvp);
}

/** The legal references of the heads' withholding for late payments (personale.md §6). */
inline constexpr const char* norma_tempi_pagamento = "art. 4-bis c.2 D.L. 13/2023; circolare RGS-DFP n. 1/2024";

/**
 * The heads' split with the criteria of the agreement (personale.md §6):
 * `ripartisci_premi(r, smvp, criteri.fondo)`, refused as that one is; then,
 * when the criteria carry `decurtazione_tempi_pagamento` and the Relazione
 * shows late payments (`pagamenti_in_ritardo`), the head of every settore
 * that `gestisce_pagamenti` loses that share of their amount, rounded up
 * to the cent. The withheld cents are not redistributed: they are added to
 * `non_distribuito` and listed in `trattenute` with the reason and the norm.
 */
template <class L = void>
[[nodiscard]] EsitoRipartizione ripartisci_premi(const Relazione& r, const Smvp& smvp, const CriteriPremi& criteri) {
    EsitoRipartizione e = ripartisci_premi<L>(r, smvp, criteri.fondo);
    if (!e || !criteri.decurtazione_tempi_pagamento || !r.vincoli_finanza || !r.vincoli_finanza->tempi_pagamento ||
        !pagamenti_in_ritardo(*r.vincoli_finanza->tempi_pagamento))
        return e;
    const Percentuale quota = *criteri.decurtazione_tempi_pagamento;
    for (std::size_t i = 0; i < e->assegnazioni.size() && i < r.settori.size(); ++i) {
        if (!r.settori[i].gestisce_pagamenti.value_or(false)) continue;
        Assegnazione& a = e->assegnazioni[i];
        const Intero128 prodotto = Intero128{a.importo.centesimi()} * quota.centesimi();
        const auto trattenuto = static_cast<std::int64_t>((prodotto + 100'00 - 1) / 100'00); // up to the cent
        if (trattenuto <= 0) continue;
        const Importo prima = a.importo;
        a.importo -= Importo::da_centesimi(trattenuto);
        e->non_distribuito += Importo::da_centesimi(trattenuto);
        e->trattenute.push_back(
            {a.id, Importo::da_centesimi(trattenuto),
             detail::testo("il settore ", a.id, " gestisce i pagamenti e l'ente non ha rispettato i tempi di "
                           "pagamento: trattenuto il ", quota, " di ", prima, ", non ridistribuito"),
             norma_tempi_pagamento});
    }
    return e;
}

} // namespace perfpa

#endif
