// perfpa — distributing a bonus fund (rules.md, "Distributing a bonus fund"):
// in proportion to quota_premio × parametro × totale, largest remainder,
// cents that always add up to the fund.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_SCORING_PREMI_HPP
#define PERFPA_SCORING_PREMI_HPP

#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>
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

/** Why a split is refused, with the legal reference. */
struct RifiutoRipartizione {
    std::string motivo;
    std::string norma;
    friend bool operator==(const RifiutoRipartizione&, const RifiutoRipartizione&) = default;
};

/** What `value()` on a refused split throws: std::domain_error("motivo (norma)"). */
[[noreturn]] inline void lancia_errore(const RifiutoRipartizione& e) {
    throw std::domain_error(e.motivo + " (" + e.norma + ")");
}

/** A split, or why it was refused: has_value(), `*`, `->`, value() (throws on a refusal), error(). */
using EsitoRipartizione = ValoreOErrore<Ripartizione, RifiutoRipartizione>;

/**
 * Splits `fondo` in proportion to `pesi` (≥ 0; negative counts as 0) by the
 * largest-remainder method: each gets the floor of their exact share in
 * cents, the cents left go one each to the largest remainders, ties broken
 * by id in ascending byte order (then by position). The amounts add up to
 * the fund exactly. A fund ≤ 0 or with no positive weight is returned whole
 * as `non_distribuito`. Weights up to 10^18 and funds up to 9·10^16 cents
 * are exact.
 */
template <class L = void>
[[nodiscard]] Ripartizione ripartisci_pesi(Importo fondo, const std::vector<std::string>& id,
                                                  const std::vector<std::int64_t>& pesi) {
    Ripartizione out;
    const std::size_t n = std::min(id.size(), pesi.size());
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
 * Precondition: the SMVP is valid.
 */
template <class L = void>
[[nodiscard]] Ripartizione ripartisci_fondo(Importo fondo, const std::vector<Partecipante>& persone,
                                                   const Smvp& smvp) {
    std::vector<std::string> id;
    std::vector<std::int64_t> pesi;
    for (const Partecipante& p : persone) {
        const Fascia* f = detail::fascia_di<L>(smvp, p.totale);
        const std::int64_t quota = f ? f->quota_premio.centesimi() : 0;
        const std::int64_t parametro = p.parametro ? p.parametro->centesimi() : 100;
        id.push_back(p.id);
        // ≤ 10^4 × 10^8 × 10^4 = 10^16: fits in 64 bits.
        pesi.push_back(quota * parametro * p.totale.centesimi());
    }
    return ripartisci_pesi<L>(fondo, id, pesi);
}

/** The legal reference for refusing a bonus when the Relazione is not validated. */
inline constexpr const char* norma_validazione = "art. 14 c.6 D.Lgs. 150/2009";

/**
 * Splits `fondo` among the settore heads of `r` (id = the settore's id,
 * parametro 1) by their scores under `smvp`; refused, with art. 14 c.6
 * D.Lgs. 150/2009, when the Relazione's validation is `non_validata`.
 */
template <class L = void>
[[nodiscard]] EsitoRipartizione ripartisci_premi(const Relazione& r, const Smvp& smvp, Importo fondo) {
    if (r.valutazione_ndv && r.valutazione_ndv->validazione &&
        r.valutazione_ndv->validazione->esito == EsitoValidazione::non_validata)
        return RifiutoRipartizione{"la Relazione non è stata validata " +
                                       std::string(detail::nomi_valutatore(r.valutazione_ndv->organo).dal) +
                                       ": nessun premio può essere erogato",
                                   norma_validazione};
    std::vector<Partecipante> persone;
    for (const PunteggioSettore& p : calcola_punteggi<L>(r, smvp)) persone.push_back({p.settore, p.totale, std::nullopt});
    return ripartisci_fondo<L>(fondo, persone, smvp);
}

} // namespace perfpa

#endif
