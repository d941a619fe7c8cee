// perfpa — kept for code that includes the checks on the NdV's evaluation,
// validation and deadlines by their old path: they are in
// <perfpa/checks/validazione_ndv.hpp>.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_CHECKS_VALIDAZIONE_HPP
#define PERFPA_CHECKS_VALIDAZIONE_HPP

#include <perfpa/checks/validazione_ndv.hpp>

#endif
