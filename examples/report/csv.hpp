// A CSV of the objectives of a Relazione, one row each, for LibreOffice Calc
// and Excel set to Italian: UTF-8 with a byte-order mark, ';' between
// fields, ',' before decimals, CRLF line ends (RFC 4180 quoting); texts
// that a spreadsheet would run as a formula are defused (csv::testo).
// Only formats a DatiReport.
#ifndef PERFPA_ESEMPI_REPORT_CSV_HPP
#define PERFPA_ESEMPI_REPORT_CSV_HPP

#include <perfpa/importa/csv.hpp>
#include <perfpa/report.hpp>

#include <boost/describe/enum_to_string.hpp>

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
 * network. A text starting with an apostrophe gets one more, so that
 * `perfpa importa` (importa::testo_cella) can remove the one added.
 * Figures are written by `numero`, never through this.
 */
inline std::string testo(std::string_view s) {
    if (importa::da_disinnescare(s)) return campo("'" + std::string(s));
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
inline std::string numero(std::int64_t centesimi) { return importa::testo_numero(centesimi, 2, 2); }

/** An indicator's value as a field: a text as `testo`, a number or "sì"/"no" as they are. */
inline std::string valore(const Valore& v) {
    if (const auto* t = std::get_if<std::string>(&v)) return testo(*t);
    return campo(importa::testo_valore(v));
}

} // namespace csv

/**
 * The CSV text: a header, then one row per objective — settore, head,
 * objective, description, weight, degree (%), state, points as the report
 * computes them; then what `perfpa importa --format csv` reads back
 * (docs/importa.md): the settore's id and weight, the indicator (its
 * description, kind, target and result, for an objective with exactly one
 * indicator), and the NdV's entry as written (degree, neutralised,
 * reason, who gave the degree). The columns are importa::colonne_csv.
 */
inline std::string report_csv(const DatiReport& d) {
    std::string o = "\xEF\xBB\xBF"; // UTF-8 byte-order mark: Calc and Excel then read the accents right
    csv::riga(o, std::vector<std::string>(importa::colonne_csv.begin(), importa::colonne_csv.end()));
    for (const auto& s : d.settori)
        for (const auto& ob : s.obiettivi) {
            const Indicatore* ind = ob.indicatori.size() == 1 ? &ob.indicatori.front() : nullptr;
            const auto& v = ob.valutazione;
            auto misura = [](Misura m) {
                return std::string(boost::describe::enum_to_string(m, ""));
            };
            auto fonte = [](FonteGrado f) { return std::string(boost::describe::enum_to_string(f, "")); };
            csv::riga(o, {csv::testo(s.denominazione), csv::testo(s.responsabile), csv::testo(ob.id),
                          csv::testo(ob.descrizione), csv::numero(ob.peso.centesimi()),
                          ob.grado.grado ? csv::numero(ob.grado.grado->centesimi()) : "",
                          csv::campo(etichetta(ob.grado.stato)),
                          ob.contributo ? csv::numero(ob.contributo->centesimi()) : "",
                          csv::testo(s.id), csv::numero(s.peso.centesimi()),
                          ind ? csv::testo(ind->descrizione) : "", ind ? misura(ind->misura) : "",
                          ind && ind->valore_atteso ? csv::valore(*ind->valore_atteso) : "",
                          ind && ind->valore_realizzato ? csv::valore(*ind->valore_realizzato) : "",
                          v && v->grado_raggiungimento ? csv::numero(v->grado_raggiungimento->centesimi()) : "",
                          v && v->neutralizzato ? std::string(importa::testo_booleano(*v->neutralizzato)) : "",
                          v && v->motivazione ? csv::testo(*v->motivazione) : "",
                          v && v->fonte ? fonte(*v->fonte) : ""});
        }
    return o;
}

} // namespace perfpa::esempi

#endif
