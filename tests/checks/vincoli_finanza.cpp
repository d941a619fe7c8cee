// ANNO_VINCOLO_INCOERENTE and the checks on the financial constraints,
// including the *locale* rows (silent for a regione).
#include "aiuto.hpp"

#include "catch2.hpp"

using namespace perfpa;
using namespace perfpa::test_checks;
using perfpa::testing::dec;

namespace {
Importo euro(const char* s) { return Importo::da_testo(s).value(); }

Relazione con_vincoli(VincoliFinanza v, std::optional<TipoEnte> tipo = TipoEnte::comune) {
    Relazione r = pulita();
    r.vincoli_finanza = std::move(v);
    r.ente.tipo = tipo;
    return r;
}
} // namespace

TEST_CASE("ANNO_VINCOLO_INCOERENTE: one finding for anno_riferimento naming the blocks that use it") {
    VincoliFinanza v;
    v.anno_riferimento = 2022;
    v.equilibri_bilancio = EquilibriBilancio{{}, true, {}, {}, euro("19691.29"), {}};
    v.tempi_pagamento = TempiPagamento{2023, {}, dec("-18")};
    const auto rilievi = controlla(con_vincoli(v));
    REQUIRE(sintesi(rilievi) == Sintesi{"ANNO_VINCOLO_INCOERENTE /vincoli_finanza"});
    CHECK(rilievi[0].gravita == Gravita::avviso);
    CHECK(rilievi[0].messaggio == "Vincoli di finanza pubblica: anno di riferimento 2022 (per equilibri di bilancio), "
                                  "diverso dall'anno della Relazione 2023");

    v.anno_riferimento = 2023;
    CHECK(controlla(con_vincoli(v)).empty());
}

TEST_CASE("ANNO_VINCOLO_INCOERENTE: a block's own anno, the default unused by any block is silent") {
    VincoliFinanza v;
    v.anno_riferimento = 2022;
    v.equilibri_bilancio = EquilibriBilancio{2022, true, {}, {}, {}, {}};
    v.tempi_pagamento = TempiPagamento{2023, {}, dec("-18")};
    const auto rilievi = controlla(con_vincoli(v));
    REQUIRE(sintesi(rilievi) == Sintesi{"ANNO_VINCOLO_INCOERENTE /vincoli_finanza/equilibri_bilancio"});
    CHECK(rilievi[0].messaggio == "Equilibri di bilancio: anno di riferimento 2022, diverso dall'anno della Relazione 2023");

    v.equilibri_bilancio->anno = 2023;
    CHECK(controlla(con_vincoli(v)).empty());

    // No anno_riferimento: the blocks without their own year cannot be judged.
    VincoliFinanza senza;
    senza.tetto_spesa_personale = TettoSpesaPersonale{{}, true, {}, {}, {}};
    CHECK(controlla(con_vincoli(senza)).empty());
}

TEST_CASE("EQUILIBRI_NON_RISPETTATI and VINCOLO_DICHIARATO_INCOERENTE: W1 -0,01 € fires, 0 does not") {
    VincoliFinanza v;
    v.equilibri_bilancio = EquilibriBilancio{{}, true, euro("-0.01"), {}, {}, {}};
    const auto rilievi = controlla(con_vincoli(v));
    REQUIRE(sintesi(rilievi) == Sintesi{"EQUILIBRI_NON_RISPETTATI /vincoli_finanza/equilibri_bilancio",
                                        "VINCOLO_DICHIARATO_INCOERENTE /vincoli_finanza/equilibri_bilancio"});
    CHECK(rilievi[0].messaggio == "Equilibri di bilancio: risultato di competenza (W1) negativo, -0,01 €");
    CHECK(rilievi[0].norma == "art. 1 c.821 L. 145/2018");
    CHECK(rilievi[1].gravita == Gravita::errore);
    CHECK(rilievi[1].messaggio ==
          "Equilibri di bilancio: dichiarati rispettati, ma il risultato di competenza (W1) è -0,01 €");

    v.equilibri_bilancio->w1_risultato_competenza = euro("0");
    CHECK(controlla(con_vincoli(v)).empty());

    v.equilibri_bilancio->rispettato = false; // declared not met: a violazione, not a contradiction
    const auto dichiarati = controlla(con_vincoli(v));
    REQUIRE(sintesi(dichiarati) == Sintesi{"EQUILIBRI_NON_RISPETTATI /vincoli_finanza/equilibri_bilancio"});
    CHECK(dichiarati[0].messaggio == "Equilibri di bilancio: dichiarati non rispettati");
}

TEST_CASE("EQUILIBRI_NON_RISPETTATI cites the rule of its year, or the document's own reference") {
    VincoliFinanza v;
    v.equilibri_bilancio = EquilibriBilancio{{}, false, {}, {}, {}, {}};
    auto norma = [&](std::optional<int> anno_blocco, std::optional<int> anno_riferimento) {
        v.equilibri_bilancio->anno = anno_blocco;
        v.anno_riferimento = anno_riferimento;
        std::vector<std::string> norme; // of EQUILIBRI_NON_RISPETTATI (other years may add ANNO_VINCOLO_INCOERENTE)
        for (const Rilievo& x : controlla(con_vincoli(v)))
            if (x.codice == "EQUILIBRI_NON_RISPETTATI") norme.push_back(x.norma);
        REQUIRE(norme.size() == 1);
        return norme[0];
    };
    // The boundary: 2018 is judged by the pareggio di bilancio, 2019 by art. 1 c.821 L. 145/2018.
    CHECK(norma(2018, {}) == "art. 9 L. 243/2012; art. 1 c.463 ss. L. 232/2016");
    CHECK(norma(2019, {}) == "art. 1 c.821 L. 145/2018");
    // The block's own year first, then the constraints' year of reference.
    CHECK(norma({}, 2016) == "art. 9 L. 243/2012; art. 1 c.463 ss. L. 232/2016");
    CHECK(norma(2019, 2016) == "art. 1 c.821 L. 145/2018");
    // A reference the document gives wins; a blank one does not.
    v.equilibri_bilancio->norma = "art. 1 c.821 e 822 L. 145/2018";
    CHECK(norma(2018, {}) == "art. 1 c.821 e 822 L. 145/2018");
    v.equilibri_bilancio->norma = "  ";
    CHECK(norma(2018, {}) == "art. 9 L. 243/2012; art. 1 c.463 ss. L. 232/2016");
}

TEST_CASE("EQUILIBRIO_BILANCIO_NEGATIVO: W2 -0,01 € is an avviso, 0 is not") {
    VincoliFinanza v;
    v.equilibri_bilancio = EquilibriBilancio{{}, true, {}, euro("-0.01"), {}, {}};
    const auto rilievi = controlla(con_vincoli(v));
    REQUIRE(sintesi(rilievi) == Sintesi{"EQUILIBRIO_BILANCIO_NEGATIVO /vincoli_finanza/equilibri_bilancio"});
    CHECK(rilievi[0].gravita == Gravita::avviso);
    CHECK(rilievi[0].messaggio == "Equilibri di bilancio: equilibrio di bilancio (W2) negativo, -0,01 €");
    CHECK(rilievi[0].norma == "DM 1/8/2019");
    v.equilibri_bilancio->w2_equilibrio_bilancio = euro("0");
    CHECK(controlla(con_vincoli(v)).empty());
}

TEST_CASE("TETTO_SPESA_PERSONALE_SUPERATO: one cent over the cap, c.562 up to 1,000 inhabitants") {
    VincoliFinanza v;
    v.tetto_spesa_personale = TettoSpesaPersonale{{}, false, euro("1000000.01"), euro("1000000"), {}};
    Relazione r = con_vincoli(v);
    r.ente.popolazione = 1001;
    auto rilievi = controlla(r);
    REQUIRE(sintesi(rilievi) == Sintesi{"TETTO_SPESA_PERSONALE_SUPERATO /vincoli_finanza/tetto_spesa_personale"});
    CHECK(rilievi[0].messaggio ==
          "Tetto di spesa del personale: spesa di 1.000.000,01 € oltre il limite di 1.000.000,00 €");
    CHECK(rilievi[0].norma == "art. 1 c.557 L. 296/2006");
    r.ente.popolazione = 1000;
    CHECK(controlla(r).at(0).norma == "art. 1 c.562 L. 296/2006");

    r.vincoli_finanza->tetto_spesa_personale->rispettato = true; // declared met while exceeded
    CHECK(sintesi(controlla(r)) == Sintesi{"TETTO_SPESA_PERSONALE_SUPERATO /vincoli_finanza/tetto_spesa_personale",
                                           "VINCOLO_DICHIARATO_INCOERENTE /vincoli_finanza/tetto_spesa_personale"});

    r.vincoli_finanza->tetto_spesa_personale->spesa = euro("1000000");
    CHECK(controlla(r).empty());
}

TEST_CASE("TETTO_SALARIO_ACCESSORIO_SUPERATO: applies to every kind of ente") {
    VincoliFinanza v;
    v.tetto_salario_accessorio = TettoSalarioAccessorio{{}, true, euro("50000.01"), euro("50000"), {}};
    const auto rilievi = controlla(con_vincoli(v, TipoEnte::ente_pubblico));
    REQUIRE(sintesi(rilievi) == Sintesi{"TETTO_SALARIO_ACCESSORIO_SUPERATO /vincoli_finanza/tetto_salario_accessorio",
                                        "VINCOLO_DICHIARATO_INCOERENTE /vincoli_finanza/tetto_salario_accessorio"});
    CHECK(rilievi[0].messaggio ==
          "Tetto del salario accessorio: risorse di 50.000,01 € oltre il limite di 50.000,00 €");
    CHECK(rilievi[0].norma == "art. 23 c.2 D.Lgs. 75/2017");
    v.tetto_salario_accessorio->importo = euro("50000");
    CHECK(controlla(con_vincoli(v, TipoEnte::ente_pubblico)).empty());
    v.tetto_salario_accessorio->rispettato = false;
    CHECK(sintesi(controlla(con_vincoli(v))) ==
          Sintesi{"TETTO_SALARIO_ACCESSORIO_SUPERATO /vincoli_finanza/tetto_salario_accessorio"});
}

namespace {
VincoliFinanza parametri(int positivi, int dati = 8) {
    VincoliFinanza v;
    auto& p = v.parametri_deficitarieta.emplace();
    for (int k = 0; k < dati; ++k) p.push_back({static_cast<CodiceParametro>(k), k < positivi, {}, {}, {}});
    return v;
}
} // namespace

TEST_CASE("ENTE_STRUTTURALMENTE_DEFICITARIO: 3 of 8 positive is silent, 4 fires, 4 of 5 given fires") {
    CHECK(controlla(con_vincoli(parametri(3))).empty());
    const auto rilievi = controlla(con_vincoli(parametri(4)));
    REQUIRE(sintesi(rilievi) == Sintesi{"ENTE_STRUTTURALMENTE_DEFICITARIO /vincoli_finanza/parametri_deficitarieta"});
    CHECK(rilievi[0].messaggio == "Parametri di deficitarietà strutturale: 4 positivi su 8 (P1, P2, P3, P4), "
                                  "l'ente è strutturalmente deficitario");
    CHECK(rilievi[0].norma == "art. 242 D.Lgs. 267/2000; DM 28/12/2018");
    CHECK(sintesi(controlla(con_vincoli(parametri(4, 5)))) ==
          Sintesi{"ENTE_STRUTTURALMENTE_DEFICITARIO /vincoli_finanza/parametri_deficitarieta"});

    // The same parameter given twice counts once.
    VincoliFinanza doppio = parametri(3);
    doppio.parametri_deficitarieta->push_back({CodiceParametro::P1, true, {}, {}, {}});
    CHECK(controlla(con_vincoli(doppio)).empty());
}

TEST_CASE("TEMPI_PAGAMENTO_NON_RISPETTATI: 0 days is in time, 0.01 late, one finding for both indicators") {
    VincoliFinanza v;
    v.tempi_pagamento = TempiPagamento{{}, dec("0"), dec("0")};
    CHECK(controlla(con_vincoli(v)).empty());
    v.tempi_pagamento->indicatore_tempestivita_giorni = dec("0.01");
    auto rilievi = controlla(con_vincoli(v));
    REQUIRE(sintesi(rilievi) == Sintesi{"TEMPI_PAGAMENTO_NON_RISPETTATI /vincoli_finanza/tempi_pagamento"});
    CHECK(rilievi[0].messaggio ==
          "Tempi di pagamento: indicatore di tempestività dei pagamenti 0,01 giorni, oltre il termine di legge");
    CHECK(rilievi[0].norma == "art. 4 D.Lgs. 231/2002; art. 1 c.859 L. 145/2018");
    v.tempi_pagamento->indicatore_ritardo_giorni = dec("12.5");
    rilievi = controlla(con_vincoli(v));
    REQUIRE(rilievi.size() == 1);
    CHECK(rilievi[0].messaggio == "Tempi di pagamento: indicatore di tempestività dei pagamenti 0,01 giorni e "
                                  "indicatore di ritardo 12,5 giorni, oltre il termine di legge");
    v.tempi_pagamento->indicatore_ritardo_giorni = dec("1");
    CHECK(controlla(con_vincoli(v))[0].messaggio == "Tempi di pagamento: indicatore di tempestività dei pagamenti "
                                                    "0,01 giorni e indicatore di ritardo 1 giorno, oltre il termine di legge");
}

TEST_CASE("locale rows are silent for a regione or an ente_pubblico, and apply with no tipo") {
    VincoliFinanza v = parametri(8);
    v.equilibri_bilancio = EquilibriBilancio{{}, false, euro("-1"), euro("-1"), {}, {}};
    v.tetto_spesa_personale = TettoSpesaPersonale{{}, false, {}, {}, {}};
    CHECK(controlla(con_vincoli(v, TipoEnte::regione)).empty());
    CHECK(controlla(con_vincoli(v, TipoEnte::ente_pubblico)).empty());
    CHECK(sintesi(controlla(con_vincoli(v, std::nullopt))) ==
          Sintesi{"EQUILIBRI_NON_RISPETTATI /vincoli_finanza/equilibri_bilancio",
                  "EQUILIBRIO_BILANCIO_NEGATIVO /vincoli_finanza/equilibri_bilancio",
                  "TETTO_SPESA_PERSONALE_SUPERATO /vincoli_finanza/tetto_spesa_personale",
                  "ENTE_STRUTTURALMENTE_DEFICITARIO /vincoli_finanza/parametri_deficitarieta"});
}
