// perfpa — the constraints of the model that a type alone cannot express
// (an SMVP's weights sum to 100, a binary indicator holds booleans, …).
// The JSON decoder reports them with the pointer of the element; programs
// that build a model in C++ call them directly.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_VALIDAZIONE_HPP
#define PERFPA_MODEL_VALIDAZIONE_HPP

#include <perfpa/detail/testo.hpp>
#include <perfpa/errori.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
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
                                         formato, "\"")});
    else
        out.push_back({"/formato", testo("atteso \"", atteso, "\", trovato \"", formato, "\"")});
}

/** The years of the format lie in 1900–9999, as `anno`: a year given out of it is reported at `/chiave`. */
template <class L = void>
void controlla_anno(const std::optional<int>& anno, const char* chiave, std::vector<ErroreDecodifica>& out) {
    if (anno && (*anno < 1900 || *anno > 9999))
        out.push_back({std::string("/") + chiave, "atteso un anno tra 1900 e 9999, trovato " + std::to_string(*anno)});
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
        out.push_back({"/anno", "atteso un anno tra 1900 e 9999, trovato " + std::to_string(r.anno)});
    return out;
}

/** `popolazione` is a count: 0 to 1,000,000,000. Pointers relative to the ente. */
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const Ente& e) {
    std::vector<ErroreDecodifica> out;
    if (e.popolazione && (*e.popolazione < 0 || *e.popolazione > detail::popolazione_massima))
        out.push_back({"/popolazione", "atteso un numero intero tra 0 e " + std::to_string(detail::popolazione_massima) +
                                           ", trovato " + std::to_string(*e.popolazione)});
    return out;
}

/** `anno_obiettivi` is a year, as `anno`. Pointers relative to the settore. */
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const Settore& s) {
    std::vector<ErroreDecodifica> out;
    detail::controlla_anno<L>(s.anno_obiettivi, "anno_obiettivi", out);
    return out;
}

/** The years of the financial constraints are years, as `anno`. Pointers relative to the block. */
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const VincoliFinanza& v) {
    std::vector<ErroreDecodifica> out;
    detail::controlla_anno<L>(v.anno_riferimento, "anno_riferimento", out);
    return out;
}
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const EquilibriBilancio& b) {
    std::vector<ErroreDecodifica> out;
    detail::controlla_anno<L>(b.anno, "anno", out);
    return out;
}
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const TettoSpesaPersonale& t) {
    std::vector<ErroreDecodifica> out;
    detail::controlla_anno<L>(t.anno, "anno", out);
    return out;
}
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const TettoSalarioAccessorio& t) {
    std::vector<ErroreDecodifica> out;
    detail::controlla_anno<L>(t.anno, "anno", out);
    return out;
}

/** The values of an indicator have the kind its `misura` requires. Pointers relative to the indicator. */
template <class L = void>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello(const Indicatore& i) {
    std::vector<ErroreDecodifica> out;
    auto controlla = [&](const std::optional<Valore>& v, const char* chiave) {
        if (!v) return;
        const char* atteso = nullptr;
        if (i.misura == Misura::binaria && !std::holds_alternative<bool>(*v))
            atteso = "atteso un booleano (misura binaria)";
        else if (i.misura == Misura::quantitativa && !std::holds_alternative<Decimale>(*v))
            atteso = "atteso un numero (misura quantitativa)";
        else if (i.misura == Misura::qualitativa && !std::holds_alternative<std::string>(*v))
            atteso = "atteso un testo (misura qualitativa)";
        if (atteso) out.push_back({std::string("/") + chiave, std::string(atteso) + ", trovato " + detail::descrivi_valore<L>(*v)});
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
    auto controlla = [&](const std::optional<int>& v, const char* chiave) {
        if (v && (*v < 0 || *v > 3))
            out.push_back({std::string("/") + chiave, "atteso un intero tra 0 e 3, trovato " + std::to_string(*v)});
    };
    controlla(o.completezza, "completezza");
    controlla(o.aggiornamento, "aggiornamento");
    controlla(o.apertura_formato, "apertura_formato");
    return out;
}

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
        out.push_back({std::move(percorso), "atteso un numero tra 0 e 100, trovato " + Punti::da_centesimi(c).testo()});
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
    bool da_zero = false;
    for (std::size_t j = 0; j < s.fasce.size(); ++j) {
        const Fascia& f = s.fasce[j];
        auto p = [j] { return "/fasce/" + std::to_string(j); };
        if (fuori(f.da.centesimi())) segnala(f.da.centesimi(), p() + "/da");
        if (fuori(f.quota_premio.centesimi())) segnala(f.quota_premio.centesimi(), p() + "/quota_premio");
        da_zero = da_zero || f.da == Punti{};
        for (std::size_t k = 0; k < j; ++k)
            if (s.fasce[k].da == f.da)
                out.push_back({p() + "/da", "la fascia \"" + f.nome + "\" parte da " + f.da.testo() +
                                                " come la fascia \"" + s.fasce[k].nome + "\""});
        // A band is named by its `nome` in scores and checks: one name, one band.
        if (f.nome.empty()) out.push_back({p() + "/nome", "atteso un nome di fascia non vuoto, trovato \"\""});
        for (std::size_t k = 0; k < j; ++k)
            if (!f.nome.empty() && s.fasce[k].nome == f.nome) {
                out.push_back({p() + "/nome", "il nome \"" + f.nome + "\" è già della fascia /fasce/" +
                                                  std::to_string(k) + ": attesi nomi di fascia distinti"});
                break;
            }
    }
    if (!da_zero) out.push_back({"/fasce", "nessuna fascia parte da 0: ogni punteggio deve avere una fascia"});
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

// What the walkers of the model (the decoder, errori_modello_completo) tell apart.
template <class T> struct e_opzionale : std::false_type {};
template <class T> struct e_opzionale<std::optional<T>> : std::true_type {};
template <class T> struct e_vettore : std::false_type {};
template <class T, class A> struct e_vettore<std::vector<T, A>> : std::true_type {};
template <class T> struct e_centesimi : std::false_type {};
template <class Tag> struct e_centesimi<Centesimi<Tag>> : std::true_type {};

// What a value of Centesimi<Tag> must be, in a message: "un numero tra 0 e 100".
template <class Tag>
std::string atteso_centesimi() {
    return Centesimi<Tag>::massimo == 100'00 ? "un numero tra 0 e 100" : "un numero ≥ 0";
}

// The same for a value out of its range: above the maximum of a weight, the
// bound "≥ 0" would not say what is wrong.
template <class Tag>
std::string atteso_nell_intervallo(std::int64_t centesimi) {
    return centesimi > Centesimi<Tag>::massimo && Centesimi<Tag>::massimo != 100'00
               ? "un numero ≤ " + Centesimi<Tag>::da_centesimi(Centesimi<Tag>::massimo).testo()
               : atteso_centesimi<Tag>();
}

} // namespace detail

} // namespace perfpa

#endif
