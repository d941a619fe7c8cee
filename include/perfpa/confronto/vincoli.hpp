// perfpa — the public-finance constraints year over year (ciclo.md §5, last
// item): each figure of each block of `vincoli_finanza` in both years, the
// exact difference, the trend where the figure has a better direction, and
// the JSON Pointers of both sides.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_CONFRONTO_VINCOLI_HPP
#define PERFPA_CONFRONTO_VINCOLI_HPP

#include <perfpa/confronto/comune.hpp>
#include <perfpa/confronto/dati.hpp>
#include <perfpa/formato_italiano.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/model/vincoli_finanza.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace perfpa {

namespace detail::confronto {

/** Which direction is better for a figure: up, down, or none. */
enum class Meglio { sale, scende, nessuno };

// One figure of a block read from one year's VincoliFinanza.
struct CifraAnno {
    bool blocco = false; ///< the year has the block
    Opzionale<std::variant<Importo, Decimale, bool>> valore;
};

inline std::string testo_cifra_anno(const std::variant<Importo, Decimale, bool>& v) {
    if (const Importo* i = std::get_if<Importo>(&v)) return formatta_importo(*i);
    if (const Decimale* d = std::get_if<Decimale>(&v)) return formatta_decimale(*d);
    return std::get<bool>(v) ? "sì" : "no";
}

// -1, 0, +1: how b compares with a (same alternative of the variant).
inline int verso_di(const std::variant<Importo, Decimale, bool>& a, const std::variant<Importo, Decimale, bool>& b) {
    if (const Importo* x = std::get_if<Importo>(&a))
        return (x->centesimi() < std::get<Importo>(b).centesimi()) - (std::get<Importo>(b).centesimi() < x->centesimi());
    if (const Decimale* x = std::get_if<Decimale>(&a))
        return (*x < std::get<Decimale>(b)) - (std::get<Decimale>(b) < *x);
    return static_cast<int>(std::get<bool>(b)) - static_cast<int>(std::get<bool>(a));
}

inline ConfrontoVincolo cifra_negli_anni(std::string_view vincolo, std::string_view voce, bool campo_proprio,
                                         const CifraAnno& p, const CifraAnno& c, Meglio meglio) {
    ConfrontoVincolo x;
    x.vincolo = std::string(vincolo);
    x.voce = std::string(voce);
    const std::string blocco = "/vincoli_finanza/" + x.vincolo;
    // A field of the block, or (the positive parameters) a figure of the block itself.
    auto percorso = [&](const CifraAnno& a) -> Opzionale<std::string> {
        if (!a.blocco) return std::nullopt;
        return a.valore && campo_proprio ? blocco + "/" + x.voce : blocco;
    };
    x.percorso_precedente = percorso(p);
    x.percorso_corrente = percorso(c);
    if (p.valore) x.precedente = testo_cifra_anno(*p.valore);
    if (c.valore) x.corrente = testo_cifra_anno(*c.valore);
    if (!p.valore || !c.valore) return x;
    const auto& a = *p.valore;
    const auto& b = *c.valore;
    if (const Importo* i = std::get_if<Importo>(&a))
        x.differenza = Importo::da_centesimi(differenza_satura(std::get<Importo>(b).centesimi(), i->centesimi()));
    else if (const Decimale* d = std::get_if<Decimale>(&a))
        x.differenza = Decimale::da_milionesimi(differenza_satura(std::get<Decimale>(b).milionesimi(), d->milionesimi()));
    const int v = verso_di(a, b);
    if (v == 0) x.tendenza = Tendenza::stabile;
    else if (meglio != Meglio::nessuno) x.tendenza = (v > 0) == (meglio == Meglio::sale) ? Tendenza::migliora : Tendenza::peggiora;
    return x;
}

template <class B, class T>
CifraAnno leggi_cifra(const Opzionale<B>& blocco, const Opzionale<T> B::*campo) {
    CifraAnno a;
    a.blocco = blocco.has_value();
    if (blocco && ((*blocco).*campo)) a.valore = *((*blocco).*campo);
    return a;
}

template <class B>
CifraAnno leggi_rispettato(const Opzionale<B>& blocco) {
    CifraAnno a;
    a.blocco = blocco.has_value();
    if (blocco) a.valore = blocco->rispettato;
    return a;
}

inline CifraAnno positivi(const Opzionale<std::vector<ParametroDeficitarieta>>& p) {
    CifraAnno a;
    a.blocco = p.has_value();
    if (p)
        a.valore = Decimale::interi(std::count_if(p->begin(), p->end(), [](const ParametroDeficitarieta& x) { return x.positivo; }));
    return a;
}

/** The figures of the public-finance blocks either year has, block by block in the model's order. */
inline std::vector<ConfrontoVincolo> confronta_vincoli(const Relazione& precedente, const Relazione& corrente) {
    static const VincoliFinanza nessuno{};
    const VincoliFinanza& p = precedente.vincoli_finanza ? *precedente.vincoli_finanza : nessuno;
    const VincoliFinanza& c = corrente.vincoli_finanza ? *corrente.vincoli_finanza : nessuno;
    std::vector<ConfrontoVincolo> out;
    auto aggiungi = [&](std::string_view vincolo, std::string_view voce, const CifraAnno& a, const CifraAnno& b,
                        Meglio meglio, bool campo_proprio = true) {
        if (a.valore || b.valore) out.push_back(cifra_negli_anni(vincolo, voce, campo_proprio, a, b, meglio));
    };
    using E = EquilibriBilancio;
    aggiungi("equilibri_bilancio", "rispettato", leggi_rispettato(p.equilibri_bilancio),
             leggi_rispettato(c.equilibri_bilancio), Meglio::sale);
    aggiungi("equilibri_bilancio", "w1_risultato_competenza", leggi_cifra(p.equilibri_bilancio, &E::w1_risultato_competenza),
             leggi_cifra(c.equilibri_bilancio, &E::w1_risultato_competenza), Meglio::sale);
    aggiungi("equilibri_bilancio", "w2_equilibrio_bilancio", leggi_cifra(p.equilibri_bilancio, &E::w2_equilibrio_bilancio),
             leggi_cifra(c.equilibri_bilancio, &E::w2_equilibrio_bilancio), Meglio::sale);
    aggiungi("equilibri_bilancio", "w3_equilibrio_complessivo",
             leggi_cifra(p.equilibri_bilancio, &E::w3_equilibrio_complessivo),
             leggi_cifra(c.equilibri_bilancio, &E::w3_equilibrio_complessivo), Meglio::sale);
    using P = TettoSpesaPersonale;
    aggiungi("tetto_spesa_personale", "rispettato", leggi_rispettato(p.tetto_spesa_personale),
             leggi_rispettato(c.tetto_spesa_personale), Meglio::sale);
    aggiungi("tetto_spesa_personale", "spesa", leggi_cifra(p.tetto_spesa_personale, &P::spesa),
             leggi_cifra(c.tetto_spesa_personale, &P::spesa), Meglio::nessuno);
    aggiungi("tetto_spesa_personale", "limite", leggi_cifra(p.tetto_spesa_personale, &P::limite),
             leggi_cifra(c.tetto_spesa_personale, &P::limite), Meglio::nessuno);
    using S = TettoSalarioAccessorio;
    aggiungi("tetto_salario_accessorio", "rispettato", leggi_rispettato(p.tetto_salario_accessorio),
             leggi_rispettato(c.tetto_salario_accessorio), Meglio::sale);
    aggiungi("tetto_salario_accessorio", "importo", leggi_cifra(p.tetto_salario_accessorio, &S::importo),
             leggi_cifra(c.tetto_salario_accessorio, &S::importo), Meglio::nessuno);
    aggiungi("tetto_salario_accessorio", "limite", leggi_cifra(p.tetto_salario_accessorio, &S::limite),
             leggi_cifra(c.tetto_salario_accessorio, &S::limite), Meglio::nessuno);
    aggiungi("parametri_deficitarieta", "parametri_positivi", positivi(p.parametri_deficitarieta),
             positivi(c.parametri_deficitarieta), Meglio::scende, false);
    using T = TempiPagamento;
    aggiungi("tempi_pagamento", "indicatore_tempestivita_giorni",
             leggi_cifra(p.tempi_pagamento, &T::indicatore_tempestivita_giorni),
             leggi_cifra(c.tempi_pagamento, &T::indicatore_tempestivita_giorni), Meglio::scende);
    aggiungi("tempi_pagamento", "indicatore_ritardo_giorni", leggi_cifra(p.tempi_pagamento, &T::indicatore_ritardo_giorni),
             leggi_cifra(c.tempi_pagamento, &T::indicatore_ritardo_giorni), Meglio::scende);
    return out;
}

} // namespace detail::confronto

} // namespace perfpa

#endif
