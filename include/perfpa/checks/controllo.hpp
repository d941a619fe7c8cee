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
#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>
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

/**
 * Collects the findings of one check: each call adds a finding with the
 * row's code and severity, the pointer and the message given, and the row's
 * legal reference unless another is given.
 */
class Rilevatore {
public:
    Rilevatore(VoceCatalogo voce, std::vector<Rilievo>& out) : voce_(voce), out_(out) {}

    void operator()(std::string percorso, std::string messaggio) {
        (*this)(std::move(percorso), std::move(messaggio), std::string(voce_.norma));
    }
    void operator()(std::string percorso, std::string messaggio, std::string norma) {
        out_.push_back({std::string(voce_.codice), voce_.gravita, std::move(percorso), std::move(messaggio),
                        std::move(norma)});
    }

private:
    VoceCatalogo voce_; // a copy (three views and a severity): a temporary row is safe
    std::vector<Rilievo>& out_;
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

// A whole number written in decimal, kept on the stack (no allocation); it
// converts to std::string_view, for `unisci`. Array indices, counts, years.
class Cifre {
public:
    template <class Intero>
    explicit Cifre(Intero v) noexcept : n_(static_cast<std::size_t>(std::to_chars(c_, c_ + sizeof c_, v).ptr - c_)) {}
    operator std::string_view() const noexcept { return {c_, n_}; }

private:
    char c_[24];
    std::size_t n_;
};

template <class L = void>
Cifre indice(std::size_t i) noexcept { return Cifre(i); }

// The concatenation of its parts (strings, literals, Cifre, …): the text of
// a message or a pointer, allocated once at its final size.
template <class... Parti>
std::string unisci(const Parti&... parti) {
    const std::string_view viste[] = {std::string_view(parti)...};
    std::size_t n = 0;
    for (std::string_view v : viste) n += v.size();
    std::string s;
    s.reserve(n);
    for (std::string_view v : viste) s.append(v);
    return s;
}

template <class L = void>
std::string percorso_settore(std::size_t i) { return unisci("/settori/", indice<L>(i)); }
template <class L = void>
std::string percorso_obiettivo(std::size_t i, std::size_t j) {
    return unisci("/settori/", indice<L>(i), "/obiettivi/", indice<L>(j));
}
template <class L = void>
std::string percorso_ambito(std::size_t k) { return unisci("/performance_organizzativa/ambiti/", indice<L>(k)); }
template <class L = void>
std::string percorso_valutazione(std::size_t k) {
    return unisci("/valutazione_ndv/valutazioni_individuali/", indice<L>(k));
}

// How a settore is named in a message: its denominazione ("Settore …"), else its id.
template <class L = void>
std::string nome_settore(const Settore& s) {
    return s.denominazione.empty() ? unisci("settore ", s.id) : s.denominazione;
}

// How a message starts with an objective: "Obiettivo assetto-territorio-1 del settore assetto-territorio"
// (ids, not the long descriptions, keep the sentence readable).
template <class L = void>
std::string soggetto_obiettivo(const Settore& s, const Obiettivo& o) {
    return unisci("Obiettivo ", o.id, " del settore ", s.id);
}

// "«Report delle attività svolte»"
template <class L = void>
std::string tra_virgolette(std::string_view s) { return unisci("«", s, "»"); }

// Absent, or a text that says nothing (perfpa::detail::solo_spazi).
template <class L = void>
bool vuoto_o_spazi(const std::optional<std::string>& s) {
    return !s || perfpa::detail::solo_spazi(*s);
}

// A quantity with its unit the way people write it: "75,49%", "-18 giorni", "3".
template <class L = void>
std::string con_unita(Decimale v, const std::optional<std::string>& unita) {
    std::string s = formatta_decimale(v);
    if (!unita || unita->empty()) return s;
    return *unita == "%" ? unisci(s, "%") : unisci(s, " ", *unita);
}

} // namespace controlli::detail

} // namespace perfpa

#endif
