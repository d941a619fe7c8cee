// perfpa — builders for writing a Relazione and an SMVP in a few lines of
// C++, for unit-testing scoring rules:
//
//     using namespace perfpa::testing;
//     Relazione r = relazione()
//         .performance_organizzativa(40, 40)
//         .con(settore("tecnico", 30).obiettivo("t-1", 15, grado(80))
//                                    .obiettivo("t-2", 15, grado(100))
//                                    .comportamenti(25));
//     Smvp s = smvp(40, 30, 30).fascia("A", 90, 100).fascia("B", 0, 0);
//
// Values are exact: whole numbers as int, decimals as text ("58.3").
// A malformed decimal text throws std::invalid_argument (tests only).
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_TESTING_COSTRUTTORI_HPP
#define PERFPA_TESTING_COSTRUTTORI_HPP

#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>
#include <perfpa/values.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace perfpa::testing {

/** A decimal from its text ("58.3", "-18"); throws std::invalid_argument when malformed. */
[[nodiscard]] inline Decimale dec(std::string_view s) { return Decimale::da_testo(s).value(); }

/** A weight from its text ("4.44"); throws std::invalid_argument when malformed. */
[[nodiscard]] inline Peso peso(std::string_view s) { return Peso::da_testo(s).value(); }

/** What the NdV says about an objective: a degree, a neutralisation, or nothing. */
struct EsitoNdV {
    std::optional<Percentuale> grado;
    bool neutralizzato = false;
    std::optional<std::string> motivazione;
};

/** The NdV gives the degree, in whole percent (`grado(80)`) or exactly (`grado(Percentuale::da_centesimi(7549))`). */
[[nodiscard]] inline EsitoNdV grado(std::int64_t percento) { return {Percentuale::interi(percento), false, {}}; }
[[nodiscard]] inline EsitoNdV grado(Percentuale p) { return {p, false, {}}; }
/** The NdV neutralises the objective. */
[[nodiscard]] inline EsitoNdV neutralizzato(std::optional<std::string> motivazione = "causa esterna") {
    return {std::nullopt, true, std::move(motivazione)};
}
/** The NdV says nothing: the objective is scored by its indicators (a qualitative one when none are given). */
[[nodiscard]] inline EsitoNdV senza_ndv() { return {}; }

/** A binary indicator; `realizzato` absent = no result yet. */
[[nodiscard]] inline Indicatore binario(bool atteso, std::optional<bool> realizzato) {
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

/** Builds a settore, its objectives and the NdV's evaluation of its head. */
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
    CostruttoreSettore& responsabile(std::string nome, std::optional<std::string> titolo = std::nullopt) {
        s_.responsabile.nome = std::move(nome);
        s_.responsabile.titolo = std::move(titolo);
        return *this;
    }
    /** An objective with one qualitative indicator and what the NdV says about it. */
    CostruttoreSettore& obiettivo(std::string id, Peso p, EsitoNdV e) {
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
    CostruttoreSettore& obiettivo(std::string id, std::int64_t p, EsitoNdV e) {
        return obiettivo(std::move(id), Peso::interi(p), std::move(e));
    }
    /** An objective scored by its indicators (no NdV degree). */
    CostruttoreSettore& obiettivo(std::string id, Peso p, std::vector<Indicatore> indicatori) {
        aggiungi(std::move(id), p, std::move(indicatori));
        return *this;
    }
    CostruttoreSettore& obiettivo(std::string id, std::int64_t p, std::vector<Indicatore> indicatori) {
        return obiettivo(std::move(id), Peso::interi(p), std::move(indicatori));
    }
    /** The NdV's points for behaviours. */
    CostruttoreSettore& comportamenti(Punti p) {
        v_.comportamenti = p;
        return *this;
    }
    CostruttoreSettore& comportamenti(std::int64_t p) { return comportamenti(Punti::interi(p)); }

    [[nodiscard]] const Settore& settore() const { return s_; }
    /** The NdV's entry, or nothing when it says nothing about this settore. */
    [[nodiscard]] std::optional<ValutazioneIndividuale> valutazione() const {
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

/** Builds a Relazione; converts to `Relazione`. */
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
    CostruttoreRelazione& con(const CostruttoreSettore& s) {
        r_.settori.push_back(s.settore());
        if (auto v = s.valutazione()) {
            auto& ndv = valutazione_ndv();
            if (!ndv.valutazioni_individuali) ndv.valutazioni_individuali.emplace();
            ndv.valutazioni_individuali->push_back(std::move(*v));
        }
        return *this;
    }
    /** The organisational performance as declared: peso and valore_realizzato. */
    CostruttoreRelazione& performance_organizzativa(std::int64_t peso, std::int64_t valore) {
        auto& po = po_();
        po.peso = Punti::interi(peso);
        po.valore_realizzato = Punti::interi(valore);
        return *this;
    }
    /** An area judged by the NdV. */
    CostruttoreRelazione& ambito(std::string id, Giudizio g) {
        aggiungi_ambito(id, {});
        auto& ndv = valutazione_ndv();
        if (!ndv.giudizi_ambiti) ndv.giudizi_ambiti.emplace();
        ndv.giudizi_ambiti->push_back({std::move(id), g, std::nullopt});
        return *this;
    }
    /** An area measured by its indicators. */
    CostruttoreRelazione& ambito(std::string id, std::vector<Indicatore> indicatori) {
        aggiungi_ambito(std::move(id), std::move(indicatori));
        return *this;
    }
    /** The NdV's validation of the Relazione. */
    CostruttoreRelazione& validazione(EsitoValidazione e) {
        valutazione_ndv().validazione = Validazione{e, Data::da_parti(r_.anno + 1, 6, 15).value()};
        return *this;
    }
    [[nodiscard]] const Relazione& crea() const { return r_; }
    operator Relazione() const { return r_; } // NOLINT: implicit by design, for brevity in tests

private:
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

/** A Relazione for `anno` (default 2023) of a comune. */
[[nodiscard]] inline CostruttoreRelazione relazione(int anno = 2023) { return CostruttoreRelazione(anno); }

/** Builds an SMVP; converts to `Smvp`. Judgments default to 100/100/50/0, no threshold. */
class CostruttoreSmvp {
public:
    CostruttoreSmvp(std::int64_t org, std::int64_t ind, std::int64_t comp) {
        s_.denominazione = "SMVP di prova";
        s_.pesi = {Punti::interi(org), Punti::interi(ind), Punti::interi(comp)};
        s_.giudizi = {Percentuale::interi(100), Percentuale::interi(100), Percentuale::interi(50), Percentuale::interi(0)};
    }
    /** A band from `da` points up with its share of the bonus in percent. */
    CostruttoreSmvp& fascia(std::string nome, std::int64_t da, std::int64_t quota) {
        s_.fasce.push_back({std::move(nome), Punti::interi(da), Percentuale::interi(quota)});
        return *this;
    }
    CostruttoreSmvp& giudizi(std::int64_t pienamente, std::int64_t raggiunto, std::int64_t parzialmente,
                             std::int64_t non_raggiunto) {
        s_.giudizi = {Percentuale::interi(pienamente), Percentuale::interi(raggiunto),
                      Percentuale::interi(parzialmente), Percentuale::interi(non_raggiunto)};
        return *this;
    }
    /** The minimum degree below which an objective counts 0. */
    CostruttoreSmvp& soglia(Percentuale s) {
        s_.soglia_minima_obiettivo = s;
        return *this;
    }
    CostruttoreSmvp& soglia(std::int64_t percento) { return soglia(Percentuale::interi(percento)); }
    [[nodiscard]] const Smvp& crea() const { return s_; }
    operator Smvp() const { return s_; } // NOLINT: implicit by design

private:
    Smvp s_;
};

/** An SMVP with the three weights (`smvp(40, 30, 30)`); add bands with `.fascia(…)`. */
[[nodiscard]] inline CostruttoreSmvp smvp(std::int64_t org, std::int64_t ind, std::int64_t comp) {
    return CostruttoreSmvp(org, ind, comp);
}

} // namespace perfpa::testing

#endif
