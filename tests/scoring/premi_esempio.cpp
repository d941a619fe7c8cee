// The bundled split (examples/data): the staff document and the Leverano
// Relazione refuse it — no validation, an incomplete score, an open review —
// so two companion documents, marked as examples, close what is open:
// leverano-2023-validata-esempio.json (the Relazione with an invented
// validation, its ente's name saying so) and personale-esempio-premi.json
// (0704's review concluded, 0301's two references to objectives the
// Relazione does not measure written as own objectives with a degree).
// Each companion is its original plus exactly those changes, and with
// criteri-esempio.json they give a real split.
#include "catch2.hpp"
#include "documento.hpp"

#include <perfpa/json.hpp>
#include <perfpa/scoring/premi_personale.hpp>

#include <cstdint>
#include <string>

using namespace perfpa;

// This file's names in a namespace of their own: the test executable is a unity build,
// its files compiled together (tests/CMakeLists.txt, PERFPA_UNITY_TESTS).
namespace prova_scoring_premi_esempio {

namespace {

Dipendente& di(Personale& p, const std::string& id) {
    for (Dipendente& d : p.dipendenti)
        if (d.id == id) return d;
    FAIL("nessun dipendente " << id);
    throw;
}

} // namespace

TEST_CASE("premi example: the companion Relazione is Leverano's with a validation and a name saying so") {
    Relazione originale = perfpa_test::documento<Relazione>("leverano-2023.json");
    const Relazione compagna = perfpa_test::documento<Relazione>("leverano-2023-validata-esempio.json");
    REQUIRE_FALSE(originale.valutazione_ndv->validazione.has_value());
    REQUIRE(compagna.ente.denominazione.find("esempio") != std::string::npos);
    originale.ente.denominazione = compagna.ente.denominazione;
    originale.valutazione_ndv->validazione = Validazione{EsitoValidazione::validata, Data::da_testo("2024-06-28").value()};
    CHECK(json::codifica(originale) == json::codifica(compagna));
}

TEST_CASE("premi example: the companion staff document is the bundled one with its open points closed") {
    Personale originale = perfpa_test::documento<Personale>("personale-esempio.json");
    const Personale compagno = perfpa_test::documento<Personale>("personale-esempio-premi.json");
    REQUIRE(compagno.ente.find("esempio") != std::string::npos);
    originale.ente = compagno.ente;
    Dipendente& d0704 = di(originale, "0704");
    REQUIRE(d0704.contraddittorio->stato == StatoContraddittorio::aperto);
    d0704.contraddittorio = Contraddittorio{StatoContraddittorio::concluso, Data::da_testo("2024-03-20").value(), {}, {}};
    Dipendente& d0301 = di(originale, "0301");
    REQUIRE(d0301.obiettivi->size() == 3);
    REQUIRE(d0301.obiettivi->at(1).obiettivo == "servizi-sociali-1");
    REQUIRE(d0301.obiettivi->at(2).obiettivo == "servizi-sociali-2");
    auto proprio = [](const char* id, const char* descrizione, std::int64_t grado) {
        ObiettivoDipendente o;
        o.id = id;
        o.descrizione = descrizione;
        o.peso = Peso::da_centesimi(25'00);
        o.grado_raggiungimento = Percentuale::da_centesimi(grado * 100);
        return o;
    };
    d0301.obiettivi->at(1) = proprio("0301-facilitazione-digitale",
                                     "Punto di facilitazione digitale (servizi-sociali-1, non misurato nella Relazione)", 100);
    d0301.obiettivi->at(2) = proprio("0301-segretariato-sociale",
                                     "Iniziative di segretariato sociale (servizi-sociali-2, non misurato nella Relazione)", 90);
    CHECK(json::codifica(originale) == json::codifica(compagno));
}

TEST_CASE("premi example: the bundled documents refuse the split, the companions give one to the cent") {
    const Smvp smvp = perfpa_test::documento<Smvp>("smvp-personale-esempio.json");
    const CriteriPremi criteri = perfpa_test::documento<CriteriPremi>("criteri-esempio.json");
    const auto rifiutata = ripartisci_premi_personale(perfpa_test::documento<Personale>("personale-esempio.json"),
                                                      perfpa_test::documento<Relazione>("leverano-2023.json"), smvp, criteri);
    REQUIRE_FALSE(rifiutata.has_value());
    CHECK(rifiutata.error().norma == norma_validazione);

    const Personale personale = perfpa_test::documento<Personale>("personale-esempio-premi.json");
    const auto esito = ripartisci_premi_personale(personale, perfpa_test::documento<Relazione>("leverano-2023-validata-esempio.json"),
                                                  smvp, criteri);
    INFO((esito ? std::string() : esito.error().motivo));
    REQUIRE(esito.has_value());
    REQUIRE(esito->assegnazioni.size() == personale.dipendenti.size());
    std::int64_t somma = esito->non_distribuito.centesimi();
    int pagati = 0;
    for (const AssegnazionePersonale& a : esito->assegnazioni) {
        somma += a.importo.centesimi();
        pagati += a.importo.centesimi() > 0;
    }
    CHECK(somma == criteri.fondo.centesimi());
    CHECK(pagati >= 20); // all but the one under the minimum days and the few under the threshold
    CHECK_FALSE(esito->maggiorazione.beneficiari.empty()); // 10 % of the positively evaluated: at least 2
}

} // namespace prova_scoring_premi_esempio
