// perfpa — errors with their JSON Pointer and their kind (decoding and model validation).
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_ERRORI_HPP
#define PERFPA_ERRORI_HPP

#include <perfpa/eccezioni.hpp>
#include <perfpa/values.hpp>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace perfpa {

namespace detail {

/**
 * `s` with its control characters written as JSON escapes (`\n`, `\t`,
 * `\u0001`, …) and, when `virgolette`, its `"` and `\` too: text from a
 * document that stays on one line of a message.
 */
inline void aggiungi_visibile(std::string& out, std::string_view s, bool virgolette) {
    static constexpr char esadecimali[] = "0123456789abcdef";
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (virgolette && (c == '"' || c == '\\')) {
            out.push_back('\\');
            out.push_back(c);
        } else if (u < 0x20 || u == 0x7F) {
            out.push_back('\\');
            switch (c) {
            case '\n': out.push_back('n'); break;
            case '\r': out.push_back('r'); break;
            case '\t': out.push_back('t'); break;
            default:
                out.append("u00");
                out.push_back(esadecimali[u >> 4]);
                out.push_back(esadecimali[u & 0xF]);
            }
        } else {
            out.push_back(c);
        }
    }
}

} // namespace detail

/**
 * What kind of error an ErroreDecodifica is, for a program to act on
 * without reading the Italian message (docs/errors.md).
 */
enum class TipoErrore {
    mancante,           ///< a required field absent, or null
    chiave_sconosciuta, ///< a key the format does not have
    tipo_errato,        ///< a value of another JSON type (a string where a number goes)
    fuori_intervallo,   ///< a number outside its range (a degree of 120)
    formato,            ///< a value of the right type written wrongly: a date, an amount, an enumerator, a document's `formato`
    vincolo,            ///< a constraint among values (weights summing to 100, ids unique): `errori_modello`
    limite,             ///< a limit of `OpzioniDecodifica` (size, nesting, number of errors)
    sintassi,           ///< not a JSON text (syntax, encoding, empty, a key repeated in an object)
    file,               ///< the file could not be read (`json::leggi_relazione`, …)
};

/** The enumerator's name as written above (`"fuori_intervallo"`), for logs and JSON output. */
[[nodiscard]] constexpr std::string_view codice(TipoErrore t) noexcept {
    switch (t) {
    case TipoErrore::mancante: return "mancante";
    case TipoErrore::chiave_sconosciuta: return "chiave_sconosciuta";
    case TipoErrore::tipo_errato: return "tipo_errato";
    case TipoErrore::fuori_intervallo: return "fuori_intervallo";
    case TipoErrore::formato: return "formato";
    case TipoErrore::vincolo: return "vincolo";
    case TipoErrore::limite: return "limite";
    case TipoErrore::sintassi: return "sintassi";
    case TipoErrore::file: return "file";
    }
    return "";
}

/**
 * One decoding error: the RFC 6901 JSON Pointer of the offending value
 * (`""` is the whole document), an Italian sentence saying what was
 * expected and what was found, and its kind.
 */
struct ErroreDecodifica {
    std::string percorso;
    std::string messaggio;
    TipoErrore tipo = TipoErrore::vincolo; ///< `vincolo` unless said: an error a program builds itself is one

    /**
     * `/settori/5/obiettivi/2/peso: atteso un numero ≥ 0, trovato la stringa "sei"`,
     * on one line: the whole document is named `(documento)`, and control
     * characters in a key are written as JSON escapes (`\n`).
     */
    [[nodiscard]] std::string testo() const {
        std::string s;
        if (percorso.empty()) s = "(documento)";
        else detail::aggiungi_visibile(s, percorso, false);
        s += ": ";
        s += messaggio;
        return s;
    }
    friend bool operator==(const ErroreDecodifica&, const ErroreDecodifica&) = default;
};

/**
 * Every error of a document, in document order. When there are more than
 * `json::OpzioniDecodifica::errori_massimi`, the list stops there, its last
 * entry (pointer `""`) says so, and `non_mostrati` counts the rest.
 */
struct ErroriDecodifica {
    std::vector<ErroreDecodifica> errori;
    std::size_t non_mostrati = 0;
    /** The file the document was read from (`json::leggi_relazione`, …), else empty. */
    std::string file;

    /** How many errors the document has: those listed (the line about the cut aside) and those not shown. */
    [[nodiscard]] std::size_t numero() const noexcept {
        return non_mostrati > 0 && !errori.empty() ? errori.size() - 1 + non_mostrati : errori.size();
    }

    /** One error per line; each starts with `file: ` when the document was read from a file. */
    [[nodiscard]] std::string testo() const {
        std::string s;
        for (const auto& e : errori) {
            if (!file.empty()) {
                s += file;
                s += ": ";
            }
            s += e.testo();
            s += '\n';
        }
        return s;
    }
    friend bool operator==(const ErroriDecodifica&, const ErroriDecodifica&) = default;
};

namespace detail {
// The errors' pointers, in order (a cut's line, pointer "", included).
inline std::vector<std::string> percorsi_di(const std::vector<ErroreDecodifica>& e) {
    std::vector<std::string> p;
    p.reserve(e.size());
    for (const ErroreDecodifica& x : e) p.push_back(x.percorso);
    return p;
}
} // namespace detail

/**
 * Thrown by `Risultato::value()` when decoding failed: a perfpa::Errore and
 * a std::runtime_error; `percorsi()` the errors' pointers, `errori()` the
 * errors with their kinds.
 */
class EccezioneDecodifica : public std::runtime_error, public Errore {
public:
    explicit EccezioneDecodifica(ErroriDecodifica e)
        : std::runtime_error("documento non valido:\n" + e.testo()), Errore({}, detail::percorsi_di(e.errori)),
          errori_(std::move(e)) {}
    [[nodiscard]] const char* what() const noexcept override { return std::runtime_error::what(); }
    [[nodiscard]] const ErroriDecodifica& errori() const noexcept { return errori_; }

private:
    ErroriDecodifica errori_;
};

/**
 * A model that breaks its own constraints (`errori_modello`: an SMVP whose
 * weights do not sum to 100, bands that do not start at 0, …) given to a
 * call that needs it valid: `calcola_punteggi`, `esamina`, `Esaminatore`,
 * `prepara_report`, `ripartisci_fondo`, and the test builders' `crea()`.
 * A perfpa::Errore and a std::invalid_argument; `errori()` lists every
 * error (kind `vincolo` or the decoder's), `percorsi()` their pointers.
 */
class ModelloNonValido : public std::invalid_argument, public Errore {
public:
    /** `messaggio` is what() ("lo SMVP non è valido: …", see `elenco`). */
    ModelloNonValido(const std::string& messaggio, std::vector<ErroreDecodifica> errori)
        : std::invalid_argument(messaggio), Errore({}, detail::percorsi_di(errori)), errori_(std::move(errori)) {}
    [[nodiscard]] const char* what() const noexcept override { return std::invalid_argument::what(); }
    [[nodiscard]] const std::vector<ErroreDecodifica>& errori() const noexcept { return errori_; }

    /** `che_cosa non è valido: /p: m; /q: n`, on one line ("lo SMVP non è valido: /pesi: …"). */
    [[nodiscard]] static std::string elenco(const std::string& che_cosa, const std::vector<ErroreDecodifica>& e) {
        std::string m = che_cosa + " non è valido";
        for (std::size_t i = 0; i < e.size(); ++i) {
            m += i ? "; " : ": ";
            m += e[i].testo();
        }
        return m;
    }

private:
    std::vector<ErroreDecodifica> errori_;
};

/** What `Risultato::value()` throws on an error: EccezioneDecodifica with every error. */
[[noreturn]] inline void lancia_errore(const ErroriDecodifica& e) { throw EccezioneDecodifica(e); }

/** A decoded value, or every error found in the document. */
template <class T>
using Risultato = ValoreOErrore<T, ErroriDecodifica>;

} // namespace perfpa

#endif
