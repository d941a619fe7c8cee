// Property tests over generated documents (fixed seed, reproducible).
#include "catch2.hpp"

#include <perfpa/checks.hpp>
#include <perfpa/scoring.hpp>
#include <perfpa/testing/costruttori.hpp>

#include <cstdint>
#include <random>
#include <string>

using namespace perfpa;
using namespace perfpa::testing;

// This file's names in a namespace of their own: the test executable is a unity build,
// its files compiled together (tests/CMakeLists.txt, PERFPA_UNITY_TESTS).
namespace prova_scoring_proprieta {

namespace {

// std::mt19937_64 is specified exactly; the distributions are not, so we
// reduce by modulo ourselves to get the same documents everywhere.
struct Generatore {
    std::mt19937_64 rng{20231231};
    std::int64_t tra(std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    bool moneta(int percento) { return tra(1, 100) <= percento; }

    Indicatore indicatore() {
        switch (tra(0, 3)) {
        case 0: return binario(moneta(50), moneta(80) ? std::optional<bool>(moneta(50)) : std::nullopt);
        case 1:
        case 2: {
            const auto a = std::to_string(tra(-20, 200)), r = std::to_string(tra(-20, 300)) + "." + std::to_string(tra(0, 99));
            return quantitativo(moneta(50) ? Verso::crescente : Verso::decrescente, a, moneta(90) ? r : "");
        }
        default: return qualitativo();
        }
    }
    Smvp smvp_casuale() {
        const std::int64_t org = tra(0, 100), ind = tra(0, 100 - org);
        CostruttoreSmvp s = uno_smvp(org, ind, 100 - org - ind);
        s.fascia("zero", 0, tra(0, 100));
        for (std::int64_t k = 0, n = tra(0, 4); k < n; ++k) s.fascia("f" + std::to_string(k), tra(1, 100), tra(0, 100));
        s.giudizi(tra(0, 100), tra(0, 100), tra(0, 100), tra(0, 100));
        if (moneta(30)) s.soglia(Percentuale::da_centesimi(tra(0, 100'00)));
        // Random `da` may repeat (an invalid SMVP, which `crea()` would refuse):
        // take it unchecked and drop the later duplicates to keep it valid.
        Smvp out = s.crea_senza_verifica();
        std::vector<Fascia> uniche;
        for (const Fascia& f : out.fasce) {
            bool dup = false;
            for (const Fascia& u : uniche) dup = dup || u.da == f.da;
            if (!dup) uniche.push_back(f);
        }
        out.fasce = uniche;
        return out;
    }
    Relazione relazione_casuale() {
        CostruttoreRelazione r = una_relazione();
        if (moneta(50)) {
            r.performance_organizzativa(tra(0, 100), tra(0, 110));
        } else {
            for (std::int64_t k = 0, n = tra(0, 4); k < n; ++k) {
                if (moneta(60)) r.ambito("a" + std::to_string(k), static_cast<Giudizio>(tra(0, 4)));
                else r.ambito("a" + std::to_string(k), {indicatore(), indicatore()});
            }
        }
        for (std::int64_t i = 0, ns = tra(1, 4); i < ns; ++i) {
            CostruttoreSettore s = settore("s" + std::to_string(i), tra(0, 40));
            for (std::int64_t j = 0, no = tra(0, 6); j < no; ++j) {
                const std::string id = "s" + std::to_string(i) + "-" + std::to_string(j);
                const Peso p = Peso::da_centesimi(tra(0, 10'00));
                switch (tra(0, 4)) {
                case 0:
                case 1: s.obiettivo(id, p, grado(Percentuale::da_centesimi(tra(0, 100'00)))); break;
                case 2: s.obiettivo(id, p, neutralizzato()); break;
                case 3: s.obiettivo(id, p, {indicatore(), indicatore()}); break;
                default: s.obiettivo(id, p, senza_ndv()); break;
                }
            }
            if (moneta(80)) s.comportamenti(Punti::da_centesimi(tra(0, 40'00)));
            r.con(s);
        }
        // Unchecked: valore_realizzato up to 110, beyond what a document can
        // hold, tests the clamp min(valore_realizzato, peso) there too.
        return std::move(r).crea_senza_verifica();
    }
};

std::int64_t punti(const Componente& c) { return c.punti ? c.punti->centesimi() : 0; }

} // namespace

TEST_CASE("properties over 10,000 generated documents") {
    Generatore g;
    int confrontati = 0, rialzi = 0, non_differenziate = 0;
    for (int caso = 0; caso < 10'000; ++caso) {
        const Smvp s = g.smvp_casuale();
        REQUIRE(errori_modello(s).empty());
        Relazione r = g.relazione_casuale();
        const auto p = calcola_punteggi(r, s);
        REQUIRE(p.size() == r.settori.size());
        for (const PunteggioSettore& x : p) {
            INFO("caso " << caso << ", settore " << x.settore);
            // Every component within its weight.
            CHECK((punti(x.performance_organizzativa) >= 0 &&
                   punti(x.performance_organizzativa) <= s.pesi.performance_organizzativa.centesimi()));
            CHECK((punti(x.obiettivi_individuali) >= 0 &&
                   punti(x.obiettivi_individuali) <= s.pesi.obiettivi_individuali.centesimi()));
            CHECK((punti(x.comportamenti) >= 0 && punti(x.comportamenti) <= s.pesi.comportamenti.centesimi()));
            // Total = sum of the rounded components.
            CHECK(x.totale.centesimi() ==
                  punti(x.performance_organizzativa) + punti(x.obiettivi_individuali) + punti(x.comportamenti));
            // The band: the largest da ≤ totale.
            for (const Fascia& f : s.fasce)
                if (f.da <= x.totale) CHECK(x.fascia != "");
            const Fascia* attesa = nullptr;
            for (const Fascia& f : s.fasce)
                if (f.da <= x.totale && (!attesa || f.da > attesa->da)) attesa = &f;
            REQUIRE(attesa);
            CHECK(x.fascia == attesa->nome);
            CHECK(x.quota_premio == attesa->quota_premio);
            // Not complete whenever a component is missing.
            if (!x.performance_organizzativa.punti || !x.obiettivi_individuali.punti || !x.comportamenti.punti)
                CHECK_FALSE(x.completo);
        }
        // Identical input gives identical output and explanation.
        CHECK(calcola_punteggi(r, s) == p);
        // esamina: the same findings and scores as the two calls apart.
        {
            const Esame e = esamina(r, s);
            CHECK(e.punteggi == p);
            CHECK(e.rilievi == controlla(r, s));
            for (const Rilievo& x : e.rilievi) non_differenziate += x.codice == "VALUTAZIONI_NON_DIFFERENZIATE";
            if (caso % 10 == 0) {
                const Esame cifre = esamina(r, s, OpzioniPunteggi{.spiegazioni = false});
                CHECK(cifre.punteggi == calcola_punteggi(r, s, OpzioniPunteggi{.spiegazioni = false}));
                CHECK(cifre.rilievi == e.rilievi);
            }
        }
        // Without explanations: the same figures, every explanation empty.
        {
            auto senza = calcola_punteggi(r, s, OpzioniPunteggi{.spiegazioni = false});
            auto con = p;
            for (PunteggioSettore& x : con) {
                CHECK_FALSE(x.obiettivi_individuali.spiegazione.empty());
                x.performance_organizzativa.spiegazione.clear();
                x.obiettivi_individuali.spiegazione.clear();
                x.comportamenti.spiegazione.clear();
                for (ContributoObiettivo& c : x.obiettivi) c.grado.spiegazione.clear();
            }
            CHECK(senza == con);
        }
        ++confrontati;
        // Raising one NdV degree never lowers a score.
        if (!r.valutazione_ndv || !r.valutazione_ndv->valutazioni_individuali) continue;
        for (ValutazioneIndividuale& v : *r.valutazione_ndv->valutazioni_individuali) {
            if (!v.obiettivi) continue;
            for (ValutazioneObiettivo& o : *v.obiettivi) {
                if (!o.grado_raggiungimento || o.grado_raggiungimento->centesimi() == 100'00) continue;
                const std::int64_t prima = o.grado_raggiungimento->centesimi();
                o.grado_raggiungimento = Percentuale::da_centesimi(g.tra(prima + 1, 100'00));
                const auto dopo = calcola_punteggi(r, s);
                for (std::size_t i = 0; i < p.size(); ++i) {
                    INFO("caso " << caso << ", rialzo in " << v.settore);
                    CHECK(dopo[i].obiettivi_individuali.punti.value_or(Punti{}) >=
                          p[i].obiettivi_individuali.punti.value_or(Punti{}));
                    CHECK(dopo[i].totale >= p[i].totale);
                }
                ++rialzi;
                goto prossimo; // one raise per document
            }
        }
    prossimo:;
    }
    CHECK(confrontati == 10'000);
    CHECK(rialzi > 1'000); // the generator does produce NdV degrees to raise
    CHECK(non_differenziate > 20); // esamina's shared scores do decide VALUTAZIONI_NON_DIFFERENZIATE
}

TEST_CASE("property: raising an indicator's result (crescente) never lowers the objective's degree") {
    Generatore g;
    for (int caso = 0; caso < 10'000; ++caso) {
        const std::int64_t a = g.tra(-50, 500), r = g.tra(-100, 1000), piu = g.tra(0, 300);
        Obiettivo o;
        o.id = "o";
        o.indicatori = {crescente(std::to_string(a), std::to_string(r)), binario(true, true)};
        const auto prima = grado_obiettivo(o, nullptr).grado;
        o.indicatori[0] = crescente(std::to_string(a), std::to_string(r + piu));
        const auto dopo = grado_obiettivo(o, nullptr).grado;
        REQUIRE(prima);
        REQUIRE(dopo);
        INFO("A " << a << " R " << r << " +" << piu);
        CHECK(*dopo >= *prima);
        // and lowering a decrescente result never lowers it either
        o.indicatori[0] = decrescente(std::to_string(a), std::to_string(r));
        const auto d1 = grado_obiettivo(o, nullptr).grado;
        o.indicatori[0] = decrescente(std::to_string(a), std::to_string(r - piu));
        CHECK(*grado_obiettivo(o, nullptr).grado >= *d1);
    }
}

} // namespace prova_scoring_proprieta
