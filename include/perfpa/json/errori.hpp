// perfpa — decoding options; the errors are perfpa/errori.hpp.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_JSON_ERRORI_HPP
#define PERFPA_JSON_ERRORI_HPP

#include <perfpa/errori.hpp>

#include <cstddef>

namespace perfpa::json {

using perfpa::EccezioneDecodifica;
using perfpa::ErroreDecodifica;
using perfpa::ErroriDecodifica;
using perfpa::Risultato;

/** Limits and leniency of decoding. */
struct OpzioniDecodifica {
    /** Accept (and ignore) keys the format does not know; by default they are errors. */
    bool ammetti_chiavi_sconosciute = false;
    /** Documents larger than this many bytes are refused before parsing. */
    std::size_t dimensione_massima = 64 * 1024 * 1024;
    /** Deeper nesting of arrays and objects is refused (the format needs 8). */
    std::size_t profondita_massima = 64;
    /** After this many errors decoding stops and says so. */
    std::size_t errori_massimi = 1000;
};

} // namespace perfpa::json

#endif
