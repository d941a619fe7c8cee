// perfpa — encoding the model as JSON (format v1), straight to text.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_JSON_CODIFICA_HPP
#define PERFPA_JSON_CODIFICA_HPP

#include <perfpa/formato_italiano.hpp>
#include <perfpa/detail/tratti.hpp>
#include <perfpa/model.hpp>

#include <boost/describe/enum_to_string.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <string>
#include <string_view>
#include <type_traits>

namespace perfpa::json {

/** How the text is laid out. */
struct OpzioniCodifica {
    /** Spaces per nesting level; 0 writes everything on one line, with no spaces. */
    int indentazione = 0;
};

namespace detail {

/** Appends `s` as a JSON string: quotes, backslashes and control characters escaped, UTF-8 kept. */
template <class L = void>
void scrivi_stringa(std::string& out, std::string_view s) {
    static constexpr char esadecimali[] = "0123456789abcdef";
    out.push_back('"');
    std::size_t da = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(s.data() + da, i - da);
        da = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            out += "\\u00";
            out.push_back(esadecimali[c >> 4]);
            out.push_back(esadecimali[c & 0xF]);
        }
    }
    out.append(s.data() + da, s.size() - da);
    out.push_back('"');
}

class Scrittore {
public:
    Scrittore(std::string& out, const OpzioniCodifica& o) : out_(out), passo_(o.indentazione) {}

    template <class T>
    void valore(const T& v) {
        using perfpa::detail::Specie;
        constexpr Specie sp = perfpa::detail::specie<T>;
        if constexpr (sp == Specie::booleano) {
            out_ += v ? "true" : "false";
        } else if constexpr (sp == Specie::intero) {
            char buf[24];
            out_.append(buf, perfpa::detail::scrivi_intero(buf, v));
        } else if constexpr (sp == Specie::testo) {
            scrivi_stringa<>(out_, v);
        } else if constexpr (sp == Specie::centesimi || sp == Specie::decimale) {
            out_ += v.testo();
        } else if constexpr (sp == Specie::importo || sp == Specie::data) {
            scrivi_stringa<>(out_, v.testo());
        } else if constexpr (sp == Specie::valore) {
            std::visit([&](const auto& x) { valore(x); }, v);
        } else if constexpr (sp == Specie::lista) {
            if (v.empty()) {
                out_ += "[]";
                return;
            }
            out_.push_back('[');
            ++livello_;
            for (std::size_t i = 0; i < v.size(); ++i) {
                if (i) out_.push_back(',');
                a_capo();
                valore(v[i]);
            }
            --livello_;
            a_capo();
            out_.push_back(']');
        } else if constexpr (sp == Specie::enumerazione) {
            scrivi_stringa<>(out_, boost::describe::enum_to_string(v, "?"));
        } else if constexpr (sp == Specie::struttura) {
            struttura(v);
        } else {
            static_assert(sizeof(T) == 0, "perfpa::json: type not supported by the encoder");
        }
    }

private:
    template <class T>
    void struttura(const T& v) {
        out_.push_back('{');
        ++livello_;
        bool primo = true;
        boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto D) {
            const auto& m = v.*D.pointer;
            using M = std::remove_cvref_t<decltype(m)>;
            if constexpr (perfpa::detail::e_opzionale<M>::value) {
                if (!m) return;
            }
            if (!primo) out_.push_back(',');
            primo = false;
            a_capo();
            scrivi_stringa<>(out_, D.name);
            out_ += passo_ ? ": " : ":";
            if constexpr (perfpa::detail::e_opzionale<M>::value) valore(*m);
            else valore(m);
        });
        --livello_;
        if (!primo) a_capo();
        out_.push_back('}');
    }

    void a_capo() {
        if (!passo_) return;
        out_.push_back('\n');
        out_.append(static_cast<std::size_t>(passo_ * livello_), ' ');
    }

    std::string& out_;
    int passo_;
    int livello_ = 0;
};

} // namespace detail

/**
 * Appends the JSON text of `v` (a `Relazione`, an `Smvp` or any described
 * model type) to `out`: keys in the order of format.md, optional fields
 * absent when not given, numbers as people write them (`75.49`, `6`),
 * amounts as strings with two decimals, dates as `"2023-12-31"`.
 */
template <class T>
void codifica(std::string& out, const T& v, const OpzioniCodifica& opzioni = {}) {
    detail::Scrittore(out, opzioni).valore(v);
}

/** The JSON text of `v`; see the overload above. Decoding it gives back `v`. */
template <class T>
[[nodiscard]] std::string codifica(const T& v, const OpzioniCodifica& opzioni = {}) {
    std::string out;
    codifica(out, v, opzioni);
    return out;
}

} // namespace perfpa::json

#endif
