// The sentences every report generator shares: who approved and validated
// the Relazione, the ente in one line, the state of an objective. Plain
// text, no markup: each generator escapes it for its own format.
#ifndef PERFPA_ESEMPI_REPORT_FRASI_HPP
#define PERFPA_ESEMPI_REPORT_FRASI_HPP

#include <perfpa/report.hpp>

#include <string>

namespace perfpa::esempi {

/** "Comune di Leverano (LE), 13.639 abitanti al 31.12.2022". */
inline std::string frase_ente(const DatiReport& d) {
    std::string s = d.ente.denominazione;
    if (d.ente.provincia) s += " (" + *d.ente.provincia + ")";
    if (d.ente.popolazione) {
        s += ", " + formatta_decimale(Decimale::interi(*d.ente.popolazione)) + " abitanti";
        if (d.ente.popolazione_al) s += " al " + formatta_data(*d.ente.popolazione_al);
    }
    return s;
}

/** "Atto della giunta n. 19 del 27.01.2023" or the parts given. */
inline std::string frase_atto(const Atto& a) {
    std::string s = a.organo ? "atto della " + *a.organo : "atto";
    if (a.numero) s += " n. " + *a.numero;
    if (a.data) s += " del " + formatta_data(*a.data);
    return s;
}

/** "Validata dal Nucleo di Valutazione il 28 giugno 2024", or why not. */
inline std::string frase_validazione(const DatiReport& d) {
    if (!d.organo) return "Nessuna valutazione del Nucleo di Valutazione o dell'OIV nel documento";
    const std::string organo(etichetta(*d.organo));
    if (!d.validazione) return (*d.organo == OrganoValutazione::oiv ? "Validazione dell'" : "Validazione del ") + organo +
                               " non indicata";
    std::string s = d.validazione->esito == EsitoValidazione::validata ? "Validata" : "Non validata";
    s += std::string(*d.organo == OrganoValutazione::oiv ? " dall'" : " dal ") + organo;
    if (d.validazione->data) s += " il " + formatta_data_estesa(*d.validazione->data);
    return s;
}

/** "Approvata con atto della giunta n. 12 del 20.05.2024", or "Approvazione non indicata". */
inline std::string frase_approvazione(const DatiReport& d) {
    return d.approvazione ? "Approvata con " + frase_atto(*d.approvazione) : "Approvazione non indicata";
}

/** The degree of an objective or area as a cell: "100%", "neutralizzato", "non valutato". */
inline std::string testo_grado(StatoValutazione stato, const std::optional<Percentuale>& grado) {
    if (stato == StatoValutazione::valutato && grado) return formatta_percentuale(*grado);
    return std::string(etichetta(stato));
}

/** "40,00" or "—" for a component not evaluated. */
inline std::string testo_punti(const std::optional<Punti>& p) { return p ? formatta_punti(*p) : "—"; }

} // namespace perfpa::esempi

#endif
