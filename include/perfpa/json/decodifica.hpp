// perfpa — decoding JSON (format v1) into the model, with every error and its JSON Pointer.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_JSON_DECODIFICA_HPP
#define PERFPA_JSON_DECODIFICA_HPP

#include <perfpa/detail/attesi.hpp>
#include <perfpa/detail/utf8.hpp>
#include <perfpa/json/detail/albero.hpp>
#include <perfpa/json/detail/lettore.hpp>
#include <perfpa/json/errori.hpp>
#include <perfpa/json/detail/segnala_vincoli.hpp>
#include <perfpa/detail/tratti.hpp>
#include <perfpa/model.hpp>
#include <perfpa/opzionale.hpp>

#include <boost/describe/enum_from_string.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/json/error.hpp>
#include <boost/json/parse_options.hpp>
#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/bind.hpp>
#include <boost/mp11/list.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace perfpa::json {

namespace detail {

/** A JSON number as the user wrote it, for a message (integers are exact; a long text is cut). */
template <class L = void>
std::string numero_come_scritto(Nodo<> v) {
    if (v.is_int64()) return std::to_string(v.get_int64());
    if (v.is_uint64()) return std::to_string(v.get_uint64());
    return numero_citato<L>(v.get_testo_numero());
}

/** How a JSON value is described in a message: `la stringa "sei"`, `il numero 6`. */
template <class L = void>
std::string trovato(Nodo<> v) {
    switch (v.genere()) {
    case GenereJson::null: return "null";
    case GenereJson::booleano: return v.get_bool() ? "il booleano true" : "il booleano false";
    case GenereJson::int64:
    case GenereJson::uint64:
    case GenereJson::reale: return "il numero " + numero_come_scritto<L>(v);
    case GenereJson::stringa: return "la stringa " + citazione<L>(v.get_string());
    case GenereJson::array: return "un array";
    case GenereJson::oggetto: return "un oggetto";
    }
    return "un valore sconosciuto";
}

/** The exact value of a JSON number as a plain decimal (`1e3` → `1000`), for `da_testo`. */
template <class L = void>
std::string testo_numero(Nodo<> v) {
    if (v.is_int64()) return std::to_string(v.get_int64());
    if (v.is_uint64()) return std::to_string(v.get_uint64());
    return decimale_esatto<L>(v.get_testo_numero());
}

template <class T>
void leggi(Nodo<> v, T& out, Lettore& l);

template <class Tag>
void leggi_centesimi(Nodo<> v, Centesimi<Tag>& out, Lettore& l) {
    if (!v.is_number()) {
        l.errore(TipoErrore::tipo_errato, perfpa::detail::centesimi_non_validi<Tag>(trovato<>(v)));
        return;
    }
    auto r = Centesimi<Tag>::da_testo(testo_numero<>(v));
    if (!r) {
        l.errore(TipoErrore::formato, perfpa::detail::centesimi_non_validi<Tag>(numero_come_scritto<>(v), r.error().motivo));
        return;
    }
    if (!r->nel_intervallo()) {
        l.errore(TipoErrore::fuori_intervallo, perfpa::detail::centesimi_fuori_intervallo<Tag>(r->centesimi(), numero_come_scritto<>(v)));
        return;
    }
    out = *r;
}

template <class L = void>
void leggi_importo(Nodo<> v, Importo& out, Lettore& l) {
    if (!v.is_string() && !v.is_number()) {
        l.errore(TipoErrore::tipo_errato, perfpa::detail::importo_non_valido(trovato<L>(v)));
        return;
    }
    // A string is parsed as written (even when empty); a number through its exact value.
    auto r = Importo::da_testo(v.is_string() ? std::string(v.get_string()) : testo_numero<L>(v));
    if (!r) {
        l.errore(TipoErrore::formato, perfpa::detail::importo_non_valido(trovato<L>(v), r.error().motivo));
        return;
    }
    out = *r;
}

template <class L = void>
void leggi_decimale(Nodo<> v, Decimale& out, Lettore& l) {
    if (!v.is_number()) {
        l.errore(TipoErrore::tipo_errato, "atteso un numero, trovato " + trovato<L>(v));
        return;
    }
    auto r = Decimale::da_testo(testo_numero<L>(v));
    if (!r) {
        l.errore(TipoErrore::formato, perfpa::detail::decimale_non_valido(numero_come_scritto<L>(v), r.error().motivo));
        return;
    }
    out = *r;
}

template <class L = void>
void leggi_data(Nodo<> v, Data& out, Lettore& l) {
    if (!v.is_string()) {
        l.errore(TipoErrore::tipo_errato, "attesa una data come \"2023-12-31\", trovato " + trovato<L>(v));
        return;
    }
    auto r = Data::da_testo(v.get_string());
    if (!r) {
        l.errore(TipoErrore::formato, "attesa una data come \"2023-12-31\", trovato " + trovato<L>(v) + " (" + r.error().motivo + ")");
        return;
    }
    out = *r;
}

template <class L = void>
void leggi_valore(Nodo<> v, Valore& out, Lettore& l) {
    if (v.is_bool()) out = v.get_bool();
    else if (v.is_string()) out = std::string(v.get_string());
    else if (v.is_number()) {
        Decimale d;
        leggi_decimale<L>(v, d, l);
        out = d;
    } else l.errore(TipoErrore::tipo_errato, "atteso un booleano, un numero o un testo, trovato " + trovato<L>(v));
}

template <class E>
void leggi_enum(Nodo<> v, E& out, Lettore& l) {
    if (!v.is_string()) {
        l.errore(TipoErrore::tipo_errato, perfpa::detail::enumeratore_non_valido<E>(trovato<>(v)));
        return;
    }
    const std::string_view s = v.get_string();
    bool trovata = false;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto D) {
        if (!trovata && s == D.name) {
            out = D.value;
            trovata = true;
        }
    });
    if (!trovata) l.errore(TipoErrore::formato, perfpa::detail::enumeratore_non_valido<E>(trovato<>(v)));
}

// The kind of an integer refused: another JSON type, a number with decimals
// (its spelling), or an integer outside the type's range.
inline TipoErrore tipo_intero_errato(bool intero, bool numero) {
    return intero ? TipoErrore::fuori_intervallo : numero ? TipoErrore::formato : TipoErrore::tipo_errato;
}

template <class I>
void leggi_intero(Nodo<> v, I& out, Lettore& l) {
    const char* atteso = std::is_signed_v<I> ? "atteso un numero intero" : "atteso un numero intero ≥ 0";
    if (v.is_int64()) {
        const std::int64_t x = v.get_int64();
        if (x >= static_cast<std::int64_t>(std::numeric_limits<I>::min()) &&
            (x < 0 || static_cast<std::uint64_t>(x) <= static_cast<std::uint64_t>(std::numeric_limits<I>::max()))) {
            out = static_cast<I>(x);
            return;
        }
    } else if (v.is_uint64() && v.get_uint64() <= static_cast<std::uint64_t>(std::numeric_limits<I>::max())) {
        out = static_cast<I>(v.get_uint64());
        return;
    }
    l.errore(tipo_intero_errato(v.is_int64() || v.is_uint64(), v.is_number()), std::string(atteso) + ", trovato " + trovato<>(v));
}

template <class T>
void leggi_struttura(Nodo<> v, T& out, Lettore& l) {
    using membri = boost::describe::describe_members<T, boost::describe::mod_public>;
    if (!v.is_object()) {
        l.errore(TipoErrore::tipo_errato, "atteso un oggetto, trovato " + trovato<>(v));
        return;
    }
    const std::size_t errati_prima = l.valori_errati();
    std::uint64_t membri_errati = 0; // bit i: member i could not be decoded
    std::size_t i = 0;
    boost::mp11::mp_for_each<membri>([&](auto D) {
        using M = std::remove_cvref_t<decltype(out.*D.pointer)>;
        const std::size_t errati = l.valori_errati();
        const Opzionale<Nodo<>> campo = v.campo(D.name);
        Segmento s(l, std::string_view(D.name));
        if (!campo || campo->is_null()) {
            if constexpr (!perfpa::detail::e_opzionale<M>::value) {
                l.errore(TipoErrore::mancante, campo ? "campo obbligatorio: atteso un valore, trovato null" : "campo obbligatorio mancante");
            } else {
                out.*D.pointer = std::nullopt;
            }
        } else {
            leggi(*campo, out.*D.pointer, l);
        }
        if (l.valori_errati() != errati && i < 64) membri_errati |= std::uint64_t{1} << i;
        ++i;
    });
    if (!l.opzioni().ammetti_chiavi_sconosciute) {
        for (std::size_t k = 0; k < v.size(); ++k) {
            const std::string_view chiave = v.chiave(k);
            bool nota = false;
            boost::mp11::mp_for_each<membri>([&](auto D) { nota = nota || chiave == D.name; });
            if (nota) continue;
            std::vector<std::string_view> nomi;
            boost::mp11::mp_for_each<membri>([&](auto D) { nomi.emplace_back(D.name); });
            Segmento s(l, chiave);
            std::string m = "chiave sconosciuta " + citazione<>(chiave);
            if (auto vicino = piu_vicino(chiave, nomi); !vicino.empty())
                m += " (forse \"" + std::string(vicino) + "\"?)";
            l.errore_senza_valore({}, std::move(m), TipoErrore::chiave_sconosciuta, true);
        }
        // The unknown keys the tree did not keep: past the cap, one error each.
        l.errori_oltre_il_limite(v.ignote_omesse(), false);
    }
    // The constraints of a struct relate its members: checked on a partly
    // decoded struct they would report errors that are not there; unless
    // each concerns one member only (vincoli_per_membro).
    if (l.valori_errati() == errati_prima) {
        valida(out, l);
    } else if constexpr (vincoli_per_membro<T>) {
        valida(out, l, [](std::string_view membro, const void* c) {
            const std::uint64_t errati = *static_cast<const std::uint64_t*>(c);
            std::size_t k = 0;
            bool buono = false;
            boost::mp11::mp_for_each<membri>([&](auto D) {
                if (membro == D.name) buono = k >= 64 || !((errati >> k) & 1);
                ++k;
            });
            return buono;
        }, &membri_errati);
    }
}

template <class T>
void leggi(Nodo<> v, T& out, Lettore& l) {
    using perfpa::detail::Specie;
    constexpr Specie sp = perfpa::detail::specie<T>;
    if constexpr (sp == Specie::booleano) {
        if (v.is_bool()) out = v.get_bool();
        else l.errore(TipoErrore::tipo_errato, "atteso un booleano (true o false), trovato " + trovato<>(v));
    } else if constexpr (sp == Specie::intero) {
        leggi_intero(v, out, l);
    } else if constexpr (sp == Specie::testo) {
        if (v.is_string()) out = std::string(v.get_string());
        else l.errore(TipoErrore::tipo_errato, "atteso un testo, trovato " + trovato<>(v));
    } else if constexpr (sp == Specie::centesimi) {
        leggi_centesimi(v, out, l);
    } else if constexpr (sp == Specie::importo) {
        leggi_importo<>(v, out, l);
    } else if constexpr (sp == Specie::decimale) {
        leggi_decimale<>(v, out, l);
    } else if constexpr (sp == Specie::data) {
        leggi_data<>(v, out, l);
    } else if constexpr (sp == Specie::valore) {
        leggi_valore<>(v, out, l);
    } else if constexpr (sp == Specie::opzionale) {
        if (v.is_null()) out.reset();
        else leggi(v, out.emplace(), l);
    } else if constexpr (sp == Specie::lista) {
        if (!v.is_array()) {
            l.errore(TipoErrore::tipo_errato, "atteso un array, trovato " + trovato<>(v));
            return;
        }
        // Only elements that decode are kept: a hostile "[1,1,1,…]" must not
        // make a default model object per byte. (With any element dropped
        // the document is rejected, so the vector's indices do not matter.)
        out.clear();
        for (std::size_t i = 0; i < v.size(); ++i) {
            Segmento s(l, i);
            const std::size_t errati_prima = l.valori_errati();
            leggi(v[i], out.emplace_back(), l);
            if (l.valori_errati() != errati_prima) out.pop_back();
        }
        // The elements decoded while the tree was built, not kept: their errors, after those kept.
        if (const ErroriElementi* e = v.errori_elementi()) l.riporta(e->errori, e->oltre, e->valori);
        // The elements of the wrong kind the tree did not keep: past the cap, one error each.
        l.errori_oltre_il_limite(v.omessi(), true);
    } else if constexpr (sp == Specie::enumerazione) {
        leggi_enum(v, out, l);
    } else if constexpr (sp == Specie::struttura) {
        leggi_struttura(v, out, l);
    } else {
        static_assert(sizeof(T) == 0, "perfpa::json: type not supported by the decoder");
    }
}

// The types a value of T may hold, T first, each once (its members', elements', optionals' types, and theirs).
template <class T>
auto tipi_dentro() {
    using perfpa::detail::Specie;
    constexpr Specie sp = perfpa::detail::specie<T>;
    if constexpr (sp == Specie::opzionale || sp == Specie::lista) {
        return boost::mp11::mp_list<typename T::value_type>{};
    } else if constexpr (sp == Specie::struttura) {
        using membri = boost::describe::describe_members<T, boost::describe::mod_public>;
        return boost::mp11::mp_rename<boost::mp11::mp_transform_q<boost::mp11::mp_bind_front<flusso::tipo_membro, T>, membri>,
                                      boost::mp11::mp_list>{};
    } else {
        return boost::mp11::mp_list<>{};
    }
}
template <class Da, class Visti>
struct Chiusura {
    using type = Visti;
};
template <class T, class... R, class Visti>
struct Chiusura<boost::mp11::mp_list<T, R...>, Visti> {
    using type = typename std::conditional_t<
        boost::mp11::mp_contains<Visti, T>::value, Chiusura<boost::mp11::mp_list<R...>, Visti>,
        Chiusura<boost::mp11::mp_append<boost::mp11::mp_list<R...>, decltype(tipi_dentro<T>())>,
                 boost::mp11::mp_push_back<Visti, T>>>::type;
};

/**
 * Decodes `v` as the struct whose streaming table is `tipo`, one of those a
 * document of type T holds, into `l`; false when T holds no such struct.
 * The tree calls it on an array's element as soon as it is read (albero.hpp).
 */
template <class T>
bool leggi_elemento(const flusso::InfoTipo* tipo, Nodo<> v, Lettore& l) {
    using tutti = typename Chiusura<boost::mp11::mp_list<T>, boost::mp11::mp_list<>>::type;
    bool fatto = false;
    boost::mp11::mp_for_each<boost::mp11::mp_transform<boost::mp11::mp_identity, tutti>>([&](auto id) {
        using U = typename decltype(id)::type;
        if constexpr (perfpa::detail::specie<U> == perfpa::detail::Specie::struttura) {
            if (!fatto && tipo == &flusso::info<U>) {
                U out{};
                leggi(v, out, l);
                fatto = true;
            }
        }
    });
    return fatto;
}

/** The Italian name of a Boost.JSON parse error. */
// The kind of a parser's refusal: a limit (nesting, an element's size) or the syntax.
template <class L = void>
TipoErrore tipo_sintassi(const boost::system::error_code& ec) {
    namespace bj = boost::json;
    return ec == bj::error::too_deep || ec == bj::error::string_too_large || ec == bj::error::key_too_large ||
                   ec == bj::error::array_too_large || ec == bj::error::object_too_large
               ? TipoErrore::limite
               : TipoErrore::sintassi;
}

template <class L = void>
std::string errore_sintassi(const boost::system::error_code& ec, const OpzioniDecodifica& o) {
    namespace bj = boost::json;
    if (ec == bj::error::incomplete) return "documento troncato: il JSON finisce prima di essere completo";
    if (ec == bj::error::too_deep)
        return "annidamento troppo profondo: al massimo " + std::to_string(o.profondita_massima) + " livelli";
    if (ec == bj::error::extra_data) return "dati in eccesso dopo la fine del documento JSON";
    if (ec == bj::error::syntax) return "errore di sintassi JSON";
    if (ec == bj::error::exponent_overflow) return "numero con esponente fuori intervallo";
    if (ec == bj::error::string_too_large || ec == bj::error::key_too_large ||
        ec == bj::error::array_too_large || ec == bj::error::object_too_large)
        return "elemento troppo grande";
    if (ec == bj::error::expected_hex_digit) return "cifra esadecimale attesa in una sequenza \\u";
    if (ec == bj::error::illegal_leading_surrogate || ec == bj::error::illegal_trailing_surrogate ||
        ec == bj::error::expected_utf16_escape)
        return "surrogato UTF-16 non valido in una stringa";
    // Boost.JSON reports invalid UTF-8 as a syntax error at the offending byte.
    return "JSON non valido (" + ec.message() + ")";
}

/**
 * A syntax error at byte `dove` said more precisely when the text shows
 * why: a control character (JSON wants it escaped inside a string), or a
 * `\\uD800`–`\\uDBFF` escape not followed by its low surrogate; else `m`.
 */
template <class L = void>
std::string sintassi_precisa(std::string_view testo, std::size_t dove, std::string m) {
    if (dove < testo.size() && static_cast<unsigned char>(testo[dove]) < 0x20) {
        const auto c = static_cast<unsigned char>(testo[dove]);
        static constexpr char esadecimali[] = "0123456789ABCDEF";
        const std::string codice = std::string("U+00") + esadecimali[c >> 4] + esadecimali[c & 0xF];
        std::string escape; // as an error text writes it: "\\t", "\\u0001"
        perfpa::detail::aggiungi_visibile(escape, testo.substr(dove, 1), false);
        return "carattere di controllo " + codice + " non ammesso: in un testo JSON va scritto come " + escape;
    }
    if (dove >= 6) {
        const std::string_view e = testo.substr(dove - 6, 6);
        auto esa = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); };
        if (e[0] == '\\' && e[1] == 'u' && (e[2] == 'd' || e[2] == 'D') &&
            ((e[3] >= '8' && e[3] <= '9') || (e[3] >= 'a' && e[3] <= 'b') || (e[3] >= 'A' && e[3] <= 'B')) &&
            esa(e[4]) && esa(e[5]))
            return "surrogato UTF-16 non valido in una stringa: \\u" + std::string(e.substr(2)) +
                   " deve essere seguito da un surrogato basso (\\udc00–\\udfff)";
    }
    return m;
}

/** Line and column (1-based, in bytes) of a byte offset. */
template <class L = void>
std::string posizione(std::string_view testo, std::size_t offset) {
    std::size_t riga = 1, colonna = 1;
    for (std::size_t i = 0; i < offset && i < testo.size(); ++i) {
        if (testo[i] == '\n') {
            ++riga;
            colonna = 1;
        } else ++colonna;
    }
    return "riga " + std::to_string(riga) + ", colonna " + std::to_string(colonna);
}


} // namespace detail

/**
 * Decodes a document of type T (`Relazione`, `Smvp`, or any described
 * model type) from JSON text. Never throws on bad data: returns the value,
 * or every error found, each with its JSON Pointer, what was expected and
 * what was found, in decoding order: an object's members in format.md
 * order (each with the errors inside it), then its unknown keys, then its
 * own constraints (`errori_modello`, checked only when nothing inside the
 * object was wrong, or, for the Relazione, the SMVP and an obligation, whose
 * constraints each read one member, when that member was not). Keys
 * repeated in an object are reported first; a `formato` of another kind or
 * version is then the only other error reported. Size, nesting and the number of errors are limited by `opzioni`.
 * The reference decoder: it parses the whole text into a tree (Boost.JSON's
 * parser events, stored compactly: `detail::Albero`), then reads the tree.
 */
template <class T>
[[nodiscard]] Risultato<T> decodifica_dom(std::string_view testo, const OpzioniDecodifica& opzioni = {}) {
    detail::Lettore l(opzioni);
    if (testo.size() > opzioni.dimensione_massima) {
        l.errore_in("", "documento troppo grande: " + std::to_string(testo.size()) + " byte, al massimo " +
                            std::to_string(opzioni.dimensione_massima),
                    TipoErrore::limite);
        return l.prendi_errori();
    }
    boost::json::parse_options po;
    po.max_depth = opzioni.profondita_massima;
    detail::Albero<> albero;
    boost::system::error_code ec;
    // Typed: nothing is stored under a value the decoder only reports (an unknown key's); capped: an
    // array's elements of the wrong kind and the repeated keys past `errori_massimi` are only counted;
    // a long array's structs with errors are decoded as read, only their errors kept.
    const std::size_t letti =
        detail::costruisci_albero<>(testo, po, albero, ec, &detail::flusso::info<T>, opzioni.errori_massimi,
                                    &detail::leggi_elemento<T>, &opzioni);
    if (ec) {
        std::string m = detail::errore_sintassi<>(ec, opzioni);
        if (ec == boost::json::error::incomplete && testo.find_first_not_of(" \t\r\n") == std::string_view::npos)
            m = testo.empty() ? "documento vuoto: atteso un documento JSON, trovato un testo di 0 byte"
                              : "documento vuoto: atteso un documento JSON, trovati solo spazi";
        else if (ec == boost::json::error::syntax && letti == 0 && testo.starts_with("\xEF\xBB\xBF"))
            m = "il documento inizia con un BOM UTF-8 (byte EF BB BF), che JSON non ammette: salvarlo in UTF-8 "
                "senza BOM";
        else if (ec == boost::json::error::syntax && !perfpa::detail::utf8_valido(testo))
            m = "testo non codificato in UTF-8 valido";
        else if (ec == boost::json::error::syntax) m = detail::sintassi_precisa<>(testo, letti, std::move(m));
        l.errore_in("", m + " (" + detail::posizione<>(testo, letti) + ")",
                    detail::tipo_sintassi<>(ec));
        return l.prendi_errori();
    }
    const detail::Nodo<> radice(albero, albero.radice);
    T out{};
    // The tree keeps the last value of a repeated key, and each repetition:
    // reported first, even before a `formato` of another kind or version.
    for (detail::ChiaveRipetuta& k : albero.ripetute)
        l.errore_senza_valore(std::move(k.percorso), "chiave " + detail::citazione<>(k.chiave) +
                                                         " ripetuta nello stesso oggetto: attesa una volta sola, "
                                                         "trovata di nuovo (varrebbe solo l'ultima)",
                              TipoErrore::sintassi);
    l.errori_oltre_il_limite(albero.ripetute_omesse, false);
    // A document of another kind or version (`"formato": "perfpa.relazione/2"`):
    // with the repeated keys, the one error worth reading; the others would follow from it.
    if constexpr (requires { std::string_view(out.formato); }) {
        const Opzionale<detail::Nodo<>> formato = radice.campo("formato");
        if (formato && formato->is_string()) {
            std::vector<ErroreDecodifica> e;
            perfpa::detail::controlla_formato(formato->get_string(), out.formato, e);
            if (!e.empty()) {
                for (auto& x : e) l.errore_in(std::move(x.percorso), std::move(x.messaggio), x.tipo);
                return l.prendi_errori();
            }
        }
    }
    detail::leggi(radice, out, l);
    if (l.ha_errori()) return l.prendi_errori();
    return out;
}

namespace detail::flusso {
template <class T>
Risultato<T> decodifica(std::string_view testo, const OpzioniDecodifica& opzioni);
} // namespace detail::flusso

/**
 * Decodes a document of type T like `decodifica_dom` (the reference: same
 * value, errors, pointers and messages), straight from the parser's events
 * without building a DOM; see `Decodificatore` (perfpa/json/flusso.hpp).
 */
template <class T>
[[nodiscard]] Risultato<T> decodifica(std::string_view testo, const OpzioniDecodifica& opzioni = {}) {
    return detail::flusso::decodifica<T>(testo, opzioni);
}

// The entry points below are templates (called as plain functions) so
// that a translation unit which includes this header without calling them
// does not instantiate the whole decoder for each document type.

/** Decodes a `perfpa.relazione/1` document. */
template <class L = void>
[[nodiscard]] Risultato<Relazione> decodifica_relazione(std::string_view testo, const OpzioniDecodifica& opzioni = {}) {
    return decodifica<Relazione>(testo, opzioni);
}

/** Decodes and validates a `perfpa.smvp/1` document (weights, bands, ranges). */
template <class L = void>
[[nodiscard]] Risultato<Smvp> decodifica_smvp(std::string_view testo, const OpzioniDecodifica& opzioni = {}) {
    return decodifica<Smvp>(testo, opzioni);
}

/** Decodes and validates a `perfpa.personale/1` document (the staff's evaluations, personale.md §1). */
template <class L = void>
[[nodiscard]] Risultato<Personale> decodifica_personale(std::string_view testo, const OpzioniDecodifica& opzioni = {}) {
    return decodifica<Personale>(testo, opzioni);
}

/**
 * Decodes and validates a `perfpa.criteri_premi/1` document (personale.md
 * §4): a `maggiorazione.percentuale` below 30 is an error citing art. 81 c.2
 * CCNL Funzioni Locali 16.11.2022.
 */
template <class L = void>
[[nodiscard]] Risultato<CriteriPremi> decodifica_criteri_premi(std::string_view testo,
                                                              const OpzioniDecodifica& opzioni = {}) {
    return decodifica<CriteriPremi>(testo, opzioni);
}

} // namespace perfpa::json

#include <perfpa/json/flusso.hpp>

#endif
