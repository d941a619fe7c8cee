// perfpa — the one text writer of the library: findings' messages and
// pointers, the explanations of scores, and the numbers in them.
// Distributed under the Boost Software License, Version 1.0.
//
// A text is written part after part, in the order it reads:
//
//     Testo(s) << "Obiettivo " << o.id << ": peso " << o.peso;
//     rileva(percorso_obiettivo(i, j), frase("Obiettivo ", o.id, ": peso ", o.peso));
//     perche("min(", centesimi(v), ", ", centesimi(p), ") = ", centesimi_fissi(c));
//
// A part is a text (a literal, a std::string, a std::string_view), an
// integer (plain digits: an index, a count, a year), a value of the model
// written as formatta_peso, formatta_percentuale, formatta_importo and
// formatta_decimale write it, hundredths written as a term of a sum
// (`centesimi`) or with two decimals (`centesimi_fissi`), or a Frase.
#ifndef PERFPA_DETAIL_TESTO_HPP
#define PERFPA_DETAIL_TESTO_HPP

#include <perfpa/formato_italiano.hpp>
#include <perfpa/values.hpp>

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace perfpa::detail {

/** Hundredths written as a number with `Fissi` decimals always shown: `7,5` (0), `27,00` (2). */
// Hundredths written with `fissi` decimals chosen at run time: weights set
// side by side (`pesi_affiancati`).
struct CentesimiAllineati {
    std::int64_t centesimi;
    int fissi;
};

// The decimals hundredths need as people write them: 0 (`4`), 1 (`7,5`), 2 (`0,39`).
constexpr int decimali_necessari(std::int64_t c) noexcept {
    const std::int64_t resto = c % 100;
    return resto == 0 ? 0 : resto % 10 == 0 ? 1 : 2;
}

template <int Fissi>
struct NumeroInCentesimi {
    std::int64_t centesimi;
};
/** Hundredths as a term of a sum: `6`, `97,17`, `7,5`. */
constexpr NumeroInCentesimi<0> centesimi(std::int64_t c) noexcept { return {c}; }
/** Hundredths with two decimals, as a result: `27,00`, `97,17`. */
constexpr NumeroInCentesimi<2> centesimi_fissi(std::int64_t c) noexcept { return {c}; }

template <class Scrivi>
class Frase;

/**
 * Appends to a std::string (its buffer reused: a finding's or an
 * explanation's from the previous document). Each `<<` appends one part.
 * The parts gather in a buffer on the stack and reach the string in one
 * append when the Testo ends (or its buffer is full): one call into
 * std::string per sentence, not one per part. Read the string after the
 * Testo's end.
 */
class Testo {
public:
    explicit Testo(std::string& s) noexcept : s_(&s) {}
    Testo(const Testo&) = delete;
    Testo& operator=(const Testo&) = delete;
    ~Testo() { svuota(); }

    [[gnu::always_inline]] Testo& operator<<(std::string_view t) {
        scrivi(t.data(), t.size());
        return *this;
    }
    // A literal: its length is known here (a `const char*` would cost a strlen).
    template <std::size_t N>
    Testo& operator<<(const char (&letterale)[N]) {
        scrivi(letterale, N - 1);
        return *this;
    }
    Testo& operator<<(char c) {
        *spazio(1) = c;
        ++n_;
        return *this;
    }
    // An integer in plain digits: `12`, `-7`, `2023`.
    template <std::integral I>
        requires(!std::is_same_v<I, bool> && !std::is_same_v<I, char>)
    Testo& operator<<(I n) {
        return scritto(scrivi_intero(spazio(massimo_numero), n));
    }
    template <int Fissi>
    Testo& operator<<(NumeroInCentesimi<Fissi> n) {
        return scritto(scrivi_centesimi(spazio(massimo_numero), n.centesimi, Fissi));
    }
    Testo& operator<<(CentesimiAllineati n) {
        return scritto(scrivi_centesimi(spazio(massimo_numero), n.centesimi, n.fissi));
    }
    Testo& operator<<(Peso p) { return *this << centesimi(p.centesimi()); }                 // `7,5`
    Testo& operator<<(Percentuale p) { return *this << centesimi(p.centesimi()) << '%'; }   // `75,49%`
    Testo& operator<<(Importo i) { return *this << centesimi_fissi(i.centesimi()) << " €"; } // `1.234,50 €`
    Testo& operator<<(Decimale d) {                                                        // `-18`, `58,3`
        return scritto(scrivi_scalato(spazio(massimo_numero), d.milionesimi(), 6, 0));
    }
    // A Frase: its parts, here.
    template <class Parti>
    Testo& operator<<(const Frase<Parti>& f);

private:
    static constexpr std::size_t massimo_numero = 48; // the longest number written (scrivi_scalato)

    // Room for n characters at the end of the buffer (n ≤ its size).
    char* spazio(std::size_t n) {
        if (n > sizeof buf_ - n_) svuota();
        return buf_ + n_;
    }
    Testo& scritto(const char* fine) {
        n_ = static_cast<std::size_t>(fine - buf_);
        return *this;
    }
    // Inlined: a literal's length is then a constant, and its copy a move.
    [[gnu::always_inline]] void scrivi(const char* t, std::size_t n) {
        if (n > sizeof buf_ - n_) {
            svuota();
            if (n > sizeof buf_) {
                s_->append(t, n);
                return;
            }
        }
        if (n != 0) std::memcpy(buf_ + n_, t, n);
        n_ += n;
    }
    void svuota() {
        if (n_ != 0) s_->append(buf_, n_);
        n_ = 0;
    }

    std::string* s_;
    std::size_t n_ = 0;
    char buf_[256];
};

/**
 * A text not yet written: the parts of a sentence, kept (numbers by value,
 * texts as views) until they are written into a string, the finding's whose
 * buffer is reused, or into a new one (`std::string(frase)`). Built by
 * `frase`; it views the strings it was given, which must outlive it (the
 * model, literals, or temporaries of the expression that uses it).
 */
template <class Scrivi>
class Frase {
public:
    explicit Frase(Scrivi scrivi) : scrivi_(std::move(scrivi)) {}
    void scrivi(Testo& t) const { scrivi_(t); }
    operator std::string() const {
        std::string s;
        {
            Testo t(s);
            scrivi_(t);
        }
        return s;
    }

private:
    Scrivi scrivi_;
};

template <class Parti>
Testo& Testo::operator<<(const Frase<Parti>& f) {
    f.scrivi(*this);
    return *this;
}

// How a part is kept in a Frase: texts as views, everything else by value.
template <class T>
struct Conservata {
    using Tipo = T;
};
template <std::size_t N>
struct Conservata<char[N]> {
    using Tipo = std::string_view;
};
template <>
struct Conservata<std::string> {
    using Tipo = std::string_view;
};
template <std::size_t N>
std::string_view conserva(const char (&letterale)[N]) noexcept { return {letterale, N - 1}; }
inline std::string_view conserva(const std::string& s) noexcept { return s; }
template <class T>
const T& conserva(const T& parte) noexcept { return parte; }

// The parts of a `frase`, kept, written in order. (Its type is spelled, not
// deduced: a call to `frase` inside a template then compiles its body only
// where the template is used, as a lambda would not allow.)
template <class... Parti>
struct PartiDiFrase;
template <>
struct PartiDiFrase<> {
    void operator()(Testo&) const {}
};
template <class Prima, class... Resto>
struct PartiDiFrase<Prima, Resto...> {
    PartiDiFrase(const Prima& p, const Resto&... r) : prima(p), resto(r...) {}
    Prima prima;
    PartiDiFrase<Resto...> resto;
    void operator()(Testo& t) const {
        t << prima;
        resto(t);
    }
};

/** The sentence its parts spell, not yet written (see Frase). */
template <class... Parti>
Frase<PartiDiFrase<typename Conservata<Parti>::Tipo...>> frase(const Parti&... parti) {
    return Frase(PartiDiFrase<typename Conservata<Parti>::Tipo...>(conserva(parti)...));
}

template <class T> inline constexpr bool e_frase = false;
template <class S> inline constexpr bool e_frase<Frase<S>> = true;

/** Writes a text (a Frase, or anything that converts to std::string_view) over `s`, reusing its buffer. */
template <class T>
void scrivi_su(std::string& s, const T& t) {
    if constexpr (e_frase<T>) {
        s.clear();
        Testo w(s);
        t.scrivi(w);
    } else {
        s.assign(std::string_view(t));
    }
}

/** The parts as one new string. */
template <class... Parti>
[[nodiscard]] std::string testo(const Parti&... parti) {
    std::string s;
    {
        Testo t(s);
        (t << ... << parti);
    }
    return s;
}

/**
 * Where an explanation is written: into a string, or nowhere when scores are
 * computed without explanations (then writing costs nothing).
 * `perche("min(", centesimi(v), ", ", centesimi(p), ") = ", centesimi(m))`.
 */
class Spiegazione {
public:
    Spiegazione() = default;
    explicit Spiegazione(std::string& s) noexcept : s_(&s) {}
    /** Whether the text is kept. */
    [[nodiscard]] bool attiva() const noexcept { return s_ != nullptr; }
    template <class... Parti>
    void operator()(const Parti&... parti) const {
        if (!s_) return;
        Testo t(*s_);
        (t << ... << parti);
    }

private:
    std::string* s_ = nullptr;
};

/**
 * A Spiegazione written over several calls, one part of a sentence per
 * iteration of a loop (the terms of a sum, the notes after it): the parts
 * gather in one Testo, which reaches the string in one append when the
 * SpiegazioneAperta ends, not in one per call. Writes nowhere when `dove`
 * keeps no text. Read the string after its end.
 */
class SpiegazioneAperta {
public:
    SpiegazioneAperta(const Spiegazione& dove, std::string& s) {
        if (dove.attiva()) t_.emplace(s);
    }
    template <class... Parti>
    void operator()(const Parti&... parti) {
        if (t_) (*t_ << ... << parti);
    }

private:
    std::optional<Testo> t_;
};

/**
 * Two weights in one sentence, written with the same decimals: "99,39"
 * beside "100,00", never "100" (the decimals the more precise one needs).
 */
struct PesiAffiancati {
    CentesimiAllineati primo, secondo;
};
constexpr PesiAffiancati pesi_affiancati(Peso a, Peso b) noexcept {
    const int d = std::max(decimali_necessari(a.centesimi()), decimali_necessari(b.centesimi()));
    return {{a.centesimi(), d}, {b.centesimi(), d}};
}

/**
 * A count and its noun agreeing in number: `quanti(1, "settore valutato",
 * "settori valutati")` is "1 settore valutato", with 0 or 2 "0 settori
 * valutati", "2 settori valutati".
 */
[[nodiscard]] inline std::string quanti(std::int64_t n, std::string_view uno, std::string_view molti) {
    return testo(n, " ", n == 1 ? uno : molti);
}

} // namespace perfpa::detail

#endif
