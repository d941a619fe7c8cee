// perfpa — builders for a staff document (`perfpa.personale/1`) and an SMVP
// with profiles, in a few lines of C++, for unit-testing an ente's staff
// rules:
//
//     using namespace perfpa::testing;
//     const Smvp smvp = uno_smvp(40, 30, 30).fascia("A", 90, 100).fascia("D", 0, 20)
//         .scala(1, 5).giorni_minimi(60)
//         .profilo(profilo("dipendenti", {Categoria::istruttore, Categoria::operatore}, 20, 40, 40)
//                      .comportamento("collaborazione", 50).comportamento("autonomia", 50));
//     const Personale personale = un_personale(2024)
//         .con(dipendente("0042", Categoria::istruttore).nome("Maria Bianchi")
//                  .in("servizi-sociali", "2024-01-01", "2024-06-30")
//                  .in("affari-generali", "2024-07-01", "2024-12-31")
//                  .comportamento("collaborazione", 4).comportamento("autonomia", "3.5"));
//
// A profile's behaviours join the SMVP's catalogue when it does not have
// them yet (`comportamento(id, descrizione)` on the SMVP names them), so the
// SMVP above is valid as written. Dates are ISO texts ("2024-07-01");
// points and degrees are whole numbers or JSON texts ("3.5"). A malformed
// value throws std::invalid_argument, and so does a staff document the
// decoder would refuse (`errori_modello_completo`), listing its errors;
// `crea_senza_verifica()` builds one on purpose. As with every builder
// here, a step on a temporary returns the builder by value.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_TESTING_PERSONALE_HPP
#define PERFPA_TESTING_PERSONALE_HPP

#include <perfpa/model/personale.hpp>
#include <perfpa/model/verifica.hpp>
#include <perfpa/testing/costruttori.hpp>
#include <perfpa/values.hpp>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace perfpa::testing {

/** A date from its ISO text ("2024-07-01"); throws std::invalid_argument when malformed. */
[[nodiscard]] inline Data data_di_prova(std::string_view iso) { return valore_di_prova<Data>(iso, "data"); }

/** Points of a behaviour: a whole number or its JSON text ("3.5"). */
struct PuntiDiProva {
    Punti valore;
    PuntiDiProva(std::int64_t interi) : valore(Punti::interi(interi)) {}         // NOLINT: implicit by design
    PuntiDiProva(std::string_view t) : valore(valore_di_prova<Punti>(t, "punteggio")) {} // NOLINT
    PuntiDiProva(const char* t) : PuntiDiProva(std::string_view(t)) {}              // NOLINT
    PuntiDiProva(Punti p) : valore(p) {}                                             // NOLINT
};

/** A degree of achievement in percent: a whole number or its JSON text ("87.5"). */
struct GradoDiProva {
    Percentuale valore;
    GradoDiProva(std::int64_t interi) : valore(Percentuale::interi(interi)) {} // NOLINT: implicit by design
    GradoDiProva(std::string_view t) : valore(valore_di_prova<Percentuale>(t, "grado")) {} // NOLINT
    GradoDiProva(const char* t) : GradoDiProva(std::string_view(t)) {}                   // NOLINT
    GradoDiProva(Percentuale p) : valore(p) {}                                            // NOLINT
};

/** Builds one person: their assignments, objectives, behaviours, evaluation and review. */
class CostruttoreDipendente {
public:
    CostruttoreDipendente(std::string id, Categoria c) {
        d_.id = std::move(id);
        d_.categoria = c;
    }

    CostruttoreDipendente& nome(std::string n) & {
        d_.nome = std::move(n);
        return *this;
    }
    CostruttoreDipendente nome(std::string n) && { return std::move(nome(std::move(n))); }

    /** Percent of full time: `part_time(50)`, `part_time("83.33")`. */
    CostruttoreDipendente& part_time(GradoDiProva p) & {
        d_.part_time = p.valore;
        return *this;
    }
    CostruttoreDipendente part_time(GradoDiProva p) && { return std::move(part_time(p)); }

    /** An assignment to a settore, both dates included: `in("tecnico", "2024-01-01", "2024-06-30")`. */
    CostruttoreDipendente& in(std::string settore, std::string_view dal, std::string_view al) & {
        d_.assegnazioni.push_back({std::move(settore), data_di_prova(dal), data_di_prova(al)});
        return *this;
    }
    CostruttoreDipendente in(std::string settore, std::string_view dal, std::string_view al) && {
        return std::move(in(std::move(settore), dal, al));
    }

    /** An own objective with its degree: `obiettivo("0042-archivio", 60, 80)`. */
    CostruttoreDipendente& obiettivo(std::string id, std::int64_t peso, GradoDiProva grado) & {
        aggiungi_obiettivo({id, "obiettivo " + id, std::nullopt, Peso::interi(peso), grado.valore});
        return *this;
    }
    CostruttoreDipendente obiettivo(std::string id, std::int64_t peso, GradoDiProva grado) && {
        return std::move(obiettivo(std::move(id), peso, grado));
    }
    /** An own objective not evaluated yet. */
    CostruttoreDipendente& obiettivo_senza_grado(std::string id, std::int64_t peso) & {
        aggiungi_obiettivo({id, "obiettivo " + id, std::nullopt, Peso::interi(peso), std::nullopt});
        return *this;
    }
    CostruttoreDipendente obiettivo_senza_grado(std::string id, std::int64_t peso) && {
        return std::move(obiettivo_senza_grado(std::move(id), peso));
    }
    /** A reference to an objective of the Relazione: `riferimento("servizi-sociali-2", 40)`. */
    CostruttoreDipendente& riferimento(std::string obiettivo, std::int64_t peso) & {
        aggiungi_obiettivo({std::nullopt, std::nullopt, std::move(obiettivo), Peso::interi(peso), std::nullopt});
        return *this;
    }
    CostruttoreDipendente riferimento(std::string obiettivo, std::int64_t peso) && {
        return std::move(riferimento(std::move(obiettivo), peso));
    }
    /** No objective at all, but the `obiettivi` list present (empty): the component is not evaluated. */
    CostruttoreDipendente& nessun_obiettivo() & {
        d_.obiettivi.emplace();
        return *this;
    }
    CostruttoreDipendente nessun_obiettivo() && { return std::move(nessun_obiettivo()); }

    /** The evaluator's score of a behaviour: `comportamento("autonomia", "3.5")`. */
    CostruttoreDipendente& comportamento(std::string id, PuntiDiProva p) & {
        if (!d_.comportamenti) d_.comportamenti.emplace();
        d_.comportamenti->push_back({std::move(id), p.valore});
        return *this;
    }
    CostruttoreDipendente comportamento(std::string id, PuntiDiProva p) && {
        return std::move(comportamento(std::move(id), p));
    }
    /** The person's own score of a behaviour (never scored). */
    CostruttoreDipendente& autovalutazione(std::string id, PuntiDiProva p) & {
        if (!d_.autovalutazione) d_.autovalutazione.emplace();
        d_.autovalutazione->comportamenti.push_back({std::move(id), p.valore});
        return *this;
    }
    CostruttoreDipendente autovalutazione(std::string id, PuntiDiProva p) && {
        return std::move(autovalutazione(std::move(id), p));
    }
    /** Who evaluated the person, and optionally when. */
    CostruttoreDipendente& valutazione(std::string valutatore, std::string_view data = {}) & {
        d_.valutazione = ValutazioneDipendente{std::move(valutatore),
                                               data.empty() ? std::nullopt : Opzionale<Data>(data_di_prova(data))};
        return *this;
    }
    CostruttoreDipendente valutazione(std::string valutatore, std::string_view data = {}) && {
        return std::move(valutazione(std::move(valutatore), data));
    }
    /** A review asked for and still open. */
    CostruttoreDipendente& contraddittorio_aperto() & {
        d_.contraddittorio = Contraddittorio{StatoContraddittorio::aperto, std::nullopt, std::nullopt, std::nullopt};
        return *this;
    }
    CostruttoreDipendente contraddittorio_aperto() && { return std::move(contraddittorio_aperto()); }
    /** A concluded review; its revised values with `rivede…`. */
    CostruttoreDipendente& contraddittorio_concluso() & {
        d_.contraddittorio = Contraddittorio{StatoContraddittorio::concluso, std::nullopt, std::nullopt, std::nullopt};
        return *this;
    }
    CostruttoreDipendente contraddittorio_concluso() && { return std::move(contraddittorio_concluso()); }
    /** A concluded review's degree of an own objective (by its id). */
    CostruttoreDipendente& rivede_obiettivo(std::string id, GradoDiProva g) & {
        revisioni().push_back({std::move(id), std::nullopt, g.valore});
        return *this;
    }
    CostruttoreDipendente rivede_obiettivo(std::string id, GradoDiProva g) && {
        return std::move(rivede_obiettivo(std::move(id), g));
    }
    /** A concluded review's degree of a referenced objective of the Relazione. */
    CostruttoreDipendente& rivede_riferimento(std::string obiettivo, GradoDiProva g) & {
        revisioni().push_back({std::nullopt, std::move(obiettivo), g.valore});
        return *this;
    }
    CostruttoreDipendente rivede_riferimento(std::string obiettivo, GradoDiProva g) && {
        return std::move(rivede_riferimento(std::move(obiettivo), g));
    }
    /** A concluded review's score of a behaviour. */
    CostruttoreDipendente& rivede_comportamento(std::string id, PuntiDiProva p) & {
        Contraddittorio& c = concluso();
        if (!c.comportamenti) c.comportamenti.emplace();
        c.comportamenti->push_back({std::move(id), p.valore});
        return *this;
    }
    CostruttoreDipendente rivede_comportamento(std::string id, PuntiDiProva p) && {
        return std::move(rivede_comportamento(std::move(id), p));
    }

    /** The person as written (checked with the whole staff document). */
    [[nodiscard]] const Dipendente& crea() const& { return d_; }
    [[nodiscard]] Dipendente crea() && { return std::move(d_); }

private:
    void aggiungi_obiettivo(ObiettivoDipendente o) {
        if (!d_.obiettivi) d_.obiettivi.emplace();
        d_.obiettivi->push_back(std::move(o));
    }
    Contraddittorio& concluso() {
        if (!d_.contraddittorio || d_.contraddittorio->stato != StatoContraddittorio::concluso)
            throw ArgomentoNonValido("dipendente " + d_.id +
                                        ": prima contraddittorio_concluso(), poi i valori rivisti");
        return *d_.contraddittorio;
    }
    std::vector<RevisioneObiettivo>& revisioni() {
        Contraddittorio& c = concluso();
        if (!c.obiettivi) c.obiettivi.emplace();
        return *c.obiettivi;
    }
    Dipendente d_;
};

/** A person with their id and category: `dipendente("0042", Categoria::istruttore)`. */
[[nodiscard]] inline CostruttoreDipendente dipendente(std::string id, Categoria c) {
    return CostruttoreDipendente(std::move(id), c);
}

/** Builds a staff document. */
class CostruttorePersonale {
public:
    explicit CostruttorePersonale(int anno) {
        p_.anno = anno;
        p_.ente = "Comune di Prova";
    }
    CostruttorePersonale& con(const CostruttoreDipendente& d) & {
        p_.dipendenti.push_back(d.crea());
        return *this;
    }
    CostruttorePersonale con(const CostruttoreDipendente& d) && { return std::move(con(d)); }

    /**
     * The staff document, checked: throws std::invalid_argument listing
     * `errori_modello_completo` when the decoder would refuse it.
     */
    [[nodiscard]] Personale crea() const {
        const std::vector<ErroreDecodifica> errori = errori_modello_completo(p_);
        if (errori.empty()) return p_;
        std::string m = "documento del personale di prova non valido:";
        for (const ErroreDecodifica& e : errori) m += "\n  " + e.testo();
        m += "\nPer costruirne apposta uno non valido: crea_senza_verifica().";
        throw ModelloNonValido(m, errori);
    }
    operator Personale() const { return crea(); } // NOLINT: implicit by design
    /** The staff document as written, unchecked. */
    [[nodiscard]] const Personale& crea_senza_verifica() const { return p_; }

private:
    Personale p_;
};

/** A staff document of the year (`un_personale(2024)`); add people with `.con(dipendente(…)…)`. */
[[nodiscard]] inline CostruttorePersonale un_personale(int anno = 2024) { return CostruttorePersonale(anno); }

} // namespace perfpa::testing

#endif
