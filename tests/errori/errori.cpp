// One error model (docs/errors.md): every exception perfpa throws is a
// perfpa::Errore beside its standard base; each decoding error has a kind
// (TipoErrore) set where it is raised, the same in both decoders and in the
// model verifier; scores under an invalid SMVP are refused with its errors.
#include "catch2.hpp"
#include "json/documenti.hpp"

#include <perfpa/inserimento.hpp>
#include <perfpa/json.hpp>
#include <perfpa/json/file.hpp>
#include <perfpa/model/verifica.hpp>
#include <perfpa/perfpa.hpp>
#include <perfpa/report.hpp>
#include <perfpa/testing/costruttori.hpp>

#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

using namespace perfpa;
using namespace perfpa::testing;
using perfpa_test::relazione_minima;
using perfpa_test::smvp_minimo;
using perfpa_test::sostituisci;

namespace {

// The errors of a Relazione's text; the two decoders must give the same ones, kinds included.
std::vector<ErroreDecodifica> errori_relazione(std::string_view testo, const json::OpzioniDecodifica& o = {}) {
    auto dom = json::decodifica_dom<Relazione>(testo, o);
    auto flusso = json::decodifica_relazione(testo, o);
    REQUIRE_FALSE(dom.has_value());
    REQUIRE_FALSE(flusso.has_value());
    CHECK(dom.error() == flusso.error());
    return dom.error().errori;
}

std::vector<ErroreDecodifica> errori_smvp(std::string_view testo) {
    auto dom = json::decodifica_dom<Smvp>(testo);
    auto flusso = json::decodifica_smvp(testo);
    REQUIRE_FALSE(dom.has_value());
    REQUIRE_FALSE(flusso.has_value());
    CHECK(dom.error() == flusso.error());
    return dom.error().errori;
}

// The only error of a document, checked to be the only one.
ErroreDecodifica unico(const std::vector<ErroreDecodifica>& e) {
    REQUIRE(e.size() == 1);
    return e[0];
}

Smvp smvp_a_90() { // weights summing to 90: a model no decoder gives
    Smvp s = uno_smvp(40, 30, 30).fascia("A", 90, 100).fascia("D", 0, 0).crea();
    s.pesi.comportamenti = Punti::interi(20);
    return s;
}

const Relazione& relazione_di_prova() {
    static const Relazione r = una_relazione()
                                   .performance_organizzativa(40, 40)
                                   .con(settore("s", 30).obiettivo("o", 30, grado(100)).comportamenti(30))
                                   .validazione(EsitoValidazione::validata);
    return r;
}

} // namespace

TEST_CASE("the exception types: each a perfpa::Errore and one standard exception") {
    static_assert(std::is_base_of_v<Errore, EccezioneDecodifica> && std::is_base_of_v<std::runtime_error, EccezioneDecodifica>);
    static_assert(std::is_base_of_v<Errore, ModelloNonValido> && std::is_base_of_v<std::invalid_argument, ModelloNonValido>);
    static_assert(std::is_base_of_v<Errore, ValoreRifiutato> && std::is_base_of_v<std::invalid_argument, ValoreRifiutato>);
    static_assert(std::is_base_of_v<Errore, ArgomentoNonValido> && std::is_base_of_v<std::invalid_argument, ArgomentoNonValido>);
    static_assert(std::is_base_of_v<Errore, RipartizioneRifiutata> && std::is_base_of_v<std::domain_error, RipartizioneRifiutata>);
    static_assert(std::is_base_of_v<Errore, ErroreLogico> && std::is_base_of_v<std::logic_error, ErroreLogico>);
    // One std::exception inside each: `catch (const std::exception&)` still matches.
    CHECK_THROWS_AS(json::decodifica_relazione("{").value(), std::exception);
    CHECK_THROWS_AS(Importo::da_testo("12,50").value(), std::exception);
}

TEST_CASE("mancante: a required field absent or null") {
    const ErroreDecodifica e = unico(errori_relazione(sostituisci(relazione_minima, R"("anno":2023,)", "")));
    CHECK(e.percorso == "/anno");
    CHECK(e.tipo == TipoErrore::mancante);
    CHECK(unico(errori_relazione(sostituisci(relazione_minima, R"("anno":2023)", R"("anno":null)"))).tipo ==
          TipoErrore::mancante);
}

TEST_CASE("chiave_sconosciuta: a key the format does not have") {
    const ErroreDecodifica e = unico(errori_relazione(sostituisci(relazione_minima, R"("anno":2023,)", R"("anno":2023,"annno":1,)")));
    CHECK(e == ErroreDecodifica{"/annno", R"(chiave sconosciuta "annno" (forse "anno"?))", TipoErrore::chiave_sconosciuta});
}

TEST_CASE("tipo_errato: a value of another JSON type") {
    CHECK(unico(errori_relazione(sostituisci(relazione_minima, R"("anno":2023)", R"("anno":"2023")"))).tipo ==
          TipoErrore::tipo_errato);
    CHECK(unico(errori_relazione(sostituisci(relazione_minima, R"("peso":30,"data)", R"("peso":"trenta","data)"))) ==
          ErroreDecodifica{"/settori/0/obiettivi/0/peso", R"(atteso un numero ≥ 0, trovato la stringa "trenta")",
                           TipoErrore::tipo_errato});
    CHECK(unico(errori_relazione(sostituisci(relazione_minima, R"("tipo":"comune")", R"("tipo":7)"))).tipo ==
          TipoErrore::tipo_errato);
    // A number with decimals where an integer goes is its spelling; a too large one out of range.
    CHECK(unico(errori_relazione(sostituisci(relazione_minima, R"("anno":2023)", R"("anno":2023.5)"))).tipo ==
          TipoErrore::formato);
    CHECK(unico(errori_relazione(sostituisci(relazione_minima, R"("anno":2023)", R"("anno":99999999999)"))).tipo ==
          TipoErrore::fuori_intervallo);
}

TEST_CASE("fuori_intervallo: a number outside its range, from the decoder and from the model's constraints") {
    const ErroreDecodifica peso = unico(errori_relazione(sostituisci(relazione_minima, R"("peso":30,"data)", R"("peso":-1,"data)")));
    CHECK(peso.percorso == "/settori/0/obiettivi/0/peso");
    CHECK(peso.tipo == TipoErrore::fuori_intervallo);
    const ErroreDecodifica anno = unico(errori_relazione(sostituisci(relazione_minima, R"("anno":2023)", R"("anno":1800)")));
    CHECK(anno == ErroreDecodifica{"/anno", "atteso un anno tra 1900 e 9999, trovato 1800", TipoErrore::fuori_intervallo});
}

TEST_CASE("formato: a value of the right type written wrongly") {
    const ErroreDecodifica data = unico(errori_relazione(
        sostituisci(relazione_minima, R"("data_fine_prevista":"2023-12-31")", R"("data_fine_prevista":"2023-13-31")")));
    CHECK(data.percorso == "/settori/0/obiettivi/0/data_fine_prevista");
    CHECK(data.tipo == TipoErrore::formato);
    CHECK(unico(errori_relazione(sostituisci(relazione_minima, R"("tipo":"comune")", R"("tipo":"città")"))).tipo ==
          TipoErrore::formato);
    CHECK(unico(errori_relazione(sostituisci(relazione_minima, R"("peso":30,"data)", R"("peso":30.125,"data)"))).tipo ==
          TipoErrore::formato);
    const ErroreDecodifica versione =
        unico(errori_relazione(sostituisci(relazione_minima, "perfpa.relazione/1", "perfpa.relazione/2")));
    CHECK(versione.percorso == "/formato");
    CHECK(versione.tipo == TipoErrore::formato);
}

TEST_CASE("vincolo: a constraint among values") {
    const ErroreDecodifica e = unico(errori_smvp(sostituisci(smvp_minimo, R"("comportamenti":30)", R"("comportamenti":20)")));
    CHECK(e == ErroreDecodifica{"/pesi", "i pesi devono sommare a 100, sommano a 90", TipoErrore::vincolo});
}

TEST_CASE("limite: size, nesting, number of errors") {
    json::OpzioniDecodifica piccolo;
    piccolo.dimensione_massima = 10;
    CHECK(unico(errori_relazione(relazione_minima, piccolo)).tipo == TipoErrore::limite);
    CHECK(unico(errori_relazione(std::string(100, '['))).tipo == TipoErrore::limite);
    json::OpzioniDecodifica pochi;
    pochi.errori_massimi = 1;
    pochi.ammetti_chiavi_sconosciute = false;
    const std::vector<ErroreDecodifica> e =
        errori_relazione(sostituisci(relazione_minima, R"("anno":2023,)", R"("anno":2023,"x":1,"y":2,)"), pochi);
    REQUIRE(e.size() == 2);
    CHECK(e[0].tipo == TipoErrore::chiave_sconosciuta);
    CHECK(e[1].tipo == TipoErrore::limite);
}

TEST_CASE("sintassi: not a JSON text, or a key repeated in an object") {
    CHECK(unico(errori_relazione("{")).tipo == TipoErrore::sintassi);
    CHECK(unico(errori_relazione("")).tipo == TipoErrore::sintassi);
    CHECK(unico(errori_relazione("{\"formato\":\"\xFF\"}")).tipo == TipoErrore::sintassi);
    const std::vector<ErroreDecodifica> ripetuta =
        errori_relazione(sostituisci(relazione_minima, R"("anno":2023,)", R"("anno":2023,"anno":2024,)"));
    REQUIRE_FALSE(ripetuta.empty());
    CHECK(ripetuta[0].percorso == "/anno");
    CHECK(ripetuta[0].tipo == TipoErrore::sintassi);
}

TEST_CASE("file: a file that cannot be read") {
    const auto r = json::leggi_relazione("/nessuna/cartella/relazione.json");
    REQUIRE_FALSE(r.has_value());
    CHECK(unico(r.error().errori).tipo == TipoErrore::file);
    CHECK(codice(TipoErrore::file) == "file");
    CHECK(codice(TipoErrore::chiave_sconosciuta) == "chiave_sconosciuta");
}

TEST_CASE("the model verifier gives the decoder's kinds") {
    Relazione r = relazione_di_prova();
    r.settori.at(0).obiettivi.at(0).peso = Peso::da_centesimi(-100);
    r.anno = 1800;
    const std::vector<ErroreDecodifica> modello = errori_modello_completo(r);
    REQUIRE(modello.size() == 2);
    CHECK(modello[0].tipo == TipoErrore::fuori_intervallo);
    CHECK(modello[1].tipo == TipoErrore::fuori_intervallo);
    const auto decodificata = json::decodifica_relazione(json::codifica(r));
    REQUIRE_FALSE(decodificata.has_value());
    CHECK(decodificata.error().errori == modello);
    CHECK(unico(errori_modello_completo(smvp_a_90())).tipo == TipoErrore::vincolo);
}

TEST_CASE("EccezioneDecodifica: a perfpa::Errore with the errors' pointers") {
    const std::string testo = sostituisci(relazione_minima, R"("anno":2023,)", R"("anno":"x","annno":1,)");
    try {
        (void)json::decodifica_relazione(testo).value();
        FAIL("nessuna eccezione");
    } catch (const Errore& e) {
        CHECK(e.percorsi() == std::vector<std::string>{"/anno", "/annno"});
        CHECK(e.norma().empty());
        CHECK(std::string(e.what()).starts_with("documento non valido:\n/anno: "));
        const auto* d = dynamic_cast<const EccezioneDecodifica*>(&e);
        REQUIRE(d != nullptr);
        CHECK(d->errori().errori.at(0).tipo == TipoErrore::tipo_errato);
        CHECK(d->errori().errori.at(1).tipo == TipoErrore::chiave_sconosciuta);
    }
}

TEST_CASE("scores under an invalid SMVP: refused with its errors, never figures") {
    const Relazione& r = relazione_di_prova();
    const Smvp s = smvp_a_90();
    CHECK_THROWS_AS(calcola_punteggi(r, s), ModelloNonValido);
    CHECK_THROWS_AS(esamina(r, s), ModelloNonValido);
    Esaminatore esaminatore;
    CHECK_THROWS_AS(esaminatore.esamina(r, s), ModelloNonValido);
    CHECK_THROWS_AS(prepara_report(r, s), ModelloNonValido);
    try {
        (void)calcola_punteggi(r, s);
        FAIL("nessuna eccezione");
    } catch (const Errore& e) {
        CHECK(std::string(e.what()) == "lo SMVP non è valido: /pesi: i pesi devono sommare a 100, sommano a 90");
        CHECK(e.percorsi() == std::vector<std::string>{"/pesi"});
        const auto& m = dynamic_cast<const ModelloNonValido&>(e);
        CHECK(m.errori() ==
              std::vector<ErroreDecodifica>{{"/pesi", "i pesi devono sommare a 100, sommano a 90", TipoErrore::vincolo}});
    }
    // The same SMVP made valid scores as before; the Esaminatore is usable after a refusal.
    Smvp buono = s;
    buono.pesi.comportamenti = Punti::interi(30);
    CHECK(calcola_punteggi(r, buono).size() == 1);
    CHECK(esaminatore.esamina(r, buono).punteggi == calcola_punteggi(r, buono));
    // The split refuses it as before (a refusal, not an exception), the lower level throws ModelloNonValido.
    CHECK_FALSE(ripartisci_premi(r, s, Importo::euro(100)).has_value());
    CHECK_THROWS_AS(ripartisci_fondo(Importo::euro(10), {{"a", Punti::interi(95), {}}}, s), ModelloNonValido);
}

TEST_CASE("a refused split throws RipartizioneRifiutata, its norm as data") {
    Relazione r = relazione_di_prova();
    r.valutazione_ndv->validazione.reset();
    const EsitoRipartizione esito = ripartisci_premi(r, uno_smvp(40, 30, 30).fascia("D", 0, 0), Importo::euro(100));
    REQUIRE_FALSE(esito.has_value());
    try {
        (void)esito.value();
        FAIL("nessuna eccezione");
    } catch (const Errore& e) {
        CHECK(e.norma() == "art. 14 c.6 D.Lgs. 150/2009");
        CHECK(std::string(e.what()) == esito.error().motivo + " (art. 14 c.6 D.Lgs. 150/2009)");
        CHECK(dynamic_cast<const RipartizioneRifiutata&>(e).motivo() == esito.error().motivo);
    }
    CHECK_THROWS_AS(esito.value(), std::domain_error); // the standard base of before
}

TEST_CASE("values, arguments and builders throw perfpa::Errore too") {
    CHECK_THROWS_AS(Importo::da_testo("12,50").value(), ValoreRifiutato);
    CHECK_THROWS_AS(Importo::da_testo("12,50").value(), std::invalid_argument);
    Relazione r = relazione_di_prova();
    CHECK_THROWS_AS(imposta_grado(r, "nessuno", "o", Percentuale::interi(50)), ArgomentoNonValido);
    CHECK_THROWS_AS(neutralizza(r, "s", "o", " "), Errore);
    CHECK_THROWS_AS(ripartisci_pesi(Importo::euro(1), {"x"}, {1, 2}), ArgomentoNonValido);
    CHECK_THROWS_AS(uno_smvp(40, 30, 20).fascia("D", 0, 0).crea(), ModelloNonValido);
    try {
        (void)una_relazione(1800).crea();
        FAIL("nessuna eccezione");
    } catch (const ModelloNonValido& e) {
        CHECK(e.percorsi() == std::vector<std::string>{"/anno"});
        CHECK(e.errori().at(0).tipo == TipoErrore::fuori_intervallo);
    }
}
