// perfpa — umbrella header for scoring: degrees, scores, deviations, bonus split.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_SCORING_HPP
#define PERFPA_SCORING_HPP

#include <perfpa/scoring/aritmetica.hpp>
#include <perfpa/scoring/calcolatore_personale.hpp>
#include <perfpa/scoring/grado.hpp>
#include <perfpa/scoring/personale.hpp>
#include <perfpa/scoring/premi.hpp>
#include <perfpa/scoring/premi_personale.hpp>
#include <perfpa/scoring/pubblicazione_premi.hpp>
#include <perfpa/scoring/punteggi.hpp>
#include <perfpa/scoring/scostamenti.hpp>
#include <perfpa/scoring/strategici.hpp>

#endif
