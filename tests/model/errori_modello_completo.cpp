// errori_modello_completo: a model built in C++ checked as the decoder would
// check its JSON text. The main property is differential: for a model with
// bad values, the errors equal those of decoding its encoding, pointer for
// pointer and word for word.
#include "catch2.hpp"
#include "leggi.hpp"

#include <perfpa/json.hpp>
#include <perfpa/model/verifica.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

using namespace perfpa;
using perfpa_test::leggi_dati;

namespace {

Relazione leverano() { return json::decodifica<Relazione>(leggi_dati("leverano-2023.json")).value(); }
Smvp smvp_esempio() { return json::decodifica<Smvp>(leggi_dati("smvp-esempio.json")).value(); }

// What the decoder says about the model's text; empty when it decodes.
template <class T>
std::vector<ErroreDecodifica> errori_del_decoder(const T& v) {
    auto r = json::decodifica<T>(json::codifica(v));
    return r ? std::vector<ErroreDecodifica>{} : r.error().errori;
}

std::vector<std::string> testi(const std::vector<ErroreDecodifica>& errori) {
    std::vector<std::string> out;
    for (const auto& e : errori) out.push_back(e.testo());
    return out;
}

} // namespace

TEST_CASE("a decoded model has no errors") {
    CHECK(testi(errori_modello_completo(leverano())).empty());
    CHECK(testi(errori_modello_completo(smvp_esempio())).empty());
    CHECK(testi(errori_modello_completo(Smvp{})) == testi(errori_del_decoder(Smvp{})));
}

TEST_CASE("values out of range get the decoder's pointers and messages") {
    Relazione r = leverano();
    REQUIRE(r.settori.size() >= 2);
    REQUIRE(r.settori[0].obiettivi.size() >= 2);
    r.settori[0].obiettivi[1].peso = Peso::da_centesimi(-5'00);
    r.settori[1].obiettivi[0].peso = Peso::da_centesimi(2'000'000'00); // above a weight's maximum
    r.anno = 1800;                                                        // Relazione's own constraint, kept
    REQUIRE(r.valutazione_ndv);
    ValutazioneIndividuale v;
    v.settore = r.settori[0].id;
    v.comportamenti = Punti::da_centesimi(150'00);
    v.obiettivi = {{r.settori[0].obiettivi[0].id, Percentuale::da_centesimi(-1), std::nullopt, std::nullopt, std::nullopt}};
    r.valutazione_ndv->valutazioni_individuali = {v};
    REQUIRE(r.anticorruzione);
    REQUIRE(!r.anticorruzione->misure.empty());
    r.anticorruzione->misure.back().valore_atteso = Percentuale::da_centesimi(100'01);
    const auto attesi = errori_del_decoder(r);
    REQUIRE(attesi.size() == 6);
    CHECK(testi(errori_modello_completo(r)) == testi(attesi));
    // Document order, a part's own constraints after its members.
    CHECK(attesi[0].testo() == "/settori/0/obiettivi/1/peso: atteso un numero ≥ 0, trovato -5");
    CHECK(attesi[1].testo() == "/settori/1/obiettivi/0/peso: atteso un numero ≤ 1000000, trovato 2000000");
    CHECK(attesi[2].testo() == "/anticorruzione/misure/" + std::to_string(r.anticorruzione->misure.size() - 1) +
                                   "/valore_atteso: atteso un numero tra 0 e 100, trovato 100.01");
    CHECK(attesi[3].percorso == "/valutazione_ndv/valutazioni_individuali/0/obiettivi/0/grado_raggiungimento");
    CHECK(attesi[4].testo() == "/valutazione_ndv/valutazioni_individuali/0/comportamenti: atteso un numero tra 0 e "
                               "100, trovato 150");
    CHECK(attesi[5].testo() == "/anno: atteso un anno tra 1900 e 9999, trovato 1800");
}

TEST_CASE("a part's own constraints wait for its members as in the decoder") {
    SECTION("an indicator with a bad value inside hides its misura constraint") {
        Relazione r = leverano();
        Indicatore& i = r.settori[0].obiettivi[0].indicatori.at(0);
        i.misura = Misura::binaria;
        i.valore_atteso = Decimale::interi(3); // a number for a binary indicator
        const auto solo_vincolo = errori_modello_completo(r);
        REQUIRE(solo_vincolo.size() == 1);
        CHECK(solo_vincolo[0].testo() ==
              "/settori/0/obiettivi/0/indicatori/0/valore_atteso: atteso un booleano (misura binaria), trovato il numero 3");
        CHECK(testi(solo_vincolo) == testi(errori_del_decoder(r)));
        i.soglia_legale = Decimale::da_milionesimi(Decimale::limite + 1); // now a value the decoder rejects
        const auto errori = errori_modello_completo(r);
        REQUIRE(errori.size() == 1);
        CHECK(errori[0].percorso == "/settori/0/obiettivi/0/indicatori/0/soglia_legale");
        CHECK(testi(errori) == testi(errori_del_decoder(r)));
    }
    SECTION("an SMVP reports a weight out of range, not the sum it spoils; the bands still") {
        Smvp s = smvp_esempio();
        s.pesi.comportamenti = Punti::interi(150);
        s.fasce.push_back(s.fasce.front()); // two bands from the same point
        s.fasce.back().nome = "Z";          // (with a name of its own: names are unique)
        const auto errori = errori_modello_completo(s);
        CHECK(testi(errori) == testi(errori_del_decoder(s)));
        REQUIRE(errori.size() == 2);
        CHECK(errori[0].testo() == "/pesi/comportamenti: atteso un numero tra 0 e 100, trovato 150");
        CHECK(errori[1].percorso == "/fasce/" + std::to_string(s.fasce.size() - 1) + "/da");
        // errori_modello alone, for an SMVP built in code, still reports the sum too.
        CHECK(errori_modello(s).size() == 3);
    }
}

TEST_CASE("amounts beyond what a document can hold") {
    Relazione r = leverano();
    REQUIRE(r.vincoli_finanza);
    REQUIRE(r.vincoli_finanza->equilibri_bilancio);
    r.vincoli_finanza->equilibri_bilancio->w1_risultato_competenza = Importo::da_centesimi(90'000'000'000'000'001);
    const auto errori = errori_modello_completo(r);
    REQUIRE(errori.size() == 1);
    CHECK(errori[0].percorso == "/vincoli_finanza/equilibri_bilancio/w1_risultato_competenza");
    CHECK(testi(errori) == testi(errori_del_decoder(r)));
}

TEST_CASE("an enum value that names no enumerator") {
    Relazione r = leverano();
    r.settori[0].obiettivi[0].indicatori.at(0).misura = static_cast<Misura>(7);
    const auto errori = errori_modello_completo(r);
    REQUIRE(errori.size() == 1);
    CHECK(errori[0].testo() == "/settori/0/obiettivi/0/indicatori/0/misura: atteso uno tra binaria, quantitativa, "
                               "qualitativa; trovato il valore 7, che non è nessuno di questi");
    CHECK_FALSE(errori_del_decoder(r).empty()); // its text ("?") does not decode either
}

TEST_CASE("text that is not UTF-8 is found before it is encoded") {
    auto errore_di = [](std::string denominazione) {
        Relazione r = leverano();
        r.settori[0].denominazione = std::move(denominazione);
        const auto errori = errori_modello_completo(r);
        return errori.empty() ? std::string() : errori[0].testo();
    };
    const std::string atteso = "/settori/0/denominazione: atteso un testo UTF-8 valido, trovato il byte 0x";
    // "attività" in Windows-1252, as an old database may hold it.
    CHECK(errore_di("attivit\xE0") == atteso + "E0 in posizione 7 (un testo in Latin-1 o Windows-1252 va convertito in UTF-8)");
    CHECK(errore_di("x\xC0\xAF").starts_with(atteso + "C0 in posizione 1"));     // overlong '/'
    CHECK(errore_di("\xED\xA0\x80").starts_with(atteso + "ED in posizione 0"));  // a surrogate
    CHECK(errore_di("\xF4\x90\x80\x80").starts_with(atteso + "F4 in posizione 0")); // above U+10FFFF
    CHECK(errore_di("ab\xE2\x82").starts_with(atteso + "E2 in posizione 2"));    // cut short
    CHECK(errore_di("ab\x80").starts_with(atteso + "80 in posizione 2"));        // a lone continuation byte
    CHECK(errore_di("attività € 😀 \xF4\x8F\xBF\xBF").empty());
    // The decoder cannot say where: the encoded text is not JSON.
    Relazione r = leverano();
    r.settori[0].denominazione = "attivit\xE0";
    CHECK_FALSE(json::decodifica<Relazione>(json::codifica(r)));
}

TEST_CASE("whole units beyond 64 bits saturate and are reported") {
    // n × 100 would overflow (undefined behaviour, which UBSan reports); it saturates instead.
    constexpr std::int64_t enorme = std::numeric_limits<std::int64_t>::max() / 10;
    static_assert(Importo::euro(enorme).centesimi() == std::numeric_limits<std::int64_t>::max());
    static_assert(Importo::euro(-enorme).centesimi() == -std::numeric_limits<std::int64_t>::max());
    static_assert(Peso::interi(enorme).centesimi() == std::numeric_limits<std::int64_t>::max());
    static_assert(Decimale::interi(-enorme).milionesimi() == -std::numeric_limits<std::int64_t>::max());
    static_assert(Importo::euro(19'691).centesimi() == 19'691'00); // in range: exact, as before
    Relazione r = leverano();
    r.settori[0].obiettivi[0].peso = Peso::interi(enorme);
    r.vincoli_finanza->equilibri_bilancio->w1_risultato_competenza = Importo::euro(-enorme);
    const auto errori = errori_modello_completo(r);
    REQUIRE(errori.size() == 2);
    CHECK(errori[0].percorso == "/settori/0/obiettivi/0/peso");
    CHECK(errori[1].percorso == "/vincoli_finanza/equilibri_bilancio/w1_risultato_competenza");
    CHECK(testi(errori) == testi(errori_del_decoder(r)));
}

TEST_CASE("counts, years and band names out of range get the decoder's pointers and messages") {
    Relazione r = leverano();
    r.ente.popolazione = std::numeric_limits<std::int64_t>::min();
    r.settori[0].anno_obiettivi = -5;
    REQUIRE(r.vincoli_finanza);
    r.vincoli_finanza->anno_riferimento = 10000;
    r.vincoli_finanza->tempi_pagamento = TempiPagamento{0, Decimale::interi(30), std::nullopt};
    const auto attesi = errori_del_decoder(r);
    CHECK(testi(errori_modello_completo(r)) == testi(attesi));
    CHECK(testi(attesi) == std::vector<std::string>{
                               "/ente/popolazione: atteso un numero intero tra 0 e 1000000000, trovato "
                               "-9223372036854775808",
                               "/settori/0/anno_obiettivi: atteso un anno tra 1900 e 9999, trovato -5",
                               "/vincoli_finanza/tempi_pagamento/anno: atteso un anno tra 1900 e 9999, trovato 0",
                               "/vincoli_finanza/anno_riferimento: atteso un anno tra 1900 e 9999, trovato 10000"});

    Smvp s = smvp_esempio();
    REQUIRE(s.fasce.size() >= 3);
    s.fasce[1].nome = s.fasce[0].nome;
    s.fasce[2].nome.clear();
    const auto attesi_smvp = errori_del_decoder(s);
    CHECK(testi(errori_modello_completo(s)) == testi(attesi_smvp));
    CHECK(testi(attesi_smvp) ==
          std::vector<std::string>{"/fasce/1/nome: il nome \"" + s.fasce[0].nome +
                                       "\" è già della fascia /fasce/0: attesi nomi di fascia distinti",
                                   "/fasce/2/nome: atteso un nome di fascia non vuoto, trovato \"\""});
}
