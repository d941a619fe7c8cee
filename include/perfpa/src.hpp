// perfpa — the compiled part (docs/install.md, "The compiled part"): the
// definitions of what perfpa/compilato.hpp declares, to be compiled in
// exactly one file of a program whose files are all compiled with
// PERFPA_SEPARATE_COMPILATION defined (as Boost.JSON's <boost/json/src.hpp>).
// The CMake target perfpa::compiled is this header compiled into a static
// library (src/perfpa.cpp), with the macro in its usage requirements.
//
// Each function is the template of the header-only library instantiated
// once (`f<>(...)`: the explicit `<>` names the template, not the plain
// function of the same name).
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_SRC_HPP
#define PERFPA_SRC_HPP

#ifndef PERFPA_SEPARATE_COMPILATION
#if defined(PERFPA_VALUES_HPP)
#error "perfpa/src.hpp: define PERFPA_SEPARATE_COMPILATION for every file of the program, or include perfpa/src.hpp before any other perfpa header"
#endif
#define PERFPA_SEPARATE_COMPILATION
#endif

#include <perfpa/compilato.hpp>
#include <perfpa/perfpa.hpp>
#include <perfpa/report.hpp>

namespace perfpa {

namespace json {

Risultato<Relazione> decodifica_relazione(std::string_view testo, const OpzioniDecodifica& opzioni) {
    return decodifica_relazione<>(testo, opzioni);
}
Risultato<Smvp> decodifica_smvp(std::string_view testo, const OpzioniDecodifica& opzioni) {
    return decodifica_smvp<>(testo, opzioni);
}
Risultato<Personale> decodifica_personale(std::string_view testo, const OpzioniDecodifica& opzioni) {
    return decodifica_personale<>(testo, opzioni);
}
Risultato<CriteriPremi> decodifica_criteri_premi(std::string_view testo, const OpzioniDecodifica& opzioni) {
    return decodifica_criteri_premi<>(testo, opzioni);
}
std::string codifica(const Relazione& v, const OpzioniCodifica& opzioni) { return codifica<Relazione>(v, opzioni); }
std::string codifica(const Smvp& v, const OpzioniCodifica& opzioni) { return codifica<Smvp>(v, opzioni); }
std::string codifica(const Personale& v, const OpzioniCodifica& opzioni) { return codifica<Personale>(v, opzioni); }
std::string codifica(const CriteriPremi& v, const OpzioniCodifica& opzioni) {
    return codifica<CriteriPremi>(v, opzioni);
}
std::string codifica(const Relazione& v) { return codifica<Relazione>(v, OpzioniCodifica{}); }
std::string codifica(const Smvp& v) { return codifica<Smvp>(v, OpzioniCodifica{}); }
std::string codifica(const Personale& v) { return codifica<Personale>(v, OpzioniCodifica{}); }
std::string codifica(const CriteriPremi& v) { return codifica<CriteriPremi>(v, OpzioniCodifica{}); }

} // namespace json

std::vector<Rilievo> controlla(const Relazione& r) { return controlla<>(r); }
std::vector<Rilievo> controlla(const Relazione& r, const Smvp& smvp) { return controlla<>(r, smvp); }
std::vector<Rilievo> controlla(const Relazione& r, const Smvp& smvp, std::span<const Controllo> propri) {
    return controlla<>(r, smvp, propri);
}
std::vector<Rilievo> controlla(const Relazione& r, std::span<const Controllo> propri) { return controlla<>(r, propri); }
Esame esamina(const Relazione& r, const Smvp& smvp, OpzioniPunteggi opzioni) { return esamina<>(r, smvp, opzioni); }
Esame esamina(const Relazione& r, const Smvp& smvp, std::span<const Controllo> propri, OpzioniPunteggi opzioni) {
    return esamina<>(r, smvp, propri, opzioni);
}
template const Esame& Esaminatore::esamina<void>(const Relazione&, const Smvp&, OpzioniPunteggi);
std::vector<Rilievo> controlla_personale(const Personale& p, const Relazione& r) {
    return controlla_personale<>(p, r);
}
std::vector<Rilievo> controlla_personale(const Personale& p, const Relazione& r, const Smvp& smvp) {
    return controlla_personale<>(p, r, smvp);
}

std::vector<PunteggioSettore> calcola_punteggi(const Relazione& r, const Smvp& smvp, OpzioniPunteggi opzioni) {
    return calcola_punteggi<>(r, smvp, opzioni);
}
std::vector<PunteggioDipendente> calcola_punteggi_personale(const Personale& personale, const Relazione& relazione,
                                                            const Smvp& smvp, OpzioniPunteggi opzioni) {
    return calcola_punteggi_personale<>(personale, relazione, smvp, opzioni);
}
EsitoRipartizione ripartisci_premi(const Relazione& r, const Smvp& smvp, Importo fondo) {
    return ripartisci_premi<>(r, smvp, fondo);
}
EsitoRipartizione ripartisci_premi(const Relazione& r, const Smvp& smvp, const CriteriPremi& criteri) {
    return ripartisci_premi<>(r, smvp, criteri);
}
EsitoRipartizionePersonale ripartisci_premi_personale(const Personale& personale,
                                                      const std::vector<PunteggioDipendente>& punteggi,
                                                      const Relazione& relazione, const CriteriPremi& criteri,
                                                      bool spiegazioni) {
    return ripartisci_premi_personale<>(personale, punteggi, relazione, criteri, spiegazioni);
}
EsitoRipartizionePersonale ripartisci_premi_personale(const Personale& personale, const Relazione& relazione,
                                                      const Smvp& smvp, const CriteriPremi& criteri,
                                                      OpzioniPunteggi opzioni) {
    return ripartisci_premi_personale<>(personale, relazione, smvp, criteri, opzioni);
}

// As report/prepara.hpp writes them in the header-only use.
DatiReport prepara_report(const Relazione& r, const Smvp& smvp, const OpzioniReport& opzioni) {
    return detail::prepara(r, smvp, opzioni, true);
}
DatiReport prepara_report(const Relazione& r, const Smvp& smvp) { return prepara_report(r, smvp, OpzioniReport{}); }
DatiReport prepara_report_senza_smvp(const Relazione& r, const Smvp& sostituto, const OpzioniReport& opzioni) {
    return detail::prepara(r, sostituto, opzioni, false);
}

} // namespace perfpa

#endif
