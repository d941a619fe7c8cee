// perfpa — kept for code that includes a model's own constraints
// (`errori_modello`) by their old path: they are in <perfpa/model/vincoli.hpp>.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_VALIDAZIONE_HPP
#define PERFPA_MODEL_VALIDAZIONE_HPP

#include <perfpa/model/vincoli.hpp>

#endif
