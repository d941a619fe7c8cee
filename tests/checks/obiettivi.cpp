// OBIETTIVO_SENZA_INDICATORI, INDICATORE_SENZA_VALORE_ATTESO, ANNO_INCOERENTE,
// SCADENZA_FUORI_CICLO, INDICATORE_SOTTO_SOGLIA_LEGALE,
// OBIETTIVO_TEMPI_PAGAMENTO_INSUFFICIENTE.
#include "aiuto.hpp"

#include "catch2.hpp"

using namespace perfpa;
using namespace perfpa::test_checks;
using perfpa::testing::dec;

TEST_CASE("OBIETTIVO_SENZA_INDICATORI: no indicator fires, one does not") {
    Relazione r = pulita();
    r.settori[0].obiettivi[1].indicatori.clear(); // the NdV's degree still scores it
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"OBIETTIVO_SENZA_INDICATORI /settori/0/obiettivi/1"});
    CHECK(rilievi[0].messaggio == "Obiettivo a-2 del settore a: nessun indicatore per misurarlo");
    CHECK(rilievi[0].norma == "art. 5 c.2 D.Lgs. 150/2009");
    r.settori[0].obiettivi[1].indicatori.push_back(perfpa::testing::qualitativo());
    CHECK(controlla(r).empty());
}

TEST_CASE("INDICATORE_SENZA_VALORE_ATTESO: on objectives' and areas' indicators") {
    Relazione r = pulita();
    r.settori[1].obiettivi[0].indicatori[0].valore_atteso.reset();
    r.performance_organizzativa->ambiti->at(0).indicatori = std::vector<Indicatore>{perfpa::testing::crescente("", "70")};
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"INDICATORE_SENZA_VALORE_ATTESO /settori/1/obiettivi/0/indicatori/0",
                                        "INDICATORE_SENZA_VALORE_ATTESO /performance_organizzativa/ambiti/0/indicatori/0"});
    CHECK(rilievi[0].messaggio == "Indicatore «Report sulle attività svolte» dell'obiettivo b-1: manca il valore atteso");
    CHECK(rilievi[1].messaggio == "Indicatore «indicatore quantitativo» dell'ambito «Ambito amb-1»: manca il valore atteso");

    Relazione ok = pulita();
    ok.performance_organizzativa->ambiti->at(0).indicatori = std::vector<Indicatore>{perfpa::testing::crescente("65", "")};
    CHECK(controlla(ok).empty());
}

TEST_CASE("ANNO_INCOERENTE: anno_obiettivi 2022 in a 2023 Relazione, 2023 or absent is silent") {
    Relazione r = pulita();
    r.settori[1].anno_obiettivi = 2022;
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"ANNO_INCOERENTE /settori/1"});
    CHECK(rilievi[0].gravita == Gravita::avviso);
    CHECK(rilievi[0].messaggio == "Settore b (responsabile Responsabile b): gli obiettivi sono riferiti al 2022, la Relazione al 2023");
    r.settori[1].anno_obiettivi = 2023;
    CHECK(controlla(r).empty());
    r.settori[1].anno_obiettivi.reset();
    CHECK(controlla(r).empty());
}

TEST_CASE("SCADENZA_FUORI_CICLO: 01.01.2024 fires, 31.12.2023 does not") {
    Relazione r = pulita();
    r.settori[0].obiettivi[0].data_fine_prevista = data("2024-01-01");
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"SCADENZA_FUORI_CICLO /settori/0/obiettivi/0"});
    CHECK(rilievi[0].messaggio == "Obiettivo a-1 del settore a: scadenza prevista il 01.01.2024, fuori dall'anno 2023");
    r.settori[0].obiettivi[0].data_fine_prevista = data("2023-12-31");
    CHECK(controlla(r).empty());
    r.settori[0].obiettivi[0].data_fine_prevista = data("2023-01-01");
    CHECK(controlla(r).empty());
}

TEST_CASE("INDICATORE_SOTTO_SOGLIA_LEGALE: per verso, at the threshold, with the indicator's norma") {
    auto con_soglia = [](Indicatore i, const char* soglia) {
        i.soglia_legale = dec(soglia);
        i.unita = "%";
        i.norma = "art. 205 D.Lgs. 152/2006";
        return i;
    };
    Relazione r = pulita();
    auto& indicatori = r.performance_organizzativa->ambiti->at(0).indicatori.emplace();
    indicatori.push_back(con_soglia(perfpa::testing::crescente("65", "64.99"), "65"));
    indicatori.push_back(con_soglia(perfpa::testing::crescente("65", "65"), "65"));
    indicatori.push_back(con_soglia(perfpa::testing::decrescente("0", "0.01"), "0"));
    indicatori.push_back(con_soglia(perfpa::testing::decrescente("0", "0"), "0"));
    indicatori.push_back(con_soglia(perfpa::testing::decrescente("0", "-18"), "0"));
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"INDICATORE_SOTTO_SOGLIA_LEGALE /performance_organizzativa/ambiti/0/indicatori/0",
                                        "INDICATORE_SOTTO_SOGLIA_LEGALE /performance_organizzativa/ambiti/0/indicatori/2"});
    CHECK(rilievi[0].gravita == Gravita::violazione);
    CHECK(rilievi[0].messaggio == "Indicatore «indicatore quantitativo» dell'ambito «Ambito amb-1»: valore realizzato "
                                  "64,99%, sotto la soglia legale di 65%");
    CHECK(rilievi[1].messaggio == "Indicatore «indicatore quantitativo» dell'ambito «Ambito amb-1»: valore realizzato "
                                  "0,01%, oltre la soglia legale di 0%");
    CHECK(rilievi[0].norma == "art. 205 D.Lgs. 152/2006");
}

TEST_CASE("INDICATORE_SOTTO_SOGLIA_LEGALE: no result, or no threshold, is silent") {
    Relazione r = pulita();
    Indicatore i = perfpa::testing::crescente("65", "");
    i.soglia_legale = dec("65");
    r.settori[0].obiettivi[0].indicatori = {i, perfpa::testing::crescente("65", "10")};
    CHECK(controlla(r).empty());
}

namespace {
// Settore a manages payments; a-1 is the payment-times objective.
Relazione con_tempi_pagamento(const char* peso_tempi, const char* peso_altro) {
    Relazione r = pulita();
    r.settori[0].gestisce_pagamenti = true;
    r.settori[0].obiettivi[0].tempi_pagamento = true;
    r.settori[0].obiettivi[0].peso = perfpa::testing::peso(peso_tempi);
    r.settori[0].obiettivi[1].peso = perfpa::testing::peso(peso_altro);
    return r;
}
} // namespace

TEST_CASE("OBIETTIVO_TEMPI_PAGAMENTO_INSUFFICIENTE: 8.99 of 30 fires, 9 of 30 (exactly 30%) does not") {
    Relazione r = con_tempi_pagamento("8.99", "21.01");
    const auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"OBIETTIVO_TEMPI_PAGAMENTO_INSUFFICIENTE /settori/0"});
    CHECK(rilievi[0].messaggio ==
          "Settore a (responsabile Responsabile a): gli obiettivi sui tempi di pagamento pesano 8,99 su 30 (29,97%), meno del 30%");
    CHECK(rilievi[0].norma == "art. 4-bis c.2 D.L. 13/2023 (L. 41/2023)");

    CHECK(controlla(con_tempi_pagamento("9", "21")).empty());

    Relazione prima = con_tempi_pagamento("8.99", "21.01"); // before 2023 the rule did not exist
    prima.anno = 2022;
    prima.settori[0].anno_obiettivi = prima.settori[1].anno_obiettivi = 2022;
    prima.approvazione->data = data("2023-06-10");
    prima.valutazione_ndv->validazione->data = data("2023-06-15");
    CHECK(controlla(prima).empty());

    Relazione non_paga = con_tempi_pagamento("0", "30");
    non_paga.settori[0].gestisce_pagamenti = false;
    CHECK(controlla(non_paga).empty());
}
