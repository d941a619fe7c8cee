// perfpa — the reference decoder's tree of a JSON text: Boost.JSON's parser
// events stored compactly, with the keys an object repeats.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_JSON_DETAIL_ALBERO_HPP
#define PERFPA_JSON_DETAIL_ALBERO_HPP

#include <perfpa/json/detail/chiavi_contate.hpp>
#include <perfpa/json/detail/eventi.hpp>
#include <perfpa/json/detail/flusso_tipi.hpp>
#include <perfpa/json/detail/lettore.hpp>
#include <perfpa/opzionale.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/parse_options.hpp>

#include <algorithm>
#include <iterator>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace perfpa::json::detail {

// The tree replaces boost::json::value in the DOM decoder (decodifica_dom):
// it is built from the same basic_parser events with the same limits, so
// its numbers, strings and errors are Boost.JSON's, and it keeps, like
// Boost.JSON's object, the last value of a repeated key in the place of the
// first. Unlike a boost::json::value it also records every repetition (the
// DOM decoder reports them), and including it costs a fraction of
// <boost/json/value.hpp>.

/** What a JSON value is; the numbers as Boost.JSON's parser classifies them. */
enum class GenereJson : std::uint8_t { null, booleano, int64, uint64, reale, stringa, array, oggetto };

/** A key met again in the same object: its pointer (of the repetition) and its text. */
struct ChiaveRipetuta {
    std::string percorso;
    std::string chiave;
};

/**
 * The errors of a typed array's elements that were decoded as soon as they
 * were read and not kept (`CostruisciAlbero`): the first ones (their
 * pointers whole), how many more were only counted, and how many of them
 * all are values not decoded (`Lettore::valori_errati`).
 */
struct ErroriElementi {
    std::size_t cella = 0; // the array's
    std::vector<ErroreDecodifica> errori;
    std::size_t oltre = 0;
    std::size_t valori = 0;
};

/** The values of a parsed JSON text, read through `Nodo`. (Templates of nothing, like the functions: see perfpa.hpp.) */
template <class L = void>
struct Albero {
    struct Cella {
        GenereJson genere = GenereJson::null;
        std::uint32_t n = 0; // a string's or a number's text length; a container's number of members
        union {
            std::size_t inizio = 0; // a string or a number's text: offset in `testi`; a container: first member in `membri`
            bool b;
            std::int64_t i;
            std::uint64_t u;
        };
    };
    struct Membro {
        std::size_t cella;
        std::size_t chiave = 0; // objects: the key's offset in `testi`
        std::uint32_t lunghezza_chiave = 0;
    };

    std::vector<Cella> celle;
    std::vector<Membro> membri; // each container's members, contiguous, in the order of the text
    std::string testi;          // strings, keys and the texts of the numbers that are not integers, one after the other
    std::size_t radice = 0;
    std::vector<ChiaveRipetuta> ripetute; // in the order of the text, one per repetition
    // Past the cap (`CostruisciAlbero`'s `massimo_errati`), only counted:
    std::size_t ripetute_omesse = 0;                         // repetitions after the kept ones
    std::vector<std::pair<std::size_t, std::size_t>> omessi; // array cell → its elements of the wrong kind not kept, by cell
    std::vector<ErroriElementi> elementi_errati;             // by array cell: its elements decoded early, not kept
    std::vector<std::pair<std::size_t, std::size_t>> ignote_omesse; // object cell → its unknown keys not kept, by cell
};

/** A value of an `Albero` (a view: the tree must outlive it). */
template <class L = void>
class Nodo {
public:
    Nodo(const Albero<L>& a, std::size_t cella) noexcept : a_(&a), c_(&a.celle[cella]) {}
    /** No node: what an absent `Opzionale<Nodo>` holds; nothing may be read from it. */
    Nodo() noexcept = default;

    GenereJson genere() const noexcept { return c_->genere; }
    bool is_null() const noexcept { return genere() == GenereJson::null; }
    bool is_bool() const noexcept { return genere() == GenereJson::booleano; }
    bool is_int64() const noexcept { return genere() == GenereJson::int64; }
    bool is_uint64() const noexcept { return genere() == GenereJson::uint64; }
    bool is_double() const noexcept { return genere() == GenereJson::reale; }
    bool is_number() const noexcept { return is_int64() || is_uint64() || is_double(); }
    bool is_string() const noexcept { return genere() == GenereJson::stringa; }
    bool is_array() const noexcept { return genere() == GenereJson::array; }
    bool is_object() const noexcept { return genere() == GenereJson::oggetto; }

    // Each get_* requires the matching genere.
    bool get_bool() const noexcept { return c_->b; }
    std::int64_t get_int64() const noexcept { return c_->i; }
    std::uint64_t get_uint64() const noexcept { return c_->u; }
    std::string_view get_string() const noexcept { return {a_->testi.data() + c_->inizio, c_->n}; }
    /** The text of a number that is not an integer (is_double()), exactly as written: `75.49`, `1e3`. */
    std::string_view get_testo_numero() const noexcept { return get_string(); }

    /** An array's or object's number of members. */
    std::size_t size() const noexcept { return is_array() || is_object() ? c_->n : 0; }
    /**
     * An array's elements of the wrong kind that are not among its members:
     * past the cap of a typed tree (`CostruisciAlbero`), each only counted.
     */
    std::size_t omessi() const noexcept {
        const std::size_t cella = static_cast<std::size_t>(c_ - a_->celle.data());
        const auto it = std::lower_bound(a_->omessi.begin(), a_->omessi.end(), std::pair<std::size_t, std::size_t>{cella, 0});
        return it != a_->omessi.end() && it->first == cella ? it->second : 0;
    }
    /** An array's elements decoded while the tree was built and not kept, with their errors; nullptr when none. */
    const ErroriElementi* errori_elementi() const noexcept {
        const std::size_t cella = static_cast<std::size_t>(c_ - a_->celle.data());
        const auto it = std::lower_bound(a_->elementi_errati.begin(), a_->elementi_errati.end(), cella,
                                         [](const ErroriElementi& e, std::size_t c) { return e.cella < c; });
        return it != a_->elementi_errati.end() && it->cella == cella ? &*it : nullptr;
    }
    /** An object's unknown keys (distinct) that are not among its members: past the cap, each only counted. */
    std::size_t ignote_omesse() const noexcept {
        const std::size_t cella = static_cast<std::size_t>(c_ - a_->celle.data());
        const auto& v = a_->ignote_omesse;
        const auto it = std::lower_bound(v.begin(), v.end(), std::pair<std::size_t, std::size_t>{cella, 0});
        return it != v.end() && it->first == cella ? it->second : 0;
    }
    /** Member k (0 ≤ k < size()) of an array or object. */
    Nodo operator[](std::size_t k) const noexcept { return {*a_, membro(k).cella}; }
    /** The key of member k of an object. */
    std::string_view chiave(std::size_t k) const noexcept {
        const typename Albero<L>::Membro& m = membro(k);
        return {a_->testi.data() + m.chiave, m.lunghezza_chiave};
    }
    /** The value of an object's key; nullopt when absent or not an object. */
    Opzionale<Nodo<L>> campo(std::string_view nome) const noexcept {
        if (!is_object()) return std::nullopt;
        for (std::size_t k = 0; k < size(); ++k)
            if (chiave(k) == nome) return (*this)[k];
        return std::nullopt;
    }

private:
    const typename Albero<L>::Membro& membro(std::size_t k) const noexcept { return a_->membri[c_->inizio + k]; }

    const Albero<L>* a_ = nullptr;
    const typename Albero<L>::Cella* c_ = nullptr;
};

// The basic_parser handler that builds an Albero. Open containers keep
// their members on a stack (their values are complete), moved to
// `membri` when the container closes; a key is looked for among its
// object's earlier keys (by scanning, or by hash once the object is large).
//
// Given the type the text should hold (`tipo`, the streaming decoder's
// table), it stores nothing the decoder only reports: the value of an
// unknown key becomes a null, and an array or object where the type wants
// something else becomes an empty one (the decoder says only "trovato un
// array"). Inside such a skipped value only what repeated keys need is
// kept: the keys of its open objects and the index of its open arrays.
//
// With a cap (`massimo_errati`, the decoder's `errori_massimi`), an array
// keeps only its first `massimo_errati` elements of the wrong kind (each
// one error, "atteso un oggetto, trovato il numero 0", which the decoder
// reports in the order of the elements, so any later one is past the cap
// and only counted): the rest are counted in `Albero::omessi`, with no
// cell. Likewise only the first `massimo_errati` repeated keys are kept
// (they are reported first), the rest counted.
//
// Given also the decoder of an element (`leggi_elemento`: decodifica.hpp's
// `leggi` for the element type of an array of structs), an array of structs
// past its first `elementi_in_albero` elements decodes each element as soon
// as it is read: an element with errors is not kept (its cells, texts and
// members are dropped), its errors are (the first `massimo_errati` of the
// array's, with their whole pointers; the rest counted) in
// `Albero::elementi_errati`, which the decoder reports after the elements
// kept. An element that decodes is kept, and gives no error when read again.
// The errors of an array's elements come one element after the other, so
// this is the list the whole tree gives, cut at the cap.
//
// Likewise an object of a known type keeps its first `massimo_errati`
// unknown keys (each one error, "chiave sconosciuta", reported after its
// members in the order of the text) and only counts the later distinct
// ones (`Albero::ignote_omesse`), with no member and no cell: their texts
// are kept in a compact set (`ChiaviContate`, mostly views of the document,
// `documento`) only to tell a repetition, still reported.
//
// So a refused document costs memory for what is read, not for what is
// skipped or only counted (docs/robustness.md).
template <class L = void>
class CostruisciAlbero : public EventiComuni {
public:
    Albero<L> albero;
    /** Decodes `v` as a value of `tipo` (a struct) into `l`; false when it does not know `tipo`. */
    using LeggiElemento = bool (*)(const flusso::InfoTipo* tipo, Nodo<L> v, LettoreT<L>& l);

    explicit CostruisciAlbero(const flusso::InfoTipo* tipo = nullptr,
                              std::size_t massimo_errati = std::numeric_limits<std::size_t>::max(),
                              LeggiElemento leggi_elemento = nullptr, const OpzioniDecodifica* opzioni = nullptr,
                              std::string_view documento = {})
        : radice_tipo_(tipo), massimo_errati_(massimo_errati), leggi_elemento_(opzioni ? leggi_elemento : nullptr),
          documento_(documento) {
        if (opzioni) opzioni_elemento_ = *opzioni;
    }

    bool on_string_part(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        if (!in_salto() && !sconosciuto() && !da_omettere(GenereJson::stringa)) aggiungi_parte(s);
        return true;
    }
    bool on_string(boost::json::string_view s, std::size_t n, boost::system::error_code& ec) {
        if (in_salto()) return conta_saltato();
        if (sconosciuto()) return aggiungi(typename Albero<L>::Cella{});
        if (omesso(GenereJson::stringa)) return true;
        on_string_part(s, n, ec);
        typename Albero<L>::Cella c;
        c.genere = GenereJson::stringa;
        c.inizio = inizio_testo_;
        c.n = static_cast<std::uint32_t>(albero.testi.size() - inizio_testo_);
        in_testo_ = false;
        return aggiungi(c);
    }
    bool on_int64(std::int64_t x, boost::json::string_view, boost::system::error_code&) {
        scarta_parti_numero();
        if (in_salto()) return conta_saltato();
        if (sconosciuto()) return aggiungi(typename Albero<L>::Cella{});
        if (omesso(GenereJson::int64)) return true;
        typename Albero<L>::Cella c;
        c.genere = GenereJson::int64;
        c.i = x;
        return aggiungi(c);
    }
    bool on_uint64(std::uint64_t x, boost::json::string_view, boost::system::error_code&) {
        scarta_parti_numero();
        if (in_salto()) return conta_saltato();
        if (sconosciuto()) return aggiungi(typename Albero<L>::Cella{});
        if (omesso(GenereJson::uint64)) return true;
        typename Albero<L>::Cella c;
        c.genere = GenereJson::uint64;
        c.u = x;
        return aggiungi(c);
    }
    // A number given in parts (only at the end of the input the parser was
    // given so far) is whole at its last event: its text is kept for the
    // numbers that are not integers (their double may not be what was written).
    bool on_number_part(boost::json::string_view s, boost::system::error_code&) {
        if (!in_salto() && !sconosciuto()) aggiungi_parte(s);
        return true;
    }
    bool on_double(double, boost::json::string_view s, boost::system::error_code& ec) {
        if (in_salto()) return conta_saltato();
        if (sconosciuto()) {
            scarta_parti_numero();
            return aggiungi(typename Albero<L>::Cella{});
        }
        if (omesso(GenereJson::reale)) {
            scarta_parti_numero();
            return true;
        }
        on_number_part(s, ec);
        typename Albero<L>::Cella c;
        c.genere = GenereJson::reale;
        c.inizio = inizio_testo_;
        c.n = static_cast<std::uint32_t>(albero.testi.size() - inizio_testo_);
        in_testo_ = false;
        return aggiungi(c);
    }
    bool on_bool(bool x, boost::system::error_code&) {
        if (in_salto()) return conta_saltato();
        if (sconosciuto()) return aggiungi(typename Albero<L>::Cella{});
        if (omesso(GenereJson::booleano)) return true;
        typename Albero<L>::Cella c;
        c.genere = GenereJson::booleano;
        c.b = x;
        return aggiungi(c);
    }
    bool on_null(boost::system::error_code&) {
        if (in_salto()) return conta_saltato();
        if (!sconosciuto() && omesso(GenereJson::null)) return true;
        return aggiungi(typename Albero<L>::Cella{});
    }

    bool on_object_begin(boost::system::error_code&) { return apri(GenereJson::oggetto); }
    bool on_array_begin(boost::system::error_code&) { return apri(GenereJson::array); }
    bool on_object_end(std::size_t, boost::system::error_code&) { return chiudi(); }
    bool on_array_end(std::size_t, boost::system::error_code&) { return chiudi(); }

    bool on_key_part(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        Aperto& o = aperti_.back();
        if (o.saltato) parte_chiave_saltata(o, s);
        else aggiungi_parte(s);
        return true;
    }
    bool on_key(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        Aperto& o = aperti_.back();
        if (o.saltato) return chiave_saltata(o, s);
        aggiungi_parte(s);
        in_testo_ = false;
        o.chiave = inizio_testo_;
        o.lunghezza_chiave = static_cast<std::uint32_t>(albero.testi.size() - inizio_testo_);
        o.ripetuta = cerca(o);
        const std::string_view k = testo(o.chiave, o.lunghezza_chiave);
        // An unknown key only counted, met again: reported, its value not kept.
        if (!o.ripetuta && o.ignote_omesse > 0 && o.chiavi_contate.contiene(k, documento_)) {
            ripetuta(k);
            o.tipo_membro = &flusso::info_ignora;
            o.scarta_valore = true;
            return true;
        }
        if (o.ripetuta) ripetuta(k);
        // The type of the value that follows: a member's, or unknown (skipped).
        if (o.tipo) {
            const std::uint64_t pr = flusso::prefisso_rapido(k);
            o.tipo_membro = &flusso::info_ignora;
            for (std::uint32_t i = 0; i < o.tipo->n_membri; ++i)
                if (o.tipo->membri[i].e(k, pr)) {
                    o.tipo_membro = o.tipo->membri[i].tipo;
                    break;
                }
            // A new unknown key past the cap: only counted (the text given whole is the document's, if unescaped).
            if (!o.ripetuta && o.tipo_membro == &flusso::info_ignora) {
                if (o.ignote < massimo_errati_) ++o.ignote;
                else if (o.chiavi_contate.aggiungi(s.size() == k.size() ? std::string_view(s.data(), s.size()) : k,
                                                   documento_)) {
                    ++o.ignote_omesse;
                    o.scarta_valore = true;
                }
            }
        }
        return true;
    }

private:
    // Past this many members an object's keys are hashed (a hostile object may have very many).
    static constexpr std::size_t soglia_hash = 32;
    // An array of structs keeps this many elements before it decodes each as it is read.
    static constexpr std::size_t elementi_in_albero = 64;

    struct Aperto {
        std::size_t cella = 0;
        std::size_t base = 0; // its first member on `pila_`
        bool array = false;
        std::size_t chiave = 0; // objects: the current key
        std::uint32_t lunghezza_chiave = 0;
        Opzionale<std::size_t> ripetuta; // the current key's first member on `pila_`, when repeated
        std::unordered_map<std::string, std::size_t> indice; // key → position on `pila_`, for large objects
        const flusso::InfoTipo* tipo = nullptr;        // typed: the struct or vector it fills
        const flusso::InfoTipo* tipo_membro = nullptr; // typed objects: the current key's (info_ignora: unknown)
        // Skipped (nothing stored): its members counted, an object's keys kept for repetitions.
        bool saltato = false;
        GenereJson segnaposto = GenereJson::null; // what stands for it in its parent: null, or an empty container
        std::size_t contati = 0;
        std::string chiave_saltata;
        bool chiave_finita = false;
        // Typed arrays: their elements of the wrong kind, kept (up to the cap) and not kept.
        std::size_t errati = 0;
        std::size_t omessi = 0;
        bool omesso = false; // a skipped value that is such an element past the cap: no cell
        // Typed containers: where their texts and members begin (to drop them).
        std::size_t inizio_testi = 0;
        std::size_t inizio_membri = 0;
        // Arrays of structs, with `leggi_elemento_`: their elements decoded as read (past
        // `elementi_in_albero`), those not kept, and their errors kept.
        bool subito = false;
        std::size_t scartati = 0;
        std::size_t mostrati = 0;
        // Typed objects: their unknown keys kept, and those only counted (in the set).
        std::size_t ignote = 0;
        std::size_t ignote_omesse = 0;
        ChiaviContate chiavi_contate;
        bool scarta_valore = false; // the current key is only counted: its value is not kept
    };

    // The type the next value should have: nullptr when untyped (or below
    // a skipped value), info_ignora when it is skipped, optionals unwrapped.
    const flusso::InfoTipo* atteso() const {
        const flusso::InfoTipo* t = radice_tipo_;
        if (!aperti_.empty()) {
            const Aperto& a = aperti_.back();
            t = a.array ? (a.tipo ? a.tipo->interno : nullptr) : a.tipo_membro;
        }
        while (t && t->genere == flusso::GenereTipo::opzionale) t = t->interno;
        return t;
    }
    // Inside a skipped array or object: nothing is stored.
    bool in_salto() const { return !aperti_.empty() && aperti_.back().saltato; }
    // The value of an unknown key: a null stands for it.
    bool sconosciuto() const {
        const flusso::InfoTipo* t = atteso();
        return t && t->genere == flusso::GenereTipo::ignora;
    }
    bool conta_saltato() {
        ++aperti_.back().contati;
        return true;
    }
    // Whether the next value, of kind `g`, is an element of a typed array
    // that the decoder can only report: one error ("atteso …, trovato …"),
    // exactly as decodifica.hpp's `leggi` gives for its element type.
    bool errato(GenereJson g) const {
        if (aperti_.empty()) return false;
        const Aperto& a = aperti_.back();
        if (!a.array || a.saltato || !a.tipo || !a.tipo->interno) return false;
        const flusso::InfoTipo* t = a.tipo->interno;
        if (g == GenereJson::null) return t->genere != flusso::GenereTipo::opzionale;
        while (t->genere == flusso::GenereTipo::opzionale) t = t->interno;
        switch (g) {
        case GenereJson::oggetto: return t->genere != flusso::GenereTipo::struttura;
        case GenereJson::array: return t->genere != flusso::GenereTipo::vettore;
        default: break;
        }
        if (t->genere != flusso::GenereTipo::valore) return true;
        switch (g) {
        case GenereJson::booleano: return !t->da_bool;
        case GenereJson::int64: return !t->da_int64;
        case GenereJson::uint64: return !t->da_uint64;
        case GenereJson::reale: return !t->da_reale;
        case GenereJson::stringa: return !t->da_stringa;
        default: return false;
        }
    }
    // An array whose next error is past the cap: it has `massimo_errati_` errors already (at least).
    bool pieno(const Aperto& a) const { return a.errati + a.mostrati >= massimo_errati_; }
    // Such an element past the cap: its array has `massimo_errati_` errors already.
    bool da_omettere(GenereJson g) const { return errato(g) && pieno(aperti_.back()); }
    // An element of the wrong kind kept: counted, unless its array decodes it as read (then its error is).
    void conta_errato() {
        Aperto& a = aperti_.back();
        if (!a.subito || pila_.size() - a.base + a.omessi + a.scartati < elementi_in_albero) ++a.errati;
    }
    // A scalar of kind `g` just read: true when it is not to be kept (it is counted).
    bool omesso(GenereJson g) {
        if (!errato(g)) return false;
        Aperto& a = aperti_.back();
        if (!pieno(a)) {
            conta_errato();
            return false;
        }
        ++a.omessi;
        return true;
    }
    // A key of a skipped object: only its repetition matters.
    void parte_chiave_saltata(Aperto& o, boost::json::string_view s) {
        if (o.chiave_finita) o.chiave_saltata.clear(), o.chiave_finita = false;
        o.chiave_saltata.append(s.data(), s.size());
    }
    bool chiave_saltata(Aperto& o, boost::json::string_view ultima) {
        parte_chiave_saltata(o, ultima);
        o.chiave_finita = true; // kept while its value is open: the pointers below it name it
        // Its keys in the compact set (a key given whole is a view of the document, if unescaped);
        // in `indice` only the keys the set cannot refer to.
        const std::string_view k = o.chiave_saltata;
        if (o.chiavi_contate.contiene(k, documento_) || (!o.indice.empty() && o.indice.count(o.chiave_saltata) > 0))
            ripetuta(k);
        else if (!o.chiavi_contate.aggiungi(k.size() == ultima.size() ? std::string_view(ultima.data(), ultima.size()) : k,
                                            documento_))
            o.indice.emplace(o.chiave_saltata, 0);
        return true;
    }
    // Key `k` of the innermost open object met again: kept up to the cap, then counted.
    void ripetuta(std::string_view k) {
        if (albero.ripetute.size() >= massimo_errati_) {
            ++albero.ripetute_omesse;
            return;
        }
        std::string p = puntatore();
        aggiungi_token<>(p, k);
        albero.ripetute.push_back({std::move(p), std::string(k)});
    }
    void aggiungi_parte(boost::json::string_view s) {
        inizia_testo();
        albero.testi.append(s.data(), s.size());
    }

    std::string_view testo(std::size_t inizio, std::size_t n) const { return {albero.testi.data() + inizio, n}; }

    void inizia_testo() {
        if (!in_testo_) inizio_testo_ = albero.testi.size(), in_testo_ = true;
    }
    // An integer's value is exact: the parts of its text are not kept.
    void scarta_parti_numero() {
        if (in_testo_) albero.testi.resize(inizio_testo_), in_testo_ = false;
    }

    // Where the current key of object `o` was met before, if it was.
    Opzionale<std::size_t> cerca(Aperto& o) {
        const std::string_view k = testo(o.chiave, o.lunghezza_chiave);
        const std::size_t n = pila_.size() - o.base;
        if (n < soglia_hash) {
            for (std::size_t i = o.base; i < pila_.size(); ++i)
                if (testo(pila_[i].chiave, pila_[i].lunghezza_chiave) == k) return i;
            return std::nullopt;
        }
        if (o.indice.empty())
            for (std::size_t i = o.base; i < pila_.size(); ++i)
                o.indice.emplace(std::string(testo(pila_[i].chiave, pila_[i].lunghezza_chiave)), i);
        if (auto it = o.indice.find(std::string(k)); it != o.indice.end()) return it->second;
        return std::nullopt;
    }

    // The pointer of the innermost open container (its members' parent).
    std::string puntatore() const {
        std::string p;
        for (std::size_t i = 0; i + 1 < aperti_.size(); ++i) {
            const Aperto& a = aperti_[i];
            const Aperto& dentro = aperti_[i + 1];
            if (a.saltato && a.array) aggiungi_token<>(p, std::to_string(a.contati));
            else if (a.saltato) aggiungi_token<>(p, a.chiave_saltata);
            else if (a.array) aggiungi_token<>(p, std::to_string(dentro.base - a.base + a.omessi + a.scartati));
            else aggiungi_token<>(p, testo(a.chiave, a.lunghezza_chiave));
        }
        return p;
    }

    // A complete value: the root, a new member, or the new value of a repeated key.
    bool aggiungi(const typename Albero<L>::Cella& c) {
        if (!aperti_.empty() && aperti_.back().scarta_valore) {
            // The value of a key only counted (a null: nothing was stored under it), and the key's text.
            Aperto& o = aperti_.back();
            o.scarta_valore = false;
            albero.testi.resize(o.chiave);
            return true;
        }
        const std::size_t i = albero.celle.size();
        albero.celle.push_back(c);
        const bool testo = c.genere == GenereJson::stringa || c.genere == GenereJson::reale;
        metti(i, testo ? c.inizio : albero.testi.size(), albero.membri.size());
        return true;
    }
    // Value `cella` complete (its texts in `testi` from `inizio_testi`, its members' in `membri` from `inizio_membri`).
    void metti(std::size_t cella, std::size_t inizio_testi, std::size_t inizio_membri) {
        if (aperti_.empty()) {
            albero.radice = cella;
            return;
        }
        Aperto& a = aperti_.back();
        if (a.subito && pila_.size() - a.base + a.omessi + a.scartati >= elementi_in_albero &&
            leggi_subito(a, cella, inizio_testi, inizio_membri))
            return;
        if (a.ripetuta) {
            pila_[*a.ripetuta].cella = cella; // the last value, in the place of the first
            a.ripetuta.reset();
            return;
        }
        pila_.push_back({cella, a.chiave, a.lunghezza_chiave});
        if (!a.indice.empty()) a.indice.emplace(std::string(testo(a.chiave, a.lunghezza_chiave)), pila_.size() - 1);
    }

    // Element `cella` of array `a`, which decodes its elements as read: decoded now; with errors,
    // they are kept (up to the cap) and the element dropped. True when dropped.
    bool leggi_subito(Aperto& a, std::size_t cella, std::size_t inizio_testi, std::size_t inizio_membri) {
        const std::size_t prima = a.errati + a.mostrati;
        opzioni_elemento_.errori_massimi = massimo_errati_ > prima ? massimo_errati_ - prima : 0;
        LettoreT<L> l(opzioni_elemento_);
        // Its pointer, as puntatore() builds it (no open container is skipped).
        for (std::size_t i = 0; i + 1 < aperti_.size(); ++i) {
            const Aperto& o = aperti_[i];
            if (o.array) l.entra(aperti_[i + 1].base - o.base + o.omessi + o.scartati);
            else l.entra(testo(o.chiave, o.lunghezza_chiave));
        }
        l.entra(pila_.size() - a.base + a.omessi + a.scartati);
        if (!leggi_elemento_(a.tipo->interno, Nodo<L>(albero, cella), l) || !l.ha_errori()) return false;
        albero.celle.resize(cella);
        albero.testi.resize(inizio_testi);
        albero.membri.resize(inizio_membri);
        // What the element's arrays recorded (they closed after it began: at the back).
        while (!albero.omessi.empty() && albero.omessi.back().first >= cella) albero.omessi.pop_back();
        while (!albero.ignote_omesse.empty() && albero.ignote_omesse.back().first >= cella) albero.ignote_omesse.pop_back();
        auto& registrati = albero.elementi_errati;
        while (!registrati.empty() && registrati.back().cella >= cella) registrati.pop_back();
        if (registrati.empty() || registrati.back().cella != a.cella) registrati.push_back({a.cella, {}, 0, 0});
        ErroriElementi& e = registrati.back();
        std::vector<ErroreDecodifica>& errori = l.errori_mostrati();
        a.mostrati += errori.size();
        e.oltre += l.errori_non_mostrati();
        e.valori += l.valori_errati();
        e.errori.insert(e.errori.end(), std::make_move_iterator(errori.begin()), std::make_move_iterator(errori.end()));
        ++a.scartati;
        return true;
    }

    bool apri(GenereJson g) {
        if (in_salto()) return apri_saltato(g, GenereJson::null);
        const flusso::InfoTipo* t = atteso();
        if (t && t->genere == flusso::GenereTipo::ignora) return apri_saltato(g, GenereJson::null);
        // Where the type wants a scalar, an object for an array or the converse, the decoder reports
        // only "trovato un array" / "un oggetto": an empty one stands for it.
        if (t && t->genere != (g == GenereJson::oggetto ? flusso::GenereTipo::struttura : flusso::GenereTipo::vettore)) {
            // An element of the wrong kind past its array's cap: not even the empty one.
            const bool via = da_omettere(g);
            if (errato(g) && !via) conta_errato();
            apri_saltato(g, g);
            aperti_.back().omesso = via;
            return true;
        }
        typename Albero<L>::Cella c;
        c.genere = g;
        c.inizio = 0;
        Aperto a;
        a.cella = albero.celle.size();
        a.base = pila_.size();
        a.array = g == GenereJson::array;
        a.tipo = t;
        a.inizio_testi = albero.testi.size();
        a.inizio_membri = albero.membri.size();
        a.subito = leggi_elemento_ && a.array && t && t->interno && t->interno->genere == flusso::GenereTipo::struttura;
        aperti_.push_back(std::move(a));
        albero.celle.push_back(c);
        return true;
    }
    bool apri_saltato(GenereJson g, GenereJson segnaposto) {
        Aperto a;
        a.base = pila_.size();
        a.array = g == GenereJson::array;
        a.saltato = true;
        a.segnaposto = segnaposto;
        aperti_.push_back(std::move(a));
        return true;
    }
    bool chiudi() {
        if (aperti_.back().saltato) {
            const GenereJson g = aperti_.back().segnaposto;
            const bool omesso = aperti_.back().omesso;
            aperti_.pop_back();
            if (in_salto()) return conta_saltato();
            if (omesso) {
                ++aperti_.back().omessi;
                return true;
            }
            typename Albero<L>::Cella c;
            c.genere = g;
            c.inizio = albero.membri.size(); // a container with no members
            return aggiungi(c);
        }
        Aperto& a = aperti_.back();
        if (a.omessi > 0) albero.omessi.emplace_back(a.cella, a.omessi);
        if (a.ignote_omesse > 0) albero.ignote_omesse.emplace_back(a.cella, a.ignote_omesse);
        typename Albero<L>::Cella& c = albero.celle[a.cella];
        c.inizio = albero.membri.size();
        c.n = static_cast<std::uint32_t>(pila_.size() - a.base);
        albero.membri.insert(albero.membri.end(), pila_.begin() + static_cast<std::ptrdiff_t>(a.base), pila_.end());
        pila_.resize(a.base);
        const std::size_t cella = a.cella, inizio_testi = a.inizio_testi, inizio_membri = a.inizio_membri;
        aperti_.pop_back();
        metti(cella, inizio_testi, inizio_membri);
        return true;
    }

    const flusso::InfoTipo* radice_tipo_ = nullptr;
    std::size_t massimo_errati_;
    LeggiElemento leggi_elemento_ = nullptr;
    std::string_view documento_; // the text parsed, if given: where most keys counted are read from
    OpzioniDecodifica opzioni_elemento_; // the decoder's, with the cap left to the array whose element is decoded
    std::vector<Aperto> aperti_;
    std::vector<typename Albero<L>::Membro> pila_;
    std::size_t inizio_testo_ = 0;
    bool in_testo_ = false;
};

/**
 * Parses `testo` with `po` as boost::json::stream_parser's write and finish
 * do (same events, limits and error codes) into `out`. Returns how many
 * bytes were read: the offset of the error when `ec` is set. Typed by
 * `tipo` and capped by `massimo_errati` as `CostruisciAlbero` says.
 */
template <class L = void>
std::size_t costruisci_albero(std::string_view testo, const boost::json::parse_options& po, Albero<L>& out,
                              boost::system::error_code& ec, const flusso::InfoTipo* tipo = nullptr,
                              std::size_t massimo_errati = std::numeric_limits<std::size_t>::max(),
                              typename CostruisciAlbero<L>::LeggiElemento leggi_elemento = nullptr,
                              const OpzioniDecodifica* opzioni = nullptr) {
    boost::json::basic_parser<CostruisciAlbero<L>> parser(po, tipo, massimo_errati, leggi_elemento, opzioni, testo);
    std::size_t letti = parser.write_some(true, testo.data(), testo.size(), ec);
    if (!ec && letti < testo.size()) ec = boost::json::error::extra_data;
    if (!ec) parser.write_some(false, nullptr, 0, ec);
    out = std::move(parser.handler().albero);
    std::sort(out.omessi.begin(), out.omessi.end());
    std::sort(out.ignote_omesse.begin(), out.ignote_omesse.end());
    std::stable_sort(out.elementi_errati.begin(), out.elementi_errati.end(),
                     [](const ErroriElementi& a, const ErroriElementi& b) { return a.cella < b.cella; });
    return letti;
}

/**
 * The keys repeated in an object of `testo`, a JSON text that parses with
 * `po`; one per repetition, in the order of the text.
 */
template <class L = void>
std::vector<ChiaveRipetuta> chiavi_ripetute(std::string_view testo, const boost::json::parse_options& po) {
    Albero<L> a;
    boost::system::error_code ec;
    costruisci_albero<L>(testo, po, a, ec);
    return std::move(a.ripetute);
}

} // namespace perfpa::json::detail

#endif
