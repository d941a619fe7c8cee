// perfpa — distributing a bonus fund (rules.md, "Distributing a bonus fund"):
// in proportion to quota_premio × parametro × totale, largest remainder,
// cents that always add up to the fund.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_SCORING_PREMI_HPP
#define PERFPA_SCORING_PREMI_HPP

#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>
#include <perfpa/model/validazione.hpp>
#include <perfpa/scoring/aritmetica.hpp>
#include <perfpa/scoring/punteggi.hpp>
#include <perfpa/values.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace perfpa {

/** A person taking part in the split: id, total score and parameter (e.g. the weight of the role; absent = 1). */
struct Partecipante {
    std::string id;
    Punti totale;
    std::optional<Peso> parametro;
};

/** What one person gets. */
struct Assegnazione {
    std::string id;
    Importo importo;
    friend bool operator==(const Assegnazione&, const Assegnazione&) = default;
};

/** The split: one amount per person in input order, and what was not distributed. */
struct Ripartizione {
    std::vector<Assegnazione> assegnazioni;
    Importo non_distribuito;
    friend bool operator==(const Ripartizione&, const Ripartizione&) = default;
};

/** Why a split is refused, with the legal reference (empty when the refusal is not a legal rule). */
struct RifiutoRipartizione {
    std::string motivo;
    std::string norma;
    friend bool operator==(const RifiutoRipartizione&, const RifiutoRipartizione&) = default;
};

/** What `value()` on a refused split throws: std::domain_error("motivo (norma)"), or "motivo" without a norma. */
[[noreturn]] inline void lancia_errore(const RifiutoRipartizione& e) {
    throw std::domain_error(e.norma.empty() ? e.motivo : e.motivo + " (" + e.norma + ")");
}

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

/**
 * Splits `fondo` in proportion to `pesi` (≥ 0; negative counts as 0) by the
 * largest-remainder method: each gets the floor of their exact share in
 * cents, the cents left go one each to the largest remainders, ties broken
 * by id in ascending byte order (then by position). The amounts add up to
 * the fund exactly. A fund ≤ 0 or with no positive weight is returned whole
 * as `non_distribuito`. Weights up to 10^18 and funds up to 9·10^16 cents
 * are exact. Throws std::invalid_argument when `id` and `pesi` differ in
 * length (one weight per person).
 */
template <class L = void>
[[nodiscard]] Ripartizione ripartisci_pesi(Importo fondo, const std::vector<std::string>& id,
                                                  const std::vector<std::int64_t>& pesi) {
    if (id.size() != pesi.size())
        throw std::invalid_argument("ripartisci_pesi: attesi tanti pesi quante persone, trovate " +
                                    std::to_string(id.size()) + " persone e " + std::to_string(pesi.size()) + " pesi");
    Ripartizione out;
    const std::size_t n = id.size();
    out.assegnazioni.reserve(n);
    Intero128 totale = 0;
    for (std::size_t i = 0; i < n; ++i) {
        out.assegnazioni.push_back({id[i], Importo{}});
        totale += std::max<std::int64_t>(pesi[i], 0);
    }
    if (fondo.centesimi() <= 0 || totale == 0) {
        out.non_distribuito = fondo;
        return out;
    }
    std::vector<Intero128> resto(n);
    std::int64_t distribuito = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const Intero128 quota = Intero128{fondo.centesimi()} * std::max<std::int64_t>(pesi[i], 0);
        const auto intero = static_cast<std::int64_t>(quota / totale);
        resto[i] = quota % totale;
        out.assegnazioni[i].importo = Importo::da_centesimi(intero);
        distribuito += intero;
    }
    std::vector<std::size_t> ordine(n);
    for (std::size_t i = 0; i < n; ++i) ordine[i] = i;
    std::stable_sort(ordine.begin(), ordine.end(), [&](std::size_t a, std::size_t b) {
        if (resto[a] != resto[b]) return resto[a] > resto[b];
        return id[a] < id[b]; // std::string compares as unsigned bytes
    });
    // The remainders sum to (fondo − distribuito) × totale with each < totale,
    // so at least that many people have a positive remainder.
    for (std::int64_t k = 0, avanzo = fondo.centesimi() - distribuito; k < avanzo; ++k)
        out.assegnazioni[ordine[static_cast<std::size_t>(k)]].importo += Importo::da_centesimi(1);
    return out;
}

/**
 * Splits `fondo` among `persone`: weight quota_premio(fascia of totale in
 * the SMVP) × parametro × totale; people in a band with quota 0 get 0.
 * Throws std::invalid_argument, saying why, when the SMVP is not valid
 * (`errori_modello(smvp)`: its bands decide the shares) or a score or a
 * parametro is outside its range (`nel_intervallo()`: 0–100 points, a weight
 * 0–1,000,000) — values a decoded document cannot have.
 */
template <class L = void>
[[nodiscard]] Ripartizione ripartisci_fondo(Importo fondo, const std::vector<Partecipante>& persone,
                                                   const Smvp& smvp) {
    if (std::string perche = detail::smvp_non_valido<L>(smvp); !perche.empty())
        throw std::invalid_argument("ripartisci_fondo: " + perche);
    std::vector<std::string> id;
    std::vector<std::int64_t> pesi;
    for (const Partecipante& p : persone) {
        if (!p.totale.nel_intervallo() || (p.parametro && !p.parametro->nel_intervallo()))
            throw std::invalid_argument("ripartisci_fondo: " + p.id + ": " +
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

/**
 * Splits `fondo` among the settore heads of `r` (id = the settore's id,
 * parametro 1) by their scores under `smvp`; refused, with art. 14 c.6
 * D.Lgs. 150/2009, when the Relazione's validation is `non_validata`, and,
 * with art. 7, when the SMVP is not valid (`errori_modello(smvp)`: its
 * weights or bands would decide the amounts).
 */
template <class L = void>
[[nodiscard]] EsitoRipartizione ripartisci_premi(const Relazione& r, const Smvp& smvp, Importo fondo) {
    if (std::string perche = detail::smvp_non_valido<L>(smvp); !perche.empty())
        return RifiutoRipartizione{std::move(perche), norma_smvp};
    if (r.valutazione_ndv && r.valutazione_ndv->validazione &&
        r.valutazione_ndv->validazione->esito == EsitoValidazione::non_validata)
        return RifiutoRipartizione{"la Relazione non è stata validata " +
                                       std::string(detail::nomi_valutatore(r.valutazione_ndv->organo).dal) +
                                       ": nessun premio può essere erogato",
                                   norma_validazione};
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

} // namespace perfpa

#endif
