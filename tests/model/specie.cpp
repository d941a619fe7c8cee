// The one classification of the model's types into kinds of value
// (detail::Specie), which the decoders, the encoder, the schema and the
// model verifier all dispatch on: each kind where it is expected, and every
// type reachable from each document type classified, so a type the walkers
// cannot handle fails here first, by name.
#include "catch2.hpp"

#include <perfpa/detail/tratti.hpp>
#include <perfpa/model.hpp>
#include <perfpa/model/criteri_premi.hpp>
#include <perfpa/model/personale.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <type_traits>
#include <vector>

using namespace perfpa;
using perfpa::detail::Specie;
using perfpa::detail::specie;

static_assert(specie<bool> == Specie::booleano);
static_assert(specie<int> == Specie::intero && specie<std::uint32_t> == Specie::intero);
static_assert(specie<std::string> == Specie::testo);
static_assert(specie<Peso> == Specie::centesimi && specie<Percentuale> == Specie::centesimi &&
              specie<Punti> == Specie::centesimi);
static_assert(specie<Importo> == Specie::importo);
static_assert(specie<Decimale> == Specie::decimale);
static_assert(specie<Data> == Specie::data);
static_assert(specie<Valore> == Specie::valore);
static_assert(specie<Opzionale<Peso>> == Specie::opzionale);
static_assert(specie<Opzionale<std::vector<Settore>>> == Specie::opzionale);
static_assert(specie<std::vector<Settore>> == Specie::lista);
static_assert(specie<EsitoValidazione> == Specie::enumerazione);
static_assert(specie<Relazione> == Specie::struttura);

namespace {

// Every kind met walking the type (not a value) of T, its members, their elements.
template <class T>
void specie_raggiungibili(std::set<Specie>& viste) {
    constexpr Specie sp = specie<T>;
    viste.insert(sp); // the model has no cycle of types: the recursion ends
    if constexpr (sp == Specie::opzionale || sp == Specie::lista) {
        specie_raggiungibili<typename T::value_type>(viste);
    } else if constexpr (sp == Specie::struttura) {
        boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto D) {
            using M = std::remove_cvref_t<decltype(std::declval<T&>().*D.pointer)>;
            specie_raggiungibili<M>(viste);
        });
    }
}

} // namespace

TEST_CASE("detail::specie: the Relazione reaches every kind of value but none other") {
    std::set<Specie> viste;
    specie_raggiungibili<Relazione>(viste);
    // All twelve kinds occur in a Relazione: each walker's branches are all exercised by it.
    CHECK(viste.size() == 12);
    CHECK(viste.count(Specie::valore) == 1);
    CHECK(viste.count(Specie::importo) == 1);
}

TEST_CASE("detail::specie: the other document types are made of the same kinds") {
    std::set<Specie> smvp, personale, criteri;
    specie_raggiungibili<Smvp>(smvp);
    specie_raggiungibili<Personale>(personale);
    specie_raggiungibili<CriteriPremi>(criteri);
    CHECK(smvp.count(Specie::struttura) == 1);
    CHECK(personale.count(Specie::lista) == 1);
    CHECK(criteri.count(Specie::importo) == 1);
}
