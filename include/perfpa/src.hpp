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
#include <perfpa/opzionale.hpp>
#include <perfpa/perfpa.hpp>
#include <perfpa/pratica.hpp>
#include <perfpa/report.hpp>

#include <memory>
#include <span>
#include <string>
#include <utility>
#include <vector>

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


// Pratica (perfpa/pratica.hpp): the documents and what is computed from them.
struct Pratica::Impl {
    Opzionale<Relazione> relazione;
    Opzionale<Smvp> smvp;
    Opzionale<CriteriPremi> criteri;
    Opzionale<Personale> personale;
    std::vector<Controllo> propri;
    Opzionale<Esame> esame;
    Opzionale<EsitoRipartizione> premi;
    std::vector<PunteggioSettore> punteggi_premi; // calcola_punteggi(r, smvp): the heads of perfpa.premi/1
    Importo fondo;
    Opzionale<DatiReport> report;

    // A document changed: what was computed from the documents goes.
    void scarta() {
        esame.reset();
        premi.reset();
        punteggi_premi.clear();
        report.reset();
    }
};

namespace detail {

[[noreturn]] inline void pratica_fuori_ordine(const char* funzione, const std::string& che_cosa) {
    throw ErroreLogico(std::string("perfpa::Pratica::") + funzione + ": " + che_cosa);
}

// The Impl to change (made anew when a move left the Pratica without one). A template, as
// Pratica::Impl is private: deduced, it is never named here.
template <class I>
I& pratica_da_cambiare(std::unique_ptr<I>& impl) {
    if (!impl) impl = std::make_unique<I>();
    return *impl;
}

// The Impl to read: ErroreLogico when a move left the Pratica without one.
template <class I>
const I& pratica_da_leggere(const std::unique_ptr<I>& impl, const char* funzione) {
    if (!impl) pratica_fuori_ordine(funzione, "la Pratica è stata spostata");
    return *impl;
}

template <class T>
const T& pratica_documento(const Opzionale<T>& d, const char* funzione, const char* nome) {
    if (!d) pratica_fuori_ordine(funzione, std::string("manca ") + nome);
    return *d;
}

} // namespace detail

Pratica::Pratica() : impl_(std::make_unique<Impl>()) {}
Pratica::~Pratica() = default;
Pratica::Pratica(const Pratica& altra) : impl_(altra.impl_ ? std::make_unique<Impl>(*altra.impl_) : nullptr) {}
Pratica& Pratica::operator=(const Pratica& altra) {
    if (this != &altra) impl_ = altra.impl_ ? std::make_unique<Impl>(*altra.impl_) : nullptr;
    return *this;
}
Pratica::Pratica(Pratica&& altra) noexcept = default;
Pratica& Pratica::operator=(Pratica&& altra) noexcept = default;

void Pratica::relazione_da_testo(std::string_view testo) {
    imposta_relazione(json::decodifica_relazione(testo).value());
}
void Pratica::relazione_da_file(const std::string& percorso) {
    imposta_relazione(json::detail::leggi_documento<Relazione>(percorso, {}).value());
}
void Pratica::imposta_relazione(const Relazione& relazione) { imposta_relazione(Relazione(relazione)); }
void Pratica::imposta_relazione(Relazione&& relazione) {
    Impl& d = detail::pratica_da_cambiare(impl_);
    d.scarta();
    d.relazione = std::move(relazione);
}

void Pratica::smvp_da_testo(std::string_view testo) { imposta_smvp(json::decodifica_smvp(testo).value()); }
void Pratica::smvp_da_file(const std::string& percorso) {
    imposta_smvp(json::detail::leggi_documento<Smvp>(percorso, {}).value());
}
void Pratica::imposta_smvp(const Smvp& smvp) { imposta_smvp(Smvp(smvp)); }
void Pratica::imposta_smvp(Smvp&& smvp) {
    Impl& d = detail::pratica_da_cambiare(impl_);
    d.scarta();
    d.smvp = std::move(smvp);
}

void Pratica::criteri_da_testo(std::string_view testo) {
    imposta_criteri(json::decodifica_criteri_premi(testo).value());
}
void Pratica::criteri_da_file(const std::string& percorso) {
    imposta_criteri(json::detail::leggi_documento<CriteriPremi>(percorso, {}).value());
}
void Pratica::imposta_criteri(const CriteriPremi& criteri) { imposta_criteri(CriteriPremi(criteri)); }
void Pratica::imposta_criteri(CriteriPremi&& criteri) {
    Impl& d = detail::pratica_da_cambiare(impl_);
    d.scarta();
    d.criteri = std::move(criteri);
}

void Pratica::personale_da_testo(std::string_view testo) {
    imposta_personale(json::decodifica_personale(testo).value());
}
void Pratica::personale_da_file(const std::string& percorso) {
    imposta_personale(json::detail::leggi_documento<Personale>(percorso, {}).value());
}
void Pratica::imposta_personale(const Personale& personale) { imposta_personale(Personale(personale)); }
void Pratica::imposta_personale(Personale&& personale) {
    Impl& d = detail::pratica_da_cambiare(impl_);
    d.scarta();
    d.personale = std::move(personale);
}

void Pratica::controlli_propri(const std::vector<Controllo>& righe) {
    Impl& d = detail::pratica_da_cambiare(impl_);
    d.scarta();
    d.propri = righe;
}

Relazione& Pratica::relazione_da_modificare() {
    Impl& d = detail::pratica_da_cambiare(impl_);
    if (!d.relazione) detail::pratica_fuori_ordine("modifica_relazione", "manca la Relazione");
    d.scarta();
    return *d.relazione;
}

bool Pratica::ha_relazione() const noexcept { return impl_ && impl_->relazione.has_value(); }
bool Pratica::ha_smvp() const noexcept { return impl_ && impl_->smvp.has_value(); }
bool Pratica::ha_criteri() const noexcept { return impl_ && impl_->criteri.has_value(); }
bool Pratica::ha_personale() const noexcept { return impl_ && impl_->personale.has_value(); }

const Relazione& Pratica::relazione() const {
    return detail::pratica_documento(detail::pratica_da_leggere(impl_, "relazione").relazione, "relazione",
                                     "la Relazione");
}
const Smvp& Pratica::smvp() const {
    return detail::pratica_documento(detail::pratica_da_leggere(impl_, "smvp").smvp, "smvp", "lo SMVP");
}
const CriteriPremi& Pratica::criteri() const {
    return detail::pratica_documento(detail::pratica_da_leggere(impl_, "criteri").criteri, "criteri",
                                     "il documento dei criteri dei premi");
}
const Personale& Pratica::personale() const {
    return detail::pratica_documento(detail::pratica_da_leggere(impl_, "personale").personale, "personale",
                                     "il documento del personale");
}

const Esame& Pratica::esamina() {
    Impl& d = detail::pratica_da_cambiare(impl_);
    const Relazione& r = detail::pratica_documento(d.relazione, "esamina", "la Relazione");
    const Smvp& s = detail::pratica_documento(d.smvp, "esamina", "lo SMVP");
    d.esame.reset();
    d.esame = perfpa::esamina(r, s, std::span<const Controllo>(d.propri));
    return *d.esame;
}
const Esame& Pratica::esame() const {
    const Impl& d = detail::pratica_da_leggere(impl_, "esame");
    if (!d.esame) detail::pratica_fuori_ordine("esame", "chiamare prima esamina()");
    return *d.esame;
}
bool Pratica::ha_errori() const {
    const Impl& d = detail::pratica_da_leggere(impl_, "ha_errori");
    if (!d.esame) detail::pratica_fuori_ordine("ha_errori", "chiamare prima esamina()");
    return perfpa::ha_errori(d.esame->rilievi);
}
std::string Pratica::rilievi_json() const {
    const Impl& d = detail::pratica_da_leggere(impl_, "rilievi_json");
    if (!d.esame) detail::pratica_fuori_ordine("rilievi_json", "chiamare prima esamina()");
    return json::codifica_rilievi(d.esame->rilievi);
}
std::string Pratica::punteggi_json() const {
    const Impl& d = detail::pratica_da_leggere(impl_, "punteggi_json");
    if (!d.esame) detail::pratica_fuori_ordine("punteggi_json", "chiamare prima esamina()");
    return json::codifica_punteggi(d.esame->punteggi);
}

bool Pratica::ripartisci_premi() {
    Impl& d = detail::pratica_da_cambiare(impl_);
    const Relazione& r = detail::pratica_documento(d.relazione, "ripartisci_premi", "la Relazione");
    const Smvp& s = detail::pratica_documento(d.smvp, "ripartisci_premi", "lo SMVP");
    const CriteriPremi& c =
        detail::pratica_documento(d.criteri, "ripartisci_premi", "il documento dei criteri dei premi");
    d.premi.reset();
    d.report.reset();
    EsitoRipartizione esito = perfpa::ripartisci_premi(r, s, c);
    d.punteggi_premi = esito ? perfpa::calcola_punteggi(r, s) : std::vector<PunteggioSettore>{};
    d.fondo = c.fondo;
    d.premi = std::move(esito);
    return d.premi->has_value();
}
bool Pratica::ripartisci_premi(std::string_view fondo) {
    Impl& d = detail::pratica_da_cambiare(impl_);
    const Relazione& r = detail::pratica_documento(d.relazione, "ripartisci_premi", "la Relazione");
    const Smvp& s = detail::pratica_documento(d.smvp, "ripartisci_premi", "lo SMVP");
    const Importo f = Importo::da_testo(fondo).value();
    d.premi.reset();
    d.report.reset();
    EsitoRipartizione esito = perfpa::ripartisci_premi(r, s, f);
    d.punteggi_premi = esito ? perfpa::calcola_punteggi(r, s) : std::vector<PunteggioSettore>{};
    d.fondo = f;
    d.premi = std::move(esito);
    return d.premi->has_value();
}
std::string Pratica::premio(std::string_view settore) const {
    const Impl& d = detail::pratica_da_leggere(impl_, "premio");
    if (!d.premi) detail::pratica_fuori_ordine("premio", "chiamare prima ripartisci_premi()");
    for (const Assegnazione& a : d.premi->value().assegnazioni)
        if (a.id == settore) return a.importo.testo();
    throw ArgomentoNonValido("perfpa::Pratica::premio: nessun settore \"" + std::string(settore) +
                             "\" nella ripartizione");
}
std::string Pratica::ripartizione_json() const {
    const Impl& d = detail::pratica_da_leggere(impl_, "ripartizione_json");
    if (!d.premi) detail::pratica_fuori_ordine("ripartizione_json", "chiamare prima ripartisci_premi()");
    return json::codifica_ripartizione(d.premi->value(), d.punteggi_premi, d.fondo);
}

std::string Pratica::punteggi_personale_json() const {
    const Impl& d = detail::pratica_da_leggere(impl_, "punteggi_personale_json");
    const char* f = "punteggi_personale_json";
    const Personale& p = detail::pratica_documento(d.personale, f, "il documento del personale");
    const Relazione& r = detail::pratica_documento(d.relazione, f, "la Relazione");
    const Smvp& s = detail::pratica_documento(d.smvp, f, "lo SMVP");
    return json::codifica_punteggi_personale(perfpa::calcola_punteggi_personale(p, r, s));
}
std::string Pratica::rilievi_personale() const {
    const Impl& d = detail::pratica_da_leggere(impl_, "rilievi_personale");
    const Personale& p = detail::pratica_documento(d.personale, "rilievi_personale", "il documento del personale");
    const Relazione& r = detail::pratica_documento(d.relazione, "rilievi_personale", "la Relazione");
    return json::codifica_rilievi(d.smvp ? perfpa::controlla_personale(p, r, *d.smvp)
                                         : perfpa::controlla_personale(p, r));
}
std::string Pratica::premi_personale_json() const {
    const Impl& d = detail::pratica_da_leggere(impl_, "premi_personale_json");
    const char* f = "premi_personale_json";
    const Personale& p = detail::pratica_documento(d.personale, f, "il documento del personale");
    const Relazione& r = detail::pratica_documento(d.relazione, f, "la Relazione");
    const Smvp& s = detail::pratica_documento(d.smvp, f, "lo SMVP");
    const CriteriPremi& c = detail::pratica_documento(d.criteri, f, "il documento dei criteri dei premi");
    const EsitoRipartizionePersonale esito = perfpa::ripartisci_premi_personale(p, r, s, c);
    return esito ? json::codifica_premi_personale(*esito) : json::codifica_rifiuto_premi_personale(esito.error());
}

const DatiReport& Pratica::prepara_report() {
    Impl& d = detail::pratica_da_cambiare(impl_);
    const Relazione& r = detail::pratica_documento(d.relazione, "prepara_report", "la Relazione");
    const Smvp& s = detail::pratica_documento(d.smvp, "prepara_report", "lo SMVP");
    OpzioniReport opzioni;
    opzioni.propri = d.propri;
    if (d.premi && d.premi->has_value()) opzioni.ripartizione = d.premi->value();
    d.report.reset();
    d.report = perfpa::prepara_report(r, s, opzioni);
    return *d.report;
}

} // namespace perfpa

#endif
