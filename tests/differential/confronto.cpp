// confronta_piano and confronta_anni on generated pairs of documents: a
// document against itself reports no change; swapping the two sides reverses
// every difference and trend; every pointer resolves in its document.
#include "catch2.hpp"

#include "ciclo_generatore.hpp"

#include <perfpa/confronto/anni.hpp>
#include <perfpa/confronto/piano.hpp>
#include <perfpa/json.hpp>
#include <perfpa/testing/costruttori.hpp>

#include <boost/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace perfpa;
namespace bj = boost::json;

namespace {

Relazione documento(std::uint64_t seme, std::size_t i, int anno) {
    Relazione r = perfpa_test::con_ciclo(bench::genera_relazione(seme, i), seme * 100 + i);
    r.anno = anno;
    return r;
}

bool risolve(const Relazione& r, const std::string& p) {
    const bj::value v = bj::parse(json::codifica(r));
    boost::system::error_code ec;
    return v.find_pointer(p, ec) != nullptr;
}

std::optional<Decimale> opposto(const std::optional<Decimale>& d) {
    if (!d) return d;
    return Decimale::da_milionesimi(-d->milionesimi());
}

std::optional<std::variant<Importo, Decimale>> opposto(const std::optional<std::variant<Importo, Decimale>>& d) {
    if (!d) return d;
    if (const Importo* i = std::get_if<Importo>(&*d)) return Importo::da_centesimi(-i->centesimi());
    return Decimale::da_milionesimi(-std::get<Decimale>(*d).milionesimi());
}

std::optional<Tendenza> inversa(std::optional<Tendenza> t) {
    if (!t || *t == Tendenza::stabile) return t;
    return *t == Tendenza::migliora ? Tendenza::peggiora : Tendenza::migliora;
}

// The (code, identity) pairs of findings whose presence does not depend on the document's `anno`, sorted.
std::vector<std::string> identita(const std::vector<RilievoNegliAnni>& v) {
    static const std::vector<std::string> dipendono_dall_anno = {
        "ANNO_INCOERENTE", "ANNO_VINCOLO_INCOERENTE", "SCADENZA_FUORI_CICLO", "RELAZIONE_OLTRE_TERMINE",
        "VALIDAZIONE_PRIMA_DELL_APPROVAZIONE", "TARGET_INCOERENTE",
        "OBIETTIVO_TEMPI_PAGAMENTO_INSUFFICIENTE"}; // art. 4-bis D.L. 13/2023: from 2023 on
    std::vector<std::string> out;
    for (const auto& x : v)
        if (std::find(dipendono_dall_anno.begin(), dipendono_dall_anno.end(), x.codice) == dipendono_dall_anno.end())
            out.push_back(x.codice + " " + x.identita);
    std::sort(out.begin(), out.end());
    return out;
}

Smvp smvp() { return testing::uno_smvp(30, 40, 30).fascia("A", 90, 100).fascia("B", 60, 70).fascia("C", 0, 0); }

} // namespace

TEST_CASE("confronta_piano: a document against itself has no change") {
    for (std::size_t i = 0; i < 10; ++i) {
        const Relazione r = documento(3, i, 2023);
        const ConfrontoPiano c = confronta_piano(r, r);
        CHECK(c.modifiche.empty());
        CHECK(c.rilievi.empty());
    }
}

TEST_CASE("confronta_piano: swapping the sides reverses every change; pointers resolve") {
    std::size_t modifiche = 0, ridotti = 0, aggiunti = 0;
    for (std::size_t i = 0; i < 10; ++i) {
        const Relazione a = documento(3, i, 2023), b = documento(4, i, 2023);
        const ConfrontoPiano ab = confronta_piano(a, b), ba = confronta_piano(b, a);
        REQUIRE(ab.modifiche.size() == ba.modifiche.size());
        modifiche += ab.modifiche.size();
        for (const ModificaPiano& m : ab.modifiche) {
            aggiunti += m.tipo == TipoModifica::aggiunto;
            ridotti += m.ridotto;
            if (m.percorso_piano) CHECK(risolve(a, *m.percorso_piano));
            if (m.percorso_relazione) CHECK(risolve(b, *m.percorso_relazione));
            // Its mirror: same element and field, sides and values swapped.
            bool trovata = false;
            for (const ModificaPiano& n : ba.modifiche) {
                if (n.settore != m.settore || n.obiettivo != m.obiettivo || n.indicatore != m.indicatore ||
                    n.campo != m.campo)
                    continue;
                trovata = true;
                const TipoModifica atteso = m.tipo == TipoModifica::aggiunto  ? TipoModifica::rimosso
                                            : m.tipo == TipoModifica::rimosso ? TipoModifica::aggiunto
                                                                              : TipoModifica::modificato;
                CHECK(n.tipo == atteso);
                CHECK(n.valore_piano == m.valore_relazione);
                CHECK(n.valore_relazione == m.valore_piano);
                CHECK(n.differenza == opposto(m.differenza));
                CHECK(n.percorso_piano == m.percorso_relazione);
                CHECK(n.percorso_relazione == m.percorso_piano);
            }
            CHECK(trovata);
        }
        for (const Rilievo& x : ab.rilievi) {
            CHECK(x.codice == "OBIETTIVO_MODIFICATO_SENZA_RIMODULAZIONE");
            CHECK(x.messaggio.ends_with(", senza rimodulazione"));
            CHECK((risolve(b, x.percorso) || risolve(a, x.percorso)));
        }
    }
    CHECK(modifiche > 100); // the generator does produce differences of every kind
    CHECK(ridotti > 5);
    CHECK(aggiunti > 5);
}

TEST_CASE("confronta_anni: a document against itself a year on reports no change") {
    const Smvp s = smvp();
    for (std::size_t i = 0; i < 6; ++i) {
        const Relazione prima = documento(5, i, 2022);
        Relazione dopo = prima;
        dopo.anno = 2023;
        const auto c = confronta_anni(prima, dopo, s);
        REQUIRE(c.has_value());
        CHECK(!c->indicatori.empty());
        for (const auto& x : c->indicatori) {
            CHECK(x.precedente == x.corrente);
            if (x.precedente) CHECK(x.tendenza == Tendenza::stabile);
            if (x.differenza) CHECK(x.differenza->milionesimi() == 0);
        }
        CHECK(c->settori.size() == prima.settori.size());
        for (const auto& x : c->settori) {
            CHECK(x.precedente == x.corrente);
            CHECK(x.differenza.milionesimi() == 0);
        }
        CHECK(!c->ambiti.empty());
        for (const auto& x : c->ambiti) CHECK(x.precedente == x.corrente);
        for (const auto& x : c->vincoli) {
            CHECK(x.precedente == x.corrente);
            CHECK(x.tendenza == Tendenza::stabile);
            CHECK(x.percorso_precedente == x.percorso_corrente);
        }
        CHECK(identita(c->risolti).empty()); // only the findings on the year itself change
        CHECK(identita(c->nuovi).empty());
        CHECK(!c->persistenti.empty());
    }
}

TEST_CASE("confronta_anni: swapping the years reverses every difference and trend; pointers resolve") {
    const Smvp s = smvp();
    std::size_t indicatori = 0, tendenze = 0, rilievi = 0, vincoli = 0;
    for (std::size_t i = 0; i < 6; ++i) {
        Relazione a = documento(5, i, 2022), b = documento(6, i, 2023);
        const auto ab = confronta_anni(a, b, s);
        REQUIRE(ab.has_value());
        Relazione a2 = a, b2 = b;
        a2.anno = 2023, b2.anno = 2022;
        const auto ba = confronta_anni(b2, a2, s);
        REQUIRE(ba.has_value());
        REQUIRE(ab->indicatori.size() == ba->indicatori.size());
        for (const auto& x : ab->indicatori) {
            ++indicatori;
            tendenze += x.tendenza && *x.tendenza != Tendenza::stabile;
            CHECK(risolve(a, x.percorso_precedente));
            CHECK(risolve(b, x.percorso_corrente));
            bool trovato = false;
            for (const auto& y : ba->indicatori)
                if (y.codice == x.codice) {
                    trovato = true;
                    CHECK(y.precedente == x.corrente);
                    CHECK(y.corrente == x.precedente);
                    CHECK(y.differenza == opposto(x.differenza));
                    CHECK(y.tendenza == inversa(x.tendenza));
                    CHECK(y.percorso_precedente == x.percorso_corrente);
                }
            CHECK(trovato);
        }
        REQUIRE(ab->settori.size() == ba->settori.size());
        for (std::size_t k = 0; k < ab->settori.size(); ++k) {
            const auto& x = ab->settori[k];
            CHECK(risolve(a, x.percorso_precedente));
            CHECK(risolve(b, x.percorso_corrente));
            for (const auto& y : ba->settori)
                if (y.settore == x.settore) {
                    CHECK(y.precedente == x.corrente);
                    CHECK(y.differenza.milionesimi() == -x.differenza.milionesimi());
                }
        }
        CHECK(ab->ambiti.size() == ba->ambiti.size());
        for (const auto& x : ab->ambiti) {
            CHECK(risolve(a, x.percorso_precedente));
            CHECK(risolve(b, x.percorso_corrente));
            for (const auto& y : ba->ambiti)
                if (y.ambito == x.ambito) {
                    CHECK(y.precedente == x.corrente);
                    CHECK(y.differenza == opposto(x.differenza));
                }
        }
        // The findings that do not depend on the year a document carries: what was resolved one way is
        // new the other way. (ANNO_INCOERENTE and the date checks change with `anno` itself.)
        CHECK(identita(ab->risolti) == identita(ba->nuovi));
        CHECK(identita(ab->nuovi) == identita(ba->risolti));
        CHECK(identita(ab->persistenti) == identita(ba->persistenti));
        for (const auto& x : ab->risolti) CHECK(risolve(a, x.precedente->percorso));
        for (const auto& x : ab->nuovi) CHECK(risolve(b, x.corrente->percorso));
        rilievi += ab->risolti.size() + ab->nuovi.size() + ab->persistenti.size();
        // The public-finance figures: the same entries both ways, values, differences and trends reversed.
        REQUIRE(ab->vincoli.size() == ba->vincoli.size());
        for (std::size_t k = 0; k < ab->vincoli.size(); ++k) {
            const auto& x = ab->vincoli[k];
            const auto& y = ba->vincoli[k];
            ++vincoli;
            CHECK(y.vincolo == x.vincolo);
            CHECK(y.voce == x.voce);
            CHECK(y.precedente == x.corrente);
            CHECK(y.corrente == x.precedente);
            CHECK(y.differenza == opposto(x.differenza));
            CHECK(y.tendenza == inversa(x.tendenza));
            CHECK(y.percorso_precedente == x.percorso_corrente);
            if (x.percorso_precedente) CHECK(risolve(a, *x.percorso_precedente));
            if (x.percorso_corrente) CHECK(risolve(b, *x.percorso_corrente));
            CHECK((x.percorso_precedente || x.percorso_corrente));
        }
    }
    CHECK(vincoli > 0);
    CHECK(indicatori > 50);
    CHECK(tendenze > 10);
    CHECK(rilievi > 0);
}

TEST_CASE("confronta_anni refuses years that are not consecutive") {
    const Relazione a = documento(5, 0, 2021), b = documento(5, 1, 2023);
    const auto c = confronta_anni(a, b, smvp());
    REQUIRE_FALSE(c.has_value());
    CHECK(c.error().motivo == "/anno: gli anni non sono consecutivi (2021 e 2023): il confronto vuole un anno e il successivo");
    CHECK_FALSE(confronta_anni(b, a, smvp()).has_value());
}

TEST_CASE("confronta_piano: a lowered target, with and without rimodulazione") {
    using namespace perfpa::testing;
    const Relazione piano = una_relazione(2023).con(settore("a", 30).obiettivo("a-1", 30, {crescente("80", "")}));
    Relazione relazione = piano;
    relazione.settori[0].obiettivi[0].indicatori[0].valore_atteso = Valore{dec("70")};
    ConfrontoPiano c = confronta_piano(piano, relazione);
    REQUIRE(c.modifiche.size() == 1);
    CHECK(c.modifiche[0].campo == "valore_atteso");
    CHECK(c.modifiche[0].differenza == dec("-10"));
    CHECK(c.modifiche[0].ridotto);
    REQUIRE(c.rilievi.size() == 1);
    CHECK(c.rilievi[0].percorso == "/settori/0/obiettivi/0/indicatori/0/valore_atteso");
    CHECK(c.rilievi[0].messaggio == "Obiettivo a-1 del settore a, indicatore 1: valore_atteso 80 nel Piano, 70 nella "
                                    "Relazione (obiettivo ridotto), senza rimodulazione");
    // For a decreasing indicator, a lower target is harder: not "ridotto".
    Relazione decrescente = relazione;
    Relazione piano_decrescente = piano;
    decrescente.settori[0].obiettivi[0].indicatori[0].verso = Verso::decrescente;
    piano_decrescente.settori[0].obiettivi[0].indicatori[0].verso = Verso::decrescente;
    CHECK_FALSE(confronta_piano(piano_decrescente, decrescente).modifiche[0].ridotto);
    // With the amendment: the change is listed, and legitimate.
    relazione.settori[0].obiettivi[0].rimodulazione = Rimodulazione{{std::nullopt, "giunta", "88", std::nullopt}, "Variazione di bilancio"};
    c = confronta_piano(piano, relazione);
    REQUIRE(c.modifiche.size() == 1);
    CHECK(c.modifiche[0].rimodulato);
    CHECK(c.rilievi.empty());
}

TEST_CASE("confronta_anni: the public-finance blocks of both years, exact, with both pointers") {
    Relazione a = documento(7, 0, 2022), b = a;
    b.anno = 2023;
    a.vincoli_finanza = VincoliFinanza{};
    a.vincoli_finanza->equilibri_bilancio = EquilibriBilancio{};
    a.vincoli_finanza->equilibri_bilancio->rispettato = false;
    a.vincoli_finanza->equilibri_bilancio->w3_equilibrio_complessivo = Importo::da_centesimi(1'000'00);
    a.vincoli_finanza->tempi_pagamento = TempiPagamento{};
    a.vincoli_finanza->tempi_pagamento->indicatore_tempestivita_giorni = Decimale::da_testo("-3.5").value();
    b.vincoli_finanza = a.vincoli_finanza;
    b.vincoli_finanza->equilibri_bilancio->rispettato = true;
    b.vincoli_finanza->equilibri_bilancio->w3_equilibrio_complessivo = Importo::da_centesimi(750'01);
    b.vincoli_finanza->tempi_pagamento->indicatore_tempestivita_giorni = Decimale::da_testo("2").value();
    b.vincoli_finanza->tetto_spesa_personale = TettoSpesaPersonale{};
    b.vincoli_finanza->tetto_spesa_personale->spesa = Importo::da_centesimi(5'00);
    const auto c = confronta_anni(a, b, smvp());
    REQUIRE(c.has_value());
    auto trova = [&](std::string_view vincolo, std::string_view voce) -> const ConfrontoVincolo& {
        for (const auto& x : c->vincoli)
            if (x.vincolo == vincolo && x.voce == voce) return x;
        FAIL("no entry " << vincolo << "/" << voce);
        throw;
    };
    const auto& rispettato = trova("equilibri_bilancio", "rispettato");
    CHECK(rispettato.precedente == "no");
    CHECK(rispettato.corrente == "sì");
    CHECK(rispettato.tendenza == Tendenza::migliora);
    const auto& w3 = trova("equilibri_bilancio", "w3_equilibrio_complessivo");
    CHECK(w3.precedente == "1.000,00 €");
    CHECK(w3.corrente == "750,01 €");
    CHECK(w3.differenza == std::optional<std::variant<Importo, Decimale>>(Importo::da_centesimi(-249'99)));
    CHECK(w3.tendenza == Tendenza::peggiora);
    CHECK(w3.percorso_corrente == "/vincoli_finanza/equilibri_bilancio/w3_equilibrio_complessivo");
    const auto& itp = trova("tempi_pagamento", "indicatore_tempestivita_giorni");
    CHECK(itp.differenza == std::optional<std::variant<Importo, Decimale>>(Decimale::da_testo("5.5").value()));
    CHECK(itp.tendenza == Tendenza::peggiora); // more days late
    // A block only this year: no pointer, no value, no difference last year.
    const auto& spesa = trova("tetto_spesa_personale", "spesa");
    CHECK(!spesa.precedente);
    CHECK(!spesa.percorso_precedente);
    CHECK(!spesa.differenza);
    CHECK(spesa.corrente == "5,00 €");
    for (const auto& x : c->vincoli) {
        if (x.percorso_precedente) CHECK(risolve(a, *x.percorso_precedente));
        if (x.percorso_corrente) CHECK(risolve(b, *x.percorso_corrente));
    }
}
