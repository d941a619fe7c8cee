// perfpa — the staff's bonus split as JSON text (personale.md §8):
// `perfpa.premi_personale/1` (the split, or its refusal) and
// `perfpa.pubblicazione_premi/1` (the publication table of §5).
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_JSON_PREMI_PERSONALE_HPP
#define PERFPA_JSON_PREMI_PERSONALE_HPP

#include <perfpa/json/codifica.hpp>
#include <perfpa/json/risultati.hpp>
#include <perfpa/scoring/premi_personale.hpp>
#include <perfpa/scoring/pubblicazione_premi.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace perfpa::json {

namespace detail {

inline void scrivi_importo(std::string& out, Importo i) {
    out.push_back('"');
    out += i.testo();
    out.push_back('"');
}

inline void scrivi_stringhe(std::string& out, const std::vector<std::string>& v) {
    out.push_back('[');
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) out.push_back(',');
        scrivi_stringa(out, v[i]);
    }
    out.push_back(']');
}

} // namespace detail

/**
 * The split as one line of `perfpa.premi_personale/1`, no trailing newline:
 * `{"formato":"perfpa.premi_personale/1","fondo":"48000.00","assegnazioni":[{"id":…,"base":…,
 * "maggiorazione":…,"importo":…,"spiegazione":…}],"maggiorazione":{"importo":…,"beneficiari":[…]},
 * "non_distribuito":…,"rilievi":[…]}`, amounts as strings with two decimals,
 * every person in the staff document's order.
 */
template <class L = void>
[[nodiscard]] std::string codifica_premi_personale(const RipartizionePersonale& r) {
    std::string out;
    detail::apri_risultato(out, "perfpa.premi_personale/1", std::nullopt);
    out += R"("fondo":)";
    detail::scrivi_importo(out, r.fondo);
    out += R"(,"assegnazioni":[)";
    for (std::size_t i = 0; i < r.assegnazioni.size(); ++i) {
        const AssegnazionePersonale& a = r.assegnazioni[i];
        out += i ? R"(,{"id":)" : R"({"id":)";
        detail::scrivi_stringa(out, a.id);
        out += R"(,"base":)";
        detail::scrivi_importo(out, a.base);
        out += R"(,"maggiorazione":)";
        detail::scrivi_importo(out, a.maggiorazione);
        out += R"(,"importo":)";
        detail::scrivi_importo(out, a.importo);
        out += R"(,"spiegazione":)";
        detail::scrivi_stringa(out, a.spiegazione);
        out.push_back('}');
    }
    out += R"(],"maggiorazione":{"importo":)";
    detail::scrivi_importo(out, r.maggiorazione.importo);
    out += R"(,"beneficiari":)";
    detail::scrivi_stringhe(out, r.maggiorazione.beneficiari);
    out += R"(},"non_distribuito":)";
    detail::scrivi_importo(out, r.non_distribuito);
    out += R"(,"rilievi":[)";
    for (std::size_t i = 0; i < r.rilievi.size(); ++i) {
        if (i) out.push_back(',');
        codifica(out, r.rilievi[i]);
    }
    out += "]}";
    return out;
}

/**
 * A refusal as one line of `perfpa.premi_personale/1`:
 * `{"formato":"perfpa.premi_personale/1","rifiuto":{"motivo":…,"norma":…,"dipendenti":[…]}}`.
 */
template <class L = void>
[[nodiscard]] std::string codifica_rifiuto_premi_personale(const RifiutoPremiPersonale& r) {
    std::string out;
    detail::apri_risultato(out, "perfpa.premi_personale/1", std::nullopt);
    out += R"("rifiuto":{"motivo":)";
    detail::scrivi_stringa(out, r.motivo);
    out += R"(,"norma":)";
    detail::scrivi_stringa(out, r.norma);
    out += R"(,"dipendenti":)";
    detail::scrivi_stringhe(out, r.dipendenti);
    out += "}}";
    return out;
}

/**
 * The publication table as one line of `perfpa.pubblicazione_premi/1`:
 * amounts as strings, counts as integers, the percentage and the ratio as
 * JSON numbers (`null` when there is none). No personal data.
 */
template <class L = void>
[[nodiscard]] std::string codifica_pubblicazione_premi(const PubblicazionePremi& p) {
    std::string out;
    detail::apri_risultato(out, "perfpa.pubblicazione_premi/1", std::nullopt);
    out += R"("fondo":)";
    detail::scrivi_importo(out, p.fondo);
    out += R"(,"distribuito":)";
    detail::scrivi_importo(out, p.distribuito);
    out += R"(,"non_distribuito":)";
    detail::scrivi_importo(out, p.non_distribuito);
    auto righe = [&](const char* chiave, const std::vector<RigaPubblicazione>& v) {
        out += chiave;
        for (std::size_t i = 0; i < v.size(); ++i) {
            out += i ? R"(,{"nome":)" : R"({"nome":)";
            detail::scrivi_stringa(out, v[i].nome);
            out += R"(,"persone":)";
            out += std::to_string(v[i].persone);
            out += R"(,"totale":)";
            detail::scrivi_importo(out, v[i].totale);
            out += R"(,"medio":)";
            detail::scrivi_importo(out, v[i].media);
            out += R"(,"minimo":)";
            detail::scrivi_importo(out, v[i].minimo);
            out += R"(,"massimo":)";
            detail::scrivi_importo(out, v[i].massimo);
            out.push_back('}');
        }
        out.push_back(']');
    };
    righe(R"(,"fasce":[)", p.fasce);
    righe(R"(,"categorie":[)", p.categorie);
    out += R"(,"dipendenti":)" + std::to_string(p.dipendenti);
    out += R"(,"valutati":)" + std::to_string(p.valutati);
    out += R"(,"valutati_positivamente":)" + std::to_string(p.positivi);
    out += R"(,"maggiorazione":{"beneficiari":)" + std::to_string(p.con_maggiorazione) + R"(,"importo":)";
    detail::scrivi_importo(out, p.maggiorazione);
    out += R"(},"differenziazione":{"quota_fascia_piu_alta":)";
    out += p.quota_fascia_piu_alta ? p.quota_fascia_piu_alta->testo() : std::string("null");
    out += R"(,"massimo_su_medio":)";
    out += p.rapporto_massimo_medio ? Peso::da_centesimi(*p.rapporto_massimo_medio).testo() : std::string("null");
    out += "}}";
    return out;
}

} // namespace perfpa::json

#endif
