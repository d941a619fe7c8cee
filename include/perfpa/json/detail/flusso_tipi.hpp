// perfpa — internals of the streaming decoder: one constant table per model
// type saying how each parser event fills a value of that type.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_JSON_DETAIL_FLUSSO_TIPI_HPP
#define PERFPA_JSON_DETAIL_FLUSSO_TIPI_HPP

#include <perfpa/json/detail/lettore.hpp>
#include <perfpa/json/detail/segnala_vincoli.hpp>
#include <perfpa/detail/tratti.hpp>
#include <perfpa/detail/utf8.hpp>
#include <perfpa/model.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <bit>
#include <cstring>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace perfpa::json::detail::flusso {

// The streaming decoder accepts a document only when the DOM decoder
// (decodifica.hpp) would accept it and give the same value. Every
// conversion below therefore either succeeds exactly as the DOM one does,
// or returns false; on false the document is decoded again by the DOM
// decoder, which reports the errors. The fast paths only short-cut cases
// whose outcome is certain (a small non-negative integer weight, …).

/** What a model type is to the streaming decoder: a leaf value, an optional, a list, a struct, or ignored. */
enum class GenereTipo : std::uint8_t { valore, opzionale, vettore, struttura, ignora };

struct InfoTipo;

/** The first 8 bytes of a key as an integer (zero-padded), to compare keys in one step. */
constexpr std::uint64_t prefisso(std::string_view s) noexcept {
    std::uint64_t p = 0;
    for (std::size_t i = 0; i < s.size() && i < 8; ++i) p |= std::uint64_t{static_cast<unsigned char>(s[i])} << (8 * i);
    return p;
}

/** 8 bytes at `p` as `prefisso` spells them. */
inline std::uint64_t carica8(const char* p) noexcept {
    if constexpr (std::endian::native == std::endian::little) {
        std::uint64_t x;
        std::memcpy(&x, p, 8);
        return x;
    } else {
        return prefisso(std::string_view(p, 8));
    }
}

inline std::uint64_t prefisso_rapido(std::string_view s) noexcept {
    return s.size() >= 8 ? carica8(s.data()) : prefisso(s);
}

/** A described member: its JSON key, where it lives in the object, its type. */
struct InfoMembro {
    std::string_view nome;
    void* (*indirizzo)(void*) noexcept;
    const InfoTipo* tipo;
    // Bytes 0–7, the last 8 and 8–15 of nome, to compare keys without memcmp.
    std::uint64_t inizio = 0, fine = 0, medio = 0;

    constexpr InfoMembro(std::string_view n, void* (*i)(void*) noexcept, const InfoTipo* t) noexcept
        : nome(n), indirizzo(i), tipo(t), inizio(prefisso(n)),
          fine(n.size() >= 8 ? prefisso(n.substr(n.size() - 8)) : 0),
          medio(n.size() > 16 ? prefisso(n.substr(8, 8)) : 0) {}

    /** Whether `k` (with `p == prefisso_rapido(k)`) is this member's key. */
    bool e(std::string_view k, std::uint64_t p) const noexcept {
        const std::size_t n = k.size();
        if (p != inizio || n != nome.size()) return false;
        if (n <= 8) return true;
        if (carica8(k.data() + n - 8) != fine) return false;
        if (n <= 16) return true;
        if (carica8(k.data() + 8) != medio) return false;
        return n <= 24 || std::memcmp(k.data() + 16, nome.data() + 16, n - 24) == 0;
    }
};


/** How parser events fill a value of one type; unused entries are null. */
struct InfoTipo {
    GenereTipo genere = GenereTipo::valore;
    // Scalars (genere valore): false means "not exactly what the DOM decoder accepts".
    bool (*da_stringa)(void*, std::string_view) = nullptr;
    bool (*da_int64)(void*, std::int64_t) = nullptr;
    bool (*da_uint64)(void*, std::uint64_t) = nullptr;
    bool (*da_reale)(void*, std::string_view) = nullptr; // a number that is not an integer, by its text
    bool (*da_bool)(void*, bool) = nullptr;
    // Opzionale (emplace, reset) and std::vector (emplace_back).
    void* (*nuovo)(void*) = nullptr;
    void (*azzera)(void*) noexcept = nullptr;
    const InfoTipo* interno = nullptr;
    // Described structs.
    const InfoMembro* membri = nullptr;
    std::uint32_t n_membri = 0;
    std::uint64_t obbligatori = 0;
    bool (*valida)(const void*) = nullptr;
};

// ---- numbers, spelled as the DOM decoder spells them -----------------------

// The plain functions below are templates of nothing (`L` is always void), so
// that a file including the library instantiates what they use only if it
// decodes (see docs/performance.md, "Compile time").
template <class L = void>
std::string testo_int(std::int64_t x) { return std::to_string(x); }
template <class L = void>
std::string testo_uint(std::uint64_t x) { return std::to_string(x); }

template <class V>
bool da_testo_numero(std::string_view t, V& out) {
    auto r = V::da_testo(t);
    if (!r) return false;
    if constexpr (perfpa::detail::e_centesimi<V>::value) {
        if (!r->nel_intervallo()) return false;
    }
    out = *r;
    return true;
}

template <class V>
bool numero_int64(void* p, std::int64_t x) {
    V& out = *static_cast<V*>(p);
    if constexpr (perfpa::detail::e_centesimi<V>::value) {
        // Certain outcome: a whole number of units inside the tag's range.
        if (x >= 0 && x <= V::massimo / 100 && x * 100 >= V::minimo) {
            out = V::da_centesimi(x * 100);
            return true;
        }
    } else if constexpr (std::is_same_v<V, Decimale>) {
        if (x > -1'000'000'000'000 && x < 1'000'000'000'000) {
            out = Decimale::da_milionesimi(x * Decimale::scala);
            return true;
        }
    } else if constexpr (std::is_same_v<V, Importo>) {
        if (x > -900'000'000'000'000 && x < 900'000'000'000'000) {
            out = Importo::da_centesimi(x * 100);
            return true;
        }
    }
    return da_testo_numero(testo_int<>(x), out);
}

template <class V>
bool numero_uint64(void* p, std::uint64_t x) {
    return da_testo_numero(testo_uint<>(x), *static_cast<V*>(p));
}

// The usual number, `-?digits(.digits)?` with at most `Dec` decimals once
// trailing zeros are dropped and at most 18 digits once scaled: its value
// times 10^Dec, exactly as da_testo reads it. False: let da_testo decide.
template <int Dec>
bool scalato_rapido(std::string_view t, std::int64_t& out) noexcept {
    const char* p = t.data();
    const char* const e = p + t.size();
    const bool negativo = p != e && *p == '-';
    if (negativo) ++p;
    auto cifra = [](char c) { return static_cast<unsigned>(c - '0') < 10u; };
    const char* const interi = p;
    while (p != e && cifra(*p)) ++p;
    const char* const fine_interi = p;
    const char* frazione = p;
    const char* fine_frazione = p;
    if (p != e && *p == '.') {
        frazione = ++p;
        while (p != e && cifra(*p)) ++p;
        fine_frazione = p;
        while (fine_frazione != frazione && fine_frazione[-1] == '0') --fine_frazione;
    }
    if (p != e || interi == fine_interi || fine_frazione - frazione > Dec || fine_interi - interi + Dec > 18) return false;
    std::int64_t v = 0;
    for (const char* q = interi; q != fine_interi; ++q) v = v * 10 + (*q - '0');
    const char* q = frazione;
    for (int k = 0; k < Dec; ++k) v = v * 10 + (q != fine_frazione ? *q++ - '0' : 0);
    out = negativo ? -v : v;
    return true;
}

// A number that is not an integer, by its text: exactly as the DOM decoder
// reads it (decimale_esatto, then da_testo); a text without an exponent is
// already the plain decimal da_testo reads, and the usual one is read here.
template <class V>
bool numero_reale(void* p, std::string_view t) {
    V& out = *static_cast<V*>(p);
    std::int64_t v;
    if constexpr (perfpa::detail::e_centesimi<V>::value) {
        if (scalato_rapido<2>(t, v) && v >= V::minimo && v <= V::massimo) return out = V::da_centesimi(v), true;
    } else if constexpr (std::is_same_v<V, Decimale>) {
        if (scalato_rapido<6>(t, v) && v > -Decimale::limite && v < Decimale::limite)
            return out = Decimale::da_milionesimi(v), true;
    } else {
        if (scalato_rapido<2>(t, v) && v >= -90'000'000'000'000'000 && v <= 90'000'000'000'000'000)
            return out = Importo::da_centesimi(v), true;
    }
    if (t.find_first_of("eE") == std::string_view::npos) return da_testo_numero(t, out);
    return da_testo_numero(decimale_esatto<>(t), out);
}

template <class V>
bool da_stringa_testo(void* p, std::string_view s) {
    auto r = V::da_testo(s);
    if (!r) return false;
    *static_cast<V*>(p) = *r;
    return true;
}

template <class I>
bool intero_int64(void* p, std::int64_t x) {
    if (x >= static_cast<std::int64_t>(std::numeric_limits<I>::min()) &&
        (x < 0 || static_cast<std::uint64_t>(x) <= static_cast<std::uint64_t>(std::numeric_limits<I>::max()))) {
        *static_cast<I*>(p) = static_cast<I>(x);
        return true;
    }
    return false;
}

template <class I>
bool intero_uint64(void* p, std::uint64_t x) {
    if (x > static_cast<std::uint64_t>(std::numeric_limits<I>::max())) return false;
    *static_cast<I*>(p) = static_cast<I>(x);
    return true;
}

template <class L = void>
bool booleano(void* p, bool b) {
    *static_cast<bool*>(p) = b;
    return true;
}

template <class L = void>
bool stringa(void* p, std::string_view s) {
    static_cast<std::string*>(p)->assign(s.data(), s.size());
    return true;
}

template <class L = void>
bool valore_stringa(void* p, std::string_view s) {
    static_cast<Valore*>(p)->emplace<std::string>(s.data(), s.size());
    return true;
}
template <class L = void>
bool valore_bool(void* p, bool b) {
    static_cast<Valore*>(p)->emplace<bool>(b);
    return true;
}
template <class L = void>
bool valore_int64(void* p, std::int64_t x) {
    Decimale d;
    if (!numero_int64<Decimale>(&d, x)) return false;
    static_cast<Valore*>(p)->emplace<Decimale>(d);
    return true;
}
template <class L = void>
bool valore_uint64(void* p, std::uint64_t x) {
    Decimale d;
    if (!numero_uint64<Decimale>(&d, x)) return false;
    static_cast<Valore*>(p)->emplace<Decimale>(d);
    return true;
}
template <class L = void>
bool valore_reale(void* p, std::string_view t) {
    Decimale d;
    if (!numero_reale<Decimale>(&d, t)) return false;
    static_cast<Valore*>(p)->emplace<Decimale>(d);
    return true;
}

template <class E>
bool enumerazione(void* p, std::string_view s) {
    bool trovata = false;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto D) {
        if (!trovata && s == D.name) {
            *static_cast<E*>(p) = D.value;
            trovata = true;
        }
    });
    return trovata;
}

// ---- containers and structs -----------------------------------------------

template <class O>
void* opzionale_nuovo(void* p) {
    return &static_cast<O*>(p)->emplace();
}
template <class O>
void opzionale_azzera(void* p) noexcept {
    static_cast<O*>(p)->reset();
}
template <class V>
void* vettore_nuovo(void* p) {
    V& v = *static_cast<V*>(p);
    if (v.capacity() == 0) v.reserve(4); // the size is unknown; skip the 1, 2 steps of growth
    return &v.emplace_back();
}

template <class T, class D>
void* indirizzo(void* o) noexcept {
    return &(static_cast<T*>(o)->*D::pointer);
}

template <class T>
bool valida(const void* o) {
    return perfpa::errori_modello(*static_cast<const T*>(o)).empty();
}

template <class T, class D>
using tipo_membro = std::remove_cvref_t<decltype(std::declval<T&>().*D::pointer)>;

template <class T>
constexpr InfoTipo crea();

template <class T>
inline constexpr InfoTipo info = crea<T>();

template <class T, class L>
struct Membri;

template <class T, template <class...> class L, class... D>
struct Membri<T, L<D...>> {
    static_assert(sizeof...(D) > 0 && sizeof...(D) <= 64, "perfpa::json: 1 to 64 members per struct");
    static constexpr InfoMembro tabella[] = {
        InfoMembro{D::name, &indirizzo<T, D>, &info<tipo_membro<T, D>>}...};
    static constexpr std::uint64_t obbligatori() {
        constexpr bool richiesto[] = {!perfpa::detail::e_opzionale<tipo_membro<T, D>>::value...};
        std::uint64_t m = 0;
        for (std::size_t i = 0; i < sizeof...(D); ++i)
            if (richiesto[i]) m |= std::uint64_t{1} << i;
        return m;
    }
};

template <class T>
constexpr InfoTipo crea() {
    using perfpa::detail::Specie;
    constexpr Specie sp = perfpa::detail::specie<T>;
    InfoTipo t;
    if constexpr (sp == Specie::booleano) {
        t.da_bool = &booleano<>;
    } else if constexpr (sp == Specie::intero) {
        t.da_int64 = &intero_int64<T>;
        t.da_uint64 = &intero_uint64<T>;
    } else if constexpr (sp == Specie::testo) {
        t.da_stringa = &stringa<>;
    } else if constexpr (sp == Specie::centesimi || sp == Specie::decimale) {
        t.da_int64 = &numero_int64<T>;
        t.da_uint64 = &numero_uint64<T>;
        t.da_reale = &numero_reale<T>;
    } else if constexpr (sp == Specie::importo) {
        t.da_stringa = &da_stringa_testo<Importo>;
        t.da_int64 = &numero_int64<T>;
        t.da_uint64 = &numero_uint64<T>;
        t.da_reale = &numero_reale<T>;
    } else if constexpr (sp == Specie::data) {
        t.da_stringa = &da_stringa_testo<Data>;
    } else if constexpr (sp == Specie::valore) {
        t.da_stringa = &valore_stringa<>;
        t.da_bool = &valore_bool<>;
        t.da_int64 = &valore_int64<>;
        t.da_uint64 = &valore_uint64<>;
        t.da_reale = &valore_reale<>;
    } else if constexpr (sp == Specie::opzionale) {
        t.genere = GenereTipo::opzionale;
        t.nuovo = &opzionale_nuovo<T>;
        t.azzera = &opzionale_azzera<T>;
        t.interno = &info<typename T::value_type>;
    } else if constexpr (sp == Specie::lista) {
        t.genere = GenereTipo::vettore;
        t.nuovo = &vettore_nuovo<T>;
        t.interno = &info<typename T::value_type>;
    } else if constexpr (sp == Specie::enumerazione) {
        t.da_stringa = &enumerazione<T>;
    } else if constexpr (sp == Specie::struttura) {
        using M = Membri<T, boost::describe::describe_members<T, boost::describe::mod_public>>;
        t.genere = GenereTipo::struttura;
        t.membri = M::tabella;
        t.n_membri = static_cast<std::uint32_t>(std::size(M::tabella));
        t.obbligatori = M::obbligatori();
        t.valida = &valida<T>;
    } else {
        static_assert(sizeof(T) == 0, "perfpa::json: type not supported by the decoder");
    }
    return t;
}

/** The value of an unknown key that the options allow: skipped. */
inline constexpr InfoTipo info_ignora{GenereTipo::ignora};

} // namespace perfpa::json::detail::flusso

#endif
