// Boost.JSON compiled into the program, once (PERFPA_BOOST_JSON_HEADER_ONLY:
// perfpa::perfpa then asks for Boost's headers only, not libboost_json).
#include <boost/json/src.hpp>
