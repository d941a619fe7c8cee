// perfpa — Ente: the administration.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_ENTE_HPP
#define PERFPA_MODEL_ENTE_HPP

#include <perfpa/opzionale.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstdint>
#include <string>

namespace perfpa {

/** The kind of administration. */
enum class TipoEnte { comune, unione_di_comuni, provincia, citta_metropolitana, regione, ente_pubblico, altro };
BOOST_DESCRIBE_ENUM(TipoEnte, comune, unione_di_comuni, provincia, citta_metropolitana, regione, ente_pubblico,
                    altro)

/** The administration that writes the Relazione. */
struct Ente {
    std::string denominazione;
    Opzionale<TipoEnte> tipo;
    Opzionale<std::string> provincia;
    Opzionale<std::string> codice_istat;
    Opzionale<std::int64_t> popolazione;
    Opzionale<Data> popolazione_al;
    friend bool operator==(const Ente&, const Ente&) = default;
};
BOOST_DESCRIBE_STRUCT(Ente, (), (denominazione, tipo, provincia, codice_istat, popolazione, popolazione_al))

/** Whether the rows of the check catalogue marked *locale* apply (no `tipo` counts as locale). */
[[nodiscard]] inline bool ente_locale(const Ente& e) noexcept {
    if (!e.tipo) return true;
    switch (*e.tipo) {
    case TipoEnte::comune:
    case TipoEnte::unione_di_comuni:
    case TipoEnte::provincia:
    case TipoEnte::citta_metropolitana: return true;
    default: return false;
    }
}

} // namespace perfpa

#endif
