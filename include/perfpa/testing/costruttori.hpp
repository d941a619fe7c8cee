// perfpa — builders for writing a Relazione and an SMVP in a few lines of
// C++, for unit-testing scoring rules:
//
//     using namespace perfpa::testing;
//     const Relazione relazione = una_relazione()
//         .performance_organizzativa(40, 40)
//         .con(settore("tecnico", 30).obiettivo("t-1", 15, grado(80))
//                                    .obiettivo("t-2", 15, grado("97.5"))
//                                    .comportamenti("27.50"));
//     const Smvp smvp = uno_smvp(40, 30, 30).fascia("A", "89.5", "100").fascia("B", 0, 0);
//
// The builders are `una_relazione()` and `uno_smvp(…)`, not `relazione()`
// and `smvp()`, so that the variables people name `relazione` and `smvp`
// do not hide them. Values are exact: whole numbers as int, decimals as
// text in the JSON spelling ("58.3", "27.50") or as the value types
// (`Punti::da_centesimi(2750)`), wherever a value can have decimals.
// A malformed decimal text throws std::invalid_argument (tests only), and
// so does an invalid SMVP (weights not summing to 100, no band from 0, …),
// listing errori_modello(smvp), and a Relazione with a value no decoded
// document holds (a degree of 150), listing errori_modello_completo;
// `crea_senza_verifica()` builds either on purpose.
// A chain on a temporary returns by value: `const auto& r = una_relazione()…;`
// is safe. For readable Catch2 failures include <perfpa/testing/catch2.hpp>.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_TESTING_COSTRUTTORI_HPP
#define PERFPA_TESTING_COSTRUTTORI_HPP

#include <perfpa/errori.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>
#include <perfpa/model/vincoli.hpp>
#include <perfpa/model/verifica.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/values.hpp>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace perfpa::testing {

/** A decimal from its text ("58.3", "-18"); throws std::invalid_argument when malformed. */
[[nodiscard]] inline Decimale dec(std::string_view s) { return Decimale::da_testo(s).value(); }

/** A weight from its text ("4.44"); throws std::invalid_argument when malformed. */
[[nodiscard]] inline Peso peso(std::string_view s) { return Peso::da_testo(s).value(); }

// A value of hundredths from its JSON spelling ("27.50"), for the builders'
// text overloads; throws std::invalid_argument naming the text when malformed.
template <class T>
[[nodiscard]] T valore_di_prova(std::string_view testo, std::string_view che_cosa) {
    auto v = T::da_testo(testo);
    if (!v) throw ArgomentoNonValido(std::string(che_cosa) + " \"" + std::string(testo) + "\" non valido: " + v.error().motivo);
    return *v;
}

/** What the NdV says about an objective: a degree, a neutralisation, or nothing. */
struct EsitoNdV {
    Opzionale<Percentuale> grado;
    bool neutralizzato = false;
    Opzionale<std::string> motivazione;
};

/**
 * The NdV gives the degree, in whole percent (`grado(80)`), as text
 * (`grado("75.49")`) or exactly (`grado(Percentuale::da_centesimi(7549))`).
 */
[[nodiscard]] inline EsitoNdV grado(std::int64_t percento) { return {Percentuale::interi(percento), false, {}}; }
[[nodiscard]] inline EsitoNdV grado(Percentuale p) { return {p, false, {}}; }
[[nodiscard]] inline EsitoNdV grado(std::string_view percento) {
    return {valore_di_prova<Percentuale>(percento, "grado"), false, {}};
}
/** The NdV neutralises the objective. */
[[nodiscard]] inline EsitoNdV neutralizzato(Opzionale<std::string> motivazione = "causa esterna") {
    return {std::nullopt, true, std::move(motivazione)};
}
/** The NdV says nothing: the objective is scored by its indicators (a qualitative one when none are given). */
[[nodiscard]] inline EsitoNdV senza_ndv() { return {}; }

/** A binary indicator; `realizzato` absent = no result yet. */
[[nodiscard]] inline Indicatore binario(bool atteso, Opzionale<bool> realizzato) {
    Indicatore i;
    i.descrizione = "indicatore binario";
    i.misura = Misura::binaria;
    i.valore_atteso = Valore{atteso};
    if (realizzato) i.valore_realizzato = Valore{*realizzato};
    return i;
}

/** A quantitative indicator (values as text, exact); an empty text = value absent. */
[[nodiscard]] inline Indicatore quantitativo(Verso verso, std::string_view atteso, std::string_view realizzato) {
    Indicatore i;
    i.descrizione = "indicatore quantitativo";
    i.misura = Misura::quantitativa;
    i.verso = verso;
    if (!atteso.empty()) i.valore_atteso = Valore{dec(atteso)};
    if (!realizzato.empty()) i.valore_realizzato = Valore{dec(realizzato)};
    return i;
}
[[nodiscard]] inline Indicatore crescente(std::string_view atteso, std::string_view realizzato) {
    return quantitativo(Verso::crescente, atteso, realizzato);
}
[[nodiscard]] inline Indicatore decrescente(std::string_view atteso, std::string_view realizzato) {
    return quantitativo(Verso::decrescente, atteso, realizzato);
}
/** A qualitative indicator: it never has a degree by itself. */
[[nodiscard]] inline Indicatore qualitativo(std::string descrizione = "Report sulle attività svolte") {
    Indicatore i;
    i.descrizione = std::move(descrizione);
    i.misura = Misura::qualitativa;
    i.valore_atteso = Valore{std::string("Report")};
    return i;
}
/** The same indicator with a weight inside its objective. */
[[nodiscard]] inline Indicatore con_peso(Indicatore i, std::int64_t p) {
    i.peso = Peso::interi(p);
    return i;
}

/**
 * Builds a settore, its objectives and the NdV's evaluation of its head.
 * Like every builder here, each step on a named builder returns a reference
 * to it; on a temporary it returns the builder by value, so a chain bound
 * to `const auto&` keeps its result alive.
 */
class CostruttoreSettore {
public:
    CostruttoreSettore(std::string id, Peso peso) {
        s_.id = id;
        s_.denominazione = "Settore " + id;
        s_.responsabile.nome = "Responsabile " + id;
        s_.peso = peso;
        s_.anno_obiettivi = 2023;
        v_.settore = std::move(id);
    }
    /** The head's name and title ("Ing."). */
    CostruttoreSettore& responsabile(std::string nome, Opzionale<std::string> titolo = std::nullopt) & {
        s_.responsabile.nome = std::move(nome);
        s_.responsabile.titolo = std::move(titolo);
        return *this;
    }
    CostruttoreSettore responsabile(std::string nome, Opzionale<std::string> titolo = std::nullopt) && {
        return std::move(responsabile(std::move(nome), std::move(titolo)));
    }
    /** An objective with one qualitative indicator and what the NdV says about it. */
    CostruttoreSettore& obiettivo(std::string id, Peso p, EsitoNdV e) & {
        aggiungi(id, p, {qualitativo()});
        if (e.grado || e.neutralizzato) {
            ValutazioneObiettivo vo;
            vo.obiettivo = std::move(id);
            vo.grado_raggiungimento = e.grado;
            if (e.neutralizzato) {
                vo.neutralizzato = true;
                vo.motivazione = std::move(e.motivazione);
            }
            if (!v_.obiettivi) v_.obiettivi.emplace();
            v_.obiettivi->push_back(std::move(vo));
        }
        return *this;
    }
    CostruttoreSettore& obiettivo(std::string id, std::int64_t p, EsitoNdV e) & {
        return obiettivo(std::move(id), Peso::interi(p), std::move(e));
    }
    CostruttoreSettore obiettivo(std::string id, Peso p, EsitoNdV e) && {
        return std::move(obiettivo(std::move(id), p, std::move(e)));
    }
    CostruttoreSettore obiettivo(std::string id, std::int64_t p, EsitoNdV e) && {
        return std::move(obiettivo(std::move(id), Peso::interi(p), std::move(e)));
    }
    /** An objective scored by its indicators (no NdV degree). */
    CostruttoreSettore& obiettivo(std::string id, Peso p, std::vector<Indicatore> indicatori) & {
        aggiungi(std::move(id), p, std::move(indicatori));
        return *this;
    }
    CostruttoreSettore& obiettivo(std::string id, std::int64_t p, std::vector<Indicatore> indicatori) & {
        return obiettivo(std::move(id), Peso::interi(p), std::move(indicatori));
    }
    CostruttoreSettore obiettivo(std::string id, Peso p, std::vector<Indicatore> indicatori) && {
        return std::move(obiettivo(std::move(id), p, std::move(indicatori)));
    }
    CostruttoreSettore obiettivo(std::string id, std::int64_t p, std::vector<Indicatore> indicatori) && {
        return std::move(obiettivo(std::move(id), Peso::interi(p), std::move(indicatori)));
    }
    /** The NdV's points for behaviours. */
    CostruttoreSettore& comportamenti(Punti p) & {
        v_.comportamenti = p;
        return *this;
    }
    CostruttoreSettore& comportamenti(std::int64_t p) & { return comportamenti(Punti::interi(p)); }
    CostruttoreSettore comportamenti(Punti p) && { return std::move(comportamenti(p)); }
    CostruttoreSettore comportamenti(std::int64_t p) && { return std::move(comportamenti(Punti::interi(p))); }
    /** The behaviours' points as text: `comportamenti("27.50")`. */
    CostruttoreSettore& comportamenti(std::string_view p) & {
        return comportamenti(valore_di_prova<Punti>(p, "punti dei comportamenti"));
    }
    CostruttoreSettore comportamenti(std::string_view p) && {
        return std::move(comportamenti(valore_di_prova<Punti>(p, "punti dei comportamenti")));
    }

    /** The settore built so far: a reference into a named builder, a moved-out value from a temporary. */
    [[nodiscard]] const Settore& settore() const& { return s_; }
    [[nodiscard]] Settore settore() && { return std::move(s_); }
    /** The NdV's entry, or nothing when it says nothing about this settore. */
    [[nodiscard]] Opzionale<ValutazioneIndividuale> valutazione() const {
        if (!v_.obiettivi && !v_.comportamenti) return std::nullopt;
        return v_;
    }

private:
    void aggiungi(std::string id, Peso p, std::vector<Indicatore> indicatori) {
        Obiettivo o;
        o.descrizione = "Obiettivo " + id;
        o.id = std::move(id);
        o.peso = p;
        o.indicatori = std::move(indicatori);
        s_.obiettivi.push_back(std::move(o));
    }
    Settore s_;
    ValutazioneIndividuale v_;
};

/** A settore with its declared weight (`settore("x", 30)`). */
[[nodiscard]] inline CostruttoreSettore settore(std::string id, std::int64_t p) {
    return CostruttoreSettore(std::move(id), Peso::interi(p));
}
[[nodiscard]] inline CostruttoreSettore settore(std::string id, Peso p) { return CostruttoreSettore(std::move(id), p); }

/** Builds a Relazione (steps as for CostruttoreSettore); converts to `Relazione`. */
class CostruttoreRelazione {
public:
    explicit CostruttoreRelazione(int anno) {
        r_.anno = anno;
        r_.ente.denominazione = "Comune di Prova";
        r_.ente.tipo = TipoEnte::comune;
    }
    /** Starts from an existing document (e.g. a decoded Relazione) to add to it. */
    explicit CostruttoreRelazione(Relazione r) : r_(std::move(r)) {}
    /** Adds a settore and the NdV's evaluation of its head. */
    CostruttoreRelazione& con(const CostruttoreSettore& s) & {
        r_.settori.push_back(s.settore());
        if (auto v = s.valutazione()) {
            auto& ndv = valutazione_ndv();
            if (!ndv.valutazioni_individuali) ndv.valutazioni_individuali.emplace();
            ndv.valutazioni_individuali->push_back(std::move(*v));
        }
        return *this;
    }
    CostruttoreRelazione con(const CostruttoreSettore& s) && { return std::move(con(s)); }
    /** The organisational performance as declared: peso and valore_realizzato (`(40, 40)`, `("40", "37.5")`). */
    CostruttoreRelazione& performance_organizzativa(Punti peso, Punti valore) & {
        auto& po = po_();
        po.peso = peso;
        po.valore_realizzato = valore;
        return *this;
    }
    CostruttoreRelazione& performance_organizzativa(std::int64_t peso, std::int64_t valore) & {
        return performance_organizzativa(Punti::interi(peso), Punti::interi(valore));
    }
    CostruttoreRelazione& performance_organizzativa(std::string_view peso, std::string_view valore) & {
        return performance_organizzativa(valore_di_prova<Punti>(peso, "peso della performance organizzativa"),
                                         valore_di_prova<Punti>(valore, "valore realizzato"));
    }
    CostruttoreRelazione performance_organizzativa(Punti peso, Punti valore) && {
        return std::move(performance_organizzativa(peso, valore));
    }
    CostruttoreRelazione performance_organizzativa(std::int64_t peso, std::int64_t valore) && {
        return std::move(performance_organizzativa(peso, valore));
    }
    CostruttoreRelazione performance_organizzativa(std::string_view peso, std::string_view valore) && {
        return std::move(performance_organizzativa(peso, valore));
    }
    /** An area judged by the NdV. */
    CostruttoreRelazione& ambito(std::string id, Giudizio g) & {
        aggiungi_ambito(id, {});
        auto& ndv = valutazione_ndv();
        if (!ndv.giudizi_ambiti) ndv.giudizi_ambiti.emplace();
        ndv.giudizi_ambiti->push_back({std::move(id), g, std::nullopt});
        return *this;
    }
    CostruttoreRelazione ambito(std::string id, Giudizio g) && { return std::move(ambito(std::move(id), g)); }
    /** An area measured by its indicators. */
    CostruttoreRelazione& ambito(std::string id, std::vector<Indicatore> indicatori) & {
        aggiungi_ambito(std::move(id), std::move(indicatori));
        return *this;
    }
    CostruttoreRelazione ambito(std::string id, std::vector<Indicatore> indicatori) && {
        return std::move(ambito(std::move(id), std::move(indicatori)));
    }
    /** The NdV's validation of the Relazione. */
    CostruttoreRelazione& validazione(EsitoValidazione e) & {
        valutazione_ndv().validazione = Validazione{e, Data::da_parti(r_.anno + 1, 6, 15).value()};
        return *this;
    }
    CostruttoreRelazione validazione(EsitoValidazione e) && { return std::move(validazione(e)); }
    /**
     * The Relazione, checked: throws ModelloNonValido (a std::invalid_argument), its message
     * listing `errori_modello_completo(relazione)` (a weight below 0, a
     * degree above 100, …: what no decoded document holds), when there are
     * any. A reference into a named builder, a moved-out value from a
     * temporary.
     */
    [[nodiscard]] const Relazione& crea() const& {
        verifica();
        return r_;
    }
    [[nodiscard]] Relazione crea() && {
        verifica();
        return std::move(r_);
    }
    /** As `crea()`, implicitly (`Relazione r = una_relazione().con(…);`): throws on values out of range. */
    operator Relazione() const& { // NOLINT: implicit by design, for brevity in tests
        return crea();
    }
    operator Relazione() && { // NOLINT: implicit by design
        return std::move(*this).crea();
    }
    /** The Relazione as written, unchecked: for tests of values out of range on purpose. */
    [[nodiscard]] const Relazione& crea_senza_verifica() const& { return r_; }
    [[nodiscard]] Relazione crea_senza_verifica() && { return std::move(r_); }

private:
    void verifica() const {
        const std::vector<ErroreDecodifica> errori = errori_modello_completo(r_);
        if (errori.empty()) return;
        std::string m = "Relazione di prova non valida (" + std::to_string(errori.size()) +
                        (errori.size() == 1 ? " errore" : " errori") + "):";
        for (const ErroreDecodifica& e : errori) m += "\n  " + e.testo();
        m += "\nPer costruire apposta una Relazione con valori fuori intervallo: crea_senza_verifica().";
        throw ModelloNonValido(m, errori);
    }
    PerformanceOrganizzativa& po_() {
        if (!r_.performance_organizzativa) r_.performance_organizzativa.emplace();
        return *r_.performance_organizzativa;
    }
    ValutazioneNdV& valutazione_ndv() {
        if (!r_.valutazione_ndv) r_.valutazione_ndv.emplace();
        return *r_.valutazione_ndv;
    }
    void aggiungi_ambito(std::string id, std::vector<Indicatore> indicatori) {
        auto& po = po_();
        if (!po.ambiti) po.ambiti.emplace();
        Ambito a;
        a.denominazione = "Ambito " + id;
        a.id = std::move(id);
        if (!indicatori.empty()) a.indicatori = std::move(indicatori);
        po.ambiti->push_back(std::move(a));
    }
    Relazione r_;
};

/** A Relazione for `anno` (default 2023) of a comune: `const Relazione relazione = una_relazione().con(…);`. */
[[nodiscard]] inline CostruttoreRelazione una_relazione(int anno = 2023) { return CostruttoreRelazione(anno); }

/**
 * Builds an SMVP; converts to `Smvp`. Judgments default to 100/100/50/0, no
 * threshold. Steps chain as for CostruttoreSettore.
 *
 * The final step — `crea()` or the conversion to `Smvp` — checks the SMVP
 * with `errori_modello` and throws std::invalid_argument listing every
 * violation (weights not summing to 100, no band from 0, …), so a test
 * cannot pass on a mistyped SMVP. `crea_senza_verifica()` skips the check,
 * for tests of an invalid SMVP on purpose.
 */
/**
 * Builds a profile of the SMVP (personale.md §2): the categories it scores,
 * its three weights, its behaviours' weights and optionally bands of its own:
 * `profilo("eq", {Categoria::elevata_qualificazione}, 30, 40, 30).comportamento("leadership", 60)`.
 */
class CostruttoreProfilo {
public:
    CostruttoreProfilo(std::string id, std::vector<Categoria> categorie, Punti org, Punti ind, Punti comp) {
        p_.id = std::move(id);
        p_.categorie = std::move(categorie);
        p_.pesi = {org, ind, comp};
    }
    CostruttoreProfilo& comportamento(std::string id, std::int64_t peso) & {
        p_.pesi_comportamenti.push_back({std::move(id), Peso::interi(peso)});
        return *this;
    }
    CostruttoreProfilo comportamento(std::string id, std::int64_t peso) && {
        return std::move(comportamento(std::move(id), peso));
    }
    /** A band of the profile's own (then the SMVP's bands do not apply to it). */
    CostruttoreProfilo& fascia(std::string nome, std::int64_t da, std::int64_t quota) & {
        if (!p_.fasce) p_.fasce.emplace();
        p_.fasce->push_back({std::move(nome), Punti::interi(da), Percentuale::interi(quota)});
        return *this;
    }
    CostruttoreProfilo fascia(std::string nome, std::int64_t da, std::int64_t quota) && {
        return std::move(fascia(std::move(nome), da, quota));
    }
    [[nodiscard]] const ProfiloSmvp& crea() const& { return p_; }

private:
    ProfiloSmvp p_;
};

/** A profile: its id, categories and the weights of the three components (summing to 100). */
[[nodiscard]] inline CostruttoreProfilo profilo(std::string id, std::vector<Categoria> categorie, std::int64_t org,
                                                std::int64_t ind, std::int64_t comp) {
    return CostruttoreProfilo(std::move(id), std::move(categorie), Punti::interi(org), Punti::interi(ind),
                              Punti::interi(comp));
}

class CostruttoreSmvp {
public:
    CostruttoreSmvp(Punti org, Punti ind, Punti comp) {
        s_.denominazione = "SMVP di prova";
        s_.pesi = {org, ind, comp};
        s_.giudizi = {Percentuale::interi(100), Percentuale::interi(100), Percentuale::interi(50), Percentuale::interi(0)};
    }
    CostruttoreSmvp(std::int64_t org, std::int64_t ind, std::int64_t comp)
        : CostruttoreSmvp(Punti::interi(org), Punti::interi(ind), Punti::interi(comp)) {}
    /**
     * A band from `da` points up with its share of the bonus in percent:
     * `fascia("A", 90, 100)`, `fascia("A", "89.5", "100")`, or with Punti and
     * Percentuale.
     */
    CostruttoreSmvp& fascia(std::string nome, Punti da, Percentuale quota) & {
        s_.fasce.push_back({std::move(nome), da, quota});
        return *this;
    }
    CostruttoreSmvp& fascia(std::string nome, std::int64_t da, std::int64_t quota) & {
        return fascia(std::move(nome), Punti::interi(da), Percentuale::interi(quota));
    }
    CostruttoreSmvp& fascia(std::string nome, std::string_view da, std::string_view quota) & {
        return fascia(std::move(nome), valore_di_prova<Punti>(da, "inizio della fascia"),
                      valore_di_prova<Percentuale>(quota, "quota del premio"));
    }
    CostruttoreSmvp fascia(std::string nome, Punti da, Percentuale quota) && {
        return std::move(fascia(std::move(nome), da, quota));
    }
    CostruttoreSmvp fascia(std::string nome, std::int64_t da, std::int64_t quota) && {
        return std::move(fascia(std::move(nome), da, quota));
    }
    CostruttoreSmvp fascia(std::string nome, std::string_view da, std::string_view quota) && {
        return std::move(fascia(std::move(nome), da, quota));
    }
    /** The degree (percent) each NdV judgment stands for: whole numbers, text ("87.5") or Percentuale. */
    CostruttoreSmvp& giudizi(Percentuale pienamente, Percentuale raggiunto, Percentuale parzialmente,
                             Percentuale non_raggiunto) & {
        s_.giudizi = {pienamente, raggiunto, parzialmente, non_raggiunto};
        return *this;
    }
    CostruttoreSmvp& giudizi(std::int64_t pienamente, std::int64_t raggiunto, std::int64_t parzialmente,
                             std::int64_t non_raggiunto) & {
        return giudizi(Percentuale::interi(pienamente), Percentuale::interi(raggiunto),
                       Percentuale::interi(parzialmente), Percentuale::interi(non_raggiunto));
    }
    CostruttoreSmvp& giudizi(std::string_view pienamente, std::string_view raggiunto, std::string_view parzialmente,
                             std::string_view non_raggiunto) & {
        return giudizi(valore_di_prova<Percentuale>(pienamente, "giudizio"),
                       valore_di_prova<Percentuale>(raggiunto, "giudizio"),
                       valore_di_prova<Percentuale>(parzialmente, "giudizio"),
                       valore_di_prova<Percentuale>(non_raggiunto, "giudizio"));
    }
    CostruttoreSmvp giudizi(Percentuale pienamente, Percentuale raggiunto, Percentuale parzialmente,
                            Percentuale non_raggiunto) && {
        return std::move(giudizi(pienamente, raggiunto, parzialmente, non_raggiunto));
    }
    CostruttoreSmvp giudizi(std::int64_t pienamente, std::int64_t raggiunto, std::int64_t parzialmente,
                            std::int64_t non_raggiunto) && {
        return std::move(giudizi(pienamente, raggiunto, parzialmente, non_raggiunto));
    }
    CostruttoreSmvp giudizi(std::string_view pienamente, std::string_view raggiunto, std::string_view parzialmente,
                            std::string_view non_raggiunto) && {
        return std::move(giudizi(pienamente, raggiunto, parzialmente, non_raggiunto));
    }
    /** The minimum degree below which an objective counts 0. */
    CostruttoreSmvp& soglia(Percentuale s) & {
        s_.soglia_minima_obiettivo = s;
        return *this;
    }
    CostruttoreSmvp& soglia(std::int64_t percento) & { return soglia(Percentuale::interi(percento)); }
    CostruttoreSmvp& soglia(std::string_view percento) & {
        return soglia(valore_di_prova<Percentuale>(percento, "soglia minima"));
    }
    CostruttoreSmvp soglia(Percentuale s) && { return std::move(soglia(s)); }
    CostruttoreSmvp soglia(std::int64_t percento) && { return std::move(soglia(Percentuale::interi(percento))); }
    CostruttoreSmvp soglia(std::string_view percento) && { return std::move(soglia(percento)); }

    /** A behaviour of the catalogue (personale.md §2), with its description. */
    CostruttoreSmvp& comportamento(std::string id, std::string descrizione) & {
        if (!s_.comportamenti) s_.comportamenti.emplace();
        for (Comportamento& c : *s_.comportamenti)
            if (c.id == id) {
                c.descrizione = std::move(descrizione);
                return *this;
            }
        s_.comportamenti->push_back({std::move(id), std::move(descrizione)});
        return *this;
    }
    CostruttoreSmvp comportamento(std::string id, std::string descrizione) && {
        return std::move(comportamento(std::move(id), std::move(descrizione)));
    }
    /** The scale of the behaviours' scores: `scala(1, 5)`. */
    CostruttoreSmvp& scala(std::int64_t minimo, std::int64_t massimo) & {
        s_.scala_comportamenti = ScalaComportamenti{Punti::interi(minimo), Punti::interi(massimo)};
        return *this;
    }
    CostruttoreSmvp scala(std::int64_t minimo, std::int64_t massimo) && { return std::move(scala(minimo, massimo)); }
    /** The fewest days of service in the year for a person to be evaluated. */
    CostruttoreSmvp& giorni_minimi(int giorni) & {
        s_.giorni_minimi_valutazione = giorni;
        return *this;
    }
    CostruttoreSmvp giorni_minimi(int giorni) && { return std::move(giorni_minimi(giorni)); }
    /** A profile; its behaviours not yet in the catalogue join it (described by their id). */
    CostruttoreSmvp& profilo(const CostruttoreProfilo& p) & {
        if (!s_.profili) s_.profili.emplace();
        s_.profili->push_back(p.crea());
        if (!s_.comportamenti) s_.comportamenti.emplace();
        for (const PesoComportamento& c : p.crea().pesi_comportamenti) {
            bool presente = false;
            for (const Comportamento& k : *s_.comportamenti) presente = presente || k.id == c.comportamento;
            if (!presente) s_.comportamenti->push_back({c.comportamento, c.comportamento});
        }
        return *this;
    }
    CostruttoreSmvp profilo(const CostruttoreProfilo& p) && { return std::move(profilo(p)); }

    /**
     * The SMVP, checked: throws ModelloNonValido (a std::invalid_argument), its message listing
     * `errori_modello(smvp)`, when it is not valid. A reference into a named
     * builder, a moved-out value from a temporary.
     */
    [[nodiscard]] const Smvp& crea() const& {
        verifica();
        return s_;
    }
    [[nodiscard]] Smvp crea() && {
        verifica();
        return std::move(s_);
    }
    /** As `crea()`, implicitly (`Smvp s = uno_smvp(40, 30, 30).fascia("D", 0, 0);`): throws on an invalid SMVP. */
    operator Smvp() const& { // NOLINT: implicit by design
        return crea();
    }
    operator Smvp() && { // NOLINT: implicit by design
        return std::move(*this).crea();
    }
    /** The SMVP as written, unchecked: for tests of an invalid SMVP on purpose. */
    [[nodiscard]] const Smvp& crea_senza_verifica() const& { return s_; }
    [[nodiscard]] Smvp crea_senza_verifica() && { return std::move(s_); }

private:
    void verifica() const {
        const std::vector<ErroreDecodifica> errori = errori_modello(s_);
        if (errori.empty()) return;
        std::string m = "SMVP di prova non valido (" + std::to_string(errori.size()) +
                        (errori.size() == 1 ? " errore" : " errori") + "):";
        for (const ErroreDecodifica& e : errori) m += "\n  " + e.testo();
        m += "\nPer costruire apposta un SMVP non valido: crea_senza_verifica().";
        throw ModelloNonValido(m, errori);
    }
    Smvp s_;
};

/**
 * An SMVP with the three weights (`uno_smvp(40, 30, 30)`, `uno_smvp("40", "27.5", "32.5")`); add bands
 * with `.fascia(…)`: `const Smvp smvp = uno_smvp(40, 30, 30).fascia("D", 0, 0);`.
 */
[[nodiscard]] inline CostruttoreSmvp uno_smvp(std::int64_t org, std::int64_t ind, std::int64_t comp) {
    return CostruttoreSmvp(org, ind, comp);
}
[[nodiscard]] inline CostruttoreSmvp uno_smvp(Punti org, Punti ind, Punti comp) { return CostruttoreSmvp(org, ind, comp); }
[[nodiscard]] inline CostruttoreSmvp uno_smvp(std::string_view org, std::string_view ind, std::string_view comp) {
    return CostruttoreSmvp(valore_di_prova<Punti>(org, "peso della performance organizzativa"),
                           valore_di_prova<Punti>(ind, "peso degli obiettivi individuali"),
                           valore_di_prova<Punti>(comp, "peso dei comportamenti"));
}

} // namespace perfpa::testing

#endif
