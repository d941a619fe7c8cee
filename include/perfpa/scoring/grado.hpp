// perfpa — degree of achievement (grado di raggiungimento) of an indicator,
// an objective and an area of organisational performance (rules.md,
// "Degree of achievement"), each with its explanation in Italian.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_SCORING_GRADO_HPP
#define PERFPA_SCORING_GRADO_HPP

#include <perfpa/formato_italiano.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>
#include <perfpa/scoring/aritmetica.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/enum.hpp>

#include <cstdint>
#include <optional>
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
    std::optional<Percentuale> grado;
    std::string spiegazione;
};

namespace detail {

inline constexpr std::int64_t cento_percento = 100'00; // 100 % in hundredths

inline std::string testo_valore(const Valore& v) {
    if (const bool* b = std::get_if<bool>(&v)) return *b ? "sì" : "no";
    if (const Decimale* d = std::get_if<Decimale>(&v)) return formatta_decimale(*d);
    return "«" + std::get<std::string>(v) + "»";
}

inline GradoSpiegato grado_binario(const Valore& a, const Valore& r) {
    const bool* pa = std::get_if<bool>(&a);
    const bool* pr = std::get_if<bool>(&r);
    if (!pa || !pr) return {std::nullopt, "nessun grado: un indicatore binario vuole valori sì/no"};
    const bool uguali = *pa == *pr;
    return {Percentuale::da_centesimi(uguali ? cento_percento : 0),
            "binario: realizzato " + testo_valore(r) + (uguali ? " = " : " ≠ ") + "atteso " + testo_valore(a) +
                " → " + (uguali ? "100" : "0")};
}

inline GradoSpiegato grado_quantitativo(Verso verso, Decimale da, Decimale dr) {
    const std::int64_t a = da.milionesimi(), r = dr.milionesimi();
    const std::string ta = formatta_decimale(da), tr = formatta_decimale(dr);
    auto esito = [](std::int64_t c, std::string s) {
        return GradoSpiegato{Percentuale::da_centesimi(c), std::move(s)};
    };
    if (verso == Verso::crescente) {
        if (a <= 0)
            return r >= a ? esito(cento_percento, "crescente con atteso ≤ 0: realizzato " + tr + " ≥ atteso " + ta + " → 100")
                          : esito(0, "crescente con atteso ≤ 0: realizzato " + tr + " < atteso " + ta + " → 0");
        const std::string formula = "crescente: 100 × " + tr + " / " + ta;
        const Intero128 num = Intero128{cento_percento} * r;
        if (num > Intero128{cento_percento} * a) return esito(cento_percento, formula + " > 100 → 100");
        if (r < 0) return esito(0, formula + " < 0 → 0");
        const std::int64_t c = arrotonda(num, a);
        return esito(c, formula + " = " + testo_risultato(c));
    }
    if (r <= a) return esito(cento_percento, "decrescente: realizzato " + tr + " ≤ atteso " + ta + " → 100");
    if (a <= 0) return esito(0, "decrescente con atteso ≤ 0: realizzato " + tr + " > atteso " + ta + " → 0");
    // 100 − 100·(R−A)/A = 100·(2A − R)/A
    const std::string formula = "decrescente: 100 − 100 × (" + tr + " − " + ta + ") / " + ta;
    const Intero128 num = Intero128{cento_percento} * (Intero128{2} * a - r);
    if (num < 0) return esito(0, formula + " < 0 → 0");
    const std::int64_t c = arrotonda(num, a);
    return esito(c, formula + " = " + testo_risultato(c));
}

// The peso-weighted mean of the indicators' degrees when every one has a
// degree and the weights sum to more than 0 (rules.md, Objective step 3).
inline GradoSpiegato media_indicatori(const std::vector<Indicatore>& indicatori);

inline std::string nome_giudizio(Giudizio g) {
    switch (g) {
    case Giudizio::pienamente_raggiunto: return "pienamente raggiunto";
    case Giudizio::raggiunto: return "raggiunto";
    case Giudizio::parzialmente_raggiunto: return "parzialmente raggiunto";
    case Giudizio::non_raggiunto: return "non raggiunto";
    case Giudizio::non_valutabile: return "non valutabile";
    }
    return "";
}

} // namespace detail

/**
 * The degree of an indicator with its explanation (rules.md table); no
 * degree when a value is missing, the values have the wrong kind for the
 * `misura`, or the indicator is qualitative.
 */
[[nodiscard]] inline GradoSpiegato grado_indicatore_spiegato(const Indicatore& i) {
    if (i.misura == Misura::qualitativa)
        return {std::nullopt, "nessun grado: indicatore qualitativo, serve il grado del Nucleo di Valutazione"};
    if (!i.valore_atteso) return {std::nullopt, "nessun grado: manca il valore atteso"};
    if (!i.valore_realizzato) return {std::nullopt, "nessun grado: manca il valore realizzato"};
    if (i.misura == Misura::binaria) return detail::grado_binario(*i.valore_atteso, *i.valore_realizzato);
    const Decimale* a = std::get_if<Decimale>(&*i.valore_atteso);
    const Decimale* r = std::get_if<Decimale>(&*i.valore_realizzato);
    if (!a || !r) return {std::nullopt, "nessun grado: un indicatore quantitativo vuole valori numerici"};
    return detail::grado_quantitativo(i.verso.value_or(Verso::crescente), *a, *r);
}

/** Degree of an indicator per rules.md, rounded to hundredths half away from zero; nullopt = no degree. */
[[nodiscard]] inline std::optional<Percentuale> grado_indicatore(const Indicatore& i) {
    return grado_indicatore_spiegato(i).grado;
}

namespace detail {

inline GradoSpiegato media_indicatori(const std::vector<Indicatore>& indicatori) {
    if (indicatori.empty()) return {std::nullopt, "nessun indicatore"};
    Intero128 somma_pesata = 0;
    std::int64_t somma_pesi = 0;
    std::string termini, dettagli;
    for (std::size_t k = 0; k < indicatori.size(); ++k) {
        const Indicatore& i = indicatori[k];
        GradoSpiegato g = grado_indicatore_spiegato(i);
        const std::string nome = "indicatore " + std::to_string(k + 1) + " («" + i.descrizione + "»)";
        if (!g.grado) return {std::nullopt, nome + ": " + g.spiegazione};
        const std::int64_t p = i.peso ? i.peso->centesimi() : 100;
        somma_pesata += Intero128{p} * g.grado->centesimi();
        somma_pesi += p;
        termini += (k ? " + " : "") + testo_termine(p) + "×" + testo_termine(g.grado->centesimi());
        dettagli += (k ? "; " : "") + nome + ": " + g.spiegazione;
    }
    if (somma_pesi <= 0) return {std::nullopt, "i pesi degli indicatori sommano a 0"};
    if (indicatori.size() == 1) return {Percentuale::da_centesimi(arrotonda(somma_pesata, somma_pesi)), dettagli};
    const std::int64_t c = arrotonda(somma_pesata, somma_pesi);
    return {Percentuale::da_centesimi(c), "media pesata degli indicatori: (" + termini + ") / " +
                                              testo_termine(somma_pesi) + " = " + testo_risultato(c) + " [" +
                                              dettagli + "]"};
}

} // namespace detail

namespace detail {

// The first evaluation of objective `obiettivo_id` in the settore entry `v`
// (as found by valutazione_settore, possibly null); nullptr when none. Lets
// a loop over a settore's objectives look the settore up once.
inline const ValutazioneObiettivo* valutazione_obiettivo_in(const ValutazioneIndividuale* v,
                                                            std::string_view obiettivo_id) {
    if (!v || !v->obiettivi) return nullptr;
    for (const ValutazioneObiettivo& o : *v->obiettivi)
        if (o.obiettivo == obiettivo_id) return &o;
    return nullptr;
}

} // namespace detail

/** The NdV's evaluation of a settore's head; when the NdV gives two entries the first counts; nullptr when none. */
[[nodiscard]] inline const ValutazioneIndividuale* valutazione_settore(const Relazione& r,
                                                                       std::string_view settore_id) {
    if (!r.valutazione_ndv || !r.valutazione_ndv->valutazioni_individuali) return nullptr;
    for (const ValutazioneIndividuale& v : *r.valutazione_ndv->valutazioni_individuali)
        if (v.settore == settore_id) return &v;
    return nullptr;
}

/**
 * The NdV's evaluation of an objective of a settore, looked up in the first
 * entry for that settore (later entries for the settore do not count); the
 * first entry for the objective counts; nullptr when none.
 */
[[nodiscard]] inline const ValutazioneObiettivo* valutazione_obiettivo(const Relazione& r, std::string_view settore_id,
                                                                       std::string_view obiettivo_id) {
    return detail::valutazione_obiettivo_in(valutazione_settore(r, settore_id), obiettivo_id);
}

/** The NdV's judgment on an area; the first entry counts; nullptr when none. */
[[nodiscard]] inline const GiudizioAmbito* giudizio_ambito(const Relazione& r, std::string_view ambito_id) {
    if (!r.valutazione_ndv || !r.valutazione_ndv->giudizi_ambiti) return nullptr;
    for (const GiudizioAmbito& g : *r.valutazione_ndv->giudizi_ambiti)
        if (g.ambito == ambito_id) return &g;
    return nullptr;
}

/** The degree of an objective: its state, the degree (set iff valutato, after the SMVP threshold) and why. */
struct GradoObiettivo {
    StatoValutazione stato = StatoValutazione::non_valutato;
    std::optional<Percentuale> grado;
    std::string spiegazione;
    friend bool operator==(const GradoObiettivo&, const GradoObiettivo&) = default;
};

/**
 * rules.md "Objective" steps 1-4 — neutralised by the NdV, the NdV's degree,
 * the peso-weighted mean of the indicators, not evaluated — then the
 * threshold: a degree below `soglia_minima` becomes 0.
 */
[[nodiscard]] inline GradoObiettivo grado_obiettivo(const Obiettivo& o, const ValutazioneObiettivo* ndv,
                                                    Percentuale soglia_minima = {}) {
    GradoObiettivo g;
    if (ndv && ndv->neutralizzato.value_or(false)) {
        g.stato = StatoValutazione::neutralizzato;
        const bool motivato = ndv->motivazione && ndv->motivazione->find_first_not_of(" \t\r\n") != std::string::npos;
        g.spiegazione = "neutralizzato dal Nucleo di Valutazione" +
                        (motivato ? " (" + *ndv->motivazione + ")" : std::string(" (senza motivazione)")) +
                        ": né il peso né il grado contano";
        return g;
    }
    GradoSpiegato gs;
    if (ndv && ndv->grado_raggiungimento) {
        gs = {ndv->grado_raggiungimento,
              "grado attribuito dal Nucleo di Valutazione: " + testo_risultato(ndv->grado_raggiungimento->centesimi())};
    } else {
        gs = detail::media_indicatori(o.indicatori);
        if (!gs.grado) {
            g.stato = StatoValutazione::non_valutato;
            g.spiegazione = "non valutato (conta 0): " + gs.spiegazione;
            return g;
        }
    }
    g.stato = StatoValutazione::valutato;
    g.grado = gs.grado;
    g.spiegazione = std::move(gs.spiegazione);
    if (*g.grado < soglia_minima) {
        g.spiegazione += "; " + testo_risultato(g.grado->centesimi()) + " è sotto la soglia minima del " +
                         formatta_percentuale(soglia_minima) + " → 0,00";
        g.grado = Percentuale{};
    }
    return g;
}

/** The degree of an area: its state, the degree (set iff valutato) and why. */
struct GradoAmbito {
    StatoValutazione stato = StatoValutazione::non_valutato;
    std::optional<Percentuale> grado;
    std::string spiegazione;
    friend bool operator==(const GradoAmbito&, const GradoAmbito&) = default;
};

/**
 * rules.md "Area": the NdV's `non_valutabile` neutralises it; another NdV
 * judgment gives the SMVP's value for it; else the peso-weighted mean of its
 * indicators when every one has a degree; else not evaluated.
 */
[[nodiscard]] inline GradoAmbito grado_ambito(const Ambito& a, const GiudizioAmbito* ndv, const GiudiziSmvp& giudizi) {
    GradoAmbito g;
    if (ndv && ndv->giudizio) {
        const std::string nome = detail::nome_giudizio(*ndv->giudizio);
        if (*ndv->giudizio == Giudizio::non_valutabile) {
            g.stato = StatoValutazione::neutralizzato;
            g.spiegazione = "giudizio del Nucleo di Valutazione «non valutabile»: escluso dalla media";
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
        g.spiegazione = "giudizio del Nucleo di Valutazione «" + nome + "» = " + testo_risultato(p.centesimi()) +
                        " secondo lo SMVP";
        return g;
    }
    GradoSpiegato gs = detail::media_indicatori(a.indicatori ? *a.indicatori : std::vector<Indicatore>{});
    if (!gs.grado) {
        g.spiegazione = "non valutato (conta 0): " + gs.spiegazione;
        return g;
    }
    g.stato = StatoValutazione::valutato;
    g.grado = gs.grado;
    g.spiegazione = std::move(gs.spiegazione);
    return g;
}

} // namespace perfpa

#endif
