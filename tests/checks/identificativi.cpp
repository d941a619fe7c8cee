// ID_DUPLICATO, RIFERIMENTO_INESISTENTE, VALUTAZIONE_DUPLICATA.
#include "aiuto.hpp"

#include "catch2.hpp"

#include <string>
#include <vector>

using namespace perfpa;
using namespace perfpa::test_checks;

TEST_CASE("ID_DUPLICATO: an objective id used in two settori fires on the later one") {
    Relazione r = pulita();
    r.settori[1].obiettivi[0].id = "a-2";
    r.valutazione_ndv->valutazioni_individuali->at(1).obiettivi->at(0).obiettivo = "a-2";
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"ID_DUPLICATO /settori/1/obiettivi/0"});
    CHECK(rilievi[0].gravita == Gravita::errore);
    CHECK(rilievi[0].messaggio ==
          "Obiettivo 1 del settore b: l'identificativo a-2 è già usato dall'obiettivo 2 del settore a");

    r.settori[1].obiettivi[0].id = "a-3"; // near miss: same prefix, another id
    r.valutazione_ndv->valutazioni_individuali->at(1).obiettivi->at(0).obiettivo = "a-3";
    CHECK(controlla(r).empty());
}

TEST_CASE("ID_DUPLICATO: one finding per later occurrence, within a settore too") {
    Relazione r = pulita();
    Obiettivo copia = r.settori[0].obiettivi[0];
    copia.peso = Peso{};
    r.settori[0].obiettivi.push_back(copia);
    r.settori[0].obiettivi.push_back(copia);
    CHECK(sintesi(controlla(r)) == Sintesi{"ID_DUPLICATO /settori/0/obiettivi/2", "ID_DUPLICATO /settori/0/obiettivi/3"});
}

TEST_CASE("ID_DUPLICATO: hundreds of ids of every length, against a plain quadratic search") {
    Relazione r = pulita();
    Obiettivo modello = r.settori[0].obiettivi[0];
    modello.peso = Peso{};
    // Ids of 0 to 40 characters that differ in one byte anywhere (first, middle, last, a multiple
    // of 8 away), and every tenth one repeated from earlier.
    std::vector<std::string> id;
    for (std::size_t k = 0; k < 400; ++k) {
        if (k % 10 == 9) {
            id.push_back(id[(k * 7) % k]);
            continue;
        }
        std::string x(k % 41, 'o');
        if (!x.empty()) x[(k / 41) % x.size()] = static_cast<char>('a' + k % 26);
        id.push_back(x);
    }
    r.settori[0].obiettivi.resize(2);
    for (const std::string& x : id) {
        modello.id = x;
        r.settori[0].obiettivi.push_back(modello);
    }
    Sintesi attesa;
    std::vector<std::string> messaggi;
    const auto& obiettivi = r.settori[0].obiettivi;
    for (std::size_t j = 0; j < obiettivi.size(); ++j)
        for (std::size_t m = 0; m < j; ++m)
            if (obiettivi[m].id == obiettivi[j].id) {
                attesa.push_back("ID_DUPLICATO /settori/0/obiettivi/" + std::to_string(j));
                messaggi.push_back("Obiettivo " + std::to_string(j + 1) + " del settore a: l'identificativo " +
                                   obiettivi[j].id + " è già usato dall'obiettivo " + std::to_string(m + 1) +
                                   " del settore a");
                break;
            }
    REQUIRE(attesa.size() > 40);
    std::vector<Rilievo> trovati;
    for (const Rilievo& x : controlla(r))
        if (x.codice == "ID_DUPLICATO") trovati.push_back(x);
    REQUIRE(sintesi(trovati) == attesa);
    for (std::size_t k = 0; k < trovati.size(); ++k) CHECK(trovati[k].messaggio == messaggi[k]);
}

TEST_CASE("ID_DUPLICATO: settori, areas, obligations and measures each among their own kind") {
    Relazione r = pulita();
    Settore vuoto;
    vuoto.id = "a";
    vuoto.denominazione = "Settore copia";
    r.settori.push_back(vuoto); // weight 0, no objectives: coherent
    r.performance_organizzativa->ambiti->push_back(Ambito{"amb-1", "Ambito copia", {}, {}, {}});
    r.trasparenza = Trasparenza{{ObbligoPubblicazione{"bilanci", "Bilanci", {}, true, true, {}, {}, {}},
                                 ObbligoPubblicazione{"bilanci", "Bilanci bis", {}, true, true, {}, {}, {}}}};
    r.anticorruzione = Anticorruzione{{}, {MisuraAnticorruzione{"m", "Misura", Percentuale::interi(100), {}, true, {}},
                                           MisuraAnticorruzione{"m", "Misura bis", Percentuale::interi(100), {}, true, {}}}};
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"ID_DUPLICATO /settori/2", "ID_DUPLICATO /performance_organizzativa/ambiti/1",
                                        "ID_DUPLICATO /trasparenza/obblighi/1", "ID_DUPLICATO /anticorruzione/misure/1"});
    CHECK(rilievi[0].messaggio == "Settore copia: l'identificativo a è già usato dal settore 1, Settore a (responsabile Responsabile a)");

    // The same id in different kinds is not a duplicate.
    Relazione s = pulita();
    s.trasparenza = Trasparenza{{ObbligoPubblicazione{"a", "A", {}, true, true, {}, {}, {}}}};
    s.anticorruzione = Anticorruzione{{}, {MisuraAnticorruzione{"a", "A", Percentuale::interi(100), {}, true, {}}}};
    s.performance_organizzativa->ambiti->at(0).id = "a";
    s.valutazione_ndv->giudizi_ambiti->at(0).ambito = "a";
    CHECK(controlla(s).empty());
}

TEST_CASE("RIFERIMENTO_INESISTENTE: an NdV entry for a missing objective of its settore") {
    Relazione r = pulita();
    r.valutazione_ndv->valutazioni_individuali->at(0).obiettivi->push_back({"a-9", Percentuale::interi(100), {}, {}, {}});
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"RIFERIMENTO_INESISTENTE /valutazione_ndv/valutazioni_individuali/0/obiettivi/2"});
    CHECK(rilievi[0].messaggio == "Valutazione dell'obiettivo a-9: il Settore a (responsabile Responsabile a) non ha un obiettivo con questo identificativo");

    // An objective that exists, but in another settore, is still missing here, and the message says where it is.
    r.valutazione_ndv->valutazioni_individuali->at(0).obiettivi->back().obiettivo = "b-1";
    const auto altrove = controlla(r);
    REQUIRE(sintesi(altrove) == Sintesi{"RIFERIMENTO_INESISTENTE /valutazione_ndv/valutazioni_individuali/0/obiettivi/2"});
    CHECK(altrove[0].messaggio == "Valutazione dell'obiettivo b-1: il Settore a (responsabile Responsabile a) non ha un obiettivo con questo "
                                  "identificativo: è un obiettivo del Settore b (responsabile Responsabile b)");

    // Near miss: the NdV's entry for an objective that exists.
    Relazione ok = pulita();
    ok.valutazione_ndv->valutazioni_individuali->at(0).obiettivi->at(1).obiettivo = "a-2";
    CHECK(controlla(ok).empty());
}

TEST_CASE("RIFERIMENTO_INESISTENTE: a missing settore (its objectives not looked up) and a missing area") {
    Relazione r = pulita();
    r.valutazione_ndv->valutazioni_individuali->push_back({"z", std::vector<ValutazioneObiettivo>{{"z-1", Percentuale::interi(100), {}, {}, {}}}, {}});
    r.valutazione_ndv->giudizi_ambiti->push_back({"amb-9", Giudizio::raggiunto, {}});
    CHECK(sintesi(controlla(r)) == Sintesi{"RIFERIMENTO_INESISTENTE /valutazione_ndv/giudizi_ambiti/1",
                                           "RIFERIMENTO_INESISTENTE /valutazione_ndv/valutazioni_individuali/2"});
}

TEST_CASE("VALUTAZIONE_DUPLICATA: a second entry for an objective, a settore, an area") {
    Relazione r = pulita();
    auto& vi = *r.valutazione_ndv->valutazioni_individuali;
    vi[0].obiettivi->push_back({"a-1", Percentuale::interi(10), {}, {}, {}});
    const ValutazioneIndividuale copia = vi[1];
    vi.push_back(copia);
    r.valutazione_ndv->giudizi_ambiti->push_back({"amb-1", Giudizio::non_raggiunto, {}});
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"VALUTAZIONE_DUPLICATA /valutazione_ndv/giudizi_ambiti/1",
                                        "VALUTAZIONE_DUPLICATA /valutazione_ndv/valutazioni_individuali/0/obiettivi/2",
                                        "VALUTAZIONE_DUPLICATA /valutazione_ndv/valutazioni_individuali/2"});
    CHECK(rilievi[1].messaggio ==
          "Valutazione dell'obiettivo a-1 del settore a: l'obiettivo è già valutato al n. 1, che è la valutazione che conta");
    CHECK(rilievi[2].messaggio == "Valutazione del settore b: il settore è già valutato al n. 2, che è la valutazione che conta");

    // Near miss: the same objective id in the entries of two different settori is not a duplicate entry
    // (it is a reference to a missing objective of b).
    Relazione s = pulita();
    s.valutazione_ndv->valutazioni_individuali->at(1).obiettivi->push_back({"a-1", Percentuale::interi(10), {}, {}, {}});
    CHECK(sintesi(controlla(s)) == Sintesi{"RIFERIMENTO_INESISTENTE /valutazione_ndv/valutazioni_individuali/1/obiettivi/1"});
}

TEST_CASE("RIFERIMENTO_INESISTENTE with 30 settori (ids looked up sorted)") {
    // 30 settori of one objective each, each evaluated by the NdV in reverse order: past 16, the
    // look-ups of settori and objectives sort their ids; entry 0 (settore z29) names two objectives
    // that are not its own: one of settore z3 (said), one of nobody; and a settore that does not exist.
    using namespace perfpa::testing;
    CostruttoreRelazione c = una_relazione(2023).performance_organizzativa(40, 40);
    for (int i = 0; i < 30; ++i) c.con(settore("z" + std::to_string(i), 30).obiettivo("z" + std::to_string(i) + "-1", 30, grado(90)));
    Relazione r = c;
    auto& vi = *r.valutazione_ndv->valutazioni_individuali;
    std::reverse(vi.begin(), vi.end());
    vi[0].obiettivi->push_back({"z3-1", Percentuale::interi(50), {}, {}, {}});
    vi[0].obiettivi->push_back({"z99-1", Percentuale::interi(50), {}, {}, {}});
    vi.push_back({"fantasma", std::nullopt, std::nullopt});
    const auto rilievi = controlla(r);
    std::vector<std::string> riferimenti;
    for (const Rilievo& x : rilievi)
        if (x.codice == "RIFERIMENTO_INESISTENTE") riferimenti.push_back(x.percorso + " " + x.messaggio);
    CHECK(riferimenti == std::vector<std::string>{
        "/valutazione_ndv/valutazioni_individuali/0/obiettivi/1 Valutazione dell'obiettivo z3-1: il Settore z29 (responsabile Responsabile z29) non ha "
        "un obiettivo con questo identificativo: è un obiettivo del Settore z3 (responsabile Responsabile z3)",
        "/valutazione_ndv/valutazioni_individuali/0/obiettivi/2 Valutazione dell'obiettivo z99-1: il Settore z29 (responsabile Responsabile z29) non ha "
        "un obiettivo con questo identificativo",
        "/valutazione_ndv/valutazioni_individuali/30 Valutazione del settore fantasma: nessun settore ha questo identificativo"});
}
