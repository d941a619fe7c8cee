// Esaminatore, which writes each document's Esame over the previous one's
// buffers, against esamina, which builds a new one: the same findings and
// scores on a sequence of documents chosen so that every part of an Esame
// shrinks and grows from one document to the next (settori, objectives,
// findings, explanations), with and without explanations, under two SMVPs.
#include "catch2.hpp"
#include "leggi.hpp"

#include <corpus.hpp>

#include <perfpa/perfpa.hpp>
#include <perfpa/testing/costruttori.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

using namespace perfpa;

namespace {

// A generated document cut down at random: settori, objectives and NdV
// entries dropped, sections emptied, so that the next document's Esame is
// smaller or larger in every part.
Relazione ritagliata(bench::Generatore& g, Relazione r) {
    if (g.probabile(50)) r.settori.resize(static_cast<std::size_t>(g.tra(0, static_cast<int>(r.settori.size()))));
    for (Settore& s : r.settori)
        if (g.probabile(30))
            s.obiettivi.resize(static_cast<std::size_t>(g.tra(0, static_cast<int>(s.obiettivi.size()))));
    if (g.probabile(20)) r.valutazione_ndv.reset();
    if (g.probabile(20)) r.anticorruzione.reset();
    if (g.probabile(20)) r.vincoli_finanza.reset();
    if (g.probabile(20)) r.performance_organizzativa.reset();
    return r;
}

// The sequence: generated documents whole and cut down, the Leverano
// seed, an empty Relazione and a small one built in code.
std::vector<Relazione> documenti() {
    std::vector<Relazione> out;
    bench::Generatore g(77);
    for (std::uint64_t i = 0; i < 60; ++i) {
        Relazione r = bench::genera_relazione(2024, i);
        out.push_back(g.probabile(50) ? ritagliata(g, std::move(r)) : std::move(r));
    }
    out.push_back(json::decodifica<Relazione>(perfpa_test::leggi_dati("leverano-2023.json")).value());
    out.push_back(Relazione{});
    using namespace perfpa::testing;
    out.push_back(una_relazione(2023)
                      .con(settore("a", 30).obiettivo("a-1", 20, grado(100)).obiettivo("a-2", 20, neutralizzato("x")))
                      .con(settore("a", 30).obiettivo("a-1", 30, grado(10))));
    // Each document once after a large one and once after a small one.
    const std::size_t n = out.size();
    for (std::size_t i = 0; i < n; ++i) out.push_back(out[(i * 7 + 3) % n]);
    return out;
}

Smvp smvp_esempio() {
    return testing::uno_smvp(40, 30, 30).fascia("eccellente", 90, 100).fascia("buona", 70, 80).fascia("sufficiente", 50, 50)
        .fascia("insufficiente", 0, 0);
}

// Another SMVP: other weights, and a minimum degree that sets some objectives to 0.
Smvp smvp_soglia() {
    Smvp s = testing::uno_smvp(20, 60, 20).fascia("A", 80, 100).fascia("B", 0, 40);
    s.soglia_minima_obiettivo = Percentuale::interi(60);
    return s;
}

} // namespace

TEST_CASE("Esaminatore: every Esame equals what esamina gives for the same document") {
    const std::vector<Relazione> docs = documenti();
    const Smvp smvp[] = {smvp_esempio(), smvp_soglia()};
    REQUIRE(errori_modello(smvp[0]).empty());
    REQUIRE(errori_modello(smvp[1]).empty());
    Esaminatore esaminatore;
    // How often each part shrank or grew from one document to the next: the
    // sequence must exercise both, or reuse is not tested.
    std::size_t meno_settori = 0, piu_settori = 0, meno_rilievi = 0, piu_rilievi = 0, senza_spiegazioni = 0;
    std::size_t settori_prima = 0, rilievi_prima = 0;
    for (std::size_t i = 0; i < docs.size(); ++i) {
        const Smvp& s = smvp[i % 3 == 0 ? 1 : 0];
        const OpzioniPunteggi opzioni{.spiegazioni = i % 5 != 4};
        senza_spiegazioni += !opzioni.spiegazioni;
        const Esame atteso = esamina(docs[i], s, opzioni);
        const Esame& ottenuto = esaminatore.esamina(docs[i], s, opzioni);
        INFO("documento " << i << ", " << docs[i].settori.size() << " settori, " << atteso.rilievi.size()
                          << " rilievi");
        REQUIRE(ottenuto.rilievi == atteso.rilievi);
        REQUIRE(ottenuto.punteggi == atteso.punteggi);
        REQUIRE(ottenuto == atteso);
        meno_settori += atteso.punteggi.size() < settori_prima;
        piu_settori += atteso.punteggi.size() > settori_prima;
        meno_rilievi += atteso.rilievi.size() < rilievi_prima;
        piu_rilievi += atteso.rilievi.size() > rilievi_prima;
        settori_prima = atteso.punteggi.size();
        rilievi_prima = atteso.rilievi.size();
    }
    CHECK(meno_settori >= 10);
    CHECK(piu_settori >= 10);
    CHECK(meno_rilievi >= 10);
    CHECK(piu_rilievi >= 10);
    CHECK(senza_spiegazioni >= 10);
}

TEST_CASE("Esaminatore: the Esame it returns is the same object and is its own after the next call") {
    const Relazione a = bench::genera_relazione(2023, 1);
    const Relazione b = bench::genera_relazione(2023, 2);
    const Smvp s = smvp_esempio();
    Esaminatore e;
    const Esame& primo = e.esamina(a, s);
    const Esame copia = primo; // a copy keeps the first document's results
    const Esame& secondo = e.esamina(b, s);
    CHECK(&primo == &secondo);
    CHECK(copia == esamina(a, s));
    CHECK(secondo == esamina(b, s));
    CHECK(!(copia == secondo));
}
