// The generator of staff documents the property tests share (fixed seed,
// reproducible): a Relazione of four settori, an SMVP with two profiles and
// a staff of 1–8 people with assignments across three years, own objectives
// and references, behaviours and reviews.
#ifndef PERFPA_TESTS_SCORING_GENERATORE_PERSONALE_HPP
#define PERFPA_TESTS_SCORING_GENERATORE_PERSONALE_HPP

#include <perfpa/model/personale.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>
#include <perfpa/testing/personale.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace perfpa_test {

using namespace perfpa;
using namespace perfpa::testing;

inline const std::vector<std::string> catalogo{"collaborazione", "autonomia", "leadership", "utenza"};

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

} // namespace perfpa_test

#endif
