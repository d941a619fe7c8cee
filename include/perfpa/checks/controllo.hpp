// perfpa — what every check shares: its input, the collector of its
// findings, the row of the catalogue that describes it, and small helpers
// to name elements in messages.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_CHECKS_CONTROLLO_HPP
#define PERFPA_CHECKS_CONTROLLO_HPP

#include <perfpa/checks/rilievo.hpp>
#include <perfpa/formato_italiano.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace perfpa {

struct PunteggioSettore;

/**
 * What a check looks at: the Relazione and, for the rows marked SMVP, the
 * SMVP (else null); and, when the caller has them already, the scores of
 * the Relazione under that SMVP (as `calcola_punteggi` gives them), which
 * the checks that need scores then reuse instead of computing them again.
 */
struct IngressoControllo {
    const Relazione& relazione;
    const Smvp* smvp = nullptr;
    const std::vector<PunteggioSettore>* punteggi = nullptr;
};

/** The row of the catalogue a check belongs to: its code, severity and default legal reference. */
struct VoceCatalogo {
    std::string_view codice;
    Gravita gravita;
    std::string_view norma;
};

namespace controlli::detail {

// A whole number written in decimal, kept on the stack (no allocation); it
// converts to std::string_view, for `concatena`. Array indices, counts, years.
class Cifre {
public:
    Cifre() noexcept : n_(0) {} // no digits: an empty part
    template <class Intero>
    explicit Cifre(Intero v) noexcept : n_(static_cast<std::size_t>(perfpa::detail::scrivi_intero(c_, v) - c_)) {}
    operator std::string_view() const noexcept { return {c_, n_}; }

private:
    char c_[24];
    std::size_t n_;
};

// A number as people write it (perfpa::detail::scrivi_scalato: `1.234,5`,
// `-18`, `75,49`) followed by a short suffix (`%`, ` €`), kept on the stack
// like Cifre. See testo_peso and its neighbours below.
class Scalato {
public:
    Scalato(std::int64_t v, int decimali, int fissi, std::string_view suffisso = {}) noexcept {
        // at most 48 characters; hundredths (weights, percentages, amounts) by the shortcut of scoring
        char* fine = decimali == 2 ? perfpa::detail::scrivi_centesimi<>(c_, v, fissi)
                                   : perfpa::detail::scrivi_scalato(c_, v, decimali, fissi);
        suffisso = suffisso.substr(0, sizeof c_ - static_cast<std::size_t>(fine - c_));
        if (!suffisso.empty()) std::memcpy(fine, suffisso.data(), suffisso.size());
        n_ = static_cast<std::size_t>(fine - c_) + suffisso.size();
    }
    operator std::string_view() const noexcept { return {c_, n_}; }

private:
    char c_[64];
    std::size_t n_;
};

template <class... Parti>
class Unione;

template <class T> struct e_unione : std::false_type {};
template <class... P> struct e_unione<Unione<P...>> : std::true_type {};

// A string literal of N characters, kept with its length in its type: it is
// copied with a move of known size, inline, not a call to memcpy. (Only
// literals: `concatena` takes every char array for one.)
template <std::size_t N>
struct Letterale {
    static constexpr std::size_t lunghezza = N;
    const char* testo;
    explicit Letterale(const char (&s)[N + 1]) noexcept : testo(s) {}
    operator std::string_view() const noexcept { return {testo, N}; }
};
template <class T> struct e_letterale : std::false_type {};
template <std::size_t N> struct e_letterale<Letterale<N>> : std::true_type {};

template <class T> struct conservato { using tipo = std::string_view; };
template <std::size_t N> struct conservato<char[N]> { using tipo = Letterale<N - 1>; };

// How a part of an Unione is kept: numbers (Cifre, Scalato) and other
// concatenations by value, a literal as a Letterale, other text as a view
// (of the model, or of a temporary that lives until the end of the full
// expression that writes the Unione).
template <class T>
using Conservato = std::conditional_t<std::is_same_v<T, Cifre> || std::is_same_v<T, Scalato> || e_unione<T>::value, T,
                                      typename conservato<T>::tipo>;

// GCC (12, -O3) cannot see that scrivi_in's resize made room for every part
// and warns of writes past a std::string's 16-byte local buffer
// (-Wstringop-overflow, -Warray-bounds), as at perfpa::detail::aggiungi:
// false positives (the tests run under AddressSanitizer), silenced for this
// class only.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstringop-overflow"
#pragma GCC diagnostic ignored "-Warray-bounds"
#pragma GCC diagnostic ignored "-Wrestrict"
#endif
// The concatenation of its parts, not yet written: `scrivi_in` appends it to
// a string (a finding's, whose buffer is reused), and it converts to a new
// std::string. Built by `concatena`; consumed in the expression that builds
// it (it may view temporaries of that expression). A part, then the
// concatenation of the others (no std::tuple: <tuple> costs every file that
// includes the checks).
template <>
class Unione<> {
public:
    [[nodiscard]] std::size_t size() const noexcept { return 0; }
    char* scrivi(char* dove) const noexcept { return dove; }
};

template <class Prima, class... Resto>
class Unione<Prima, Resto...> {
public:
    template <class Dato, class... Dati>
    explicit Unione(const Dato& dato, const Dati&... dati) : prima_(dato), resto_(dati...) {}

    [[nodiscard]] std::size_t size() const noexcept {
        if constexpr (e_unione<Prima>::value) return prima_.size() + resto_.size();
        else if constexpr (e_letterale<Prima>::value) return Prima::lunghezza + resto_.size();
        else return std::string_view(prima_).size() + resto_.size();
    }
    void scrivi_in(std::string& s) const {
        const std::size_t prima = s.size();
        s.resize(prima + size());
        scrivi(s.data() + prima);
    }
    operator std::string() const {
        std::string s;
        scrivi_in(s);
        return s;
    }
    // Writes the parts at `dove`, where size() characters have room; returns their end.
    char* scrivi(char* dove) const noexcept {
        if constexpr (e_unione<Prima>::value) {
            dove = prima_.scrivi(dove);
        } else if constexpr (e_letterale<Prima>::value) {
            if constexpr (Prima::lunghezza != 0) std::memcpy(dove, prima_.testo, Prima::lunghezza);
            dove += Prima::lunghezza;
        } else {
            const std::string_view t(prima_);
            if (!t.empty()) std::memcpy(dove, t.data(), t.size());
            dove += t.size();
        }
        return resto_.scrivi(dove);
    }

private:
    Prima prima_;
    Unione<Resto...> resto_;
};
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

// The concatenation of its parts (strings, literals, Cifre, other
// concatenations), written only when it is used: passed to a Rilevatore it
// goes straight into the finding's reused buffer.
template <class... Parti>
Unione<Conservato<Parti>...> concatena(const Parti&... parti) {
    return Unione<Conservato<Parti>...>(parti...);
}

// Writes a text (anything that converts to std::string_view, or an Unione)
// over `s`, reusing its buffer.
template <class T>
void scrivi_testo(std::string& s, const T& t) {
    if constexpr (e_unione<T>::value) {
        s.clear();
        t.scrivi_in(s);
    } else {
        s.assign(std::string_view(t));
    }
}

} // namespace controlli::detail

/**
 * Collects the findings of one check: each call adds a finding with the
 * row's code and severity, the pointer and the message given, and the row's
 * legal reference unless another is given. Texts are anything that converts
 * to std::string_view (std::string, literals).
 *
 * A Rilevatore built with `usati` writes its findings over out[usati],
 * out[usati + 1], … reusing their strings' buffers, and grows `out` only
 * past its end; `usati()` then counts the findings written (see
 * Esaminatore). Built without, it appends to `out`.
 */
class Rilevatore {
public:
    Rilevatore(VoceCatalogo voce, std::vector<Rilievo>& out) : Rilevatore(voce, out, out.size()) {}
    Rilevatore(VoceCatalogo voce, std::vector<Rilievo>& out, std::size_t usati)
        : voce_(voce), out_(out), usati_(std::min(usati, out.size())) {}

    // (The defaults let an argument be a braced list: `rileva(p, m, {})`.)
    template <class Percorso = std::string_view, class Messaggio = std::string_view>
    void operator()(const Percorso& percorso, const Messaggio& messaggio) {
        (*this)(percorso, messaggio, voce_.norma);
    }
    template <class Percorso = std::string_view, class Messaggio = std::string_view, class Norma = std::string_view>
    void operator()(const Percorso& percorso, const Messaggio& messaggio, const Norma& norma) {
        auto scrivi = [&](Rilievo& r) {
            r.codice.assign(voce_.codice);
            r.gravita = voce_.gravita;
            controlli::detail::scrivi_testo(r.percorso, percorso);
            controlli::detail::scrivi_testo(r.messaggio, messaggio);
            controlli::detail::scrivi_testo(r.norma, norma);
        };
        if (usati_ < out_.size()) {
            scrivi(out_[usati_]);
        } else { // written before `out` grows: a text may view a finding already in it
            Rilievo nuovo;
            scrivi(nuovo);
            out_.push_back(std::move(nuovo));
        }
        ++usati_;
    }

    /** The number of findings in `out` written: the `usati` it was built with, plus one per finding. */
    [[nodiscard]] std::size_t usati() const noexcept { return usati_; }

private:
    VoceCatalogo voce_; // a copy (three views and a severity): a temporary row is safe
    std::vector<Rilievo>& out_;
    std::size_t usati_;
};

/** A check: reads the input, reports through the collector. Pure. */
using FunzioneControllo = void (*)(const IngressoControllo&, Rilevatore&);

/** One row of the catalogue of rules.md, Checks. */
struct Controllo {
    VoceCatalogo voce;
    bool richiede_smvp;      ///< *SMVP*: runs only when an SMVP is given
    bool solo_enti_locali;   ///< *locale*: silent unless `ente_locale(ente)`
    FunzioneControllo esegui;
};

namespace controlli::detail {

// Inserts x into v, kept sorted by `meno`, unless it is already there;
// whether it was inserted (as std::set::insert(x).second). For the few
// distinct values a check collects.
template <class T, class Ordine>
bool inserisci_ordinato(std::vector<T>& v, const T& x, Ordine meno) {
    const auto dove = std::lower_bound(v.begin(), v.end(), x, meno);
    if (dove != v.end() && !meno(x, *dove)) return false;
    v.insert(dove, x);
    return true;
}

template <class L = void>
Cifre indice(std::size_t i) noexcept { return Cifre(i); }

// The concatenation of its parts (strings, literals, Cifre, concatenations):
// the text of a message or a pointer, allocated once at its final size.
template <class... Parti>
std::string unisci(const Parti&... parti) {
    return concatena(parti...);
}

// The pointers of the elements findings are about, as concatenations (see
// `concatena`): they hold their numbers and view only literals, so they can
// be kept.
template <class L = void>
auto percorso_settore(std::size_t i) { return concatena("/settori/", indice<L>(i)); }
template <class L = void>
auto percorso_obiettivo(std::size_t i, std::size_t j) {
    return concatena("/settori/", indice<L>(i), "/obiettivi/", indice<L>(j));
}
template <class L = void>
auto percorso_ambito(std::size_t k) { return concatena("/performance_organizzativa/ambiti/", indice<L>(k)); }
template <class L = void>
auto percorso_valutazione(std::size_t k) {
    return concatena("/valutazione_ndv/valutazioni_individuali/", indice<L>(k));
}

// How a settore is named in a message: its denominazione ("Settore …"), else
// its id. A concatenation viewing the settore.
template <class L = void>
auto nome_settore(const Settore& s) {
    // Both branches of one type: the literal as a view.
    return s.denominazione.empty() ? concatena(std::string_view("settore "), s.id)
                                   : concatena(std::string_view{}, s.denominazione);
}

// How a message starts with an objective: "Obiettivo assetto-territorio-1 del settore assetto-territorio"
// (ids, not the long descriptions, keep the sentence readable). A concatenation viewing the model.
template <class L = void>
auto soggetto_obiettivo(const Settore& s, const Obiettivo& o) {
    return concatena("Obiettivo ", o.id, " del settore ", s.id);
}

// "«Report delle attività svolte»": a concatenation viewing `s`.
template <class L = void>
auto tra_virgolette(std::string_view s) { return concatena("«", s, "»"); }

// Absent, or a text that says nothing (perfpa::detail::solo_spazi).
template <class L = void>
bool vuoto_o_spazi(const std::optional<std::string>& s) {
    return !s || perfpa::detail::solo_spazi(*s);
}

// The numbers of messages, as formatta_peso, formatta_percentuale,
// formatta_importo and formatta_decimale write them, held on the stack.
template <class L = void>
Scalato testo_peso(Peso p) noexcept { return Scalato(p.centesimi(), 2, 0); }
template <class L = void>
Scalato testo_percentuale(Percentuale p) noexcept { return Scalato(p.centesimi(), 2, 0, "%"); }
template <class L = void>
Scalato testo_importo(Importo i) noexcept { return Scalato(i.centesimi(), 2, 2, " €"); }
template <class L = void>
Scalato testo_decimale(Decimale d) noexcept { return Scalato(d.milionesimi(), 6, 0); }

// A quantity with its unit the way people write it: "75,49%", "-18 giorni", "3".
// A concatenation viewing `unita`.
template <class L = void>
auto con_unita(Decimale v, const std::optional<std::string>& unita) {
    const std::string_view u = unita ? std::string_view(*unita) : std::string_view{};
    return concatena(testo_decimale<L>(v), perfpa::detail::se(!u.empty() && u != "%", " "), u);
}

} // namespace controlli::detail

} // namespace perfpa

#endif
