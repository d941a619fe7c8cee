// perfpa — errors with their JSON Pointer (decoding and model validation).
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_ERRORI_HPP
#define PERFPA_ERRORI_HPP

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
 * One decoding error: the RFC 6901 JSON Pointer of the offending value
 * (`""` is the whole document) and an Italian sentence saying what was
 * expected and what was found.
 */
struct ErroreDecodifica {
    std::string percorso;
    std::string messaggio;

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

/** Thrown by `Risultato::value()` when decoding failed. */
class EccezioneDecodifica : public std::runtime_error {
public:
    explicit EccezioneDecodifica(ErroriDecodifica e)
        : std::runtime_error("documento non valido:\n" + e.testo()), errori_(std::move(e)) {}
    [[nodiscard]] const ErroriDecodifica& errori() const noexcept { return errori_; }

private:
    ErroriDecodifica errori_;
};

/** What `Risultato::value()` throws on an error: EccezioneDecodifica with every error. */
[[noreturn]] inline void lancia_errore(const ErroriDecodifica& e) { throw EccezioneDecodifica(e); }

/** A decoded value, or every error found in the document. */
template <class T>
using Risultato = ValoreOErrore<T, ErroriDecodifica>;

} // namespace perfpa

#endif
