// perfpa — the Piano against the Relazione (ciclo.md §4): what changed
// between the objectives fixed at the start of the year and those reported,
// and OBIETTIVO_MODIFICATO_SENZA_RIMODULAZIONE for each change the objective
// does not justify with a `rimodulazione`.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_CONFRONTO_PIANO_HPP
#define PERFPA_CONFRONTO_PIANO_HPP

#include <perfpa/confronto/comune.hpp>
#include <perfpa/detail/id.hpp>
#include <perfpa/detail/testo.hpp>
#include <perfpa/formato_italiano.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/rilievo.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace perfpa {

/** What happened to an element between two documents. */
enum class TipoModifica { aggiunto, rimosso, modificato };
BOOST_DESCRIBE_ENUM(TipoModifica, aggiunto, rimosso, modificato)

/**
 * One change between the Piano and the Relazione. `campo` is `obiettivo` or
 * `indicatore` for an element added or removed, else the field that changed
 * (`peso`, `data_fine_prevista`, `valore_atteso`, `misura`). The values are
 * written the Italian way (absent: nullopt); `differenza` is relazione −
 * piano, exact, when both are numbers. A pointer is nullopt on the side that
 * does not have the element; otherwise it names the field when that side has
 * it, else its owner.
 */
struct ModificaPiano {
    std::string settore;
    std::string obiettivo;
    Opzionale<std::size_t> indicatore; ///< the indicator's position in the objective (0-based)
    std::string campo;
    TipoModifica tipo = TipoModifica::modificato;
    Opzionale<std::string> valore_piano, valore_relazione;
    Opzionale<Decimale> differenza;
    bool ridotto = false;    ///< a target made easier for the indicator's `verso`
    bool rimodulato = false; ///< the Relazione's objective carries a `rimodulazione`
    Opzionale<std::string> percorso_piano, percorso_relazione;
    friend bool operator==(const ModificaPiano&, const ModificaPiano&) = default;
};
BOOST_DESCRIBE_STRUCT(ModificaPiano, (),
                      (settore, obiettivo, indicatore, campo, tipo, valore_piano, valore_relazione, differenza, ridotto,
                       rimodulato, percorso_piano, percorso_relazione))

/** confronta_piano's result: the changes in document order, and the findings on those not justified. */
struct ConfrontoPiano {
    std::vector<ModificaPiano> modifiche;
    std::vector<Rilievo> rilievi; ///< OBIETTIVO_MODIFICATO_SENZA_RIMODULAZIONE, avviso
    friend bool operator==(const ConfrontoPiano&, const ConfrontoPiano&) = default;
};

namespace detail::confronto {

inline std::string_view nome_misura(Misura m) {
    switch (m) {
    case Misura::binaria: return "binaria";
    case Misura::quantitativa: return "quantitativa";
    case Misura::qualitativa: return "qualitativa";
    }
    return "";
}

// The fields of two copies of an objective (both present), into `out`.
inline void confronta_obiettivo(const Settore& s, const Obiettivo& p, const Obiettivo& r, const std::string& pp,
                                const std::string& pr, std::vector<ModificaPiano>& out) {
    auto nuova = [&](std::string campo) {
        ModificaPiano m;
        m.settore = s.id;
        m.obiettivo = p.id;
        m.campo = std::move(campo);
        m.rimodulato = r.rimodulazione.has_value();
        return m;
    };
    if (p.peso != r.peso) {
        ModificaPiano m = nuova("peso");
        m.valore_piano = formatta_peso(p.peso);
        m.valore_relazione = formatta_peso(r.peso);
        m.differenza = da_centesimi(r.peso.centesimi() - p.peso.centesimi());
        m.percorso_piano = pp + "/peso";
        m.percorso_relazione = pr + "/peso";
        out.push_back(std::move(m));
    }
    if (p.data_fine_prevista != r.data_fine_prevista) {
        ModificaPiano m = nuova("data_fine_prevista");
        if (p.data_fine_prevista) m.valore_piano = formatta_data(*p.data_fine_prevista);
        if (r.data_fine_prevista) m.valore_relazione = formatta_data(*r.data_fine_prevista);
        m.percorso_piano = p.data_fine_prevista ? pp + "/data_fine_prevista" : pp;
        m.percorso_relazione = r.data_fine_prevista ? pr + "/data_fine_prevista" : pr;
        out.push_back(std::move(m));
    }
    const std::size_t n = std::max(p.indicatori.size(), r.indicatori.size());
    for (std::size_t k = 0; k < n; ++k) {
        const std::string ip = testo(pp, "/indicatori/", k), ir = testo(pr, "/indicatori/", k);
        if (k >= p.indicatori.size() || k >= r.indicatori.size()) {
            ModificaPiano m = nuova("indicatore");
            m.indicatore = k;
            m.tipo = k >= p.indicatori.size() ? TipoModifica::aggiunto : TipoModifica::rimosso;
            const Indicatore& x = k >= p.indicatori.size() ? r.indicatori[k] : p.indicatori[k];
            (m.tipo == TipoModifica::aggiunto ? m.valore_relazione : m.valore_piano) = "«" + x.descrizione + "»";
            if (m.tipo == TipoModifica::aggiunto) m.percorso_relazione = ir;
            else m.percorso_piano = ip;
            out.push_back(std::move(m));
            continue;
        }
        const Indicatore& a = p.indicatori[k];
        const Indicatore& b = r.indicatori[k];
        if (a.misura != b.misura) {
            ModificaPiano m = nuova("misura");
            m.indicatore = k;
            m.valore_piano = std::string(nome_misura(a.misura));
            m.valore_relazione = std::string(nome_misura(b.misura));
            m.percorso_piano = ip + "/misura";
            m.percorso_relazione = ir + "/misura";
            out.push_back(std::move(m));
        }
        if (a.valore_atteso != b.valore_atteso) {
            ModificaPiano m = nuova("valore_atteso");
            m.indicatore = k;
            if (a.valore_atteso) m.valore_piano = valore_citato(*a.valore_atteso);
            if (b.valore_atteso) m.valore_relazione = valore_citato(*b.valore_atteso);
            const auto x = numero(a.valore_atteso), y = numero(b.valore_atteso);
            if (x && y) {
                m.differenza = Decimale::da_milionesimi(y->milionesimi() - x->milionesimi());
                const bool decrescente = b.verso.value_or(Verso::crescente) == Verso::decrescente;
                m.ridotto = decrescente ? *y > *x : *y < *x;
            }
            m.percorso_piano = a.valore_atteso ? ip + "/valore_atteso" : ip;
            m.percorso_relazione = b.valore_atteso ? ir + "/valore_atteso" : ir;
            out.push_back(std::move(m));
        }
    }
}

inline void scrivi_messaggio(const ModificaPiano& m, Testo& t) {
    t << "Obiettivo " << m.obiettivo << " del settore " << m.settore;
    if (m.indicatore && m.campo != "indicatore") t << ", indicatore " << *m.indicatore + 1;
    t << ": ";
    if (m.tipo == TipoModifica::aggiunto) {
        t << (m.campo == "obiettivo" ? "obiettivo assente dal Piano" : "indicatore assente dal Piano: ")
          << m.valore_relazione.value_or("");
    } else if (m.tipo == TipoModifica::rimosso) {
        t << (m.campo == "obiettivo" ? "obiettivo del Piano assente dalla Relazione"
                                     : "indicatore del Piano assente dalla Relazione: ")
          << m.valore_piano.value_or("");
    } else {
        t << m.campo << " " << m.valore_piano.value_or("assente") << " nel Piano, "
          << m.valore_relazione.value_or("assente") << " nella Relazione";
        if (m.ridotto) t << " (obiettivo ridotto)";
    }
    t << ", senza rimodulazione";
}

} // namespace detail::confronto

/**
 * ciclo.md §4: the changes from `piano` to `relazione`, by objective id within
 * each settore id and by indicator position within the objective, in the
 * Piano's order then the Relazione's additions; and an
 * OBIETTIVO_MODIFICATO_SENZA_RIMODULAZIONE (avviso) for each change whose
 * objective in the Relazione has no `rimodulazione` (an objective removed has
 * none to show: it is always reported). The finding's pointer is the
 * Relazione's, or the Piano's for what the Relazione lacks.
 */
[[nodiscard]] inline ConfrontoPiano confronta_piano(const Relazione& piano, const Relazione& relazione) {
    using namespace detail::confronto;
    ConfrontoPiano out;
    for (std::size_t i = 0; i < piano.settori.size(); ++i) {
        const Settore& sp = piano.settori[i];
        std::size_t ir = 0;
        const Settore* sr = trova_settore(relazione, sp.id, ir);
        for (std::size_t j = 0; j < sp.obiettivi.size(); ++j) {
            const Obiettivo& op = sp.obiettivi[j];
            std::size_t jr = 0;
            const Obiettivo* orel = sr ? trova_obiettivo(*sr, op.id, jr) : nullptr;
            if (!orel) {
                ModificaPiano m;
                m.settore = sp.id;
                m.obiettivo = op.id;
                m.campo = "obiettivo";
                m.tipo = TipoModifica::rimosso;
                m.valore_piano = "«" + op.descrizione + "»";
                m.percorso_piano = percorso_obiettivo(i, j);
                out.modifiche.push_back(std::move(m));
                continue;
            }
            confronta_obiettivo(sp, op, *orel, percorso_obiettivo(i, j), percorso_obiettivo(ir, jr), out.modifiche);
        }
    }
    for (std::size_t i = 0; i < relazione.settori.size(); ++i) {
        const Settore& sr = relazione.settori[i];
        std::size_t ip = 0;
        const Settore* sp = trova_settore(piano, sr.id, ip);
        for (std::size_t j = 0; j < sr.obiettivi.size(); ++j) {
            std::size_t jp = 0;
            if (sp && trova_obiettivo(*sp, sr.obiettivi[j].id, jp)) continue;
            ModificaPiano m;
            m.settore = sr.id;
            m.obiettivo = sr.obiettivi[j].id;
            m.campo = "obiettivo";
            m.tipo = TipoModifica::aggiunto;
            m.rimodulato = sr.obiettivi[j].rimodulazione.has_value();
            m.valore_relazione = "«" + sr.obiettivi[j].descrizione + "»";
            m.percorso_relazione = percorso_obiettivo(i, j);
            out.modifiche.push_back(std::move(m));
        }
    }
    for (const ModificaPiano& m : out.modifiche) {
        if (m.rimodulato) continue;
        Rilievo x;
        x.codice = "OBIETTIVO_MODIFICATO_SENZA_RIMODULAZIONE";
        x.gravita = Gravita::avviso;
        x.percorso = m.percorso_relazione ? *m.percorso_relazione : *m.percorso_piano;
        {
            detail::Testo t(x.messaggio); // writes through when it goes out of scope
            scrivi_messaggio(m, t);
        }
        out.rilievi.push_back(std::move(x));
    }
    return out;
}

} // namespace perfpa

#endif
