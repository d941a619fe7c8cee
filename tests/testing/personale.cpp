// The staff builders (include/perfpa/testing/personale.hpp and the SMVP's
// profile steps in costruttori.hpp): the worked example of docs/personale.md
// written with them scores as computed there by hand; what the decoder would
// refuse, they refuse.
#include "catch2.hpp"

#include <perfpa/scoring/personale.hpp>
#include <perfpa/testing/personale.hpp>

#include <stdexcept>
#include <string>
#include <type_traits>

using namespace perfpa;
using namespace perfpa::testing;

namespace {

// docs/personale.md, "Worked example".
Relazione relazione_esempio() {
    return una_relazione(2024)
        .performance_organizzativa(40, 30)
        .con(settore("s1", 30).obiettivo("s1-1", 20, grado(100)).obiettivo("s1-2", 10, grado(50)))
        .con(settore("s2", 30).obiettivo("s2-1", 20, neutralizzato()).obiettivo("s2-2", 10, grado(70)));
}
Smvp smvp_esempio() {
    return uno_smvp(40, 30, 30)
        .fascia("A", 90, 100)
        .fascia("D", 0, 20)
        .scala(1, 5)
        .giorni_minimi(60)
        .profilo(profilo("dipendenti", {Categoria::funzionario, Categoria::istruttore}, 20, 40, 40)
                     .comportamento("collaborazione", 50)
                     .comportamento("autonomia", 50))
        .profilo(profilo("eq", {Categoria::elevata_qualificazione}, 30, 40, 30)
                     .comportamento("leadership", 60)
                     .comportamento("autonomia", 40)
                     .fascia("A", 90, 100)
                     .fascia("B", 0, 50));
}

} // namespace

TEST_CASE("staff builders: the worked example of docs/personale.md in a few lines") {
    const Personale personale =
        un_personale(2024)
            .con(dipendente("0042", Categoria::istruttore)
                     .nome("Maria Bianchi")
                     .in("s1", "2024-01-01", "2024-06-30")
                     .in("s2", "2024-07-01", "2024-12-31")
                     .comportamento("collaborazione", 4)
                     .comportamento("autonomia", 4))
            .con(dipendente("0043", Categoria::elevata_qualificazione)
                     .in("s2", "2024-01-01", "2024-12-31")
                     .obiettivo("0043-archivio", 60, 80)
                     .riferimento("s2-1", 20)
                     .riferimento("s1-2", 40)
                     .comportamento("leadership", 5)
                     .comportamento("autonomia", 5));
    const auto p = calcola_punteggi_personale(personale, relazione_esempio(), smvp_esempio());
    REQUIRE(p.size() == 2);
    CHECK(p[0].giorni == 366);
    CHECK(*p[0].performance_organizzativa.punti == Punti::da_centesimi(15'00));
    CHECK(*p[0].obiettivi_individuali.punti == Punti::da_centesimi(30'65));
    CHECK(*p[0].comportamenti.punti == Punti::da_centesimi(32'00));
    CHECK(p[0].totale == Punti::da_centesimi(77'65));
    CHECK(p[0].fascia == "D");
    CHECK(p[1].totale == Punti::da_centesimi(79'70));
    CHECK(p[1].fascia == "B"); // the profile's own bands
    CHECK(p[1].quota_premio == Percentuale::interi(50));
    CHECK((p[0].completo && p[1].completo && p[0].definitivo && p[1].definitivo));
}

TEST_CASE("staff builders: a profile's behaviours join the SMVP's catalogue, described ones keep their words") {
    const Smvp s = uno_smvp(40, 30, 30)
                       .fascia("D", 0, 0)
                       .comportamento("autonomia", "Autonomia e iniziativa")
                       .profilo(profilo("p", {Categoria::operatore}, 20, 40, 40)
                                    .comportamento("autonomia", 50)
                                    .comportamento("collaborazione", 50));
    REQUIRE(s.comportamenti);
    REQUIRE(s.comportamenti->size() == 2);
    CHECK((*s.comportamenti)[0].descrizione == "Autonomia e iniziativa");
    CHECK((*s.comportamenti)[1].id == "collaborazione");
    REQUIRE(s.profili);
    CHECK((*s.profili)[0].pesi.comportamenti == Punti::interi(40));
}

TEST_CASE("staff builders: a review, part-time, self-evaluation and an evaluator, as written") {
    const Personale p = un_personale(2024).con(dipendente("1", Categoria::operatore)
                                                   .part_time("83.33")
                                                   .in("s1", "2024-01-01", "2024-12-31")
                                                   .obiettivo_senza_grado("1-x", 30)
                                                   .comportamento("autonomia", "3.5")
                                                   .autovalutazione("autonomia", 5)
                                                   .valutazione("Responsabile", "2025-02-20")
                                                   .contraddittorio_concluso()
                                                   .rivede_obiettivo("1-x", 90)
                                                   .rivede_riferimento("s1-1", "87.5")
                                                   .rivede_comportamento("autonomia", 4));
    const Dipendente& d = p.dipendenti.at(0);
    CHECK(d.part_time == Percentuale::da_centesimi(83'33));
    CHECK((*d.comportamenti)[0].punteggio == Punti::da_centesimi(3'50));
    CHECK(d.autovalutazione->comportamenti[0].punteggio == Punti::interi(5));
    CHECK(d.valutazione->data == Data::da_testo("2025-02-20").value());
    REQUIRE(d.contraddittorio);
    CHECK(d.contraddittorio->stato == StatoContraddittorio::concluso);
    REQUIRE(d.contraddittorio->obiettivi);
    CHECK((*d.contraddittorio->obiettivi)[1].obiettivo == "s1-1");
    CHECK((*d.contraddittorio->obiettivi)[1].grado_raggiungimento == Percentuale::da_centesimi(87'50));
    static_assert(std::is_same_v<decltype(dipendente("1", Categoria::operatore).nome("x")), CostruttoreDipendente>);
}

TEST_CASE("staff builders: what the decoder refuses, they refuse with the pointer") {
    CHECK_THROWS_AS(dipendente("1", Categoria::operatore).in("s1", "2024-13-01", "2024-12-31"), std::invalid_argument);
    CHECK_THROWS_AS(dipendente("1", Categoria::operatore).rivede_comportamento("autonomia", 4), std::invalid_argument);
    const auto scambiate = un_personale(2024).con(dipendente("1", Categoria::operatore).in("s1", "2024-12-31", "2024-01-01"));
    CHECK_THROWS_WITH(scambiate.crea(), Catch::Matchers::Contains("/dipendenti/0/assegnazioni/0/al"));
    CHECK(scambiate.crea_senza_verifica().dipendenti.size() == 1);
    CHECK_THROWS_AS(uno_smvp(40, 30, 30).fascia("D", 0, 0).profilo(profilo("p", {Categoria::operatore}, 20, 40, 30)).crea(),
                    std::invalid_argument); // the profile's weights sum to 90
}
