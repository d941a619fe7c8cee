// perfpa — kept for code that includes the finding's type by its old path.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_CHECKS_RILIEVO_HPP
#define PERFPA_CHECKS_RILIEVO_HPP

#include <perfpa/rilievo.hpp>

#endif
