// Property tests of calcola_punteggi_personale over generated staff
// documents (fixed seed, reproducible): every component within its
// profile's weight, the total the sum of the components, the same input the
// same output, and a better behaviour score never lowers a total.
#include "catch2.hpp"

#include <perfpa/model/vincoli.hpp>
#include <perfpa/scoring/personale.hpp>
#include <perfpa/testing/personale.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

using namespace perfpa;
using namespace perfpa::testing;

namespace {

const std::vector<std::string> catalogo{"collaborazione", "autonomia", "leadership", "utenza"};

// std::mt19937_64 is specified exactly; the reduction by modulo is ours, so
// the documents are the same everywhere.
struct Generatore {
    std::mt19937_64 rng{20240229};
    std::int64_t tra(std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    bool moneta(int percento) { return tra(1, 100) <= percento; }
    Data data(int anno) { return Data::da_parti(anno, static_cast<int>(tra(1, 12)), static_cast<int>(tra(1, 28))).value(); }

    Relazione relazione() {
        CostruttoreRelazione r = una_relazione(2024);
        r.performance_organizzativa(tra(1, 100), tra(0, 100));
        for (int i = 0; i < 4; ++i) {
            CostruttoreSettore s = settore("s" + std::to_string(i), 30);
            for (std::int64_t j = 0, n = tra(0, 4); j < n; ++j) {
                const std::string id = "s" + std::to_string(i) + "-" + std::to_string(j);
                const Peso p = Peso::da_centesimi(tra(0, 20'00));
                switch (tra(0, 3)) {
                case 0:
                case 1: s.obiettivo(id, p, grado(Percentuale::da_centesimi(tra(0, 100'00)))); break;
                case 2: s.obiettivo(id, p, neutralizzato()); break;
                default: s.obiettivo(id, p, senza_ndv()); break;
                }
            }
            r.con(s);
        }
        return std::move(r).crea_senza_verifica();
    }

    // Two profiles: one for the three lowest areas, one for EQ and funzionari,
    // the other categories without a profile.
    Smvp smvp() {
        CostruttoreSmvp s = uno_smvp(40, 30, 30);
        s.fascia("D", 0, tra(0, 100)).fascia("A", tra(1, 100), 100);
        const std::int64_t minimo = tra(0, 2);
        s.scala(minimo, tra(minimo + 1, 10)).giorni_minimi(static_cast<int>(tra(0, 120)));
        if (moneta(30)) s.soglia(tra(0, 60));
        for (const char* nome : {"dipendenti", "eq"}) {
            const std::int64_t org = tra(0, 100), obi = tra(0, 100 - org);
            std::vector<Categoria> categorie =
                std::string(nome) == "eq"
                    ? std::vector<Categoria>{Categoria::elevata_qualificazione, Categoria::funzionario}
                    : std::vector<Categoria>{Categoria::istruttore, Categoria::operatore_esperto, Categoria::operatore};
            CostruttoreProfilo p = profilo(nome, std::move(categorie), org, obi, 100 - org - obi);
            for (std::size_t k = 0, n = static_cast<std::size_t>(tra(1, 4)); k < n; ++k)
                p.comportamento(catalogo[k], k == 0 ? tra(1, 100) : tra(0, 100));
            if (moneta(50)) p.fascia("alta", tra(1, 100), 100).fascia("bassa", 0, tra(0, 100));
            s.profilo(p);
        }
        for (const std::string& c : catalogo) s.comportamento(c, c);
        return s.crea();
    }

    Punti punti_in(const ScalaComportamenti& scala) {
        return Punti::da_centesimi(tra(scala.minimo.centesimi(), scala.massimo.centesimi()));
    }

    Personale personale(const Smvp& smvp) {
        Personale p;
        p.anno = 2024;
        p.ente = "Comune di Prova";
        for (std::int64_t i = 0, n = tra(1, 8); i < n; ++i) {
            Dipendente d;
            d.id = std::to_string(i);
            d.categoria = static_cast<Categoria>(tra(0, 6));
            for (std::int64_t k = 0, na = tra(1, 3); k < na; ++k) {
                const int a1 = static_cast<int>(tra(2023, 2025));
                Data dal = data(a1), al = data(static_cast<int>(tra(a1, 2025)));
                if (al < dal) std::swap(dal, al);
                d.assegnazioni.push_back({"s" + std::to_string(tra(0, 4)), dal, al}); // s4 does not exist
            }
            if (moneta(60)) {
                d.obiettivi.emplace();
                for (std::int64_t k = 0, no = tra(0, 3); k < no; ++k) {
                    ObiettivoDipendente o;
                    o.peso = Peso::da_centesimi(tra(0, 50'00));
                    if (moneta(50)) {
                        o.obiettivo = "s" + std::to_string(tra(0, 3)) + "-" + std::to_string(tra(0, 4));
                    } else {
                        o.id = d.id + "-" + std::to_string(k);
                        o.descrizione = "obiettivo";
                        if (moneta(80)) o.grado_raggiungimento = Percentuale::da_centesimi(tra(0, 100'00));
                    }
                    d.obiettivi->push_back(o);
                }
            }
            auto comportamenti = [&] {
                std::vector<PunteggioComportamento> v;
                for (const std::string& c : catalogo)
                    if (moneta(70)) v.push_back({c, punti_in(*smvp.scala_comportamenti)});
                return v;
            };
            if (moneta(90)) d.comportamenti = comportamenti();
            if (moneta(20)) {
                Contraddittorio c;
                c.stato = moneta(50) ? StatoContraddittorio::aperto : StatoContraddittorio::concluso;
                if (c.stato == StatoContraddittorio::concluso && moneta(70)) c.comportamenti = comportamenti();
                d.contraddittorio = c;
            }
            p.dipendenti.push_back(std::move(d));
        }
        return p;
    }
};

std::int64_t cent(const Componente& c) { return c.punti ? c.punti->centesimi() : 0; }

} // namespace

TEST_CASE("personale scoring: properties over 5,000 generated staff documents") {
    Generatore g;
    int valutati = 0, rialzi = 0;
    for (int caso = 0; caso < 5'000; ++caso) {
        const Relazione r = g.relazione();
        const Smvp s = g.smvp();
        REQUIRE(errori_modello(s).empty());
        Personale personale = g.personale(s);
        const auto punteggi = calcola_punteggi_personale(personale, r, s);
        REQUIRE(punteggi.size() == personale.dipendenti.size());
        for (std::size_t i = 0; i < punteggi.size(); ++i) {
            const PunteggioDipendente& x = punteggi[i];
            INFO("caso " << caso << ", dipendente " << x.id);
            CHECK(x.id == personale.dipendenti[i].id);
            const ProfiloSmvp* profilo = perfpa::detail::profilo_di(s, x.categoria);
            CHECK(x.valutato == (profilo && x.giorni >= *s.giorni_minimi_valutazione));
            CHECK((x.giorni >= 0 && x.giorni <= 366));
            if (!x.valutato) continue;
            ++valutati;
            // Every component within its profile's weight.
            CHECK((cent(x.performance_organizzativa) >= 0 &&
                   cent(x.performance_organizzativa) <= profilo->pesi.performance_organizzativa.centesimi()));
            CHECK((cent(x.obiettivi_individuali) >= 0 &&
                   cent(x.obiettivi_individuali) <= profilo->pesi.obiettivi_individuali.centesimi()));
            CHECK((cent(x.comportamenti) >= 0 && cent(x.comportamenti) <= profilo->pesi.comportamenti.centesimi()));
            // The total is the sum of the rounded components.
            CHECK(x.totale.centesimi() ==
                  cent(x.performance_organizzativa) + cent(x.obiettivi_individuali) + cent(x.comportamenti));
            CHECK_FALSE(x.fascia.empty());
        }
        // Deterministic, and the same figures without explanations.
        CHECK(calcola_punteggi_personale(personale, r, s) == punteggi);
        auto senza = calcola_punteggi_personale(personale, r, s, {.spiegazioni = false});
        REQUIRE(senza.size() == punteggi.size());
        for (std::size_t i = 0; i < senza.size(); ++i) {
            CHECK(senza[i].totale == punteggi[i].totale);
            CHECK(senza[i].completo == punteggi[i].completo);
            CHECK(senza[i].comportamenti.spiegazione.empty());
        }
        // A better behaviour score never lowers a total: raise one behaviour
        // of one person by up to 1 point (within the scale), everywhere it is scored.
        const std::size_t chi = static_cast<std::size_t>(g.tra(0, static_cast<std::int64_t>(punteggi.size()) - 1));
        const std::string& quale = catalogo[static_cast<std::size_t>(g.tra(0, 3))];
        const std::int64_t massimo = s.scala_comportamenti->massimo.centesimi();
        auto alza = [&](std::optional<std::vector<PunteggioComportamento>>& v) {
            if (!v) return;
            for (PunteggioComportamento& p : *v)
                if (p.comportamento == quale)
                    p.punteggio = Punti::da_centesimi(std::min(massimo, p.punteggio.centesimi() + g.tra(0, 100)));
        };
        Dipendente& d = personale.dipendenti[chi];
        alza(d.comportamenti);
        if (d.contraddittorio) alza(d.contraddittorio->comportamenti);
        const auto dopo = calcola_punteggi_personale(personale, r, s, {.spiegazioni = false});
        INFO("caso " << caso << ": il comportamento " << quale << " del dipendente " << d.id);
        CHECK(dopo[chi].totale >= punteggi[chi].totale);
        rialzi += dopo[chi].totale > punteggi[chi].totale;
        for (std::size_t i = 0; i < dopo.size(); ++i)
            if (i != chi) CHECK(dopo[i].totale == punteggi[i].totale);
    }
    // The generator reaches the cases the properties are about.
    CHECK(valutati > 5'000);
    CHECK(rialzi > 500);
}
