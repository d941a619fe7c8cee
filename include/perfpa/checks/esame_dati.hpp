// perfpa — `Esame`, what `esamina` returns, and `ha_errori`, apart from the
// checks that fill it: for headers that only name it (perfpa/compilato.hpp).
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_CHECKS_ESAME_DATI_HPP
#define PERFPA_CHECKS_ESAME_DATI_HPP

#include <perfpa/rilievo.hpp>
#include <perfpa/scoring/punteggi.hpp>

#include <boost/describe/class.hpp>

#include <algorithm>
#include <vector>

namespace perfpa {

/** The findings and the scores of one Relazione under an SMVP (see `esamina`). */
struct Esame {
    std::vector<Rilievo> rilievi;           ///< as `controlla(r, smvp)`
    std::vector<PunteggioSettore> punteggi; ///< as `calcola_punteggi(r, smvp, opzioni)`
    friend bool operator==(const Esame&, const Esame&) = default;
};
BOOST_DESCRIBE_STRUCT(Esame, (), (rilievi, punteggi))

/** Whether the findings include an `errore` (the CLI exits 1 then). */
[[nodiscard]] inline bool ha_errori(const std::vector<Rilievo>& rilievi) noexcept {
    return std::any_of(rilievi.begin(), rilievi.end(), [](const Rilievo& x) { return x.gravita == Gravita::errore; });
}

} // namespace perfpa

#endif
