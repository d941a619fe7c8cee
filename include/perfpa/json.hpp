// perfpa — JSON format v1: decoding with exact errors, encoding as people write numbers,
// and the machine-readable outputs (findings, scores, bonus split).
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_JSON_HPP
#define PERFPA_JSON_HPP

#include <perfpa/json/codifica.hpp>
#include <perfpa/json/decodifica.hpp>
#include <perfpa/json/errori.hpp>
#include <perfpa/json/premi_personale.hpp>
#include <perfpa/json/risultati.hpp>

#endif
