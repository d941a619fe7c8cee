// perfpa — umbrella header: the model, JSON, scoring, checks and reports.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_PERFPA_HPP
#define PERFPA_PERFPA_HPP

#include <perfpa/checks.hpp>
#include <perfpa/formato_italiano.hpp>
#include <perfpa/json.hpp>
#include <perfpa/model.hpp>
#include <perfpa/model/validazione.hpp>
#include <perfpa/scoring.hpp>
#include <perfpa/values.hpp>

#endif
