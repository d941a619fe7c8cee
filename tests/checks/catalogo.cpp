// The catalogue itself: every code of rules.md with its severity, marks and
// legal reference; the order of findings; purity.
#include "aiuto.hpp"

#include <perfpa/checks/ordine.hpp>
#include <perfpa/json.hpp>

#include "catch2.hpp"
#include "controlli_propri.hpp"

#include <limits>
#include <set>

using namespace perfpa;
using namespace perfpa::test_checks;

TEST_CASE("the catalogue has exactly the rows of rules.md, in its order") {
    // Transcribed by hand from rules.md, Checks: codice, gravita, SMVP, locale, norma.
    struct Riga {
        const char* codice;
        Gravita gravita;
        bool smvp, locale;
        const char* norma;
    };
    const Gravita e = Gravita::errore, v = Gravita::violazione, a = Gravita::avviso;
    const Riga attese[] = {
        {"PESI_SETTORE_INCOERENTI", e, false, false, ""},
        {"PESI_COMPONENTI_INCOERENTI", e, true, false, ""},
        {"PUNTEGGIO_FUORI_SCALA", e, false, false, ""},
        {"ID_DUPLICATO", e, false, false, ""},
        {"RIFERIMENTO_INESISTENTE", e, false, false, ""},
        {"VALUTAZIONE_DUPLICATA", e, false, false, ""},
        {"NEUTRALIZZAZIONE_SENZA_MOTIVAZIONE", e, false, false, ""},
        {"VALIDAZIONE_PRIMA_DELL_APPROVAZIONE", e, false, false, "art. 14 c.4 lett. c D.Lgs. 150/2009"},
        {"OBIETTIVO_SENZA_INDICATORI", e, false, false, "art. 5 c.2 D.Lgs. 150/2009"},
        {"INDICATORE_SENZA_VALORE_ATTESO", e, false, false, "art. 5 c.2 D.Lgs. 150/2009"},
        {"ANNO_INCOERENTE", a, false, false, ""},
        {"ANNO_VINCOLO_INCOERENTE", a, false, false, ""},
        {"SCADENZA_FUORI_CICLO", a, false, false, ""},
        {"OBIETTIVO_NON_VALUTATO", a, false, false, ""},
        {"INDICATORE_SOTTO_SOGLIA_LEGALE", v, false, false, ""},
        {"EQUILIBRI_NON_RISPETTATI", v, false, true, "art. 1 c.821 L. 145/2018"},
        {"EQUILIBRIO_BILANCIO_NEGATIVO", a, false, true, "DM 1/8/2019"},
        {"TETTO_SPESA_PERSONALE_SUPERATO", v, false, true, "art. 1 c.557 L. 296/2006"},
        {"TETTO_SALARIO_ACCESSORIO_SUPERATO", v, false, false, "art. 23 c.2 D.Lgs. 75/2017"},
        {"VINCOLO_DICHIARATO_INCOERENTE", e, false, false, ""},
        {"ENTE_STRUTTURALMENTE_DEFICITARIO", v, false, true, "art. 242 D.Lgs. 267/2000; DM 28/12/2018"},
        {"TEMPI_PAGAMENTO_NON_RISPETTATI", v, false, false, "art. 4 D.Lgs. 231/2002; art. 1 c.859 L. 145/2018"},
        {"OBIETTIVO_TEMPI_PAGAMENTO_INSUFFICIENTE", v, false, false, "art. 4-bis c.2 D.L. 13/2023 (L. 41/2023)"},
        {"OBBLIGO_TRASPARENZA_NON_ASSOLTO", v, false, false, "D.Lgs. 33/2013"},
        {"MISURA_ANTICORRUZIONE_NON_ATTUATA", v, false, false, "L. 190/2012"},
        {"RELAZIONE_NON_VALIDATA", v, false, false, "art. 14 c.4 lett. c e c.6 D.Lgs. 150/2009"},
        {"VALIDAZIONE_ASSENTE", a, false, false, "art. 14 c.4 lett. c D.Lgs. 150/2009"},
        {"RELAZIONE_OLTRE_TERMINE", a, false, false, "art. 10 c.1 lett. b D.Lgs. 150/2009"},
        {"VALUTAZIONI_NON_DIFFERENZIATE", a, true, false, "art. 18 c.2 e art. 31 D.Lgs. 150/2009"},
        // Not in rules.md: added with the format's ranges (docs/robustness.md).
        {"QUOTE_FASCE_NON_CRESCENTI", a, true, false, ""},
        // ciclo.md §1–§3.
        {"OBIETTIVO_STRATEGICO_SENZA_OBIETTIVI", a, false, false, "art. 5 e 10 D.Lgs. 150/2009; DM 132/2022"},
        {"TRASVERSALE_GRADI_DIVERSI", e, false, false, ""},
        {"FORMULA_INCOERENTE", e, false, false, "DPCM 18.9.2012 art. 3"},
        {"TARGET_INCOERENTE", e, false, false, "DPCM 18.9.2012 art. 3"},
        // ciclo.md §7–9 (docs/ciclo.md); the points of the first need the SMVP, its degree does not.
        {"DICHIARATO_DIVERSO_DAL_CALCOLATO", e, false, false, ""},
        {"PESI_GRUPPO_INCOERENTI", e, false, false, ""},
        {"GRADO_NON_VALIDATO_DAL_NDV", a, false, false, "art. 14 c.4 lett. c D.Lgs. 150/2009"},
    };
    const auto catalogo = catalogo_controlli();
    REQUIRE(catalogo.size() == std::size(attese));
    for (std::size_t k = 0; k < catalogo.size(); ++k) {
        INFO(attese[k].codice);
        CHECK(catalogo[k].voce.codice == attese[k].codice);
        CHECK(catalogo[k].voce.gravita == attese[k].gravita);
        CHECK(catalogo[k].richiede_smvp == attese[k].smvp);
        CHECK(catalogo[k].solo_enti_locali == attese[k].locale);
        CHECK(catalogo[k].voce.norma == attese[k].norma);
        CHECK(catalogo[k].esegui != nullptr);
    }
}

TEST_CASE("the clean Relazione has no finding, with or without the SMVP") {
    CHECK(controlla(pulita()).empty());
    CHECK(controlla(pulita(), smvp_prova()).empty());
}

TEST_CASE("document order: parents first, members in format.md's order, indices as numbers") {
    CHECK(precede_nel_documento("/settori/9", "/settori/10"));
    CHECK_FALSE(precede_nel_documento("/settori/10", "/settori/9"));
    CHECK(precede_nel_documento("/settori/1", "/settori/1/obiettivi/0"));
    CHECK(precede_nel_documento("/settori/1/obiettivi/5", "/settori/2"));
    CHECK(precede_nel_documento("/approvazione", "/settori/0"));            // approvazione is before settori
    CHECK(precede_nel_documento("/settori", "/performance_organizzativa"));  // not alphabetical
    CHECK(precede_nel_documento("/vincoli_finanza", "/vincoli_finanza/equilibri_bilancio"));
    CHECK(precede_nel_documento("/vincoli_finanza/tetto_salario_accessorio", "/vincoli_finanza/parametri_deficitarieta"));
    CHECK(precede_nel_documento("/anticorruzione/misure/3", "/valutazione_ndv"));
    CHECK(precede_nel_documento("/valutazione_ndv/validazione", "/valutazione_ndv/giudizi_ambiti/0"));
    CHECK(precede_nel_documento("/valutazione_ndv/giudizi_ambiti/7", "/valutazione_ndv/valutazioni_individuali/0"));
    CHECK(precede_nel_documento("/valutazione_ndv", "/chiave_sconosciuta"));
    CHECK(posizione_nel_documento("") == std::vector<std::size_t>{});
    // One number per segment: array indices as written, an unknown segment or one below a leaf last.
    const auto obiettivo = posizione_nel_documento("/settori/3/obiettivi/2");
    REQUIRE(obiettivo.size() == 4);
    CHECK(obiettivo[1] == 3);
    CHECK(obiettivo[3] == 2);
    CHECK(posizione_nel_documento("/settori/3/obiettivi/2/indicatori/1/descrizione") ==
          std::vector<std::size_t>{obiettivo[0], 3, obiettivo[2], 2, posizione_nel_documento("/settori/0/obiettivi/0/indicatori")[4], 1,
                                   posizione_nel_documento("/settori/0/obiettivi/0/indicatori/0/descrizione")[6]});
    const auto sotto_foglia = posizione_nel_documento("/settori/0/obiettivi/0/indicatori/0/descrizione/oltre");
    REQUIRE(sotto_foglia.size() == 8);
    CHECK(sotto_foglia.back() == std::numeric_limits<std::size_t>::max());
    CHECK(posizione_nel_documento("/settori/x/obiettivi") ==
          std::vector<std::size_t>{obiettivo[0], std::numeric_limits<std::size_t>::max()});
}

TEST_CASE("the examiner's memo of positions gives each pointer's own position, through collisions and reuse") {
    // 3,000 pointers for 256 slots: many share a slot and overwrite each other.
    std::vector<std::string> percorsi;
    for (std::size_t k = 0; k < 1000; ++k) {
        const std::string i = std::to_string(k % 37), j = std::to_string(k / 37);
        percorsi.push_back("/settori/" + i + "/obiettivi/" + j);
        percorsi.push_back("/settori/" + i + "/obiettivi/" + j + "/indicatori/" + std::to_string(k % 3));
        percorsi.push_back(k % 2 ? "/anticorruzione/misure/" + i : "/vincoli_finanza/nessuno/" + j);
    }
    controlli::detail::MemoPosizioni<> memo;
    for (int giro = 0; giro < 2; ++giro)
        for (std::size_t k = 0; k < percorsi.size(); ++k) {
            // Each pointer, then one met long before (its slot likely taken by now).
            for (const std::string& p : {percorsi[k], percorsi[(k * 7919) % percorsi.size()]}) {
                INFO(p);
                REQUIRE(memo.posizione(p).valori() == posizione_nel_documento(p));
            }
        }
}

TEST_CASE("findings sort by document order across checks, then by the catalogue on one pointer") {
    Relazione r = pulita();
    // Eleven settori so that /settori/10 exists; each sums to its weight.
    for (int k = 2; k <= 10; ++k) {
        Settore s;
        s.id = "s" + std::to_string(k);
        s.denominazione = "Settore " + s.id;
        r.settori.push_back(s);
    }
    r.settori[10].anno_obiettivi = 2022;                 // ANNO_INCOERENTE (avviso, later row)
    r.settori[10].peso = Peso::interi(1);                // PESI_SETTORE_INCOERENTI (first row)
    r.settori[9].anno_obiettivi = 2021;                  // ANNO_INCOERENTE on /settori/9
    r.approvazione->data = data("2024-07-01");           // RELAZIONE_OLTRE_TERMINE on /approvazione
    r.valutazione_ndv->validazione->data = data("2024-07-02");
    r.valutazione_ndv->validazione->esito = EsitoValidazione::non_validata;
    CHECK(sintesi(controlla(r)) == Sintesi{
                                       "RELAZIONE_OLTRE_TERMINE /approvazione",
                                       "ANNO_INCOERENTE /settori/9",
                                       "PESI_SETTORE_INCOERENTI /settori/10",
                                       "ANNO_INCOERENTE /settori/10",
                                       "RELAZIONE_NON_VALIDATA /valutazione_ndv/validazione",
                                       "RELAZIONE_OLTRE_TERMINE /valutazione_ndv/validazione",
                                   });
}

TEST_CASE("controlla is deterministic and leaves its input unchanged") {
    Relazione r = pulita();
    r.settori[0].anno_obiettivi = 2022;
    r.settori[1].obiettivi[0].peso = Peso::interi(31);
    const Relazione prima = r;
    const auto uno = controlla(r, smvp_prova());
    const auto due = controlla(r, smvp_prova());
    CHECK(uno == due);
    CHECK(r == prima);
    CHECK(sintesi(uno) == Sintesi{"ANNO_INCOERENTE /settori/0", "PESI_SETTORE_INCOERENTI /settori/1"});
}

TEST_CASE("every finding has a code of the catalogue and a message that ends without a full stop") {
    Relazione r = pulita();
    r.settori[0].anno_obiettivi = 2022;
    r.valutazione_ndv->validazione.reset();
    std::set<std::string> codici;
    for (const Controllo& c : catalogo_controlli()) codici.insert(std::string(c.voce.codice));
    for (const Rilievo& x : controlla(r)) {
        CHECK(codici.count(x.codice) == 1);
        CHECK(!x.messaggio.empty());
        CHECK(x.messaggio.back() != '.');
    }
}

TEST_CASE("a Rilievo encodes to the JSON of rules.md, key order included") {
    const Rilievo x{"ANNO_INCOERENTE", Gravita::avviso, "/settori/4", "Settore «x»: anno 2022", ""};
    CHECK(json::codifica(x) == R"({"codice":"ANNO_INCOERENTE","gravita":"avviso","percorso":"/settori/4",)"
                               R"("messaggio":"Settore «x»: anno 2022","norma":""})");
}

TEST_CASE("nome_gravita spells each severity as the JSON does") {
    for (Gravita g : {Gravita::errore, Gravita::violazione, Gravita::avviso}) {
        const Rilievo x{"X", g, "", "", ""};
        const std::string atteso = "\"gravita\":\"" + std::string(nome_gravita(g)) + "\"";
        CHECK(json::codifica(x).find(atteso) != std::string::npos);
    }
    CHECK(nome_gravita(Gravita::violazione) == "violazione");
}

TEST_CASE("the entry points, templates of a defaulted parameter, are called and passed as plain functions") {
    // docs/performance.md, "Compile time": the functions are `template <class L = void>`;
    // a call reads as before and `&f<>` names the function.
    Relazione r = pulita();
    r.settori[0].anno_obiettivi = 2022;
    using Controlla = std::vector<Rilievo> (*)(const Relazione&, const Smvp&);
    const Controlla per_indirizzo = &controlla<>;
    CHECK(per_indirizzo(r, smvp_prova()) == controlla(r, smvp_prova()));
    const auto punteggi = &calcola_punteggi<>;
    CHECK(punteggi(r, smvp_prova(), OpzioniPunteggi{}) == calcola_punteggi(r, smvp_prova()));
    const Esame e = esamina(r, smvp_prova());
    CHECK(e.rilievi == controlla(r, smvp_prova()));
    CHECK(e.punteggi == calcola_punteggi(r, smvp_prova()));
    // A row of the catalogue points to its check: running it by hand gives that check's findings.
    std::vector<Rilievo> trovati;
    const Controllo& anno = *std::find_if(catalogo_controlli().begin(), catalogo_controlli().end(),
                                          [](const Controllo& c) { return c.voce.codice == "ANNO_INCOERENTE"; });
    Rilevatore rileva(anno.voce, trovati);
    anno.esegui(IngressoControllo{r, nullptr, nullptr}, rileva);
    REQUIRE(trovati.size() == 1);
    CHECK(trovati[0].percorso == "/settori/0");
}

namespace {
using perfpa_test::obiettivo_senza_scadenza;
// A rule that needs the SMVP: reports the document once.
void con_smvp(const IngressoControllo& in, Rilevatore& rileva) {
    if (in.smvp) rileva("", "controllato con lo SMVP " + in.smvp->denominazione.value_or("senza nome"));
}
} // namespace

TEST_CASE("own checks run with the catalogue and their findings are sorted with the others") {
    Relazione r = pulita();
    r.settori[0].anno_obiettivi = 2022;                                      // ANNO_INCOERENTE on /settori/0
    r.settori[0].obiettivi[1].data_fine_prevista = data("2023-12-31");       // a-2 has its deadline
    const Controllo propri[] = {
        {{"OBIETTIVO_SENZA_SCADENZA", Gravita::avviso, "regolamento dell'ente"}, false, false, &obiettivo_senza_scadenza},
        {{"CON_SMVP", Gravita::avviso, ""}, true, false, &con_smvp},
    };
    const auto rilievi = controlla(r, smvp_prova(), propri);
    CHECK(sintesi(rilievi) == Sintesi{"CON_SMVP ", "ANNO_INCOERENTE /settori/0", "OBIETTIVO_SENZA_SCADENZA /settori/0/obiettivi/0",
                                      "OBIETTIVO_SENZA_SCADENZA /settori/1/obiettivi/0"});
    CHECK(rilievi[2].norma == "regolamento dell'ente");
    CHECK(rilievi[2].gravita == Gravita::avviso);
    CHECK(rilievi[2].messaggio == "Obiettivo a-1: manca la scadenza");
    // Without the SMVP the row that needs it is skipped, as the catalogue's are.
    CHECK(sintesi(controlla(r, propri)) == Sintesi{"ANNO_INCOERENTE /settori/0", "OBIETTIVO_SENZA_SCADENZA /settori/0/obiettivi/0",
                                                   "OBIETTIVO_SENZA_SCADENZA /settori/1/obiettivi/0"});
    // No own check: the catalogue alone.
    CHECK(controlla(r, smvp_prova(), {}) == controlla(r, smvp_prova()));
}

TEST_CASE("a collector made from a temporary row keeps the row (it is copied)") {
    std::vector<Rilievo> trovati;
    Rilevatore rileva(VoceCatalogo{"MIO_CONTROLLO", Gravita::violazione, "art. 1"}, trovati);
    rileva("/settori/0", "messaggio"); // the temporary row is gone: read after its end under ASan before
    REQUIRE(trovati.size() == 1);
    CHECK(trovati[0].codice == "MIO_CONTROLLO");
    CHECK(trovati[0].gravita == Gravita::violazione);
    CHECK(trovati[0].norma == "art. 1");
}

TEST_CASE("a collector built with usati writes over the findings from there on and then grows the list") {
    const Rilievo vecchio{"VECCHIO", Gravita::errore, "/vecchio", "un messaggio vecchio e lungo", "norma vecchia"};
    std::vector<Rilievo> trovati(3, vecchio);
    Rilevatore rileva(VoceCatalogo{"NUOVO", Gravita::avviso, ""}, trovati, 1);
    CHECK(rileva.usati() == 1);
    rileva("/settori/1", std::string("primo"));
    rileva(std::string_view("/settori/2"), "secondo", "art. 2");
    CHECK(trovati.size() == 3); // written over, not appended
    rileva("/settori/3", "terzo", {}); // a braced list is an empty text, as it was for std::string
    CHECK(rileva.usati() == 4);
    REQUIRE(trovati.size() == 4);
    CHECK(trovati[0].codice == "VECCHIO"); // before `usati`: untouched
    CHECK(trovati[1] == Rilievo{"NUOVO", Gravita::avviso, "/settori/1", "primo", ""});
    CHECK(trovati[2] == Rilievo{"NUOVO", Gravita::avviso, "/settori/2", "secondo", "art. 2"});
    CHECK(trovati[3] == Rilievo{"NUOVO", Gravita::avviso, "/settori/3", "terzo", ""});
    // Built without usati it appends; a usati past the end is the end.
    CHECK(Rilevatore(VoceCatalogo{"X", Gravita::avviso, ""}, trovati).usati() == 4);
    CHECK(Rilevatore(VoceCatalogo{"X", Gravita::avviso, ""}, trovati, 99).usati() == 4);
}

TEST_CASE("a Frase writes what its parts spell and its numbers what formatta_ writes") {
    using namespace perfpa::controlli::detail;
    using perfpa::detail::scrivi_su, perfpa::detail::testo;
    const std::string id = "settore-1";
    const auto percorso = percorso_obiettivo(12, 0);
    CHECK(std::string(percorso) == "/settori/12/obiettivi/0");
    const auto annidata = frase("Valutazione ", percorso, " di ", id, ": ", -7, std::string_view{});
    CHECK(std::string(annidata) == "Valutazione /settori/12/obiettivi/0 di settore-1: -7");
    CHECK(testo(percorso, "/indicatori/", 3) == "/settori/12/obiettivi/0/indicatori/3");
    // Written over a string: what was there is replaced, the buffer kept.
    std::string s(200, 'x');
    const char* buffer = s.data();
    scrivi_su(s, annidata);
    CHECK(s == "Valutazione /settori/12/obiettivi/0 di settore-1: -7");
    CHECK(s.data() == buffer);
    scrivi_su(s, "breve");
    CHECK(s == "breve");
    // A Frase with choices in it: a lambda writing to a Testo.
    for (bool con_nome : {false, true}) {
        const auto scelta = Frase([&](Testo& t) {
            if (con_nome) t << "con nome " << 'X';
            else t << "senza nome";
        });
        CHECK(std::string(scelta) == (con_nome ? "con nome X" : "senza nome"));
    }
    Settore senza_nome;
    senza_nome.id = "x";
    CHECK(std::string(nome_settore(senza_nome)) == "settore x");
    senza_nome.denominazione = "Settore Affari Generali";
    CHECK(std::string(nome_settore(senza_nome)) == "Settore Affari Generali");
    // The numbers of messages, against the public formatting functions, on every kind of value.
    const std::int64_t valori[] = {0, 1, -1, 5, 50, 99, 100, 750, 7549, -1800, 100000, 123456789, 999999999999,
                                   INT64_MAX, INT64_MIN, INT64_MIN + 1, -INT64_MAX / 2};
    for (std::int64_t v : valori) {
        INFO(v);
        CHECK(testo(Peso::da_centesimi(v)) == formatta_peso(Peso::da_centesimi(v)));
        CHECK(testo(Percentuale::da_centesimi(v)) == formatta_percentuale(Percentuale::da_centesimi(v)));
        CHECK(testo(Importo::da_centesimi(v)) == formatta_importo(Importo::da_centesimi(v)));
        CHECK(testo(Decimale::da_milionesimi(v)) == formatta_decimale(Decimale::da_milionesimi(v)));
        CHECK(testo(v) == std::to_string(v));
        const Decimale d = Decimale::da_milionesimi(v);
        CHECK(std::string(con_unita(d, std::nullopt)) == formatta_decimale(d));
        CHECK(std::string(con_unita(d, std::string())) == formatta_decimale(d));
        CHECK(std::string(con_unita(d, std::string("%"))) == formatta_decimale(d) + "%");
        CHECK(std::string(con_unita(d, std::string("giorni"))) == formatta_decimale(d) + " giorni");
    }
}
