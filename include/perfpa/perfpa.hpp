// perfpa — umbrella header: the model, JSON, scoring, checks and reports.
// Distributed under the Boost Software License, Version 1.0.
//
// Deferred instantiation. The functions of the decoders and encoders
// (json/), the checks (checks/), the scores (scoring/) and the model's
// constraints (model/vincoli.hpp) that are not templates by nature, and the
// NdV's writers (inserimento.hpp), are declared `template <class L = void>`
// and called as plain functions (`controlla(r)`, `calcola_punteggi(r, smvp)`):
// a body is compiled only in a file that calls it. Measured, it pays there
// (made plain inline functions, json/, checks/ and scoring/ would cost this
// header +90 %, +40 % and +30 % of its compile time; the constraints +12 %)
// and nowhere else: the rest of the library is plain `inline` functions
// (docs/performance.md, "Compile time"). To take the address of one of those
// templates, name the specialisation: `&perfpa::calcola_punteggi<>`.
#ifndef PERFPA_PERFPA_HPP
#define PERFPA_PERFPA_HPP

#include <perfpa/checks.hpp>
#include <perfpa/eccezioni.hpp>
#include <perfpa/formato_italiano.hpp>
#include <perfpa/inserimento.hpp>
#include <perfpa/json.hpp>
#include <perfpa/json/file.hpp>
#include <perfpa/model.hpp>
#include <perfpa/model/vincoli.hpp>
#include <perfpa/model/verifica.hpp>
#include <perfpa/scoring.hpp>
#include <perfpa/values.hpp>

// With the compiled part (docs/install.md), calls go to its plain functions.
#ifdef PERFPA_SEPARATE_COMPILATION
#include <perfpa/compilato.hpp>
#endif

#endif
