// perfpa — year over year (ciclo.md §5): two Relazioni of consecutive years
// compared indicator by indicator (by `codice`), area by area, settore by
// settore, and finding by finding. Exact figures only.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_CONFRONTO_ANNI_HPP
#define PERFPA_CONFRONTO_ANNI_HPP

#include <perfpa/checks.hpp>
#include <perfpa/confronto/comune.hpp>
#include <perfpa/confronto/dati.hpp>
#include <perfpa/confronto/vincoli.hpp>
#include <perfpa/detail/id.hpp>
#include <perfpa/detail/testo.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/scoring.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace perfpa {

namespace detail::confronto {

struct IndicatoreTrovato {
    const Indicatore* indicatore;
    std::string percorso;
};

// The indicators with a `codice`, the first of each code, in document order.
inline std::vector<IndicatoreTrovato> indicatori_con_codice(const Relazione& r) {
    std::vector<IndicatoreTrovato> out;
    auto aggiungi = [&](const Indicatore& x, std::string percorso) {
        if (!x.codice) return;
        for (const auto& t : out)
            if (stesso_id(*t.indicatore->codice, *x.codice)) return;
        out.push_back({&x, std::move(percorso)});
    };
    for (std::size_t i = 0; i < r.settori.size(); ++i)
        for (std::size_t j = 0; j < r.settori[i].obiettivi.size(); ++j)
            for (std::size_t k = 0; k < r.settori[i].obiettivi[j].indicatori.size(); ++k)
                aggiungi(r.settori[i].obiettivi[j].indicatori[k], testo("/settori/", i, "/obiettivi/", j, "/indicatori/", k));
    if (r.performance_organizzativa && r.performance_organizzativa->ambiti)
        for (std::size_t a = 0; a < r.performance_organizzativa->ambiti->size(); ++a) {
            const Ambito& am = (*r.performance_organizzativa->ambiti)[a];
            if (!am.indicatori) continue;
            for (std::size_t k = 0; k < am.indicatori->size(); ++k)
                aggiungi((*am.indicatori)[k], testo("/performance_organizzativa/ambiti/", a, "/indicatori/", k));
        }
    return out;
}

inline Opzionale<Tendenza> tendenza(const Indicatore& p, const Indicatore& c) {
    if (!p.valore_realizzato || !c.valore_realizzato) return std::nullopt;
    const Valore& a = *p.valore_realizzato;
    const Valore& b = *c.valore_realizzato;
    if (a == b) return Tendenza::stabile;
    if (const bool* x = std::get_if<bool>(&a)) {
        if (const bool* y = std::get_if<bool>(&b)) return *y ? Tendenza::migliora : Tendenza::peggiora;
        (void)x;
        return std::nullopt;
    }
    const Decimale* x = std::get_if<Decimale>(&a);
    const Decimale* y = std::get_if<Decimale>(&b);
    if (!x || !y) return std::nullopt;
    const Verso vp = p.verso.value_or(Verso::crescente), vc = c.verso.value_or(Verso::crescente);
    if (vp != vc) return std::nullopt;
    const bool sale = *y > *x;
    return (sale == (vc == Verso::crescente)) ? Tendenza::migliora : Tendenza::peggiora;
}

// What a finding is about, without the pointer's positions (see RilievoNegliAnni).
inline std::string identita(const Relazione& r, std::string_view percorso) {
    auto numero = [](std::string_view& resto, std::size_t& n) {
        n = 0;
        std::size_t k = 0;
        while (k < resto.size() && resto[k] >= '0' && resto[k] <= '9') n = n * 10 + static_cast<std::size_t>(resto[k++] - '0');
        const bool ok = k > 0;
        resto.remove_prefix(k);
        return ok;
    };
    std::string_view resto = percorso;
    std::size_t i = 0, j = 0;
    if (resto.starts_with("/settori/")) {
        resto.remove_prefix(9);
        if (numero(resto, i) && i < r.settori.size()) {
            std::string id = "settore:" + r.settori[i].id;
            if (resto.starts_with("/obiettivi/")) {
                resto.remove_prefix(11);
                if (numero(resto, j) && j < r.settori[i].obiettivi.size())
                    return id + "/obiettivo:" + r.settori[i].obiettivi[j].id + std::string(resto);
            }
            return id + std::string(resto);
        }
    }
    if (resto.starts_with("/performance_organizzativa/ambiti/") && r.performance_organizzativa &&
        r.performance_organizzativa->ambiti) {
        resto.remove_prefix(34);
        if (numero(resto, i) && i < r.performance_organizzativa->ambiti->size())
            return "ambito:" + (*r.performance_organizzativa->ambiti)[i].id + std::string(resto);
    }
    return std::string(percorso);
}

inline PunteggioAnno anno_di(const PunteggioSettore& p) {
    return {p.performance_organizzativa.punti, p.obiettivi_individuali.punti, p.comportamenti.punti, p.totale,
            p.fascia};
}

} // namespace detail::confronto

/**
 * ciclo.md §5: `precedente` and `corrente` compared (their `anno` must differ
 * by 1: else a ValoreNonValido naming both years), both scored and checked with
 * `smvp`. Indicators are matched by `codice`, areas and settori by id,
 * findings by code and identity (RilievoNegliAnni); the public-finance
 * blocks figure by figure (ConfrontoVincolo).
 */
[[nodiscard]] inline Esito<ConfrontoAnni> confronta_anni(const Relazione& precedente, const Relazione& corrente,
                                                         const Smvp& smvp) {
    using namespace detail::confronto;
    if (corrente.anno - precedente.anno != 1)
        return ValoreNonValido{detail::testo("/anno: gli anni non sono consecutivi (", precedente.anno, " e ",
                                             corrente.anno, "): il confronto vuole un anno e il successivo")};
    ConfrontoAnni out;
    out.anno_precedente = precedente.anno;
    out.anno_corrente = corrente.anno;

    const auto prima = indicatori_con_codice(precedente);
    for (const IndicatoreTrovato& c : indicatori_con_codice(corrente)) {
        for (const IndicatoreTrovato& p : prima) {
            if (!detail::stesso_id(*p.indicatore->codice, *c.indicatore->codice)) continue;
            ConfrontoIndicatore x;
            x.codice = *c.indicatore->codice;
            x.descrizione = c.indicatore->descrizione;
            if (p.indicatore->valore_realizzato) x.precedente = valore_citato(*p.indicatore->valore_realizzato);
            if (c.indicatore->valore_realizzato) x.corrente = valore_citato(*c.indicatore->valore_realizzato);
            const auto a = numero(p.indicatore->valore_realizzato), b = numero(c.indicatore->valore_realizzato);
            if (a && b) x.differenza = Decimale::da_milionesimi(b->milionesimi() - a->milionesimi());
            x.tendenza = tendenza(*p.indicatore, *c.indicatore);
            x.percorso_precedente = p.percorso;
            x.percorso_corrente = c.percorso;
            out.indicatori.push_back(std::move(x));
            break;
        }
    }

    // Each area's degree (rules.md "Area"), also when the ente's `valore_realizzato` decides its score.
    const auto& pp = precedente.performance_organizzativa;
    const auto& pc = corrente.performance_organizzativa;
    if (pp && pp->ambiti && pc && pc->ambiti)
        for (std::size_t k = 0; k < pc->ambiti->size(); ++k)
            for (std::size_t h = 0; h < pp->ambiti->size(); ++h) {
                const Ambito& ap = (*pp->ambiti)[h];
                const Ambito& ac = (*pc->ambiti)[k];
                if (!detail::stesso_id(ap.id, ac.id)) continue;
                ConfrontoAmbito x;
                x.ambito = ac.id;
                x.precedente = grado_ambito(ap, giudizio_ambito(precedente, ap.id), smvp.giudizi, organo_di(precedente)).grado;
                x.corrente = grado_ambito(ac, giudizio_ambito(corrente, ac.id), smvp.giudizi, organo_di(corrente)).grado;
                if (x.precedente && x.corrente)
                    x.differenza = da_centesimi(x.corrente->centesimi() - x.precedente->centesimi());
                x.percorso_precedente = detail::testo("/performance_organizzativa/ambiti/", h);
                x.percorso_corrente = detail::testo("/performance_organizzativa/ambiti/", k);
                out.ambiti.push_back(std::move(x));
                break;
            }

    const auto sp = calcola_punteggi(precedente, smvp, {.spiegazioni = false});
    const auto sc = calcola_punteggi(corrente, smvp, {.spiegazioni = false});
    for (std::size_t i = 0; i < corrente.settori.size(); ++i) {
        std::size_t h = 0;
        if (!trova_settore(precedente, corrente.settori[i].id, h)) continue;
        ConfrontoSettore x;
        x.settore = corrente.settori[i].id;
        x.precedente = anno_di(sp[h]);
        x.corrente = anno_di(sc[i]);
        x.differenza = da_centesimi(x.corrente.totale.centesimi() - x.precedente.totale.centesimi());
        x.percorso_precedente = detail::testo("/settori/", h);
        x.percorso_corrente = detail::testo("/settori/", i);
        out.settori.push_back(std::move(x));
    }

    const auto rp = controlla(precedente, smvp);
    const auto rc = controlla(corrente, smvp);
    std::vector<std::string> ip, ic;
    for (const Rilievo& x : rp) ip.push_back(identita(precedente, x.percorso));
    for (const Rilievo& x : rc) ic.push_back(identita(corrente, x.percorso));
    std::vector<bool> abbinato(rp.size(), false);
    for (std::size_t k = 0; k < rc.size(); ++k) {
        RilievoNegliAnni x{rc[k].codice, ic[k], std::nullopt, rc[k]};
        for (std::size_t h = 0; h < rp.size(); ++h)
            if (!abbinato[h] && rp[h].codice == rc[k].codice && ip[h] == ic[k]) {
                abbinato[h] = true;
                x.precedente = rp[h];
                break;
            }
        (x.precedente ? out.persistenti : out.nuovi).push_back(std::move(x));
    }
    for (std::size_t h = 0; h < rp.size(); ++h)
        if (!abbinato[h]) out.risolti.push_back({rp[h].codice, ip[h], rp[h], std::nullopt});
    out.vincoli = confronta_vincoli(precedente, corrente);
    return out;
}

} // namespace perfpa

#endif
