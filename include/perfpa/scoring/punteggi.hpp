// perfpa — the score of each settore's head (rules.md, "Scores"): the
// organisational, individual-objectives and behaviour components, the
// total, the band and its bonus share, each with its explanation.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_SCORING_PUNTEGGI_HPP
#define PERFPA_SCORING_PUNTEGGI_HPP

#include <perfpa/formato_italiano.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>
#include <perfpa/model/vincoli.hpp>
#include <perfpa/detail/descritti.hpp>
#include <perfpa/detail/testo.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/scoring/aritmetica.hpp>
#include <perfpa/scoring/ciclo.hpp>
#include <perfpa/scoring/grado.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/class.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace perfpa {

/** One component of a score: its points (nullopt = not evaluated, counts 0) and the arithmetic. */
struct Componente {
    Opzionale<Punti> punti;
    std::string spiegazione;
    friend bool operator==(const Componente&, const Componente&) = default;
};
BOOST_DESCRIBE_STRUCT(Componente, (), (punti, spiegazione))

/**
 * An objective's part in its settore's individual component: its weight, its
 * degree and its contribution W_ind × peso × grado / (100 × Σ peso), rounded.
 * `contributo` is nullopt when the objective is neutralised or the component
 * is not evaluated; an objective not evaluated contributes 0.
 */
struct ContributoObiettivo {
    std::string obiettivo;
    Peso peso;
    GradoObiettivo grado;
    Opzionale<Punti> contributo;
    friend bool operator==(const ContributoObiettivo&, const ContributoObiettivo&) = default;
};
BOOST_DESCRIBE_STRUCT(ContributoObiettivo, (), (obiettivo, peso, grado, contributo))

/** The score of one settore's head. */
struct PunteggioSettore {
    std::string settore;      ///< id
    std::string responsabile; ///< name as printed, e.g. "Ing. Antonio Miraglia"
    Componente performance_organizzativa, obiettivi_individuali, comportamenti;
    std::vector<ContributoObiettivo> obiettivi;
    Punti totale;
    std::string fascia;
    Percentuale quota_premio;
    bool completo = false;
    friend bool operator==(const PunteggioSettore&, const PunteggioSettore&) = default;
};
BOOST_DESCRIBE_STRUCT(PunteggioSettore, (),
                      (settore, responsabile, performance_organizzativa, obiettivi_individuali, comportamenti,
                       obiettivi, totale, fascia, quota_premio, completo))

/** The organisational component shared by every settore, and whether an area that counts has no degree. */
struct ComponenteOrganizzativa {
    Componente componente;
    std::vector<GradoAmbito> ambiti; ///< one per area in document order (empty when `valore_realizzato` decides)
    bool ambito_non_valutato = false;
};

/** How scores are computed: with their explanations (the default) or the figures only. */
struct OpzioniPunteggi {
    /**
     * false: every `spiegazione` is left empty — for services that need only
     * the figures of many documents; the figures are the same either way.
     */
    bool spiegazioni = true;
};

namespace detail {

// rules.md "performance organizzativa" (see componente_organizzativa below).
template <class L = void>
ComponenteOrganizzativa componente_organizzativa_in(const Relazione& r, const Smvp& smvp, bool spiegazioni) {
    ComponenteOrganizzativa out;
    Spiegazione perche;
    if (spiegazioni) perche = Spiegazione{out.componente.spiegazione};
    const std::int64_t w = smvp.pesi.performance_organizzativa.centesimi();
    const auto& po = r.performance_organizzativa;
    if (po && po->valore_realizzato && po->peso && po->peso->centesimi() > 0) {
        const std::int64_t p = po->peso->centesimi();
        const std::int64_t v = std::min(po->valore_realizzato->centesimi(), p);
        const std::int64_t c = arrotonda(Intero128{v} * w, p);
        perche("performance organizzativa: ");
        if (po->valore_realizzato->centesimi() > p)
            perche("min(", centesimi(po->valore_realizzato->centesimi()), ", ", centesimi(p), ") = ", centesimi(v), "; ");
        perche(centesimi(v), " / ", centesimi(p), " × ", centesimi(w), " = ", centesimi_fissi(c));
        out.componente.punti = Punti::da_centesimi(c);
        return out;
    }
    Intero128 somma = 0;
    std::size_t n = 0;
    std::string termini, dettagli;
    Spiegazione nei_termini, nei_dettagli;
    if (spiegazioni) nei_termini = Spiegazione{termini}, nei_dettagli = Spiegazione{dettagli};
    if (po && po->ambiti) {
        const auto giudizi = indice_giudizi<L>(r);
        for (const Ambito& a : *po->ambiti) {
            std::string perche_ambito;
            GradoAmbito g = grado_ambito_in<L>(a, giudizi.trova(a.id), smvp.giudizi,
                                            spiegazioni ? Spiegazione{perche_ambito} : Spiegazione{}, organo_di<L>(r));
            g.spiegazione = std::move(perche_ambito);
            nei_dettagli(se(!dettagli.empty(), "; "), a.id, ": ", g.spiegazione);
            if (g.stato != StatoValutazione::neutralizzato) {
                const std::int64_t c = g.grado ? g.grado->centesimi() : 0;
                out.ambito_non_valutato = out.ambito_non_valutato || !g.grado;
                somma += c;
                nei_termini(se(n != 0, " + "), centesimi(c));
                ++n;
            }
            out.ambiti.push_back(std::move(g));
        }
    }
    if (n == 0) {
        perche("performance organizzativa: non valutata (conta 0): né valore realizzato né ambiti valutabili");
        if (!dettagli.empty()) perche(" [", dettagli, "]");
        return out;
    }
    const std::int64_t c = arrotonda(prodotto_saturo128(somma, w), Intero128{static_cast<std::int64_t>(n)} * 100'00);
    out.componente.punti = Punti::da_centesimi(c);
    if (n == 1) // one area: its degree, no mean to show
        perche("performance organizzativa: ", termini, " × ", centesimi(w), " / 100 = ", centesimi_fissi(c), " [",
               dettagli, "]");
    else
        perche("performance organizzativa: (", termini, ") / ", n, " × ", centesimi(w), " / 100 = ",
               centesimi_fissi(c), " [", dettagli, "]");
    return out;
}

} // namespace detail

/**
 * rules.md "performance organizzativa": min(valore_realizzato, peso) × W_org /
 * peso when both are given and peso > 0; else W_org × the mean degree of the
 * areas not neutralised (an area not evaluated counts 0); no such area: not
 * evaluated.
 */
template <class L = void>
[[nodiscard]] ComponenteOrganizzativa componente_organizzativa(const Relazione& r, const Smvp& smvp,
                                                                      OpzioniPunteggi opzioni = {}) {
    return detail::componente_organizzativa_in<L>(r, smvp, opzioni.spiegazioni);
}

namespace detail {

// The band with the largest `da` ≤ totale; nullptr when none (invalid SMVP).
template <class L = void>
const Fascia* fascia_di(const Smvp& smvp, Punti totale) {
    const Fascia* f = nullptr;
    for (const Fascia& x : smvp.fasce)
        if (x.da <= totale && (!f || x.da > f->da)) f = &x;
    return f;
}

// Makes `v` hold n elements, keeping the buffers of the strings and lists
// inside them: with a `riserva`, the elements past n are moved there and the
// ones `v` lacks are taken back from it first (see Esaminatore); without,
// plain resize.
template <class T>
void ridimensiona(std::vector<T>& v, std::size_t n, std::vector<T>* riserva) {
    if (riserva) {
        while (v.size() > n) {
            riserva->push_back(std::move(v.back()));
            v.pop_back();
        }
        while (v.size() < n && !riserva->empty()) {
            v.push_back(std::move(riserva->back()));
            riserva->pop_back();
        }
    }
    v.resize(n);
}

// `v` with n elements as a new vector's would be, keeping the buffers of
// their strings: those past n go to `riserva`, those `v` lacks come back from
// it first (see Esaminatore), and each is reset over its described members.
template <class T>
void rinnova(std::vector<T>& v, std::size_t n, std::vector<T>* riserva) {
    ridimensiona(v, n, riserva);
    for (T& x : v) azzera_membri(x);
}

// The scores' elements a document did not need, kept for the next one (see
// Esaminatore): their strings keep their buffers.
struct ScortaPunteggi {
    std::vector<PunteggioSettore> settori;
    std::vector<ContributoObiettivo> obiettivi;
};

// The figures of a settore's individual component (rules.md "obiettivi
// individuali"): what the score and its explanation are made of.
struct CifreIndividuali {
    std::vector<ContributoObiettivo> obiettivi; ///< one per objective, in document order
    Opzionale<Punti> punti;                 ///< nullopt: not evaluated (no weight that counts)
    std::int64_t peso_componente = 0;           ///< W_ind, hundredths
    std::int64_t somma_pesi = 0;                ///< Σ peso of the objectives not neutralised, hundredths
    bool obiettivo_non_valutato = false;        ///< an objective that counts has no degree
};

// Computes the individual component of settore `s`. `obiettivi` is the list
// to fill, as a new one would be (its buffers reused: see rinnova); with
// `spiegazioni` each objective's degree keeps its explanation.
template <class L = void>
CifreIndividuali calcola_individuale(const Settore& s, const ValutazioneIndividuale* valutazione, const Smvp& smvp,
                                     OrganoValutazione organo, bool spiegazioni,
                                     std::vector<ContributoObiettivo> obiettivi, const Relazione* relazione = nullptr) {
    CifreIndividuali out;
    out.obiettivi = std::move(obiettivi);
    const std::int64_t w = out.peso_componente = smvp.pesi.obiettivi_individuali.centesimi();
    const Percentuale soglia = smvp.soglia_minima_obiettivo.value_or(Percentuale{});
    Intero128 somma = 0;
    out.obiettivi.resize(s.obiettivi.size());
    const auto valutati = indice_obiettivi_valutati<L>(valutazione);
    // Pointers, not indices into the vectors: the loop writes strings, after
    // which the compiler would load each vector's data again.
    const Obiettivo* const dati = s.obiettivi.data();
    ContributoObiettivo* const contributi = out.obiettivi.data();
    for (std::size_t j = 0, nj = s.obiettivi.size(); j < nj; ++j) {
        const Obiettivo& o = dati[j];
        ContributoObiettivo& c = contributi[j];
        c.obiettivo.assign(o.id);
        c.peso = o.peso;
        {
            const ValutazioneObiettivo* ndv = valutati.trova(o.id);
            // ciclo.md §2: a shared objective without a degree of its own takes another copy's.
            const GradoTrasversale prestito = prestito_trasversale<L>(relazione, o, ndv);
            if (prestito.valutazione) ndv = prestito.valutazione;
            GradoObiettivo g = grado_obiettivo_in<L>(o, ndv, soglia,
                                                     spiegazioni ? Spiegazione{c.grado.spiegazione} : Spiegazione{},
                                                     organo);
            if (prestito.valutazione && spiegazioni) spiega_prestito<L>(Spiegazione{c.grado.spiegazione}, o, prestito);
            c.grado.stato = g.stato;
            c.grado.grado = g.grado;
        }
        if (c.grado.stato == StatoValutazione::neutralizzato) continue;
        if (!c.grado.grado) out.obiettivo_non_valutato = true;
        const std::int64_t g = c.grado.grado ? c.grado.grado->centesimi() : 0;
        somma = somma_satura128(somma, Intero128{o.peso.centesimi()} * g);
        out.somma_pesi = somma_satura(out.somma_pesi, o.peso.centesimi());
    }
    if (out.somma_pesi <= 0) return out;
    for (ContributoObiettivo& c : out.obiettivi)
        if (c.grado.stato != StatoValutazione::neutralizzato) {
            const std::int64_t g = c.grado.grado ? c.grado.grado->centesimi() : 0;
            c.contributo = Punti::da_centesimi(arrotonda(prodotto_saturo128(Intero128{w} * c.peso.centesimi(), g),
                                                         Intero128{100'00} * out.somma_pesi));
        }
    out.punti = Punti::da_centesimi(arrotonda(prodotto_saturo128(somma, w), Intero128{100'00} * out.somma_pesi));
    return out;
}

// Writes the explanation of the individual component from its figures:
// "obiettivi individuali: (30×82,99 + 70×100) / 100 × 40 / 100 = 37,96",
// then the objectives left out.
template <class L = void>
void spiega_individuale(const CifreIndividuali& cifre, std::string& out) {
    const auto neutralizzato = [](const ContributoObiettivo& c) {
        return c.grado.stato == StatoValutazione::neutralizzato;
    };
    const auto non_valutato = [&](const ContributoObiettivo& c) { return !neutralizzato(c) && !c.grado.grado; };
    // Room for the usual sum ("7,5×82,99 + " a term): it grows once, if at all.
    out.reserve(out.size() + 80 + 16 * cifre.obiettivi.size());
    {
        Testo t(out);
        if (cifre.somma_pesi <= 0) {
            t << "obiettivi individuali: non valutati (conta 0): "
              << (cifre.obiettivi.empty() ? "nessun obiettivo"
                  : std::none_of(cifre.obiettivi.begin(), cifre.obiettivi.end(), neutralizzato)
                      ? "i pesi degli obiettivi sommano a 0"
                      : "nessun obiettivo che conti");
        } else if (std::count_if(cifre.obiettivi.begin(), cifre.obiettivi.end(), neutralizzato) + 1 ==
                   static_cast<std::ptrdiff_t>(cifre.obiettivi.size())) {
            // One objective that counts: its degree times the component's weight, no weighted mean to show.
            for (const ContributoObiettivo& c : cifre.obiettivi)
                if (!neutralizzato(c)) t << "obiettivi individuali: " << centesimi(c.grado.grado ? c.grado.grado->centesimi() : 0);
            t << " × " << centesimi(cifre.peso_componente) << " / 100 = " << centesimi_fissi(cifre.punti->centesimi());
        } else {
            t << "obiettivi individuali: (";
            bool primo = true;
            for (const ContributoObiettivo& c : cifre.obiettivi) {
                if (neutralizzato(c)) continue;
                t << se(!primo, " + ") << centesimi(c.peso.centesimi()) << "×"
                  << centesimi(c.grado.grado ? c.grado.grado->centesimi() : 0);
                primo = false;
            }
            t << ") / " << centesimi(cifre.somma_pesi) << " × " << centesimi(cifre.peso_componente) << " / 100 = "
              << centesimi_fissi(cifre.punti->centesimi());
        }
    }
    // The objectives left out, each list in document order.
    auto elenca = [&](std::string_view titolo, auto scelto) {
        Testo t(out);
        bool primo = true;
        for (const ContributoObiettivo& c : cifre.obiettivi)
            if (scelto(c)) {
                t << (primo ? titolo : std::string_view(", ")) << c.obiettivo;
                primo = false;
            }
    };
    elenca("; non valutati (contano 0): ", non_valutato);
    elenca("; neutralizzati (esclusi): ", neutralizzato);
}

// The behaviours component, written over `out`.
template <class L = void>
void componente_comportamenti(const ValutazioneIndividuale* v, const Smvp& smvp, bool spiegazioni,
                              OrganoValutazione organo, Componente& out) {
    const NomiValutatore chi = nomi_valutatore(organo);
    out.punti.reset();
    out.spiegazione.clear();
    Spiegazione perche;
    if (spiegazioni) perche = Spiegazione{out.spiegazione};
    if (!v || !v->comportamenti) {
        perche("comportamenti: non valutati (conta 0): ", chi.il, " non ha dato i punti");
        return;
    }
    const Punti w = smvp.pesi.comportamenti;
    if (*v->comportamenti > w) {
        out.punti = w;
        perche("comportamenti: ", centesimi_fissi(v->comportamenti->centesimi()),
               " punti ", chi.del, ", oltre il peso ", centesimi(w.centesimi()), " → ",
               centesimi_fissi(w.centesimi()));
        return;
    }
    out.punti = *v->comportamenti;
    perche("comportamenti: punti ", chi.del, " = ", centesimi_fissi(v->comportamenti->centesimi()));
}

// The score of one settore, written over `p`, which ends as a new
// PunteggioSettore would: reset over its described members first (its
// strings and its list of objectives keep their buffers; see Esaminatore),
// then computed, then explained.
template <class L = void>
void punteggio_settore(const Relazione& r, const Settore& s, const ValutazioneIndividuale* v, const Smvp& smvp,
                       const ComponenteOrganizzativa& org, bool spiegazioni, PunteggioSettore& p,
                       ScortaPunteggi* scorta = nullptr) {
    std::vector<ContributoObiettivo> obiettivi = std::move(p.obiettivi); // with its elements' buffers
    azzera_membri(p);
    rinnova(obiettivi, s.obiettivi.size(), scorta ? &scorta->obiettivi : nullptr);
    const OrganoValutazione organo = organo_di<L>(r);
    CifreIndividuali individuale =
        calcola_individuale<L>(s, v, smvp, organo, spiegazioni, std::move(obiettivi), &r);

    p.settore.assign(s.id);
    const Responsabile& chi = s.responsabile;
    if (chi.titolo && !chi.titolo->empty())
        Testo(p.responsabile) << *chi.titolo << " " << chi.nome;
    else
        p.responsabile.assign(chi.nome);
    bool ambito_non_valutato = org.ambito_non_valutato;
    if (s.ambiti) { // ciclo.md §6: the settore's own areas instead of the ente's value
        const CifreAmbitiSettore proprie = componente_ambiti_settore<L>(
            r, s, smvp, spiegazioni ? Spiegazione{p.performance_organizzativa.spiegazione} : Spiegazione{});
        p.performance_organizzativa.punti = proprie.punti;
        ambito_non_valutato = proprie.ambito_non_valutato;
    } else {
        p.performance_organizzativa.punti = org.componente.punti;
        p.performance_organizzativa.spiegazione.assign(org.componente.spiegazione);
    }
    p.obiettivi_individuali.punti = individuale.punti;
    if (spiegazioni) spiega_individuale<L>(individuale, p.obiettivi_individuali.spiegazione);
    p.obiettivi = std::move(individuale.obiettivi);
    componente_comportamenti<L>(v, smvp, spiegazioni, organo, p.comportamenti);
    auto punti = [](const Componente& c) { return c.punti.value_or(Punti{}); };
    p.totale = punti(p.performance_organizzativa) + punti(p.obiettivi_individuali) + punti(p.comportamenti);
    if (const Fascia* f = fascia_di<L>(smvp, p.totale)) {
        p.fascia.assign(f->nome);
        p.quota_premio = f->quota_premio;
    }
    p.completo = p.performance_organizzativa.punti && p.obiettivi_individuali.punti && p.comportamenti.punti &&
                 !individuale.obiettivo_non_valutato && !ambito_non_valutato;
}

// Scores under an SMVP that breaks its own constraints would be figures of
// no rule (a total of 45 in band "A"): refused, with every error. A valid
// SMVP (a decoded one always is) allocates nothing here.
template <class L = void>
void richiedi_smvp_valido(const Smvp& smvp) {
    if (std::vector<ErroreDecodifica> e = errori_modello(smvp); !e.empty()) {
        std::string m = ModelloNonValido::elenco("lo SMVP", e); // before `e` is moved
        throw ModelloNonValido(m, std::move(e));
    }
}

// calcola_punteggi written over `out` (one score per settore), reusing the
// buffers of the scores already there and, with a `scorta`, of those kept in it.
template <class L = void>
void calcola_punteggi_in(const Relazione& r, const Smvp& smvp, OpzioniPunteggi opzioni,
                         std::vector<PunteggioSettore>& out, ScortaPunteggi* scorta = nullptr) {
    richiedi_smvp_valido<L>(smvp);
    const ComponenteOrganizzativa org = componente_organizzativa_in<L>(r, smvp, opzioni.spiegazioni);
    if (scorta)
        for (std::size_t i = r.settori.size(); i < out.size(); ++i) { // their objectives stay for the next settori
            PunteggioSettore& p = out[i];
            ridimensiona(p.obiettivi, 0, &scorta->obiettivi);
        }
    ridimensiona(out, r.settori.size(), scorta ? &scorta->settori : nullptr);
    const auto valutazioni = indice_valutazioni<L>(r); // each settore's NdV entry
    for (std::size_t i = 0, ni = r.settori.size(); i < ni; ++i)
        punteggio_settore<L>(r, r.settori[i], valutazioni.trova(r.settori[i].id), smvp, org, opzioni.spiegazioni,
                             out[i], scorta);
}

} // namespace detail

/**
 * One score per settore, in document order. With `opzioni.spiegazioni`
 * false the explanations are left empty and only the figures are computed.
 * Throws ModelloNonValido, with every error, when the SMVP breaks its own
 * constraints (`errori_modello(smvp)` not empty: weights not summing to
 * 100, no band from 0, …): no figures come from an SMVP of no rule.
 */
template <class L = void>
[[nodiscard]] std::vector<PunteggioSettore> calcola_punteggi(const Relazione& r, const Smvp& smvp,
                                                             OpzioniPunteggi opzioni = {}) {
    std::vector<PunteggioSettore> out;
    detail::calcola_punteggi_in<L>(r, smvp, opzioni, out);
    return out;
}

/**
 * The explanation of a score, one line per figure: the three components,
 * the total and the band, then each objective's degree. The lines a person
 * needs to redo the score by hand. For a score computed with
 * `{.spiegazioni = false}` the three lines of the components are empty and
 * an objective's line has its weight and contribution only
 * ("obiettivo o (peso 30); contributo 27,00").
 */
template <class L = void>
[[nodiscard]] std::vector<std::string> spiegazione(const PunteggioSettore& p) {
    std::vector<std::string> out{p.performance_organizzativa.spiegazione, p.obiettivi_individuali.spiegazione,
                                 p.comportamenti.spiegazione};
    auto punti = [](const Componente& c) { return testo_risultato(c.punti.value_or(Punti{}).centesimi()); };
    out.push_back("totale: " + punti(p.performance_organizzativa) + " + " + punti(p.obiettivi_individuali) + " + " +
                  punti(p.comportamenti) + " = " + testo_risultato(p.totale.centesimi()));
    out.push_back("fascia: " + p.fascia + " (quota del premio " + formatta_percentuale(p.quota_premio) + ")" +
                  (p.completo ? "" : "; valutazione incompleta"));
    for (const ContributoObiettivo& c : p.obiettivi) {
        std::string riga = "obiettivo " + c.obiettivo + " (peso " + formatta_peso(c.peso) + ")" +
                           (c.grado.spiegazione.empty() ? "" : ": " + c.grado.spiegazione);
        if (c.contributo) riga += "; contributo " + testo_risultato(c.contributo->centesimi());
        out.push_back(std::move(riga));
    }
    return out;
}

} // namespace perfpa

#endif
