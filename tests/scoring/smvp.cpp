// SMVP validation (include/perfpa/model/vincoli.hpp), as scoring relies on it.
#include "catch2.hpp"

#include <perfpa/json.hpp>
#include <perfpa/model/vincoli.hpp>
#include <perfpa/testing/costruttori.hpp>

#include <algorithm>
#include <string>

using namespace perfpa;
using namespace perfpa::testing;

namespace {
bool ha(const std::vector<ErroreDecodifica>& errori, std::string_view percorso) {
    return std::any_of(errori.begin(), errori.end(), [&](const auto& e) { return e.percorso == percorso; });
}
Smvp valido() { return uno_smvp(40, 30, 30).fascia("A", 90, 100).fascia("D", 0, 0); }

// An SMVP document with one piece replaced.
std::string documento(std::string pesi, std::string fasce) {
    return R"({"formato":"perfpa.smvp/1","pesi":)" + pesi +
           R"(,"giudizi":{"pienamente_raggiunto":100,"raggiunto":100,"parzialmente_raggiunto":50,"non_raggiunto":0},"fasce":)" +
           fasce + "}";
}
const std::string pesi_ok = R"({"performance_organizzativa":40,"obiettivi_individuali":30,"comportamenti":30})";
const std::string fasce_ok = R"([{"nome":"A","da":90,"quota_premio":100},{"nome":"D","da":0,"quota_premio":0}])";
} // namespace

TEST_CASE("errori_modello(Smvp): each violation with its pointer") {
    CHECK(errori_modello(valido()).empty());

    Smvp pesi = valido();
    pesi.pesi.comportamenti = Punti::interi(20);
    CHECK(ha(errori_modello(pesi), "/pesi"));

    Smvp senza_zero = uno_smvp(40, 30, 30).fascia("A", 90, 100).fascia("B", 10, 0).crea_senza_verifica();
    CHECK(ha(errori_modello(senza_zero), "/fasce"));

    Smvp doppia = uno_smvp(40, 30, 30).fascia("A", 90, 100).fascia("D", 0, 0).fascia("A2", 90, 80).crea_senza_verifica();
    const auto e = errori_modello(doppia);
    CHECK(ha(e, "/fasce/2/da"));
    CHECK_FALSE(ha(e, "/fasce/0/da"));

    Smvp oltre = valido();
    oltre.giudizi.raggiunto = Percentuale::interi(120);
    oltre.fasce[0].quota_premio = Percentuale::interi(101);
    oltre.fasce[1].da = Punti::interi(-5);
    const auto o = errori_modello(oltre);
    CHECK(ha(o, "/giudizi/raggiunto"));
    CHECK(ha(o, "/fasce/0/quota_premio"));
    // The pointers of the bands are spelled only when a value is out of range.
    const auto da = std::find_if(o.begin(), o.end(), [](const auto& x) { return x.percorso == "/fasce/1/da"; });
    REQUIRE(da != o.end());
    CHECK(da->messaggio == "atteso un numero tra 0 e 100, trovato -5");

    Smvp peso_oltre = uno_smvp(110, 0, -10).fascia("D", 0, 0).crea_senza_verifica();
    const auto p = errori_modello(peso_oltre);
    CHECK(ha(p, "/pesi/performance_organizzativa"));
    CHECK(ha(p, "/pesi/comportamenti"));
    CHECK_FALSE(ha(p, "/pesi")); // 110 + 0 − 10 = 100

    // `&errori_modello` with the pointer's type names the overload for an Smvp,
    // not the generic one that finds nothing.
    using Valida = std::vector<ErroreDecodifica> (*)(const Smvp&);
    const Valida per_indirizzo = &errori_modello;
    CHECK(ha(per_indirizzo(pesi), "/pesi"));
}

TEST_CASE("decodifica_smvp applies the same validation, with pointers") {
    CHECK(json::decodifica_smvp(documento(pesi_ok, fasce_ok)).has_value());
    auto errori = [](const std::string& testo) {
        auto r = json::decodifica_smvp(testo);
        REQUIRE_FALSE(r.has_value());
        return r.error().errori;
    };
    CHECK(ha(errori(documento(R"({"performance_organizzativa":40,"obiettivi_individuali":30,"comportamenti":20})",
                              fasce_ok)),
             "/pesi"));
    CHECK(ha(errori(documento(pesi_ok, R"([{"nome":"A","da":90,"quota_premio":100}])")), "/fasce"));
    CHECK(ha(errori(documento(pesi_ok, R"([{"nome":"A","da":0,"quota_premio":100},{"nome":"B","da":0,"quota_premio":0}])")),
             "/fasce/1/da"));
    CHECK(ha(errori(documento(R"({"performance_organizzativa":140,"obiettivi_individuali":-10,"comportamenti":-30})",
                              fasce_ok)),
             "/pesi/performance_organizzativa"));
}
