// perfpa — splitting the fund for individual performance among the staff
// (personale.md §4): who is positively evaluated, each person's weight
// (category parameter, share of the band, total, part time, days), the
// art. 81 increase for the best rated financed inside the fund, the base
// split by the largest remainder, and the refusals.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_SCORING_PREMI_PERSONALE_HPP
#define PERFPA_SCORING_PREMI_PERSONALE_HPP

#include <perfpa/norme.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/rilievo.hpp>
#include <perfpa/detail/testo.hpp>
#include <perfpa/model/criteri_premi.hpp>
#include <perfpa/model/personale.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>
#include <perfpa/model/vincoli.hpp>
#include <perfpa/model/verifica.hpp>
#include <perfpa/scoring/aritmetica.hpp>
#include <perfpa/scoring/personale.hpp>
#include <perfpa/scoring/premi.hpp>
#include <perfpa/values.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace perfpa {

/** What one person of the staff document gets, and why. */
struct AssegnazionePersonale {
    std::string id;
    Categoria categoria = Categoria::operatore;
    bool valutato = false; ///< scored (a profile and enough days)
    bool positivo = false; ///< valutato, totale ≥ the threshold and a band with a share > 0
    std::string fascia;    ///< empty when not valutato
    Percentuale quota_premio;
    Importo base;
    Importo maggiorazione;
    Importo importo; ///< base + maggiorazione
    /** Italian, redone by hand: the base's arithmetic, the increase, or why nothing is paid. */
    std::string spiegazione;
    friend bool operator==(const AssegnazionePersonale&, const AssegnazionePersonale&) = default;
};

/** The art. 81 increase as split: the amount each beneficiary gets (0 when none) and who they are. */
struct MaggiorazioneRipartita {
    Importo importo;
    std::vector<std::string> beneficiari; ///< ids, in the staff document's order
    friend bool operator==(const MaggiorazioneRipartita&, const MaggiorazioneRipartita&) = default;
};

/**
 * The split of the fund among the staff: one entry per person of the staff
 * document, in its order; Σ importo + non_distribuito = fondo, to the cent.
 */
struct RipartizionePersonale {
    Importo fondo;
    std::vector<AssegnazionePersonale> assegnazioni;
    MaggiorazioneRipartita maggiorazione;
    Importo non_distribuito;
    int valutati = 0; ///< people scored
    int positivi = 0; ///< n: people positively evaluated
    /** MAGGIORAZIONE_PARITA, MAGGIORAZIONE_NON_ATTRIBUITA (avvisi), pointers into the staff document, in its order. */
    std::vector<Rilievo> rilievi;
    friend bool operator==(const RipartizionePersonale&, const RipartizionePersonale&) = default;
};

/** Why the staff's split is refused, under which norm, and every person concerned (none for a document-wide reason). */
struct RifiutoPremiPersonale {
    std::string motivo;
    std::string norma;
    std::vector<std::string> dipendenti;
    friend bool operator==(const RifiutoPremiPersonale&, const RifiutoPremiPersonale&) = default;
};

/**
 * What `value()` on a refused split throws: RipartizioneRifiutata (a
 * std::domain_error, what() "motivo (norma)"); the people concerned are
 * in `error().dipendenti`.
 */
[[noreturn]] inline void lancia_errore(const RifiutoPremiPersonale& e) { throw RipartizioneRifiutata(e.motivo, e.norma); }

/** The staff's split, or why it was refused: has_value(), `*`, `->`, value() (throws on a refusal), error(). */
using EsitoRipartizionePersonale = ValoreOErrore<RipartizionePersonale, RifiutoPremiPersonale>;

/** The legal reference of the individual evaluation of the staff. */
inline constexpr const char* norma_valutazione_personale = "art. 9 c.2 D.Lgs. 150/2009";
/** The legal reference of the review a person asked for. */
inline constexpr const char* norma_contraddittorio = norme::contraddittorio.data(); // the check's text (norme.hpp)

namespace detail {

// "1 dipendente", "3 dipendenti".
template <class L = void>
std::string dipendenti_n(std::size_t n) { return testo(n, n == 1 ? " dipendente" : " dipendenti"); }

// The ids of a list as a sentence's end: "0042, 0043".
template <class L = void>
std::string elenco_id(const std::vector<std::string>& id) {
    std::string s;
    for (std::size_t i = 0; i < id.size(); ++i) s += (i ? ", " : "") + id[i];
    return s;
}

// The refusals that concern people (personale.md §4): no profile, an
// evaluated person with an incomplete score, an open review. One refusal
// naming every reason found and every person concerned, in document order.
template <class L = void>
Opzionale<RifiutoPremiPersonale> rifiuto_per_persone(const Personale& personale,
                                                                const std::vector<PunteggioDipendente>& punteggi) {
    std::vector<std::string> senza_profilo, incompleti, aperti;
    RifiutoPremiPersonale r;
    for (std::size_t i = 0; i < punteggi.size(); ++i) {
        const PunteggioDipendente& p = punteggi[i];
        const Dipendente& d = personale.dipendenti[i];
        const bool nessun_profilo = p.profilo.empty();
        const bool incompleto = p.valutato && !p.completo;
        const bool aperto = d.contraddittorio && d.contraddittorio->stato == StatoContraddittorio::aperto;
        if (nessun_profilo) senza_profilo.push_back(p.id);
        if (incompleto) incompleti.push_back(p.id);
        if (aperto) aperti.push_back(p.id);
        if (nessun_profilo || incompleto || aperto) r.dipendenti.push_back(p.id);
    }
    if (r.dipendenti.empty()) return std::nullopt;
    auto aggiungi = [&](const std::vector<std::string>& chi, std::string_view perche, const char* norma) {
        if (chi.empty()) return;
        r.motivo += testo(r.motivo.empty() ? "" : "; ", dipendenti_n(chi.size()), " ", perche, " (", elenco_id(chi), ")");
        r.norma += testo(r.norma.empty() ? "" : "; ", norma);
    };
    aggiungi(senza_profilo, "senza un profilo dello SMVP per la propria categoria", norma_smvp);
    aggiungi(incompleti, "con una valutazione incompleta", norma_valutazione_personale);
    aggiungi(aperti, "con un contraddittorio aperto", norma_contraddittorio);
    r.motivo += ": ogni importo dipende da tutte le valutazioni, nessun premio può essere ripartito";
    return r;
}

// A person's weight in the split (personale.md §4, step 2), scaled to an
// integer: parametro × quota_premio × totale × part_time × giorni, each in
// hundredths but the days. The common factor 1 / (10^12 × giorni_anno) is
// left out: it does not change the proportions. ≤ 10^4 × 10^4 × 10^4 ×
// 10^4 × 366 < 2^63 with the ranges the decoder admits.
template <class L = void>
std::int64_t peso_personale(std::int64_t parametro, const PunteggioDipendente& p, std::int64_t part_time) {
    return parametro * p.quota_premio.centesimi() * p.totale.centesimi() * part_time * p.giorni;
}

} // namespace detail

/**
 * Splits the fund of `criteri` among the people of `personale` whose scores
 * are `punteggi` (`calcola_punteggi_personale(personale, relazione, smvp)`,
 * one per person in the same order), per personale.md §4; see the overload
 * below. `spiegazioni` false leaves every explanation empty (the figures
 * are the same). Throws std::invalid_argument when `punteggi` and the
 * people differ in number.
 */
template <class L = void>
[[nodiscard]] EsitoRipartizionePersonale ripartisci_premi_personale(
    const Personale& personale, const std::vector<PunteggioDipendente>& punteggi, const Relazione& relazione,
    const CriteriPremi& criteri, bool spiegazioni = true) {
    if (punteggi.size() != personale.dipendenti.size())
        throw ArgomentoNonValido(detail::testo("ripartisci_premi_personale: attesi tanti punteggi quanti dipendenti, "
                                                  "trovati ", punteggi.size(), " punteggi e ",
                                                  personale.dipendenti.size(), " dipendenti"));
    if (std::vector<ErroreDecodifica> e = errori_modello_completo(criteri); !e.empty()) {
        std::string s = "i criteri di ripartizione non sono validi";
        for (std::size_t i = 0; i < e.size(); ++i) s += (i ? "; " : ": ") + e[i].testo();
        return RifiutoPremiPersonale{std::move(s), "", {}};
    }
    if (std::string perche = detail::relazione_non_validata(relazione); !perche.empty())
        return RifiutoPremiPersonale{std::move(perche), norma_validazione, {}};
    if (personale.anno != relazione.anno)
        return RifiutoPremiPersonale{detail::testo("il documento del personale è dell'anno ", personale.anno,
                                                   ", la Relazione del ", relazione.anno,
                                                   ": i premi si ripartiscono sulla Relazione validata dello stesso anno"),
                                     norma_validazione,
                                     {}};
    if (auto r = detail::rifiuto_per_persone(personale, punteggi)) return std::move(*r);

    const std::size_t n_persone = punteggi.size();
    const std::int64_t fondo = criteri.fondo.centesimi();
    const std::int64_t soglia = criteri.soglia_valutazione_positiva.centesimi();
    auto parametro_di = [&](Categoria c) -> std::int64_t {
        if (criteri.parametri_categoria)
            for (const ParametroCategoria& x : *criteri.parametri_categoria)
                if (x.categoria == c) return x.parametro.centesimi();
        return 100;
    };
    RipartizionePersonale out;
    out.fondo = criteri.fondo;
    out.assegnazioni.resize(n_persone);
    std::vector<std::int64_t> pesi(n_persone, 0), parametri(n_persone, 100), part_time(n_persone, 100'00);
    std::vector<std::string_view> id(n_persone);
    std::vector<std::size_t> positivi; // indices of the positively evaluated
    for (std::size_t i = 0; i < n_persone; ++i) {
        const PunteggioDipendente& p = punteggi[i];
        AssegnazionePersonale& a = out.assegnazioni[i];
        a.id = p.id;
        a.categoria = p.categoria;
        a.valutato = p.valutato;
        id[i] = p.id;
        if (!p.valutato) continue;
        ++out.valutati;
        a.fascia = p.fascia;
        a.quota_premio = p.quota_premio;
        a.positivo = p.totale.centesimi() >= soglia && p.quota_premio.centesimi() > 0;
        if (!a.positivo) continue;
        parametri[i] = parametro_di(p.categoria);
        const Dipendente& d = personale.dipendenti[i];
        part_time[i] = d.part_time ? d.part_time->centesimi() : 100'00;
        pesi[i] = detail::peso_personale(parametri[i], p, part_time[i]);
        positivi.push_back(i);
    }
    const auto n = static_cast<std::int64_t>(positivi.size());
    out.positivi = static_cast<int>(n);

    // Step 3: the increase, for the K' best rated.
    std::int64_t k_primo = 0, m = 0;
    if (criteri.maggiorazione && n > 0) {
        const std::int64_t p = criteri.maggiorazione->percentuale.centesimi();
        const std::int64_t q = criteri.maggiorazione->quota_massima.centesimi();
        const std::int64_t k = n * q / 100'00;
        // The K-th and the (K+1)-th totals, without sorting everyone: the
        // K-th largest by a selection, the (K+1)-th the largest of the rest.
        std::int64_t kesimo = 0, successivo = -1;
        if (k > 0) {
            std::vector<std::int64_t> totali;
            totali.reserve(positivi.size());
            for (std::size_t i : positivi) totali.push_back(punteggi[i].totale.centesimi());
            const auto pos = totali.begin() + static_cast<std::ptrdiff_t>(k - 1);
            std::nth_element(totali.begin(), pos, totali.end(), std::greater<>());
            kesimo = *pos;
            if (k < n) successivo = *std::max_element(pos + 1, totali.end());
        }
        const std::string quota_di = detail::testo(criteri.maggiorazione->quota_massima, " di ", n,
                                                   n == 1 ? " dipendente valutato" : " dipendenti valutati",
                                                   " positivamente");
        std::string perche_nessuno;
        // Who gets it: a total at least the K-th's, or, after a tie at the cap, above the tied total.
        std::int64_t da = kesimo;
        if (k == 0) {
            perche_nessuno = detail::testo("il ", quota_di, " è meno di una persona");
        } else if (kesimo == successivo) {
            const Punti pari = Punti::da_centesimi(kesimo);
            da = kesimo + 1;
            for (std::size_t i : positivi) {
                if (punteggi[i].totale > pari) ++k_primo;
                if (punteggi[i].totale == pari)
                    out.rilievi.push_back(
                        {"MAGGIORAZIONE_PARITA", Gravita::avviso, detail::testo("/dipendenti/", i),
                         detail::testo("Maggiorazione non attribuita a ", punteggi[i].id, ": il punteggio ",
                                       detail::centesimi_fissi(pari.centesimi()), " è a pari merito al limite di ", k,
                                       k == 1 ? " posto" : " posti", " (", quota_di,
                                       "): a parità di valutazione nessuno con quel punteggio la riceve"),
                         norma_maggiorazione});
            }
            if (k_primo == 0)
                perche_nessuno = detail::testo("i primi ", k, k == 1 ? " posto" : " posti", " (", quota_di,
                                               ") sono a pari merito con chi li segue, con ",
                                               detail::centesimi_fissi(pari.centesimi()), " punti");
        } else {
            k_primo = k;
        }
        if (k_primo == 0) {
            out.rilievi.insert(out.rilievi.begin(),
                               Rilievo{"MAGGIORAZIONE_NON_ATTRIBUITA", Gravita::avviso, "/dipendenti",
                                       detail::testo("Maggiorazione non attribuita: ", perche_nessuno),
                                       norma_maggiorazione});
        } else {
            // M = p × F / (100 × n + p × K'), up to the cent, at most F / K'.
            const Intero128 num = Intero128{p} * fondo, den = Intero128{100'00} * n + Intero128{p} * k_primo;
            m = static_cast<std::int64_t>((num + den - 1) / den);
            m = std::min(m, fondo / k_primo);
            out.maggiorazione.importo = Importo::da_centesimi(m);
            for (std::size_t i : positivi)
                if (punteggi[i].totale.centesimi() >= da && m > 0) {
                    out.assegnazioni[i].maggiorazione = Importo::da_centesimi(m);
                    out.maggiorazione.beneficiari.push_back(punteggi[i].id);
                }
        }
    }

    // Step 4: the base, by the largest remainder.
    const std::int64_t base = fondo - k_primo * m;
    std::vector<std::int64_t> importi(n_persone);
    std::vector<std::pair<Intero128, std::size_t>> scratch;
    out.non_distribuito = Importo::da_centesimi(detail::resti_maggiori(base, pesi, id, importi, scratch));
    for (std::size_t i = 0; i < n_persone; ++i) {
        AssegnazionePersonale& a = out.assegnazioni[i];
        a.base = Importo::da_centesimi(importi[i]);
        a.importo = a.base + a.maggiorazione;
    }
    if (!spiegazioni) return out;

    // The explanations: the base's arithmetic in the units people read
    // (parametro, %, points, days / days of the year), Σ weights rounded.
    const std::int64_t giorni_anno = Data::bisestile(personale.anno) ? 366 : 365;
    Intero128 totale_pesi = 0;
    for (std::int64_t w : pesi) totale_pesi += w;
    const std::int64_t somma_mostrata = arrotonda(totale_pesi, Intero128{10'000'000'000} * giorni_anno);
    for (std::size_t i = 0; i < n_persone; ++i) {
        AssegnazionePersonale& a = out.assegnazioni[i];
        const PunteggioDipendente& p = punteggi[i];
        detail::Spiegazione perche{a.spiegazione};
        if (!p.valutato) {
            perche("nessun premio: non valutato (", p.motivo, ")");
            continue;
        }
        if (!a.positivo) {
            if (p.totale.centesimi() < soglia)
                perche("nessun premio: punteggio ", detail::centesimi_fissi(p.totale.centesimi()),
                       " sotto la soglia di valutazione positiva (", detail::centesimi_fissi(soglia), ")");
            else
                perche("nessun premio: fascia ", p.fascia, " con quota del premio ", p.quota_premio);
            continue;
        }
        // (A positive evaluation may weigh 0 — a total of 0 over a threshold of 0 — and so may all of them.)
        const auto piano = totale_pesi > 0 ? static_cast<std::int64_t>(Intero128{base} * pesi[i] / totale_pesi) : 0;
        perche("quota base: ", Importo::da_centesimi(base), " × ", detail::centesimi_fissi(parametri[i]), " × ",
               p.quota_premio, " × ", detail::centesimi_fissi(p.totale.centesimi()), " × ",
               Percentuale::da_centesimi(part_time[i]), " × ", p.giorni, "/", giorni_anno, " / ",
               detail::centesimi_fissi(somma_mostrata), " = ", Importo::da_centesimi(piano));
        if (importi[i] > piano)
            perche(" + 0,01 € (resti più alti) = ", a.base);
        if (a.maggiorazione.centesimi() > 0)
            perche("; maggiorazione: ", a.maggiorazione, " (", criteri.maggiorazione->percentuale,
                   " del premio medio, ", norma_maggiorazione, "); importo: ", a.importo);
    }
    return out;
}

/**
 * Splits the fund for individual performance of `criteri` among the people
 * of `personale` (personale.md §4), scored with `calcola_punteggi_personale`.
 *
 * Refused — nothing paid; `motivo`, `norma` and every person concerned —
 * when the criteria or the SMVP are not valid, the Relazione's validation
 * is absent or `non_validata` (art. 14 c.6 D.Lgs. 150/2009), the staff
 * document is of another year, a person has no profile or an incomplete
 * score, or a review is open.
 *
 * Otherwise: the positively evaluated (valutato, totale ≥ the threshold, a
 * band with a share > 0) weigh parametro × quota × totale × part time ×
 * days; the increase M = p × F / (100 n + p K'), up to the cent and at most
 * F / K', goes to the K' best rated (a tie at the cap leaves out everyone
 * with the tied total); the base F − K' × M is split by the largest
 * remainder. Σ importo + non_distribuito = fondo exactly.
 */
template <class L = void>
[[nodiscard]] EsitoRipartizionePersonale ripartisci_premi_personale(const Personale& personale,
                                                                   const Relazione& relazione, const Smvp& smvp,
                                                                   const CriteriPremi& criteri,
                                                                   OpzioniPunteggi opzioni = {}) {
    if (std::string perche = detail::smvp_non_valido(smvp); !perche.empty())
        return RifiutoPremiPersonale{std::move(perche), norma_smvp, {}};
    return ripartisci_premi_personale<L>(personale, calcola_punteggi_personale<L>(personale, relazione, smvp, opzioni),
                                         relazione, criteri, opzioni.spiegazioni);
}

} // namespace perfpa

#endif
