// Tests of the readers of perfpa/formato_italiano.hpp: amounts, percentages,
// points, weights, decimals and dates written the Italian way, each the
// inverse of its writer, and the reasons given for what they refuse.
#include "catch2.hpp"

#include <perfpa/formato_italiano.hpp>

#include <cstdint>
#include <random>
#include <string>

using namespace perfpa;

// This file's names in a namespace of their own: the test executable is a unity build,
// its files compiled together (tests/CMakeLists.txt, PERFPA_UNITY_TESTS).
namespace prova_values_leggi_italiano {

namespace {
std::int64_t cent(const Esito<Importo>& e) {
    REQUIRE(e.has_value());
    return e->centesimi();
}
template <class T>
std::string motivo(const Esito<T>& e) {
    REQUIRE_FALSE(e.has_value());
    return e.error().motivo;
}
} // namespace

TEST_CASE("leggi_importo_italiano: the forms people write") {
    CHECK(cent(leggi_importo_italiano("25.000,00")) == 25'000'00);
    CHECK(cent(leggi_importo_italiano("25000,00")) == 25'000'00);
    CHECK(cent(leggi_importo_italiano("25.000")) == 25'000'00);
    CHECK(cent(leggi_importo_italiano("25.000,00 €")) == 25'000'00);
    CHECK(cent(leggi_importo_italiano("25.000,00€")) == 25'000'00);
    CHECK(cent(leggi_importo_italiano("€ 25.000,00")) == 25'000'00);
    CHECK(cent(leggi_importo_italiano("  19.691,29\xC2\xA0\xE2\x82\xAC ")) == 19'691'29); // no-break space before €
    CHECK(cent(leggi_importo_italiano("-0,50")) == -50);
    CHECK(cent(leggi_importo_italiano("0,5")) == 50);
    CHECK(cent(leggi_importo_italiano("1.234.567,89")) == 1'234'567'89);
    CHECK(cent(leggi_importo_italiano("7,500")) == 7'50); // trailing zeros carry no decimals
}

TEST_CASE("leggi_importo_italiano: what it refuses and the reason") {
    CHECK(motivo(leggi_importo_italiano("12.50")) ==
          "importo non valido: le migliaia vanno separate dal punto a gruppi di tre cifre; i decimali vanno dopo la "
          "virgola, come \"12,50\"");
    CHECK(motivo(leggi_importo_italiano("2.50,00")) ==
          "importo non valido: le migliaia vanno separate dal punto a gruppi di tre cifre, come \"25.000,00\"");
    CHECK(motivo(leggi_importo_italiano("2500.000")) ==
          "importo non valido: le migliaia vanno separate dal punto a gruppi di tre cifre, come \"25.000,00\"");
    CHECK(motivo(leggi_importo_italiano("1,234")) == "importo non valido: al massimo 2 decimali");
    CHECK(motivo(leggi_importo_italiano("")) == "importo non valido: non è un numero scritto all'italiana, come \"25.000,00\"");
    CHECK(motivo(leggi_importo_italiano("€")) == "importo non valido: non è un numero scritto all'italiana, come \"25.000,00\"");
    CHECK(motivo(leggi_importo_italiano("12,")) == "importo non valido: cifre decimali mancanti dopo la virgola");
    CHECK(motivo(leggi_importo_italiano("1,2,3")) == "importo non valido: più di una virgola nel numero");
    CHECK(motivo(leggi_importo_italiano("12 000")) == "importo non valido: spazio inatteso nel numero");
    CHECK(motivo(leggi_importo_italiano("dodici")) == "importo non valido: carattere inatteso nel numero");
    CHECK(motivo(leggi_importo_italiano("$ 12")) == "importo non valido: carattere inatteso nel numero");
    CHECK(motivo(leggi_importo_italiano("1e3")) == "importo non valido: carattere inatteso nel numero");
    CHECK(motivo(leggi_importo_italiano("012,00")) == "importo non valido: zeri iniziali non ammessi");
    CHECK(motivo(leggi_importo_italiano("99.999.999.999.999.999.999,00")) == "importo non valido: valore fuori intervallo");
    // The JSON form is not the Italian one: "19691.29" has a group of two after the dot.
    CHECK_FALSE(leggi_importo_italiano("19691.29").has_value());
}

TEST_CASE("leggi_percentuale_italiana and leggi_punti_italiani and leggi_peso_italiano") {
    CHECK(leggi_percentuale_italiana("75,49 %").value() == Percentuale::da_centesimi(75'49));
    CHECK(leggi_percentuale_italiana("75,49%").value() == Percentuale::da_centesimi(75'49));
    CHECK(leggi_percentuale_italiana("100").value() == Percentuale::interi(100));
    CHECK(motivo(leggi_percentuale_italiana("100,01 %")) == "percentuale fuori intervallo: ammesso da 0 a 100");
    CHECK(motivo(leggi_percentuale_italiana("-1%")) == "percentuale fuori intervallo: ammesso da 0 a 100");
    CHECK(motivo(leggi_percentuale_italiana("75,491%")) == "percentuale non valida: al massimo 2 decimali");
    CHECK(motivo(leggi_percentuale_italiana("75.49%")) ==
          "percentuale non valida: le migliaia vanno separate dal punto a gruppi di tre cifre; i decimali vanno "
          "dopo la virgola, come \"12,50\"");
    CHECK(leggi_punti_italiani("27,50").value() == Punti::da_centesimi(27'50));
    CHECK(leggi_punti_italiani(" 27,5 ").value() == Punti::da_centesimi(27'50));
    CHECK(motivo(leggi_punti_italiani("27,50 %")) == "punteggio non valido: spazio inatteso nel numero");
    CHECK(motivo(leggi_punti_italiani("101")) == "punteggio fuori intervallo: ammesso da 0 a 100");
    CHECK(leggi_peso_italiano("7,5").value() == Peso::da_centesimi(7'50));
    CHECK(leggi_peso_italiano("1.000").value() == Peso::interi(1000));
    CHECK(motivo(leggi_peso_italiano("-1")) == "peso fuori intervallo: ammesso da 0 a 1.000.000");
}

TEST_CASE("leggi_decimale_italiano and leggi_data_italiana") {
    CHECK(leggi_decimale_italiano("-18").value() == Decimale::interi(-18));
    CHECK(leggi_decimale_italiano("58,3").value() == Decimale::da_milionesimi(58'300'000));
    CHECK(leggi_decimale_italiano("1.234,000001").value() == Decimale::da_milionesimi(1'234'000'001));
    CHECK(motivo(leggi_decimale_italiano("1,0000001")) == "numero non valido: al massimo 6 decimali");
    CHECK(leggi_data_italiana("31.12.2023").value() == Data::da_testo("2023-12-31").value());
    CHECK(leggi_data_italiana("1/1/2024").value() == Data::da_testo("2024-01-01").value());
    CHECK(motivo(leggi_data_italiana("30.02.2023")) == "data non valida: giorno inesistente nel mese");
    CHECK(motivo(leggi_data_italiana("31.13.2023")) == "data non valida: mese inesistente");
    CHECK(motivo(leggi_data_italiana("31.12.23")) == "data non valida: attesa come \"31.12.2023\" o \"31/12/2023\"");
    CHECK(motivo(leggi_data_italiana("31/12.2023")) == "data non valida: attesa come \"31.12.2023\" o \"31/12/2023\"");
    CHECK(motivo(leggi_data_italiana("2023-12-31")) == "data non valida: attesa come \"31.12.2023\" o \"31/12/2023\"");
    CHECK(motivo(leggi_data_italiana("")) == "data non valida: attesa come \"31.12.2023\" o \"31/12/2023\"");
}

TEST_CASE("each reader is the inverse of its writer") {
    std::mt19937_64 caso(20231231);
    std::uniform_int_distribution<std::int64_t> importi(-90'000'000'000'000'00, 90'000'000'000'000'00);
    std::uniform_int_distribution<std::int64_t> centesimi(0, 100'00), pesi(0, 1'000'000'00);
    std::uniform_int_distribution<std::int64_t> milionesimi(-Decimale::limite + 1, Decimale::limite - 1);
    std::uniform_int_distribution<int> anni(1, 9999), mesi(1, 12), giorni(1, 31);
    for (int k = 0; k < 20'000; ++k) {
        // Small values too: they have no thousands separator, or a short first group.
        const std::int64_t i = k % 2 ? importi(caso) : importi(caso) % 100'000'00;
        const Importo a = Importo::da_centesimi(i);
        REQUIRE(leggi_importo_italiano(formatta_importo(a)).value() == a);
        const auto p = Percentuale::da_centesimi(centesimi(caso));
        REQUIRE(leggi_percentuale_italiana(formatta_percentuale(p)).value() == p);
        const auto t = Punti::da_centesimi(centesimi(caso));
        REQUIRE(leggi_punti_italiani(formatta_punti(t)).value() == t);
        const auto w = Peso::da_centesimi(pesi(caso));
        REQUIRE(leggi_peso_italiano(formatta_peso(w)).value() == w);
        const auto d = Decimale::da_milionesimi(k % 2 ? milionesimi(caso) : milionesimi(caso) % 10'000'000);
        REQUIRE(leggi_decimale_italiano(formatta_decimale(d)).value() == d);
        if (auto g = Data::da_parti(anni(caso), mesi(caso), giorni(caso)))
            REQUIRE(leggi_data_italiana(formatta_data(*g)).value() == *g);
    }
    // The extremes.
    for (const std::int64_t i : {std::int64_t{0}, std::int64_t{-1}, std::int64_t{99}, std::int64_t{100'000},
                                 std::int64_t{90'000'000'000'000'000}, std::int64_t{-90'000'000'000'000'000}})
        CHECK(leggi_importo_italiano(formatta_importo(Importo::da_centesimi(i))).value() == Importo::da_centesimi(i));
}

} // namespace prova_values_leggi_italiano
