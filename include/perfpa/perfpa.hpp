// perfpa — umbrella header: the model, JSON, scoring, checks and reports.
// Distributed under the Boost Software License, Version 1.0.
//
// Deferred instantiation. Most functions of the library that are not
// templates by nature are declared `template <class L = void>` and called as
// plain functions (`controlla(r)`, `calcola_punteggi(r, smvp)`); inside the
// library they call each other as `f<L>(...)`. A template's body is
// instantiated only where it is called, so a translation unit that includes
// this header and uses only the decoder does not pay, at compile time, for
// the checks and the scoring (see docs/performance.md, "Compile time"). The one visible
// difference from plain inline functions: to take a function's address,
// name the specialisation, `&perfpa::calcola_punteggi<>`.
#ifndef PERFPA_PERFPA_HPP
#define PERFPA_PERFPA_HPP

#include <perfpa/checks.hpp>
#include <perfpa/formato_italiano.hpp>
#include <perfpa/inserimento.hpp>
#include <perfpa/json.hpp>
#include <perfpa/json/file.hpp>
#include <perfpa/model.hpp>
#include <perfpa/model/validazione.hpp>
#include <perfpa/model/verifica.hpp>
#include <perfpa/scoring.hpp>
#include <perfpa/values.hpp>

#endif
