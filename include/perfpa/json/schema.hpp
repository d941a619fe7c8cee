// perfpa — JSON Schema (draft 2020-12) of the Relazione and the SMVP,
// generated from the same Boost.Describe declarations the decoder walks,
// so the schema and the decoder cannot drift apart.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_JSON_SCHEMA_HPP
#define PERFPA_JSON_SCHEMA_HPP

#include <perfpa/json/codifica.hpp> // detail::scrivi_stringa
#include <perfpa/detail/tratti.hpp>
#include <perfpa/model.hpp>
#include <perfpa/model/vincoli.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>

#include <charconv>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>

namespace perfpa::json {

namespace detail {

/** The `$defs` name of a described struct of the model; empty = the type is inlined. */
template <class T> constexpr std::string_view nome_definizione = {};
#define PERFPA_SCHEMA_NOME(T) template <> inline constexpr std::string_view nome_definizione<T> = #T;
PERFPA_SCHEMA_NOME(Relazione)
PERFPA_SCHEMA_NOME(Ente)
PERFPA_SCHEMA_NOME(Atto)
PERFPA_SCHEMA_NOME(Settore)
PERFPA_SCHEMA_NOME(Responsabile)
PERFPA_SCHEMA_NOME(Obiettivo)
PERFPA_SCHEMA_NOME(Indicatore)
PERFPA_SCHEMA_NOME(PerformanceOrganizzativa)
PERFPA_SCHEMA_NOME(Ambito)
PERFPA_SCHEMA_NOME(VincoliFinanza)
PERFPA_SCHEMA_NOME(EquilibriBilancio)
PERFPA_SCHEMA_NOME(TettoSpesaPersonale)
PERFPA_SCHEMA_NOME(TettoSalarioAccessorio)
PERFPA_SCHEMA_NOME(ParametroDeficitarieta)
PERFPA_SCHEMA_NOME(TempiPagamento)
PERFPA_SCHEMA_NOME(Trasparenza)
PERFPA_SCHEMA_NOME(ObbligoPubblicazione)
PERFPA_SCHEMA_NOME(Anticorruzione)
PERFPA_SCHEMA_NOME(MisuraAnticorruzione)
PERFPA_SCHEMA_NOME(ControlliInterni)
PERFPA_SCHEMA_NOME(IndagineSoddisfazione)
PERFPA_SCHEMA_NOME(ValutazioneNdV)
PERFPA_SCHEMA_NOME(Validazione)
PERFPA_SCHEMA_NOME(GiudizioAmbito)
PERFPA_SCHEMA_NOME(ValutazioneIndividuale)
PERFPA_SCHEMA_NOME(ValutazioneObiettivo)
PERFPA_SCHEMA_NOME(Smvp)
PERFPA_SCHEMA_NOME(PesiSmvp)
PERFPA_SCHEMA_NOME(GiudiziSmvp)
PERFPA_SCHEMA_NOME(Fascia)
PERFPA_SCHEMA_NOME(Comportamento)
PERFPA_SCHEMA_NOME(ScalaComportamenti)
PERFPA_SCHEMA_NOME(PesoComportamento)
PERFPA_SCHEMA_NOME(ProfiloSmvp)
PERFPA_SCHEMA_NOME(Personale)
PERFPA_SCHEMA_NOME(Dipendente)
PERFPA_SCHEMA_NOME(AssegnazioneDipendente)
PERFPA_SCHEMA_NOME(ObiettivoDipendente)
PERFPA_SCHEMA_NOME(PunteggioComportamento)
PERFPA_SCHEMA_NOME(ValutazioneDipendente)
PERFPA_SCHEMA_NOME(Autovalutazione)
PERFPA_SCHEMA_NOME(Contraddittorio)
PERFPA_SCHEMA_NOME(RevisioneObiettivo)
PERFPA_SCHEMA_NOME(CriteriPremi)
PERFPA_SCHEMA_NOME(ParametroCategoria)
PERFPA_SCHEMA_NOME(Maggiorazione)
PERFPA_SCHEMA_NOME(ObiettivoStrategico)
PERFPA_SCHEMA_NOME(Rimodulazione)
PERFPA_SCHEMA_NOME(AmbitoSettore)
PERFPA_SCHEMA_NOME(ValoreAnnuale)
#undef PERFPA_SCHEMA_NOME

/** A number of hundredths as a JSON number: 10000 → 100, 7549 → 75.49. */
inline boost::json::value numero_centesimi(std::int64_t c) {
    if (c % 100 == 0) return c / 100;
    return static_cast<double>(c) / 100.0;
}

// What `Importo::da_testo` accepts: optional '-', no leading zeros, at most
// two significant decimals (trailing zeros beyond them are harmless), and
// at most 15 integer digits (the decoder's limit is 9·10^14 euro).
inline constexpr const char* pattern_importo = "^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2}0*)?$";
// What `Data::da_testo` accepts: YYYY-MM-DD, year 0001–9999. `format: date`
// adds the calendar (no 30 February) for validators that check formats.
inline constexpr const char* pattern_data =
    "^(?!0000)[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

class Generatore {
public:
    explicit Generatore(boost::json::object& defs) : defs_(defs) {}

    /** The schema of a value of type T (a `$ref` for named structs). */
    template <class T>
    boost::json::value di() {
        using perfpa::detail::Specie;
        constexpr Specie sp = perfpa::detail::specie<T>;
        if constexpr (sp == Specie::booleano) {
            return {{"type", "boolean"}};
        } else if constexpr (sp == Specie::intero) {
            boost::json::object o{{"type", "integer"}};
            if constexpr (std::is_unsigned_v<T>) o["minimum"] = 0;
            else if constexpr (sizeof(T) < sizeof(std::int64_t)) o["minimum"] = std::numeric_limits<T>::min();
            if constexpr (sizeof(T) < sizeof(std::int64_t)) o["maximum"] = std::numeric_limits<T>::max();
            return o;
        } else if constexpr (sp == Specie::testo) {
            return {{"type", "string"}};
        } else if constexpr (sp == Specie::centesimi) {
            return {{"type", "number"},
                    {"minimum", numero_centesimi(T::minimo)},
                    {"maximum", numero_centesimi(T::massimo)}};
        } else if constexpr (sp == Specie::importo) {
            // A string (what the encoder writes) or, on input, a number.
            return {{"type", {"string", "number"}}, {"pattern", pattern_importo}};
        } else if constexpr (sp == Specie::decimale) {
            return decimale();
        } else if constexpr (sp == Specie::data) {
            return {{"type", "string"}, {"format", "date"}, {"pattern", pattern_data}};
        } else if constexpr (sp == Specie::valore) {
            boost::json::object o = decimale();
            o["type"] = {"boolean", "number", "string"};
            return o;
        } else if constexpr (sp == Specie::opzionale) {
            return con_null(di<typename T::value_type>());
        } else if constexpr (sp == Specie::lista) {
            return {{"type", "array"}, {"items", di<typename T::value_type>()}};
        } else if constexpr (sp == Specie::enumerazione) {
            boost::json::array nomi;
            boost::mp11::mp_for_each<boost::describe::describe_enumerators<T>>(
                [&](auto D) { nomi.emplace_back(D.name); });
            return {{"type", "string"}, {"enum", std::move(nomi)}};
        } else if constexpr (sp == Specie::struttura) {
            constexpr std::string_view nome = nome_definizione<T>;
            if constexpr (nome.empty()) {
                return struttura<T>();
            } else {
                if (!defs_.contains(nome)) {
                    defs_[nome] = nullptr; // reserve the name first: keeps recursion finite
                    boost::json::object s = struttura<T>();
                    defs_[nome] = std::move(s);
                }
                return {{"$ref", "#/$defs/" + std::string(nome)}};
            }
        } else {
            static_assert(sizeof(T) == 0, "perfpa::json: type not supported by the schema");
        }
    }

    /** The schema of a described struct, inline (the document's root). */
    template <class T>
    boost::json::object radice() {
        return struttura<T>();
    }

private:
    static boost::json::object decimale() {
        // |value| < 10^12 (Decimale::limite); at most 6 decimals is not expressible portably.
        return {{"type", "number"}, {"exclusiveMinimum", -1'000'000'000'000}, {"exclusiveMaximum", 1'000'000'000'000}};
    }

    // Optional ⇒ null allowed too (the decoder reads null as "not given").
    static boost::json::value con_null(boost::json::value s) {
        boost::json::object& o = s.as_object();
        if (!o.contains("enum") && !o.contains("const")) {
            if (auto* t = o.if_contains("type")) {
                if (t->is_string()) *t = {std::string(t->as_string()), "null"};
                else t->as_array().emplace_back("null");
                return s;
            }
        }
        return {{"anyOf", {std::move(s), {{"type", "null"}}}}};
    }

    template <class T>
    boost::json::object struttura() {
        boost::json::object proprieta;
        boost::json::array richieste;
        const T predefinito{};
        boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto D) {
            using M = std::remove_cvref_t<decltype(predefinito.*D.pointer)>;
            if constexpr (std::is_same_v<M, std::string>) {
                // `formato` names the document kind and version: exactly one value.
                if (std::string_view(D.name) == "formato") {
                    proprieta[D.name] = {{"const", predefinito.*D.pointer}};
                    richieste.emplace_back(D.name);
                    return;
                }
            }
            proprieta[D.name] = di<M>();
            if constexpr (!perfpa::detail::e_opzionale<M>::value) richieste.emplace_back(D.name);
        });
        boost::json::object o{{"type", "object"}, {"properties", std::move(proprieta)}};
        if (!richieste.empty()) o["required"] = std::move(richieste);
        o["additionalProperties"] = false;
        vincoli_modello(static_cast<const T*>(nullptr), o);
        return o;
    }

    // The constraints of model/validazione.hpp that JSON Schema can express.
    // The rest (weights summing to 100, unique ids, …) is listed in the README.
    template <class T>
    static void vincoli_modello(const T*, boost::json::object&) {}

    static void vincoli_modello(const Relazione*, boost::json::object& o) { intervallo(o, "anno", 1900, 9999); }

    // Every year of the format lies in 1900–9999, as `anno`; `popolazione` is a count.
    static void intervallo(boost::json::object& o, const char* chiave, std::int64_t minimo, std::int64_t massimo) {
        auto& p = o["properties"].as_object()[chiave].as_object();
        p["minimum"] = minimo;
        p["maximum"] = massimo;
    }
    static void vincoli_modello(const Ente*, boost::json::object& o) {
        intervallo(o, "popolazione", 0, perfpa::detail::popolazione_massima);
    }
    static void vincoli_modello(const Settore*, boost::json::object& o) { intervallo(o, "anno_obiettivi", 1900, 9999); }
    static void vincoli_modello(const VincoliFinanza*, boost::json::object& o) {
        intervallo(o, "anno_riferimento", 1900, 9999);
    }
    static void vincoli_modello(const EquilibriBilancio*, boost::json::object& o) { intervallo(o, "anno", 1900, 9999); }
    static void vincoli_modello(const TettoSpesaPersonale*, boost::json::object& o) { intervallo(o, "anno", 1900, 9999); }
    static void vincoli_modello(const TettoSalarioAccessorio*, boost::json::object& o) {
        intervallo(o, "anno", 1900, 9999);
    }
    static void vincoli_modello(const Fascia*, boost::json::object& o) {
        // Non-empty; that names are unique JSON Schema cannot say (the decoder does).
        o["properties"].as_object()["nome"].as_object()["minLength"] = 1;
    }

    // personale.md §4: parameters in (0, 100]; the increase at least 30 % (art. 81 c.2) for a share above 0;
    // the payment-time withholding at least 30 %; the fund not negative.
    static void vincoli_modello(const ParametroCategoria*, boost::json::object& o) {
        auto& p = o["properties"].as_object()["parametro"].as_object();
        p["exclusiveMinimum"] = 0;
        p["maximum"] = numero_centesimi(parametro_massimo);
    }
    static void vincoli_modello(const Maggiorazione*, boost::json::object& o) {
        o["properties"].as_object()["percentuale"].as_object()["minimum"] =
            numero_centesimi(percentuale_minima_maggiorazione);
        o["properties"].as_object()["quota_massima"].as_object()["exclusiveMinimum"] = 0;
    }
    static void vincoli_modello(const CriteriPremi*, boost::json::object& o) {
        o["properties"].as_object()["decurtazione_tempi_pagamento"].as_object()["minimum"] =
            numero_centesimi(decurtazione_minima_tempi_pagamento);
    }

    static void vincoli_modello(const Personale*, boost::json::object& o) { intervallo(o, "anno", 1900, 9999); }

    static void vincoli_modello(const Dipendente*, boost::json::object& o) {
        o["properties"].as_object()["assegnazioni"].as_object()["minItems"] = 1;
        // part_time > 0 (its type already says ≤ 100).
        o["properties"].as_object()["part_time"].as_object()["exclusiveMinimum"] = 0;
    }

    // `richieste` are required; none of `escluse` may appear (a `false` schema for each). Written
    // this way, not as `not: {required: …}`, and with every required key named in `properties`,
    // so that Ajv's strict mode (strictRequired) accepts it.
    static boost::json::object forma(boost::json::array richieste, const boost::json::array& escluse) {
        boost::json::object chiavi;
        for (const auto& k : richieste) chiavi[k.as_string()] = true;
        for (const auto& k : escluse) chiavi[k.as_string()] = false;
        return {{"required", std::move(richieste)}, {"properties", std::move(chiavi)}};
    }

    static void vincoli_modello(const ObiettivoDipendente*, boost::json::object& o) {
        // An own objective (`id`, `descrizione`) or a reference (`obiettivo`), not both.
        o["oneOf"] = boost::json::array{forma({"id", "descrizione"}, {"obiettivo"}),
                                        forma({"obiettivo"}, {"id", "descrizione", "grado_raggiungimento"})};
    }

    static void vincoli_modello(const RevisioneObiettivo*, boost::json::object& o) {
        o["oneOf"] = boost::json::array{forma({"id"}, {"obiettivo"}), forma({"obiettivo"}, {"id"})};
    }

    static void vincoli_modello(const ObbligoPubblicazione*, boost::json::object& o) {
        for (const char* k : {"completezza", "aggiornamento", "apertura_formato"}) {
            auto& p = o["properties"].as_object()[k].as_object();
            p["minimum"] = 0;
            p["maximum"] = 3;
        }
    }

    static void vincoli_modello(const Indicatore*, boost::json::object& o) {
        // binaria ⇒ booleans, quantitativa ⇒ numbers, qualitativa ⇒ texts.
        boost::json::array casi;
        auto caso = [&](const char* misura, const char* tipo) {
            boost::json::object valore{{"type", {tipo, "null"}}};
            casi.push_back({{"if", {{"properties", {{"misura", {{"const", misura}}}}}, {"required", {"misura"}}}},
                            {"then", {{"properties", {{"valore_atteso", valore}, {"valore_realizzato", valore}}}}}});
        };
        caso("binaria", "boolean");
        caso("quantitativa", "number");
        caso("qualitativa", "string");
        o["allOf"] = std::move(casi);
    }

    static void vincoli_modello(const ValutazioneObiettivo*, boost::json::object& o) {
        // A degree, or `"neutralizzato": true`.
        o["anyOf"] = {
            {{"required", {"grado_raggiungimento"}}, {"properties", {{"grado_raggiungimento", {{"type", "number"}}}}}},
            {{"required", {"neutralizzato"}}, {"properties", {{"neutralizzato", {{"const", true}}}}}}};
    }

    static void vincoli_modello(const TempiPagamento*, boost::json::object& o) {
        // ITP and/or the delay indicator.
        o["anyOf"] = {{{"required", {"indicatore_tempestivita_giorni"}},
                       {"properties", {{"indicatore_tempestivita_giorni", {{"type", "number"}}}}}},
                      {{"required", {"indicatore_ritardo_giorni"}},
                       {"properties", {{"indicatore_ritardo_giorni", {{"type", "number"}}}}}}};
        intervallo(o, "anno", 1900, 9999);
    }

    static void vincoli_modello(const Smvp*, boost::json::object& o) {
        // Every score needs a band: one band starts at 0.
        auto& fasce = o["properties"].as_object()["fasce"].as_object();
        fasce["contains"] = {{"type", "object"}, {"properties", {{"da", {{"const", 0}}}}}, {"required", {"da"}}};
    }

    boost::json::object& defs_;
};

inline void scrivi_schema(std::string& out, const boost::json::value& v, int livello) {
    auto a_capo = [&](int l) {
        out.push_back('\n');
        out.append(static_cast<std::size_t>(2 * l), ' ');
    };
    switch (v.kind()) {
    case boost::json::kind::null: out += "null"; break;
    case boost::json::kind::bool_: out += v.get_bool() ? "true" : "false"; break;
    case boost::json::kind::int64: out += std::to_string(v.get_int64()); break;
    case boost::json::kind::uint64: out += std::to_string(v.get_uint64()); break;
    case boost::json::kind::double_: {
        // Plain decimals (`75.49`), never `7.549E1` (Boost.JSON issue #837).
        char buf[64];
        auto r = std::to_chars(buf, buf + sizeof buf, v.get_double(), std::chars_format::fixed);
        out.append(buf, r.ptr);
        break;
    }
    case boost::json::kind::string: scrivi_stringa(out, v.get_string()); break;
    case boost::json::kind::array: {
        const auto& a = v.get_array();
        if (a.empty()) {
            out += "[]";
            break;
        }
        // Short arrays of scalars (types, enums, required) stay on one line.
        bool semplice = true;
        for (const auto& x : a) semplice = semplice && !x.is_structured();
        out.push_back('[');
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (i) out += semplice ? ", " : ",";
            if (!semplice) a_capo(livello + 1);
            scrivi_schema(out, a[i], livello + 1);
        }
        if (!semplice) a_capo(livello);
        out.push_back(']');
        break;
    }
    case boost::json::kind::object: {
        const auto& o = v.get_object();
        if (o.empty()) {
            out += "{}";
            break;
        }
        out.push_back('{');
        bool primo = true;
        for (const auto& kv : o) {
            if (!primo) out.push_back(',');
            primo = false;
            a_capo(livello + 1);
            scrivi_stringa(out, kv.key());
            out += ": ";
            scrivi_schema(out, kv.value(), livello + 1);
        }
        a_capo(livello);
        out.push_back('}');
        break;
    }
    }
}

} // namespace detail

/**
 * The JSON Schema (draft 2020-12) of a document whose root is T
 * (`Relazione` or `Smvp`), derived from the same declarations the decoder
 * uses: required fields, types, enums, ranges, date and amount formats,
 * `additionalProperties: false`, and the model constraints JSON Schema can
 * express. A document the schema rejects is rejected by the decoder too.
 */
template <class T>
[[nodiscard]] boost::json::object schema(std::string_view id, std::string_view titolo) {
    boost::json::object defs;
    detail::Generatore g(defs);
    boost::json::object out{{"$schema", "https://json-schema.org/draft/2020-12/schema"},
                            {"$id", id},
                            {"title", titolo}};
    for (auto& kv : g.template radice<T>()) out[kv.key()] = kv.value();
    out["$defs"] = std::move(defs);
    return out;
}

/** The schema of a `perfpa.relazione/1` document. */
[[nodiscard]] inline boost::json::object schema_relazione() {
    return schema<Relazione>("urn:perfpa:schema:relazione:1", formato_relazione);
}

/** The schema of a `perfpa.smvp/1` document. */
[[nodiscard]] inline boost::json::object schema_smvp() {
    return schema<Smvp>("urn:perfpa:schema:smvp:1", formato_smvp);
}

/** The schema of a `perfpa.personale/1` document. */
[[nodiscard]] inline boost::json::object schema_personale() {
    return schema<Personale>("urn:perfpa:schema:personale:1", formato_personale);
}

/** The schema of a `perfpa.criteri_premi/1` document. */
[[nodiscard]] inline boost::json::object schema_criteri_premi() {
    return schema<CriteriPremi>("urn:perfpa:schema:criteri_premi:1", formato_criteri_premi);
}

/** A schema as indented JSON text, numbers as people write them (`100`, `0.5`), ending with a newline. */
[[nodiscard]] inline std::string testo_schema(const boost::json::value& s) {
    std::string out;
    detail::scrivi_schema(out, s, 0);
    out.push_back('\n');
    return out;
}

} // namespace perfpa::json

#endif
