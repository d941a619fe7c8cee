// A generated Relazione with the optional fields of ciclo.md §1–§6 filled in
// (strategic objectives, shared objectives, the indicator sheet, amendments,
// a settore's own areas), from the benchmark corpus's generator.
#ifndef PERFPA_TESTS_CICLO_GENERATORE_HPP
#define PERFPA_TESTS_CICLO_GENERATORE_HPP

#include <corpus.hpp>

#include <perfpa/model.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace perfpa_test {

/** `r` with every field of ciclo.md §1–§6 given somewhere, decided by `seme`. */
inline perfpa::Relazione con_ciclo(perfpa::Relazione r, std::uint64_t seme) {
    using namespace perfpa;
    bench::Generatore g(seme);
    std::vector<ObiettivoStrategico> strategici;
    const int n = g.tra(1, 4);
    for (int k = 1; k <= n; ++k) {
        ObiettivoStrategico s;
        s.id = "OS" + std::to_string(k);
        s.descrizione = "Obiettivo strategico " + std::to_string(k);
        if (g.probabile(60)) s.missione = "0" + std::to_string(g.tra(1, 9));
        if (g.probabile(40)) s.programma = "01.0" + std::to_string(g.tra(1, 9));
        if (g.probabile(30)) s.sezione_piao = "2.2 Performance";
        strategici.push_back(std::move(s));
    }
    r.obiettivi_strategici = std::move(strategici);
    std::vector<std::string> ambiti;
    if (r.performance_organizzativa && r.performance_organizzativa->ambiti)
        for (const auto& a : *r.performance_organizzativa->ambiti) ambiti.push_back(a.id);
    int codice = 0;
    for (auto& s : r.settori) {
        if (!ambiti.empty() && g.probabile(50)) {
            std::vector<AmbitoSettore> propri;
            for (const auto& a : ambiti)
                if (g.probabile(50)) propri.push_back({a, Peso::interi(g.tra(1, 5))});
            s.ambiti = std::move(propri);
        }
        for (auto& o : s.obiettivi) {
            if (g.probabile(60)) o.obiettivo_strategico = "OS" + std::to_string(g.tra(1, n));
            if (g.probabile(10)) o.trasversale = "T" + std::to_string(g.tra(1, 3));
            if (g.probabile(10)) {
                Rimodulazione m;
                m.atto.organo = "giunta";
                m.atto.numero = std::to_string(g.tra(1, 300));
                m.atto.data = Data::da_parti(r.anno, g.tra(1, 12), g.tra(1, 28)).value();
                m.motivazione = "Variazione di bilancio";
                o.rimodulazione = std::move(m);
            }
            for (auto& i : o.indicatori) {
                if (g.probabile(70)) i.codice = "IND-" + std::to_string(++codice);
                if (g.probabile(30)) i.fonte = "Ufficio ragioneria";
                if (g.probabile(20)) i.formula = "pratiche evase / pratiche ricevute";
                if (i.misura != Misura::quantitativa) continue;
                if (g.probabile(40)) {
                    i.numeratore = Decimale::interi(g.tra(0, 500));
                    i.denominatore = Decimale::interi(g.tra(0, 500));
                }
                if (g.probabile(30)) i.baseline = ValoreAnnuale{r.anno - 1, Valore{Decimale::interi(g.tra(1, 90))}};
                if (g.probabile(30) && i.valore_atteso) {
                    std::vector<ValoreAnnuale> t;
                    for (int a = r.anno; a < r.anno + 3; ++a) t.push_back({a, *i.valore_atteso});
                    i.target_pluriennali = std::move(t);
                }
            }
        }
    }
    return r;
}

} // namespace perfpa_test

#endif
