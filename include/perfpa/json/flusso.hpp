// perfpa — streaming decoder: from Boost.JSON's parser events straight into
// the model, with no boost::json::value in between.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_JSON_FLUSSO_HPP
#define PERFPA_JSON_FLUSSO_HPP

#include <perfpa/json/decodifica.hpp>
#include <perfpa/json/detail/eventi.hpp>
#include <perfpa/json/detail/flusso_tipi.hpp>
#include <perfpa/json/errori.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/parse_options.hpp>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace perfpa::json {

namespace detail::flusso {

/** The reference decoder, which reports the errors of a refused document. */
template <class T>
Risultato<T> riferimento(std::string_view testo, const OpzioniDecodifica& opzioni) {
    return json::decodifica_dom<T>(testo, opzioni);
}

/**
 * The handler of boost::json::basic_parser: a stack of the objects and
 * arrays being filled. It keeps no path and writes no message: at the
 * first event the DOM decoder would not accept it stops the parser, and
 * the caller lets the DOM decoder report the errors with their pointers.
 * A template of nothing, like the library's functions (docs/performance.md, "Compile time").
 */
template <class L = void>
class Gestore : public EventiComuni {
public:
    explicit Gestore(const OpzioniDecodifica* opzioni) : opzioni_(opzioni) {}

    /** Prepares for a document whose root is `radice`, of the type described by `tipo`. */
    void inizia(void* radice, const InfoTipo* tipo) {
        radice_ = radice;
        radice_tipo_ = tipo;
        pila_.clear();
        buffer_.clear();
        ignora_ = 0;
        rifiutato_ = false;
        sconosciute_ = false;
    }
    [[nodiscard]] bool rifiutato() const noexcept { return rifiutato_; }
    /** Whether an unknown key was skipped (admitted by the options): its value was not looked at. */
    [[nodiscard]] bool chiavi_sconosciute() const noexcept { return sconosciute_; }

    bool on_object_begin(boost::system::error_code& ec) { return apri(GenereTipo::struttura, ec); }

    bool on_object_end(std::size_t, boost::system::error_code& ec) {
        if (ignora_) return --ignora_, true;
        const Cornice& c = pila_.back();
        if ((c.visti & c.tipo->obbligatori) != c.tipo->obbligatori || !c.tipo->valida(c.oggetto)) return rifiuta(ec);
        pila_.pop_back();
        return true;
    }

    bool on_array_begin(boost::system::error_code& ec) { return apri(GenereTipo::vettore, ec); }

    bool on_array_end(std::size_t, boost::system::error_code&) {
        if (ignora_) return --ignora_, true;
        pila_.pop_back();
        return true;
    }

    bool on_key_part(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        if (!ignora_) buffer_.append(s.data(), s.size());
        return true;
    }

    // The whole text of a key or a string given in parts: the parts kept in
    // buffer_ (cleared by the caller once used), then the last one.
    std::string_view intero(boost::json::string_view ultima) {
        const std::string_view v(ultima.data(), ultima.size());
        if (buffer_.empty()) return v;
        buffer_.append(v);
        return buffer_;
    }

    bool on_key(boost::json::string_view s, std::size_t, boost::system::error_code& ec) {
        if (ignora_) return true;
        const bool ok = chiave(intero(s));
        buffer_.clear();
        return ok || rifiuta(ec);
    }

    bool on_string_part(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        if (!ignora_) buffer_.append(s.data(), s.size());
        return true;
    }

    bool on_string(boost::json::string_view s, std::size_t, boost::system::error_code& ec) {
        if (ignora_) return true;
        const std::string_view v = intero(s);
        void* p;
        const InfoTipo* t;
        destinazione(p, t);
        scarta_opzionali(p, t);
        const bool ok = t->genere == GenereTipo::ignora || (t->da_stringa && t->da_stringa(p, v));
        buffer_.clear();
        return ok || rifiuta(ec);
    }

    bool on_int64(std::int64_t x, boost::json::string_view, boost::system::error_code& ec) {
        buffer_.clear(); // an integer's value is exact: parts of its text are not needed
        return scalare(x, &InfoTipo::da_int64, ec);
    }
    bool on_uint64(std::uint64_t x, boost::json::string_view, boost::system::error_code& ec) {
        buffer_.clear();
        return scalare(x, &InfoTipo::da_uint64, ec);
    }
    // Parts of a number come only when the parser is told more input may
    // follow, which Decodificatore never does; kept for completeness.
    bool on_number_part(boost::json::string_view s, boost::system::error_code&) {
        if (!ignora_) buffer_.append(s.data(), s.size());
        return true;
    }
    bool on_double(double, boost::json::string_view s, boost::system::error_code& ec) {
        const bool ok = scalare(intero(s), &InfoTipo::da_reale, ec);
        buffer_.clear();
        return ok;
    }
    bool on_bool(bool x, boost::system::error_code& ec) { return scalare(x, &InfoTipo::da_bool, ec); }

    bool on_null(boost::system::error_code& ec) {
        if (ignora_) return true;
        void* p;
        const InfoTipo* t;
        destinazione(p, t);
        if (t->genere == GenereTipo::ignora) return true;
        if (t->genere != GenereTipo::opzionale) return rifiuta(ec);
        t->azzera(p);
        return true;
    }

private:
    struct Cornice {
        void* oggetto;
        const InfoTipo* tipo;
        std::uint64_t visti;    // members met so far (structs)
        std::uint32_t prossimo; // the member expected next: keys usually come in order
        void* membro;           // where the value after the last key goes
        const InfoTipo* membro_tipo;
    };

    bool rifiuta(boost::system::error_code& ec) {
        rifiutato_ = true;
        ec = boost::json::error::exception;
        return false;
    }

    /** Where the next value goes: the root, the member after a key, a new array element. */
    void destinazione(void*& p, const InfoTipo*& t) {
        if (pila_.empty()) {
            p = radice_;
            t = radice_tipo_;
            return;
        }
        Cornice& c = pila_.back();
        if (c.tipo->genere == GenereTipo::struttura) {
            p = c.membro;
            t = c.membro_tipo;
        } else {
            p = c.tipo->nuovo(c.oggetto);
            t = c.tipo->interno;
        }
    }

    /** A non-null value for an optional: the optional gets a value, which is filled. */
    static void scarta_opzionali(void*& p, const InfoTipo*& t) {
        while (t->genere == GenereTipo::opzionale) {
            p = t->nuovo(p);
            t = t->interno;
        }
    }

    /** An object or an array begins: a frame for the value it fills, of genere `atteso`. */
    bool apri(GenereTipo atteso, boost::system::error_code& ec) {
        if (ignora_) return ++ignora_, true;
        void* p;
        const InfoTipo* t;
        destinazione(p, t);
        scarta_opzionali(p, t);
        if (t->genere == GenereTipo::ignora) return ignora_ = 1, true;
        if (t->genere != atteso) return rifiuta(ec);
        pila_.push_back({p, t, 0, 0, nullptr, nullptr});
        return true;
    }

    template <class X, class F>
    bool scalare(X x, F InfoTipo::*f, boost::system::error_code& ec) {
        if (ignora_) return true;
        void* p;
        const InfoTipo* t;
        destinazione(p, t);
        scarta_opzionali(p, t);
        if (t->genere == GenereTipo::ignora) return true;
        const F g = t->*f;
        return (g && g(p, x)) || rifiuta(ec);
    }

    /** Points the top struct at the member named `k`; false when the DOM decoder would not accept it. */
    bool chiave(std::string_view k) {
        Cornice& c = pila_.back();
        const InfoTipo& t = *c.tipo;
        const std::uint64_t p = prefisso_rapido(k);
        std::uint32_t i = c.prossimo;
        if (i >= t.n_membri || !t.membri[i].e(k, p)) {
            for (i = 0; i < t.n_membri; ++i)
                if (t.membri[i].e(k, p)) break;
        }
        if (i == t.n_membri) {
            if (!opzioni_->ammetti_chiavi_sconosciute) return false;
            sconosciute_ = true;
            c.membro = nullptr;
            c.membro_tipo = &info_ignora;
            return true;
        }
        const std::uint64_t bit = std::uint64_t{1} << i;
        if (c.visti & bit) return false; // a repeated key: the DOM decoder reports it
        c.visti |= bit;
        c.prossimo = i + 1;
        c.membro = t.membri[i].indirizzo(c.oggetto);
        c.membro_tipo = t.membri[i].tipo;
        return true;
    }

    const OpzioniDecodifica* opzioni_;
    void* radice_ = nullptr;
    const InfoTipo* radice_tipo_ = nullptr;
    std::vector<Cornice> pila_;
    std::string buffer_; // a string or key split by the parser (escapes)
    std::size_t ignora_ = 0;
    bool rifiutato_ = false;
    bool sconosciute_ = false;
};

template <class L = void>
boost::json::parse_options opzioni_parser(const OpzioniDecodifica& o) {
    boost::json::parse_options po;
    po.max_depth = o.profondita_massima;
    // UTF-8 is checked on the whole text first (detail::utf8_valido): the
    // parser's own check goes byte by byte after a string's first accent.
    po.allow_invalid_utf8 = true;
    return po;
}

} // namespace detail::flusso

/**
 * A reusable JSON decoder: decodes documents straight from the parser's
 * events into the model, keeping its buffers (parser stack, object stack,
 * string buffer) from one document to the next. Results, errors, pointers
 * and messages are exactly those of `decodifica_dom`: a document the fast
 * path refuses is decoded again by the DOM decoder, which reports every
 * error. Not thread-safe: use one per thread.
 */
class Decodificatore {
public:
    explicit Decodificatore(const OpzioniDecodifica& opzioni = {})
        : opzioni_(opzioni), parser_(detail::flusso::opzioni_parser<>(opzioni_), &opzioni_) {}
    Decodificatore(const Decodificatore&) = delete;
    Decodificatore& operator=(const Decodificatore&) = delete;

    /** The options every document is decoded with. */
    [[nodiscard]] const OpzioniDecodifica& opzioni() const noexcept { return opzioni_; }

    /**
     * Decodes a document of type T (`Relazione`, `Smvp` or any described
     * model type). Returns the value, or every error with its JSON Pointer,
     * exactly as `decodifica_dom<T>` does. Never throws on bad data.
     */
    template <class T>
    [[nodiscard]] Risultato<T> decodifica(std::string_view testo) {
        // Outside strings any byte above 0x7F is a syntax error anyway, so the
        // whole text is valid UTF-8 exactly when the DOM decoder's strings are.
        if (testo.size() <= opzioni_.dimensione_massima && perfpa::detail::utf8_valido(testo)) {
            T out{};
            parser_.reset();
            parser_.handler().inizia(&out, &detail::flusso::info<T>);
            boost::system::error_code ec;
            const std::size_t letti = parser_.write_some(false, testo.data(), testo.size(), ec);
            // A known key met twice stops the parser (chiave); below an unknown
            // key, skipped, the text is searched for repeated keys afterwards.
            if (!ec && letti == testo.size() && parser_.done() &&
                (!parser_.handler().chiavi_sconosciute() ||
                 detail::chiavi_ripetute<>(testo, detail::flusso::opzioni_parser<>(opzioni_)).empty()))
                return out;
        }
        return detail::flusso::riferimento<T>(testo, opzioni_);
    }

private:
    OpzioniDecodifica opzioni_;
    boost::json::basic_parser<detail::flusso::Gestore<>> parser_;
};

namespace detail::flusso {
/** `json::decodifica`: a one-document Decodificatore. */
template <class T>
Risultato<T> decodifica(std::string_view testo, const OpzioniDecodifica& opzioni) {
    return Decodificatore(opzioni).decodifica<T>(testo);
}
} // namespace detail::flusso

} // namespace perfpa::json

#endif
