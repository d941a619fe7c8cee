// perfpa in the browser, the part without the browser: `perfpa::web::analizza`
// takes the texts of a Relazione and, optionally, of an SMVP and of a staff
// document, and returns what the command-line tool writes for them. The page
// calls it through perfpa_web.cpp; prova_nativa.cpp compares it, natively,
// with the tool's output byte for byte.
#ifndef PERFPA_WEB_ANALIZZA_HPP
#define PERFPA_WEB_ANALIZZA_HPP

#include <perfpa/checks.hpp>
#include <perfpa/json.hpp>
#include <perfpa/json/risultati.hpp>
#include <perfpa/report.hpp>
#include <perfpa/scoring.hpp>

#include "../report/html.hpp"
#include "../report/schede.hpp"
#include "smvp_esempio.hpp" // generated from examples/data/smvp-esempio.json, as for the tool

#include <exception>
#include <perfpa/importa/csv.hpp>

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace perfpa::web {

/**
 * An input document: the name it is shown with (its file name) and its text;
 * an empty text is no document. A Relazione is JSON; the sheet of `perfpa
 * report --format csv`, edited, updates it (`perfpa importa --format csv --su`).
 */
struct Documento {
    std::string nome;
    std::string testo;
};

/**
 * What the page shows. Each text is exactly the standard output of the
 * command-line tool for the same files (names as given), or empty when that
 * command does not apply. `errori` is a JSON array of the documents'
 * decoding errors, `[{"documento":…,"percorso":…,"messaggio":…}]`: when it
 * is not `[]`, nothing else is computed.
 */
struct Risultati {
    std::string errori = "[]";
    std::string rilievi;            ///< perfpa check --json [--smvp S] [--personale P] R
    std::string punteggi;           ///< perfpa score --json [--smvp S] R
    std::string punteggi_personale; ///< perfpa score --json --personale P --smvp S R
    std::string report;             ///< perfpa report --format html [--smvp S] R
    std::string schede;             ///< perfpa report --format html --personale P --smvp S R
    /** With a sheet: perfpa importa --format csv --su R F, the Relazione every other result is about. */
    std::string relazione_importata;
};

namespace detail {

// Appends {"documento":…,"percorso":…,"messaggio":…} to the array being written in `out`.
inline void aggiungi_errore(std::string& out, std::string_view documento, std::string_view percorso,
                            std::string_view messaggio) {
    out += out.size() > 1 ? R"(,{"documento":)" : R"({"documento":)";
    json::detail::scrivi_stringa<>(out, documento);
    out += R"(,"percorso":)";
    json::detail::scrivi_stringa<>(out, percorso);
    out += R"(,"messaggio":)";
    json::detail::scrivi_stringa<>(out, messaggio);
    out += "}";
}

// Decodes `d` (when given) as a T; its errors go to `errori` (an open JSON array).
template <class T>
std::optional<T> decodifica(const Documento& d, std::string& errori) {
    if (d.testo.empty()) return std::nullopt;
    auto r = json::decodifica<T>(d.testo);
    if (r) return std::move(*r);
    for (const auto& e : r.error().errori) aggiungi_errore(errori, d.nome, e.percorso, e.messaggio);
    return std::nullopt;
}

inline Risultati calcola(const Documento& relazione, const Documento& smvp_ente, const Documento& personale_doc,
                         const Documento& foglio) {
    Risultati out;
    std::string errori = "[";
    if (relazione.testo.empty())
        aggiungi_errore(errori, relazione.nome, "", "nessuna Relazione indicata: serve il documento da controllare");
    auto r = decodifica<Relazione>(relazione, errori);
    // A sheet updates the Relazione first: its errors are at their row and column.
    if (r && !foglio.testo.empty()) {
        importa::EsitoCsv e = importa::aggiorna_da_csv(std::move(*r), foglio.testo);
        r.reset();
        for (const importa::ErroreCsv& x : e.errori) aggiungi_errore(errori, foglio.nome, "", x.testo());
        if (e) r = std::move(e.relazione);
    }
    const auto smvp = decodifica<Smvp>(smvp_ente, errori);
    const auto personale = decodifica<Personale>(personale_doc, errori);
    out.errori = errori + "]";
    if (out.errori != "[]") return out;
    if (!foglio.testo.empty()) out.relazione_importata = json::codifica(*r, json::OpzioniCodifica{2}) + "\n";
    // The CLI names each result only when there are two documents (a staff document's findings follow).
    const bool molti = personale.has_value();
    const auto nome = [&](const Documento& d) {
        return molti ? std::optional<std::string_view>(d.nome) : std::nullopt;
    };

    // check: without an SMVP the rows that need one do not run (no fallback to the example).
    const auto rilievi = smvp ? controlla(*r, *smvp) : controlla(*r);
    json::codifica_rilievi(out.rilievi, rilievi, nome(relazione));
    out.rilievi += '\n';
    if (personale) {
        const auto del_personale =
            smvp ? controlla_personale(*personale, *r, *smvp) : controlla_personale(*personale, *r);
        json::codifica_rilievi(out.rilievi, del_personale, personale_doc.nome);
        out.rilievi += '\n';
    }

    // score and report: without the ente's SMVP, the example SMVP's points (and no band or share in the report).
    auto esempio = json::decodifica<Smvp>(cli::testo_smvp_esempio);
    if (!esempio) throw std::logic_error("lo SMVP di esempio incorporato non è valido");
    const Smvp& per_punti = smvp ? *smvp : *esempio;
    json::codifica_punteggi(out.punteggi, calcola_punteggi(*r, per_punti));
    out.punteggi += '\n';
    out.report = esempi::report_html(smvp ? prepara_report(*r, *smvp) : prepara_report_senza_smvp(*r, *esempio));
    if (personale && smvp) {
        const auto punteggi = calcola_punteggi_personale(*personale, *r, *smvp);
        json::codifica_punteggi_personale(out.punteggi_personale, punteggi);
        out.punteggi_personale += '\n';
        out.schede = esempi::schede_html(*personale, *r, *smvp, punteggi);
    }
    return out;
}

} // namespace detail

/**
 * The results for a Relazione and, when their texts are not empty, an SMVP
 * and a staff document. Never throws: a failure of the library (which
 * throws only on exhausted memory or a broken invariant) becomes one error.
 */
inline Risultati analizza(const Documento& relazione, const Documento& smvp, const Documento& personale,
                          const Documento& foglio = {}) {
    try {
        return detail::calcola(relazione, smvp, personale, foglio);
    } catch (const std::exception& e) {
        Risultati out;
        out.errori = "[";
        detail::aggiungi_errore(out.errori, relazione.nome, "", std::string("errore interno: ") + e.what());
        out.errori += "]";
        return out;
    }
}

} // namespace perfpa::web

#endif
