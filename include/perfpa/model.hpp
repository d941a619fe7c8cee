// perfpa — the whole domain model, without JSON.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_HPP
#define PERFPA_MODEL_HPP

#include <perfpa/model/criteri_premi.hpp>
#include <perfpa/model/personale.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>
#include <perfpa/values.hpp>

#endif
