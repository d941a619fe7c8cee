// ripartisci_premi_personale (personale.md §4): the worked cases, computed
// by hand in the comments, every refusal, and properties on generated
// splits. The scores are given directly (the lower overload), so that each
// case shows only the split's own arithmetic; one case runs the whole chain.
#include "catch2.hpp"

#include <perfpa/json.hpp>
#include <perfpa/json/premi_personale.hpp>
#include <perfpa/report/pubblicazione_premi.hpp>
#include <perfpa/scoring/premi_personale.hpp>
#include <perfpa/scoring/pubblicazione_premi.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>
#include <random>
#include <string>
#include <vector>

using namespace perfpa;

// This file's names in a namespace of their own: the test executable is a unity build,
// its files compiled together (tests/CMakeLists.txt, PERFPA_UNITY_TESTS).
namespace prova_scoring_premi_personale {

namespace {

// One person as the split sees them: their score's figures and part time.
struct Persona {
    std::string id;
    std::int64_t totale; // hundredths
    std::int64_t quota = 100'00;
    int giorni = 366;
    std::int64_t part_time = 100'00;
    Categoria categoria = Categoria::istruttore;
    bool valutato = true;
    bool completo = true;
    bool profilo = true;
    bool contraddittorio_aperto = false;
};

struct Caso {
    Personale personale;
    std::vector<PunteggioDipendente> punteggi;
};

Caso caso(const std::vector<Persona>& persone, int anno = 2024) {
    Caso c;
    c.personale.anno = anno;
    c.personale.ente = "Comune di Prova";
    for (const Persona& p : persone) {
        Dipendente d;
        d.id = p.id;
        d.categoria = p.categoria;
        if (p.part_time != 100'00) d.part_time = Percentuale::da_centesimi(p.part_time);
        d.assegnazioni.push_back({"s1", Data::da_parti(anno, 1, 1).value(), Data::da_parti(anno, 12, 31).value()});
        if (p.contraddittorio_aperto) d.contraddittorio = Contraddittorio{};
        c.personale.dipendenti.push_back(std::move(d));
        PunteggioDipendente s;
        s.id = p.id;
        s.categoria = p.categoria;
        s.profilo = p.profilo ? "dipendenti" : "";
        s.giorni = p.giorni;
        s.valutato = p.valutato && p.profilo;
        if (!s.valutato) s.motivo = p.profilo ? "30 giorni di servizio nel 2024, meno dei 60 richiesti dallo SMVP"
                                              : "nessun profilo dello SMVP per la categoria istruttore";
        if (s.valutato) {
            s.totale = Punti::da_centesimi(p.totale);
            s.quota_premio = Percentuale::da_centesimi(p.quota);
            s.fascia = p.quota > 0 ? "A" : "D";
            s.completo = p.completo;
        }
        c.punteggi.push_back(std::move(s));
    }
    return c;
}

Relazione validata(int anno = 2024) {
    Relazione r;
    r.anno = anno;
    r.valutazione_ndv.emplace();
    r.valutazione_ndv->validazione = Validazione{EsitoValidazione::validata, std::nullopt};
    return r;
}

CriteriPremi criteri(std::int64_t fondo, std::int64_t soglia = 60'00) {
    CriteriPremi c;
    c.fondo = Importo::da_centesimi(fondo);
    c.soglia_valutazione_positiva = Punti::da_centesimi(soglia);
    return c;
}

CriteriPremi con_maggiorazione(CriteriPremi c, std::int64_t percentuale, std::int64_t quota) {
    c.maggiorazione = Maggiorazione{Percentuale::da_centesimi(percentuale), Percentuale::da_centesimi(quota)};
    return c;
}

RipartizionePersonale ripartisci(const Caso& c, const CriteriPremi& k, const Relazione& r = validata()) {
    auto e = ripartisci_premi_personale(c.personale, c.punteggi, r, k);
    INFO(e.error().motivo);
    REQUIRE(e.has_value());
    return std::move(e).value();
}

std::int64_t somma(const RipartizionePersonale& r) {
    std::int64_t s = r.non_distribuito.centesimi();
    for (const auto& a : r.assegnazioni) s += a.importo.centesimi();
    return s;
}

std::int64_t c(Importo i) { return i.centesimi(); }

// Ten people: "a" with 95, nine with 90, everyone full time all of 2024.
std::vector<Persona> dieci(std::int64_t primo = 95'00, std::int64_t secondo = 90'00) {
    std::vector<Persona> v{{"a", primo}, {"b", secondo}};
    for (char x = 'c'; x <= 'j'; ++x) v.push_back({std::string(1, x), 90'00});
    return v;
}

} // namespace

TEST_CASE("premi personale: the increase rounds up to the cent and is never below p % of the mean base") {
    // F = 1.000,00 € = 100000 cents, p = 30, quota 10 %, n = 10: K = floor(10 × 10 / 100) = 1,
    // the first (95) is above the second (90): K' = 1.
    // M = 30 × 100000 / (100 × 10 + 30 × 1) = 3000000 / 1030 = 2912,62… → up: 2913 cents.
    // (2912 would be below 30 % of the mean base: 0,3 × (100000 − 2912) / 10 = 2912,64.)
    // B = 100000 − 2913 = 97087; weights 95 and 9 × 90, Σ = 905:
    //   a: 97087 × 95 / 905 = 10191, remainder 410;  others: 97087 × 90 / 905 = 9655, remainder 55.
    //   Σ floors = 10191 + 9 × 9655 = 97086: the last cent to the largest remainder, a → 10192.
    // a: 10192 + 2913 = 13105 = 131,05 €; the others 96,55 €; 13105 + 9 × 9655 = 100000.
    const Caso k = caso(dieci());
    const auto r = ripartisci(k, con_maggiorazione(criteri(100000), 30'00, 10'00));
    CHECK(c(r.maggiorazione.importo) == 2913);
    CHECK(r.maggiorazione.beneficiari == std::vector<std::string>{"a"});
    CHECK(c(r.assegnazioni[0].base) == 10192);
    CHECK(c(r.assegnazioni[0].maggiorazione) == 2913);
    CHECK(c(r.assegnazioni[0].importo) == 13105);
    for (std::size_t i = 1; i < 10; ++i) CHECK(c(r.assegnazioni[i].importo) == 9655);
    CHECK(c(r.non_distribuito) == 0);
    CHECK(somma(r) == 100000);
    CHECK(r.positivi == 10);
    CHECK(r.rilievi.empty());
    CHECK(r.assegnazioni[0].spiegazione ==
          "quota base: 970,87 € × 1,00 × 100% × 95,00 × 100% × 366/366 / 905,00 = 101,91 € + 0,01 € (resti più "
          "alti) = 101,92 €; maggiorazione: 29,13 € (30% del premio medio, art. 81 c.2 CCNL Funzioni Locali "
          "16.11.2022); importo: 131,05 €");
    CHECK(r.assegnazioni[1].spiegazione ==
          "quota base: 970,87 € × 1,00 × 100% × 90,00 × 100% × 366/366 / 905,00 = 96,55 €");
}

TEST_CASE("premi personale: a tie at the cap leaves every tied person out, K' = 0") {
    // n = 10, quota 10 %: K = 1; the 1st and the 2nd both have 95: nobody with 95 gets it,
    // and nobody is above 95: K' = 0. The whole fund is the base: weights 95, 95, 8 × 90, Σ = 910.
    // 100000 × 95 / 910 = 10439,56 → 10439 (remainder 510); 100000 × 90 / 910 = 9890,10 → 9890 (remainder 90).
    // Σ floors = 2 × 10439 + 8 × 9890 = 99998: a and b (remainder 510) get a cent each → 10440.
    const Caso k = caso(dieci(95'00, 95'00));
    const auto r = ripartisci(k, con_maggiorazione(criteri(100000), 30'00, 10'00));
    CHECK(c(r.maggiorazione.importo) == 0);
    CHECK(r.maggiorazione.beneficiari.empty());
    CHECK(c(r.assegnazioni[0].importo) == 10440);
    CHECK(c(r.assegnazioni[1].importo) == 10440);
    CHECK(c(r.assegnazioni[2].importo) == 9890);
    CHECK(somma(r) == 100000);
    REQUIRE(r.rilievi.size() == 3);
    CHECK(r.rilievi[0].codice == "MAGGIORAZIONE_NON_ATTRIBUITA");
    CHECK(r.rilievi[0].percorso == "/dipendenti");
    CHECK(r.rilievi[0].gravita == Gravita::avviso);
    CHECK(r.rilievi[0].messaggio == "Maggiorazione non attribuita: i primi 1 posto (10% di 10 dipendenti valutati "
                                    "positivamente) sono a pari merito con chi li segue, con 95,00 punti");
    CHECK(r.rilievi[1].codice == "MAGGIORAZIONE_PARITA");
    CHECK(r.rilievi[1].percorso == "/dipendenti/0");
    CHECK(r.rilievi[2].percorso == "/dipendenti/1");
    CHECK(r.rilievi[1].messaggio ==
          "Maggiorazione non attribuita a a: il punteggio 95,00 è a pari merito al limite di 1 posto (10% di 10 "
          "dipendenti valutati positivamente): a parità di valutazione nessuno con quel punteggio la riceve");
    CHECK(r.rilievi[1].norma == norma_maggiorazione);
}

TEST_CASE("premi personale: a tie at the cap below someone ranked higher: K' counts those strictly above") {
    // n = 10, quota 20 %: K = 2; 98 (a), then 95 (b) and 95 (c): the 2nd and 3rd are tied, K' = 1 (a only).
    // M = 30 × 100000 / (100 × 10 + 30 × 1) → 2913, as in the first case.
    std::vector<Persona> v = dieci(98'00, 95'00);
    v[2].totale = 95'00;
    const auto r = ripartisci(caso(v), con_maggiorazione(criteri(100000), 30'00, 20'00));
    CHECK(c(r.maggiorazione.importo) == 2913);
    CHECK(r.maggiorazione.beneficiari == std::vector<std::string>{"a"});
    REQUIRE(r.rilievi.size() == 2);
    CHECK(r.rilievi[0].percorso == "/dipendenti/1");
    CHECK(r.rilievi[1].percorso == "/dipendenti/2");
    CHECK(somma(r) == 100000);
}

TEST_CASE("premi personale: K = 0 when the quota gives less than one person") {
    // n = 3, quota 10 %: K = floor(0,3) = 0. Equal weights: 100,00 € / 3 = 3333 each, remainder 1 each;
    // the one cent left goes by id: "a".
    const auto r = ripartisci(caso({{"b", 80'00}, {"a", 80'00}, {"c", 80'00}}),
                              con_maggiorazione(criteri(10000), 30'00, 10'00));
    CHECK(c(r.maggiorazione.importo) == 0);
    CHECK(c(r.assegnazioni[1].importo) == 3334);
    CHECK(c(r.assegnazioni[0].importo) == 3333);
    CHECK(c(r.assegnazioni[2].importo) == 3333);
    REQUIRE(r.rilievi.size() == 1);
    CHECK(r.rilievi[0].codice == "MAGGIORAZIONE_NON_ATTRIBUITA");
    CHECK(r.rilievi[0].messaggio ==
          "Maggiorazione non attribuita: il 10% di 3 dipendenti valutati positivamente è meno di una persona");
}

TEST_CASE("premi personale: a part-timer and a person hired in March weigh by their share and days") {
    // 2024 has 366 days. x: full time all year (366); y: 50 % all year (366 × 0,5 = 183); z: hired on
    // 1 March 2024 (366 − 31 − 29 = 306 days). Same total, share, parameter: weights 366 : 183 : 306, Σ 855.
    // F = 100000: x 36600000 / 855 = 42807 (rem. 15), y 18300000 / 855 = 21403 (rem. 435),
    // z 30600000 / 855 = 35789 (rem. 405); Σ = 99999, the cent to y → 21404.
    const auto r = ripartisci(caso({{"x", 80'00}, {"y", 80'00, 100'00, 366, 50'00}, {"z", 80'00, 100'00, 306}}),
                              criteri(100000));
    CHECK(c(r.assegnazioni[0].importo) == 42807);
    CHECK(c(r.assegnazioni[1].importo) == 21404);
    CHECK(c(r.assegnazioni[2].importo) == 35789);
    CHECK(somma(r) == 100000);
    // Σ weights in the explanation's units: 80 × (1 + 0,5 + 306/366) = 186,89…
    CHECK(r.assegnazioni[1].spiegazione == "quota base: 1.000,00 € × 1,00 × 100% × 80,00 × 50% × 366/366 / 186,89 = "
                                           "214,03 € + 0,01 € (resti più alti) = 214,04 €");
    CHECK(r.assegnazioni[2].spiegazione ==
          "quota base: 1.000,00 € × 1,00 × 100% × 80,00 × 100% × 306/366 / 186,89 = 357,89 €");
}

TEST_CASE("premi personale: a category without a parameter has parameter 1") {
    // istruttore 1,1, operatore not listed (1): weights 110 : 100 of 210,00 € → 110,00 € and 100,00 €.
    CriteriPremi k = criteri(21000);
    k.parametri_categoria = std::vector<ParametroCategoria>{{Categoria::istruttore, Peso::da_centesimi(110)}};
    Persona a{"a", 80'00}, b{"b", 80'00};
    b.categoria = Categoria::operatore;
    const auto r = ripartisci(caso({a, b}), k);
    CHECK(c(r.assegnazioni[0].importo) == 11000);
    CHECK(c(r.assegnazioni[1].importo) == 10000);
    CHECK(r.assegnazioni[0].spiegazione.find("210,00 € × 1,10 ×") != std::string::npos);
    CHECK(r.assegnazioni[1].spiegazione.find("210,00 € × 1,00 ×") != std::string::npos);
}

TEST_CASE("premi personale: nobody positively evaluated: the whole fund undistributed, each with the reason") {
    // Below the threshold, in a band with share 0, not evaluated: nobody weighs; no increase finding (n = 0).
    Persona sotto{"a", 59'99}, zero{"b", 70'00, 0}, assente{"c", 0};
    assente.valutato = false;
    const auto r = ripartisci(caso({sotto, zero, assente}), con_maggiorazione(criteri(500000), 30'00, 50'00));
    CHECK(c(r.non_distribuito) == 500000);
    for (const auto& a : r.assegnazioni) CHECK(c(a.importo) == 0);
    CHECK(r.rilievi.empty());
    CHECK(r.positivi == 0);
    CHECK(r.valutati == 2);
    CHECK(r.assegnazioni[0].spiegazione ==
          "nessun premio: punteggio 59,99 sotto la soglia di valutazione positiva (60,00)");
    CHECK(r.assegnazioni[1].spiegazione == "nessun premio: fascia D con quota del premio 0%");
    CHECK(r.assegnazioni[2].spiegazione ==
          "nessun premio: non valutato (30 giorni di servizio nel 2024, meno dei 60 richiesti dallo SMVP)");
}

TEST_CASE("premi personale: every refusal says why, under which norm, and whom") {
    const Caso buono = caso({{"a", 80'00}, {"b", 70'00}});
    const CriteriPremi k = criteri(100000);
    SECTION("no valutazione_ndv at all") {
        Relazione r = validata();
        r.valutazione_ndv.reset();
        const auto e = ripartisci_premi_personale(buono.personale, buono.punteggi, r, k);
        REQUIRE(!e.has_value());
        CHECK(e.error().motivo == "la Relazione non ha la validazione del Nucleo di Valutazione o dell'OIV: nessun "
                                  "premio può essere erogato");
        CHECK(e.error().norma == "art. 14 c.6 D.Lgs. 150/2009");
        CHECK(e.error().dipendenti.empty());
    }
    SECTION("a valutazione_ndv without validazione: absent counts as not validated") {
        Relazione r = validata();
        r.valutazione_ndv->validazione.reset();
        r.valutazione_ndv->organo = OrganoValutazione::oiv;
        const auto e = ripartisci_premi_personale(buono.personale, buono.punteggi, r, k);
        REQUIRE(!e.has_value());
        CHECK(e.error().motivo == "la Relazione non ha la validazione dell'OIV: nessun premio può essere erogato");
        CHECK(e.error().norma == "art. 14 c.6 D.Lgs. 150/2009");
    }
    SECTION("non_validata") {
        Relazione r = validata();
        r.valutazione_ndv->validazione->esito = EsitoValidazione::non_validata;
        const auto e = ripartisci_premi_personale(buono.personale, buono.punteggi, r, k);
        REQUIRE(!e.has_value());
        CHECK(e.error().motivo ==
              "la Relazione non è stata validata dal Nucleo di Valutazione: nessun premio può essere erogato");
        CHECK_THROWS_WITH(e.value(), "la Relazione non è stata validata dal Nucleo di Valutazione: nessun premio può "
                                     "essere erogato (art. 14 c.6 D.Lgs. 150/2009)");
    }
    SECTION("another year") {
        const auto e = ripartisci_premi_personale(buono.personale, buono.punteggi, validata(2023), k);
        REQUIRE(!e.has_value());
        CHECK(e.error().motivo == "il documento del personale è dell'anno 2024, la Relazione del 2023: i premi si "
                                  "ripartiscono sulla Relazione validata dello stesso anno");
    }
    SECTION("no profile, an incomplete score, an open review: one refusal naming each, every person listed") {
        Persona senza{"p1", 0}, incompleto{"p2", 80'00}, aperto{"p3", 80'00}, ok{"p4", 80'00}, entrambi{"p5", 80'00};
        senza.profilo = false;
        incompleto.completo = false;
        aperto.contraddittorio_aperto = true;
        entrambi.completo = false;
        entrambi.contraddittorio_aperto = true;
        const Caso x = caso({senza, incompleto, aperto, ok, entrambi});
        const auto e = ripartisci_premi_personale(x.personale, x.punteggi, validata(), k);
        REQUIRE(!e.has_value());
        CHECK(e.error().dipendenti == std::vector<std::string>{"p1", "p2", "p3", "p5"});
        CHECK(e.error().motivo ==
              "1 dipendente senza un profilo dello SMVP per la propria categoria (p1); 2 dipendenti con una "
              "valutazione incompleta (p2, p5); 2 dipendenti con un contraddittorio aperto (p3, p5): ogni importo "
              "dipende da tutte le valutazioni, nessun premio può essere ripartito");
        CHECK(e.error().norma ==
              "art. 7 D.Lgs. 150/2009; art. 9 c.2 D.Lgs. 150/2009; art. 7 c.3 lett. b D.Lgs. 150/2009");
    }
    SECTION("criteria built in code below the contract's floor") {
        const auto e = ripartisci_premi_personale(buono.personale, buono.punteggi, validata(),
                                                  con_maggiorazione(k, 20'00, 10'00));
        REQUIRE(!e.has_value());
        CHECK(e.error().motivo.find("i criteri di ripartizione non sono validi: /maggiorazione/percentuale: attesa "
                                    "una maggiorazione di almeno il 30%") == 0);
    }
    SECTION("scores and people of different documents") {
        std::vector<PunteggioDipendente> uno(buono.punteggi.begin(), buono.punteggi.begin() + 1);
        CHECK_THROWS_AS(ripartisci_premi_personale(buono.personale, uno, validata(), k), std::invalid_argument);
    }
}

TEST_CASE("premi personale: the whole chain from the documents, and an SMVP that is not valid refused") {
    const auto r = json::decodifica_relazione(
        R"({"formato":"perfpa.relazione/1","anno":2024,"ente":{"denominazione":"Comune di Prova"},"settori":[)"
        R"({"id":"s1","denominazione":"Uno","responsabile":{"nome":"A"},"peso":30,"obiettivi":[)"
        R"({"id":"s1-1","descrizione":"x","peso":30,"indicatori":[{"descrizione":"i","misura":"binaria","valore_atteso":true,"valore_realizzato":true}]}]}],)"
        R"("performance_organizzativa":{"peso":40,"valore_realizzato":30},)"
        R"("valutazione_ndv":{"organo":"nucleo_di_valutazione","validazione":{"esito":"validata"}}})");
    REQUIRE(r.has_value());
    const auto s = json::decodifica_smvp(
        R"({"formato":"perfpa.smvp/1","pesi":{"performance_organizzativa":40,"obiettivi_individuali":30,"comportamenti":30},)"
        R"("giudizi":{"pienamente_raggiunto":100,"raggiunto":100,"parzialmente_raggiunto":50,"non_raggiunto":0},)"
        R"("fasce":[{"nome":"A","da":90,"quota_premio":100},{"nome":"B","da":60,"quota_premio":80},{"nome":"D","da":0,"quota_premio":0}],)"
        R"("comportamenti":[{"id":"collaborazione","descrizione":"c"}],"scala_comportamenti":{"minimo":1,"massimo":5},)"
        R"("giorni_minimi_valutazione":60,"profili":[{"id":"dipendenti","categorie":["istruttore","operatore"],)"
        R"("pesi":{"performance_organizzativa":20,"obiettivi_individuali":40,"comportamenti":40},)"
        R"("pesi_comportamenti":[{"comportamento":"collaborazione","peso":100}]}]})");
    REQUIRE(s.has_value());
    // a: 20 × 75 % = 15 + 40 × 100 % = 40 + 40 × 5/5 = 40 → 95 (A, 100 %); b: 15 + 40 + 40 × 3/5 = 24 → 79 (B, 80 %);
    // c: hired on 1 December: 31 days, fewer than 60: not evaluated.
    const auto p = json::decodifica_personale(
        R"({"formato":"perfpa.personale/1","anno":2024,"ente":"Comune di Prova","dipendenti":[)"
        R"({"id":"a","categoria":"istruttore","assegnazioni":[{"settore":"s1","dal":"2024-01-01","al":"2024-12-31"}],)"
        R"("comportamenti":[{"comportamento":"collaborazione","punteggio":5}]},)"
        R"({"id":"b","categoria":"operatore","assegnazioni":[{"settore":"s1","dal":"2024-01-01","al":"2024-12-31"}],)"
        R"("comportamenti":[{"comportamento":"collaborazione","punteggio":3}]},)"
        R"({"id":"c","categoria":"operatore","assegnazioni":[{"settore":"s1","dal":"2024-12-01","al":"2024-12-31"}]}]})");
    INFO((p ? std::string() : p.error().testo()));
    REQUIRE(p.has_value());
    // Weights 100 % × 95 = 9500 and 80 % × 79 = 6320, Σ 15820: 1.000,00 € → a 100000 × 9500 / 15820 =
    // 60050,56 → 60050 (rem. 8800), b 100000 × 6320 / 15820 = 39949,43 → 39949 (rem. 7000); a gets the cent.
    const auto e = ripartisci_premi_personale(*p, *r, *s, criteri(100000));
    INFO(e.error().motivo);
    REQUIRE(e.has_value());
    CHECK(c(e->assegnazioni[0].importo) == 60051);
    CHECK(c(e->assegnazioni[1].importo) == 39949);
    CHECK(c(e->assegnazioni[2].importo) == 0);
    CHECK(!e->assegnazioni[2].valutato);
    Smvp sbagliato = *s;
    sbagliato.pesi.comportamenti = Punti::interi(20);
    const auto rifiuto = ripartisci_premi_personale(*p, *r, sbagliato, criteri(100000));
    REQUIRE(!rifiuto.has_value());
    CHECK(rifiuto.error().norma == "art. 7 D.Lgs. 150/2009");
    CHECK(rifiuto.error().motivo.find("lo SMVP non è valido") == 0);
}

TEST_CASE("premi personale: properties on 100,000 generated splits") {
    std::mt19937_64 g(20241203);
    auto tra = [&](std::int64_t a, std::int64_t b) { return std::uniform_int_distribution<std::int64_t>(a, b)(g); };
    const std::vector<std::int64_t> totali{60'00, 70'00, 75'50, 80'00, 85'50, 90'00, 95'00, 100'00, 40'00};
    const std::vector<std::int64_t> quote{100'00, 80'00, 50'00, 0};
    const std::vector<Categoria> categorie{Categoria::operatore, Categoria::istruttore, Categoria::funzionario};
    CriteriPremi base = criteri(0);
    base.parametri_categoria = std::vector<ParametroCategoria>{{Categoria::istruttore, Peso::da_centesimi(110)},
                                                               {Categoria::funzionario, Peso::da_centesimi(120)}};
    const Relazione relazione = validata();
    int controllati = 0, con_maggiorazione_attribuita = 0;
    for (int giro = 0; giro < 100'000; ++giro) {
        const auto n = static_cast<std::size_t>(tra(1, 12));
        std::vector<Persona> persone;
        for (std::size_t i = 0; i < n; ++i) {
            Persona p{"p" + std::to_string(i), totali[static_cast<std::size_t>(tra(0, 8))]};
            p.quota = quote[static_cast<std::size_t>(tra(0, 3))];
            p.giorni = static_cast<int>(tra(60, 366));
            p.part_time = tra(0, 3) == 0 ? tra(1, 100) * 100 : 100'00;
            p.categoria = categorie[static_cast<std::size_t>(tra(0, 2))];
            persone.push_back(p);
        }
        CriteriPremi k = base;
        k.fondo = Importo::da_centesimi(tra(static_cast<std::int64_t>(n) * 100, 100'000'000));
        if (tra(0, 3) != 0) k.maggiorazione = Maggiorazione{Percentuale::da_centesimi(tra(30, 100) * 100),
                                                           Percentuale::da_centesimi(tra(1, 100) * 100)};
        const Caso x = caso(persone);
        const auto e = ripartisci_premi_personale(x.personale, x.punteggi, relazione, k, false);
        REQUIRE(e.has_value());
        const RipartizionePersonale& r = *e;
        // The cents add up to the fund.
        REQUIRE(somma(r) == k.fondo.centesimi());
        // The weights, as the split defines them, to compare people.
        std::vector<std::int64_t> peso(n, 0);
        std::int64_t base_pagata = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const auto& a = r.assegnazioni[i];
            REQUIRE(a.importo == a.base + a.maggiorazione);
            base_pagata += a.base.centesimi();
            if (!a.positivo) continue;
            const std::int64_t par = persone[i].categoria == Categoria::istruttore    ? 110
                                     : persone[i].categoria == Categoria::funzionario ? 120
                                                                                      : 100;
            peso[i] = par * persone[i].quota * persone[i].totale * persone[i].part_time * persone[i].giorni;
        }
        // Beneficiaries never above the cap; M at least p % of the mean base actually paid.
        if (k.maggiorazione && r.positivi > 0) {
            const std::int64_t cap = r.positivi * k.maggiorazione->quota_massima.centesimi() / 100'00;
            REQUIRE(static_cast<std::int64_t>(r.maggiorazione.beneficiari.size()) <= cap);
            if (!r.maggiorazione.beneficiari.empty()) {
                ++con_maggiorazione_attribuita;
                REQUIRE(Intero128{100'00} * r.positivi * r.maggiorazione.importo.centesimi() >=
                        Intero128{k.maggiorazione->percentuale.centesimi()} * base_pagata);
            }
        } else {
            REQUIRE(r.maggiorazione.beneficiari.empty());
        }
        // Equal weights within one cent; a higher weight never a lower base.
        // (One assertion per split: Catch2's per-assertion cost would dominate the run in Debug.)
        bool equo = true;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j) {
                const std::int64_t bi = c(r.assegnazioni[i].base), bj = c(r.assegnazioni[j].base);
                if (peso[i] == peso[j] && (bi - bj > 1 || bj - bi > 1)) equo = false;
                if (peso[i] > peso[j] && bi < bj) equo = false;
            }
        INFO("giro " << giro);
        REQUIRE(equo);
        // The order of the people does not matter (only their ids do).
        if (giro % 4 == 0) {
            std::vector<Persona> mescolate = persone;
            std::shuffle(mescolate.begin(), mescolate.end(), g);
            const Caso y = caso(mescolate);
            const auto f = ripartisci_premi_personale(y.personale, y.punteggi, relazione, k, false);
            REQUIRE(f.has_value());
            std::map<std::string, AssegnazionePersonale> per_id;
            for (const auto& a : f->assegnazioni) per_id[a.id] = a;
            for (const auto& a : r.assegnazioni) REQUIRE(per_id.at(a.id) == a);
            REQUIRE(f->maggiorazione.importo == r.maggiorazione.importo);
            REQUIRE(f->non_distribuito == r.non_distribuito);
            std::vector<std::string> b1 = r.maggiorazione.beneficiari, b2 = f->maggiorazione.beneficiari;
            std::sort(b1.begin(), b1.end());
            std::sort(b2.begin(), b2.end());
            REQUIRE(b1 == b2);
        }
        ++controllati;
    }
    CHECK(controllati == 100'000);
    // The generator reaches the increase often enough for its properties to be tested.
    CHECK(con_maggiorazione_attribuita > 10'000);
}

TEST_CASE("premi personale: the publication table (personale.md §5), no personal data") {
    // The first case's split: a 131,05 €, nine at 96,55 €; all in band A, istruttore; M = 29,13 € to one.
    const auto r = ripartisci(caso(dieci()), con_maggiorazione(criteri(100000), 30'00, 10'00));
    const PubblicazionePremi p = pubblicazione_premi(r);
    CHECK(p.fondo == Importo::euro(1000));
    CHECK(p.distribuito == Importo::euro(1000));
    CHECK(p.non_distribuito == Importo{});
    REQUIRE(p.fasce.size() == 1);
    // Total 1.000,00 €, mean 100,00 €, minimum 96,55 €, maximum 131,05 €.
    CHECK(p.fasce[0] == RigaPubblicazione{"A", 10, Importo::euro(1000), Importo::euro(100), Importo::da_centesimi(9655),
                                          Importo::da_centesimi(13105)});
    REQUIRE(p.categorie.size() == 1);
    CHECK(p.categorie[0].nome == "istruttore");
    CHECK(p.valutati == 10);
    CHECK(p.positivi == 10);
    CHECK(p.con_maggiorazione == 1);
    CHECK(p.maggiorazione == Importo::da_centesimi(2913));
    // Everyone evaluated is in the band with the highest share: 100 %; 131,05 / 100,00 = 1,3105 → 1,31.
    CHECK(p.quota_fascia_piu_alta == Percentuale::interi(100));
    CHECK(p.rapporto_massimo_medio == 131);
    const std::string md = testo_pubblicazione_premi(p);
    CHECK(md.find("| A | 10 | 1.000,00 € | 100,00 € | 96,55 € | 131,05 € |") != std::string::npos);
    CHECK(md.find("maggiorazione (art. 81 CCNL Funzioni Locali 16.11.2022): 1 dipendente, 29,13 € ciascuno") !=
          std::string::npos);
    CHECK(md.find("grado di differenziazione: 100,00% dei valutati nella fascia con la quota più alta; importo "
                  "massimo / importo medio dei premiati: 1,31") != std::string::npos);
    const std::string js = json::codifica_pubblicazione_premi(p);
    CHECK(js == R"({"formato":"perfpa.pubblicazione_premi/1","fondo":"1000.00","distribuito":"1000.00",)"
                R"("non_distribuito":"0.00","fasce":[{"nome":"A","persone":10,"totale":"1000.00","medio":"100.00",)"
                R"("minimo":"96.55","massimo":"131.05"}],"categorie":[{"nome":"istruttore","persone":10,)"
                R"("totale":"1000.00","medio":"100.00","minimo":"96.55","massimo":"131.05"}],"dipendenti":10,)"
                R"("valutati":10,"valutati_positivamente":10,"maggiorazione":{"beneficiari":1,"importo":"29.13"},)"
                R"("differenziazione":{"quota_fascia_piu_alta":100,"massimo_su_medio":1.31}})");
    // No id of the staff document appears.
    for (const auto& a : r.assegnazioni) CHECK(js.find('"' + a.id + '"') == std::string::npos);
    // Bands by name, categories in the CCNL's order; the mean rounded half away from zero: 100,00 / 3 = 33,33.
    std::vector<Persona> v{{"x", 95'00}, {"y", 80'00, 80'00}, {"z", 50'00, 0}};
    v[1].categoria = Categoria::funzionario;
    const auto q = pubblicazione_premi(ripartisci(caso(v), criteri(10000)));
    REQUIRE(q.fasce.size() == 2);
    CHECK(q.fasce[0].nome == "A");
    CHECK(q.fasce[1].nome == "D");
    REQUIRE(q.categorie.size() == 2);
    CHECK(q.categorie[0].nome == "funzionario");
    CHECK(q.categorie[1].nome == "istruttore");
    CHECK(q.categorie[1].persone == 2);
    // x: 9500, y: 80 % × 80 = 6400 of 15900: x 5974,8… → 5975, y 4025,1… → 4025; z 0.
    CHECK(q.categorie[1].totale == Importo::da_centesimi(5975));
    CHECK(q.categorie[1].media == Importo::da_centesimi(2988)); // 5975 / 2 = 2987,5 → 2988
    // 1 of 3 evaluated in the band with share 100 %: 33,33 %; 5975 × 2 / 10000 = 1,195 → 1,20.
    CHECK(q.quota_fascia_piu_alta == Percentuale::da_centesimi(3333));
    CHECK(q.rapporto_massimo_medio == 120);
}

} // namespace prova_scoring_premi_personale
