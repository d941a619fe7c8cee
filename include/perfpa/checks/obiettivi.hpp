// perfpa — checks on settori, objectives and indicators:
// OBIETTIVO_SENZA_INDICATORI, INDICATORE_SENZA_VALORE_ATTESO, ANNO_INCOERENTE,
// SCADENZA_FUORI_CICLO, INDICATORE_SOTTO_SOGLIA_LEGALE,
// OBIETTIVO_TEMPI_PAGAMENTO_INSUFFICIENTE.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_CHECKS_OBIETTIVI_HPP
#define PERFPA_CHECKS_OBIETTIVI_HPP

#include <perfpa/checks/controllo.hpp>
#include <perfpa/scoring/aritmetica.hpp>

namespace perfpa {

namespace controlli::detail {

// Where an indicator sits: its pointer and how a message names its owner
// ("dell'obiettivo x" / "dell'ambito «y»"). Both are written only when asked
// for (a finding is reported), not for every indicator visited.
struct PostoIndicatore {
    const std::string* id_obiettivo = nullptr; // null for an area's indicator
    const std::string* denominazione_ambito = nullptr;
    std::size_t i = 0, j = 0, k = 0; // settore, objective, indicator (area, indicator for an area)

    // The pointer, as a Frase (it holds its numbers: it can be kept).
    auto percorso() const {
        return perfpa::detail::Frase([*this](perfpa::detail::Testo& t) {
            if (id_obiettivo) t << "/settori/" << i << "/obiettivi/" << j;
            else t << "/performance_organizzativa/ambiti/" << i;
            t << "/indicatori/" << k;
        });
    }
    // "dell'obiettivo x" / "dell'ambito «y»", as a Frase viewing the model.
    auto di() const {
        return perfpa::detail::Frase([*this](perfpa::detail::Testo& t) {
            if (id_obiettivo) t << "dell'obiettivo " << *id_obiettivo;
            else t << "dell'ambito «" << *denominazione_ambito << "»";
        });
    }
};

// Calls f(indicator, its PostoIndicatore) for every indicator of the
// objectives and of the areas.
template <class F>
void per_ogni_indicatore(const Relazione& r, F&& f) {
    const std::span<const Settore> settori(r.settori);
    for (std::size_t i = 0; i < settori.size(); ++i) {
        const std::span<const Obiettivo> obiettivi(settori[i].obiettivi);
        for (std::size_t j = 0; j < obiettivi.size(); ++j) {
            const Obiettivo& o = obiettivi[j];
            const std::span<const Indicatore> indicatori(o.indicatori);
            for (std::size_t k = 0; k < indicatori.size(); ++k)
                f(indicatori[k], PostoIndicatore{&o.id, nullptr, i, j, k});
        }
    }
    if (!r.performance_organizzativa || !r.performance_organizzativa->ambiti) return;
    const auto& ambiti = *r.performance_organizzativa->ambiti;
    for (std::size_t a = 0, na = ambiti.size(); a < na; ++a) {
        if (!ambiti[a].indicatori) continue;
        for (std::size_t k = 0; k < ambiti[a].indicatori->size(); ++k)
            f((*ambiti[a].indicatori)[k], PostoIndicatore{nullptr, &ambiti[a].denominazione, a, 0, k});
    }
}

} // namespace controlli::detail

namespace controlli {

/** OBIETTIVO_SENZA_INDICATORI: an objective has no indicator. */
template <class L = void>
void obiettivo_senza_indicatori(const IngressoControllo& in, Rilevatore& rileva) {
    const std::span<const Settore> settori(in.relazione.settori);
    for (std::size_t i = 0; i < settori.size(); ++i) {
        const std::span<const Obiettivo> obiettivi(settori[i].obiettivi);
        for (std::size_t j = 0; j < obiettivi.size(); ++j)
            if (obiettivi[j].indicatori.empty())
                rileva(detail::percorso_obiettivo(i, j),
                       detail::frase(detail::soggetto_obiettivo(settori[i], obiettivi[j]),
                                         ": nessun indicatore per misurarlo"));
    }
}

/** INDICATORE_SENZA_VALORE_ATTESO: an indicator (of an objective or an area) has no `valore_atteso`. */
template <class L = void>
void indicatore_senza_valore_atteso(const IngressoControllo& in, Rilevatore& rileva) {
    detail::per_ogni_indicatore(in.relazione, [&](const Indicatore& x, const detail::PostoIndicatore& posto) {
        if (!x.valore_atteso)
            rileva(posto.percorso(),
                   detail::frase("Indicatore «", x.descrizione, "» ", posto.di(),
                                     ": manca il valore atteso"));
    });
}

/** ANNO_INCOERENTE: a settore's `anno_obiettivi` differs from the Relazione's `anno`. */
template <class L = void>
void anno_incoerente(const IngressoControllo& in, Rilevatore& rileva) {
    const Relazione& r = in.relazione;
    for (std::size_t i = 0, ni = r.settori.size(); i < ni; ++i)
        if (r.settori[i].anno_obiettivi && *r.settori[i].anno_obiettivi != r.anno)
            rileva(detail::percorso_settore(i),
                   detail::frase(detail::nome_settore(r.settori[i]), ": gli obiettivi sono riferiti al ",
                                     *r.settori[i].anno_obiettivi, ", la Relazione al ",
                                     r.anno));
}

/** SCADENZA_FUORI_CICLO: an objective's `data_fine_prevista` is not in `anno`. */
template <class L = void>
void scadenza_fuori_ciclo(const IngressoControllo& in, Rilevatore& rileva) {
    const Relazione& r = in.relazione;
    const std::span<const Settore> settori(r.settori);
    for (std::size_t i = 0; i < settori.size(); ++i) {
        const std::span<const Obiettivo> obiettivi(settori[i].obiettivi);
        for (std::size_t j = 0; j < obiettivi.size(); ++j) {
            const Obiettivo& o = obiettivi[j];
            if (o.data_fine_prevista && o.data_fine_prevista->anno() != r.anno)
                rileva(detail::percorso_obiettivo(i, j),
                       detail::frase(detail::soggetto_obiettivo(settori[i], o), ": scadenza prevista il ",
                                         formatta_data(*o.data_fine_prevista), ", fuori dall'anno ",
                                         r.anno));
        }
    }
}

/**
 * INDICATORE_SOTTO_SOGLIA_LEGALE: an indicator's numeric result is below its
 * `soglia_legale` (or above it when `verso` is `decrescente`). The legal
 * reference is the indicator's own `norma`.
 */
template <class L = void>
void indicatore_sotto_soglia_legale(const IngressoControllo& in, Rilevatore& rileva) {
    detail::per_ogni_indicatore(in.relazione, [&](const Indicatore& x, const detail::PostoIndicatore& posto) {
        if (!x.soglia_legale || !x.valore_realizzato) return;
        const Decimale* v = std::get_if<Decimale>(&*x.valore_realizzato);
        if (!v) return;
        const bool decrescente = x.verso == Verso::decrescente;
        if (decrescente ? *v <= *x.soglia_legale : *v >= *x.soglia_legale) return;
        rileva(posto.percorso(),
               detail::frase("Indicatore «", x.descrizione, "» ", posto.di(),
                                 ": valore realizzato ", detail::con_unita(*v, x.unita),
                                 perfpa::detail::se(decrescente, ", oltre", ", sotto"), " la soglia legale di ",
                                 detail::con_unita(*x.soglia_legale, x.unita)),
               x.norma ? std::string_view(*x.norma) : std::string_view{});
    });
}

/**
 * OBIETTIVO_TEMPI_PAGAMENTO_INSUFFICIENTE: from 2023, in a settore that
 * `gestisce_pagamenti`, the objectives marked `tempi_pagamento` weigh less
 * than 30 % of all its objectives' weight.
 */
template <class L = void>
void obiettivo_tempi_pagamento_insufficiente(const IngressoControllo& in, Rilevatore& rileva) {
    const Relazione& r = in.relazione;
    if (r.anno < 2023) return;
    for (std::size_t i = 0, ni = r.settori.size(); i < ni; ++i) {
        const Settore& s = r.settori[i];
        if (!s.gestisce_pagamenti.value_or(false)) continue;
        Peso tempi, totale;
        for (const Obiettivo& o : s.obiettivi) {
            totale += o.peso;
            if (o.tempi_pagamento.value_or(false)) tempi += o.peso;
        }
        // In 128 bits: the sums of weights of a model built in code can come near 2^63.
        if (Intero128{tempi.centesimi()} * 100 >= Intero128{totale.centesimi()} * 30) continue;
        // The share, in hundredths of a percent (for the message only).
        const std::int64_t quota = arrotonda(Intero128{tempi.centesimi()} * 100'00, totale.centesimi());
        rileva(detail::percorso_settore(i),
               detail::frase(detail::nome_settore(s), ": gli obiettivi sui tempi di pagamento pesano ",
                                 tempi, " su ", totale, " (",
                                 Percentuale::da_centesimi(quota), "), meno del 30%"));
    }
}

} // namespace controlli

} // namespace perfpa

#endif
