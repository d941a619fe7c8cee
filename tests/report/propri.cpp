// An ente's own check rows reach `esamina`, `Esaminatore` and
// `prepara_report` as they reach `controlla`; the report data carry a
// neutralisation's reason and, when a split is given, its amounts.
#include "catch2.hpp"
#include "controlli_propri.hpp"

#include <perfpa/perfpa.hpp>
#include <perfpa/report.hpp>
#include <perfpa/testing/costruttori.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace perfpa;
using namespace perfpa::testing;

namespace {

using perfpa_test::obiettivo_senza_scadenza;

const std::vector<Controllo> propri = {
    {{"OBIETTIVO_SENZA_SCADENZA", Gravita::violazione, "regolamento dell'ente"}, false, false, &obiettivo_senza_scadenza},
};

Relazione relazione_di_prova() {
    Relazione r = una_relazione()
                      .performance_organizzativa(40, 40)
                      .con(settore("tecnico", 30)
                               .obiettivo("t-1", 15, grado(100))
                               .obiettivo("t-2", 15, neutralizzato("Bando regionale non pubblicato"))
                               .comportamenti(30))
                      .con(settore("ragioneria", 30).obiettivo("r-1", 30, grado(50)).comportamenti(20))
                      .validazione(EsitoValidazione::validata);
    for (Settore& s : r.settori)
        for (Obiettivo& o : s.obiettivi) o.data_fine_prevista = Data::da_parti(2023, 12, 31).value();
    r.settori[0].obiettivi[0].data_fine_prevista.reset(); // what the ente's rule reports
    return r;
}

const Smvp smvp_di_prova = uno_smvp(40, 30, 30).fascia("A", 90, 100).fascia("B", 60, 50).fascia("D", 0, 0);

std::vector<std::string> codici(const std::vector<Rilievo>& v) {
    std::vector<std::string> out;
    for (const Rilievo& x : v) out.push_back(x.codice + " " + x.percorso);
    return out;
}

} // namespace

TEST_CASE("esamina and Esaminatore run the ente's own rows as controlla does") {
    const Relazione r = relazione_di_prova();
    const std::vector<Rilievo> attesi = controlla(r, smvp_di_prova, propri);
    REQUIRE(std::count_if(attesi.begin(), attesi.end(),
                          [](const Rilievo& x) { return x.codice == "OBIETTIVO_SENZA_SCADENZA"; }) == 1);
    const Esame e = esamina(r, smvp_di_prova, propri);
    CHECK(codici(e.rilievi) == codici(attesi));
    CHECK(e.rilievi == attesi);
    CHECK(e.punteggi == calcola_punteggi(r, smvp_di_prova));
    // Without the rows, the catalogue alone.
    CHECK(esamina(r, smvp_di_prova).rilievi == controlla(r, smvp_di_prova));
    Esaminatore con_propri(propri);
    CHECK(con_propri.propri().size() == 1);
    CHECK(con_propri.esamina(r, smvp_di_prova) == e);
    CHECK(con_propri.esamina(r, smvp_di_prova) == e); // the second document, over the first's buffers
    Esaminatore senza;
    CHECK(senza.esamina(r, smvp_di_prova).rilievi == controlla(r, smvp_di_prova));
}

TEST_CASE("prepara_report: the own rows' findings, the neutralisation's reason, the split's amounts") {
    const Relazione r = relazione_di_prova();
    const Ripartizione split = ripartisci_premi(r, smvp_di_prova, Importo::euro(10'000)).value();
    OpzioniReport o;
    o.propri = propri;
    o.ripartizione = split;
    const DatiReport d = prepara_report(r, smvp_di_prova, o);
    bool trovato = false;
    for (const GruppoRilievi& g : d.rilievi)
        for (const Rilievo& x : g.rilievi)
            if (x.codice == "OBIETTIVO_SENZA_SCADENZA") {
                CHECK(g.gravita == Gravita::violazione);
                CHECK(x.percorso == "/settori/0/obiettivi/0");
                trovato = true;
            }
    CHECK(trovato);
    REQUIRE(d.settori.size() == 2);
    CHECK(codici(d.settori[0].rilievi) == std::vector<std::string>{"OBIETTIVO_SENZA_SCADENZA /settori/0/obiettivi/0"});
    CHECK_FALSE(d.settori[0].obiettivi[0].motivazione_neutralizzazione);
    CHECK(d.settori[0].obiettivi[1].motivazione_neutralizzazione == "Bando regionale non pubblicato");
    REQUIRE(split.assegnazioni.size() == 2);
    CHECK(d.settori[0].premio == split.assegnazioni[0].importo);
    CHECK(d.settori[1].premio == split.assegnazioni[1].importo);
    CHECK(*d.settori[0].premio + *d.settori[1].premio + split.non_distribuito == Importo::euro(10'000));
    REQUIRE(d.premi);
    CHECK(*d.premi == split);
    // Without options: no own findings, no amounts, the reason still there.
    const DatiReport semplice = prepara_report(r, smvp_di_prova);
    CHECK(semplice.settori[0].rilievi.empty());
    CHECK_FALSE(semplice.settori[0].premio);
    CHECK_FALSE(semplice.premi);
    CHECK(semplice.settori[0].obiettivi[1].motivazione_neutralizzazione == "Bando regionale non pubblicato");
}
