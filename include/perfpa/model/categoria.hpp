// perfpa — Categoria: the staff categories (areas of the CCNL Funzioni Locali 16.11.2022).
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_CATEGORIA_HPP
#define PERFPA_MODEL_CATEGORIA_HPP

#include <boost/describe/enum.hpp>

#include <string_view>

namespace perfpa {

/**
 * The category of an employee: the areas of the CCNL Funzioni Locali
 * 16.11.2022, with the heads (`dirigente`, `segretario`) and the holders of
 * an EQ post (`elevata_qualificazione`, a funzionario) apart.
 */
enum class Categoria {
    dirigente,
    segretario,
    elevata_qualificazione,
    funzionario,
    istruttore,
    operatore_esperto,
    operatore
};
BOOST_DESCRIBE_ENUM(Categoria, dirigente, segretario, elevata_qualificazione, funzionario, istruttore,
                    operatore_esperto, operatore)

/** A category as the documents write it: `"istruttore"`, `"elevata_qualificazione"`. */
[[nodiscard]] constexpr std::string_view nome_categoria(Categoria c) noexcept {
    switch (c) {
    case Categoria::dirigente: return "dirigente";
    case Categoria::segretario: return "segretario";
    case Categoria::elevata_qualificazione: return "elevata_qualificazione";
    case Categoria::funzionario: return "funzionario";
    case Categoria::istruttore: return "istruttore";
    case Categoria::operatore_esperto: return "operatore_esperto";
    case Categoria::operatore: return "operatore";
    }
    return "";
}

} // namespace perfpa

#endif
