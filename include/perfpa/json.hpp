// perfpa — JSON format v1: decoding with exact errors, encoding as people write numbers.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_JSON_HPP
#define PERFPA_JSON_HPP

#include <perfpa/json/codifica.hpp>
#include <perfpa/json/decodifica.hpp>
#include <perfpa/json/errori.hpp>

#endif
