// The whole pipeline on the bundled examples, written out as text: built
// twice from this file, header-only (perfpa::perfpa) and with the compiled
// part (perfpa::compiled, PERFPA_SEPARATE_COMPILATION), and the two outputs
// compared byte by byte (confronta.cmake). It calls every function
// perfpa/compilato.hpp declares: one missing from perfpa/src.hpp fails the
// link of the compiled build.
//
//   perfpa_pipeline_<mode> <examples/data>
#ifdef PERFPA_SEPARATE_COMPILATION
#include <perfpa/compilato.hpp> // the declarations only, as a file of the vendor's program
#else
#include <perfpa/perfpa.hpp>
#include <perfpa/report.hpp>
#endif
#include <perfpa/checks/esame.hpp> // Esaminatore (its member compiled once, as an extern template)
#include <perfpa/json/codifica.hpp>
#include <perfpa/json/premi_personale.hpp>
#include <perfpa/json/risultati.hpp>

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

template <class T>
T valore(perfpa::Risultato<T> r, const std::string& nome) {
    if (!r) {
        std::cerr << nome << ": " << r.error().testo() << "\n";
        std::exit(2);
    }
    return std::move(*r);
}

// A check of the ente's own: one finding on every Relazione, to see the rows pass through.
void sempre(const perfpa::IngressoControllo&, perfpa::Rilevatore& rileva) { rileva("/anno", "controllo proprio"); }

void scrivi_report(std::ostream& out, const perfpa::DatiReport& d) {
    out << "report " << d.anno << " " << d.ente.denominazione << " smvp_dell_ente=" << d.smvp_dell_ente
        << " settori=" << d.settori.size() << " scostamenti=" << d.scostamenti.size()
        << " vincoli=" << d.vincoli.size() << " premi=" << d.premi.has_value() << "\n";
    for (const perfpa::SettoreReport& s : d.settori) {
        out << "  " << s.id << " obiettivi=" << s.obiettivi.size() << " rilievi=" << s.rilievi.size()
            << " premio=" << (s.premio ? perfpa::formatta_importo(*s.premio) : std::string("-")) << "\n";
        for (const std::string& riga : s.spiegazione) out << "    " << riga << "\n";
    }
    for (const perfpa::GruppoRilievi& g : d.rilievi) out << "  " << perfpa::json::codifica_rilievi(g.rilievi) << "\n";
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "uso: perfpa_pipeline <examples/data>\n";
        return 2;
    }
    namespace j = perfpa::json;
    const std::string dati = argv[1];
    std::ostream& out = std::cout;

    const perfpa::Relazione r = valore(j::decodifica_relazione(leggi(dati + "/leverano-2023.json")), "relazione");
    const perfpa::Relazione rv =
        valore(j::decodifica_relazione(leggi(dati + "/leverano-2023-validata-esempio.json")), "relazione validata");
    const perfpa::Smvp s = valore(j::decodifica_smvp(leggi(dati + "/smvp-esempio.json")), "smvp");
    const perfpa::Smvp sp = valore(j::decodifica_smvp(leggi(dati + "/smvp-personale-esempio.json")), "smvp personale");
    const perfpa::Personale p =
        valore(j::decodifica_personale(leggi(dati + "/personale-esempio-premi.json")), "personale");
    const perfpa::CriteriPremi c = valore(j::decodifica_criteri_premi(leggi(dati + "/criteri-esempio.json")), "criteri");
    const auto errato = j::decodifica_relazione(R"({"formato":"perfpa.relazione/1","anno":"x"})");
    out << "errore: " << (errato ? std::string("nessuno") : errato.error().testo()) << "\n";

    // The encoders, plain and with options.
    const j::OpzioniCodifica rientrato{2};
    out << j::codifica(r) << "\n" << j::codifica(s) << "\n" << j::codifica(p) << "\n" << j::codifica(c) << "\n";
    out << j::codifica(rv, rientrato).size() << " " << j::codifica(sp, rientrato).size() << " "
        << j::codifica(p, rientrato).size() << " " << j::codifica(c, rientrato).size() << "\n";

    // The checks.
    const std::vector<perfpa::Controllo> propri{
        {{"PROPRIO", perfpa::Gravita::avviso, "regolamento dell'ente"}, false, false, &sempre}};
    out << j::codifica_rilievi(perfpa::controlla(r)) << "\n"
        << j::codifica_rilievi(perfpa::controlla(r, s)) << "\n"
        << j::codifica_rilievi(perfpa::controlla(r, s, propri)) << "\n"
        << j::codifica_rilievi(perfpa::controlla(r, propri)) << "\n"
        << j::codifica_rilievi(perfpa::controlla_personale(p, rv)) << "\n"
        << j::codifica_rilievi(perfpa::controlla_personale(p, rv, sp)) << "\n";

    // The scores, alone and with the checks.
    const perfpa::Esame esame = perfpa::esamina(r, s);
    const perfpa::Esame con_propri = perfpa::esamina(r, s, propri, {.spiegazioni = false});
    perfpa::Esaminatore esaminatore;
    const perfpa::Esame& di_nuovo = esaminatore.esamina(r, s);
    out << j::codifica_punteggi(esame.punteggi) << "\n"
        << j::codifica_punteggi(perfpa::calcola_punteggi(r, s)) << "\n"
        << j::codifica_rilievi(con_propri.rilievi) << " " << j::codifica_punteggi(con_propri.punteggi) << "\n"
        << "esaminatore uguale a esamina: " << (di_nuovo == esame) << "\n"
        << perfpa::json::codifica_punteggi_personale(perfpa::calcola_punteggi_personale(p, rv, sp)) << "\n";

    // The bonus splits: the heads' (a fund, the criteria) and the staff's (scores given, or computed).
    const perfpa::Importo fondo = perfpa::Importo::euro(25000);
    const perfpa::EsitoRipartizione rifiutata = perfpa::ripartisci_premi(r, s, fondo); // not validated
    const perfpa::EsitoRipartizione premi = perfpa::ripartisci_premi(rv, s, fondo);
    const perfpa::EsitoRipartizione premi_criteri = perfpa::ripartisci_premi(rv, sp, c);
    if (rifiutata || !premi || !premi_criteri) {
        std::cerr << "ripartizione inattesa\n";
        return 1;
    }
    out << rifiutata.error().motivo << " (" << rifiutata.error().norma << ")\n"
        << j::codifica_ripartizione(*premi, perfpa::calcola_punteggi(rv, s), fondo) << "\n"
        << j::codifica_ripartizione(*premi_criteri, perfpa::calcola_punteggi(rv, sp), c.fondo) << "\n";
    const perfpa::EsitoRipartizionePersonale personale = perfpa::ripartisci_premi_personale(p, rv, sp, c);
    const perfpa::EsitoRipartizionePersonale personale_dati = perfpa::ripartisci_premi_personale(
        p, perfpa::calcola_punteggi_personale(p, rv, sp), rv, c, false);
    out << (personale ? j::codifica_premi_personale(*personale) : j::codifica_rifiuto_premi_personale(personale.error()))
        << "\n"
        << (personale_dati ? j::codifica_premi_personale(*personale_dati)
                           : j::codifica_rifiuto_premi_personale(personale_dati.error()))
        << "\n";

    // The report data: plain, with the ente's rows and the split, and without the ente's SMVP.
    scrivi_report(out, perfpa::prepara_report(r, s));
    perfpa::OpzioniReport opzioni;
    opzioni.propri = propri;
    opzioni.ripartizione = *premi;
    scrivi_report(out, perfpa::prepara_report(rv, s, opzioni));
    scrivi_report(out, perfpa::prepara_report_senza_smvp(r, s));
    return 0;
}
