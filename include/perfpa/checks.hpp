// perfpa — compliance checks: `controlla(relazione[, smvp])` returns the
// findings (rilievi) of the catalogue of rules.md, Checks.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_CHECKS_HPP
#define PERFPA_CHECKS_HPP

#include <perfpa/checks/catalogo.hpp>
#include <perfpa/checks/esame.hpp>
#include <perfpa/checks/esecuzione.hpp>
#include <perfpa/checks/personale.hpp>
#include <perfpa/rilievo.hpp>

#endif
