// perfpa — internals of decoding: the current JSON Pointer, the error list,
// number canonicalisation and "did you mean" hints.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_JSON_DETAIL_LETTORE_HPP
#define PERFPA_JSON_DETAIL_LETTORE_HPP

#include <perfpa/json/errori.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace perfpa::json::detail {

/** Appends a JSON Pointer reference token, escaped per RFC 6901 (~ → ~0, / → ~1). */
template <class L = void>
void aggiungi_token(std::string& p, std::string_view token) {
    p.push_back('/');
    for (char c : token) {
        if (c == '~') p += "~0";
        else if (c == '/') p += "~1";
        else p.push_back(c);
    }
}

/**
 * The path being decoded and the errors found so far. Segments are kept
 * as views and indices; the pointer text is built only when an error is
 * reported, so the happy path pays nothing for it.
 */
template <class L = void>
class LettoreT {
public:
    explicit LettoreT(const OpzioniDecodifica& o) : opzioni_(o) {}

    void entra(std::string_view chiave) { segmenti_.push_back({chiave, 0, false}); }
    void entra(std::size_t indice) { segmenti_.push_back({{}, indice, true}); }
    void esci() { segmenti_.pop_back(); }

    [[nodiscard]] std::string puntatore() const {
        std::string p;
        for (const Passo& s : segmenti_) {
            if (s.e_indice) aggiungi_token<>(p, std::to_string(s.indice));
            else aggiungi_token<>(p, s.chiave);
        }
        return p;
    }

    /** Records, at the current pointer, a value that could not be decoded, of kind `tipo`. */
    void errore(TipoErrore tipo, std::string messaggio) {
        ++valori_errati_;
        aggiungi({}, std::move(messaggio), tipo, true);
    }

    /** Records, at `percorso`, a value that could not be decoded. */
    void errore_in(std::string percorso, std::string messaggio, TipoErrore tipo) {
        ++valori_errati_;
        aggiungi(std::move(percorso), std::move(messaggio), tipo, false);
    }

    /** Records an error that leaves every value decoded (an unknown key, a violated constraint). */
    void errore_senza_valore(std::string percorso, std::string messaggio, TipoErrore tipo, bool qui = false) {
        aggiungi(std::move(percorso), std::move(messaggio), tipo, qui);
    }

    /**
     * Records `n` errors known to come past the cap (`errori_massimi` shown
     * already), as `n` calls of `errore` (`valori`) or of
     * `errore_senza_valore` would: counted, never shown, so with no pointer
     * or message to build (the elements a capped tree did not keep: albero.hpp).
     */
    void errori_oltre_il_limite(std::size_t n, bool valori) {
        if (n == 0) return;
        conteggio_ += n;
        if (valori) valori_errati_ += n;
        troncato_ = true;
    }

    /**
     * Records, in order, errors found elsewhere (each at its own pointer),
     * then `oltre` more known to come past the cap, of which `valori` (of
     * them all) are values not decoded: what another Lettore found, taken
     * from it by `errori_mostrati`, `errori_non_mostrati` and `valori_errati`.
     */
    void riporta(const std::vector<ErroreDecodifica>& errori, std::size_t oltre, std::size_t valori) {
        for (const ErroreDecodifica& e : errori) aggiungi(e.percorso, e.messaggio, e.tipo, false);
        if (oltre > 0) conteggio_ += oltre, troncato_ = true;
        valori_errati_ += valori;
    }
    /** The errors recorded so far (at most `errori_massimi`). */
    [[nodiscard]] std::vector<ErroreDecodifica>& errori_mostrati() noexcept { return errori_.errori; }
    /** How many errors were counted and not recorded. */
    [[nodiscard]] std::size_t errori_non_mostrati() const noexcept { return conteggio_ - errori_.errori.size(); }

    [[nodiscard]] bool ha_errori() const noexcept { return conteggio_ > 0; }
    /** How many values could not be decoded so far (the constraints of an object wait for 0). */
    [[nodiscard]] std::size_t valori_errati() const noexcept { return valori_errati_; }
    [[nodiscard]] const OpzioniDecodifica& opzioni() const noexcept { return opzioni_; }

    [[nodiscard]] ErroriDecodifica prendi_errori() {
        if (troncato_) {
            errori_.non_mostrati = conteggio_ - errori_.errori.size();
            errori_.errori.push_back({"", "troppi errori: mostrati i primi " + std::to_string(errori_.errori.size()) +
                                              " di " + std::to_string(conteggio_),
                                      TipoErrore::limite});
        }
        return std::move(errori_);
    }

private:
    // Past `errori_massimi` errors are only counted: no pointer is built.
    void aggiungi(std::string percorso, std::string messaggio, TipoErrore tipo, bool qui) {
        ++conteggio_;
        if (errori_.errori.size() >= opzioni_.errori_massimi) {
            troncato_ = true;
            return;
        }
        errori_.errori.push_back({qui ? puntatore() : std::move(percorso), std::move(messaggio), tipo});
    }

    // One segment of the path: a key, or an array index.
    struct Passo {
        std::string_view chiave;
        std::size_t indice;
        bool e_indice;
    };

    const OpzioniDecodifica& opzioni_;
    std::vector<Passo> segmenti_;
    ErroriDecodifica errori_;
    std::size_t conteggio_ = 0;
    std::size_t valori_errati_ = 0;
    bool troncato_ = false;
};

/** LettoreT is a template of nothing: its members are instantiated only where a document is decoded. */
using Lettore = LettoreT<>;

/** RAII: one pointer segment for the lifetime of the guard. */
class Segmento {
public:
    template <class K>
    Segmento(Lettore& l, K k) : l_(l) { l_.entra(k); }
    ~Segmento() { l_.esci(); }
    Segmento(const Segmento&) = delete;
    Segmento& operator=(const Segmento&) = delete;

private:
    Lettore& l_;
};

/**
 * A short quotation of a user string for a message (at most 40 characters),
 * written as in JSON: `"`, `\` and control characters escaped, so the
 * message stays on one line and the quotation ends where it seems to.
 */
template <class L = void>
std::string citazione(std::string_view s) {
    std::size_t fine = s.size(), n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        // Count code points, not bytes, and never cut inside one.
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++n > 40) {
            fine = i;
            break;
        }
    }
    std::string out = "\"";
    perfpa::detail::aggiungi_visibile(out, s.substr(0, fine), true);
    if (fine < s.size()) out += "…";
    return out + "\"";
}

/**
 * The exact value of a JSON number's text (RFC 8259 grammar, as the parser
 * accepted it) spelled as a plain decimal: the exponent applied by moving
 * the point, every digit kept as written, nothing rounded — `7.549E1` →
 * `75.49`, `1e3` → `1000`, `-5e-3` → `-0.005`, `58.30` → `58.30`. A zero is
 * `0`. A point moved more than 40 places beyond the digits stops there:
 * the value is still far outside every range of the format, so the reader
 * refuses it for the right reason (too large, or too many decimals).
 */
template <class L = void>
std::string decimale_esatto(std::string_view t) {
    auto cifra = [](char c) { return c >= '0' && c <= '9'; };
    std::size_t i = 0;
    const bool negativo = i < t.size() && t[i] == '-';
    if (negativo) ++i;
    std::string cifre; // the digits, without the point
    cifre.reserve(t.size());
    while (i < t.size() && cifra(t[i])) cifre.push_back(t[i++]);
    long long punto = static_cast<long long>(cifre.size()); // digits before the point
    if (i < t.size() && t[i] == '.')
        for (++i; i < t.size() && cifra(t[i]);) cifre.push_back(t[i++]);
    long long esponente = 0;
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        const bool meno = i < t.size() && t[i] == '-';
        if (i < t.size() && (t[i] == '-' || t[i] == '+')) ++i;
        for (; i < t.size() && cifra(t[i]); ++i)
            if (esponente < 1'000'000'000) esponente = esponente * 10 + (t[i] - '0');
        if (meno) esponente = -esponente;
    }
    const std::size_t primo = cifre.find_first_not_of('0');
    if (primo == std::string::npos) return "0";
    cifre.erase(0, primo);
    const long long n = static_cast<long long>(cifre.size());
    punto = std::clamp(punto + esponente - static_cast<long long>(primo), -41LL, n + 41);
    std::string out = negativo ? "-" : "";
    if (punto <= 0) {
        out.append("0.").append(static_cast<std::size_t>(-punto), '0').append(cifre);
    } else if (punto >= n) {
        out.append(cifre).append(static_cast<std::size_t>(punto - n), '0');
    } else {
        out.append(cifre, 0, static_cast<std::size_t>(punto)).append(".").append(cifre, static_cast<std::size_t>(punto));
    }
    return out;
}

/** A JSON number's text as the user wrote it, for a message: cut after 40 characters. */
template <class L = void>
std::string numero_citato(std::string_view t) {
    return t.size() <= 40 ? std::string(t) : std::string(t.substr(0, 40)) + "…";
}

/** Levenshtein distance, ASCII letters compared without case, for "did you mean" hints. */
template <class L = void>
std::size_t distanza(std::string_view a, std::string_view b) {
    auto minuscola = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    std::vector<std::size_t> riga(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) riga[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = riga[0];
        riga[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t su = riga[j];
            riga[j] = std::min({riga[j] + 1, riga[j - 1] + 1, diag + (minuscola(a[i - 1]) == minuscola(b[j - 1]) ? 0 : 1)});
            diag = su;
        }
    }
    return riga[b.size()];
}

/**
 * The known name closest to `s` when it is close enough to be a typo, else
 * empty: one edit for names of up to 3 characters ("nom" → "nome", but "zz"
 * is not "id"), else up to a third of the name, at least 2; case aside
 * ("ANNO" → "anno").
 */
template <class Nomi>
std::string_view piu_vicino(std::string_view s, const Nomi& nomi) {
    std::string_view migliore;
    std::size_t d_min = static_cast<std::size_t>(-1);
    for (std::string_view n : nomi) {
        // The distance is at least the difference in length; past the largest
        // threshold n could have, n cannot be the hint: not measured, so that a
        // key of a megabyte costs its length, not its length times the names'.
        const std::size_t differenza = s.size() > n.size() ? s.size() - n.size() : n.size() - s.size();
        if (differenza > std::max<std::size_t>(2, n.size() / 3)) continue;
        std::size_t d = distanza<>(s, n);
        if (d < d_min) { d_min = d; migliore = n; }
    }
    const std::size_t corto = std::min(s.size(), migliore.size());
    const std::size_t soglia = corto <= 3 ? 1 : std::max<std::size_t>(2, corto / 3);
    return d_min <= soglia ? migliore : std::string_view{};
}

} // namespace perfpa::json::detail

#endif
