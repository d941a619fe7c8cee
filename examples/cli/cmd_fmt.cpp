// perfpa fmt FILE — decode a document and print it normalized.
#include "comandi.hpp"

#include <perfpa/json/detail/eventi.hpp>

#include <boost/json/basic_parser_impl.hpp>

namespace perfpa::cli {
namespace {

/**
 * A parser handler that keeps only the value of the root object's
 * `formato` key (when it is a string), looking at nothing else and storing
 * nothing else: the document says what it is by that value, not by a text
 * found anywhere in it (a `denominazione` may quote "perfpa.relazione/1").
 */
struct SoloFormato : json::detail::EventiComuni {
    std::size_t profondita = 0;
    bool chiave_formato = false; // the last key of the root object was "formato"
    std::string parte;           // a key or string given in parts
    std::optional<std::string> formato;

    bool on_object_begin(boost::system::error_code&) { return ++profondita, chiave_formato = false, true; }
    bool on_object_end(std::size_t, boost::system::error_code&) { return --profondita, true; }
    bool on_array_begin(boost::system::error_code&) { return ++profondita, chiave_formato = false, true; }
    bool on_array_end(std::size_t, boost::system::error_code&) { return --profondita, true; }
    bool on_key_part(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        if (profondita == 1 && parte.size() < 16) parte.append(s.data(), s.size());
        return true;
    }
    bool on_key(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        if (profondita == 1) {
            parte.append(s.data(), s.size());
            chiave_formato = parte == "formato";
        }
        parte.clear();
        return true;
    }
    bool on_string_part(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        if (profondita == 1 && chiave_formato && parte.size() < 64) parte.append(s.data(), s.size());
        return true;
    }
    bool on_string(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        if (profondita == 1 && chiave_formato) {
            parte.append(s.data(), s.size());
            formato = parte; // a repeated `formato`: the last, as the decoder reads it (and reports)
        }
        parte.clear();
        chiave_formato = false;
        return true;
    }
    bool on_int64(std::int64_t, boost::json::string_view, boost::system::error_code&) { return scalare(); }
    bool on_uint64(std::uint64_t, boost::json::string_view, boost::system::error_code&) { return scalare(); }
    bool on_double(double, boost::json::string_view, boost::system::error_code&) { return scalare(); }
    bool on_bool(bool, boost::system::error_code&) { return scalare(); }
    bool on_null(boost::system::error_code&) { return scalare(); }
    bool scalare() { return chiave_formato = false, true; }
};

/** The value of the document's top-level `formato`, when it is a string (a malformed text: what was read). */
std::optional<std::string> valore_formato(std::string_view testo) {
    boost::json::parse_options po;
    po.max_depth = json::OpzioniDecodifica{}.profondita_massima;
    boost::json::basic_parser<SoloFormato> p(po);
    boost::system::error_code ec;
    p.write_some(false, testo.data(), testo.size(), ec);
    return std::move(p.handler().formato);
}

int esegui(Contesto& c) {
    auto a = analizza(c, {}, {"--compatto"});
    if (!a) return uscita_ingresso;
    if (a->posizionali.size() != 1) {
        c.err << "uso: perfpa fmt [--compatto] FILE\n";
        return uscita_ingresso;
    }
    const std::string_view percorso = a->posizionali[0];
    auto testo = leggi_file(percorso, c);
    if (!testo) return uscita_ingresso;
    // The document says what it is, by the value of its `formato`: an SMVP
    // when it is "perfpa.smvp/…", a staff document when "perfpa.personale/…",
    // otherwise a Relazione (whose decoder reports a missing or foreign `formato`).
    const auto formato = valore_formato(*testo);
    const bool smvp = formato && formato->starts_with("perfpa.smvp/");
    const bool personale = formato && formato->starts_with("perfpa.personale/");
    const json::OpzioniCodifica o{a->ha("--compatto") ? 0 : 2};
    auto stampa = [&](auto r) {
        if (!r) {
            c.err << intestazione_errori(nome_ingresso(percorso), r.error().numero());
            for (const auto& e : r.error().errori) c.err << "  " << e.testo() << "\n";
            return int(uscita_ingresso);
        }
        c.out << json::codifica(*r, o) << "\n";
        return int(uscita_ok);
    };
    if (smvp) return stampa(json::decodifica_smvp(*testo));
    if (personale) return stampa(json::decodifica_personale(*testo));
    return stampa(json::decodifica_relazione(*testo));
}

constexpr std::string_view dettagli =
    "opzioni:\n"
    "  --compatto     tutto su una riga, senza spazi (altrimenti indentato di 2)\n"
    "  FILE           una Relazione o uno SMVP (JSON): lo dice il valore della sua chiave \"formato\";\n"
    "                 \"-\" lo legge dallo standard input\n"
    "codici di uscita: 0 documento stampato; 2 un documento illeggibile o non valido (ogni errore\n"
    "  con il suo JSON Pointer), o la riga di comando errata\n";

const Registra registra{{"fmt", "perfpa fmt [--compatto] FILE",
                         "decodifica un documento (Relazione, SMVP o personale) e lo stampa normalizzato", &esegui, dettagli}};

} // namespace
} // namespace perfpa::cli
