// The criteria of the bonus split (`perfpa.criteri_premi/1`, personale.md
// §4 and §6): decoded by both decoders alike, encoded back byte for byte,
// and every malformed variant refused with its pointer — a `percentuale`
// below 30 citing art. 81 c.2 CCNL 16.11.2022.
#include "catch2.hpp"
#include "leggi.hpp"

#include <perfpa/json.hpp>
#include <perfpa/json/schema.hpp>
#include <perfpa/model/verifica.hpp>

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

using namespace perfpa;

namespace {

// The example of personale.md §4 with the withholding of §6, in the encoder's normal form.
const std::string criteri_esempio =
    R"({"formato":"perfpa.criteri_premi/1","denominazione":"CCDI 2024, criteri di ripartizione della )"
    R"(performance individuale","fondo":"48000.00","soglia_valutazione_positiva":60,"parametri_categoria":[)"
    R"({"categoria":"operatore","parametro":1},{"categoria":"operatore_esperto","parametro":1.05},)"
    R"({"categoria":"istruttore","parametro":1.1},{"categoria":"funzionario","parametro":1.2}],)"
    R"("maggiorazione":{"percentuale":30,"quota_massima":10},"decurtazione_tempi_pagamento":30})";

std::string sostituisci(std::string testo, std::string_view da, std::string_view a) {
    const auto p = testo.find(da);
    if (p == std::string::npos || testo.find(da, p + 1) != std::string::npos)
        throw std::logic_error("sostituisci: \"" + std::string(da) + "\" non compare una sola volta");
    return testo.replace(p, da.size(), a);
}

std::string testo_di(const Risultato<CriteriPremi>& r) {
    return r ? std::string("(nessun errore)\n") : r.error().testo();
}

} // namespace

TEST_CASE("criteri_premi: the example decodes to the values written") {
    const auto r = json::decodifica_criteri_premi(criteri_esempio);
    INFO(testo_di(r));
    REQUIRE(r.has_value());
    CHECK(r->fondo == Importo::euro(48'000));
    CHECK(r->soglia_valutazione_positiva == Punti::interi(60));
    REQUIRE(r->parametri_categoria);
    REQUIRE(r->parametri_categoria->size() == 4);
    CHECK(r->parametri_categoria->at(1).categoria == Categoria::operatore_esperto);
    CHECK(r->parametri_categoria->at(1).parametro == Peso::da_centesimi(105));
    REQUIRE(r->maggiorazione);
    CHECK(r->maggiorazione->percentuale == Percentuale::interi(30));
    CHECK(r->maggiorazione->quota_massima == Percentuale::interi(10));
    CHECK(r->decurtazione_tempi_pagamento == Percentuale::interi(30));
    // Only the fund and the threshold are required.
    const auto minimo = json::decodifica_criteri_premi(
        R"({"formato":"perfpa.criteri_premi/1","fondo":"0.00","soglia_valutazione_positiva":0})");
    INFO(testo_di(minimo));
    REQUIRE(minimo.has_value());
    CHECK(!minimo->maggiorazione);
    CHECK(!minimo->parametri_categoria);
    CHECK(!minimo->decurtazione_tempi_pagamento);
}

TEST_CASE("criteri_premi: decode and encode round trip byte for byte, both decoders agreeing") {
    const std::string bundled = perfpa_test::leggi(std::string(PERFPA_DATA_DIR) + "/criteri-esempio.json");
    for (const std::string* testo : {&criteri_esempio, &bundled}) {
        const auto dom = json::decodifica_dom<CriteriPremi>(*testo);
        const auto flusso = json::decodifica<CriteriPremi>(*testo);
        INFO(testo_di(flusso));
        REQUIRE(dom.has_value());
        REQUIRE(flusso.has_value());
        CHECK(*dom == *flusso);
        if (testo == &criteri_esempio) CHECK(json::codifica(*flusso) == *testo);
        else CHECK(json::codifica(*flusso, {.indentazione = 2}) + "\n" == *testo);
        const std::string indentato = json::codifica(*flusso, {.indentazione = 2});
        const auto riletto = json::decodifica_criteri_premi(indentato);
        REQUIRE(riletto.has_value());
        CHECK(*riletto == *flusso);
        CHECK(json::codifica(*riletto, {.indentazione = 2}) == indentato);
        CHECK(errori_modello_completo(*flusso).empty());
    }
}

TEST_CASE("criteri_premi: malformed criteria, each with its pointer and message, both decoders alike") {
    const std::string& d = criteri_esempio;
    struct Caso {
        const char* nome;
        std::string documento;
        std::vector<ErroreDecodifica> attesi;
    };
    const std::vector<Caso> casi = {
        {"another version", sostituisci(d, "perfpa.criteri_premi/1", "perfpa.criteri_premi/2"),
         {{"/formato", R"(versione del formato non supportata: atteso "perfpa.criteri_premi/1", trovato "perfpa.criteri_premi/2")"}}},
        {"an increase below 30 %: art. 81 c.2",
         sostituisci(d, R"("percentuale":30)", R"("percentuale":29.99)"),
         {{"/maggiorazione/percentuale", "attesa una maggiorazione di almeno il 30% del premio medio (art. 81 c.2 "
                                         "CCNL Funzioni Locali 16.11.2022), trovata 29,99%"}}},
        {"an increase of exactly 30 % is valid", sostituisci(d, R"("percentuale":30)", R"("percentuale":30.00)"), {}},
        {"a quota of 0", sostituisci(d, R"("quota_massima":10)", R"("quota_massima":0)"),
         {{"/maggiorazione/quota_massima", "atteso un numero maggiore di 0 e al massimo 100, trovato 0"}}},
        {"a quota above 100", sostituisci(d, R"("quota_massima":10)", R"("quota_massima":101)"),
         {{"/maggiorazione/quota_massima", "atteso un numero tra 0 e 100, trovato 101"}}},
        {"both rules of the increase broken: both reported",
         sostituisci(d, R"({"percentuale":30,"quota_massima":10})", R"({"percentuale":10,"quota_massima":0})"),
         {{"/maggiorazione/percentuale", "attesa una maggiorazione di almeno il 30% del premio medio (art. 81 c.2 "
                                         "CCNL Funzioni Locali 16.11.2022), trovata 10%"},
          {"/maggiorazione/quota_massima", "atteso un numero maggiore di 0 e al massimo 100, trovato 0"}}},
        {"a parameter of 0", sostituisci(d, R"("parametro":1.1)", R"("parametro":0)"),
         {{"/parametri_categoria/2/parametro", "atteso un numero maggiore di 0 e al massimo 100, trovato 0"}}},
        {"a parameter above 100", sostituisci(d, R"("parametro":1.1)", R"("parametro":100.01)"),
         {{"/parametri_categoria/2/parametro", "atteso un numero maggiore di 0 e al massimo 100, trovato 100,01"}}},
        {"a parameter with three decimals", sostituisci(d, R"("parametro":1.1)", R"("parametro":1.105)"),
         {{"/parametri_categoria/2/parametro", "atteso un numero ≥ 0, trovato 1.105 (al massimo 2 decimali)"}}},
        {"a category given twice", sostituisci(d, R"({"categoria":"funzionario","parametro":1.2})",
                                               R"({"categoria":"operatore","parametro":1.2})"),
         {{"/parametri_categoria/3/categoria", R"(la categoria "operatore" ha già un parametro, in /parametri_categoria/0)"}}},
        {"a negative fund", sostituisci(d, R"("fondo":"48000.00")", R"("fondo":"-1.00")"),
         {{"/fondo", "atteso un importo non negativo, trovato -1.00"}}},
        {"a withholding below 30 %",
         sostituisci(d, R"("decurtazione_tempi_pagamento":30)", R"("decurtazione_tempi_pagamento":20)"),
         {{"/decurtazione_tempi_pagamento",
           "attesa una decurtazione di almeno il 30% (art. 4-bis c.2 D.L. 13/2023), trovata 20%"}}},
        {"the threshold missing", sostituisci(d, R"("soglia_valutazione_positiva":60,)", ""),
         {{"/soglia_valutazione_positiva", "campo obbligatorio mancante"}}},
        {"an unknown key", sostituisci(d, R"("fondo":)", R"("fondi":1,"fondo":)"),
         {{"/fondi", R"(chiave sconosciuta "fondi" (forse "fondo"?))"}}},
    };
    for (const Caso& c : casi) {
        DYNAMIC_SECTION(c.nome) {
            CAPTURE(c.documento);
            std::string attesi;
            for (const auto& e : c.attesi) attesi += e.testo() + "\n";
            if (attesi.empty()) attesi = "(nessun errore)\n";
            CHECK(testo_di(json::decodifica<CriteriPremi>(c.documento)) == attesi);
            CHECK(testo_di(json::decodifica_dom<CriteriPremi>(c.documento)) == attesi);
        }
    }
}

TEST_CASE("criteri_premi: the schema says what it can of the rules") {
    const boost::json::object s = json::schema_criteri_premi();
    CHECK(s.at("title") == formato_criteri_premi);
    const auto& defs = s.at("$defs").as_object();
    CHECK(defs.at("Maggiorazione").at("properties").at("percentuale").at("minimum") == 30);
    CHECK(defs.at("Maggiorazione").at("properties").at("quota_massima").at("exclusiveMinimum") == 0);
    CHECK(defs.at("ParametroCategoria").at("properties").at("parametro").at("exclusiveMinimum") == 0);
    CHECK(defs.at("ParametroCategoria").at("properties").at("parametro").at("maximum") == 100);
    CHECK(s.at("required").as_array() ==
          boost::json::array{"formato", "fondo", "soglia_valutazione_positiva"});
}
