// perfpa — reading back the CSV of the objectives that `perfpa report
// --format csv` writes (docs/importa.md): the sheet an ente keeps in
// LibreOffice Calc or Excel set to Italian — ';' between fields, ',' before
// decimals, UTF-8 with or without a byte-order mark, CRLF or LF line ends,
// RFC 4180 quoting — one row per objective. Two uses:
//   - `aggiorna_da_csv(relazione, testo)`: the document's weights, targets,
//     results and NdV degrees replaced by the sheet's (objectives matched by
//     settore id and objective id);
//   - `relazione_da_csv(testo, anno, ente)`: a new Relazione from what the
//     sheet carries.
// Every error names its row and column: `riga 4, colonna "Peso": atteso …,
// trovato "…"`. Numbers are read from their text (integer hundredths,
// exact decimals), never through a floating-point type.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_IMPORTA_CSV_HPP
#define PERFPA_IMPORTA_CSV_HPP

#include <perfpa/detail/utf8.hpp>
#include <perfpa/formato_italiano.hpp>
#include <perfpa/model.hpp>
#include <perfpa/opzionale.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace perfpa::importa {

/** The columns of the sheet, in the order `perfpa report --format csv` writes them. */
namespace colonna {
inline constexpr std::string_view settore = "Settore";
inline constexpr std::string_view responsabile = "Responsabile";
inline constexpr std::string_view obiettivo = "Obiettivo";
inline constexpr std::string_view descrizione = "Descrizione";
inline constexpr std::string_view peso = "Peso";
inline constexpr std::string_view grado = "Grado (%)"; ///< computed by the report: not read
inline constexpr std::string_view stato = "Stato";     ///< computed by the report: not read
inline constexpr std::string_view punti = "Punti";     ///< computed by the report: not read
inline constexpr std::string_view id_settore = "Id settore";
inline constexpr std::string_view peso_settore = "Peso settore";
inline constexpr std::string_view indicatore = "Indicatore";
inline constexpr std::string_view misura = "Misura";
inline constexpr std::string_view valore_atteso = "Valore atteso";
inline constexpr std::string_view valore_realizzato = "Valore realizzato";
inline constexpr std::string_view grado_ndv = "Grado NdV (%)";
inline constexpr std::string_view neutralizzato = "Neutralizzato";
inline constexpr std::string_view motivazione = "Motivazione";
inline constexpr std::string_view fonte = "Fonte";
} // namespace colonna

/** Every column, in the report's order; the reader finds each by its name in the header. */
inline constexpr std::array<std::string_view, 18> colonne_csv{
    colonna::settore,      colonna::responsabile,   colonna::obiettivo,     colonna::descrizione,
    colonna::peso,         colonna::grado,          colonna::stato,         colonna::punti,
    colonna::id_settore,   colonna::peso_settore,   colonna::indicatore,    colonna::misura,
    colonna::valore_atteso, colonna::valore_realizzato, colonna::grado_ndv, colonna::neutralizzato,
    colonna::motivazione,  colonna::fonte};

/** An error of the sheet: `riga 4, colonna "Peso": atteso …, trovato "…"`. */
struct ErroreCsv {
    std::size_t riga = 0;             ///< the row as a spreadsheet numbers it: 1 is the header
    std::string colonna;              ///< the column's name, empty for the row as a whole
    std::string motivo;               ///< "atteso un peso, …"
    Opzionale<std::string> trovato; ///< the cell's text, when the error is about it
    [[nodiscard]] std::string testo() const {
        std::string t = "riga " + std::to_string(riga);
        if (!colonna.empty()) t += ", colonna \"" + colonna + "\"";
        t += ": " + motivo;
        if (trovato) t += ", trovato \"" + *trovato + "\"";
        return t;
    }
    friend bool operator==(const ErroreCsv&, const ErroreCsv&) = default;
};

/** A Relazione read from a sheet, or every error found (then `relazione` is empty). */
struct EsitoCsv {
    Opzionale<Relazione> relazione;
    std::vector<ErroreCsv> errori;
    explicit operator bool() const noexcept { return relazione.has_value(); }
};

// ---------------------------------------------------------------------------
// Cells: what the report writes and what this reader reads back are the same
// texts, so both directions live here.

/** "sì" / "no": how the sheet writes a boolean (a binary value, `Neutralizzato`). */
inline std::string_view testo_booleano(bool b) noexcept { return b ? "sì" : "no"; }

/** A number of the sheet: a decimal comma, no thousands separator ("1234,5", "-18"). */
inline std::string testo_numero(std::int64_t scalato, int decimali, int fissi) {
    std::string out;
    for (char c : perfpa::detail::formatta_scalato(scalato, decimali, fissi))
        if (c != '.') out.push_back(c);
    return out;
}

/** An indicator's value as a cell: "sì"/"no", a number ("75,49"), or the text itself. */
inline std::string testo_valore(const Valore& v) {
    if (const bool* b = std::get_if<bool>(&v)) return std::string(testo_booleano(*b));
    if (const Decimale* d = std::get_if<Decimale>(&v)) return testo_numero(d->milionesimi(), 6, 0);
    return std::get<std::string>(v);
}

/**
 * Whether a text cell must get an apostrophe in front so that a spreadsheet
 * does not run it as a formula: it starts with '=', '+', '-', '@', a tab, a
 * carriage return, or an apostrophe (so that the apostrophe added can be
 * told from one of the text's own).
 */
inline bool da_disinnescare(std::string_view s) noexcept {
    return !s.empty() && std::string_view("=+-@\t\r'").find(s.front()) != std::string_view::npos;
}

/** A text cell back to the document's text: the apostrophe `da_disinnescare` added, removed. */
inline std::string_view testo_cella(std::string_view s) noexcept {
    if (s.size() >= 2 && s.front() == '\'' && da_disinnescare(s.substr(1))) s.remove_prefix(1);
    return s;
}

namespace detail {

/** A record of the file: its fields and its row number (1 = the header). */
struct RecordCsv {
    std::size_t riga = 0;
    std::vector<std::string> campi;
};

// The records of a CSV text with ';' between fields (RFC 4180 quoting,
// CRLF, LF or CR line ends, the UTF-8 byte-order mark skipped). Records
// whose fields are all empty (";;;;" rows a spreadsheet leaves) are
// dropped, their row numbers kept. False, with the error, on a text that is
// not UTF-8 or a quote that is never closed.
inline bool record_csv(std::string_view t, std::vector<RecordCsv>& out, std::vector<ErroreCsv>& errori) {
    if (t.substr(0, 3) == "\xEF\xBB\xBF") t.remove_prefix(3);
    if (const std::size_t b = perfpa::detail::primo_byte_non_utf8(t); b != std::string_view::npos) {
        std::size_t riga = 1;
        for (std::size_t i = 0; i < b; ++i) riga += t[i] == '\n';
        errori.push_back({riga, "", "atteso un testo in UTF-8 (salvare il foglio come \"CSV UTF-8\"), trovato un byte "
                                    "non valido alla posizione " + std::to_string(b + 1), std::nullopt});
        return false;
    }
    std::size_t i = 0, riga = 0;
    while (i < t.size()) {
        RecordCsv r;
        r.riga = ++riga;
        std::string campo;
        bool fine_record = false;
        while (!fine_record) {
            campo.clear();
            if (i < t.size() && t[i] == '"') { // quoted: up to the quote not doubled
                const std::size_t inizio = riga;
                ++i;
                for (;;) {
                    if (i >= t.size()) {
                        errori.push_back({inizio, "", "virgolette aperte e mai chiuse: atteso '\"' prima della fine "
                                                      "del file", std::nullopt});
                        return false;
                    }
                    if (t[i] == '"') {
                        if (i + 1 < t.size() && t[i + 1] == '"') {
                            campo.push_back('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    campo.push_back(t[i++]);
                }
                if (i < t.size() && t[i] != ';' && t[i] != '\r' && t[i] != '\n') {
                    errori.push_back({r.riga, "", "atteso ';' o la fine della riga dopo le virgolette di chiusura",
                                      std::string(1, t[i])});
                    return false;
                }
            } else {
                while (i < t.size() && t[i] != ';' && t[i] != '\r' && t[i] != '\n') campo.push_back(t[i++]);
            }
            r.campi.push_back(campo);
            if (i < t.size() && t[i] == ';') {
                ++i;
                continue;
            }
            if (i < t.size() && t[i] == '\r') ++i;
            if (i < t.size() && t[i] == '\n') ++i;
            fine_record = true;
        }
        bool vuoto = true;
        for (const auto& c : r.campi) vuoto = vuoto && c.empty();
        if (!vuoto) out.push_back(std::move(r));
    }
    return true;
}

// A number of the sheet scaled by 10^decimali: a decimal comma, no thousands
// separator. On failure, `motivo` says what was expected.
inline bool leggi_numero_csv(std::string_view s, int decimali, std::int64_t limite, std::int64_t& out,
                             std::string& motivo) {
    s = perfpa::detail::senza_spazi_italiani(s);
    if (const std::size_t punto = s.find('.'); punto != std::string_view::npos) {
        // "1.234,50" or "1.000": thousands; "9.80": a decimal point.
        std::size_t cifre = 0;
        std::size_t j = punto + 1;
        while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j, ++cifre;
        const bool migliaia = s.find(',') != std::string_view::npos || (cifre == 3 && (j == s.size() || s[j] == '.'));
        motivo = migliaia ? "un numero senza separatore delle migliaia (come \"1234,50\")"
                          : "un numero con la virgola come separatore decimale (come \"9,80\"), non il punto";
        return false;
    }
    std::string perche;
    if (!perfpa::detail::leggi_numero_italiano(s, decimali, limite, out, perche)) {
        motivo = "un numero con la virgola decimale e al massimo " + std::to_string(decimali) + " decimali (" +
                 perche + ")";
        return false;
    }
    return true;
}

/** Reads the cells of one row by column name; every error is added with the row and the column. */
class LettoreRiga {
public:
    LettoreRiga(const RecordCsv& r, const std::vector<std::size_t>& indici, std::vector<ErroreCsv>& errori)
        : r_(r), indici_(indici), errori_(errori) {}

    [[nodiscard]] std::size_t riga() const noexcept { return r_.riga; }

    /** The cell's text as written. */
    [[nodiscard]] std::string_view cella(std::string_view nome) const {
        return r_.campi[indici_[indice(nome)]];
    }

    /** A text cell (the formula-defusing apostrophe removed); empty when empty. */
    [[nodiscard]] std::string testo(std::string_view nome) const { return std::string(testo_cella(cella(nome))); }

    void errore(std::string_view nome, std::string motivo, Opzionale<std::string> trovato) {
        errori_.push_back({r_.riga, std::string(nome), std::move(motivo), std::move(trovato)});
    }

    /** A non-empty text, or an error. */
    Opzionale<std::string> testo_richiesto(std::string_view nome, std::string_view che_cosa) {
        std::string t = testo(nome);
        if (perfpa::detail::solo_spazi(t)) {
            errore(nome, "atteso " + std::string(che_cosa) + ", trovata una cella vuota", std::nullopt);
            return std::nullopt;
        }
        return t;
    }

    /** Hundredths in [minimo, massimo]; `percento` accepts a '%' after the number. Empty: nothing, no error. */
    template <class Tag>
    Opzionale<Centesimi<Tag>> centesimi(std::string_view nome, std::string_view che_cosa, bool percento,
                                            bool& ok) {
        std::string_view s = perfpa::detail::senza_spazi_italiani(cella(nome));
        if (s.empty()) return std::nullopt;
        if (percento && s.back() == '%') s = perfpa::detail::senza_spazi_italiani(s.substr(0, s.size() - 1));
        std::int64_t v = 0;
        std::string motivo;
        if (!leggi_numero_csv(s, 2, std::numeric_limits<std::int64_t>::max() / 1000, v, motivo)) {
            ok = false;
            errore(nome, "atteso " + std::string(che_cosa) + ": " + motivo, std::string(cella(nome)));
            return std::nullopt;
        }
        const auto c = Centesimi<Tag>::da_centesimi(v);
        if (!c.nel_intervallo()) {
            ok = false;
            errore(nome,
                   "atteso " + std::string(che_cosa) + " da " + testo_numero(Centesimi<Tag>::minimo, 2, 0) + " a " +
                       testo_numero(Centesimi<Tag>::massimo, 2, 0),
                   std::string(cella(nome)));
            return std::nullopt;
        }
        return c;
    }

    /** "sì" / "no" (also "si", any case); empty: nothing. */
    Opzionale<bool> booleano(std::string_view nome, bool& ok) {
        const std::string_view s = perfpa::detail::senza_spazi_italiani(cella(nome));
        if (s.empty()) return std::nullopt;
        if (s == "sì" || s == "si" || s == "Sì" || s == "Si" || s == "SÌ" || s == "SI") return true;
        if (s == "no" || s == "No" || s == "NO") return false;
        ok = false;
        errore(nome, "atteso \"sì\" o \"no\" (o la cella vuota)", std::string(cella(nome)));
        return std::nullopt;
    }

    /** An indicator's value read as `come` (a bool, a Decimale or a text); empty: nothing. */
    Opzionale<Valore> valore(std::string_view nome, const Valore& come, bool& ok) {
        const std::string_view grezzo = cella(nome);
        if (std::holds_alternative<std::string>(come)) {
            if (grezzo.empty()) return std::nullopt;
            return Valore{std::string(testo_cella(grezzo))};
        }
        if (std::holds_alternative<bool>(come)) {
            const auto b = booleano(nome, ok);
            if (!b) return std::nullopt;
            return Valore{*b};
        }
        const std::string_view s = perfpa::detail::senza_spazi_italiani(grezzo);
        if (s.empty()) return std::nullopt;
        std::int64_t v = 0;
        std::string motivo;
        if (!leggi_numero_csv(s, 6, Decimale::limite - 1, v, motivo)) {
            ok = false;
            errore(nome, "atteso " + motivo, std::string(grezzo));
            return std::nullopt;
        }
        return Valore{Decimale::da_milionesimi(v)};
    }

    /** An enum written by its name (`binaria`, `responsabile`, …); empty: nothing. */
    template <class E>
    Opzionale<E> enumerato(std::string_view nome, bool& ok) {
        const std::string_view s = perfpa::detail::senza_spazi_italiani(cella(nome));
        if (s.empty()) return std::nullopt;
        Opzionale<E> trovato;
        std::string ammessi;
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
            if (s == d.name) trovato = d.value;
            ammessi += (ammessi.empty() ? "\"" : ", \"") + std::string(d.name) + "\"";
        });
        if (!trovato) {
            ok = false;
            errore(nome, "atteso uno tra " + ammessi + " (o la cella vuota)", std::string(cella(nome)));
        }
        return trovato;
    }

private:
    static std::size_t indice(std::string_view nome) {
        for (std::size_t k = 0; k < colonne_csv.size(); ++k)
            if (colonne_csv[k] == nome) return k;
        return 0; // unreachable: every name passed is one of colonne_csv
    }
    const RecordCsv& r_;
    const std::vector<std::size_t>& indici_;
    std::vector<ErroreCsv>& errori_;
};

/** What a row of the sheet says about an objective, read and checked. */
struct RigaObiettivo {
    std::size_t riga = 0;
    std::string settore, responsabile, obiettivo, descrizione, id_settore, indicatore;
    Peso peso;
    Opzionale<Peso> peso_settore;
    Opzionale<Misura> misura;
    std::string valore_atteso, valore_realizzato; ///< as written: read once the indicator's kind is known
    Opzionale<Percentuale> grado_ndv;
    Opzionale<bool> neutralizzato;
    Opzionale<std::string> motivazione;
    Opzionale<FonteGrado> fonte;
    [[nodiscard]] bool con_valutazione() const noexcept { return grado_ndv || neutralizzato || motivazione || fonte; }
};

// The header's columns found by name (`indici[k]` is where colonne_csv[k]
// is; the computed Grado (%), Stato and Punti may be missing) and every row
// read: false with the errors when a column is missing, a
// row is short or long, or a cell cannot be read.
inline bool leggi_righe(std::string_view testo, std::vector<RigaObiettivo>& righe, std::vector<RecordCsv>& record,
                        std::vector<std::size_t>& indici, std::vector<ErroreCsv>& errori) {
    if (!record_csv(testo, record, errori)) return false;
    if (record.empty() || record.front().riga != 1) {
        errori.push_back({1, "", "attesa l'intestazione delle colonne (Settore;Responsabile;Obiettivo;…), trovata una "
                                 "riga vuota", std::nullopt});
        return false;
    }
    const std::vector<std::string>& intestazione = record.front().campi;
    if (intestazione.size() == 1) { // saved with another separator: one error, not one per column
        const std::string& t = intestazione.front();
        const bool tab = t.find('\t') != std::string::npos, virgola = t.find(',') != std::string::npos;
        errori.push_back({1, "",
                          std::string("atteso ';' tra le colonne dell'intestazione (il CSV di Excel e LibreOffice in "
                                      "italiano), trovata una colonna sola") +
                              (tab ? " con tabulazioni" : virgola ? " con virgole" : ""),
                          t});
        return false;
    }
    indici.assign(colonne_csv.size(), 0);
    for (std::size_t k = 0; k < colonne_csv.size(); ++k) {
        std::size_t trovate = 0;
        for (std::size_t j = 0; j < intestazione.size(); ++j)
            if (perfpa::detail::senza_spazi_italiani(intestazione[j]) == colonne_csv[k]) {
                indici[k] = j;
                ++trovate;
            }
        const bool calcolata = colonne_csv[k] == colonna::grado || colonne_csv[k] == colonna::stato ||
                               colonne_csv[k] == colonna::punti; // the report's figures, never read
        if (trovate == 0 && !calcolata)
            errori.push_back({1, std::string(colonne_csv[k]),
                              "colonna mancante nell'intestazione (il foglio va scritto da perfpa report --format csv, "
                              "con tutte le sue colonne)", std::nullopt});
        else if (trovate > 1)
            errori.push_back({1, std::string(colonne_csv[k]), "colonna ripetuta nell'intestazione", std::nullopt});
    }
    if (!errori.empty()) return false;
    const std::size_t n = intestazione.size();
    for (std::size_t x = 1; x < record.size(); ++x) {
        const RecordCsv& r = record[x];
        if (r.campi.size() != n) {
            const bool corta = r.campi.size() < n;
            errori.push_back({r.riga, corta ? intestazione[r.campi.size()] : "",
                              std::string(corta ? "riga corta" : "riga lunga") + ": attese " + std::to_string(n) +
                                  " celle separate da ';' come nell'intestazione, trovate " +
                                  std::to_string(r.campi.size()),
                              std::nullopt});
            continue;
        }
        LettoreRiga l(r, indici, errori);
        bool ok = true;
        RigaObiettivo o;
        o.riga = r.riga;
        o.settore = l.testo(colonna::settore);
        o.responsabile = l.testo(colonna::responsabile);
        o.descrizione = l.testo(colonna::descrizione);
        o.indicatore = l.testo(colonna::indicatore);
        if (auto t = l.testo_richiesto(colonna::obiettivo, "l'id dell'obiettivo")) o.obiettivo = *t;
        else ok = false;
        if (auto t = l.testo_richiesto(colonna::id_settore, "l'id del settore")) o.id_settore = *t;
        else ok = false;
        if (auto p = l.centesimi<perfpa::detail::TagPeso>(colonna::peso, "un peso", false, ok)) o.peso = *p;
        else if (ok) {
            l.errore(colonna::peso, "atteso il peso dell'obiettivo, trovata una cella vuota", std::nullopt);
            ok = false;
        }
        o.peso_settore = l.centesimi<perfpa::detail::TagPeso>(colonna::peso_settore, "un peso", false, ok);
        o.misura = l.enumerato<Misura>(colonna::misura, ok);
        o.valore_atteso = std::string(l.cella(colonna::valore_atteso));
        o.valore_realizzato = std::string(l.cella(colonna::valore_realizzato));
        o.grado_ndv = l.centesimi<perfpa::detail::TagPercentuale>(colonna::grado_ndv, "una percentuale", true, ok);
        o.neutralizzato = l.booleano(colonna::neutralizzato, ok);
        if (std::string m = l.testo(colonna::motivazione); !m.empty()) o.motivazione = std::move(m);
        o.fonte = l.enumerato<FonteGrado>(colonna::fonte, ok);
        // An NdV entry is a degree or a neutralisation (format.md): a reason or a source alone is not one.
        if (ok && o.con_valutazione() && !o.grado_ndv && o.neutralizzato != true) {
            l.errore(colonna::grado_ndv,
                     "la riga dice del Nucleo (neutralizzazione, motivazione o fonte) ma non dà il grado: atteso un "
                     "grado, o \"sì\" nella colonna \"Neutralizzato\", trovata una cella vuota",
                     std::nullopt);
            ok = false;
        }
        if (ok) righe.push_back(std::move(o));
    }
    return errori.empty();
}

// The record of a row, to read its value cells once the indicator is known.
inline const RecordCsv& record_di(const std::vector<RecordCsv>& record, std::size_t riga) {
    for (const RecordCsv& r : record)
        if (r.riga == riga) return r;
    return record.front(); // unreachable: every row read has its record
}

// The value cells of a row into a single indicator: each read as the kind
// of the value it replaces, else as the indicator's `misura` says.
inline void valori_in(Indicatore& ind, const RecordCsv& r, const std::vector<std::size_t>& indici,
                      std::vector<ErroreCsv>& errori) {
    const Valore come = ind.misura == Misura::binaria        ? Valore{false}
                        : ind.misura == Misura::quantitativa ? Valore{Decimale{}}
                                                             : Valore{std::string()};
    LettoreRiga l(r, indici, errori);
    bool ok = true;
    auto atteso = l.valore(colonna::valore_atteso, ind.valore_atteso.value_or(come), ok);
    auto realizzato = l.valore(colonna::valore_realizzato, ind.valore_realizzato.value_or(come), ok);
    if (!ok) return;
    ind.valore_atteso = std::move(atteso);
    ind.valore_realizzato = std::move(realizzato);
}

// The NdV's entry of a row into `v` (grado, neutralizzato, motivazione, fonte: each as the row has it).
inline void valutazione_in(ValutazioneObiettivo& v, const RigaObiettivo& o) {
    v.grado_raggiungimento = o.grado_ndv;
    v.neutralizzato = o.neutralizzato;
    v.motivazione = o.motivazione;
    v.fonte = o.fonte;
}

// The entry of the NdV for an objective, where `valutazione_obiettivo`
// looks for it (the settore's first entry, the objective's first), created
// at the end when there is none.
inline ValutazioneObiettivo& valutazione_da_scrivere(Relazione& r, const std::string& settore,
                                                     const std::string& obiettivo) {
    if (!r.valutazione_ndv) r.valutazione_ndv.emplace();
    auto& vi = r.valutazione_ndv->valutazioni_individuali;
    if (!vi) vi.emplace();
    ValutazioneIndividuale* s = nullptr;
    for (auto& x : *vi)
        if (x.settore == settore) {
            s = &x;
            break;
        }
    if (!s) s = &vi->emplace_back(ValutazioneIndividuale{settore, std::nullopt, std::nullopt});
    if (!s->obiettivi) s->obiettivi.emplace();
    for (auto& x : *s->obiettivi)
        if (x.obiettivo == obiettivo) return x;
    ValutazioneObiettivo nuova;
    nuova.obiettivo = obiettivo;
    return s->obiettivi->emplace_back(std::move(nuova));
}

// The existing entry, or nullptr (the same lookup, without creating).
inline ValutazioneObiettivo* valutazione_esistente(Relazione& r, const std::string& settore,
                                                   const std::string& obiettivo) {
    if (!r.valutazione_ndv || !r.valutazione_ndv->valutazioni_individuali) return nullptr;
    for (auto& x : *r.valutazione_ndv->valutazioni_individuali) {
        if (x.settore != settore) continue;
        if (!x.obiettivi) return nullptr;
        for (auto& v : *x.obiettivi)
            if (v.obiettivo == obiettivo) return &v;
        return nullptr;
    }
    return nullptr;
}

} // namespace detail

/**
 * The Relazione `r` with the weights, the targets and results (of an
 * objective with one indicator) and the NdV's entries (degree,
 * neutralisation, its reason, who gave the degree) of the sheet `testo`.
 * Each row names its objective by `Id settore` and `Obiettivo`; an unknown
 * objective, one given twice and one of the document missing from the sheet
 * are errors. A value cell is read as the kind of the value it replaces
 * (else as the indicator's `misura` says); an objective with no indicator
 * or several takes no values (their cells must be empty). An empty NdV
 * cell removes that field of the entry; an entry left with nothing is kept
 * as it was written. Nothing else of the document changes.
 */
[[nodiscard]] inline EsitoCsv aggiorna_da_csv(Relazione r, std::string_view testo) {
    EsitoCsv e;
    std::vector<detail::RigaObiettivo> righe;
    std::vector<detail::RecordCsv> record;
    std::vector<std::size_t> indici;
    if (!detail::leggi_righe(testo, righe, record, indici, e.errori)) return e;
    std::vector<std::vector<std::size_t>> viste(r.settori.size()); // the row of each objective, 0 when none yet
    for (std::size_t i = 0; i < r.settori.size(); ++i) viste[i].assign(r.settori[i].obiettivi.size(), 0);
    for (const detail::RigaObiettivo& o : righe) {
        std::size_t si = r.settori.size();
        for (std::size_t i = 0; i < r.settori.size() && si == r.settori.size(); ++i)
            if (r.settori[i].id == o.id_settore) si = i;
        if (si == r.settori.size()) {
            e.errori.push_back({o.riga, std::string(colonna::id_settore),
                                "atteso l'id di un settore del documento", o.id_settore});
            continue;
        }
        Settore& s = r.settori[si];
        std::size_t oi = s.obiettivi.size();
        for (std::size_t j = 0; j < s.obiettivi.size() && oi == s.obiettivi.size(); ++j)
            if (s.obiettivi[j].id == o.obiettivo) oi = j;
        if (oi == s.obiettivi.size()) {
            e.errori.push_back({o.riga, std::string(colonna::obiettivo),
                                "atteso l'id di un obiettivo del settore \"" + s.id + "\" nel documento", o.obiettivo});
            continue;
        }
        if (viste[si][oi] != 0) {
            e.errori.push_back({o.riga, std::string(colonna::obiettivo),
                                "obiettivo già presente alla riga " + std::to_string(viste[si][oi]) +
                                    ": atteso una riga sola per obiettivo",
                                o.obiettivo});
            continue;
        }
        viste[si][oi] = o.riga;
        Obiettivo& ob = s.obiettivi[oi];
        ob.peso = o.peso;
        if (ob.indicatori.size() == 1) {
            detail::valori_in(ob.indicatori.front(), detail::record_di(record, o.riga), indici, e.errori);
        } else {
            for (auto [nome, cella] : {std::pair{colonna::valore_atteso, &o.valore_atteso},
                                       std::pair{colonna::valore_realizzato, &o.valore_realizzato}})
                if (!perfpa::detail::solo_spazi(*cella))
                    e.errori.push_back({o.riga, std::string(nome),
                                        "attesa una cella vuota: l'obiettivo ha " +
                                            std::to_string(ob.indicatori.size()) +
                                            " indicatori e il foglio porta i valori di un obiettivo con un indicatore "
                                            "solo (i valori si modificano nel documento)",
                                        *cella});
        }
        if (ValutazioneObiettivo* v = detail::valutazione_esistente(r, s.id, ob.id)) detail::valutazione_in(*v, o);
        else if (o.con_valutazione()) detail::valutazione_in(detail::valutazione_da_scrivere(r, s.id, ob.id), o);
    }
    // Every objective of the document has its row; a missing one is named at
    // the row the report would have given it (rows follow the document).
    std::size_t posizione = 1;
    for (std::size_t i = 0; i < r.settori.size(); ++i)
        for (std::size_t j = 0; j < r.settori[i].obiettivi.size(); ++j) {
            ++posizione;
            if (viste[i][j] == 0 && e.errori.empty())
                e.errori.push_back({posizione, std::string(colonna::obiettivo),
                                    "manca la riga dell'obiettivo \"" + r.settori[i].obiettivi[j].id +
                                        "\" del settore \"" + r.settori[i].id +
                                        "\": il foglio deve avere tutti gli obiettivi del documento",
                                    std::nullopt});
        }
    if (e.errori.empty()) e.relazione = std::move(r);
    return e;
}

/**
 * A new Relazione of `anno` for the ente `ente` from the sheet `testo`:
 * one settore per `Id settore` (its name, head and `Peso settore` from its
 * first row, which every later row must repeat), one objective per row (id,
 * description, weight), one indicator when `Indicatore` is filled (with its
 * `Misura`, values read as it says), and the NdV's entries of the rows that
 * have any. What the sheet does not carry (dates, kinds, natures, areas,
 * constraints, the head's title apart from the name) is absent: the result
 * is a valid document to complete, not the one the sheet came from.
 */
[[nodiscard]] inline EsitoCsv relazione_da_csv(std::string_view testo, int anno, std::string ente) {
    EsitoCsv e;
    std::vector<detail::RigaObiettivo> righe;
    std::vector<detail::RecordCsv> record;
    std::vector<std::size_t> indici;
    if (!detail::leggi_righe(testo, righe, record, indici, e.errori)) return e;
    Relazione r;
    r.anno = anno;
    r.ente.denominazione = std::move(ente);
    std::vector<std::size_t> prima_riga; // of each settore
    for (const detail::RigaObiettivo& o : righe) {
        Settore* s = nullptr;
        for (std::size_t i = 0; i < r.settori.size(); ++i)
            if (r.settori[i].id == o.id_settore) {
                s = &r.settori[i];
                const std::string dove = " come alla riga " + std::to_string(prima_riga[i]);
                if (o.settore != s->denominazione)
                    e.errori.push_back({o.riga, std::string(colonna::settore),
                                        "atteso \"" + s->denominazione + "\"" + dove, o.settore});
                if (o.responsabile != s->responsabile.nome)
                    e.errori.push_back({o.riga, std::string(colonna::responsabile),
                                        "atteso \"" + s->responsabile.nome + "\"" + dove, o.responsabile});
                if (o.peso_settore && *o.peso_settore != s->peso)
                    e.errori.push_back({o.riga, std::string(colonna::peso_settore),
                                        "atteso " + testo_numero(s->peso.centesimi(), 2, 2) + dove,
                                        testo_numero(o.peso_settore->centesimi(), 2, 2)});
                break;
            }
        if (!s) {
            if (!o.peso_settore) {
                e.errori.push_back({o.riga, std::string(colonna::peso_settore),
                                    "atteso il peso del settore (la prima riga di un settore lo deve avere), trovata "
                                    "una cella vuota", std::nullopt});
                continue;
            }
            Settore nuovo;
            nuovo.id = o.id_settore;
            nuovo.denominazione = o.settore;
            nuovo.responsabile.nome = o.responsabile;
            nuovo.peso = *o.peso_settore;
            r.settori.push_back(std::move(nuovo));
            prima_riga.push_back(o.riga);
            s = &r.settori.back();
        }
        bool doppio = false;
        for (const Obiettivo& x : s->obiettivi) doppio = doppio || x.id == o.obiettivo;
        if (doppio) {
            e.errori.push_back({o.riga, std::string(colonna::obiettivo),
                                "obiettivo già presente nel settore \"" + s->id + "\": atteso un id nuovo",
                                o.obiettivo});
            continue;
        }
        Obiettivo ob;
        ob.id = o.obiettivo;
        ob.descrizione = o.descrizione;
        ob.peso = o.peso;
        const bool con_valori = !perfpa::detail::solo_spazi(o.valore_atteso) ||
                                !perfpa::detail::solo_spazi(o.valore_realizzato);
        if (!o.indicatore.empty() || o.misura || con_valori) {
            if (o.indicatore.empty() || !o.misura) {
                e.errori.push_back({o.riga, std::string(o.indicatore.empty() ? colonna::indicatore : colonna::misura),
                                    o.indicatore.empty() ? "attesa la descrizione dell'indicatore, trovata una cella vuota"
                                                         : "attesa la misura dell'indicatore (binaria, quantitativa o "
                                                           "qualitativa), trovata una cella vuota",
                                    std::nullopt});
                continue;
            }
            Indicatore ind;
            ind.descrizione = o.indicatore;
            ind.misura = *o.misura;
            detail::valori_in(ind, detail::record_di(record, o.riga), indici, e.errori);
            ob.indicatori.push_back(std::move(ind));
        }
        s->obiettivi.push_back(std::move(ob));
        if (o.con_valutazione()) detail::valutazione_in(detail::valutazione_da_scrivere(r, s->id, o.obiettivo), o);
    }
    if (e.errori.empty()) e.relazione = std::move(r);
    return e;
}

} // namespace perfpa::importa

#endif
