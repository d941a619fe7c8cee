// perfpa — the machine-readable outputs of rules.md as JSON text:
// findings (perfpa.rilievi/1), scores (perfpa.punteggi/1), bonus split (perfpa.premi/1).
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_JSON_RISULTATI_HPP
#define PERFPA_JSON_RISULTATI_HPP

#include <perfpa/opzionale.hpp>
#include <perfpa/rilievo.hpp>
#include <perfpa/json/codifica.hpp>
#include <perfpa/scoring/personale.hpp>
#include <perfpa/scoring/premi.hpp>
#include <perfpa/scoring/punteggi.hpp>
#include <perfpa/values.hpp>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace perfpa::json {

namespace detail {

/** `{"formato":"<formato>",` and, when given, `"documento":"…",`. */
template <class L = void>
void apri_risultato(std::string& out, std::string_view formato, Opzionale<std::string_view> documento) {
    out += R"({"formato":")";
    out += formato;
    out += R"(",)";
    if (documento) {
        out += R"("documento":)";
        scrivi_stringa<L>(out, *documento);
        out.push_back(',');
    }
}

/** A component's points as a JSON number, or `null` when not evaluated. */
template <class L = void>
void scrivi_componente(std::string& out, const Componente& c) {
    if (c.punti) out += c.punti->testo();
    else out += "null";
}

} // namespace detail

/**
 * Appends the findings as one line of `perfpa.rilievi/1` (rules.md,
 * "Machine-readable outputs"), no trailing newline:
 * `{"formato":"perfpa.rilievi/1","documento":…,"rilievi":[{"codice":…,"gravita":…,"percorso":…,"messaggio":…,"norma":…}]}`.
 * `documento` (the name of the input, e.g. its path or `-:3` for line 3 of an
 * NDJSON stream) is written only when given, as the command-line tool does
 * in batch mode. Strings are escaped, UTF-8 is kept as it is. Never throws
 * except `std::bad_alloc`.
 */
template <class L = void>
void codifica_rilievi(std::string& out, const std::vector<Rilievo>& rilievi,
                      Opzionale<std::string_view> documento = std::nullopt) {
    detail::apri_risultato<L>(out, "perfpa.rilievi/1", documento);
    out += R"("rilievi":[)";
    for (std::size_t i = 0; i < rilievi.size(); ++i) {
        if (i) out.push_back(',');
        codifica(out, rilievi[i]);
    }
    out += "]}";
}

/** The `perfpa.rilievi/1` text of `rilievi`; see the overload above. */
template <class L = void>
[[nodiscard]] std::string codifica_rilievi(const std::vector<Rilievo>& rilievi,
                                           Opzionale<std::string_view> documento = std::nullopt) {
    std::string out;
    codifica_rilievi<L>(out, rilievi, documento);
    return out;
}

/**
 * Appends the scores as one line of `perfpa.punteggi/1`, no trailing newline:
 * `{"formato":"perfpa.punteggi/1","documento":…,"settori":[{"settore":…,"responsabile":…,
 * "performance_organizzativa":…,"obiettivi_individuali":…,"comportamenti":…,"totale":…,
 * "fascia":…,"quota_premio":…,"completo":…,"spiegazione":[…]}]}`.
 * Points and shares are JSON numbers as people write them (`27.5`, `40`); a
 * component not evaluated is `null` (it still counts 0 in `totale`);
 * `spiegazione` holds the lines of `perfpa::spiegazione(p)`. `documento` is
 * written only when given. Never throws except `std::bad_alloc`.
 */
template <class L = void>
void codifica_punteggi(std::string& out, const std::vector<PunteggioSettore>& punteggi,
                       Opzionale<std::string_view> documento = std::nullopt) {
    using detail::scrivi_stringa;
    detail::apri_risultato<L>(out, "perfpa.punteggi/1", documento);
    out += R"("settori":[)";
    for (std::size_t i = 0; i < punteggi.size(); ++i) {
        const PunteggioSettore& p = punteggi[i];
        out += i ? R"(,{"settore":)" : R"({"settore":)";
        scrivi_stringa<L>(out, p.settore);
        out += R"(,"responsabile":)";
        scrivi_stringa<L>(out, p.responsabile);
        out += R"(,"performance_organizzativa":)";
        detail::scrivi_componente<L>(out, p.performance_organizzativa);
        out += R"(,"obiettivi_individuali":)";
        detail::scrivi_componente<L>(out, p.obiettivi_individuali);
        out += R"(,"comportamenti":)";
        detail::scrivi_componente<L>(out, p.comportamenti);
        out += R"(,"totale":)";
        out += p.totale.testo();
        out += R"(,"fascia":)";
        scrivi_stringa<L>(out, p.fascia);
        out += R"(,"quota_premio":)";
        out += p.quota_premio.testo();
        out += p.completo ? R"(,"completo":true)" : R"(,"completo":false)";
        out += R"(,"spiegazione":[)";
        const std::vector<std::string> righe = spiegazione<L>(p);
        for (std::size_t k = 0; k < righe.size(); ++k) {
            if (k) out.push_back(',');
            scrivi_stringa<L>(out, righe[k]);
        }
        out += "]}";
    }
    out += "]}";
}

/** The `perfpa.punteggi/1` text of `punteggi`; see the overload above. */
template <class L = void>
[[nodiscard]] std::string codifica_punteggi(const std::vector<PunteggioSettore>& punteggi,
                                            Opzionale<std::string_view> documento = std::nullopt) {
    std::string out;
    codifica_punteggi<L>(out, punteggi, documento);
    return out;
}

/**
 * Appends the scores of the people of a staff document as one line of
 * `perfpa.punteggi_personale/1` (personale.md §8), no trailing newline:
 * `{"formato":"perfpa.punteggi_personale/1","documento":…,"dipendenti":[{"id":…,"categoria":…,
 * "profilo":…,"giorni":…,"valutato":…,"motivo":…,"performance_organizzativa":…,
 * "obiettivi_individuali":…,"comportamenti":…,"totale":…,"fascia":…,"quota_premio":…,
 * "completo":…,"definitivo":…,"spiegazione":[…]}]}`, in the staff document's
 * order. `motivo` only for a person not evaluated, who then has no figures
 * (no components, `totale`, `fascia`, `quota_premio`); `profilo` is `null`
 * when no profile holds the category. Points as JSON numbers; a component
 * not evaluated is `null`. `documento` is written only when given. Never
 * throws except `std::bad_alloc`.
 */
template <class L = void>
void codifica_punteggi_personale(std::string& out, const std::vector<PunteggioDipendente>& punteggi,
                                        Opzionale<std::string_view> documento = std::nullopt) {
    using detail::scrivi_stringa;
    detail::apri_risultato(out, "perfpa.punteggi_personale/1", documento);
    out += R"("dipendenti":[)";
    for (std::size_t i = 0; i < punteggi.size(); ++i) {
        const PunteggioDipendente& p = punteggi[i];
        out += i ? R"(,{"id":)" : R"({"id":)";
        scrivi_stringa(out, p.id);
        out += R"(,"categoria":")";
        out += nome_categoria(p.categoria);
        out += R"(","profilo":)";
        if (p.profilo.empty()) out += "null";
        else scrivi_stringa(out, p.profilo);
        out += R"(,"giorni":)";
        out += std::to_string(p.giorni);
        if (!p.valutato) {
            out += R"(,"valutato":false,"motivo":)";
            scrivi_stringa(out, p.motivo);
        } else {
            out += R"(,"valutato":true,"performance_organizzativa":)";
            detail::scrivi_componente(out, p.performance_organizzativa);
            out += R"(,"obiettivi_individuali":)";
            detail::scrivi_componente(out, p.obiettivi_individuali);
            out += R"(,"comportamenti":)";
            detail::scrivi_componente(out, p.comportamenti);
            out += R"(,"totale":)";
            out += p.totale.testo();
            out += R"(,"fascia":)";
            scrivi_stringa(out, p.fascia);
            out += R"(,"quota_premio":)";
            out += p.quota_premio.testo();
        }
        out += p.completo ? R"(,"completo":true)" : R"(,"completo":false)";
        out += p.definitivo ? R"(,"definitivo":true)" : R"(,"definitivo":false)";
        out += R"(,"spiegazione":[)";
        const std::vector<std::string> righe = spiegazione(p);
        for (std::size_t k = 0; k < righe.size(); ++k) {
            if (k) out.push_back(',');
            scrivi_stringa(out, righe[k]);
        }
        out += "]}";
    }
    out += "]}";
}

/** The `perfpa.punteggi_personale/1` text of `punteggi`; see the overload above. */
template <class L = void>
[[nodiscard]] std::string codifica_punteggi_personale(const std::vector<PunteggioDipendente>& punteggi,
                                                            Opzionale<std::string_view> documento = std::nullopt) {
    std::string out;
    codifica_punteggi_personale(out, punteggi, documento);
    return out;
}

/**
 * Appends a bonus split as one line of `perfpa.premi/1`, no trailing newline:
 * `{"formato":"perfpa.premi/1","documento":…,"fondo":"10000.00","assegnazioni":[{"settore":…,
 * "responsabile":…,"importo":"6097.56"}],"non_distribuito":"0.00"}`, followed, when the
 * criteria withheld a share (personale.md §6), by `"trattenute":[{"settore":…,"importo":…,
 * "motivo":…,"norma":…}]`; amounts
 * as strings with two decimals. `ripartizione` is what
 * `ripartisci_premi(r, smvp, fondo)` returned and `punteggi` are
 * `calcola_punteggi(r, smvp)`, which give each settore's `responsabile`:
 * the i-th assignment is written with the i-th score (or, when their ids
 * differ, the first score with the assignment's id). `documento` is written
 * only when given.
 *
 * Throws `std::invalid_argument` (message in Italian) when an assignment
 * has no score with its id (the two come from different documents); `out`
 * is then left as it was.
 */
template <class L = void>
void codifica_ripartizione(std::string& out, const Ripartizione& ripartizione,
                           const std::vector<PunteggioSettore>& punteggi, Importo fondo,
                           Opzionale<std::string_view> documento = std::nullopt) {
    using detail::scrivi_stringa;
    const std::size_t inizio = out.size();
    detail::apri_risultato<L>(out, "perfpa.premi/1", documento);
    out += R"("fondo":")";
    out += fondo.testo();
    out += R"(","assegnazioni":[)";
    for (std::size_t i = 0; i < ripartizione.assegnazioni.size(); ++i) {
        const Assegnazione& a = ripartizione.assegnazioni[i];
        const PunteggioSettore* p = i < punteggi.size() && punteggi[i].settore == a.id ? &punteggi[i] : nullptr;
        for (std::size_t k = 0; !p && k < punteggi.size(); ++k)
            if (punteggi[k].settore == a.id) p = &punteggi[k];
        if (!p) {
            out.resize(inizio);
            throw ArgomentoNonValido("perfpa::json::codifica_ripartizione: nessun punteggio per il settore \"" +
                                        a.id + "\" dell'assegnazione " + std::to_string(i) +
                                        " (ripartizione e punteggi di documenti diversi?)");
        }
        out += i ? R"(,{"settore":)" : R"({"settore":)";
        scrivi_stringa<L>(out, a.id);
        out += R"(,"responsabile":)";
        scrivi_stringa<L>(out, p->responsabile);
        out += R"(,"importo":")";
        out += a.importo.testo();
        out += R"("})";
    }
    out += R"(],"non_distribuito":")";
    out += ripartizione.non_distribuito.testo();
    out.push_back('"');
    // The withheld shares (personale.md §6), only when there are some: a split without keeps its shape.
    for (std::size_t i = 0; i < ripartizione.trattenute.size(); ++i) {
        const Trattenuta& t = ripartizione.trattenute[i];
        out += i ? R"(,{"settore":)" : R"(,"trattenute":[{"settore":)";
        scrivi_stringa<L>(out, t.id);
        out += R"(,"importo":")";
        out += t.importo.testo();
        out += R"(","motivo":)";
        scrivi_stringa<L>(out, t.motivo);
        out += R"(,"norma":)";
        scrivi_stringa<L>(out, t.norma);
        out += i + 1 == ripartizione.trattenute.size() ? "}]" : "}";
    }
    out.push_back('}');
}

/** The `perfpa.premi/1` text of a split; see the overload above. */
template <class L = void>
[[nodiscard]] std::string codifica_ripartizione(const Ripartizione& ripartizione,
                                                const std::vector<PunteggioSettore>& punteggi, Importo fondo,
                                                Opzionale<std::string_view> documento = std::nullopt) {
    std::string out;
    codifica_ripartizione<L>(out, ripartizione, punteggi, fondo, documento);
    return out;
}

} // namespace perfpa::json

#endif
