// perfpa — the checks of ciclo.md §1–§3 and §6: links to strategic objectives
// and a settore's own areas (RIFERIMENTO_INESISTENTE, called from
// identificativi.hpp), OBIETTIVO_STRATEGICO_SENZA_OBIETTIVI,
// TRASVERSALE_GRADI_DIVERSI, FORMULA_INCOERENTE, TARGET_INCOERENTE.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` like its neighbours in checks/ (docs/performance.md, "Compile time").
#ifndef PERFPA_CHECKS_CICLO_HPP
#define PERFPA_CHECKS_CICLO_HPP

#include <perfpa/checks/controllo.hpp>
#include <perfpa/checks/obiettivi.hpp>
#include <perfpa/detail/id.hpp>
#include <perfpa/detail/testo.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/scoring/aritmetica.hpp>
#include <perfpa/scoring/ciclo.hpp>
#include <perfpa/scoring/grado.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <variant>

namespace perfpa {

/**
 * ciclo.md §3: an indicator's value from its numerator and denominator —
 * 100 × numeratore / denominatore for the unit `%`, numeratore /
 * denominatore otherwise — rounded half away from zero to `decimali`
 * decimals (0–6) and returned in millionths; nullopt when either is missing
 * or the denominator is 0.
 */
template <class L = void>
[[nodiscard]] Opzionale<Decimale> valore_da_formula(const Indicatore& i, int decimali = 6) {
    if (!i.numeratore || !i.denominatore || i.denominatore->milionesimi() == 0) return std::nullopt;
    std::int64_t scala = 1, resto = 1;
    for (int k = 0; k < decimali; ++k) scala *= 10;
    for (int k = decimali; k < 6; ++k) resto *= 10;
    const bool percento = i.unita && *i.unita == "%";
    const Intero128 num = Intero128{i.numeratore->milionesimi()} * (percento ? 100 : 1) * scala;
    const Intero128 v = Intero128{arrotonda(num, Intero128{i.denominatore->milionesimi()})} * resto;
    const Intero128 limite = INT64_MAX; // beyond every Decimale: saturated, never an overflow
    return Decimale::da_milionesimi(static_cast<std::int64_t>(v > limite ? limite : v < -limite ? -limite : v));
}

/** The number of decimals a value is written with (0–6): 75,5 → 1, 3 → 0. */
[[nodiscard]] inline int decimali_di(Decimale d) noexcept {
    std::int64_t m = d.milionesimi();
    int n = 6;
    while (n > 0 && m % 10 == 0) m /= 10, --n;
    return n;
}

namespace controlli::detail {

// RIFERIMENTO_INESISTENTE for ciclo.md: an objective's `obiettivo_strategico`
// that names no strategic objective, a settore's own area that names no area.
template <class L = void>
void riferimenti_ciclo(const Relazione& r, Rilevatore& rileva) {
    static constexpr auto id_strategico = [](const ObiettivoStrategico& s) -> const std::string& { return s.id; };
    const perfpa::detail::IndiceId<ObiettivoStrategico, decltype(id_strategico)> strategici(
        r.obiettivi_strategici ? &*r.obiettivi_strategici : nullptr, id_strategico);
    const auto& po = r.performance_organizzativa;
    static constexpr auto id_ambito = [](const Ambito& a) -> const std::string& { return a.id; };
    const perfpa::detail::IndiceId<Ambito, decltype(id_ambito)> ambiti(po && po->ambiti ? &*po->ambiti : nullptr,
                                                                        id_ambito);
    const std::span<const Settore> settori(r.settori);
    for (std::size_t i = 0; i < settori.size(); ++i) {
        const Settore& s = settori[i];
        for (std::size_t j = 0; j < s.obiettivi.size(); ++j) {
            const Obiettivo& o = s.obiettivi[j];
            if (o.obiettivo_strategico && !strategici.trova(*o.obiettivo_strategico))
                rileva(frase(percorso_obiettivo(i, j), "/obiettivo_strategico"),
                       frase(soggetto_obiettivo(s, o), ": discende dall'obiettivo strategico ",
                             *o.obiettivo_strategico, ", che la Relazione non elenca"));
        }
        if (!s.ambiti) continue;
        for (std::size_t k = 0; k < s.ambiti->size(); ++k) {
            const std::string& id = (*s.ambiti)[k].ambito;
            if (!ambiti.trova(id))
                rileva(frase(percorso_settore(i), "/ambiti/", k),
                       frase("Ambito ", id, " del ", nome_settore(s),
                             ": la performance organizzativa non ha un ambito con questo identificativo"));
        }
    }
}

} // namespace controlli::detail

namespace controlli {

/** OBIETTIVO_STRATEGICO_SENZA_OBIETTIVI: no objective comes down from a strategic objective. */
template <class L = void>
void obiettivo_strategico_senza_obiettivi(const IngressoControllo& in, Rilevatore& rileva) {
    const Relazione& r = in.relazione;
    if (!r.obiettivi_strategici) return;
    const std::span<const ObiettivoStrategico> strategici(*r.obiettivi_strategici);
    for (std::size_t k = 0; k < strategici.size(); ++k) {
        bool collegato = false;
        for (const Settore& s : r.settori)
            for (const Obiettivo& o : s.obiettivi)
                collegato = collegato ||
                            (o.obiettivo_strategico && perfpa::detail::stesso_id(*o.obiettivo_strategico, strategici[k].id));
        if (!collegato)
            rileva(detail::frase("/obiettivi_strategici/", k),
                   detail::frase("Obiettivo strategico ", strategici[k].id,
                                 ": nessun obiettivo dei settori ne discende"));
    }
}

/**
 * TRASVERSALE_GRADI_DIVERSI: copies of a shared objective given different
 * degrees by the NdV; reported on each later copy's NdV entry (the entries
 * that count: the settore's first, the objective's first).
 */
template <class L = void>
void trasversale_gradi_diversi(const IngressoControllo& in, Rilevatore& rileva) {
    const Relazione& r = in.relazione;
    if (!r.valutazione_ndv || !r.valutazione_ndv->valutazioni_individuali) return;
    const auto& vi = *r.valutazione_ndv->valutazioni_individuali;
    for (const Settore& s : r.settori)
        for (const Obiettivo& o : s.obiettivi) {
            if (!o.trasversale) continue;
            // Only from the first copy with a degree on.
            const GradoTrasversale primo = grado_trasversale<L>(r, *o.trasversale);
            if (!primo.valutazione || primo.settore != &s ||
                !perfpa::detail::stesso_id(primo.valutazione->obiettivo, o.id))
                continue;
            bool dopo = false;
            for (const Settore& t : r.settori)
                for (const Obiettivo& c : t.obiettivi) {
                    if (&c == &o) { dopo = true; continue; }
                    if (!dopo || !c.trasversale || !perfpa::detail::stesso_id(*c.trasversale, *o.trasversale))
                        continue;
                    const ValutazioneIndividuale* v = valutazione_settore<L>(r, t.id);
                    const ValutazioneObiettivo* vo = perfpa::detail::valutazione_obiettivo_in<L>(v, c.id);
                    if (!vo || !vo->grado_raggiungimento || vo->neutralizzato.value_or(false)) continue;
                    if (*vo->grado_raggiungimento == *primo.valutazione->grado_raggiungimento) continue;
                    const auto k = static_cast<std::size_t>(v - vi.data());
                    const auto m = static_cast<std::size_t>(vo - v->obiettivi->data());
                    rileva(detail::frase(detail::percorso_valutazione(k), "/obiettivi/", m),
                           detail::frase(detail::soggetto_obiettivo(t, c), ", copia dell'obiettivo trasversale ",
                                         *o.trasversale, ": grado ", *vo->grado_raggiungimento,
                                         ", diverso dal grado ", *primo.valutazione->grado_raggiungimento,
                                         " dato all'obiettivo ", o.id, " del settore ", s.id));
                }
        }
}

/**
 * FORMULA_INCOERENTE: an indicator's `valore_realizzato` differs from the
 * value its numerator and denominator give, compared at the decimals the
 * realised value is written with.
 */
template <class L = void>
void formula_incoerente(const IngressoControllo& in, Rilevatore& rileva) {
    detail::per_ogni_indicatore(in.relazione, [&](const Indicatore& x, const detail::PostoIndicatore& posto) {
        if (!x.numeratore || !x.denominatore || !x.valore_realizzato) return;
        const Decimale* realizzato = std::get_if<Decimale>(&*x.valore_realizzato);
        if (!realizzato) return;
        const Opzionale<Decimale> calcolato = valore_da_formula(x, decimali_di(*realizzato));
        if (!calcolato || *calcolato == *realizzato) return;
        const bool percento = x.unita && *x.unita == "%";
        rileva(posto.percorso(),
               detail::frase("Indicatore «", x.descrizione, "» ", posto.di(), ": valore realizzato ", *realizzato,
                             ", ma ", perfpa::detail::se(percento, "100 × "), *x.numeratore, " / ", *x.denominatore,
                             " = ", *calcolato));
    });
}

/** TARGET_INCOERENTE: the multi-year target for the Relazione's year differs from `valore_atteso`. */
template <class L = void>
void target_incoerente(const IngressoControllo& in, Rilevatore& rileva) {
    const int anno = in.relazione.anno;
    detail::per_ogni_indicatore(in.relazione, [&](const Indicatore& x, const detail::PostoIndicatore& posto) {
        if (!x.target_pluriennali || !x.valore_atteso) return;
        const auto& t = *x.target_pluriennali;
        for (std::size_t m = 0; m < t.size(); ++m) {
            if (t[m].anno != anno || t[m].valore == *x.valore_atteso) continue;
            rileva(detail::frase(posto.percorso(), "/target_pluriennali/", m),
                   detail::frase("Indicatore «", x.descrizione, "» ", posto.di(), ": target ", anno, " ",
                                 perfpa::detail::TestoValore{t[m].valore}, " diverso dal valore atteso ",
                                 perfpa::detail::TestoValore{*x.valore_atteso}));
        }
    });
}

} // namespace controlli

} // namespace perfpa

#endif
