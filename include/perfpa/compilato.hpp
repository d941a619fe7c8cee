// perfpa — the declarations of the compiled part (docs/install.md, "The
// compiled part"): the entry points of the pipeline as plain functions,
// without their bodies, which perfpa/src.hpp defines once for the whole
// program (the CMake target perfpa::compiled, or one file of the program
// that includes <perfpa/src.hpp>).
//
// A file that decodes, checks, scores, splits the bonus and prepares a
// report includes this header (with PERFPA_SEPARATE_COMPILATION defined for
// the whole program) and compiles only these declarations and the model's
// types, not the decoders, the 29 checks or the scoring engine: see
// docs/performance.md, "Separate compilation". With the macro defined,
// <perfpa/perfpa.hpp> and <perfpa/report.hpp> include it too, so the calls of
// every file go to the compiled part.
//
// The functions have the names, parameters and results of the templates of
// the header-only library (`esamina(r, smvp)`, `json::decodifica_relazione(t)`):
// where both are visible a call picks the plain function, so a call reads the
// same in both uses. A function declared here and missing from src.hpp is a
// link error (tests/compilato).
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_COMPILATO_HPP
#define PERFPA_COMPILATO_HPP

#include <perfpa/checks/esame_dati.hpp>
#include <perfpa/checks/riga.hpp>
#include <perfpa/json/errori.hpp>
#include <perfpa/model.hpp>
#include <perfpa/report/dati.hpp>
#include <perfpa/rilievo.hpp>
#include <perfpa/scoring/premi.hpp>
#include <perfpa/scoring/premi_personale.hpp>
#include <perfpa/scoring/punteggi.hpp>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace perfpa {

namespace json {

struct OpzioniCodifica; // json/codifica.hpp

// Decoders (json/decodifica.hpp) and encoders (json/codifica.hpp) of the four documents.
[[nodiscard]] Risultato<Relazione> decodifica_relazione(std::string_view testo, const OpzioniDecodifica& opzioni = {});
[[nodiscard]] Risultato<Smvp> decodifica_smvp(std::string_view testo, const OpzioniDecodifica& opzioni = {});
[[nodiscard]] Risultato<Personale> decodifica_personale(std::string_view testo, const OpzioniDecodifica& opzioni = {});
[[nodiscard]] Risultato<CriteriPremi> decodifica_criteri_premi(std::string_view testo,
                                                              const OpzioniDecodifica& opzioni = {});
[[nodiscard]] std::string codifica(const Relazione& v);
[[nodiscard]] std::string codifica(const Smvp& v);
[[nodiscard]] std::string codifica(const Personale& v);
[[nodiscard]] std::string codifica(const CriteriPremi& v);
[[nodiscard]] std::string codifica(const Relazione& v, const OpzioniCodifica& opzioni);
[[nodiscard]] std::string codifica(const Smvp& v, const OpzioniCodifica& opzioni);
[[nodiscard]] std::string codifica(const Personale& v, const OpzioniCodifica& opzioni);
[[nodiscard]] std::string codifica(const CriteriPremi& v, const OpzioniCodifica& opzioni);

} // namespace json

// Checks (checks/esecuzione.hpp, checks/esame.hpp, checks/personale.hpp).
[[nodiscard]] std::vector<Rilievo> controlla(const Relazione& r);
[[nodiscard]] std::vector<Rilievo> controlla(const Relazione& r, const Smvp& smvp);
[[nodiscard]] std::vector<Rilievo> controlla(const Relazione& r, const Smvp& smvp, std::span<const Controllo> propri);
[[nodiscard]] std::vector<Rilievo> controlla(const Relazione& r, std::span<const Controllo> propri);
[[nodiscard]] Esame esamina(const Relazione& r, const Smvp& smvp, OpzioniPunteggi opzioni = {});
[[nodiscard]] Esame esamina(const Relazione& r, const Smvp& smvp, std::span<const Controllo> propri,
                            OpzioniPunteggi opzioni = {});
[[nodiscard]] std::vector<Rilievo> controlla_personale(const Personale& p, const Relazione& r);
[[nodiscard]] std::vector<Rilievo> controlla_personale(const Personale& p, const Relazione& r, const Smvp& smvp);

// Scores (scoring/punteggi.hpp, scoring/personale.hpp) and bonus splits (scoring/premi.hpp,
// scoring/premi_personale.hpp).
[[nodiscard]] std::vector<PunteggioSettore> calcola_punteggi(const Relazione& r, const Smvp& smvp,
                                                             OpzioniPunteggi opzioni = {});
[[nodiscard]] std::vector<PunteggioDipendente> calcola_punteggi_personale(const Personale& personale,
                                                                          const Relazione& relazione,
                                                                          const Smvp& smvp,
                                                                          OpzioniPunteggi opzioni = {});
[[nodiscard]] EsitoRipartizione ripartisci_premi(const Relazione& r, const Smvp& smvp, Importo fondo);
[[nodiscard]] EsitoRipartizione ripartisci_premi(const Relazione& r, const Smvp& smvp, const CriteriPremi& criteri);
[[nodiscard]] EsitoRipartizionePersonale ripartisci_premi_personale(const Personale& personale,
                                                                   const std::vector<PunteggioDipendente>& punteggi,
                                                                   const Relazione& relazione,
                                                                   const CriteriPremi& criteri,
                                                                   bool spiegazioni = true);
[[nodiscard]] EsitoRipartizionePersonale ripartisci_premi_personale(const Personale& personale,
                                                                   const Relazione& relazione, const Smvp& smvp,
                                                                   const CriteriPremi& criteri,
                                                                   OpzioniPunteggi opzioni = {});

// Report data (report/prepara.hpp): with PERFPA_SEPARATE_COMPILATION, these
// are declared here only and defined in perfpa/src.hpp.
[[nodiscard]] DatiReport prepara_report(const Relazione& r, const Smvp& smvp, const OpzioniReport& opzioni);
[[nodiscard]] DatiReport prepara_report(const Relazione& r, const Smvp& smvp);
[[nodiscard]] DatiReport prepara_report_senza_smvp(const Relazione& r, const Smvp& sostituto,
                                                   const OpzioniReport& opzioni = {});

} // namespace perfpa

#endif
