// perfpa — the constraints of the model that a type alone cannot express
// (an SMVP's weights sum to 100, a binary indicator holds booleans, …).
// The JSON decoder reports them with the pointer of the element; programs
// that build a model in C++ call them directly.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_MODEL_VINCOLI_HPP
#define PERFPA_MODEL_VINCOLI_HPP

#include <perfpa/detail/id.hpp>
#include <perfpa/detail/testo.hpp>
#include <perfpa/errori.hpp>
#include <perfpa/formato_italiano.hpp>
#include <perfpa/model/criteri_premi.hpp>
#include <perfpa/model/personale.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>
#include <perfpa/opzionale.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace perfpa {

namespace detail {

template <class L = void>
std::string descrivi_valore(const Valore& v) {
    if (const bool* b = std::get_if<bool>(&v)) return *b ? "il booleano true" : "il booleano false";
    if (const Decimale* d = std::get_if<Decimale>(&v)) return "il numero " + d->testo();
    return "un testo";
}

template <class L = void>
void controlla_formato(std::string_view formato, std::string_view atteso, std::vector<ErroreDecodifica>& out) {
    if (formato == atteso) return;
    const std::string_view famiglia = atteso.substr(0, atteso.find('/') + 1);
    if (formato.substr(0, famiglia.size()) == famiglia)
        out.push_back({"/formato", testo("versione del formato non supportata: atteso \"", atteso, "\", trovato \"",
                                         formato, "\""), TipoErrore::formato});
    else
        out.push_back({"/formato", testo("atteso \"", atteso, "\", trovato \"", formato, "\""), TipoErrore::formato});
}

/** The years of the format lie in 1900–9999, as `anno`: a year given out of it is reported at `/chiave`. */
template <class L = void>
void controlla_anno(const Opzionale<int>& anno, const char* chiave, std::vector<ErroreDecodifica>& out) {
    if (anno && (*anno < 1900 || *anno > 9999))
        out.push_back({std::string("/") + chiave, "atteso un anno tra 1900 e 9999, trovato " + std::to_string(*anno), TipoErrore::fuori_intervallo});
}

/** The errors of a block whose only constraint is its year: none, or the year out of range. */
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_anno(const Opzionale<int>& anno, const char* chiave) {
    std::vector<ErroreDecodifica> out;
    controlla_anno<L>(anno, chiave, out);
    return out;
}

/** The largest `popolazione` accepted: more than any ente's, far from any integer's limit. */
inline constexpr std::int64_t popolazione_massima = 1'000'000'000;

} // namespace detail

/** No constraints beyond the types for most parts of the model. */
template <class T>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const T&) {
    return {};
}

/** `formato` is `perfpa.relazione/1`; `anno` is a plausible year. Pointers are relative to the Relazione. */
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const Relazione& r) {
    std::vector<ErroreDecodifica> out;
    detail::controlla_formato<L>(r.formato, formato_relazione, out);
    if (r.anno < 1900 || r.anno > 9999)
        out.push_back({"/anno", "atteso un anno tra 1900 e 9999, trovato " + std::to_string(r.anno), TipoErrore::fuori_intervallo});
    return out;
}

/** `popolazione` is a count: 0 to 1,000,000,000. Pointers relative to the ente. */
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const Ente& e) {
    std::vector<ErroreDecodifica> out;
    if (e.popolazione && (*e.popolazione < 0 || *e.popolazione > detail::popolazione_massima))
        out.push_back({"/popolazione", "atteso un numero intero tra 0 e " + std::to_string(detail::popolazione_massima) +
                                           ", trovato " + std::to_string(*e.popolazione), TipoErrore::fuori_intervallo});
    return out;
}

/** `anno_obiettivi` is a year, as `anno`. Pointers relative to the settore. */
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const Settore& s) {
    return detail::errori_anno<L>(s.anno_obiettivi, "anno_obiettivi");
}

/** The years of the financial constraints are years, as `anno`. Pointers relative to the block. */
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const VincoliFinanza& v) {
    return detail::errori_anno<L>(v.anno_riferimento, "anno_riferimento");
}
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const EquilibriBilancio& b) {
    return detail::errori_anno<L>(b.anno, "anno");
}
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const TettoSpesaPersonale& t) {
    return detail::errori_anno<L>(t.anno, "anno");
}
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const TettoSalarioAccessorio& t) {
    return detail::errori_anno<L>(t.anno, "anno");
}

/** The values of an indicator have the kind its `misura` requires. Pointers relative to the indicator. */
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const Indicatore& i) {
    std::vector<ErroreDecodifica> out;
    auto controlla = [&](const Opzionale<Valore>& v, const char* chiave) {
        if (!v) return;
        const char* atteso = nullptr;
        if (i.misura == Misura::binaria && !std::holds_alternative<bool>(*v))
            atteso = "atteso un booleano (misura binaria)";
        else if (i.misura == Misura::quantitativa && !std::holds_alternative<Decimale>(*v))
            atteso = "atteso un numero (misura quantitativa)";
        else if (i.misura == Misura::qualitativa && !std::holds_alternative<std::string>(*v))
            atteso = "atteso un testo (misura qualitativa)";
        if (atteso) out.push_back({std::string("/") + chiave, std::string(atteso) + ", trovato " + detail::descrivi_valore<L>(*v), TipoErrore::tipo_errato});
    };
    controlla(i.valore_atteso, "valore_atteso");
    controlla(i.valore_realizzato, "valore_realizzato");
    return out;
}

/** An NdV entry for an objective has a degree or a neutralisation. Pointers relative to the entry. */
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const ValutazioneObiettivo& v) {
    std::vector<ErroreDecodifica> out;
    if (!v.grado_raggiungimento && !v.neutralizzato.value_or(false))
        out.push_back({"", "attesi \"grado_raggiungimento\" oppure \"neutralizzato\": true, non trovati"});
    return out;
}

/**
 * A payment-times block gives at least one of its two indicators (format.md:
 * "ITP and/or the delay indicator"): an empty one is an omission, not data;
 * its `anno` is a year, as `anno`. Pointers relative to the block.
 */
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const TempiPagamento& t) {
    std::vector<ErroreDecodifica> out;
    detail::controlla_anno<L>(t.anno, "anno", out);
    if (!t.indicatore_tempestivita_giorni && !t.indicatore_ritardo_giorni)
        out.push_back({"", "attesi \"indicatore_tempestivita_giorni\" o \"indicatore_ritardo_giorni\" (o entrambi), "
                           "non trovati"});
    return out;
}

/** The ANAC grid values are 0–3. Pointers relative to the obligation. */
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const ObbligoPubblicazione& o) {
    std::vector<ErroreDecodifica> out;
    auto controlla = [&](const Opzionale<int>& v, const char* chiave) {
        if (v && (*v < 0 || *v > 3))
            out.push_back({std::string("/") + chiave, "atteso un intero tra 0 e 3, trovato " + std::to_string(*v), TipoErrore::fuori_intervallo});
    };
    controlla(o.completezza, "completezza");
    controlla(o.aggiornamento, "aggiornamento");
    controlla(o.apertura_formato, "apertura_formato");
    return out;
}

namespace detail {

// The band rules of rules.md, for the SMVP's bands and for a profile's own
// (personale.md §2): each `da` and `quota_premio` in 0–100, one band
// starting at 0, no two bands sharing a `da`, every band with a name of its
// own (scores and checks name a band by its `nome`). `base` prefixes the
// pointers ("" or "/profili/i"); `di_chi` names the owner in the message
// ("" or ` del profilo "id"`).
template <class L = void>
void errori_fasce(const std::vector<Fascia>& fasce, std::string_view base, std::string_view di_chi,
                  std::vector<ErroreDecodifica>& out) {
    bool da_zero = false;
    for (std::size_t j = 0; j < fasce.size(); ++j) {
        const Fascia& f = fasce[j];
        auto p = [&](std::string_view campo) { return testo(base, "/fasce/", j, campo); };
        for (auto [c, campo] : {std::pair{f.da.centesimi(), "/da"}, std::pair{f.quota_premio.centesimi(), "/quota_premio"}})
            if (c < 0 || c > 100'00)
                out.push_back({p(campo), "atteso un numero tra 0 e 100, trovato " + Punti::da_centesimi(c).testo(), TipoErrore::fuori_intervallo});
        da_zero = da_zero || f.da == Punti{};
        for (std::size_t k = 0; k < j; ++k)
            if (fasce[k].da == f.da)
                out.push_back({p("/da"), "la fascia \"" + f.nome + "\" parte da " + f.da.testo() + " come la fascia \"" +
                                             fasce[k].nome + "\""});
        if (f.nome.empty()) out.push_back({p("/nome"), "atteso un nome di fascia non vuoto, trovato \"\""});
        for (std::size_t k = 0; k < j; ++k)
            if (!f.nome.empty() && fasce[k].nome == f.nome) {
                out.push_back({p("/nome"), testo("il nome \"", f.nome, "\" è già della fascia ", base, "/fasce/", k,
                                                 ": attesi nomi di fascia distinti")});
                break;
            }
    }
    if (!da_zero)
        out.push_back({testo(base, "/fasce"),
                       testo("nessuna fascia", di_chi, " parte da 0: ogni punteggio deve avere una fascia")});
}

// The rules of personale.md §2 on the SMVP's blocks for the staff: the
// catalogue of behaviours and its scale, and the profiles. Pointers relative
// to the SMVP; nothing is allocated for a valid SMVP without profiles.
template <class L = void>
void errori_smvp_personale(const Smvp& s, std::vector<ErroreDecodifica>& out) {
    auto errore = [&](auto percorso, auto messaggio) { out.push_back({std::string(percorso), std::string(messaggio)}); };
    // The ids of a list, each used once; the later ones are reported.
    auto unici = [&](const auto& elenco, auto id, std::string_view cosa, std::string_view percorso) {
        PrimeOccorrenze<std::size_t> visti(elenco.size());
        for (std::size_t k = 0; k < elenco.size(); ++k)
            if (const std::size_t* primo = visti.gia_visto(id(elenco[k]), k))
                errore(frase(percorso, '/', k), frase(cosa, " \"", id(elenco[k]), "\" ripetuto: già usato in ",
                                                      percorso, '/', *primo));
    };
    if (s.comportamenti)
        unici(*s.comportamenti, [](const Comportamento& c) -> std::string_view { return c.id; },
              "identificativo del comportamento", "/comportamenti");
    if (s.scala_comportamenti && s.scala_comportamenti->minimo >= s.scala_comportamenti->massimo)
        errore("/scala_comportamenti",
               frase("il minimo della scala (", centesimi(s.scala_comportamenti->minimo.centesimi()),
                     ") deve essere minore del massimo (", centesimi(s.scala_comportamenti->massimo.centesimi()), ")"));
    if (!s.profili) return;
    const std::vector<ProfiloSmvp>& profili = *s.profili;
    unici(profili, [](const ProfiloSmvp& p) -> std::string_view { return p.id; }, "identificativo del profilo",
          "/profili");
    const IndiceId catalogo(s.comportamenti ? &*s.comportamenti : nullptr,
                            [](const Comportamento& c) -> const std::string& { return c.id; });
    for (std::size_t i = 0; i < profili.size(); ++i) {
        const ProfiloSmvp& p = profili[i];
        const std::string base = testo("/profili/", i);
        const PesiSmvp& w = p.pesi;
        const Punti somma = w.performance_organizzativa + w.obiettivi_individuali + w.comportamenti;
        if (somma != Punti::interi(100))
            errore(base + "/pesi", frase("i pesi del profilo \"", p.id, "\" devono sommare a 100, sommano a ",
                                         centesimi(somma.centesimi())));
        for (std::size_t k = 0; k < p.categorie.size(); ++k)
            for (std::size_t a = 0; a <= i; ++a) {
                const std::vector<Categoria>& altre = profili[a].categorie;
                const std::size_t fino = a == i ? k : altre.size();
                if (std::find(altre.begin(), altre.begin() + static_cast<std::ptrdiff_t>(fino), p.categorie[k]) ==
                    altre.begin() + static_cast<std::ptrdiff_t>(fino))
                    continue;
                errore(frase(base, "/categorie/", k),
                       frase("la categoria \"", nome_categoria(p.categorie[k]), "\" è già nel profilo \"", profili[a].id,
                             "\": ogni categoria ha un profilo solo"));
                break;
            }
        Peso pesi_comportamenti{};
        PrimeOccorrenze<std::size_t> comportamenti_visti(p.pesi_comportamenti.size());
        for (std::size_t k = 0; k < p.pesi_comportamenti.size(); ++k) {
            const PesoComportamento& c = p.pesi_comportamenti[k];
            pesi_comportamenti = pesi_comportamenti + c.peso;
            if (!catalogo.trova(c.comportamento))
                errore(frase(base, "/pesi_comportamenti/", k, "/comportamento"),
                       frase("il comportamento \"", c.comportamento,
                             "\" non è nel catalogo \"comportamenti\" dello SMVP"));
            else if (const std::size_t* primo = comportamenti_visti.gia_visto(c.comportamento, k))
                errore(frase(base, "/pesi_comportamenti/", k, "/comportamento"),
                       frase("il comportamento \"", c.comportamento, "\" ha già un peso nel profilo, in ", base,
                             "/pesi_comportamenti/", *primo));
        }
        if (pesi_comportamenti == Peso{})
            errore(base + "/pesi_comportamenti",
                   frase("i pesi dei comportamenti del profilo \"", p.id,
                         "\" sommano a 0: almeno uno deve essere maggiore di 0"));
        if (p.fasce) errori_fasce<L>(*p.fasce, base, testo(" del profilo \"", p.id, '"'), out);
    }
}

} // namespace detail

/**
 * An SMVP is valid when its `formato` is `perfpa.smvp/1`, its weights sum
 * to 100, every value lies in 0–100, one band starts at 0, no two bands
 * share a `da`, and every band has a name of its own (non-empty, unique). Returns every violation with its pointer relative to the SMVP.
 */
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const Smvp& s) {
    std::vector<ErroreDecodifica> out;
    detail::controlla_formato<L>(s.formato, formato_smvp, out);
    // The pointers are spelled only for a value out of range: a valid SMVP
    // (the common case, checked once per scoring call) allocates nothing.
    auto fuori = [](std::int64_t c) { return c < 0 || c > 100'00; };
    auto segnala = [&](std::int64_t c, std::string percorso) {
        out.push_back({std::move(percorso), "atteso un numero tra 0 e 100, trovato " + Punti::da_centesimi(c).testo(), TipoErrore::fuori_intervallo});
    };
    auto intervallo = [&](std::int64_t c, std::string_view percorso) {
        if (fuori(c)) segnala(c, std::string(percorso));
    };
    intervallo(s.pesi.performance_organizzativa.centesimi(), "/pesi/performance_organizzativa");
    intervallo(s.pesi.obiettivi_individuali.centesimi(), "/pesi/obiettivi_individuali");
    intervallo(s.pesi.comportamenti.centesimi(), "/pesi/comportamenti");
    const Punti somma = s.pesi.performance_organizzativa + s.pesi.obiettivi_individuali + s.pesi.comportamenti;
    if (somma != Punti::interi(100))
        out.push_back({"/pesi", "i pesi devono sommare a 100, sommano a " + somma.testo()});
    intervallo(s.giudizi.pienamente_raggiunto.centesimi(), "/giudizi/pienamente_raggiunto");
    intervallo(s.giudizi.raggiunto.centesimi(), "/giudizi/raggiunto");
    intervallo(s.giudizi.parzialmente_raggiunto.centesimi(), "/giudizi/parzialmente_raggiunto");
    intervallo(s.giudizi.non_raggiunto.centesimi(), "/giudizi/non_raggiunto");
    if (s.soglia_minima_obiettivo) intervallo(s.soglia_minima_obiettivo->centesimi(), "/soglia_minima_obiettivo");
    detail::errori_fasce<L>(s.fasce, "", "", out);
    detail::errori_smvp_personale<L>(s, out);
    return out;
}

/** `formato` is `perfpa.personale/1`; `anno` is a plausible year. Pointers are relative to the staff document. */
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const Personale& p) {
    std::vector<ErroreDecodifica> out;
    detail::controlla_formato<L>(p.formato, formato_personale, out);
    if (p.anno < 1900 || p.anno > 9999)
        out.push_back({"/anno", detail::testo("atteso un anno tra 1900 e 9999, trovato ", p.anno), TipoErrore::fuori_intervallo});
    return out;
}

/** A person works somewhere (one assignment at least) and part time is above 0. Pointers relative to the person. */
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const Dipendente& d) {
    std::vector<ErroreDecodifica> out;
    if (d.part_time && *d.part_time == Percentuale{})
        out.push_back({"/part_time", "atteso un numero maggiore di 0 e al massimo 100, trovato 0", TipoErrore::fuori_intervallo});
    if (d.assegnazioni.empty())
        out.push_back({"/assegnazioni", "attesa almeno un'assegnazione a un settore, trovate 0"});
    return out;
}

/** An assignment ends on or after the day it starts. Pointers relative to the assignment. */
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const AssegnazioneDipendente& a) {
    std::vector<ErroreDecodifica> out;
    if (a.al < a.dal)
        out.push_back({"/al", detail::testo("la fine dell'assegnazione (", formatta_data(a.al),
                                            ") precede il suo inizio (", formatta_data(a.dal), ")")});
    return out;
}

/**
 * A person's objective is their own (`id`, `descrizione`, optional
 * `grado_raggiungimento`) or a reference (`obiettivo`), not both. Pointers
 * relative to the entry.
 */
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const ObiettivoDipendente& o) {
    std::vector<ErroreDecodifica> out;
    if (o.obiettivo) {
        auto estraneo = [&](bool presente, std::string_view chiave) {
            if (presente)
                out.push_back({detail::testo("/", chiave),
                               detail::testo("un riferimento a un obiettivo della Relazione (\"obiettivo\") non ha \"",
                                             chiave, "\": è proprio solo di un obiettivo del dipendente")});
        };
        estraneo(o.id.has_value(), "id");
        estraneo(o.descrizione.has_value(), "descrizione");
        estraneo(o.grado_raggiungimento.has_value(), "grado_raggiungimento");
    } else if (!o.id) {
        out.push_back({"", "attesi \"id\" e \"descrizione\" (un obiettivo del dipendente) oppure \"obiettivo\" (un "
                           "riferimento a un obiettivo della Relazione), non trovati"});
    } else if (!o.descrizione) {
        out.push_back({"", "atteso \"descrizione\" per l'obiettivo del dipendente, non trovato"});
    }
    return out;
}

/** A revised degree names its objective by `id` or by `obiettivo`, exactly one. Pointers relative to the entry. */
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const RevisioneObiettivo& r) {
    std::vector<ErroreDecodifica> out;
    if (r.id && r.obiettivo)
        out.push_back({"/obiettivo", "attesi \"id\" (un obiettivo del dipendente) oppure \"obiettivo\" (un "
                                     "riferimento a un obiettivo della Relazione), non entrambi"});
    else if (!r.id && !r.obiettivo)
        out.push_back({"", "attesi \"id\" (un obiettivo del dipendente) oppure \"obiettivo\" (un riferimento a un "
                           "obiettivo della Relazione), non trovati"});
    return out;
}

/** An open review has no revised values yet. Pointers relative to the review. */
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const Contraddittorio& c) {
    std::vector<ErroreDecodifica> out;
    if (c.stato != StatoContraddittorio::aperto) return out;
    for (const auto& [rivisti, chiave] : {std::pair{c.obiettivi.has_value(), "/obiettivi"},
                                          std::pair{c.comportamenti.has_value(), "/comportamenti"}})
        if (rivisti)
            out.push_back({chiave, "un contraddittorio aperto non ha ancora valori rivisti: attesi solo quando "
                                   "\"stato\" è \"concluso\""});
    return out;
}

/**
 * Criteria (personale.md §4, §6): `formato` is `perfpa.criteri_premi/1`; the
 * fund is not negative; a category has one parameter; the payment-time
 * withholding is at least 30 % (art. 4-bis c.2 D.L. 13/2023). Pointers are
 * relative to the document.
 */
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const CriteriPremi& c) {
    std::vector<ErroreDecodifica> out;
    detail::controlla_formato<L>(c.formato, formato_criteri_premi, out);
    if (c.fondo < Importo{})
        out.push_back({"/fondo", detail::testo("atteso un importo non negativo, trovato ", c.fondo.testo()), TipoErrore::fuori_intervallo});
    if (c.parametri_categoria)
        for (std::size_t k = 0; k < c.parametri_categoria->size(); ++k)
            for (std::size_t a = 0; a < k; ++a)
                if ((*c.parametri_categoria)[a].categoria == (*c.parametri_categoria)[k].categoria) {
                    out.push_back({detail::testo("/parametri_categoria/", k, "/categoria"),
                                   detail::testo("la categoria \"", nome_categoria((*c.parametri_categoria)[k].categoria),
                                                 "\" ha già un parametro, in /parametri_categoria/", a)});
                    break;
                }
    if (c.decurtazione_tempi_pagamento &&
        c.decurtazione_tempi_pagamento->centesimi() < decurtazione_minima_tempi_pagamento)
        out.push_back({"/decurtazione_tempi_pagamento",
                       detail::testo("attesa una decurtazione di almeno il 30% (art. 4-bis c.2 D.L. 13/2023), trovata ",
                                     *c.decurtazione_tempi_pagamento)});
    return out;
}

/** A category's parameter is above 0 and at most 100. Pointers relative to the entry. */
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const ParametroCategoria& p) {
    std::vector<ErroreDecodifica> out;
    if (p.parametro.centesimi() <= 0 || p.parametro.centesimi() > parametro_massimo)
        out.push_back({"/parametro", detail::testo("atteso un numero maggiore di 0 e al massimo 100, trovato ",
                                                   p.parametro), TipoErrore::fuori_intervallo});
    return out;
}

/**
 * The increase is at least 30 % of the mean premio (art. 81 c.2 CCNL
 * 16.11.2022) and goes to a share of the staff above 0. Pointers relative
 * to the block.
 */
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const Maggiorazione& m) {
    std::vector<ErroreDecodifica> out;
    if (m.percentuale.centesimi() < percentuale_minima_maggiorazione)
        out.push_back({"/percentuale", detail::testo("attesa una maggiorazione di almeno il 30% del premio medio (",
                                                     norma_maggiorazione, "), trovata ", m.percentuale)});
    if (m.quota_massima == Percentuale{})
        out.push_back({"/quota_massima", "atteso un numero maggiore di 0 e al massimo 100, trovato 0", TipoErrore::fuori_intervallo});
    return out;
}

namespace detail {

/**
 * Whether each constraint of T (`errori_modello`) concerns one member — the
 * first segment of its pointer — and reads nothing but that member: then a
 * member with an error hides only its own constraints ("pesi" summing to 99
 * is reported beside a band's `quota_premio` of 101). The constraints of
 * other structs relate their members (an indicator's values and its
 * `misura`) and wait until every member is valid. The decoder and
 * `errori_modello_completo` both follow this rule.
 */
template <class T> inline constexpr bool vincoli_per_membro = false;
template <> inline constexpr bool vincoli_per_membro<Relazione> = true;
template <> inline constexpr bool vincoli_per_membro<Smvp> = true;
template <> inline constexpr bool vincoli_per_membro<ObbligoPubblicazione> = true;
template <> inline constexpr bool vincoli_per_membro<Personale> = true;
template <> inline constexpr bool vincoli_per_membro<Dipendente> = true;
template <> inline constexpr bool vincoli_per_membro<CriteriPremi> = true;
template <> inline constexpr bool vincoli_per_membro<Maggiorazione> = true;

} // namespace detail

} // namespace perfpa

#endif
