// perfpa — what every check shares: its input, the collector of its
// findings, the row of the catalogue that describes it, and small helpers
// to name elements in messages.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_CHECKS_CONTROLLO_HPP
#define PERFPA_CHECKS_CONTROLLO_HPP

#include <perfpa/opzionale.hpp>
#include <perfpa/rilievo.hpp>
#include <perfpa/checks/riga.hpp>
#include <perfpa/detail/testo.hpp>
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
 * the Relazione under that SMVP (as `calcola_punteggi` gives them, with
 * their explanations or the figures only), which the checks that need
 * scores then reuse instead of computing them again. `smvp_valido`: true
 * when the caller has found the SMVP valid (`errori_modello(smvp)` empty);
 * false when it is not known, and a check that needs to know finds out.
 */
struct IngressoControllo {
    const Relazione& relazione;
    const Smvp* smvp = nullptr;
    const std::vector<PunteggioSettore>* punteggi = nullptr;
    bool smvp_valido = false;
};

namespace controlli::detail {

// The text writer of findings (see perfpa/detail/testo.hpp): a message is
// `frase("Obiettivo ", o.id, ": peso ", o.peso)`, written straight into the
// finding's reused buffer.
using perfpa::detail::frase;
using perfpa::detail::Frase; // a sentence with choices in it, as a lambda writing to a Testo
using perfpa::detail::Testo;

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
            perfpa::detail::scrivi_su(r.percorso, percorso);
            perfpa::detail::scrivi_su(r.messaggio, messaggio);
            perfpa::detail::scrivi_su(r.norma, norma);
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

// The pointers of the elements findings are about, as Frasi: they hold
// their numbers and view only literals, so they can be kept.
inline auto percorso_settore(std::size_t i) { return frase("/settori/", i); }
inline auto percorso_obiettivo(std::size_t i, std::size_t j) { return frase("/settori/", i, "/obiettivi/", j); }
inline auto percorso_ambito(std::size_t k) { return frase("/performance_organizzativa/ambiti/", k); }
inline auto percorso_valutazione(std::size_t k) { return frase("/valutazione_ndv/valutazioni_individuali/", k); }

// How a settore is named in a message: its denominazione ("Settore …"), else
// "settore " and its id. A Frase viewing the settore.
inline auto nome_settore(const Settore& s) {
    using perfpa::detail::se;
    const bool con_nome = !s.denominazione.empty();
    // Its head too: two settori may share a name ("Dirigente", "Dirigente").
    const bool con_responsabile = !s.responsabile.nome.empty();
    return frase(se(!con_nome, "settore "), con_nome ? s.denominazione : s.id, se(con_responsabile, " (responsabile "),
                 std::string_view(s.responsabile.nome), se(con_responsabile, ")"));
}

// How a message starts with an objective: "Obiettivo assetto-territorio-1 del settore assetto-territorio"
// (ids, not the long descriptions, keep the sentence readable). A Frase viewing the model.
inline auto soggetto_obiettivo(const Settore& s, const Obiettivo& o) {
    return frase("Obiettivo ", o.id, " del settore ", s.id);
}

// "«Report delle attività svolte»": a Frase viewing `s`.
inline auto tra_virgolette(std::string_view s) { return frase("«", s, "»"); }

// Absent, or a text that says nothing (perfpa::detail::solo_spazi).
inline bool vuoto_o_spazi(const Opzionale<std::string>& s) { return !s || perfpa::detail::solo_spazi(*s); }

// A quantity with its unit the way people write it: "75,49%", "-18 giorni", "3".
// A Frase viewing `unita`.
inline auto con_unita(Decimale v, const Opzionale<std::string>& unita) {
    const std::string_view u = unita ? std::string_view(*unita) : std::string_view{};
    return frase(v, perfpa::detail::se(!u.empty() && u != "%", " "), u);
}

} // namespace controlli::detail

} // namespace perfpa

#endif
