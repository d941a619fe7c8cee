// Pratica (perfpa/pratica.hpp) against the header-only library: one program,
// built twice. With PERFPA_SEPARATE_COMPILATION (linked to perfpa::compiled)
// it drives the pipeline through a Pratica; without, it makes the same calls
// to the header-only library directly. confronta.cmake compares the two
// outputs byte by byte, on the bundled Leverano data. The Pratica build also
// checks its errors (a call out of order, a document that does not decode
// leaving the one held, a moved-from Pratica) and exits 1 when one is wrong.
//
//   perfpa_pratica_<mode> <examples/data>
#ifdef PERFPA_SEPARATE_COMPILATION
#include <perfpa/pratica.hpp>
#include <perfpa/checks/controllo.hpp> // the ente's own check (Rilevatore)
#include <perfpa/checks/esame_dati.hpp> // what the references of a Pratica name, to read them
#include <perfpa/checks/riga.hpp>
#include <perfpa/errori.hpp>
#include <perfpa/model.hpp>
#include <perfpa/report/dati.hpp>
#else
#include <perfpa/perfpa.hpp>
#include <perfpa/report.hpp>
#endif

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string leggi(const std::string& percorso) {
    std::ifstream f(percorso, std::ios::binary);
    if (!f) {
        std::cerr << "non si legge " << percorso << "\n";
        std::exit(2);
    }
    std::ostringstream s;
    s << f.rdbuf();
    return s.str();
}

// A check of the ente's own: one finding on every Relazione.
void sempre(const perfpa::IngressoControllo&, perfpa::Rilevatore& rileva) { rileva("/anno", "controllo proprio"); }

void scrivi_report(std::ostream& out, const perfpa::DatiReport& d) {
    out << "report " << d.anno << " " << d.ente.denominazione << " settori=" << d.settori.size()
        << " vincoli=" << d.vincoli.size() << " premi=" << d.premi.has_value() << "\n";
    for (const perfpa::SettoreReport& s : d.settori)
        out << "  " << s.id << " obiettivi=" << s.obiettivi.size() << " rilievi=" << s.rilievi.size()
            << " premio=" << (s.premio ? s.premio->testo() : std::string("-")) << "\n";
    for (const perfpa::GruppoRilievi& g : d.rilievi) out << "  gruppo " << g.rilievi.size() << "\n";
}

// A decoding error as the output shows it: the message and the pointers.
void scrivi_errore(std::ostream& out, const perfpa::EccezioneDecodifica& e) {
    out << "EccezioneDecodifica: " << e.what() << "percorsi:";
    for (const std::string& p : e.percorsi()) out << " [" << p << "]";
    out << "\n";
}

#ifdef PERFPA_SEPARATE_COMPILATION
int sbagli = 0;

// `f()` must throw E (and no other exception).
template <class E, class F>
void attendi(const char* che_cosa, F f) {
    try {
        f();
    } catch (const E& e) {
        std::cerr << "ok (" << che_cosa << "): " << e.what() << "\n";
        return;
    } catch (const std::exception& e) {
        std::cerr << "SBAGLIATO (" << che_cosa << "): un'altra eccezione: " << e.what() << "\n";
        ++sbagli;
        return;
    }
    std::cerr << "SBAGLIATO (" << che_cosa << "): nessuna eccezione\n";
    ++sbagli;
}

void verifica(bool condizione, const char* che_cosa) {
    if (!condizione) {
        std::cerr << "SBAGLIATO: " << che_cosa << "\n";
        ++sbagli;
    }
}

// The errors of a Pratica: calls out of order, decoding, moves.
void errori(const std::string& dati) {
    using perfpa::ErroreLogico;
    perfpa::Pratica p;
    attendi<ErroreLogico>("esamina senza documenti", [&] { (void)p.esamina(); });
    attendi<ErroreLogico>("relazione() senza Relazione", [&] { (void)p.relazione(); });
    attendi<ErroreLogico>("modifica_relazione senza Relazione", [&] { p.modifica_relazione([](perfpa::Relazione&) {}); });
    p.relazione_da_file(dati + "/leverano-2023-validata-esempio.json");
    attendi<ErroreLogico>("esamina senza SMVP", [&] { (void)p.esamina(); });
    p.smvp_da_file(dati + "/smvp-personale-esempio.json");
    attendi<ErroreLogico>("rilievi_json prima di esamina", [&] { (void)p.rilievi_json(); });
    attendi<ErroreLogico>("esame() prima di esamina", [&] { (void)p.esame(); });
    attendi<ErroreLogico>("premio prima di ripartisci_premi", [&] { (void)p.premio("S1"); });
    attendi<ErroreLogico>("ripartizione_json prima di ripartisci_premi", [&] { (void)p.ripartizione_json(); });
    attendi<ErroreLogico>("ripartisci_premi senza criteri", [&] { (void)p.ripartisci_premi(); });
    attendi<ErroreLogico>("premi_personale_json senza personale", [&] { (void)p.premi_personale_json(); });
    attendi<ErroreLogico>("punteggi_personale_json senza personale", [&] { (void)p.punteggi_personale_json(); });
    attendi<perfpa::ValoreRifiutato>("un fondo che non è un importo", [&] { (void)p.ripartisci_premi("molti"); });
    verifica(p.ripartisci_premi("25000.00"), "la ripartizione con un fondo");
    attendi<perfpa::ArgomentoNonValido>("premio di un settore che non c'è",
                                        [&] { (void)p.premio("nessun settore"); });
    (void)p.esamina();
    // A document that does not decode: the decoding exception, with its pointer, and the Pratica unchanged.
    attendi<perfpa::EccezioneDecodifica>("una Relazione che non si decodifica", [&] {
        p.relazione_da_testo(R"({"formato":"perfpa.relazione/1","anno":"x"})");
    });
    try {
        p.smvp_da_testo("{");
        verifica(false, "uno SMVP che non è JSON è stato accettato");
    } catch (const perfpa::Errore& e) {
        verifica(e.percorsi().size() == 1 && e.percorsi()[0].empty(), "l'errore di sintassi al puntatore \"\"");
    }
    verifica(p.ha_relazione() && p.relazione().anno == 2023, "la Relazione di prima, dopo un testo rifiutato");
    verifica(!p.rilievi_json().empty(), "l'esame di prima, dopo un testo rifiutato");
    // A document changed: what was computed goes.
    p.modifica_relazione([](perfpa::Relazione& r) { r.anno = 2024; });
    verifica(p.relazione().anno == 2024, "modifica_relazione cambia la Relazione");
    attendi<ErroreLogico>("rilievi_json dopo modifica_relazione", [&] { (void)p.rilievi_json(); });
    attendi<ErroreLogico>("premio dopo modifica_relazione", [&] { (void)p.premio("S1"); });
    // Copies and moves.
    (void)p.esamina();
    perfpa::Pratica copia = p;
    verifica(copia.rilievi_json() == p.rilievi_json(), "la copia ha lo stesso esame");
    perfpa::Pratica spostata = std::move(p);
    verifica(spostata.ha_relazione() && !p.ha_relazione(), "lo spostamento porta via i documenti"); // NOLINT
    attendi<ErroreLogico>("relazione() di una Pratica spostata", [&] { (void)p.relazione(); }); // NOLINT
    p.imposta_relazione(spostata.relazione()); // NOLINT: a moved-from Pratica takes documents again
    verifica(p.ha_relazione() && !p.ha_smvp(), "una Pratica spostata riceve di nuovo documenti");
}
#endif

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "uso: perfpa_pratica <examples/data>\n";
        return 2;
    }
    const std::string dati = argv[1];
    std::ostream& out = std::cout;
    const std::vector<perfpa::Controllo> propri{
        {{"PROPRIO", perfpa::Gravita::avviso, "regolamento dell'ente"}, false, false, &sempre}};
    const std::string errato = R"({"formato":"perfpa.relazione/1","anno":"x","settori":3})";
    const std::string mancante = dati + "/non-esiste.json";

#ifdef PERFPA_SEPARATE_COMPILATION
    perfpa::Pratica p;
    // The documents: from a file and from text; the ente's own rows.
    p.relazione_da_file(dati + "/leverano-2023.json");
    p.smvp_da_testo(leggi(dati + "/smvp-esempio.json"));
    p.controlli_propri(propri);
    (void)p.esamina();
    out << p.rilievi_json() << "\n" << p.punteggi_json() << "\nerrori: " << p.ha_errori() << "\n";
    scrivi_report(out, p.prepara_report());
    // The heads' split with a fund, refused (the Relazione is not validated).
    out << "ripartita: " << p.ripartisci_premi("25000.00") << "\n";
    try {
        (void)p.ripartizione_json();
    } catch (const perfpa::RipartizioneRifiutata& e) {
        out << "rifiutata: " << e.what() << "\n";
    }
    // The validated Relazione, the staff's SMVP, the criteria and the staff.
    p.relazione_da_file(dati + "/leverano-2023-validata-esempio.json");
    out << "ripartita: " << p.ripartisci_premi("25000.00") << "\n" << p.ripartizione_json() << "\n";
    for (const perfpa::Settore& s : p.relazione().settori) out << s.id << ": " << p.premio(s.id) << "\n";
    p.smvp_da_file(dati + "/smvp-personale-esempio.json");
    p.criteri_da_file(dati + "/criteri-esempio.json");
    p.personale_da_testo(leggi(dati + "/personale-esempio-premi.json"));
    out << "ripartita: " << p.ripartisci_premi() << "\n" << p.ripartizione_json() << "\n";
    for (const perfpa::Settore& s : p.relazione().settori) out << s.id << ": " << p.premio(s.id) << "\n";
    out << p.punteggi_personale_json() << "\n" << p.rilievi_personale() << "\n" << p.premi_personale_json() << "\n";
    (void)p.esamina();
    out << p.punteggi_json() << "\n";
    scrivi_report(out, p.prepara_report());
    // A model given by the program, and a change in place.
    perfpa::Pratica q;
    q.imposta_relazione(p.relazione());
    q.imposta_smvp(p.smvp());
    q.modifica_relazione([](perfpa::Relazione& r) { r.settori.pop_back(); });
    out << "esame: " << q.esamina().punteggi.size() << " " << q.punteggi_json() << "\n";
    // Decoding errors: the exception with the pointers, from text and from a file.
    try {
        p.relazione_da_testo(errato);
    } catch (const perfpa::EccezioneDecodifica& e) {
        scrivi_errore(out, e);
    }
    try {
        p.criteri_da_file(mancante);
    } catch (const perfpa::EccezioneDecodifica& e) {
        scrivi_errore(out, e);
    }
    errori(dati);
    if (sbagli) {
        std::cerr << sbagli << " verifiche sbagliate\n";
        return 1;
    }
#else
    namespace j = perfpa::json;
    perfpa::Relazione r = j::leggi_relazione(dati + "/leverano-2023.json").value();
    perfpa::Smvp s = j::decodifica_smvp(leggi(dati + "/smvp-esempio.json")).value();
    const perfpa::Esame esame = perfpa::esamina(r, s, propri);
    out << j::codifica_rilievi(esame.rilievi) << "\n"
        << j::codifica_punteggi(esame.punteggi) << "\nerrori: " << perfpa::ha_errori(esame.rilievi) << "\n";
    perfpa::OpzioniReport opzioni;
    opzioni.propri = propri;
    scrivi_report(out, perfpa::prepara_report(r, s, opzioni));
    const perfpa::EsitoRipartizione rifiutata = perfpa::ripartisci_premi(r, s, perfpa::Importo::euro(25000));
    out << "ripartita: " << rifiutata.has_value() << "\n";
    try {
        (void)rifiutata.value();
    } catch (const perfpa::RipartizioneRifiutata& e) {
        out << "rifiutata: " << e.what() << "\n";
    }
    r = j::leggi_relazione(dati + "/leverano-2023-validata-esempio.json").value();
    const perfpa::EsitoRipartizione con_fondo = perfpa::ripartisci_premi(r, s, perfpa::Importo::euro(25000));
    out << "ripartita: " << con_fondo.has_value() << "\n"
        << j::codifica_ripartizione(con_fondo.value(), perfpa::calcola_punteggi(r, s), perfpa::Importo::euro(25000))
        << "\n";
    for (const perfpa::Settore& x : r.settori) {
        for (const perfpa::Assegnazione& a : con_fondo->assegnazioni)
            if (a.id == x.id) out << x.id << ": " << a.importo.testo() << "\n";
    }
    s = j::leggi_smvp(dati + "/smvp-personale-esempio.json").value();
    const perfpa::CriteriPremi c = j::decodifica_criteri_premi(leggi(dati + "/criteri-esempio.json")).value();
    const perfpa::Personale personale =
        j::decodifica_personale(leggi(dati + "/personale-esempio-premi.json")).value();
    const perfpa::EsitoRipartizione premi = perfpa::ripartisci_premi(r, s, c);
    out << "ripartita: " << premi.has_value() << "\n"
        << j::codifica_ripartizione(premi.value(), perfpa::calcola_punteggi(r, s), c.fondo) << "\n";
    for (const perfpa::Settore& x : r.settori) {
        for (const perfpa::Assegnazione& a : premi->assegnazioni)
            if (a.id == x.id) out << x.id << ": " << a.importo.testo() << "\n";
    }
    const perfpa::EsitoRipartizionePersonale pp = perfpa::ripartisci_premi_personale(personale, r, s, c);
    out << j::codifica_punteggi_personale(perfpa::calcola_punteggi_personale(personale, r, s)) << "\n"
        << j::codifica_rilievi(perfpa::controlla_personale(personale, r, s)) << "\n"
        << (pp ? j::codifica_premi_personale(*pp) : j::codifica_rifiuto_premi_personale(pp.error())) << "\n";
    out << j::codifica_punteggi(perfpa::esamina(r, s, propri).punteggi) << "\n";
    opzioni.ripartizione = premi.value();
    scrivi_report(out, perfpa::prepara_report(r, s, opzioni));
    perfpa::Relazione ridotta = r;
    ridotta.settori.pop_back();
    const perfpa::Esame esame_ridotta = perfpa::esamina(ridotta, s);
    out << "esame: " << esame_ridotta.punteggi.size() << " " << j::codifica_punteggi(esame_ridotta.punteggi) << "\n";
    try {
        (void)j::decodifica_relazione(errato).value();
    } catch (const perfpa::EccezioneDecodifica& e) {
        scrivi_errore(out, e);
    }
    try {
        (void)j::detail::leggi_documento<perfpa::CriteriPremi>(mancante, {}).value();
    } catch (const perfpa::EccezioneDecodifica& e) {
        scrivi_errore(out, e);
    }
#endif
    return 0;
}
