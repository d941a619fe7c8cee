// A CSV of the objectives of a Relazione, one row each, for LibreOffice Calc
// and Excel set to Italian: UTF-8 with a byte-order mark, ';' between
// fields, ',' before decimals, CRLF line ends (RFC 4180 quoting); texts
// that a spreadsheet would run as a formula are defused (csv::testo).
// Only formats a DatiReport.
#ifndef PERFPA_ESEMPI_REPORT_CSV_HPP
#define PERFPA_ESEMPI_REPORT_CSV_HPP

#include <perfpa/report.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace perfpa::esempi {

namespace csv {

/** A field, quoted when it holds ';', '"' or a line break. */
inline std::string campo(std::string_view s) {
    if (s.find_first_of(";\"\r\n") == std::string_view::npos) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += "\"\"";
        else out.push_back(c);
    }
    return out + "\"";
}

/**
 * A text from the document, as a field. A text starting with '=', '+', '-',
 * '@', a tab or a carriage return gets an apostrophe in front: a spreadsheet
 * would otherwise take it for a formula (OWASP, "CSV Injection"), and a
 * formula from a document someone else wrote can reach other files or the
 * network. Figures are written by `numero`, never through this.
 */
inline std::string testo(std::string_view s) {
    if (!s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos)
        return campo("'" + std::string(s));
    return campo(s);
}

/** A row of fields already written by `campo`, `testo` or `numero`. */
inline void riga(std::string& out, const std::vector<std::string>& campi) {
    for (std::size_t i = 0; i < campi.size(); ++i) {
        if (i) out += ';';
        out += campi[i];
    }
    out += "\r\n";
}

/**
 * Hundredths with a decimal comma, always two decimals, and no thousands
 * separator ("1234,50", "9,80"), so spreadsheets read a number and every
 * row of a column looks the same.
 */
inline std::string numero(std::int64_t centesimi) {
    std::string out;
    for (char c : perfpa::detail::formatta_scalato(centesimi, 2, 2))
        if (c != '.') out.push_back(c);
    return out;
}

} // namespace csv

/** The CSV text: a header, then settore, head, objective, description, weight, degree (%), state, points. */
inline std::string report_csv(const DatiReport& d) {
    std::string o = "\xEF\xBB\xBF"; // UTF-8 byte-order mark: Calc and Excel then read the accents right
    csv::riga(o, {"Settore", "Responsabile", "Obiettivo", "Descrizione", "Peso", "Grado (%)", "Stato", "Punti"});
    for (const auto& s : d.settori)
        for (const auto& ob : s.obiettivi)
            csv::riga(o, {csv::testo(s.denominazione), csv::testo(s.responsabile), csv::testo(ob.id),
                          csv::testo(ob.descrizione), csv::numero(ob.peso.centesimi()),
                          ob.grado.grado ? csv::numero(ob.grado.grado->centesimi()) : "",
                          csv::campo(etichetta(ob.grado.stato)),
                          ob.contributo ? csv::numero(ob.contributo->centesimi()) : ""});
    return o;
}

} // namespace perfpa::esempi

#endif
