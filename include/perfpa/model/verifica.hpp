// perfpa — errori_modello_completo: a model built in C++ checked as the
// JSON decoder checks a document (ranges, each part's constraints, UTF-8).
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_MODEL_VERIFICA_HPP
#define PERFPA_MODEL_VERIFICA_HPP

#include <perfpa/detail/attesi.hpp>
#include <perfpa/detail/tratti.hpp>
#include <perfpa/detail/utf8.hpp>
#include <perfpa/errori.hpp>
#include <perfpa/model/relazione.hpp>
#include <perfpa/model/smvp.hpp>
#include <perfpa/model/vincoli.hpp>
#include <perfpa/values.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace perfpa {

namespace detail {


// Walks a model value the way the decoder reads its JSON text, collecting
// what the decoder would reject, with the decoder's pointers, messages and kinds.
class VerificaModello {
public:
    std::vector<ErroreDecodifica> errori;

    template <class T>
    void valore(const T& v) {
        using perfpa::detail::Specie;
        constexpr Specie sp = perfpa::detail::specie<T>;
        if constexpr (sp == Specie::booleano || sp == Specie::intero || sp == Specie::data) {
            // every value of these types is written as a valid one
        } else if constexpr (sp == Specie::testo) {
            testo(v);
        } else if constexpr (sp == Specie::centesimi) {
            const std::string t = v.testo();
            if (auto r = T::da_testo(t); !r)
                errore(TipoErrore::formato, centesimi_non_validi<typename T::tag>(t, r.error().motivo));
            else if (!v.nel_intervallo())
                errore(TipoErrore::fuori_intervallo, centesimi_fuori_intervallo<typename T::tag>(v.centesimi(), t));
        } else if constexpr (sp == Specie::importo) {
            const std::string t = v.testo();
            if (auto r = Importo::da_testo(t); !r)
                errore(TipoErrore::formato, importo_non_valido("la stringa \"" + t + '"', r.error().motivo));
        } else if constexpr (sp == Specie::decimale) {
            const std::string t = v.testo();
            if (auto r = Decimale::da_testo(t); !r)
                errore(TipoErrore::formato, decimale_non_valido(t, r.error().motivo));
        } else if constexpr (sp == Specie::valore) {
            std::visit([&](const auto& x) { valore(x); }, v);
        } else if constexpr (sp == Specie::opzionale) {
            if (v) valore(*v);
        } else if constexpr (sp == Specie::lista) {
            for (std::size_t i = 0; i < v.size(); ++i) {
                const std::size_t lunghezza = percorso_.size();
                percorso_ += '/';
                percorso_ += std::to_string(i);
                valore(v[i]);
                percorso_.resize(lunghezza);
            }
        } else if constexpr (sp == Specie::enumerazione) {
            enumerazione(v);
        } else if constexpr (sp == Specie::struttura) {
            struttura(v);
        } else {
            static_assert(sizeof(T) == 0, "perfpa::errori_modello_completo: type not supported");
        }
    }

private:
    // A value the decoder could not decode; a part's violated constraint is not one (struttura).
    void errore(TipoErrore tipo, std::string messaggio) {
        ++valori_errati_;
        errori.push_back({percorso_, std::move(messaggio), tipo});
    }

    void testo(std::string_view t) {
        const std::size_t i = perfpa::detail::primo_byte_non_utf8(t);
        if (i == std::string_view::npos) return;
        static constexpr char esadecimali[] = "0123456789ABCDEF";
        const auto c = static_cast<unsigned char>(t[i]);
        errore(TipoErrore::formato, std::string("atteso un testo UTF-8 valido, trovato il byte 0x") + esadecimali[c >> 4] +
               esadecimali[c & 0xF] + " in posizione " + std::to_string(i) +
               " (un testo in Latin-1 o Windows-1252 va convertito in UTF-8)");
    }

    template <class E>
    void enumerazione(E v) {
        bool trovato = false;
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>(
            [&](auto D) { trovato = trovato || v == D.value; });
        if (!trovato)
            errore(TipoErrore::formato, enumeratore_non_valido<E>("il valore " + std::to_string(static_cast<long long>(v)) +
                                             ", che non è nessuno di questi"));
    }

    template <class T>
    void struttura(const T& v) {
        using membri = boost::describe::describe_members<T, boost::describe::mod_public>;
        // As in the decoder, a part's constraints wait for the values inside it,
        // not for the constraints of its parts (a payment year out of range does
        // not hide `anno_riferimento`).
        const std::size_t prima = valori_errati_;
        std::vector<std::string_view> errati; // the members with a bad value inside
        boost::mp11::mp_for_each<membri>([&](auto D) {
            const std::size_t lunghezza = percorso_.size(), n = valori_errati_;
            percorso_ += '/';
            percorso_ += D.name;
            valore(v.*D.pointer);
            percorso_.resize(lunghezza);
            if (valori_errati_ != n) errati.emplace_back(D.name);
        });
        if (valori_errati_ != prima && !vincoli_per_membro<T>) return;
        for (ErroreDecodifica& e : errori_modello(v)) {
            if (!errati.empty()) {
                const std::string_view p = e.percorso;
                const std::string_view membro = p.size() < 2 ? p : p.substr(1, p.find('/', 1) - 1);
                if (p.size() < 2 || std::find(errati.begin(), errati.end(), membro) != errati.end()) continue;
            }
            errori.push_back({percorso_ + e.percorso, std::move(e.messaggio), e.tipo});
        }
    }

    std::string percorso_;
    std::size_t valori_errati_ = 0;
};

} // namespace detail

/**
 * Every error the JSON decoder would report for `v` and everything inside
 * it, with the same pointers (relative to `v`) and the same messages, in
 * document order: the ranges of weights, percentages and points, the
 * constraints of each part (`errori_modello`), and the text, which must be
 * valid UTF-8. Empty for a decoded model. For programs that build a
 * Relazione or an SMVP in C++: what `controlla` and `calcola_punteggi`
 * assume, checked before they run.
 */
template <class T>
[[nodiscard]] std::vector<ErroreDecodifica> errori_modello_completo(const T& v) {
    detail::VerificaModello verifica;
    verifica.valore(v);
    return std::move(verifica.errori);
}

} // namespace perfpa

#endif
