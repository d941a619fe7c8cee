// The streaming decoder (Decodificatore) against the DOM decoder
// (decodifica_dom), the reference: same value, or the same errors with the
// same pointers and messages, on real, generated and malformed documents.
#include "catch2.hpp"
#include "leggi.hpp"

#include <corpus.hpp>

#include <perfpa/json.hpp>
#include <perfpa/json/flusso.hpp>

#include <boost/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace perfpa;
namespace bj = boost::json;

namespace {

template <class T>
json::Risultato<T> dom(std::string_view testo, const json::OpzioniDecodifica& o = {}) {
    return json::decodifica_dom<T>(testo, o);
}

/** Number of documents the streaming decoder was compared on, and how many of them were refused. */
struct Conteggio {
    std::size_t documenti = 0, rifiutati = 0;
};

template <class T>
void confronta(json::Decodificatore& d, std::string_view testo, Conteggio& c) {
    const auto atteso = dom<T>(testo, d.opzioni());
    const auto ottenuto = d.decodifica<T>(testo);
    ++c.documenti;
    if (!atteso) ++c.rifiutati;
    INFO("documento: " << std::string(testo.substr(0, 300)));
    REQUIRE(ottenuto.has_value() == atteso.has_value());
    if (atteso) {
        REQUIRE(*ottenuto == *atteso);
    } else {
        INFO("attesi:\n" << atteso.error().testo() << "ottenuti:\n" << ottenuto.error().testo());
        REQUIRE(ottenuto.error() == atteso.error());
    }
}

/** The JSON Pointer of every value of a DOM. */
void nodi(const bj::value& v, const std::string& p, std::vector<std::string>& out) {
    out.push_back(p);
    if (auto* o = v.if_object()) {
        for (auto& kv : *o) {
            std::string k = p;
            json::detail::aggiungi_token(k, kv.key());
            nodi(kv.value(), k, out);
        }
    } else if (auto* a = v.if_array()) {
        for (std::size_t i = 0; i < a->size(); ++i) nodi((*a)[i], p + "/" + std::to_string(i), out);
    }
}

std::vector<std::string> nodi(const bj::value& v) {
    std::vector<std::string> out;
    nodi(v, "", out);
    return out;
}

/** A copy of `radice` and the value at `puntatore` in it. */
bj::value& in_copia(const bj::value& radice, bj::value& copia, const std::string& puntatore) {
    copia = radice;
    boost::system::error_code ec;
    bj::value* v = copia.find_pointer(puntatore, ec);
    REQUIRE(v);
    return *v;
}

const std::vector<bj::value>& sostituti() {
    static const std::vector<bj::value> s = [] {
        std::vector<bj::value> v;
        for (const char* t :
             {"null", "true", "false", "0", "-1", "6", "7.5", "75.49", "100", "100.01", "-0.0", "1e2", "1e300", "2.5e-7",
              "0.123456789", "0.1", "0.29", "1.005", "33.333333", "999999999.99", "-0.5", "1e-6", "123456.123456",
              "4.35", "1234567.125", "1234567890123", "18446744073709551615", "-9223372036854775808", "9007199254740993",
              "\"\"", "\"x\"", "\"sei\"", "\"2023-02-30\"", "\"2023-12-31\"", "\"19691.29\"", "\"1.234\"", "\"comune\"",
              "\"binaria\"", "\"nucleo_di_valutazione\"", "\"P3\"", "[]", "[1,2]", "[{}]", "{}", "{\"x\":1}",
              "{\"id\":\"a\",\"descrizione\":\"b\",\"peso\":1,\"indicatori\":[]}", "\"perfpa.relazione/2\"",
              "\"caf\\u00e8 \\\"citato\\\"\""})
            v.push_back(bj::parse(t));
        return v;
    }();
    return s;
}

} // namespace

TEST_CASE("the streaming decoder gives the DOM decoder's value on the bundled documents") {
    json::Decodificatore d;
    Conteggio c;
    confronta<Relazione>(d, perfpa_test::leggi_dati("leverano-2023.json"), c);
    confronta<Smvp>(d, perfpa_test::leggi_dati("smvp-esempio.json"), c);
    // The same decoder again: its buffers are reused, the result is the same.
    confronta<Relazione>(d, perfpa_test::leggi_dati("leverano-2023.json"), c);
    REQUIRE(c.rifiutati == 0);
    auto r = d.decodifica<Relazione>(perfpa_test::leggi_dati("leverano-2023.json"));
    REQUIRE(r.has_value());
    CHECK(r->settori.size() == 8);
}

TEST_CASE("the streaming decoder gives the DOM decoder's value on generated documents") {
    json::Decodificatore d;
    Conteggio c;
    for (std::size_t i = 0; i < 40; ++i) {
        const Relazione r = bench::genera_relazione(7, i);
        for (int indent : {0, 2}) {
            const std::string testo = json::codifica(r, {.indentazione = indent});
            confronta<Relazione>(d, testo, c);
            auto letto = d.decodifica<Relazione>(testo);
            REQUIRE(letto.has_value());
            REQUIRE(*letto == r); // and it is the model that was encoded
        }
    }
    CHECK(c.rifiutati == 0);
}

TEST_CASE("generated documents have the shape of real ones and are deterministic") {
    const auto corpus = bench::genera_corpus(20, 2023);
    std::size_t totale = 0;
    for (const auto& t : corpus) totale += t.size();
    CHECK(totale / corpus.size() > 30'000);
    CHECK(totale / corpus.size() < 55'000);
    CHECK(bench::genera_corpus(3, 2023)[2] == corpus[2]);
    CHECK(bench::genera_corpus(3, 2024)[2] != corpus[2]);
    for (std::size_t i = 0; i < corpus.size(); ++i) {
        const Relazione r = bench::genera_relazione(2023, i);
        CHECK(r.settori.size() >= 8);
        CHECK(r.settori.size() <= 12);
        for (const auto& s : r.settori) {
            CHECK(s.obiettivi.size() >= 4);
            CHECK(s.obiettivi.size() <= 8);
            Peso somma;
            for (const auto& o : s.obiettivi) {
                CHECK(!o.indicatori.empty());
                CHECK(o.indicatori.size() <= 3);
                somma += o.peso;
            }
            CHECK(somma == s.peso);
        }
    }
    CHECK(corpus[0].find("attività") != std::string::npos);
}

TEST_CASE("every value of Leverano replaced by wrong or edge values: same errors, pointers and messages") {
    const bj::value radice = bj::parse(perfpa_test::leggi_dati("leverano-2023.json"));
    const auto tutti = nodi(radice);
    const auto& s = sostituti();
    json::Decodificatore d;
    Conteggio c;
    bj::value copia;
    for (std::size_t i = 0; i < tutti.size(); ++i) {
        for (std::size_t j = 0; j < 3; ++j) {
            in_copia(radice, copia, tutti[i]) = s[(i * 7 + j * 13) % s.size()];
            confronta<Relazione>(d, bj::serialize(copia), c);
        }
    }
    INFO(c.documenti << " documents, " << c.rifiutati << " refused");
    CHECK(c.rifiutati > c.documenti / 3);
    CHECK(c.rifiutati < c.documenti);
}

TEST_CASE("keys removed, unknown, misspelt or repeated: same errors") {
    const bj::value radice = bj::parse(perfpa_test::leggi_dati("leverano-2023.json"));
    const auto tutti = nodi(radice);
    json::Decodificatore d;
    json::OpzioniDecodifica permissive;
    permissive.ammetti_chiavi_sconosciute = true;
    json::Decodificatore dp(permissive);
    Conteggio c;
    bj::value copia;
    for (std::size_t i = 0; i < tutti.size(); ++i) {
        boost::system::error_code ec;
        const auto* originale = radice.find_pointer(tutti[i], ec);
        if (!originale->is_object() || originale->get_object().empty()) continue;
        const std::string primo(originale->get_object().begin()->key());
        in_copia(radice, copia, tutti[i]).get_object().erase(primo);
        confronta<Relazione>(d, bj::serialize(copia), c);
        in_copia(radice, copia, tutti[i]).get_object()["chiave_ignota"] =
            bj::parse("{\"a\":[1,{\"b\":null}],\"c\":\"\\u00e8\"}");
        confronta<Relazione>(d, bj::serialize(copia), c);
        confronta<Relazione>(dp, bj::serialize(copia), c);
        // A typo: "descrizone" for "descrizione" gets a hint.
        bj::object rinominato;
        for (auto& kv : originale->get_object())
            rinominato[std::string(kv.key()).substr(0, kv.key().size() - 1)] = kv.value();
        in_copia(radice, copia, tutti[i]) = rinominato;
        confronta<Relazione>(d, bj::serialize(copia), c);
        // A repeated key, written in the text (a DOM cannot hold it).
        std::string testo = bj::serialize(radice);
        const std::string chiave = "\"" + primo + "\":";
        const auto pos = testo.find(bj::serialize(*originale));
        if (pos != std::string::npos) {
            testo.insert(pos + 1, chiave + "null," + chiave + bj::serialize(originale->get_object().begin()->value()) + ",");
            confronta<Relazione>(d, testo, c);
        }
    }
    CHECK(c.documenti > 100);
}

TEST_CASE("truncated, corrupted and oversized texts: same errors") {
    const std::string testo = json::codifica(bench::genera_relazione(11, 0), {.indentazione = 1});
    json::Decodificatore d;
    Conteggio c;
    bench::Generatore g(99);
    for (int k = 0; k < 150; ++k) {
        const auto n = static_cast<std::size_t>(g() % testo.size());
        confronta<Relazione>(d, std::string_view(testo).substr(0, n), c);
        std::string rotto = testo;
        static constexpr char danni[] = "{}[]\",:0a\\\xff\xc3-e. ";
        rotto[n] = danni[g() % (sizeof danni - 1)];
        confronta<Relazione>(d, rotto, c);
    }
    confronta<Relazione>(d, testo + " {}", c);
    confronta<Relazione>(d, testo + "  \n", c);
    confronta<Relazione>(d, "", c);
    confronta<Relazione>(d, "[]", c);
    confronta<Relazione>(d, "null", c);
    confronta<Relazione>(d, std::string(100, '[') + std::string(100, ']'), c);
    confronta<Relazione>(d, "{\"formato\":\"perfpa.relazione/1\"} // commento", c);
    // The decoder still works after all that.
    confronta<Relazione>(d, testo, c);
    CHECK(c.rifiutati >= 156); // every truncation and every non-Relazione text

    for (json::OpzioniDecodifica o : {json::OpzioniDecodifica{.dimensione_massima = 1000},
                                      json::OpzioniDecodifica{.profondita_massima = 3},
                                      json::OpzioniDecodifica{.errori_massimi = 1},
                                      json::OpzioniDecodifica{.errori_massimi = 0}}) {
        json::Decodificatore d2(o);
        confronta<Relazione>(d2, testo, c);
        confronta<Relazione>(d2, perfpa_test::leggi_dati("leverano-2023.json"), c);
        std::string molti_errori = testo;
        for (std::size_t p = 0; (p = molti_errori.find("\"peso\": ", p)) != std::string::npos; ++p)
            molti_errori.replace(p, 8, "\"peso\": \"x\",\"peso_\":");
        confronta<Relazione>(d2, molti_errori, c);
    }
}

TEST_CASE("strings and keys with escapes longer than the parser's buffer") {
    Relazione r = bench::genera_relazione(5, 1);
    std::string lungo;
    for (int i = 0; i < 3000; ++i) lungo += "riga \"" + std::to_string(i) + "\"\n\tè\\ ";
    r.settori[0].obiettivi[0].descrizione = lungo;
    r.ente.denominazione = std::string(5000, 'a') + "\x01";
    const std::string testo = json::codifica(r);
    json::Decodificatore d;
    Conteggio c;
    confronta<Relazione>(d, testo, c);
    auto letto = d.decodifica<Relazione>(testo);
    REQUIRE(letto.has_value());
    CHECK(letto->settori[0].obiettivi[0].descrizione == lungo);
    // A key spelt with escapes is the same key.
    std::string chiavi = testo;
    chiavi.replace(chiavi.find("\"formato\""), 9, "\"\\u0066ormato\"");
    confronta<Relazione>(d, chiavi, c);
    REQUIRE(d.decodifica<Relazione>(chiavi).has_value());
    // The same with a wrong value after it.
    std::string sbagliata = testo;
    sbagliata.replace(sbagliata.find("\"denominazione\":\""), 17, "\"denomin\\u0061zione\":\"\\u00e8\",\"x\":\"");
    confronta<Relazione>(d, sbagliata, c);
    CHECK(c.rifiutati == 1);
}

TEST_CASE("invalid UTF-8 anywhere, skipped keys included: same errors") {
    const std::string testo = json::codifica(bench::genera_relazione(3, 3));
    json::OpzioniDecodifica permissive;
    permissive.ammetti_chiavi_sconosciute = true;
    json::Decodificatore d, dp(permissive);
    Conteggio c;
    for (const char* cattivo : {"\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe0\x80\xaf", "\xc3", "\xff",
                                "\xf0\x9f\x98", "\x80", "\xc3\xa8", "\xf0\x9f\x98\x80", "\xed\x9f\xbf"}) {
        for (const std::string& dove : {std::string("\"descrizione\":\""), std::string("\"denominazione\":\"")}) {
            std::string t = testo;
            t.insert(t.find(dove) + dove.size() + 3, cattivo);
            confronta<Relazione>(d, t, c);
        }
        std::string ignota = testo;
        ignota.insert(1, std::string("\"ignota\":{\"a\":[\"x") + cattivo + "\"]},\"k" + cattivo + "\":1,");
        confronta<Relazione>(dp, ignota, c);
        confronta<Relazione>(d, ignota, c);
    }
    CHECK(c.rifiutati >= 3 * 9);
    CHECK(c.rifiutati < c.documenti);
}

TEST_CASE("keys differing from a known one in a single byte anywhere are unknown keys") {
    // Keys are compared 8 bytes at a time (start, end, middle): a difference
    // at any position, in keys of every length, must still be seen.
    const std::string testo = json::codifica(bench::genera_relazione(4, 4));
    std::vector<std::string> chiavi;
    for (std::size_t p = 0; (p = testo.find("\":", p)) != std::string::npos; ++p) {
        const std::size_t inizio = testo.rfind('"', p - 1) + 1;
        std::string k = testo.substr(inizio, p - inizio);
        if (std::find(chiavi.begin(), chiavi.end(), k) == chiavi.end()) chiavi.push_back(k);
    }
    REQUIRE(chiavi.size() > 60);
    json::Decodificatore d;
    Conteggio c;
    for (const auto& k : chiavi) {
        for (std::size_t i = 0; i < k.size(); ++i) {
            std::string t = testo;
            const std::size_t pos = t.find("\"" + k + "\":") + 1 + i;
            t[pos] = t[pos] == 'X' ? 'Y' : 'X';
            confronta<Relazione>(d, t, c);
        }
    }
    CHECK(c.rifiutati == c.documenti);
}

TEST_CASE("SMVP documents: weights, bands and ranges give the same errors") {
    const std::string base = perfpa_test::leggi_dati("smvp-esempio.json");
    const bj::value radice = bj::parse(base);
    const auto tutti = nodi(radice);
    json::Decodificatore d;
    Conteggio c;
    bj::value copia;
    for (const auto& p : tutti) {
        for (const auto& s : sostituti()) {
            in_copia(radice, copia, p) = s;
            confronta<Smvp>(d, bj::serialize(copia), c);
        }
    }
    CHECK(c.rifiutati > 0);
}
