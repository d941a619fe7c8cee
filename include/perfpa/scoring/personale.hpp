// perfpa — the score of every employee (personale.md §3): their profile,
// their days in the year, and the organisational, individual-objectives and
// behaviour components, the total, the band and its bonus share, each
// component with its explanation.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_SCORING_PERSONALE_HPP
#define PERFPA_SCORING_PERSONALE_HPP

#include <perfpa/detail/descritti.hpp>
#include <perfpa/detail/id.hpp>
#include <perfpa/detail/testo.hpp>
#include <perfpa/formato_italiano.hpp>
#include <perfpa/model/personale.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/scoring/aritmetica.hpp>
#include <perfpa/scoring/ciclo.hpp>
#include <perfpa/scoring/grado.hpp>
#include <perfpa/scoring/punteggi.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace perfpa {

/** The score of one employee (personale.md §3). */
struct PunteggioDipendente {
    std::string id;
    Categoria categoria = Categoria::operatore;
    std::string profilo; ///< the id of the SMVP's profile holding the category; empty when none
    int giorni = 0;      ///< days of the person's assignments in the year
    /** false: the score is not computed (no profile, too few days); `motivo` says why. */
    bool valutato = false;
    std::string motivo;
    Componente performance_organizzativa, obiettivi_individuali, comportamenti;
    Punti totale;
    std::string fascia;
    Percentuale quota_premio;
    bool completo = false;  ///< every component, counted objective and profile behaviour evaluated
    bool definitivo = true; ///< false while a review (`contraddittorio`) is open
    friend bool operator==(const PunteggioDipendente&, const PunteggioDipendente&) = default;
};
// Described: a score reused from one document to the next (CalcolatorePersonale)
// is reset over this list (detail::azzera_membri), so a member added here is reset too.
BOOST_DESCRIBE_STRUCT(PunteggioDipendente, (),
                      (id, categoria, profilo, giorni, valutato, motivo, performance_organizzativa,
                       obiettivi_individuali, comportamenti, totale, fascia, quota_premio, completo, definitivo))

namespace detail {

// The number of a day, counting from 1 March of year 0 (proleptic Gregorian):
// the difference of two is the days between them.
constexpr std::int64_t numero_giorno(std::int64_t anno, std::int64_t mese, std::int64_t giorno) noexcept {
    const std::int64_t a = anno - (mese <= 2 ? 1 : 0);
    const std::int64_t era = (a >= 0 ? a : a - 399) / 400, anno_era = a - era * 400;
    const std::int64_t giorno_anno = (153 * (mese > 2 ? mese - 3 : mese + 9) + 2) / 5 + giorno - 1;
    return era * 146097 + anno_era * 365 + anno_era / 4 - anno_era / 100 + giorno_anno;
}
constexpr std::int64_t numero_giorno(Data d) noexcept { return numero_giorno(d.anno(), d.mese(), d.giorno()); }

// The days before the first of each month (index 1–12), in a common year
// and in a leap year: a date's day of the year without the arithmetic of
// numero_giorno (tests/scoring/giorni_anno.cpp checks the two agree).
inline constexpr std::array<std::array<std::int16_t, 13>, 2> giorni_prima_del_mese{{
    {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334},
    {0, 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335},
}};

// The day of the year of `d`: 1 for 1 January, 365 or 366 for 31 December.
constexpr int giorno_dell_anno(Data d) noexcept {
    return giorni_prima_del_mese[Data::bisestile(d.anno()) ? 1 : 0][static_cast<std::size_t>(d.mese())] + d.giorno();
}

// The period [dal, al] cut to `anno`, as days of that year (giorno_dell_anno):
// {da, a} with a < da when no day of it falls in the year.
struct PeriodoNellAnno {
    int da = 1, a = 0;
};
constexpr PeriodoNellAnno periodo_nell_anno(Data dal, Data al, int anno) noexcept {
    if (dal.anno() > anno || al.anno() < anno) return {};
    return {dal.anno() < anno ? 1 : giorno_dell_anno(dal),
            al.anno() > anno ? (Data::bisestile(anno) ? 366 : 365) : giorno_dell_anno(al)};
}

// The days of [dal, al] that fall in `anno`, both ends included; 0 when none.
constexpr int giorni_nell_anno(Data dal, Data al, int anno) noexcept {
    const PeriodoNellAnno p = periodo_nell_anno(dal, al, anno);
    return p.a < p.da ? 0 : p.a - p.da + 1;
}

// The days covered by the union of `periodi` (days of one year, sorted in
// place), each day counted once.
template <class L = void>
int giorni_coperti(std::pair<int, int>* inizio, std::pair<int, int>* fine) {
    if (fine - inizio == 2) { // the usual move between two settori: two periods, apart or overlapping
        const auto [a, b] = std::minmax(inizio[0], inizio[1]);
        return b.first > a.second ? (a.second - a.first + 1) + (b.second - b.first + 1)
                                  : std::max(a.second, b.second) - a.first + 1;
    }
    std::sort(inizio, fine);
    int giorni = 0, coperto_fino = 0;
    for (const auto* p = inizio; p != fine; ++p) {
        const auto [da, al] = *p;
        if (al > coperto_fino) giorni += al - std::max(da, coperto_fino + 1) + 1;
        coperto_fino = std::max(coperto_fino, al);
    }
    return giorni;
}

// A person's days in `anno`: the union of their assignments within the
// year, both ends included (a day covered by two assignments counts once).
template <class L = void>
int giorni_di_servizio(const Dipendente& d, int anno) {
    const std::size_t n = d.assegnazioni.size();
    // Most people have one assignment: its days, without building the list to merge.
    if (n == 1) return giorni_nell_anno(d.assegnazioni[0].dal, d.assegnazioni[0].al, anno);
    // A few assignments: their periods on the stack; more: on the heap.
    constexpr std::size_t sul_posto = 8;
    std::array<std::pair<int, int>, sul_posto> vicini;
    std::vector<std::pair<int, int>> lontani;
    if (n > sul_posto) lontani.resize(n);
    std::pair<int, int>* const periodi = n > sul_posto ? lontani.data() : vicini.data();
    std::size_t k = 0;
    for (const AssegnazioneDipendente& a : d.assegnazioni) {
        const PeriodoNellAnno p = periodo_nell_anno(a.dal, a.al, anno);
        if (p.da <= p.a) periodi[k++] = {p.da, p.a};
    }
    return giorni_coperti<L>(periodi, periodi + k);
}

// The SMVP's profile whose `categorie` hold `c` (the first one); null when none does.
template <class L = void>
const ProfiloSmvp* profilo_di(const Smvp& smvp, Categoria c) {
    if (!smvp.profili) return nullptr;
    for (const ProfiloSmvp& p : *smvp.profili)
        if (std::find(p.categorie.begin(), p.categorie.end(), c) != p.categorie.end()) return &p;
    return nullptr;
}

// The degree of a settore (personale.md §3): Σ(peso × grado) / Σ peso over
// its objectives not neutralised (not evaluated: 0), rounded; nullopt when
// Σ peso is 0. Each objective's degree is kept for the references to it.
struct GradoSettorePersonale {
    Opzionale<Percentuale> grado;
    bool obiettivo_non_valutato = false;
    std::string spiegazione; // "(30×100 + 30×50) / 60 = 75,00"
};

// What a document's people share, computed once: the degrees of the
// settori and of the objectives of the Relazione, and the organisational
// component of each profile.
template <class L = void>
class ContestoPersonale {
public:
    ContestoPersonale(const Relazione& r, const Smvp& smvp, bool spiegazioni)
        : r_(r), settori_(&r.settori, [](const Settore& s) -> const std::string& { return s.id; }),
          ids_(numero_obiettivi(r)) {
        const Percentuale soglia = smvp.soglia_minima_obiettivo.value_or(Percentuale{});
        const auto valutazioni = indice_valutazioni<L>(r);
        gradi_.reserve(numero_obiettivi(r));
        gradi_settori_.reserve(r.settori.size());
        std::string termini;
        for (const Settore& s : r.settori) {
            const auto valutati = indice_obiettivi_valutati<L>(valutazioni.trova(s.id));
            GradoSettorePersonale gs;
            termini.clear();
            Spiegazione perche, nei_termini;
            if (spiegazioni) perche = Spiegazione{gs.spiegazione}, nei_termini = Spiegazione{termini};
            Intero128 somma = 0;
            std::int64_t somma_pesi = 0;
            std::size_t contati = 0;
            std::string_view unico; // the objective, when only one counts
            for (const Obiettivo& o : s.obiettivi) {
                GradoObiettivo g = grado_obiettivo_in<L>(o, valutazione_di<L>(r, o, valutati.trova(o.id)), soglia, {},
                                                         organo_di<L>(r)); // a shared copy's degree too (ciclo.md §2)
                ids_.gia_visto(o.id, gradi_.size()); // a repeated id keeps its first objective
                if (g.stato != StatoValutazione::neutralizzato) {
                    const std::int64_t c = g.grado ? g.grado->centesimi() : 0;
                    gs.obiettivo_non_valutato = gs.obiettivo_non_valutato || !g.grado;
                    somma = somma_satura128(somma, Intero128{o.peso.centesimi()} * c);
                    somma_pesi = somma_satura(somma_pesi, o.peso.centesimi());
                    nei_termini(se(contati != 0, " + "), centesimi(o.peso.centesimi()), "×", centesimi(c));
                    unico = o.id;
                    ++contati;
                }
                gradi_.push_back(std::move(g));
            }
            if (somma_pesi > 0) {
                gs.grado = Percentuale::da_centesimi(arrotonda(somma, somma_pesi));
                // One objective counts: its degree is the settore's, not a mean of one term.
                if (contati == 1)
                    perche("grado dell'obiettivo ", unico, " = ", centesimi_fissi(gs.grado->centesimi()));
                else
                    perche("(", termini, ") / ", centesimi(somma_pesi), " = ", centesimi_fissi(gs.grado->centesimi()));
            } else {
                perche("non valutato: nessun obiettivo che conti");
            }
            gradi_settori_.push_back(std::move(gs));
        }
        // Each category's profile, once: profilo_di for every enumerator.
        for (std::size_t c = 0; c < profili_.size(); ++c) profili_[c] = profilo_di<L>(smvp, static_cast<Categoria>(c));
        if (!smvp.profili) return;
        // The organisational component with each profile's weight: the
        // heads' one (rules.md) with W_org of the profile.
        Smvp con_peso;
        con_peso.giudizi = smvp.giudizi;
        for (const ProfiloSmvp& p : *smvp.profili) {
            con_peso.pesi = p.pesi;
            organizzative_.push_back(componente_organizzativa_in<L>(r, con_peso, spiegazioni));
        }
    }

    /** The degree of the settore with this id (the first one), or null when there is none. */
    const GradoSettorePersonale* settore(std::string_view id) const {
        const Settore* s = settori_.trova(id);
        return s ? &gradi_settori_[static_cast<std::size_t>(s - r_.settori.data())] : nullptr;
    }
    /** The degree of the Relazione's objective with this id (the first one), or null. */
    const GradoObiettivo* obiettivo(std::string_view id) const {
        const std::size_t* k = ids_.trova(id);
        return k ? &gradi_[*k] : nullptr;
    }
    /** The SMVP's profile holding category `c` (as profilo_di), or null. */
    const ProfiloSmvp* profilo(const Smvp& smvp, Categoria c) const {
        const auto k = static_cast<std::size_t>(c);
        return k < profili_.size() ? profili_[k] : profilo_di<L>(smvp, c);
    }
    /** The organisational component with the weights of profile k. */
    const ComponenteOrganizzativa& organizzativa(std::size_t k) const { return organizzative_[k]; }

private:
    static std::size_t numero_obiettivi(const Relazione& r) {
        std::size_t n = 0;
        for (const Settore& s : r.settori) n += s.obiettivi.size();
        return n;
    }

    const Relazione& r_;
    IndiceId<Settore, const std::string& (*)(const Settore&)> settori_;
    std::vector<GradoObiettivo> gradi_;   // every objective of the Relazione, in document order
    PrimeOccorrenze<std::size_t> ids_;    // their ids, numbered in that order
    std::vector<GradoSettorePersonale> gradi_settori_;
    std::vector<ComponenteOrganizzativa> organizzative_;
    std::array<const ProfiloSmvp*, boost::mp11::mp_size<boost::describe::describe_enumerators<Categoria>>::value>
        profili_{}; // by category
};

// The band with the largest `da` ≤ totale; nullptr when none.
template <class L = void>
const Fascia* fascia_in(const std::vector<Fascia>& fasce, Punti totale) {
    const Fascia* f = nullptr;
    for (const Fascia& x : fasce)
        if (x.da <= totale && (!f || x.da > f->da)) f = &x;
    return f;
}

// The degree a concluded review gives an entry (by `id` for an own
// objective, by `obiettivo` for a reference), or null.
template <class L = void>
const Percentuale* grado_rivisto(const Contraddittorio* c, const ObiettivoDipendente& o) {
    if (!c || !c->obiettivi) return nullptr;
    for (const RevisioneObiettivo& v : *c->obiettivi)
        if (o.riferimento() ? v.obiettivo && stesso_id(*v.obiettivo, *o.obiettivo)
                            : v.id && o.id && stesso_id(*v.id, *o.id))
            return &v.grado_raggiungimento;
    return nullptr;
}

// The score of a behaviour in the final evaluation: a concluded review's,
// else the evaluator's (the first entry); null when none.
template <class L = void>
const PunteggioComportamento* punteggio_finale(const Dipendente& d, const Contraddittorio* c,
                                                     std::string_view comportamento) {
    auto cerca = [&](const Opzionale<std::vector<PunteggioComportamento>>& elenco) -> const PunteggioComportamento* {
        if (!elenco) return nullptr;
        for (const PunteggioComportamento& p : *elenco)
            if (stesso_id(p.comportamento, comportamento)) return &p;
        return nullptr;
    };
    if (const PunteggioComportamento* p = c ? cerca(c->comportamenti) : nullptr) return p;
    return cerca(d.comportamenti);
}

// The parts of a component's explanation gathered before its sentence is
// written (the terms of a sum, the notes that follow it): kept from one
// person to the next, so that their buffers are allocated once per
// document, not once per person.
struct BozzeSpiegazione {
    std::string termini, note;
    void svuota() {
        termini.clear();
        note.clear();
    }
};

template <class L = void>
void componente_obiettivi_propri(const Dipendente& d, const Contraddittorio* rivisto, const ContestoPersonale<L>& ctx,
                                 Percentuale soglia, std::int64_t w, Spiegazione perche, BozzeSpiegazione& bozze,
                                 Componente& out, bool& non_valutato) {
    Intero128 somma = 0;
    std::int64_t somma_pesi = 0;
    std::size_t contati = 0;
    std::string_view unico; // the objective, when only one counts
    std::int64_t grado_unico = 0;
    const std::string &termini = bozze.termini, &note = bozze.note;
    bozze.svuota();
    {
        // The terms and the notes, written as the loop meets them: in `termini` and `note` after this block.
        SpiegazioneAperta nei_termini(perche, bozze.termini), nelle_note(perche, bozze.note);
        for (const ObiettivoDipendente& o : *d.obiettivi) {
            const std::string_view nome = o.riferimento() ? std::string_view(*o.obiettivo)
                                          : o.id                ? std::string_view(*o.id)
                                                                : std::string_view();
            Opzionale<Percentuale> grado;
            if (const Percentuale* g = grado_rivisto(rivisto, o)) {
                grado = *g;
                nelle_note("; ", nome, ": ", centesimi_fissi(g->centesimi()), " dopo il contraddittorio");
            } else if (!o.riferimento()) {
                grado = o.grado_raggiungimento;
                if (!grado) nelle_note("; ", nome, ": non valutato (conta 0)");
            } else if (const GradoObiettivo* g = ctx.obiettivo(*o.obiettivo)) {
                if (g->stato == StatoValutazione::neutralizzato) {
                    nelle_note("; ", nome, ": neutralizzato nella Relazione (escluso)");
                    continue;
                }
                grado = g->grado; // the threshold already applied
                if (!grado) nelle_note("; ", nome, ": non valutato nella Relazione (conta 0)");
            } else {
                nelle_note("; ", nome, ": non è un obiettivo della Relazione (conta 0)");
            }
            if (grado && grado->centesimi() > 0 && *grado < soglia) { // a reference's degree has had it already
                nelle_note("; ", nome, ": ", centesimi_fissi(grado->centesimi()), " sotto la soglia minima del ",
                           centesimi(soglia.centesimi()), "% → 0,00");
                grado = Percentuale{};
            }
            non_valutato = non_valutato || !grado;
            const std::int64_t c = grado ? grado->centesimi() : 0;
            somma = somma_satura128(somma, Intero128{o.peso.centesimi()} * c);
            somma_pesi = somma_satura(somma_pesi, o.peso.centesimi());
            nei_termini(se(contati != 0, " + "), centesimi(o.peso.centesimi()), "×", centesimi(c));
            unico = nome;
            grado_unico = c;
            ++contati;
        }
    }
    if (somma_pesi <= 0) {
        perche("obiettivi individuali: non valutati (conta 0): ",
               d.obiettivi->empty() ? "nessun obiettivo" : "i pesi degli obiettivi che contano sommano a 0", note);
        return;
    }
    const std::int64_t p = arrotonda(prodotto_saturo128(somma, w), Intero128{100'00} * somma_pesi);
    out.punti = Punti::da_centesimi(p);
    // One objective: its degree, not a mean of one term.
    if (contati == 1 && !unico.empty())
        perche("obiettivi individuali, dall'obiettivo ", unico, ": ", centesimi_fissi(grado_unico), " × ",
               centesimi(w), " / 100 = ", centesimi_fissi(p), note);
    else
        perche("obiettivi individuali: (", termini, ") / ", centesimi(somma_pesi), " × ", centesimi(w),
               " / 100 = ", centesimi_fissi(p), note);
}

template <class L = void>
void componente_obiettivi_settori(const Dipendente& d, int anno, const ContestoPersonale<L>& ctx, std::int64_t w,
                                  Spiegazione perche, BozzeSpiegazione& bozze, Componente& out, bool& non_valutato) {
    Intero128 somma = 0;
    std::int64_t somma_giorni = 0;
    std::size_t contati = 0;
    std::string_view unico; // the settore, when the person served in one only
    std::int64_t grado_unico = 0;
    const std::string &termini = bozze.termini, &note = bozze.note;
    bozze.svuota();
    {
        // The terms and the notes, written as the loop meets them: in `termini` and `note` after this block.
        SpiegazioneAperta nei_termini(perche, bozze.termini), nelle_note(perche, bozze.note);
        for (const AssegnazioneDipendente& a : d.assegnazioni) {
            const int giorni = giorni_nell_anno(a.dal, a.al, anno);
            if (giorni == 0) continue;
            const GradoSettorePersonale* s = ctx.settore(a.settore);
            std::int64_t c = 0;
            if (!s) {
                non_valutato = true;
                nelle_note("; ", a.settore, ": non è un settore della Relazione (conta 0)");
            } else if (!s->grado) {
                non_valutato = true;
                nelle_note("; ", a.settore, ": non valutato (conta 0)");
            } else {
                c = s->grado->centesimi();
                non_valutato = non_valutato || s->obiettivo_non_valutato;
                nelle_note("; ", a.settore, ": ", s->spiegazione);
            }
            somma += Intero128{giorni} * c;
            somma_giorni += giorni;
            nei_termini(se(contati != 0, " + "), giorni, "×", centesimi(c));
            unico = a.settore;
            grado_unico = c;
            ++contati;
        }
    }
    if (somma_giorni == 0) {
        perche("obiettivi individuali: non valutati (conta 0): nessun giorno di servizio nel ", anno);
        return;
    }
    const std::int64_t p = arrotonda(prodotto_saturo128(somma, w), Intero128{100'00} * somma_giorni);
    out.punti = Punti::da_centesimi(p);
    // One assignment: the settore's degree, not a mean over its days alone.
    if (contati == 1)
        perche("obiettivi individuali, dal settore ", unico, ": ", centesimi_fissi(grado_unico), " × ",
               centesimi(w), " / 100 = ", centesimi_fissi(p), note);
    else
        perche("obiettivi individuali, dai settori: (", termini, ") / (100 × ", somma_giorni, ") × ",
               centesimi(w), " = ", centesimi_fissi(p), note);
}

template <class L = void>
void componente_comportamenti_dipendente(const Dipendente& d, const Contraddittorio* rivisto,
                                         const ProfiloSmvp& profilo, const Smvp& smvp, Spiegazione perche,
                                         BozzeSpiegazione& bozze, Componente& out, bool& non_valutato) {
    const std::int64_t w = profilo.pesi.comportamenti.centesimi();
    if (!smvp.scala_comportamenti) {
        non_valutato = true;
        perche("comportamenti: non valutati (conta 0): lo SMVP non ha la scala dei comportamenti");
        return;
    }
    const std::int64_t massimo = smvp.scala_comportamenti->massimo.centesimi();
    Intero128 somma = 0;
    std::int64_t somma_pesi = 0;
    bool almeno_uno = false;
    std::int64_t punteggio_unico = 0; // the score, when the profile has one behaviour
    const std::string &termini = bozze.termini, &note = bozze.note;
    bozze.svuota();
    {
        // The terms and the notes, written as the loop meets them: in `termini` and `note` after this block.
        SpiegazioneAperta nei_termini(perche, bozze.termini), nelle_note(perche, bozze.note);
        for (std::size_t k = 0; k < profilo.pesi_comportamenti.size(); ++k) {
            const PesoComportamento& c = profilo.pesi_comportamenti[k];
            const PunteggioComportamento* p = punteggio_finale(d, rivisto, c.comportamento);
            std::int64_t s = 0;
            if (p) {
                s = p->punteggio.centesimi();
                almeno_uno = true;
            } else {
                non_valutato = true;
                nelle_note("; ", c.comportamento, ": non valutato (conta 0)");
            }
            somma = somma_satura128(somma, Intero128{c.peso.centesimi()} * s);
            somma_pesi = somma_satura(somma_pesi, c.peso.centesimi());
            nei_termini(se(k != 0, " + "), centesimi(c.peso.centesimi()), "×", centesimi(s));
            punteggio_unico = s;
        }
    }
    if (!almeno_uno || somma_pesi <= 0 || massimo <= 0) {
        non_valutato = true;
        perche("comportamenti: non valutati (conta 0): nessun punteggio per i comportamenti del profilo");
        return;
    }
    const std::int64_t r = arrotonda(prodotto_saturo128(somma, w), Intero128{massimo} * somma_pesi);
    out.punti = Punti::da_centesimi(r);
    // One behaviour: its score over the scale, not a mean of one term.
    if (profilo.pesi_comportamenti.size() == 1)
        perche("comportamenti, ", profilo.pesi_comportamenti[0].comportamento, ": ", centesimi(punteggio_unico), " / ",
               centesimi(massimo), " × ", centesimi(w), " = ", centesimi_fissi(r), note);
    else
        perche("comportamenti: (", termini, ") / (", centesimi(massimo), " × ", centesimi(somma_pesi), ") × ",
               centesimi(w), " = ", centesimi_fissi(r), note);
}

// The score of one person, written over `p`, which ends as a new
// PunteggioDipendente would: reset over its described members first (its
// strings keep their buffers: see CalcolatorePersonale), then computed.
template <class L = void>
void punteggio_dipendente_in(const Dipendente& d, int anno, const Smvp& smvp, const ContestoPersonale<L>& ctx,
                             bool spiegazioni, BozzeSpiegazione& bozze, PunteggioDipendente& p) {
    azzera_membri(p);
    p.id.assign(d.id);
    p.categoria = d.categoria;
    p.definitivo = !(d.contraddittorio && d.contraddittorio->stato == StatoContraddittorio::aperto);
    p.giorni = giorni_di_servizio(d, anno);
    const ProfiloSmvp* profilo = ctx.profilo(smvp, d.categoria);
    if (!profilo) {
        Spiegazione{p.motivo}("nessun profilo dello SMVP per la categoria ", nome_categoria(d.categoria));
        return;
    }
    p.profilo.assign(profilo->id);
    const int minimo = smvp.giorni_minimi_valutazione.value_or(0);
    if (p.giorni < minimo) {
        Spiegazione{p.motivo}(p.giorni, se(p.giorni == 1, " giorno", " giorni"), " di servizio nel ", anno,
                              se(minimo == 1, ", meno di ", ", meno dei "), minimo,
                              se(minimo == 1, " richiesto", " richiesti"), " dallo SMVP");
        return;
    }
    p.valutato = true;
    const Contraddittorio* rivisto =
        d.contraddittorio && d.contraddittorio->stato == StatoContraddittorio::concluso ? &*d.contraddittorio : nullptr;
    auto spiegazione = [&](Componente& c) { return spiegazioni ? Spiegazione{c.spiegazione} : Spiegazione{}; };
    bool non_valutato = false;
    const ComponenteOrganizzativa& org = ctx.organizzativa(static_cast<std::size_t>(profilo - smvp.profili->data()));
    p.performance_organizzativa.punti = org.componente.punti;
    if (spiegazioni) p.performance_organizzativa.spiegazione.assign(org.componente.spiegazione);
    non_valutato = org.ambito_non_valutato;
    const std::int64_t w_obi = profilo->pesi.obiettivi_individuali.centesimi();
    if (d.obiettivi)
        componente_obiettivi_propri<L>(d, rivisto, ctx, smvp.soglia_minima_obiettivo.value_or(Percentuale{}), w_obi,
                                       spiegazione(p.obiettivi_individuali), bozze, p.obiettivi_individuali,
                                       non_valutato);
    else
        componente_obiettivi_settori<L>(d, anno, ctx, w_obi, spiegazione(p.obiettivi_individuali), bozze,
                                        p.obiettivi_individuali, non_valutato);
    componente_comportamenti_dipendente<L>(d, rivisto, *profilo, smvp, spiegazione(p.comportamenti), bozze,
                                           p.comportamenti, non_valutato);
    auto punti = [](const Componente& c) { return c.punti.value_or(Punti{}); };
    p.totale = punti(p.performance_organizzativa) + punti(p.obiettivi_individuali) + punti(p.comportamenti);
    if (const Fascia* f = fascia_in(profilo->fasce ? *profilo->fasce : smvp.fasce, p.totale)) {
        p.fascia.assign(f->nome);
        p.quota_premio = f->quota_premio;
    }
    p.completo = p.performance_organizzativa.punti && p.obiettivi_individuali.punti && p.comportamenti.punti &&
                 !non_valutato;
}

} // namespace detail

/**
 * One score per person of `personale`, in document order (personale.md
 * §3): the person's profile (the SMVP's profile holding their category) and
 * days in the year; a person without a profile, or with fewer days than the
 * SMVP's `giorni_minimi_valutazione`, is not evaluated (`motivo` says why).
 * The degrees of the Relazione's settori and objectives and the
 * organisational component are computed once per document. An SMVP that
 * breaks its own constraints (errori_modello(smvp) not empty) is refused
 * with ModelloNonValido, as calcola_punteggi does. With
 * `opzioni.spiegazioni` false the explanations are left empty. For many
 * documents one after another, CalcolatorePersonale gives the same scores
 * reusing their buffers.
 */
template <class L = void>
[[nodiscard]] std::vector<PunteggioDipendente> calcola_punteggi_personale(const Personale& personale,
                                                                          const Relazione& relazione,
                                                                          const Smvp& smvp,
                                                                          OpzioniPunteggi opzioni = {}) {
    detail::richiedi_smvp_valido<L>(smvp);
    const detail::ContestoPersonale<L> ctx(relazione, smvp, opzioni.spiegazioni);
    detail::BozzeSpiegazione bozze;
    std::vector<PunteggioDipendente> out(personale.dipendenti.size());
    for (std::size_t i = 0; i < out.size(); ++i)
        detail::punteggio_dipendente_in<L>(personale.dipendenti[i], personale.anno, smvp, ctx, opzioni.spiegazioni,
                                           bozze, out[i]);
    return out;
}

/**
 * The explanation of a person's score, one line per figure: the three
 * components, the total and the band; for a person not evaluated, the reason.
 */
template <class L = void>
[[nodiscard]] std::vector<std::string> spiegazione(const PunteggioDipendente& p) {
    if (!p.valutato) return {detail::testo("non valutato: ", p.motivo)};
    std::vector<std::string> out{p.performance_organizzativa.spiegazione, p.obiettivi_individuali.spiegazione,
                                 p.comportamenti.spiegazione};
    auto punti = [](const Componente& c) { return detail::centesimi_fissi(c.punti.value_or(Punti{}).centesimi()); };
    out.push_back(detail::testo("totale: ", punti(p.performance_organizzativa), " + ", punti(p.obiettivi_individuali),
                                " + ", punti(p.comportamenti), " = ", detail::centesimi_fissi(p.totale.centesimi())));
    out.push_back(detail::testo("fascia: ", p.fascia, " (quota del premio ", p.quota_premio, ")",
                                detail::se(!p.completo, "; valutazione incompleta"),
                                detail::se(!p.definitivo, "; contraddittorio aperto: non definitiva")));
    return out;
}

} // namespace perfpa

#endif
