// perfpa_bench — perfpa's decoder, encoder, checks and scoring side by side
// with Boost.JSON, nlohmann/json and simdjson, on the same generated corpus
// in the same run. Every iteration processes the whole corpus.
//
//   perfpa_bench [--documenti=N] [--seme=S] [google benchmark options]
#include "corpus.hpp"
#include "peers/boost_json.hpp"
#include "peers/nlohmann.hpp"
#include "peers/simdjson.hpp"

#include <perfpa/checks.hpp>
#include <perfpa/json.hpp>
#include <perfpa/json/flusso.hpp>
#include <perfpa/scoring.hpp>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using namespace perfpa;

namespace {

std::size_t n_documenti = 64;
std::uint64_t seme = 2023;

struct Corpus {
    std::vector<std::string> testi;
    std::vector<simdjson::padded_string> imbottiti;
    std::vector<Relazione> modelli;
    std::size_t byte = 0, byte_compatti = 0, obiettivi = 0;
    Smvp smvp;

    Corpus() {
        testi = bench::genera_corpus(n_documenti, seme);
        for (const auto& t : testi) {
            byte += t.size();
            imbottiti.emplace_back(t);
            auto r = json::decodifica<Relazione>(t);
            if (!r) {
                std::cerr << "perfpa_bench: generated document not valid:\n" << r.error().testo();
                std::exit(1);
            }
            for (const auto& s : r->settori) obiettivi += s.obiettivi.size();
            byte_compatti += json::codifica(*r).size();
            modelli.push_back(std::move(*r));
        }
        // The SMVP the example documents are scored with (weights 40/30/30 and the usual bands).
        const std::string smvp_testo = R"({"formato": "perfpa.smvp/1", "denominazione": "SMVP di esempio",
            "pesi": {"performance_organizzativa": 40, "obiettivi_individuali": 30, "comportamenti": 30},
            "giudizi": {"pienamente_raggiunto": 100, "raggiunto": 80, "parzialmente_raggiunto": 50, "non_raggiunto": 0},
            "fasce": [{"nome": "eccellente", "da": 90, "quota_premio": 100}, {"nome": "buona", "da": 70, "quota_premio": 80},
                      {"nome": "sufficiente", "da": 50, "quota_premio": 50}, {"nome": "insufficiente", "da": 0, "quota_premio": 0}]})";
        smvp = json::decodifica<Smvp>(smvp_testo).value();
    }
};

const Corpus& corpus() {
    static const Corpus c;
    return c;
}

void per_byte(benchmark::State& st, std::size_t byte) {
    st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations() * byte));
    st.counters["documenti"] = static_cast<double>(corpus().testi.size());
}

// ---- decode ----------------------------------------------------------------

void decode_perfpa(benchmark::State& st) {
    const auto& c = corpus();
    json::Decodificatore d;
    for (auto _ : st)
        for (const auto& t : c.testi) {
            auto r = d.decodifica<Relazione>(t);
            benchmark::DoNotOptimize(r);
        }
    per_byte(st, c.byte);
}

void decode_boost_dom(benchmark::State& st) {
    const auto& c = corpus();
    for (auto _ : st)
        for (const auto& t : c.testi) {
            auto v = boost::json::parse(t);
            benchmark::DoNotOptimize(v);
        }
    per_byte(st, c.byte);
}

void decode_boost_value_to(benchmark::State& st) {
    const auto& c = corpus();
    for (auto _ : st)
        for (const auto& t : c.testi) {
            auto r = bench::peers::boost_json::decodifica<Relazione>(t);
            benchmark::DoNotOptimize(r);
        }
    per_byte(st, c.byte);
}

void decode_nlohmann(benchmark::State& st) {
    const auto& c = corpus();
    for (auto _ : st)
        for (const auto& t : c.testi) {
            auto r = bench::peers::nlohmann_json::decodifica<Relazione>(t);
            benchmark::DoNotOptimize(r);
        }
    per_byte(st, c.byte);
}

void decode_simdjson(benchmark::State& st) {
    const auto& c = corpus();
    simdjson::ondemand::parser parser;
    for (auto _ : st)
        for (const auto& t : c.imbottiti) {
            auto r = bench::peers::simdjson_od::decodifica<Relazione>(parser, t);
            benchmark::DoNotOptimize(r);
        }
    per_byte(st, c.byte);
}

// ---- encode (compact text, the bytes written) -------------------------------

void encode_perfpa(benchmark::State& st) {
    const auto& c = corpus();
    std::size_t byte = 0;
    for (auto _ : st)
        for (const auto& r : c.modelli) {
            std::string s = json::codifica(r);
            byte += s.size();
            benchmark::DoNotOptimize(s);
        }
    st.SetBytesProcessed(static_cast<std::int64_t>(byte));
}

void encode_boost(benchmark::State& st) {
    const auto& c = corpus();
    std::size_t byte = 0;
    for (auto _ : st)
        for (const auto& r : c.modelli) {
            std::string s = bench::peers::boost_json::codifica(r);
            byte += s.size();
            benchmark::DoNotOptimize(s);
        }
    st.SetBytesProcessed(static_cast<std::int64_t>(byte));
}

void encode_nlohmann(benchmark::State& st) {
    const auto& c = corpus();
    std::size_t byte = 0;
    for (auto _ : st)
        for (const auto& r : c.modelli) {
            std::string s = bench::peers::nlohmann_json::codifica(r);
            byte += s.size();
            benchmark::DoNotOptimize(s);
        }
    st.SetBytesProcessed(static_cast<std::int64_t>(byte));
}

// ---- checks and scores -------------------------------------------------------

// Findings and scores (with their explanations) of every document, the way a
// batch does them: one Esaminatore for the whole corpus, each document's
// Esame written over the previous one's buffers. Modo::esamina: a new Esame
// per document (the free function `esamina`); Modo::separate: controlla and
// calcola_punteggi apart (the scores computed twice: the checks need them).
// With spiegazioni = false, without the explanations (the figures a service
// processing many documents keeps).
enum class Modo { esaminatore, esamina, separate };
template <Modo modo, bool spiegazioni = true>
void check_score_perfpa(benchmark::State& st) {
    const auto& c = corpus();
    const OpzioniPunteggi opzioni{.spiegazioni = spiegazioni};
    Esaminatore esaminatore;
    for (auto _ : st)
        for (const auto& r : c.modelli) {
            if constexpr (modo == Modo::separate) {
                auto rilievi = controlla(r, c.smvp);
                auto punteggi = calcola_punteggi(r, c.smvp, opzioni);
                benchmark::DoNotOptimize(rilievi);
                benchmark::DoNotOptimize(punteggi);
            } else if constexpr (modo == Modo::esamina) {
                auto esame = esamina(r, c.smvp, opzioni);
                benchmark::DoNotOptimize(esame);
            } else {
                const Esame& esame = esaminatore.esamina(r, c.smvp, opzioni);
                benchmark::DoNotOptimize(&esame);
                benchmark::ClobberMemory();
            }
        }
    st.SetItemsProcessed(static_cast<std::int64_t>(st.iterations() * c.obiettivi));
    st.counters["ns_per_obiettivo"] = benchmark::Counter(
        static_cast<double>(st.iterations() * c.obiettivi), benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

// The two halves of check_score/perfpa_esamina (new results for each document), to see where its time goes.
// With spiegazioni = false, the scores' figures without their explanations.
template <bool controlli, bool spiegazioni = true>
void meta_check_score(benchmark::State& st) {
    const auto& c = corpus();
    for (auto _ : st)
        for (const auto& r : c.modelli) {
            if constexpr (controlli) {
                auto rilievi = controlla(r, c.smvp);
                benchmark::DoNotOptimize(rilievi);
            } else {
                auto punteggi = calcola_punteggi(r, c.smvp, OpzioniPunteggi{.spiegazioni = spiegazioni});
                benchmark::DoNotOptimize(punteggi);
            }
        }
    st.SetItemsProcessed(static_cast<std::int64_t>(st.iterations() * c.obiettivi));
    st.counters["ns_per_obiettivo"] = benchmark::Counter(
        static_cast<double>(st.iterations() * c.obiettivi), benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

// Diagnostic: each document examined `volte` times in a row, so that all
// but the first find its model in the cache. Against check_score/perfpa (each
// document once per pass over the corpus, its model gone from L2 by the next
// pass), it shows how much of check_score is waiting for memory.
void check_score_in_cache(benchmark::State& st) {
    const auto& c = corpus();
    constexpr int volte = 16;
    Esaminatore esaminatore;
    for (auto _ : st)
        for (const auto& r : c.modelli)
            for (int k = 0; k < volte; ++k) {
                const Esame& esame = esaminatore.esamina(r, c.smvp);
                benchmark::DoNotOptimize(&esame);
                benchmark::ClobberMemory();
            }
    st.SetItemsProcessed(static_cast<std::int64_t>(st.iterations() * c.obiettivi * volte));
    st.counters["ns_per_obiettivo"] = benchmark::Counter(static_cast<double>(st.iterations() * c.obiettivi * volte),
                                                         benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

// ---- the national corpus: 8,000 documents decoded, checked, scored on 2 threads ----

// The documents are the corpus's, repeated: what matters is their size and shape.
// With solo_decodifica, only decoding (the part this benchmark's peers compare).
template <bool solo_decodifica>
void national_perfpa(benchmark::State& st) {
    const auto& c = corpus();
    constexpr std::size_t n = 8000;
    const unsigned fili = 2;
    for (auto _ : st) {
        std::vector<std::thread> lavoratori;
        for (unsigned f = 0; f < fili; ++f)
            lavoratori.emplace_back([&, f] {
                json::Decodificatore d;
                Esaminatore e;
                for (std::size_t i = f; i < n; i += fili) {
                    auto r = d.decodifica<Relazione>(c.testi[i % c.testi.size()]);
                    benchmark::DoNotOptimize(r);
                    if constexpr (solo_decodifica) continue;
                    const Esame& esame = e.esamina(*r, c.smvp);
                    benchmark::DoNotOptimize(&esame);
                    benchmark::ClobberMemory();
                }
            });
        for (auto& l : lavoratori) l.join();
    }
    st.SetItemsProcessed(static_cast<std::int64_t>(st.iterations() * n));
    st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations() * n * (c.byte / c.testi.size())));
}

// ---- the staff's bonus split (personale.md §4): 10,000 people, scores given ----
// A generated staff: categories, part time, days, totals and bands drawn
// from a seeded generator; the criteria of personale.md §4 with the
// increase. The row measures the split itself, per person.
struct Personale10000 {
    Personale personale;
    std::vector<PunteggioDipendente> punteggi;
    Relazione relazione;
    CriteriPremi criteri;

    Personale10000() {
        std::mt19937_64 g(seme);
        auto tra = [&](std::int64_t a, std::int64_t b) { return std::uniform_int_distribution<std::int64_t>(a, b)(g); };
        const Categoria categorie[] = {Categoria::funzionario, Categoria::istruttore, Categoria::operatore_esperto,
                                       Categoria::operatore, Categoria::elevata_qualificazione};
        personale.anno = relazione.anno = 2024;
        personale.ente = "Comune generato";
        relazione.valutazione_ndv.emplace();
        relazione.valutazione_ndv->validazione = Validazione{EsitoValidazione::validata, std::nullopt};
        for (int i = 0; i < 10'000; ++i) {
            Dipendente d;
            d.id = "d" + std::to_string(100'000 + i);
            d.categoria = categorie[tra(0, 4)];
            if (tra(0, 4) == 0) d.part_time = Percentuale::da_centesimi(tra(30, 99) * 100);
            const int giorni = tra(0, 5) == 0 ? static_cast<int>(tra(60, 365)) : 366;
            d.assegnazioni.push_back({"s", Data::da_parti(2024, 1, 1).value(), Data::da_parti(2024, 12, 31).value()});
            PunteggioDipendente p;
            p.id = d.id;
            p.categoria = d.categoria;
            p.profilo = "dipendenti";
            p.giorni = giorni;
            p.valutato = p.completo = true;
            p.totale = Punti::da_centesimi(tra(40'00, 100'00));
            p.fascia = p.totale >= Punti::interi(90) ? "A" : p.totale >= Punti::interi(70) ? "B" : "C";
            p.quota_premio = Percentuale::interi(p.fascia == "A" ? 100 : p.fascia == "B" ? 80 : 0);
            personale.dipendenti.push_back(std::move(d));
            punteggi.push_back(std::move(p));
        }
        criteri = json::decodifica_criteri_premi(R"({"formato":"perfpa.criteri_premi/1","fondo":"480000.00",)"
                                                 R"("soglia_valutazione_positiva":60,"parametri_categoria":[)"
                                                 R"({"categoria":"operatore_esperto","parametro":1.05},)"
                                                 R"({"categoria":"istruttore","parametro":1.1},)"
                                                 R"({"categoria":"funzionario","parametro":1.2}],)"
                                                 R"("maggiorazione":{"percentuale":30,"quota_massima":10}})")
                      .value();
    }
};

template <bool spiegazioni>
void premi_personale_perfpa(benchmark::State& st) {
    static const Personale10000 s;
    for (auto _ : st) {
        auto r = ripartisci_premi_personale(s.personale, s.punteggi, s.relazione, s.criteri, spiegazioni);
        if (!r) st.SkipWithError("ripartizione rifiutata");
        benchmark::DoNotOptimize(r);
    }
    // Time per (persons × 10^-9) processed, inverted: nanoseconds per person.
    st.counters["ns_per_persona"] = benchmark::Counter(static_cast<double>(s.punteggi.size()) * 1e-9,
                                                       benchmark::Counter::kIsIterationInvariantRate |
                                                           benchmark::Counter::kInvert);
}

// ---- scoring every employee (personale.md §3): 60 people per Relazione ----
// For each document of the corpus, a generated staff of 60 people in its
// settori: a segretario and the other categories but dirigente, a fifth
// part-time, some moved between two settori in July, some under the minimum
// days; half with objectives (own ones and references to the Relazione's),
// half scored on their settori;
// the behaviours of their profile. The SMVP is the bench's with the staff
// blocks of examples/data/smvp-personale-esempio.json. The row scores each
// document's staff with explanations, ns per person.
struct PersonaleCorpus {
    Smvp smvp;
    std::vector<Personale> personale; // one per corpus document
    std::size_t persone = 0;

    PersonaleCorpus() {
        const Corpus& c = corpus();
        smvp = json::decodifica<Smvp>(R"({"formato": "perfpa.smvp/1", "denominazione": "SMVP con il personale",
            "pesi": {"performance_organizzativa": 40, "obiettivi_individuali": 30, "comportamenti": 30},
            "giudizi": {"pienamente_raggiunto": 100, "raggiunto": 80, "parzialmente_raggiunto": 50, "non_raggiunto": 0},
            "fasce": [{"nome": "A", "da": 90, "quota_premio": 100}, {"nome": "B", "da": 75, "quota_premio": 80},
                      {"nome": "C", "da": 60, "quota_premio": 60}, {"nome": "D", "da": 0, "quota_premio": 0}],
            "comportamenti": [{"id": "collaborazione", "descrizione": "Collaborazione"}, {"id": "autonomia", "descrizione": "Autonomia"},
                              {"id": "orientamento-utenza", "descrizione": "Utenza"}, {"id": "leadership", "descrizione": "Guida"},
                              {"id": "gestione-risorse", "descrizione": "Risorse"}],
            "scala_comportamenti": {"minimo": 1, "massimo": 5}, "giorni_minimi_valutazione": 60,
            "profili": [
              {"id": "dirigenza", "categorie": ["dirigente", "segretario"],
               "pesi": {"performance_organizzativa": 40, "obiettivi_individuali": 30, "comportamenti": 30},
               "pesi_comportamenti": [{"comportamento": "leadership", "peso": 50}, {"comportamento": "gestione-risorse", "peso": 50}]},
              {"id": "eq", "categorie": ["elevata_qualificazione"],
               "pesi": {"performance_organizzativa": 30, "obiettivi_individuali": 40, "comportamenti": 30},
               "pesi_comportamenti": [{"comportamento": "leadership", "peso": 60}, {"comportamento": "autonomia", "peso": 40}],
               "fasce": [{"nome": "A", "da": 90, "quota_premio": 100}, {"nome": "B", "da": 75, "quota_premio": 80},
                         {"nome": "C", "da": 0, "quota_premio": 50}]},
              {"id": "dipendenti", "categorie": ["funzionario", "istruttore", "operatore_esperto", "operatore"],
               "pesi": {"performance_organizzativa": 20, "obiettivi_individuali": 40, "comportamenti": 40},
               "pesi_comportamenti": [{"comportamento": "collaborazione", "peso": 40}, {"comportamento": "autonomia", "peso": 30},
                                      {"comportamento": "orientamento-utenza", "peso": 30}]}]})")
                   .value();
        std::mt19937_64 g(seme);
        auto tra = [&](std::int64_t a, std::int64_t b) { return std::uniform_int_distribution<std::int64_t>(a, b)(g); };
        const Categoria categorie[] = {Categoria::segretario,  Categoria::elevata_qualificazione, Categoria::funzionario,
                                       Categoria::istruttore,  Categoria::operatore_esperto,      Categoria::operatore};
        const char* comportamenti[] = {"collaborazione", "autonomia", "orientamento-utenza", "leadership", "gestione-risorse"};
        for (const Relazione& r : c.modelli) {
            Personale p;
            p.anno = r.anno;
            p.ente = r.ente.denominazione;
            const auto data = [&](int mese, int giorno) { return Data::da_parti(r.anno, mese, giorno).value(); };
            for (int i = 0; i < 60; ++i) {
                Dipendente d;
                d.id = "d" + std::to_string(1000 + i);
                d.nome = "Dipendente " + std::to_string(i);
                d.categoria = categorie[i == 0 ? 0 : tra(1, 5)];
                if (tra(0, 4) == 0) d.part_time = Percentuale::da_centesimi(tra(30, 99) * 100);
                const Settore& s = r.settori[static_cast<std::size_t>(tra(0, static_cast<std::int64_t>(r.settori.size()) - 1))];
                const int modo = static_cast<int>(tra(0, 9));
                if (modo == 0) { // moved in July
                    const Settore& t = r.settori[static_cast<std::size_t>(tra(0, static_cast<std::int64_t>(r.settori.size()) - 1))];
                    d.assegnazioni.push_back({s.id, data(1, 1), data(6, 30)});
                    d.assegnazioni.push_back({t.id, data(7, 1), data(12, 31)});
                } else if (modo == 1) { // hired in November: under the minimum days
                    d.assegnazioni.push_back({s.id, data(11, 15), data(12, 31)});
                } else {
                    d.assegnazioni.push_back({s.id, data(1, 1), data(12, 31)});
                }
                if (tra(0, 1) == 0) {
                    std::vector<ObiettivoDipendente> o;
                    ObiettivoDipendente proprio;
                    proprio.id = d.id + "-1";
                    proprio.descrizione = "Obiettivo individuale";
                    proprio.peso = Peso::interi(60);
                    proprio.grado_raggiungimento = Percentuale::da_centesimi(tra(50, 100) * 100);
                    o.push_back(std::move(proprio));
                    if (!s.obiettivi.empty()) {
                        ObiettivoDipendente rif;
                        rif.obiettivo = s.obiettivi[static_cast<std::size_t>(tra(0, static_cast<std::int64_t>(s.obiettivi.size()) - 1))].id;
                        rif.peso = Peso::interi(40);
                        o.push_back(std::move(rif));
                    }
                    d.obiettivi = std::move(o);
                }
                std::vector<PunteggioComportamento> voti;
                for (const char* k : comportamenti)
                    voti.push_back({k, Punti::da_centesimi(tra(2, 10) * 50)});
                d.comportamenti = std::move(voti);
                d.valutazione = ValutazioneDipendente{"Responsabile", data(12, 31)};
                p.dipendenti.push_back(std::move(d));
            }
            persone += p.dipendenti.size();
            personale.push_back(std::move(p));
        }
    }
};

// The `perfpa` rows score the staff documents as a batch does: one
// CalcolatorePersonale for the whole corpus, each document's scores written
// over the previous one's. The `perfpa_nuovi` rows call
// calcola_punteggi_personale, a new vector of scores per document.
template <bool spiegazioni, bool calcolatore = true>
void score_personale_perfpa(benchmark::State& st) {
    static const PersonaleCorpus s;
    const Corpus& c = corpus();
    CalcolatorePersonale calc;
    for (auto _ : st)
        for (std::size_t i = 0; i < s.personale.size(); ++i) {
            if constexpr (calcolatore) {
                const auto& v = calc.calcola(s.personale[i], c.modelli[i], s.smvp, OpzioniPunteggi{.spiegazioni = spiegazioni});
                benchmark::DoNotOptimize(&v);
                benchmark::ClobberMemory();
            } else {
                auto v = calcola_punteggi_personale(s.personale[i], c.modelli[i], s.smvp, OpzioniPunteggi{.spiegazioni = spiegazioni});
                benchmark::DoNotOptimize(v);
            }
        }
    st.counters["ns_per_persona"] = benchmark::Counter(static_cast<double>(s.persone) * 1e-9,
                                                       benchmark::Counter::kIsIterationInvariantRate |
                                                           benchmark::Counter::kInvert);
}

} // namespace

BENCHMARK(decode_perfpa)->Name("decode/perfpa")->Unit(benchmark::kMillisecond);
BENCHMARK(decode_boost_dom)->Name("decode/boost_dom")->Unit(benchmark::kMillisecond);
BENCHMARK(decode_boost_value_to)->Name("decode/boost_value_to")->Unit(benchmark::kMillisecond);
BENCHMARK(decode_nlohmann)->Name("decode/nlohmann")->Unit(benchmark::kMillisecond);
BENCHMARK(decode_simdjson)->Name("decode/simdjson")->Unit(benchmark::kMillisecond);
BENCHMARK(encode_perfpa)->Name("encode/perfpa")->Unit(benchmark::kMillisecond);
BENCHMARK(encode_boost)->Name("encode/boost")->Unit(benchmark::kMillisecond);
BENCHMARK(encode_nlohmann)->Name("encode/nlohmann")->Unit(benchmark::kMillisecond);
BENCHMARK(check_score_perfpa<Modo::esaminatore>)->Name("check_score/perfpa")->Unit(benchmark::kMillisecond);
BENCHMARK(check_score_perfpa<Modo::esaminatore, false>)->Name("check_score/perfpa_figures_only")->Unit(benchmark::kMillisecond);
BENCHMARK(check_score_perfpa<Modo::esamina>)->Name("check_score/perfpa_esamina")->Unit(benchmark::kMillisecond);
BENCHMARK(check_score_perfpa<Modo::separate>)->Name("check_score/perfpa_separate")->Unit(benchmark::kMillisecond);
BENCHMARK(meta_check_score<true>)->Name("check_score/perfpa_checks_only")->Unit(benchmark::kMillisecond);
BENCHMARK(meta_check_score<false>)->Name("check_score/perfpa_scores_only")->Unit(benchmark::kMillisecond);
BENCHMARK(meta_check_score<false, false>)->Name("check_score/perfpa_scores_only_figures")->Unit(benchmark::kMillisecond);
BENCHMARK(check_score_in_cache)->Name("check_score/perfpa_in_cache")->Unit(benchmark::kMillisecond);
BENCHMARK(score_personale_perfpa<true>)->Name("score_personale/perfpa")->Unit(benchmark::kMicrosecond);
BENCHMARK(score_personale_perfpa<false>)->Name("score_personale/perfpa_figures_only")->Unit(benchmark::kMicrosecond);
BENCHMARK(score_personale_perfpa<true, false>)->Name("score_personale/perfpa_nuovi")->Unit(benchmark::kMicrosecond);
BENCHMARK(score_personale_perfpa<false, false>)->Name("score_personale/perfpa_nuovi_figures_only")->Unit(benchmark::kMicrosecond);
BENCHMARK(premi_personale_perfpa<false>)->Name("premi_personale/perfpa")->Unit(benchmark::kMicrosecond);
BENCHMARK(premi_personale_perfpa<true>)->Name("premi_personale/perfpa_explained")->Unit(benchmark::kMicrosecond);
BENCHMARK(national_perfpa<false>)->Name("national/perfpa_8000_docs_2_threads")->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(national_perfpa<true>)->Name("national/perfpa_8000_docs_2_threads_decode_only")->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

int main(int argc, char** argv) {
    std::vector<char*> resto;
    for (int i = 0; i < argc; ++i) {
        if (std::strncmp(argv[i], "--documenti=", 12) == 0) n_documenti = std::strtoull(argv[i] + 12, nullptr, 10);
        else if (std::strncmp(argv[i], "--seme=", 7) == 0) seme = std::strtoull(argv[i] + 7, nullptr, 10);
        else resto.push_back(argv[i]);
    }
    int n = static_cast<int>(resto.size());
    benchmark::Initialize(&n, resto.data());
    const auto& c = corpus();
    benchmark::AddCustomContext("perfpa.documenti", std::to_string(c.testi.size()));
    benchmark::AddCustomContext("perfpa.seme", std::to_string(seme));
    benchmark::AddCustomContext("perfpa.byte_medi", std::to_string(c.byte / c.testi.size()));
    benchmark::AddCustomContext("perfpa.obiettivi", std::to_string(c.obiettivi));
    benchmark::AddCustomContext("perfpa.cxx_flags", PERFPA_BENCH_FLAGS);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
}
