// perfpa — DatiReport: everything a report of a Relazione needs, in one
// value: the ente, the areas with the NdV's judgments, each settore with its
// objectives and explained score, the deviations, the findings by severity,
// the financial constraints, transparency and anti-corruption summaries.
// Report generators only format it; every figure in it is already computed.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_REPORT_DATI_HPP
#define PERFPA_REPORT_DATI_HPP

#include <perfpa/confronto/dati.hpp>
#include <perfpa/opzionale.hpp>
#include <perfpa/report/albero.hpp>
#include <perfpa/rilievo.hpp>
#include <perfpa/checks/riga.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>
#include <perfpa/scoring/grado.hpp>
#include <perfpa/scoring/premi.hpp>
#include <perfpa/scoring/punteggi.hpp>
#include <perfpa/scoring/scostamenti.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/enum.hpp>

#include <cstddef>
#include <span>
#include <string>
#include <variant>
#include <vector>

namespace perfpa {

/** An area of organisational performance, the NdV's judgment on it and the degree it gives. */
struct AmbitoReport {
    std::string id;
    std::string denominazione;
    Opzionale<std::string> descrizione;
    Opzionale<std::string> informazioni_acquisite;
    Opzionale<Giudizio> giudizio; ///< the NdV's judgment (the first entry for the area)
    Opzionale<std::string> commento;
    GradoAmbito grado;
};

/** The organisational performance: declared weight and value, the shared component, the areas. */
struct PerformanceOrganizzativaReport {
    Opzionale<Punti> peso;
    Opzionale<Punti> valore_realizzato;
    Componente componente; ///< the same for every settore, with its arithmetic
    std::vector<AmbitoReport> ambiti;
};

/** An objective as a report shows it: the plan, its degree and its contribution to the score. */
struct ObiettivoReport {
    std::string id;
    std::string descrizione;
    Opzionale<TipoObiettivo> tipo;
    Opzionale<NaturaObiettivo> natura;
    Peso peso;
    Opzionale<Data> data_fine_prevista;
    Opzionale<Data> data_conclusione;
    std::vector<Indicatore> indicatori;
    GradoObiettivo grado;            ///< state, degree (after the SMVP threshold) and why
    Opzionale<Punti> contributo; ///< points it brings to the individual component
    Opzionale<std::string> gruppo; ///< its group's id (ciclo.md §8)
    Opzionale<FonteGrado> fonte;   ///< who gave its degree, when the document says (ciclo.md §9)
    /** The NdV's reason when it neutralised the objective (`neutralizzato: true`), else absent. */
    Opzionale<std::string> motivazione_neutralizzazione;
    /** The NdV's entry for it as the document writes it (the one the scores read), else absent. */
    Opzionale<ValutazioneObiettivo> valutazione;
};

/** A settore: its head, its objectives, its explained score and the findings on it. */
struct SettoreReport {
    std::string id;
    std::string denominazione;
    std::string responsabile; ///< as printed: "Ing. Antonio Miraglia"
    Opzionale<std::string> ruolo;
    Peso peso;                ///< declared weight of the individual objectives
    Peso somma_pesi;          ///< the objectives' weights, summed
    Opzionale<int> anno_obiettivi;
    std::vector<ObiettivoReport> obiettivi;
    PunteggioSettore punteggio;
    std::vector<std::string> spiegazione; ///< `spiegazione(punteggio)`: one line per figure
    std::vector<Rilievo> rilievi;         ///< findings on the settore or anything inside it
    std::vector<GruppoObiettivi> gruppi;  ///< its groups of objectives with caps, as the document lays them out
    /** The head's bonus, when `prepara_report` was given a split (`OpzioniReport::ripartizione`) naming the settore. */
    Opzionale<Importo> premio;
};

/** What a deviation is about. */
enum class TipoScostamento { indicatore_obiettivo, indicatore_ambito, obiettivo };
BOOST_DESCRIBE_ENUM(TipoScostamento, indicatore_obiettivo, indicatore_ambito, obiettivo)

/**
 * A deviation (scostamento) between plan and result: a row of the scoring's
 * table (`scostamenti`: an objective or one of its indicators not fully
 * achieved, neutralised or without a degree), or an area's indicator with
 * both values (in line or not).
 */
struct ScostamentoReport {
    TipoScostamento tipo = TipoScostamento::indicatore_obiettivo;
    std::string percorso;    ///< JSON Pointer of the indicator or objective
    std::string contesto;    ///< the settore's or the area's name
    std::string elemento;    ///< the objective's id and description, or the area's name
    std::string indicatore;  ///< the indicator's description (empty for an objective)
    Opzionale<std::string> unita;
    Opzionale<Valore> atteso;
    Opzionale<Valore> realizzato;
    Opzionale<Decimale> differenza; ///< realizzato − atteso, for numbers
    StatoValutazione stato = StatoValutazione::non_valutato;
    Opzionale<Percentuale> grado;   ///< degree of the indicator or objective
    bool favorevole = false;            ///< the result meets or beats the target
    std::string spiegazione;            ///< how the degree was found
};

/** The findings of one severity, in the checker's order. */
struct GruppoRilievi {
    Gravita gravita = Gravita::errore;
    std::vector<Rilievo> rilievi;
};

/** Whether a constraint holds. `non_rispettato` when the ente says so or a check finds a violation. */
enum class EsitoVincolo { rispettato, non_rispettato, non_dichiarato };
BOOST_DESCRIBE_ENUM(EsitoVincolo, rispettato, non_rispettato, non_dichiarato)

/** A figure beside a constraint: an amount, or a quantity with its unit. */
struct CifraVincolo {
    std::string voce; ///< "W3 equilibrio complessivo", "indicatore di ritardo"
    std::variant<Importo, Decimale> valore;
    std::string unita; ///< "giorni", "su 8", empty for amounts
};

/** One legal financial constraint, its year, its outcome and its figures. */
struct VincoloReport {
    std::string voce;    ///< "Equilibri di bilancio"
    std::string percorso; ///< JSON Pointer of the block
    Opzionale<int> anno;
    EsitoVincolo esito = EsitoVincolo::non_dichiarato;
    std::vector<CifraVincolo> cifre;
    std::string norma;
    std::vector<Rilievo> rilievi; ///< findings on the block
};

/** Transparency: how many obligations were monitored and published, and the list. */
struct TrasparenzaReport {
    std::size_t obblighi = 0, monitorati = 0, pubblicati = 0;
    std::vector<ObbligoPubblicazione> elenco;
};

/** Anti-corruption: how many measures were carried out, and the list. */
struct AnticorruzioneReport {
    Opzionale<std::string> piano;
    std::size_t misure = 0, attuate = 0;
    std::vector<MisuraAnticorruzione> elenco;
};

/** Everything a report of a Relazione scored with an SMVP needs. */
struct DatiReport {
    int anno = 0;
    Ente ente;
    Opzionale<Atto> approvazione;
    std::vector<Atto> documenti_riferimento;
    Opzionale<OrganoValutazione> organo; ///< present when the Relazione has a `valutazione_ndv`
    Opzionale<Validazione> validazione;
    std::string smvp;          ///< the SMVP's name, or "SMVP" when it has none
    PesiSmvp pesi;
    std::vector<Fascia> fasce; ///< the SMVP's bands, highest `da` first
    Opzionale<PerformanceOrganizzativaReport> performance_organizzativa;
    std::vector<SettoreReport> settori;
    std::vector<ScostamentoReport> scostamenti;
    std::vector<GruppoRilievi> rilievi; ///< always three groups: errore, violazione, avviso
    std::vector<VincoloReport> vincoli;
    Opzionale<TrasparenzaReport> trasparenza;
    Opzionale<AnticorruzioneReport> anticorruzione;
    Opzionale<ControlliInterni> controlli_interni;
    std::vector<IndagineSoddisfazione> indagini_soddisfazione;
    /// false (prepara_report_senza_smvp): the ente's SMVP was not given; the points follow a stand-in
    /// SMVP, and no band, share of the bonus or finding that needs the SMVP is in the report
    bool smvp_dell_ente = true;
    /** The bonus split given to `prepara_report` (`OpzioniReport::ripartizione`), as given; absent otherwise. */
    Opzionale<Ripartizione> premi;
    /**
     * The tree of the performance (report/albero.hpp): present when the
     * Relazione has strategic objectives (`obiettivi_strategici` not empty).
     */
    Opzionale<AlberoPerformance> albero;
    /**
     * Last year against this year (`confronta_anni(precedente, r, smvp).value()`),
     * as given to `prepara_report` (`OpzioniReport::confronto_anni`); absent otherwise.
     */
    Opzionale<ConfrontoAnni> confronto_anni;
};

/** What `prepara_report` may add to the Relazione and the SMVP. */
struct OpzioniReport {
    /**
     * The ente's own check rows (docs/checks.md "An ente's own checks"):
     * their findings join the catalogue's, as in `esamina(r, smvp, propri)`.
     * Viewed, not copied: the rows must outlive the call.
     */
    std::span<const Controllo> propri;
    /**
     * A bonus split of this Relazione (`ripartisci_premi(r, smvp, fondo).value()`):
     * copied to `DatiReport::premi`, each settore's amount to `SettoreReport::premio`.
     */
    Opzionale<Ripartizione> ripartizione;
    /**
     * Last year against this one (`confronta_anni(precedente, r, smvp).value()`,
     * ciclo.md §5; for prepara_report_senza_smvp, `confronta_anni_senza_smvp`
     * of <perfpa/report/anni.hpp>): copied to `DatiReport::confronto_anni`.
     */
    Opzionale<ConfrontoAnni> confronto_anni;
};

} // namespace perfpa

#endif
