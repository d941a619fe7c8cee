// perfpa — the comparisons of the cycle as JSON text (ciclo.md §4, §5):
// perfpa.confronto_piano/1 and perfpa.confronto_anni/1, one line each.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` like its neighbours in json/ (docs/performance.md, "Compile time").
#ifndef PERFPA_JSON_CONFRONTO_HPP
#define PERFPA_JSON_CONFRONTO_HPP

#include <perfpa/confronto/anni.hpp>
#include <perfpa/confronto/piano.hpp>
#include <perfpa/json/codifica.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/rilievo.hpp>
#include <perfpa/values.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace perfpa::json {

namespace detail::confronto {

// `"k":` after a ',' unless the object has just opened.
template <class L = void>
void chiave(std::string& out, std::string_view k) {
    if (out.back() != '{') out += ',';
    scrivi_stringa<L>(out, k);
    out += ':';
}
template <class L = void>
void stringa(std::string& out, std::string_view k, std::string_view v) {
    chiave<L>(out, k);
    scrivi_stringa<L>(out, v);
}
template <class L = void>
void testo_o_null(std::string& out, std::string_view k, const Opzionale<std::string>& v) {
    chiave<L>(out, k);
    if (v) scrivi_stringa<L>(out, *v);
    else out += "null";
}
// An exact number as a JSON number literal ("-10.5"), as perfpa.punteggi/1 writes points.
template <class N>
void numero_o_null(std::string& out, std::string_view k, const Opzionale<N>& v) {
    chiave(out, k);
    out += v ? v->testo() : std::string("null");
}
template <class L = void>
void differenza_vincolo(std::string& out, const Opzionale<std::variant<Importo, Decimale>>& v) {
    chiave<L>(out, "differenza");
    if (!v) out += "null";
    else if (const Importo* i = std::get_if<Importo>(&*v)) out += i->testo();
    else out += std::get<Decimale>(*v).testo();
}
template <class L = void>
std::string_view nome_tendenza(Tendenza t) {
    return t == Tendenza::migliora ? "migliora" : t == Tendenza::peggiora ? "peggiora" : "stabile";
}
template <class L = void>
void tendenza(std::string& out, const Opzionale<Tendenza>& t) {
    chiave<L>(out, "tendenza");
    if (t) scrivi_stringa<L>(out, nome_tendenza<L>(*t));
    else out += "null";
}
template <class L = void>
std::string_view nome_tipo(TipoModifica t) {
    return t == TipoModifica::aggiunto ? "aggiunto" : t == TipoModifica::rimosso ? "rimosso" : "modificato";
}
// The two pointers every entry of a comparison ends with.
template <class L = void>
void percorsi(std::string& out, std::string_view precedente, std::string_view corrente) {
    stringa<L>(out, "percorso_precedente", precedente);
    stringa<L>(out, "percorso_corrente", corrente);
}
template <class L = void>
void rilievo_o_null(std::string& out, std::string_view k, const Opzionale<Rilievo>& r) {
    chiave<L>(out, k);
    if (r) codifica(out, *r);
    else out += "null";
}
template <class L = void>
void rilievi_negli_anni(std::string& out, std::string_view k, const std::vector<RilievoNegliAnni>& v) {
    chiave<L>(out, k);
    out += '[';
    for (std::size_t i = 0; i < v.size(); ++i) {
        out += i ? ",{" : "{";
        stringa<L>(out, "codice", v[i].codice);
        stringa<L>(out, "identita", v[i].identita);
        rilievo_o_null<L>(out, "precedente", v[i].precedente);
        rilievo_o_null<L>(out, "corrente", v[i].corrente);
        out += '}';
    }
    out += ']';
}
template <class L = void>
void punteggio_anno(std::string& out, std::string_view k, const PunteggioAnno& p) {
    chiave<L>(out, k);
    out += '{';
    numero_o_null(out, "performance_organizzativa", p.performance_organizzativa);
    numero_o_null(out, "obiettivi_individuali", p.obiettivi_individuali);
    numero_o_null(out, "comportamenti", p.comportamenti);
    chiave<L>(out, "totale"), out += p.totale.testo();
    stringa<L>(out, "fascia", p.fascia);
    out += '}';
}
// `"k":[` the entries, each written by `voce` between braces, `]`.
template <class T, class F>
void elenco(std::string& out, std::string_view k, const std::vector<T>& v, F voce) {
    chiave(out, k);
    out += '[';
    for (std::size_t i = 0; i < v.size(); ++i) {
        out += i ? ",{" : "{";
        voce(v[i]);
        out += '}';
    }
    out += ']';
}

} // namespace detail::confronto

/**
 * Appends `c` as one line of `perfpa.confronto_piano/1`, no trailing newline:
 * `{"formato":"perfpa.confronto_piano/1","modifiche":[{"settore","obiettivo",
 * "indicatore","campo","tipo","valore_piano","valore_relazione","differenza",
 * "ridotto","rimodulato","percorso_piano","percorso_relazione"}],"rilievi":[…]}`
 * (docs/ciclo.md). Absent values are `null`; differences exact JSON numbers.
 */
template <class L = void>
void codifica_confronto_piano(std::string& out, const ConfrontoPiano& c) {
    using namespace detail::confronto;
    out += R"({"formato":"perfpa.confronto_piano/1")";
    elenco(out, "modifiche", c.modifiche, [&](const ModificaPiano& m) {
        stringa<L>(out, "settore", m.settore);
        stringa<L>(out, "obiettivo", m.obiettivo);
        chiave<L>(out, "indicatore"), out += m.indicatore ? std::to_string(*m.indicatore) : "null";
        stringa<L>(out, "campo", m.campo);
        stringa<L>(out, "tipo", nome_tipo<L>(m.tipo));
        testo_o_null<L>(out, "valore_piano", m.valore_piano);
        testo_o_null<L>(out, "valore_relazione", m.valore_relazione);
        numero_o_null(out, "differenza", m.differenza);
        chiave<L>(out, "ridotto"), out += m.ridotto ? "true" : "false";
        chiave<L>(out, "rimodulato"), out += m.rimodulato ? "true" : "false";
        testo_o_null<L>(out, "percorso_piano", m.percorso_piano);
        testo_o_null<L>(out, "percorso_relazione", m.percorso_relazione);
    });
    chiave<L>(out, "rilievi");
    out += '[';
    for (std::size_t i = 0; i < c.rilievi.size(); ++i) {
        if (i) out += ',';
        codifica(out, c.rilievi[i]);
    }
    out += "]}";
}

/** The `perfpa.confronto_piano/1` text of `c`; see the overload above. */
template <class L = void>
[[nodiscard]] std::string codifica_confronto_piano(const ConfrontoPiano& c) {
    std::string out;
    codifica_confronto_piano<L>(out, c);
    return out;
}

/**
 * Appends `c` as one line of `perfpa.confronto_anni/1`, no trailing newline:
 * `{"formato":"perfpa.confronto_anni/1","anno_precedente","anno_corrente",
 * "indicatori":[…],"ambiti":[…],"settori":[…],"risolti":[…],"nuovi":[…],
 * "persistenti":[…],"vincoli":[…]}` (docs/ciclo.md), each entry with the
 * pointers of both years.
 */
template <class L = void>
void codifica_confronto_anni(std::string& out, const ConfrontoAnni& c) {
    using namespace detail::confronto;
    out += R"({"formato":"perfpa.confronto_anni/1")";
    chiave<L>(out, "anno_precedente"), out += std::to_string(c.anno_precedente);
    chiave<L>(out, "anno_corrente"), out += std::to_string(c.anno_corrente);
    elenco(out, "indicatori", c.indicatori, [&](const ConfrontoIndicatore& x) {
        stringa<L>(out, "codice", x.codice);
        stringa<L>(out, "descrizione", x.descrizione);
        testo_o_null<L>(out, "precedente", x.precedente);
        testo_o_null<L>(out, "corrente", x.corrente);
        numero_o_null(out, "differenza", x.differenza);
        tendenza<L>(out, x.tendenza);
        percorsi<L>(out, x.percorso_precedente, x.percorso_corrente);
    });
    elenco(out, "ambiti", c.ambiti, [&](const ConfrontoAmbito& x) {
        stringa<L>(out, "ambito", x.ambito);
        numero_o_null(out, "precedente", x.precedente);
        numero_o_null(out, "corrente", x.corrente);
        numero_o_null(out, "differenza", x.differenza);
        percorsi<L>(out, x.percorso_precedente, x.percorso_corrente);
    });
    elenco(out, "settori", c.settori, [&](const ConfrontoSettore& x) {
        stringa<L>(out, "settore", x.settore);
        punteggio_anno<L>(out, "precedente", x.precedente);
        punteggio_anno<L>(out, "corrente", x.corrente);
        chiave<L>(out, "differenza"), out += x.differenza.testo();
        percorsi<L>(out, x.percorso_precedente, x.percorso_corrente);
    });
    rilievi_negli_anni<L>(out, "risolti", c.risolti);
    rilievi_negli_anni<L>(out, "nuovi", c.nuovi);
    rilievi_negli_anni<L>(out, "persistenti", c.persistenti);
    elenco(out, "vincoli", c.vincoli, [&](const ConfrontoVincolo& x) {
        stringa<L>(out, "vincolo", x.vincolo);
        stringa<L>(out, "voce", x.voce);
        testo_o_null<L>(out, "precedente", x.precedente);
        testo_o_null<L>(out, "corrente", x.corrente);
        differenza_vincolo<L>(out, x.differenza);
        tendenza<L>(out, x.tendenza);
        testo_o_null<L>(out, "percorso_precedente", x.percorso_precedente);
        testo_o_null<L>(out, "percorso_corrente", x.percorso_corrente);
    });
    out += '}';
}

/** The `perfpa.confronto_anni/1` text of `c`; see the overload above. */
template <class L = void>
[[nodiscard]] std::string codifica_confronto_anni(const ConfrontoAnni& c) {
    std::string out;
    codifica_confronto_anni<L>(out, c);
    return out;
}

} // namespace perfpa::json

#endif
