// perfpa — the Italian words a report prints for the model's enums and
// values ("pienamente raggiunto", "Nucleo di Valutazione", "sì"), shared by
// every report generator so they all say the same thing.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_REPORT_ETICHETTE_HPP
#define PERFPA_REPORT_ETICHETTE_HPP

#include <perfpa/opzionale.hpp>
#include <perfpa/rilievo.hpp>
#include <perfpa/formato_italiano.hpp>
#include <perfpa/report/dati.hpp>

#include <string>
#include <string_view>
#include <variant>

namespace perfpa {

// etichetta(Giudizio) is in model/valutazione_ndv.hpp: the scores' explanations use it too.

/** `"valutato"`, `"neutralizzato"`, `"non valutato"`. */
[[nodiscard]] constexpr std::string_view etichetta(StatoValutazione s) noexcept {
    switch (s) {
    case StatoValutazione::valutato: return "valutato";
    case StatoValutazione::neutralizzato: return "neutralizzato";
    case StatoValutazione::non_valutato: return "non valutato";
    }
    return "";
}

/** `"rispettato"`, `"non rispettato"`, `"non dichiarato"`. */
[[nodiscard]] constexpr std::string_view etichetta(EsitoVincolo e) noexcept {
    switch (e) {
    case EsitoVincolo::rispettato: return "rispettato";
    case EsitoVincolo::non_rispettato: return "non rispettato";
    case EsitoVincolo::non_dichiarato: return "non dichiarato";
    }
    return "";
}

/** A group title: `"Errori"`, `"Violazioni"`, `"Avvisi"`. */
[[nodiscard]] constexpr std::string_view etichetta(Gravita g) noexcept {
    switch (g) {
    case Gravita::errore: return "Errori";
    case Gravita::violazione: return "Violazioni";
    case Gravita::avviso: return "Avvisi";
    }
    return "";
}

/** `"Nucleo di Valutazione"`, `"OIV"`. */
[[nodiscard]] constexpr std::string_view etichetta(OrganoValutazione o) noexcept {
    return o == OrganoValutazione::oiv ? "OIV" : "Nucleo di Valutazione";
}

/** `"validata"`, `"non validata"`. */
[[nodiscard]] constexpr std::string_view etichetta(EsitoValidazione e) noexcept {
    return e == EsitoValidazione::validata ? "validata" : "non validata";
}

/** An indicator value the Italian way: `sì`, `no`, `75,49%`, `-18 giorni`, or the text. */
[[nodiscard]] inline std::string testo_valore(const Valore& v, const Opzionale<std::string>& unita = {}) {
    if (const bool* b = std::get_if<bool>(&v)) return *b ? "sì" : "no";
    if (const Decimale* d = std::get_if<Decimale>(&v)) {
        std::string s = formatta_decimale(*d);
        if (unita && !unita->empty()) s += (*unita == "%" ? "" : " ") + *unita;
        return s;
    }
    return std::get<std::string>(v);
}

/** A figure of a constraint: `19.691,29 €`, `-18 giorni`, `0 su 8`. */
[[nodiscard]] inline std::string testo_cifra(const CifraVincolo& c) {
    if (const Importo* i = std::get_if<Importo>(&c.valore)) return formatta_importo(*i);
    std::string s = formatta_decimale(std::get<Decimale>(c.valore));
    return c.unita.empty() ? s : s + " " + c.unita;
}

} // namespace perfpa

#endif
