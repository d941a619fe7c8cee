// calcola_punteggi_personale (personale.md §3): each rule at its boundaries,
// with the expected figures worked out by hand in the comments.
#include "catch2.hpp"

#include <perfpa/json.hpp>
#include <perfpa/checks/personale.hpp>
#include <perfpa/eccezioni.hpp>
#include <perfpa/scoring/calcolatore_personale.hpp>
#include <perfpa/scoring/personale.hpp>

#include <cstring>
#include <string>
#include <vector>

using namespace perfpa;

namespace {

// Three settori of a 2024 Relazione, their degrees by personale.md §3:
//   s1: (20×100 + 10×50) / 30 = 83,33
//   s2: s2-1 neutralised, the degree of s2-2 = 70,00
//   s3: its only objective has no degree: (30×0) / 30 = 0,00, not evaluated inside
// and the organisational degree 30 / 40 = 75 %.
const std::string relazione_2024 =
    R"({"formato":"perfpa.relazione/1","anno":2024,"ente":{"denominazione":"Comune di Prova"},"settori":[)"
    R"({"id":"s1","denominazione":"Uno","responsabile":{"nome":"A"},"peso":30,"obiettivi":[)"
    R"({"id":"s1-1","descrizione":"x","peso":20,"indicatori":[{"descrizione":"i","misura":"binaria","valore_atteso":true}]},)"
    R"({"id":"s1-2","descrizione":"x","peso":10,"indicatori":[{"descrizione":"i","misura":"binaria","valore_atteso":true}]}]},)"
    R"({"id":"s2","denominazione":"Due","responsabile":{"nome":"B"},"peso":30,"obiettivi":[)"
    R"({"id":"s2-1","descrizione":"x","peso":20,"indicatori":[{"descrizione":"i","misura":"binaria","valore_atteso":true}]},)"
    R"({"id":"s2-2","descrizione":"x","peso":10,"indicatori":[{"descrizione":"i","misura":"binaria","valore_atteso":true}]}]},)"
    R"({"id":"s3","denominazione":"Tre","responsabile":{"nome":"C"},"peso":30,"obiettivi":[)"
    R"({"id":"s3-1","descrizione":"x","peso":30,"indicatori":[{"descrizione":"i","misura":"binaria","valore_atteso":true}]}]}],)"
    R"("performance_organizzativa":{"peso":40,"valore_realizzato":30},)"
    R"("valutazione_ndv":{"organo":"nucleo_di_valutazione","valutazioni_individuali":[)"
    R"({"settore":"s1","obiettivi":[{"obiettivo":"s1-1","grado_raggiungimento":100},{"obiettivo":"s1-2","grado_raggiungimento":50}]},)"
    R"({"settore":"s2","obiettivi":[{"obiettivo":"s2-1","neutralizzato":true,"motivazione":"alluvione"},)"
    R"({"obiettivo":"s2-2","grado_raggiungimento":70}]}]}})";

// Profile "dipendenti": W 20/40/40, behaviours 50/50, SMVP's bands (A from 90,
// D from 0); profile "eq": W 30/40/30, behaviours 60/40, its own bands (A
// from 90, B from 0 with share 50). Scale 1–5, at least 60 days.
const std::string smvp_profili =
    R"({"formato":"perfpa.smvp/1",)"
    R"("pesi":{"performance_organizzativa":40,"obiettivi_individuali":30,"comportamenti":30},)"
    R"("giudizi":{"pienamente_raggiunto":100,"raggiunto":100,"parzialmente_raggiunto":50,"non_raggiunto":0},)"
    R"("fasce":[{"nome":"A","da":90,"quota_premio":100},{"nome":"D","da":0,"quota_premio":20}],)"
    R"("comportamenti":[{"id":"collaborazione","descrizione":"c"},{"id":"autonomia","descrizione":"a"},)"
    R"({"id":"leadership","descrizione":"l"}],)"
    R"("scala_comportamenti":{"minimo":1,"massimo":5},"giorni_minimi_valutazione":60,"profili":[)"
    R"({"id":"dipendenti","categorie":["funzionario","istruttore","operatore_esperto","operatore"],)"
    R"("pesi":{"performance_organizzativa":20,"obiettivi_individuali":40,"comportamenti":40},)"
    R"("pesi_comportamenti":[{"comportamento":"collaborazione","peso":50},{"comportamento":"autonomia","peso":50}]},)"
    R"({"id":"eq","categorie":["elevata_qualificazione"],)"
    R"("pesi":{"performance_organizzativa":30,"obiettivi_individuali":40,"comportamenti":30},)"
    R"("pesi_comportamenti":[{"comportamento":"leadership","peso":60},{"comportamento":"autonomia","peso":40}],)"
    R"("fasce":[{"nome":"A","da":90,"quota_premio":100},{"nome":"B","da":0,"quota_premio":50}]}]})";

std::string dipendente(const std::string& id, const std::string& categoria, const std::string& assegnazioni,
                       const std::string& resto = "") {
    return R"({"id":")" + id + R"(","categoria":")" + categoria + R"(","assegnazioni":[)" + assegnazioni + "]" +
           resto + "}";
}
std::string assegnazione(const std::string& settore, const std::string& dal, const std::string& al) {
    return R"({"settore":")" + settore + R"(","dal":")" + dal + R"(","al":")" + al + R"("})";
}
const std::string comportamenti_44 =
    R"(,"comportamenti":[{"comportamento":"collaborazione","punteggio":4},{"comportamento":"autonomia","punteggio":4}])";

std::vector<PunteggioDipendente> punteggi(const std::vector<std::string>& dipendenti, int anno = 2024,
                                          OpzioniPunteggi opzioni = {}, const std::string& smvp = smvp_profili) {
    std::string testo = R"({"formato":"perfpa.personale/1","anno":)" + std::to_string(anno) +
                        R"(,"ente":"Comune di Prova","dipendenti":[)";
    for (std::size_t i = 0; i < dipendenti.size(); ++i) testo += (i ? "," : "") + dipendenti[i];
    testo += "]}";
    const auto p = json::decodifica_personale(testo);
    INFO((p ? std::string() : p.error().testo()));
    REQUIRE(p.has_value());
    const auto r = json::decodifica_relazione(relazione_2024);
    INFO((r ? std::string() : r.error().testo()));
    REQUIRE(r.has_value());
    const auto s = json::decodifica_smvp(smvp);
    INFO((s ? std::string() : s.error().testo()));
    REQUIRE(s.has_value());
    return calcola_punteggi_personale(*p, *r, *s, opzioni);
}

Punti punti(std::int64_t centesimi) { return Punti::da_centesimi(centesimi); }

} // namespace

TEST_CASE("personale scoring: the days of a year, leap years and the year's edges") {
    auto g = [](int a1, int m1, int d1, int a2, int m2, int d2, int anno) {
        return detail::giorni_nell_anno(Data::da_parti(a1, m1, d1).value(), Data::da_parti(a2, m2, d2).value(), anno);
    };
    CHECK(g(2023, 1, 1, 2023, 12, 31, 2023) == 365);
    CHECK(g(2024, 1, 1, 2024, 12, 31, 2024) == 366);
    CHECK(g(2100, 1, 1, 2100, 12, 31, 2100) == 365); // a century, not a leap year
    CHECK(g(2000, 1, 1, 2000, 12, 31, 2000) == 366); // a fourth century, a leap year
    CHECK(g(2024, 2, 28, 2024, 3, 1, 2024) == 3);
    CHECK(g(2023, 2, 28, 2023, 3, 1, 2023) == 2);
    CHECK(g(2023, 11, 1, 2025, 1, 31, 2024) == 366); // across both edges
    CHECK(g(2023, 12, 31, 2024, 1, 1, 2024) == 1);
    CHECK(g(2023, 1, 1, 2023, 12, 31, 2024) == 0);
    CHECK(g(2024, 6, 5, 2024, 6, 5, 2024) == 1);
}

TEST_CASE("personale scoring: without objectives, the settori's degrees weighted by days") {
    const auto p = punteggi({dipendente("a", "istruttore",
                                        assegnazione("s1", "2024-01-01", "2024-06-30") + "," +
                                            assegnazione("s2", "2024-07-01", "2024-12-31"),
                                        comportamenti_44)});
    REQUIRE(p.size() == 1);
    const PunteggioDipendente& a = p[0];
    CHECK(a.id == "a");
    CHECK(a.profilo == "dipendenti");
    CHECK(a.giorni == 366);
    CHECK(a.valutato);
    // 20 × 30 / 40 = 15,00
    CHECK(a.performance_organizzativa.punti == punti(15'00));
    CHECK(a.performance_organizzativa.spiegazione == "performance organizzativa: 30 / 40 × 20 = 15,00");
    // 40 × (182 × 83,33 + 184 × 70) / (100 × 366) = 30,651… → 30,65
    CHECK(a.obiettivi_individuali.punti == punti(30'65));
    CHECK(a.obiettivi_individuali.spiegazione ==
          "obiettivi individuali, dai settori: (182×83,33 + 184×70) / (100 × 366) × 40 = 30,65; "
          "s1: (20×100 + 10×50) / 30 = 83,33; s2: grado dell'obiettivo s2-2 = 70,00");
    // 40 × (50×4 + 50×4) / (5 × 100) = 32,00
    CHECK(a.comportamenti.punti == punti(32'00));
    CHECK(a.comportamenti.spiegazione == "comportamenti: (50×4 + 50×4) / (5 × 100) × 40 = 32,00");
    CHECK(a.totale == punti(77'65));
    CHECK(a.fascia == "D");
    CHECK(a.quota_premio == Percentuale::interi(20));
    CHECK(a.completo);
    CHECK(a.definitivo);
    CHECK(spiegazione(a).at(3) == "totale: 15,00 + 30,65 + 32,00 = 77,65");
    CHECK(spiegazione(a).at(4) == "fascia: D (quota del premio 20%)");
}

TEST_CASE("personale scoring: a shared copy without a degree of its own counts with the degree it takes") {
    // s3-1, without a degree, shares T with s1-2 (50): s3's degree is 50, not 0 (ciclo.md §2).
    std::string testo = relazione_2024;
    for (const char* id : {R"("id":"s1-2","descrizione":"x",)", R"("id":"s3-1","descrizione":"x",)"}) {
        const std::size_t k = testo.find(id);
        REQUIRE(k != std::string::npos);
        testo.insert(k + std::strlen(id), R"("trasversale":"T",)");
    }
    const auto r = json::decodifica_relazione(testo);
    INFO((r ? std::string() : r.error().testo()));
    REQUIRE(r.has_value());
    const auto s = json::decodifica_smvp(smvp_profili);
    REQUIRE(s.has_value());
    REQUIRE(calcola_punteggi(*r, *s)[2].obiettivi[0].grado.grado == Percentuale::interi(50));
    const auto p = json::decodifica_personale(
        R"({"formato":"perfpa.personale/1","anno":2024,"ente":"Comune di Prova","dipendenti":[)" +
        dipendente("a", "istruttore", assegnazione("s3", "2024-01-01", "2024-12-31"), comportamenti_44) + "]}");
    REQUIRE(p.has_value());
    const auto a = calcola_punteggi_personale(*p, *r, *s);
    REQUIRE(a.size() == 1);
    // 40 × 366 × 50 / (100 × 366) = 20,00
    CHECK(a[0].obiettivi_individuali.punti == punti(20'00));
    CHECK(a[0].obiettivi_individuali.spiegazione.find("s3: grado dell'obiettivo s3-1 = 50,00") != std::string::npos);
}

TEST_CASE("personale scoring: the minimum days, exactly and one short, and a leap day") {
    const auto p = punteggi({
        dipendente("a", "operatore", assegnazione("s1", "2024-10-31", "2024-12-29"), comportamenti_44), // 1+30+29 = 60
        dipendente("b", "operatore", assegnazione("s1", "2024-11-03", "2024-12-31"), comportamenti_44), // 28+31 = 59
        dipendente("c", "operatore", assegnazione("s1", "2024-01-01", "2024-02-29"), comportamenti_44), // 31+29 = 60
        dipendente("d", "operatore", assegnazione("s1", "2023-11-01", "2024-03-01"), comportamenti_44), // 31+29+1 = 61
        // overlapping assignments count each day once: 1 Jan – 29 Feb = 60
        dipendente("e", "operatore",
                   assegnazione("s1", "2024-01-01", "2024-02-10") + "," + assegnazione("s2", "2024-02-01", "2024-02-29"),
                   comportamenti_44),
    });
    REQUIRE(p.size() == 5);
    CHECK(p[0].giorni == 60);
    CHECK(p[0].valutato);
    CHECK(p[0].motivo.empty());
    CHECK(p[1].giorni == 59);
    CHECK(!p[1].valutato);
    CHECK(p[1].motivo == "59 giorni di servizio nel 2024, meno dei 60 richiesti dallo SMVP");
    CHECK(!p[1].obiettivi_individuali.punti);
    CHECK(p[1].totale == Punti{});
    CHECK(spiegazione(p[1]) ==
          std::vector<std::string>{"non valutato: 59 giorni di servizio nel 2024, meno dei 60 richiesti dallo SMVP"});
    CHECK(p[2].giorni == 60);
    CHECK(p[2].valutato);
    CHECK(p[3].giorni == 61);
    // Only the days in 2024 weigh: 40 × 83,33 / 100 = 33,33
    CHECK(p[3].obiettivi_individuali.punti == punti(33'33));
    CHECK(p[4].giorni == 60);
    CHECK(p[4].valutato);
}

TEST_CASE("personale scoring: own and referenced objectives, a neutralised reference, own bands") {
    const auto p = punteggi({dipendente(
        "e", "elevata_qualificazione", assegnazione("s1", "2024-01-01", "2024-12-31"),
        R"(,"obiettivi":[{"id":"e-1","descrizione":"Proprio","peso":60,"grado_raggiungimento":80},)"
        R"({"obiettivo":"s2-1","peso":20},{"obiettivo":"s1-2","peso":40}],)"
        R"("comportamenti":[{"comportamento":"leadership","punteggio":5},{"comportamento":"autonomia","punteggio":5}])")});
    REQUIRE(p.size() == 1);
    const PunteggioDipendente& e = p[0];
    CHECK(e.profilo == "eq");
    // 30 × 30 / 40 = 22,50
    CHECK(e.performance_organizzativa.punti == punti(22'50));
    // s2-1 is neutralised: it leaves the sum with its weight. 40 × (60×80 + 40×50) / (100 × 100) = 27,20
    CHECK(e.obiettivi_individuali.punti == punti(27'20));
    CHECK(e.obiettivi_individuali.spiegazione ==
          "obiettivi individuali: (60×80 + 40×50) / 100 × 40 / 100 = 27,20; s2-1: neutralizzato nella Relazione "
          "(escluso)");
    // 30 × (60×5 + 40×5) / (5 × 100) = 30,00
    CHECK(e.comportamenti.punti == punti(30'00));
    CHECK(e.totale == punti(79'70));
    // The profile's own bands, not the SMVP's (which would give D, 20 %).
    CHECK(e.fascia == "B");
    CHECK(e.quota_premio == Percentuale::interi(50));
    CHECK(e.completo);
}

TEST_CASE("personale scoring: a concluded review replaces values, an open one keeps them and is not final") {
    const std::string valori =
        R"(,"obiettivi":[{"id":"f-1","descrizione":"Proprio","peso":100,"grado_raggiungimento":50}],)"
        R"("comportamenti":[{"comportamento":"collaborazione","punteggio":3},{"comportamento":"autonomia","punteggio":3}],)";
    const auto p = punteggi({
        dipendente("f", "istruttore", assegnazione("s1", "2024-01-01", "2024-12-31"),
                   valori + R"("contraddittorio":{"stato":"concluso","obiettivi":[{"id":"f-1","grado_raggiungimento":90}],)"
                            R"("comportamenti":[{"comportamento":"autonomia","punteggio":5}]})"),
        dipendente("g", "istruttore", assegnazione("s1", "2024-01-01", "2024-12-31"),
                   valori + R"("contraddittorio":{"stato":"aperto"})"),
        // The self-evaluation never changes a score.
        dipendente("h", "istruttore", assegnazione("s1", "2024-01-01", "2024-12-31"),
                   valori + R"("autovalutazione":{"comportamenti":[{"comportamento":"autonomia","punteggio":5}]})"),
    });
    REQUIRE(p.size() == 3);
    // 40 × 90 / 100 = 36,00; 40 × (50×3 + 50×5) / (5 × 100) = 32,00
    CHECK(p[0].obiettivi_individuali.punti == punti(36'00));
    CHECK(p[0].obiettivi_individuali.spiegazione ==
          "obiettivi individuali, dall'obiettivo f-1: 90,00 × 40 / 100 = 36,00; f-1: 90,00 dopo il contraddittorio");
    CHECK(p[0].comportamenti.punti == punti(32'00));
    CHECK(p[0].totale == punti(83'00));
    CHECK(p[0].definitivo);
    // 40 × 50 / 100 = 20,00; 40 × (50×3 + 50×3) / (5 × 100) = 24,00
    CHECK(p[1].obiettivi_individuali.punti == punti(20'00));
    CHECK(p[1].comportamenti.punti == punti(24'00));
    CHECK(p[1].totale == punti(59'00));
    CHECK(!p[1].definitivo);
    CHECK(p[1].completo);
    CHECK(spiegazione(p[1]).at(4) == "fascia: D (quota del premio 20%); contraddittorio aperto: non definitiva");
    CHECK(p[2].comportamenti.punti == punti(24'00));
    CHECK(p[2].definitivo);
}

TEST_CASE("personale scoring: what is missing counts 0 and makes the score incomplete") {
    const auto p = punteggi({
        // One behaviour of the profile without a score; a settore whose objective has no degree.
        dipendente("h", "istruttore", assegnazione("s3", "2024-01-01", "2024-12-31"),
                   R"(,"comportamenti":[{"comportamento":"collaborazione","punteggio":4}])"),
        // No behaviour scored at all; an own objective without a degree.
        dipendente("i", "istruttore", assegnazione("s1", "2024-01-01", "2024-12-31"),
                   R"(,"obiettivi":[{"id":"i-1","descrizione":"x","peso":50},)"
                   R"({"id":"i-2","descrizione":"y","peso":50,"grado_raggiungimento":100}])"),
        // No profile holds the category.
        dipendente("j", "dirigente", assegnazione("s1", "2024-01-01", "2024-12-31"), comportamenti_44),
        // An assignment to a settore not in the Relazione; objectives all of weight 0.
        dipendente("k", "istruttore", assegnazione("zz", "2024-01-01", "2024-12-31"), comportamenti_44),
        dipendente("l", "istruttore", assegnazione("s1", "2024-01-01", "2024-12-31"),
                   R"(,"obiettivi":[{"obiettivo":"s1-1","peso":0}])" + comportamenti_44),
    });
    REQUIRE(p.size() == 5);
    // 40 × (50×4 + 50×0) / (5 × 100) = 16,00
    CHECK(p[0].comportamenti.punti == punti(16'00));
    CHECK(p[0].comportamenti.spiegazione ==
          "comportamenti: (50×4 + 50×0) / (5 × 100) × 40 = 16,00; autonomia: non valutato (conta 0)");
    CHECK(p[0].obiettivi_individuali.punti == punti(0));
    CHECK(!p[0].completo);
    CHECK(!p[1].comportamenti.punti);
    // 40 × (50×0 + 50×100) / (100 × 100) = 20,00
    CHECK(p[1].obiettivi_individuali.punti == punti(20'00));
    CHECK(!p[1].completo);
    CHECK(p[1].totale == punti(35'00));
    CHECK(!p[2].valutato);
    CHECK(p[2].profilo.empty());
    CHECK(p[2].motivo == "nessun profilo dello SMVP per la categoria dirigente");
    CHECK(p[3].obiettivi_individuali.punti == punti(0));
    CHECK(!p[3].completo);
    CHECK(p[3].obiettivi_individuali.spiegazione ==
          "obiettivi individuali, dal settore zz: 0,00 × 40 / 100 = 0,00; zz: non è un settore della "
          "Relazione (conta 0)");
    CHECK(!p[4].obiettivi_individuali.punti);
    CHECK(!p[4].completo);
}

TEST_CASE("personale scoring: the figures without explanations are the same") {
    const std::vector<std::string> persone = {
        dipendente("a", "istruttore", assegnazione("s1", "2024-01-01", "2024-06-30"), comportamenti_44),
        dipendente("e", "elevata_qualificazione", assegnazione("s2", "2024-01-01", "2024-12-31"),
                   R"(,"obiettivi":[{"obiettivo":"s1-1","peso":10}])")};
    const auto con = punteggi(persone);
    const auto senza = punteggi(persone, 2024, {.spiegazioni = false});
    REQUIRE(con.size() == senza.size());
    for (std::size_t i = 0; i < con.size(); ++i) {
        CHECK(con[i].totale == senza[i].totale);
        CHECK(con[i].obiettivi_individuali.punti == senza[i].obiettivi_individuali.punti);
        CHECK(con[i].completo == senza[i].completo);
        CHECK(!con[i].obiettivi_individuali.spiegazione.empty());
        CHECK(senza[i].obiettivi_individuali.spiegazione.empty());
        CHECK(senza[i].comportamenti.spiegazione.empty());
    }
}

TEST_CASE("personale scoring: the SMVP's minimum degree applies to every objective") {
    // With a threshold of 60 %: an own degree of 55 becomes 0, 60 stays; the
    // referenced s1-2 (50 in the Relazione) is 0 already.
    const std::string smvp = [] {
        std::string s = smvp_profili;
        s.insert(s.find(R"("fasce")"), R"("soglia_minima_obiettivo":60,)");
        return s;
    }();
    const auto p = punteggi({dipendente("o", "istruttore", assegnazione("s1", "2024-01-01", "2024-12-31"),
                                        R"(,"obiettivi":[{"id":"o-1","descrizione":"x","peso":50,"grado_raggiungimento":55},)"
                                        R"({"id":"o-2","descrizione":"y","peso":50,"grado_raggiungimento":60},)"
                                        R"({"obiettivo":"s1-2","peso":100}])" +
                                            comportamenti_44)},
                            2024, {}, smvp);
    REQUIRE(p.size() == 1);
    // 40 × (50×0 + 50×60 + 100×0) / (100 × 200) = 6,00
    CHECK(p[0].obiettivi_individuali.punti == punti(6'00));
    CHECK(p[0].obiettivi_individuali.spiegazione ==
          "obiettivi individuali: (50×0 + 50×60 + 100×0) / 200 × 40 / 100 = 6,00; o-1: 55,00 sotto la soglia minima "
          "del 60% → 0,00");
    CHECK(p[0].completo);
}

TEST_CASE("personale scoring: an SMVP that breaks its own constraints is refused, never scored") {
    const auto p = json::decodifica_personale(
        R"({"formato":"perfpa.personale/1","anno":2024,"ente":"Comune di Prova","dipendenti":[)" +
        dipendente("a", "istruttore", assegnazione("s1", "2024-01-01", "2024-12-31"), comportamenti_44) + "]}");
    const auto r = json::decodifica_relazione(relazione_2024);
    const auto s = json::decodifica_smvp(smvp_profili);
    REQUIRE((p && r && s));
    Smvp rotto = *s;
    rotto.pesi.comportamenti = Punti::da_centesimi(rotto.pesi.comportamenti.centesimi() + 5'00); // the weights no longer sum to 100
    REQUIRE_FALSE(errori_modello(rotto).empty());
    CHECK_THROWS_AS(calcola_punteggi_personale(*p, *r, rotto), ModelloNonValido);
    CalcolatorePersonale calcolatore;
    CHECK_THROWS_AS(calcolatore.calcola(*p, *r, rotto), ModelloNonValido);
    // The calculator is usable after a refusal, and the valid SMVP scores as before.
    CHECK(calcolatore.calcola(*p, *r, *s) == calcola_punteggi_personale(*p, *r, *s));
    // The staff's checks skip the scores' row rather than throw.
    CHECK_NOTHROW(controlla_personale(*p, *r, rotto));
}
