// perfpa — the publication of the bonuses (personale.md §5; art. 20 c.1–2
// D.Lgs. 33/2013): from a staff split, aggregate figures only — by band and
// by category, the people evaluated and rewarded, and the degree of
// differentiation. No id, name or individual amount.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_SCORING_PUBBLICAZIONE_PREMI_HPP
#define PERFPA_SCORING_PUBBLICAZIONE_PREMI_HPP

#include <perfpa/model/categoria.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/scoring/aritmetica.hpp>
#include <perfpa/scoring/premi_personale.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace perfpa {

/** The amounts of a group of people (a band or a category): how many, their total, mean, minimum and maximum. */
struct RigaPubblicazione {
    std::string nome; ///< the band's name, or the category as documents write it
    int persone = 0;
    Importo totale, media, minimo, massimo; ///< media rounded to the cent, half away from zero
    friend bool operator==(const RigaPubblicazione&, const RigaPubblicazione&) = default;
};

/** The aggregate table of personale.md §5. */
struct PubblicazionePremi {
    Importo fondo, distribuito, non_distribuito;
    std::vector<RigaPubblicazione> fasce;     ///< the evaluated people by band, names in ascending byte order
    std::vector<RigaPubblicazione> categorie; ///< everyone by category, in the CCNL's order
    int dipendenti = 0, valutati = 0, positivi = 0;
    int con_maggiorazione = 0;
    Importo maggiorazione; ///< M, what each beneficiary got; 0 when none
    /** Percent of the evaluated in the band(s) with the highest quota_premio, in hundredths; none without evaluated people. */
    Opzionale<Percentuale> quota_fascia_piu_alta;
    /** The highest amount over the mean amount of those paid, in hundredths; none when nobody is paid. */
    Opzionale<std::int64_t> rapporto_massimo_medio;
    friend bool operator==(const PubblicazionePremi&, const PubblicazionePremi&) = default;
};

namespace detail {

inline void aggiungi_a_riga(RigaPubblicazione& r, Importo i) {
    r.minimo = r.persone == 0 ? i : std::min(r.minimo, i);
    r.massimo = r.persone == 0 ? i : std::max(r.massimo, i);
    r.totale += i;
    ++r.persone;
}

inline void chiudi_riga(RigaPubblicazione& r) {
    if (r.persone > 0) r.media = Importo::da_centesimi(arrotonda(r.totale.centesimi(), r.persone));
}

} // namespace detail

/** The publication table of a split (personale.md §5): aggregate figures, no personal data. */
template <class L = void>
[[nodiscard]] PubblicazionePremi pubblicazione_premi(const RipartizionePersonale& r) {
    PubblicazionePremi p;
    p.fondo = r.fondo;
    p.non_distribuito = r.non_distribuito;
    p.distribuito = r.fondo - r.non_distribuito;
    p.dipendenti = static_cast<int>(r.assegnazioni.size());
    p.valutati = r.valutati;
    p.positivi = r.positivi;
    p.con_maggiorazione = static_cast<int>(r.maggiorazione.beneficiari.size());
    p.maggiorazione = r.maggiorazione.importo;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<Categoria>>([&](auto D) {
        RigaPubblicazione riga{std::string(D.name), 0, {}, {}, {}, {}};
        for (const AssegnazionePersonale& a : r.assegnazioni)
            if (a.categoria == D.value) detail::aggiungi_a_riga(riga, a.importo);
        detail::chiudi_riga(riga);
        if (riga.persone > 0) p.categorie.push_back(std::move(riga));
    });
    Percentuale quota_massima{};
    std::int64_t pagati = 0, totale_pagato = 0, importo_massimo = 0;
    for (const AssegnazionePersonale& a : r.assegnazioni) {
        if (a.importo.centesimi() > 0) {
            ++pagati;
            totale_pagato += a.importo.centesimi();
            importo_massimo = std::max(importo_massimo, a.importo.centesimi());
        }
        if (!a.valutato) continue;
        quota_massima = std::max(quota_massima, a.quota_premio);
        auto riga = std::find_if(p.fasce.begin(), p.fasce.end(),
                                 [&](const RigaPubblicazione& x) { return x.nome == a.fascia; });
        if (riga == p.fasce.end()) riga = p.fasce.insert(p.fasce.end(), RigaPubblicazione{a.fascia, 0, {}, {}, {}, {}});
        detail::aggiungi_a_riga(*riga, a.importo);
    }
    for (RigaPubblicazione& riga : p.fasce) detail::chiudi_riga(riga);
    std::sort(p.fasce.begin(), p.fasce.end(),
              [](const RigaPubblicazione& a, const RigaPubblicazione& b) { return a.nome < b.nome; });
    if (p.valutati > 0) {
        std::int64_t nella_piu_alta = 0;
        for (const AssegnazionePersonale& a : r.assegnazioni) nella_piu_alta += a.valutato && a.quota_premio == quota_massima;
        p.quota_fascia_piu_alta = Percentuale::da_centesimi(arrotonda(Intero128{nella_piu_alta} * 100'00, p.valutati));
    }
    if (pagati > 0) p.rapporto_massimo_medio = arrotonda(Intero128{importo_massimo} * pagati * 100, totale_pagato);
    return p;
}

} // namespace perfpa

#endif
