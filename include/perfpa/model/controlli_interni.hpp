// perfpa — ControlliInterni: internal controls (D.L. 174/2012).
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_CONTROLLI_INTERNI_HPP
#define PERFPA_MODEL_CONTROLLI_INTERNI_HPP

#include <perfpa/opzionale.hpp>

#include <boost/describe/class.hpp>

#include <string>

namespace perfpa {

/** Ex-post control of acts. */
struct ControlliInterni {
    bool controllo_successivo = false;
    Opzionale<std::string> metodo;
    Opzionale<std::string> esiti;
    friend bool operator==(const ControlliInterni&, const ControlliInterni&) = default;
};
BOOST_DESCRIBE_STRUCT(ControlliInterni, (), (controllo_successivo, metodo, esiti))

} // namespace perfpa

#endif
