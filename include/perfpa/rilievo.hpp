// perfpa — Rilievo: one finding (of a compliance check, or of a split), and its severity.
// A leaf beside values.hpp: checks and scoring both report findings of this shape.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_RILIEVO_HPP
#define PERFPA_RILIEVO_HPP

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <string>
#include <string_view>

namespace perfpa {

/**
 * How serious a finding is (rules.md, Checks): `errore` — the document
 * contradicts itself or cannot be scored as written; `violazione` — the
 * data show the ente broke a legal rule; `avviso` — worth a human look.
 */
enum class Gravita { errore, violazione, avviso };
BOOST_DESCRIBE_ENUM(Gravita, errore, violazione, avviso)

/** The snake_case spelling of a severity: `"errore"`, `"violazione"`, `"avviso"`. */
[[nodiscard]] constexpr std::string_view nome_gravita(Gravita g) noexcept {
    switch (g) {
    case Gravita::errore: return "errore";
    case Gravita::violazione: return "violazione";
    case Gravita::avviso: return "avviso";
    }
    return "avviso";
}

/**
 * A finding: the catalogue `codice`, its `gravita`, the RFC 6901 JSON
 * Pointer of the element concerned (`percorso`), one Italian sentence that
 * names the element and the numbers (`messaggio`) and the legal reference
 * (`norma`, possibly empty).
 */
struct Rilievo {
    std::string codice;
    Gravita gravita = Gravita::avviso;
    std::string percorso;
    std::string messaggio;
    std::string norma;
    friend bool operator==(const Rilievo&, const Rilievo&) = default;
};
BOOST_DESCRIBE_STRUCT(Rilievo, (), (codice, gravita, percorso, messaggio, norma))

} // namespace perfpa

#endif
