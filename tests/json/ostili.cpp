// Hostile input: deep nesting, invalid UTF-8, truncation, size and error
// limits, random damage. Each must give errors — never a crash, a hang or
// an exception.
#include "catch2.hpp"
#include "documenti.hpp"

#include <perfpa/json.hpp>

#include <algorithm>
#include <limits>
#include <random>
#include <string>
#include <vector>

using namespace perfpa;
using perfpa_test::relazione_minima;
using perfpa_test::sostituisci;

namespace {

// The errors of a document that must not decode, as text; "" when it decoded.
std::string errori(std::string_view testo, const json::OpzioniDecodifica& o = {}) {
    auto r = json::decodifica_relazione(testo, o);
    return r ? std::string() : r.error().testo();
}

bool inizia_con(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

} // namespace

TEST_CASE("200,000 nested brackets: one error, no stack overflow") {
    const std::string array(200'000, '[');
    CHECK(errori(array) == "(documento): annidamento troppo profondo: al massimo 64 livelli (riga 1, colonna 65)\n");
    std::string oggetti;
    for (int i = 0; i < 200'000; ++i) oggetti += R"({"a":)";
    CHECK(inizia_con(errori(oggetti), "(documento): annidamento troppo profondo: al massimo 64 livelli"));
    // Balanced, too: the limit is on depth, not on completeness.
    const std::string bilanciato = std::string(100'000, '[') + std::string(100'000, ']');
    CHECK(inizia_con(errori(bilanciato), "(documento): annidamento troppo profondo"));
    // The limit is an option.
    json::OpzioniDecodifica o;
    o.profondita_massima = 3;
    CHECK(inizia_con(errori(relazione_minima, o), "(documento): annidamento troppo profondo: al massimo 3 livelli"));
}

TEST_CASE("Nesting within the limit but where the format wants something else") {
    const std::string doc = sostituisci(relazione_minima, R"("settori":[{"id")",
                                        R"("settori":[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]],"x":[{"id")");
    CHECK(errori(doc) == "/settori/0: atteso un oggetto, trovato un array\n"
                         "/x: chiave sconosciuta \"x\"\n");
}

TEST_CASE("Invalid UTF-8 is an error with its position") {
    const std::string base = relazione_minima;
    const auto p = base.find("Comune di Prova") + 7; // inside the string, after "Comune "
    for (std::string cattivo : {std::string("\xff"), std::string("\xc0\xaf"), std::string("\xed\xa0\x80"),
                                std::string("\xe2\x82"), std::string("\x80"), std::string("\xf4\x90\x80\x80")}) {
        CAPTURE(cattivo.size());
        std::string doc = base;
        doc.insert(p, cattivo);
        CHECK(inizia_con(errori(doc), "(documento): testo non codificato in UTF-8 valido (riga 1, colonna "));
    }
    // In a key, too.
    CHECK(inizia_con(errori("{\"anno\xff\":1}"), "(documento): testo non codificato in UTF-8 valido"));
    // Valid multi-byte text is fine: "Città", "€", an emoji.
    CHECK(errori(sostituisci(base, "Comune di Prova", "Città di Prova € \xf0\x9f\x98\x80")).empty());
}

TEST_CASE("A byte order mark (as some Windows editors write) is named, not a bare syntax error") {
    const std::string bom = "\xEF\xBB\xBF";
    CHECK(errori(bom + relazione_minima) ==
          "(documento): il documento inizia con un BOM UTF-8 (byte EF BB BF), che JSON non ammette: salvarlo in "
          "UTF-8 senza BOM (riga 1, colonna 1)\n");
    // The same three bytes inside a string are U+FEFF, valid text; elsewhere, a syntax error.
    CHECK(errori(sostituisci(relazione_minima, "Comune di Prova", bom + "Comune di Prova")).empty());
    CHECK(inizia_con(errori(" " + bom + relazione_minima), "(documento): errore di sintassi JSON (riga 1, colonna 2)"));
    // The streaming decoder reports it the same way.
    json::Decodificatore d;
    auto r = d.decodifica<Relazione>(bom + relazione_minima);
    REQUIRE_FALSE(r);
    CHECK(r.error().testo() == errori(bom + relazione_minima));
}

TEST_CASE("Every truncation of a valid document is one 'documento troncato' error") {
    CHECK(inizia_con(errori(""), "(documento): documento vuoto: atteso un documento JSON")); // nothing to truncate
    for (std::size_t n = 1; n < relazione_minima.size(); ++n) {
        CAPTURE(n);
        const std::string e = errori(std::string_view(relazione_minima).substr(0, n));
        REQUIRE(inizia_con(e, "(documento): documento troncato: il JSON finisce prima di essere completo (riga 1, colonna "));
        REQUIRE(e.find('\n') == e.size() - 1); // exactly one error
    }
    CHECK(errori(relazione_minima).empty());
}

TEST_CASE("Control characters and NUL bytes inside strings are syntax errors") {
    // Named, with the escape to write instead.
    std::string doc = sostituisci(relazione_minima, "Comune di Prova", std::string("Comune\x01", 7));
    CHECK(inizia_con(errori(doc), "(documento): carattere di controllo U+0001 non ammesso: in un testo JSON va "
                                  "scritto come \\u0001 (riga 1, colonna "));
    doc = sostituisci(relazione_minima, "Comune di Prova", std::string("Comune\0Prova", 12));
    CHECK(inizia_con(errori(doc), "(documento): carattere di controllo U+0000 non ammesso: in un testo JSON va "
                                  "scritto come \\u0000 (riga 1, colonna "));
    doc = sostituisci(relazione_minima, "Comune di Prova", "Comune\tdi\nProva");
    CHECK(inizia_con(errori(doc), "(documento): carattere di controllo U+0009 non ammesso: in un testo JSON va "
                                  "scritto come \\t (riga 1, colonna "));
    // Between tokens, a tab or a line break is whitespace; another control character is not.
    CHECK(errori(sostituisci(relazione_minima, R"("anno":2023)", "\"anno\":\t2023\n")).empty());
    CHECK(inizia_con(errori(sostituisci(relazione_minima, R"("anno":2023)", "\"anno\":\x02" "2023")),
                     "(documento): carattere di controllo U+0002 non ammesso"));
    // A high surrogate without its low one, at the end of a string or before another character.
    CHECK(inizia_con(errori(sostituisci(relazione_minima, "Comune di Prova", R"(Comune \ud83d)")),
                     R"((documento): surrogato UTF-16 non valido in una stringa: \ud83d deve essere seguito da un )"
                     R"(surrogato basso (\udc00–\udfff) (riga 1, colonna )"));
    CHECK(inizia_con(errori(sostituisci(relazione_minima, "Comune di Prova", R"(\uD83Dx)")),
                     R"((documento): surrogato UTF-16 non valido in una stringa: \uD83D deve essere seguito)"));
    // Escaped, they are text.
    CHECK(errori(sostituisci(relazione_minima, "Comune di Prova", R"(Comune\u0001\u0000)")).empty());
    CHECK(inizia_con(errori(sostituisci(relazione_minima, "Comune di Prova", R"(\udc00x)")),
                     "(documento): surrogato UTF-16 non valido in una stringa (riga 1, colonna "));
    CHECK(inizia_con(errori(sostituisci(relazione_minima, "Comune di Prova", R"(\ud800\u0041)")),
                     "(documento): surrogato UTF-16 non valido in una stringa (riga 1, colonna "));
}

TEST_CASE("Numbers JSON allows but no value of the format holds") {
    auto peso = [](std::string_view n) {
        return errori(sostituisci(relazione_minima, R"("peso":30,"data_fine_prevista")",
                                  std::string(R"("peso":)") + std::string(n) + R"(,"data_fine_prevista")"));
    };
    // Read from their text, exactly: no double overflows to infinity or underflows to 0.
    CHECK(peso("1e400") == "/settori/0/obiettivi/0/peso: atteso un numero ≥ 0, trovato 1e400 (valore fuori intervallo)\n");
    CHECK(peso("1e-400") ==
          "/settori/0/obiettivi/0/peso: atteso un numero ≥ 0, trovato 1e-400 (al massimo 2 decimali)\n");
    CHECK(peso("0e-400").empty());
    CHECK(peso("-0").empty());
    CHECK(peso("7.5e0").empty());  // an exponent on input is fine when the value is exact
    CHECK(peso("750e-2").empty());
    CHECK(peso("0.075E+2").empty());
    CHECK(peso("1e2147483647").find("trovato 1e2147483647 (valore fuori intervallo)") != std::string::npos);
    CHECK(peso("18446744073709551616") ==
          "/settori/0/obiettivi/0/peso: atteso un numero ≥ 0, trovato 18446744073709551616 (valore fuori intervallo)\n");
    CHECK(peso("NaN").find("errore di sintassi JSON") != std::string::npos);
    CHECK(peso("Infinity").find("errore di sintassi JSON") != std::string::npos);
}

TEST_CASE("A document over the size limit is refused before parsing") {
    json::OpzioniDecodifica o;
    o.dimensione_massima = relazione_minima.size() - 1;
    CHECK(errori(relazione_minima, o) == "(documento): documento troppo grande: " +
                                             std::to_string(relazione_minima.size()) + " byte, al massimo " +
                                             std::to_string(o.dimensione_massima) + "\n");
    o.dimensione_massima = relazione_minima.size();
    CHECK(errori(relazione_minima, o).empty());
    // Not even a syntax error is looked for.
    o.dimensione_massima = 10;
    CHECK(inizia_con(errori(std::string(11, '{'), o), "(documento): documento troppo grande: 11 byte"));
}

TEST_CASE("The error cap stops the list and says so") {
    std::string chiavi;
    for (int i = 0; i < 20; ++i) chiavi += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
    const std::string doc = sostituisci(relazione_minima, R"({"formato")", "{" + chiavi + R"("formato")");
    json::OpzioniDecodifica o;
    o.errori_massimi = 5;
    auto r = json::decodifica_relazione(doc, o);
    REQUIRE_FALSE(r.has_value());
    REQUIRE(r.error().errori.size() == 6);
    CHECK(r.error().errori[0] == ErroreDecodifica{"/k0", R"(chiave sconosciuta "k0")", TipoErrore::chiave_sconosciuta});
    CHECK(r.error().errori[4] == ErroreDecodifica{"/k4", R"(chiave sconosciuta "k4")", TipoErrore::chiave_sconosciuta});
    CHECK(r.error().errori[5] == ErroreDecodifica{"", "troppi errori: mostrati i primi 5 di 20", TipoErrore::limite});
    CHECK(r.error().non_mostrati == 15);
    CHECK(r.error().numero() == 20);
    o.errori_massimi = 20;
    auto tutti = json::decodifica_relazione(doc, o);
    CHECK(tutti.error().errori.size() == 20);
    CHECK(tutti.error().non_mostrati == 0);
    CHECK(tutti.error().numero() == 20);
}

TEST_CASE("A million wrong values: the default cap of 1000 errors, in bounded time") {
    std::string settori = "[";
    for (int i = 0; i < 1'000'000; ++i) settori += i ? ",1" : "1";
    settori += "]";
    const std::string doc = sostituisci(relazione_minima, relazione_minima.substr(relazione_minima.find(R"("settori":)")),
                                        R"("settori":)" + settori + "}");
    auto r = json::decodifica_relazione(doc);
    REQUIRE_FALSE(r.has_value());
    REQUIRE(r.error().errori.size() == 1001);
    CHECK(r.error().errori[0] == ErroreDecodifica{"/settori/0", "atteso un oggetto, trovato il numero 1", TipoErrore::tipo_errato});
    CHECK(r.error().errori[999] == ErroreDecodifica{"/settori/999", "atteso un oggetto, trovato il numero 1", TipoErrore::tipo_errato});
    CHECK(r.error().errori[1000] == ErroreDecodifica{"", "troppi errori: mostrati i primi 1000 di 1000000", TipoErrore::limite});
    CHECK(r.error().numero() == 1'000'000);
}

TEST_CASE("An object of 100,000 keys, each written twice: every repetition found, in bounded time") {
    // Repeated keys are searched in the text (a DOM keeps only the last one):
    // the search is hashed, not quadratic, and the error cap applies to it.
    std::string chiavi;
    for (int i = 0; i < 100'000; ++i) chiavi += "\"k" + std::to_string(i) + "\":0,";
    const std::string doc = sostituisci(relazione_minima, R"({"formato")", "{" + chiavi + chiavi + R"("formato")");
    json::OpzioniDecodifica o;
    o.ammetti_chiavi_sconosciute = true;
    auto r = json::decodifica_relazione(doc, o);
    REQUIRE_FALSE(r.has_value());
    REQUIRE(r.error().errori.size() == 1001);
    CHECK(r.error().errori[0].percorso == "/k0");
    CHECK(r.error().errori[999].percorso == "/k999");
    CHECK(r.error().errori[1000] == ErroreDecodifica{"", "troppi errori: mostrati i primi 1000 di 100000", TipoErrore::limite});
    CHECK(r.error().numero() == 100'000);
}

TEST_CASE("Random damage never throws and always names a pointer") {
    std::mt19937 g(20231231);
    const std::string alfabeto = "{}[]\":,0123456789.-+eE truefalsnul\\/\x80\xff";
    int rifiutati = 0;
    for (int prova = 0; prova < 5000; ++prova) {
        std::string doc = relazione_minima;
        const int danni = 1 + static_cast<int>(g() % 4);
        for (int d = 0; d < danni; ++d) {
            const std::size_t p = g() % doc.size();
            switch (g() % 3) {
            case 0: doc[p] = alfabeto[g() % alfabeto.size()]; break;
            case 1: doc.insert(p, 1, alfabeto[g() % alfabeto.size()]); break;
            default: doc.erase(p, 1 + g() % 8); break;
            }
            if (doc.empty()) doc = "{";
        }
        CAPTURE(doc);
        Risultato<Relazione> r = ErroriDecodifica{};
        REQUIRE_NOTHROW(r = json::decodifica_relazione(doc));
        if (r) continue;
        ++rifiutati;
        REQUIRE_FALSE(r.error().errori.empty());
        for (const auto& e : r.error().errori) {
            REQUIRE((e.percorso.empty() || e.percorso[0] == '/'));
            REQUIRE_FALSE(e.messaggio.empty());
        }
    }
    CHECK(rifiutati > 4000); // the damage is real: nearly every variant is refused
}

TEST_CASE("A number is read from its text: every digit kept, an exponent applied exactly") {
    auto valore_atteso = [](std::string_view n) -> std::string {
        const std::string doc = sostituisci(relazione_minima, R"("misura":"binaria","valore_atteso":true)",
                                            std::string(R"("misura":"quantitativa","valore_atteso":)") + std::string(n));
        auto r = json::decodifica_relazione(doc);
        auto d = json::decodifica_dom<Relazione>(doc);
        REQUIRE(r.has_value());
        REQUIRE(d.has_value());
        CHECK(*r == *d);
        const auto& v = r->settori[0].obiettivi[0].indicatori[0].valore_atteso;
        REQUIRE(v.has_value());
        return std::get<Decimale>(*v).testo();
    };
    // 17 significant digits: a double would keep 99999999999.99998 or 100000000000.
    CHECK(valore_atteso("99999999999.99999") == "99999999999.99999");
    CHECK(valore_atteso("123456789012.123456") == "123456789012.123456");
    CHECK(valore_atteso("7.549E1") == "75.49");
    CHECK(valore_atteso("-5e-3") == "-0.005");
    CHECK(valore_atteso("58.30") == "58.3");
    CHECK(valore_atteso("0.1") == "0.1");
    CHECK(valore_atteso("1E2") == "100");
    CHECK(valore_atteso("-0.0") == "0");
}

TEST_CASE("Random numbers: the streaming decoder reads each exactly as the DOM decoder does") {
    std::mt19937_64 g(20261128);
    auto tra = [&](int a, int b) { return std::uniform_int_distribution<int>(a, b)(g); };
    auto cifre = [&](int n, bool prima_non_zero) {
        std::string s;
        for (int i = 0; i < n; ++i) s.push_back(static_cast<char>('0' + (i == 0 && prima_non_zero ? tra(1, 9) : tra(0, 9))));
        return s;
    };
    auto numero = [&] {
        std::string s = tra(0, 3) == 0 ? "-" : "";
        const int n = tra(1, 20);
        s += n == 1 ? cifre(1, false) : cifre(n, true);
        if (tra(0, 1)) s += "." + cifre(tra(1, 25), false) + std::string(static_cast<std::size_t>(tra(0, 2)), '0');
        if (tra(0, 3) == 0) s += std::string(tra(0, 1) ? "e" : "E") + (tra(0, 1) ? "-" : tra(0, 1) ? "+" : "") +
                                 std::to_string(tra(0, 25));
        return s;
    };
    const std::string posti[] = {R"("peso":30,"data_fine_prevista")", R"("misura":"binaria","valore_atteso":true)",
                                 R"("settori":[)"};
    int accettati = 0;
    for (int k = 0; k < 3000; ++k) {
        const std::string n = numero();
        const int posto = k % 3;
        const std::string con = posto == 0   ? R"("peso":)" + n + R"(,"data_fine_prevista")"
                                : posto == 1 ? R"("misura":"quantitativa","valore_atteso":)" + n
                                             : R"("vincoli_finanza":{"tetto_spesa_personale":{"rispettato":true,"limite":)" +
                                                   n + R"(}},"settori":[)";
        const std::string doc = sostituisci(relazione_minima, posti[posto], con);
        CAPTURE(n, posto);
        auto a = json::decodifica_relazione(doc);
        auto b = json::decodifica_dom<Relazione>(doc);
        REQUIRE(a.has_value() == b.has_value());
        if (a) {
            CHECK(*a == *b);
            ++accettati;
        } else {
            CHECK(a.error().testo() == b.error().testo());
        }
    }
    // Both outcomes are exercised.
    CHECK(accettati > 300);
    CHECK(accettati < 2700);
}

TEST_CASE("A key or a string with quotes and control characters: the pointer is exact, the error text one line") {
    const std::string doc =
        sostituisci(relazione_minima, R"("tipo":"comune")", R"("tipo":"comune","a\"\n\u0001b":1,"popolazione_al":"x\"\ty")");
    auto r = json::decodifica_relazione(doc);
    REQUIRE_FALSE(r.has_value());
    REQUIRE(r.error().errori.size() == 2);
    CHECK(r.error().errori[0].percorso == "/ente/popolazione_al");
    CHECK(r.error().errori[0].messaggio ==
          R"(attesa una data come "2023-12-31", trovato la stringa "x\"\ty" (formato atteso AAAA-MM-GG))");
    CHECK(r.error().errori[1].percorso == "/ente/a\"\n\x01" "b"); // RFC 6901: the key as it is
    CHECK(r.error().errori[1].testo() == R"(/ente/a"\n\u0001b: chiave sconosciuta "a\"\n\u0001b")");
    const std::string testo = r.error().testo();
    CHECK(std::count(testo.begin(), testo.end(), '\n') == 2); // one line per error
}

TEST_CASE("A megabyte-long unknown key: one error, no hint (no name can be that far from it)") {
    const std::string chiave(1'000'000, 'a');
    const std::string doc = sostituisci(relazione_minima, R"("anno":2023)", R"("anno":2023,")" + chiave + R"(":1)");
    const auto r = json::decodifica<Relazione>(doc);
    REQUIRE_FALSE(r.has_value());
    REQUIRE(r.error().errori.size() == 1);
    CHECK(r.error().errori[0].messaggio.find("chiave sconosciuta") == 0);
    CHECK(r.error().errori[0].messaggio.find("forse") == std::string::npos);
    CHECK(r.error().errori[0].messaggio.size() < 200); // the key is quoted cut
    // A long key close to a long name still gets its hint; one far from every name gets none.
    CHECK(errori(sostituisci(relazione_minima, R"("anno":2023)", R"("anno":2023,"documenti_riferiment":[])"))
              .find(R"((forse "documenti_riferimento"?))") != std::string::npos);
    CHECK(errori(sostituisci(relazione_minima, R"("anno":2023)", R"("anno":2023,"annoooooooooooooo":1)")).find("forse") ==
          std::string::npos);
}

namespace {

// `relazione_minima` with its "settori" array replaced by `settori`.
std::string con_settori(const std::string& settori) {
    return sostituisci(relazione_minima, relazione_minima.substr(relazione_minima.find(R"("settori":)")),
                       R"("settori":)" + settori + "}");
}

// `[e0,e1,…]` of `n` elements, element i being `elementi[i % size]`.
std::string array_di(const std::vector<std::string>& elementi, std::size_t n) {
    std::string s = "[";
    for (std::size_t i = 0; i < n; ++i) s += (i ? "," : "") + elementi[i % elementi.size()];
    return s + "]";
}

} // namespace

TEST_CASE("Past the error cap the reference tree keeps no element of the wrong kind, and the errors do not change") {
    const std::string settore = R"({"id":"s1","denominazione":"Uno","responsabile":{"nome":"R"},"peso":30,"obiettivi":)";
    const std::string indagine = R"(,"indagini_soddisfazione":[{"strumento":"Q","suggerimenti":)";
    const std::string valido = relazione_minima.substr(relazione_minima.find(R"({"id":"s1")"));
    const std::string settori_validi = "[" + valido.substr(0, valido.size() - 2); // `[{…}]`, without the closing "}"
    const std::vector<std::string> documenti = {
        // Scalars, null and containers where objects go, with elements of the right kind among them
        // (one with errors inside, counted past the cap) and a key repeated inside an element skipped or not kept.
        con_settori(array_di({"0", R"("x")", "null", "true", "1.5", "18446744073709551615", "[]",
                              R"([{"a":1,"a":2}])", R"({"id":"s2","peso":"trenta"})"},
                             3000)),
        con_settori(array_di({"0"}, 5000)),
        // Numbers and objects where strings go, below an element of the right kind.
        con_settori(settori_validi + "]" + indagine + array_di({"12.5", R"({"a":1,"a":1})", R"("buono")"}, 4000) + "}]"),
        // The wrong kind two levels down, in several arrays, and repeated keys under an unknown key.
        con_settori("[" + settore + array_di({"0"}, 1500) + "}," + settore + array_di({"[0]", "{}"}, 1500) + "}]," +
                    R"("sconosciuta":)" + array_di({R"({"a":0,"a":0})"}, 2500)),
    };
    for (const std::string& doc : documenti) {
        json::OpzioniDecodifica tutti;
        tutti.errori_massimi = std::numeric_limits<std::size_t>::max(); // nothing past the cap: every element kept
        const auto riferimento = json::decodifica_dom<Relazione>(doc, tutti);
        REQUIRE_FALSE(riferimento.has_value());
        const std::vector<ErroreDecodifica>& e = riferimento.error().errori;
        REQUIRE(e.size() > 2500);
        for (std::size_t cap : {std::size_t{0}, std::size_t{1}, std::size_t{7}, std::size_t{1000}, e.size() - 1,
                                e.size(), e.size() + 1}) {
            CAPTURE(doc.substr(0, 300), cap);
            json::OpzioniDecodifica o;
            o.errori_massimi = cap;
            const auto r = json::decodifica_dom<Relazione>(doc, o);
            REQUIRE_FALSE(r.has_value());
            std::vector<ErroreDecodifica> attesi(e.begin(), e.begin() + static_cast<std::ptrdiff_t>(std::min(cap, e.size())));
            if (cap < e.size())
                attesi.push_back({"", "troppi errori: mostrati i primi " + std::to_string(cap) + " di " +
                                          std::to_string(e.size()), TipoErrore::limite});
            CHECK(r.error().errori == attesi);
            CHECK(r.error().numero() == e.size());
            // The streaming decoder's errors are the reference's.
            CHECK(json::decodifica<Relazione>(doc, o).error().errori == attesi);
        }
        // The tree itself: a cell for each element kept, none for the others.
        boost::system::error_code ec;
        json::detail::Albero<> piccolo, grande;
        json::detail::costruisci_albero<>(doc, {}, piccolo, ec, &json::detail::flusso::info<Relazione>, 10);
        REQUIRE_FALSE(ec);
        json::detail::costruisci_albero<>(doc, {}, grande, ec, &json::detail::flusso::info<Relazione>);
        REQUIRE_FALSE(ec);
        std::size_t omessi = 0;
        for (const auto& [cella, n] : piccolo.omessi) omessi += n;
        CHECK(grande.omessi.empty());
        CHECK(omessi > 1000);
        CHECK(piccolo.celle.size() + omessi == grande.celle.size()); // one cell less for each
        CHECK(piccolo.ripetute.size() <= 10);
        CHECK(piccolo.ripetute.size() + piccolo.ripetute_omesse == grande.ripetute.size());
    }
}

namespace {

// The errors of the whole tree, read as decodifica_dom reads it: untyped and uncapped, every value kept
// (no element decoded early, no key only counted). For documents whose `formato` is right.
std::vector<ErroreDecodifica> errori_albero_intero(const std::string& doc) {
    json::OpzioniDecodifica o;
    o.errori_massimi = std::numeric_limits<std::size_t>::max();
    boost::json::parse_options po;
    po.max_depth = o.profondita_massima;
    json::detail::Albero<> a;
    boost::system::error_code ec;
    json::detail::costruisci_albero<>(doc, po, a, ec);
    REQUIRE_FALSE(ec);
    REQUIRE(a.omessi.empty());
    json::detail::Lettore l(o);
    for (const json::detail::ChiaveRipetuta& k : a.ripetute)
        l.errore_senza_valore(k.percorso, "chiave " + json::detail::citazione<>(k.chiave) +
                                              " ripetuta nello stesso oggetto: attesa una volta sola, trovata di nuovo "
                                              "(varrebbe solo l'ultima)",
                              TipoErrore::sintassi);
    Relazione out{};
    json::detail::leggi(json::detail::Nodo<>(a, a.radice), out, l);
    return l.prendi_errori().errori;
}

// The errors of `doc` at every cap that matters are the whole tree's cut at the cap.
void come_albero_intero(const std::string& doc) {
    const std::vector<ErroreDecodifica> e = errori_albero_intero(doc);
    REQUIRE(e.size() > 2500);
    json::OpzioniDecodifica tutti;
    tutti.errori_massimi = std::numeric_limits<std::size_t>::max();
    CHECK(json::decodifica_dom<Relazione>(doc, tutti).error().errori == e);
    for (std::size_t cap : {std::size_t{0}, std::size_t{1}, std::size_t{7}, std::size_t{64}, std::size_t{1000},
                            e.size() - 1, e.size(), e.size() + 1}) {
        CAPTURE(doc.substr(0, 300), cap);
        json::OpzioniDecodifica o;
        o.errori_massimi = cap;
        std::vector<ErroreDecodifica> attesi(e.begin(), e.begin() + static_cast<std::ptrdiff_t>(std::min(cap, e.size())));
        if (cap < e.size())
            attesi.push_back({"", "troppi errori: mostrati i primi " + std::to_string(cap) + " di " +
                                      std::to_string(e.size()), TipoErrore::limite});
        const auto r = json::decodifica_dom<Relazione>(doc, o);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().errori == attesi);
        CHECK(r.error().numero() == e.size());
        CHECK(json::decodifica<Relazione>(doc, o).error().errori == attesi);
    }
}

} // namespace

TEST_CASE("A long array of structs with errors inside: each element decoded as read, the errors as the whole tree's") {
    const std::string valido = relazione_minima.substr(relazione_minima.find(R"({"id":"s1")"));
    const std::string settore_valido = valido.substr(0, valido.size() - 2); // `{…}`
    const std::string settore = R"({"id":"s1","denominazione":"Uno","responsabile":{"nome":"R"},"peso":30,"obiettivi":)";
    const std::vector<std::string> documenti = {
        // Settori missing their fields, among valid ones, wrong kinds, unknown and repeated keys inside.
        con_settori(array_di({"{}", settore_valido, R"({"id":"s2","peso":"trenta"})", "0",
                              R"({"id":"s3","x":1,"x":{"a":0,"a":1}})", "null", R"({"ignota\u00e0":[1,{"b":0,"b":0}]})"},
                             3000)),
        // Only empty settori (the benchmark's shape).
        con_settori(array_di({"{}"}, 1500)),
        // Objectives with errors two levels down, in long arrays of settori that are long arrays themselves.
        con_settori("[" + settore + array_di({"{}", R"({"id":"o","peso":-1})"}, 1200) + "}," + settore_valido + "," +
                    settore + array_di({"{}", "7"}, 300) + "}]"),
    };
    for (const std::string& doc : documenti) come_albero_intero(doc);

    // The tree keeps the first elements only, and none with errors past them: its cells do not grow with the array.
    const std::string doc = con_settori(array_di({"{}"}, 20000));
    json::OpzioniDecodifica o;
    boost::system::error_code ec;
    json::detail::Albero<> a;
    json::detail::costruisci_albero<>(doc, {}, a, ec, &json::detail::flusso::info<Relazione>, o.errori_massimi,
                                      &json::detail::leggi_elemento<Relazione>, &o);
    REQUIRE_FALSE(ec);
    CHECK(a.celle.size() < 200);
    REQUIRE(a.elementi_errati.size() == 1);
    CHECK(a.elementi_errati[0].errori.size() == 1000);
    CHECK(a.elementi_errati[0].errori[0].percorso == "/settori/64/id");
}

TEST_CASE("Many distinct unknown keys in a known object: past the cap only counted, repetitions still found") {
    std::string chiavi, escapate, sotto;
    for (int i = 0; i < 3000; ++i) chiavi += "\"k" + std::to_string(i) + "\":" + std::to_string(i % 3) + ",";
    for (int i = 0; i < 300; ++i) escapate += "\"\\u006b" + std::to_string(i) + "\":0,\"e\\u00e8" + std::to_string(i) + "\":0,";
    for (int i = 0; i < 1000; ++i) sotto += "\"s" + std::to_string(i) + "\":{\"a\":0,\"a\":[1]},";
    const std::vector<std::string> documenti = {
        // At the top level; then some again (repeated: reported, counted once), escaped ones
        // (the same keys written otherwise, and others), values with repeated keys inside.
        sostituisci(relazione_minima, R"({"formato")",
                    "{" + chiavi + R"("k5":1,"k2999":{"z":0,"z":0},"k1200":[],)" + escapate + sotto + R"("formato")"),
        // Under an unknown key (skipped: only its keys kept, for repetitions), some written again, escaped or not.
        sostituisci(relazione_minima, R"({"formato")",
                    R"({"sconosciuta":{)" + chiavi + R"("k5":1,"\u006b2999":{"z":0,"z":0},)" + escapate + R"("ultima":0},)" +
                        sotto + chiavi + R"("formato")"),
        // In settori, each with many unknown keys (and a long array of them).
        con_settori(array_di({"{" + chiavi.substr(0, chiavi.rfind(',', 1200) + 1) + R"("k7":0,"id":"s"})", "{}"}, 100)),
    };
    for (const std::string& doc : documenti) come_albero_intero(doc);

    // With unknown keys allowed only the repetitions are errors.
    json::OpzioniDecodifica ammesse;
    ammesse.ammetti_chiavi_sconosciute = true;
    ammesse.errori_massimi = 10;
    const auto r = json::decodifica_dom<Relazione>(documenti[0], ammesse);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().errori[0].percorso == "/k5");
    CHECK(r.error().errori[1].percorso == "/k2999");
    CHECK(r.error().errori[2].percorso == "/k2999/z");
    CHECK(r.error().errori[3].percorso == "/k1200");
    CHECK(r.error().numero() == 4 + 300 + 1000);
}
