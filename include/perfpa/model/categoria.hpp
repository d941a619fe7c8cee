// perfpa — Categoria: the staff categories (areas of the CCNL Funzioni Locali 16.11.2022).
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_CATEGORIA_HPP
#define PERFPA_MODEL_CATEGORIA_HPP

#include <boost/describe/enum.hpp>

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

} // namespace perfpa

#endif
