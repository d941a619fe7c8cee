// perfpa — degree of achievement (grado di raggiungimento) of an indicator,
// an objective and an area of organisational performance (rules.md,
// "Degree of achievement"), each with its explanation in Italian.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_SCORING_GRADO_HPP
#define PERFPA_SCORING_GRADO_HPP

#include <perfpa/formato_italiano.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>
#include <perfpa/detail/id.hpp>
#include <perfpa/detail/testo.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/scoring/aritmetica.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace perfpa {

/** Whether an objective or area has a degree, was neutralised (leaves the score) or has none. */
enum class StatoValutazione { valutato, neutralizzato, non_valutato };
BOOST_DESCRIBE_ENUM(StatoValutazione, valutato, neutralizzato, non_valutato)

/** A degree (or none) with the arithmetic that produced it, in Italian. */
struct GradoSpiegato {
    Opzionale<Percentuale> grado;
    std::string spiegazione;
};

/**
 * The body that evaluated `r` (its `valutazione_ndv.organo`; the Nucleo di
 * Valutazione when there is none): what the `organo` parameters of
 * grado_obiettivo, grado_ambito and grado_indicatore_spiegato take, so that
 * their explanations name it as the document does ("dall'OIV").
 */
template <class L = void>
[[nodiscard]] OrganoValutazione organo_di(const Relazione& r) noexcept {
    return r.valutazione_ndv ? r.valutazione_ndv->organo : OrganoValutazione::nucleo_di_valutazione;
}

namespace detail {

// How an explanation names the body that evaluated (the Relazione's
// valutazione_ndv.organo), with the Italian article: "dal Nucleo di
// Valutazione" / "dall'OIV", "del …" / "dell'OIV", "il …" / "l'OIV".
struct NomiValutatore {
    std::string_view dal, del, il;
    std::string_view grado_attribuito; // "grado attribuito dal …: ", the start of most objectives' explanations
};
constexpr NomiValutatore nomi_valutatore(OrganoValutazione o) noexcept {
    return o == OrganoValutazione::oiv
               ? NomiValutatore{"dall'OIV", "dell'OIV", "l'OIV", "grado attribuito dall'OIV: "}
               : NomiValutatore{"dal Nucleo di Valutazione", "del Nucleo di Valutazione", "il Nucleo di Valutazione",
                                "grado attribuito dal Nucleo di Valutazione: "};
}
inline constexpr std::int64_t cento_percento = 100'00; // 100 % in hundredths

// An indicator's value as the explanations write it: `sì`, `58,3`, `«testo»`.
struct TestoValore { const Valore& valore; };
inline Testo& operator<<(Testo& t, TestoValore v) {
    if (const bool* b = std::get_if<bool>(&v.valore)) return t << se(*b, "sì", "no");
    if (const Decimale* d = std::get_if<Decimale>(&v.valore)) return t << *d;
    return t << "«" << std::get<std::string>(v.valore) << "»";
}

// Each grado_* below returns the degree (nullopt: none) and writes why to
// `perche` — the arithmetic a person can redo, in Italian.

template <class L = void>
Opzionale<Percentuale> grado_binario(const Valore& a, const Valore& r, Spiegazione perche) {
    const bool* pa = std::get_if<bool>(&a);
    const bool* pr = std::get_if<bool>(&r);
    if (!pa || !pr) {
        perche("nessun grado: un indicatore binario vuole valori sì/no");
        return std::nullopt;
    }
    const bool uguali = *pa == *pr;
    perche("binario: realizzato ", TestoValore{r}, se(uguali, " = ", " ≠ "), "atteso ", TestoValore{a}, " → ",
           se(uguali, "100", "0"));
    return Percentuale::da_centesimi(uguali ? cento_percento : 0);
}

template <class L = void>
Opzionale<Percentuale> grado_quantitativo(Verso verso, Decimale da, Decimale dr, Spiegazione perche) {
    const std::int64_t a = da.milionesimi(), r = dr.milionesimi();
    auto esito = [](std::int64_t c) { return Opzionale<Percentuale>(Percentuale::da_centesimi(c)); };
    if (verso == Verso::crescente) {
        if (a <= 0) {
            if (r >= a) {
                perche("crescente con atteso ≤ 0: realizzato ", dr, " ≥ atteso ", da, " → 100");
                return esito(cento_percento);
            }
            perche("crescente con atteso ≤ 0: realizzato ", dr, " < atteso ", da, " → 0");
            return esito(0);
        }
        perche("crescente: 100 × ", dr, " / ", da);
        const Intero128 num = Intero128{cento_percento} * r;
        if (num > Intero128{cento_percento} * a) {
            perche(" > 100 → 100");
            return esito(cento_percento);
        }
        if (r < 0) {
            perche(" < 0 → 0");
            return esito(0);
        }
        const std::int64_t c = arrotonda(num, a);
        perche(" = ", centesimi_fissi(c));
        return esito(c);
    }
    if (r <= a) {
        perche("decrescente: realizzato ", dr, " ≤ atteso ", da, " → 100");
        return esito(cento_percento);
    }
    if (a <= 0) {
        perche("decrescente con atteso ≤ 0: realizzato ", dr, " > atteso ", da, " → 0");
        return esito(0);
    }
    // 100 − 100·(R−A)/A = 100·(2A − R)/A
    perche("decrescente: 100 − 100 × (", dr, " − ", da, ") / ", da);
    const Intero128 num = Intero128{cento_percento} * (Intero128{2} * a - r);
    if (num < 0) {
        perche(" < 0 → 0");
        return esito(0);
    }
    const std::int64_t c = arrotonda(num, a);
    perche(" = ", centesimi_fissi(c));
    return esito(c);
}

// The rules.md table for one indicator.
template <class L = void>
Opzionale<Percentuale> grado_indicatore_in(const Indicatore& i, Spiegazione perche, OrganoValutazione organo = OrganoValutazione::nucleo_di_valutazione) {
    if (i.misura == Misura::qualitativa) {
        perche("nessun grado: indicatore qualitativo, serve il grado ", nomi_valutatore(organo).del);
        return std::nullopt;
    }
    if (!i.valore_atteso) {
        perche("nessun grado: manca il valore atteso");
        return std::nullopt;
    }
    if (!i.valore_realizzato) {
        perche("nessun grado: manca il valore realizzato");
        return std::nullopt;
    }
    if (i.misura == Misura::binaria) return grado_binario<L>(*i.valore_atteso, *i.valore_realizzato, perche);
    const Decimale* a = std::get_if<Decimale>(&*i.valore_atteso);
    const Decimale* r = std::get_if<Decimale>(&*i.valore_realizzato);
    if (!a || !r) {
        perche("nessun grado: un indicatore quantitativo vuole valori numerici");
        return std::nullopt;
    }
    return grado_quantitativo<L>(i.verso.value_or(Verso::crescente), *a, *r, perche);
}

// "indicatore 2 («Tempi medi»): " followed by its explanation.
template <class L = void>
void spiega_indicatore(const std::vector<Indicatore>& indicatori, std::size_t k, Spiegazione perche,
                       OrganoValutazione organo = OrganoValutazione::nucleo_di_valutazione) {
    perche("indicatore ", k + 1, " («", indicatori[k].descrizione, "»): ");
    (void)grado_indicatore_in<L>(indicatori[k], perche, organo);
}

// The peso-weighted mean of the indicators' degrees when every one has a
// degree and the weights sum to more than 0 (rules.md, Objective step 3).
// The degrees are computed first without text, then explained: the text
// starts with the mean, which is known only at the end.
template <class L = void>
Opzionale<Percentuale> media_indicatori(const std::vector<Indicatore>& indicatori, Spiegazione perche,
                                            OrganoValutazione organo = OrganoValutazione::nucleo_di_valutazione) {
    if (indicatori.empty()) {
        perche("nessun indicatore");
        return std::nullopt;
    }
    Intero128 somma_pesata = 0;
    std::int64_t somma_pesi = 0;
    for (std::size_t k = 0, nk = indicatori.size(); k < nk; ++k) {
        const Opzionale<Percentuale> g = grado_indicatore_in<L>(indicatori[k], {});
        if (!g) {
            spiega_indicatore<L>(indicatori, k, perche, organo);
            return std::nullopt;
        }
        const std::int64_t p = indicatori[k].peso ? indicatori[k].peso->centesimi() : 100;
        somma_pesata = somma_satura128(somma_pesata, Intero128{p} * g->centesimi());
        somma_pesi = somma_satura(somma_pesi, p);
    }
    if (somma_pesi <= 0) {
        perche("i pesi degli indicatori sommano a 0");
        return std::nullopt;
    }
    const std::int64_t c = arrotonda(somma_pesata, somma_pesi);
    if (!perche.attiva()) return Percentuale::da_centesimi(c);
    if (indicatori.size() == 1) {
        spiega_indicatore<L>(indicatori, 0, perche, organo);
        return Percentuale::da_centesimi(c);
    }
    perche("media pesata degli indicatori: (");
    for (std::size_t k = 0, nk = indicatori.size(); k < nk; ++k) {
        const std::int64_t p = indicatori[k].peso ? indicatori[k].peso->centesimi() : 100;
        perche(se(k != 0, " + "), centesimi(p), "×", centesimi(grado_indicatore_in<L>(indicatori[k], {})->centesimi()));
    }
    perche(") / ", centesimi(somma_pesi), " = ", centesimi_fissi(c), " [");
    for (std::size_t k = 0, nk = indicatori.size(); k < nk; ++k) {
        if (k) perche("; ");
        spiega_indicatore<L>(indicatori, k, perche, organo);
    }
    perche("]");
    return Percentuale::da_centesimi(c);
}

} // namespace detail

/**
 * The degree of an indicator with its explanation (rules.md table); no
 * degree when a value is missing, the values have the wrong kind for the
 * `misura`, or the indicator is qualitative (the explanation then names
 * `organo`, whose degree it needs: `organo_di(relazione)`).
 */
template <class L = void>
[[nodiscard]] GradoSpiegato grado_indicatore_spiegato(const Indicatore& i,
                                                      OrganoValutazione organo = OrganoValutazione::nucleo_di_valutazione) {
    GradoSpiegato g;
    g.grado = detail::grado_indicatore_in<L>(i, detail::Spiegazione{g.spiegazione}, organo);
    return g;
}

/** Degree of an indicator per rules.md, rounded to hundredths half away from zero; nullopt = no degree. */
template <class L = void>
[[nodiscard]] Opzionale<Percentuale> grado_indicatore(const Indicatore& i) {
    return detail::grado_indicatore_in<L>(i, {});
}

namespace detail {

// The first evaluation of objective `obiettivo_id` in the settore entry `v`
// (as found by valutazione_settore, possibly null); nullptr when none. Lets
// a loop over a settore's objectives look the settore up once.
template <class L = void>
const ValutazioneObiettivo* valutazione_obiettivo_in(const ValutazioneIndividuale* v,
                                                            std::string_view obiettivo_id) {
    if (!v || !v->obiettivi) return nullptr;
    for (const ValutazioneObiettivo& o : *v->obiettivi)
        if (stesso_id(o.obiettivo, obiettivo_id)) return &o;
    return nullptr;
}

// The NdV's entries by settore id, and its judgments by area id (see IndiceId).
template <class L = void>
auto indice_valutazioni(const Relazione& r) {
    static constexpr auto settore = [](const ValutazioneIndividuale& v) -> const std::string& { return v.settore; };
    return IndiceId<ValutazioneIndividuale, decltype(settore)>(
        r.valutazione_ndv && r.valutazione_ndv->valutazioni_individuali ? &*r.valutazione_ndv->valutazioni_individuali
                                                                        : nullptr,
        settore);
}
template <class L = void>
auto indice_giudizi(const Relazione& r) {
    static constexpr auto ambito = [](const GiudizioAmbito& g) -> const std::string& { return g.ambito; };
    return IndiceId<GiudizioAmbito, decltype(ambito)>(
        r.valutazione_ndv && r.valutazione_ndv->giudizi_ambiti ? &*r.valutazione_ndv->giudizi_ambiti : nullptr, ambito);
}
// The objectives of an NdV entry (possibly null) by objective id.
template <class L = void>
auto indice_obiettivi_valutati(const ValutazioneIndividuale* v) {
    static constexpr auto obiettivo = [](const ValutazioneObiettivo& o) -> const std::string& { return o.obiettivo; };
    return IndiceId<ValutazioneObiettivo, decltype(obiettivo)>(v && v->obiettivi ? &*v->obiettivi : nullptr, obiettivo);
}

} // namespace detail

/** The NdV's evaluation of a settore's head; when the NdV gives two entries the first counts; nullptr when none. */
template <class L = void>
[[nodiscard]] const ValutazioneIndividuale* valutazione_settore(const Relazione& r,
                                                                       std::string_view settore_id) {
    if (!r.valutazione_ndv || !r.valutazione_ndv->valutazioni_individuali) return nullptr;
    for (const ValutazioneIndividuale& v : *r.valutazione_ndv->valutazioni_individuali)
        if (detail::stesso_id(v.settore, settore_id)) return &v;
    return nullptr;
}

/**
 * The NdV's evaluation of an objective of a settore, looked up in the first
 * entry for that settore (later entries for the settore do not count); the
 * first entry for the objective counts; nullptr when none.
 */
template <class L = void>
[[nodiscard]] const ValutazioneObiettivo* valutazione_obiettivo(const Relazione& r, std::string_view settore_id,
                                                                       std::string_view obiettivo_id) {
    return detail::valutazione_obiettivo_in<L>(valutazione_settore<L>(r, settore_id), obiettivo_id);
}

/** The NdV's judgment on an area; the first entry counts; nullptr when none. */
template <class L = void>
[[nodiscard]] const GiudizioAmbito* giudizio_ambito(const Relazione& r, std::string_view ambito_id) {
    if (!r.valutazione_ndv || !r.valutazione_ndv->giudizi_ambiti) return nullptr;
    for (const GiudizioAmbito& g : *r.valutazione_ndv->giudizi_ambiti)
        if (detail::stesso_id(g.ambito, ambito_id)) return &g;
    return nullptr;
}

/** The degree of an objective: its state, the degree (set iff valutato, after the SMVP threshold) and why. */
struct GradoObiettivo {
    StatoValutazione stato = StatoValutazione::non_valutato;
    Opzionale<Percentuale> grado;
    std::string spiegazione;
    friend bool operator==(const GradoObiettivo&, const GradoObiettivo&) = default;
};
BOOST_DESCRIBE_STRUCT(GradoObiettivo, (), (stato, grado, spiegazione))

namespace detail {

// grado_obiettivo, writing the explanation to `perche`.
template <class L = void>
GradoObiettivo grado_obiettivo_in(const Obiettivo& o, const ValutazioneObiettivo* ndv,
                                         Percentuale soglia_minima, Spiegazione perche,
                                         OrganoValutazione organo = OrganoValutazione::nucleo_di_valutazione) {
    const NomiValutatore chi = nomi_valutatore(organo);
    GradoObiettivo g;
    if (ndv && ndv->neutralizzato.value_or(false)) {
        g.stato = StatoValutazione::neutralizzato;
        const bool motivato = ndv->motivazione && !perfpa::detail::solo_spazi(*ndv->motivazione);
        if (motivato) perche("neutralizzato ", chi.dal, " (", *ndv->motivazione, "): né il peso né il grado contano");
        else perche("neutralizzato ", chi.dal, " (senza motivazione): né il peso né il grado contano");
        return g;
    }
    if (ndv && ndv->grado_raggiungimento) {
        g.grado = ndv->grado_raggiungimento;
        if (ndv->fonte && *ndv->fonte != FonteGrado::ndv) // who gave it, when not the NdV (ciclo.md §9)
            perche("grado ", descrizione_fonte(*ndv->fonte), ": ", centesimi_fissi(g.grado->centesimi()));
        else
            perche(chi.grado_attribuito, centesimi_fissi(g.grado->centesimi()));
    } else {
        g.grado = media_indicatori<L>(o.indicatori, {});
        if (!g.grado) {
            g.stato = StatoValutazione::non_valutato;
            perche("non valutato (conta 0): ");
            (void)media_indicatori<L>(o.indicatori, perche, organo);
            return g;
        }
        if (perche.attiva()) (void)media_indicatori<L>(o.indicatori, perche, organo);
    }
    g.stato = StatoValutazione::valutato;
    if (*g.grado < soglia_minima) {
        perche("; ", centesimi_fissi(g.grado->centesimi()), " è sotto la soglia minima del ", centesimi(soglia_minima.centesimi()),
               "% → 0,00");
        g.grado = Percentuale{};
    }
    return g;
}

} // namespace detail

/**
 * rules.md "Objective" steps 1-4 — neutralised by the NdV, the NdV's degree,
 * the peso-weighted mean of the indicators, not evaluated — then the
 * threshold: a degree below `soglia_minima` becomes 0.
 */
template <class L = void>
[[nodiscard]] GradoObiettivo grado_obiettivo(const Obiettivo& o, const ValutazioneObiettivo* ndv,
                                                    Percentuale soglia_minima = {},
                                                    OrganoValutazione organo = OrganoValutazione::nucleo_di_valutazione) {
    std::string perche;
    GradoObiettivo g = detail::grado_obiettivo_in<L>(o, ndv, soglia_minima, detail::Spiegazione{perche}, organo);
    g.spiegazione = std::move(perche);
    return g;
}

/** The degree of an area: its state, the degree (set iff valutato) and why. */
struct GradoAmbito {
    StatoValutazione stato = StatoValutazione::non_valutato;
    Opzionale<Percentuale> grado;
    std::string spiegazione;
    friend bool operator==(const GradoAmbito&, const GradoAmbito&) = default;
};

namespace detail {

// grado_ambito, writing the explanation to `perche`.
template <class L = void>
GradoAmbito grado_ambito_in(const Ambito& a, const GiudizioAmbito* ndv, const GiudiziSmvp& giudizi,
                                   Spiegazione perche,
                                   OrganoValutazione organo = OrganoValutazione::nucleo_di_valutazione) {
    const NomiValutatore chi = nomi_valutatore(organo);
    GradoAmbito g;
    if (ndv && ndv->giudizio) {
        if (*ndv->giudizio == Giudizio::non_valutabile) {
            g.stato = StatoValutazione::neutralizzato;
            perche("giudizio ", chi.del, " «non valutabile»: escluso dalla media");
            return g;
        }
        Percentuale p;
        switch (*ndv->giudizio) {
        case Giudizio::pienamente_raggiunto: p = giudizi.pienamente_raggiunto; break;
        case Giudizio::raggiunto: p = giudizi.raggiunto; break;
        case Giudizio::parzialmente_raggiunto: p = giudizi.parzialmente_raggiunto; break;
        default: p = giudizi.non_raggiunto; break;
        }
        g.stato = StatoValutazione::valutato;
        g.grado = p;
        perche("giudizio ", chi.del, " «", etichetta(*ndv->giudizio), "» = ",
               centesimi_fissi(p.centesimi()), " secondo lo SMVP");
        return g;
    }
    static const std::vector<Indicatore> nessuno;
    const std::vector<Indicatore>& indicatori = a.indicatori ? *a.indicatori : nessuno;
    g.grado = media_indicatori<L>(indicatori, {});
    if (!g.grado) {
        perche("non valutato (conta 0): ");
        (void)media_indicatori<L>(indicatori, perche, organo);
        return g;
    }
    g.stato = StatoValutazione::valutato;
    if (perche.attiva()) (void)media_indicatori<L>(indicatori, perche, organo);
    return g;
}

} // namespace detail

/**
 * rules.md "Area": the NdV's `non_valutabile` neutralises it; another NdV
 * judgment gives the SMVP's value for it; else the peso-weighted mean of its
 * indicators when every one has a degree; else not evaluated.
 */
template <class L = void>
[[nodiscard]] GradoAmbito grado_ambito(const Ambito& a, const GiudizioAmbito* ndv, const GiudiziSmvp& giudizi,
                                              OrganoValutazione organo = OrganoValutazione::nucleo_di_valutazione) {
    std::string perche;
    GradoAmbito g = detail::grado_ambito_in<L>(a, ndv, giudizi, detail::Spiegazione{perche}, organo);
    g.spiegazione = std::move(perche);
    return g;
}

} // namespace perfpa

#endif
