// perfpa — Pratica: the whole pipeline of one ente's year behind one handle
// (docs/install.md, "Pratica: the pipeline behind one handle").
//
// A Pratica holds the documents (the Relazione, the SMVP, the bonus criteria,
// the staff) and what is computed from them (the examination, the heads'
// bonus split, the report data) in a private implementation: this header
// names the model's types without defining them and includes neither
// Boost.JSON nor the model, so a file that drives the pipeline through it
// compiles in about 0.4 × the time of one including only <boost/json.hpp>
// (docs/performance.md, "Separate compilation (issue 23)"). The bodies are
// in perfpa/src.hpp, compiled once: link perfpa::compiled (or compile
// <perfpa/src.hpp> in one file of a program built with
// PERFPA_SEPARATE_COMPILATION).
//
// The results come out as the library's JSON lines (`perfpa.rilievi/1`,
// `perfpa.punteggi/1`, `perfpa.premi/1`, `perfpa.premi_personale/1`), as
// the command-line tool writes them, or as references to the model's types
// (`esame()`, `prepara_report()`, `relazione()`), which a file that reads
// their members defines by including their headers.
//
// Errors are the library's exceptions (perfpa/eccezioni.hpp, included here):
// a document that does not decode throws EccezioneDecodifica (perfpa/errori.hpp;
// `percorsi()` has its JSON Pointers), a model that breaks its constraints
// ModelloNonValido, a refused split RipartizioneRifiutata; a call out of
// order (a result asked for before what computes it, a document missing)
// throws ErroreLogico. Changing a document discards what was computed from
// the documents.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_PRATICA_HPP
#define PERFPA_PRATICA_HPP

#include <perfpa/eccezioni.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace perfpa {

// The model's types, defined in <perfpa/model.hpp>, <perfpa/checks/riga.hpp>,
// <perfpa/checks/esame_dati.hpp> and <perfpa/report/dati.hpp>.
struct Relazione;
struct Smvp;
struct CriteriPremi;
struct Personale;
struct Controllo;
struct Esame;
struct DatiReport;

class Pratica {
public:
    Pratica();
    ~Pratica();
    Pratica(const Pratica& altra);
    Pratica& operator=(const Pratica& altra);
    Pratica(Pratica&& altra) noexcept;
    Pratica& operator=(Pratica&& altra) noexcept;

    // The documents: decoded from text (`json::decodifica_relazione`, …), read
    // from a file (`json::leggi_relazione`, …: the errors name the file), or
    // copied or moved from a model the program holds. A document that does
    // not decode throws EccezioneDecodifica and leaves the Pratica as it was.

    void relazione_da_testo(std::string_view testo);
    void relazione_da_file(const std::string& percorso);
    void imposta_relazione(const Relazione& relazione);
    void imposta_relazione(Relazione&& relazione);

    void smvp_da_testo(std::string_view testo);
    void smvp_da_file(const std::string& percorso);
    void imposta_smvp(const Smvp& smvp);
    void imposta_smvp(Smvp&& smvp);

    /** The bonus criteria (`perfpa.criteri_premi/1`): the fund and the rules of `ripartisci_premi()`. */
    void criteri_da_testo(std::string_view testo);
    void criteri_da_file(const std::string& percorso);
    void imposta_criteri(const CriteriPremi& criteri);
    void imposta_criteri(CriteriPremi&& criteri);

    /** The staff (`perfpa.personale/1`), for `punteggi_personale_json()`, `rilievi_personale()` and `premi_personale_json()`. */
    void personale_da_testo(std::string_view testo);
    void personale_da_file(const std::string& percorso);
    void imposta_personale(const Personale& personale);
    void imposta_personale(Personale&& personale);

    /** The ente's own check rows (docs/checks.md), copied: they join the catalogue in `esamina()` and the report. */
    void controlli_propri(const std::vector<Controllo>& righe);

    /**
     * Calls `f(Relazione&)` on the Relazione held (ErroreLogico when there is
     * none) after discarding what was computed from it: a change made in
     * place, without copying the document out and back.
     */
    template <class F>
    void modifica_relazione(F&& f) {
        std::forward<F>(f)(relazione_da_modificare());
    }

    [[nodiscard]] bool ha_relazione() const noexcept;
    [[nodiscard]] bool ha_smvp() const noexcept;
    [[nodiscard]] bool ha_criteri() const noexcept;
    [[nodiscard]] bool ha_personale() const noexcept;
    /** The documents held; ErroreLogico when that one was not given. */
    [[nodiscard]] const Relazione& relazione() const;
    [[nodiscard]] const Smvp& smvp() const;
    [[nodiscard]] const CriteriPremi& criteri() const;
    [[nodiscard]] const Personale& personale() const;

    /**
     * Checks and scores the Relazione against the SMVP with the ente's own
     * rows (`esamina(r, smvp, propri)`) and keeps the result, which the
     * three calls below read. Needs the Relazione and the SMVP.
     */
    const Esame& esamina();
    /** The examination; ErroreLogico before `esamina()`. */
    [[nodiscard]] const Esame& esame() const;
    /** Whether the findings include an `errore` (the command-line tool exits 1 then). */
    [[nodiscard]] bool ha_errori() const;
    /** The findings as one `perfpa.rilievi/1` line. */
    [[nodiscard]] std::string rilievi_json() const;
    /** The scores as one `perfpa.punteggi/1` line. */
    [[nodiscard]] std::string punteggi_json() const;

    /**
     * Splits the heads' bonus (`ripartisci_premi(r, smvp, criteri)`; with a
     * fund, `ripartisci_premi(r, smvp, fondo)`, the fund an amount as text,
     * `"25000.00"`, else ValoreRifiutato) and keeps the outcome: true when the
     * split was made, false when a legal rule refused it (`premio()` and
     * `ripartizione_json()` then throw RipartizioneRifiutata).
     */
    bool ripartisci_premi();
    bool ripartisci_premi(std::string_view fondo);
    /** The settore's amount (`"6097.56"`); ArgomentoNonValido when the split has no such settore. */
    [[nodiscard]] std::string premio(std::string_view settore) const;
    /** The split as one `perfpa.premi/1` line. */
    [[nodiscard]] std::string ripartizione_json() const;

    /** The staff's scores (`calcola_punteggi_personale(p, r, smvp)`) as one `perfpa.punteggi_personale/1` line. */
    [[nodiscard]] std::string punteggi_personale_json() const;
    /** The staff's findings (`controlla_personale(p, r[, smvp])`) as one `perfpa.rilievi/1` line. */
    [[nodiscard]] std::string rilievi_personale() const;
    /** The staff's split by the criteria (`ripartisci_premi_personale(p, r, smvp, criteri)`): a `perfpa.premi_personale/1` line, the split or its refusal. */
    [[nodiscard]] std::string premi_personale_json() const;

    /**
     * The report data (`prepara_report(r, smvp, opzioni)`) with the ente's
     * own rows and, when `ripartisci_premi()` made one, the split; kept
     * until a document changes.
     */
    const DatiReport& prepara_report();

private:
    struct Impl;
    Relazione& relazione_da_modificare();
    std::unique_ptr<Impl> impl_;
};

} // namespace perfpa

#endif
