// errori_modello_completo against the decoder on generated models with bad
// values planted at random: the errors of the model equal those of decoding
// its text, pointer for pointer and word for word.
#include "catch2.hpp"

#include <corpus.hpp>

#include "numeri.hpp"

#include <perfpa/json.hpp>
#include <perfpa/model/verifica.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

using namespace perfpa;

namespace {

// Visits every value of a model that the decoder checks for range; with
// probability 1/`raro` replaces it with a value the decoder would refuse.
class Guastatore {
public:
    Guastatore(std::uint64_t seme, int raro) : g_(seme), raro_(raro) {}
    int guasti = 0;

    template <class T>
    void valore(T& v) { test::per_ogni_numero(v, *this); }

    // Each number met (ints are left as they are).
    template <class T>
    void operator()(T& v) {
        if constexpr (perfpa::detail::e_centesimi<T>::value) {
            if (colpo()) {
                const std::int64_t fuori[] = {-1, -100'00, T::massimo + 1, T::massimo + 99'99, -T::massimo};
                v = T::da_centesimi(g_.scegli(fuori));
            }
        } else if constexpr (std::is_same_v<T, Importo>) {
            if (colpo()) v = Importo::da_centesimi(g_.probabile(50) ? 90'000'000'000'000'001 : -90'000'000'000'000'001);
        } else if constexpr (std::is_same_v<T, Decimale>) {
            if (colpo()) v = Decimale::da_milionesimi(g_.probabile(50) ? Decimale::limite + 1 : -Decimale::limite - 7);
        }
    }

private:
    bool colpo() {
        const bool si = g_.tra(1, raro_) == 1;
        guasti += si;
        return si;
    }
    perfpa::bench::Generatore g_;
    int raro_;
};

std::vector<std::string> testi(const std::vector<ErroreDecodifica>& errori) {
    std::vector<std::string> out;
    for (const auto& e : errori) out.push_back(e.testo());
    return out;
}

} // namespace

TEST_CASE("errori_modello_completo equals the decoder on 300 models with bad values planted") {
    int guasti = 0, con_errori = 0;
    for (std::uint64_t k = 0; k < 300; ++k) {
        Relazione r = perfpa::bench::genera_relazione(2023, k);
        REQUIRE(errori_modello_completo(r).empty());
        Guastatore guasta(k, k % 3 == 0 ? 20 : 200); // many errors, or a few
        guasta.valore(r);
        guasti += guasta.guasti;
        json::OpzioniDecodifica tutti;
        tutti.errori_massimi = 100'000;
        const auto decodificato = json::decodifica<Relazione>(json::codifica(r), tutti);
        const auto attesi = decodificato ? std::vector<ErroreDecodifica>{} : decodificato.error().errori;
        con_errori += !attesi.empty();
        INFO("document " << k << ", " << guasta.guasti << " bad values");
        REQUIRE(testi(errori_modello_completo(r)) == testi(attesi));
    }
    // The test planted what it meant to.
    CHECK(guasti > 1000);
    CHECK(con_errori > 200);
}
