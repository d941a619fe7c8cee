// perfpa — the Python module `perfpa` (pybind11): the library's decoding,
// checks, scores, bonus splits, reports and JSON outputs, called exactly as
// the command-line tool calls them (examples/cli/cmd_*.cpp), so that a
// result's JSON text is the tool's `--json` line byte for byte. Documents go
// in as JSON text (str or bytes) or as the dicts the module gives back;
// results come out as Python objects parsed from the library's JSON, with
// every non-integer number a decimal.Decimal (amounts are strings, as in the
// JSON), or with `come_json=True` as the JSON text itself. See docs/python.md.
#include <perfpa/checks.hpp>
#include <perfpa/json.hpp>
#include <perfpa/json/file.hpp>
#include <perfpa/model.hpp>
#include <perfpa/report.hpp>
#include <perfpa/report/pubblicazione_premi.hpp>
#include <perfpa/scoring.hpp>

#include "../examples/report/csv.hpp"
#include "../examples/report/html.hpp"
#include "../examples/report/markdown.hpp"
#include "../examples/report/premi_html.hpp"
#include "../examples/report/schede.hpp"
#include "smvp_esempio.hpp"

#include <boost/json/parse.hpp>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace py = pybind11;
using namespace py::literals;

namespace perfpa::python {
namespace {

// ---------------------------------------------------------------------------
// The Python objects the module keeps: its exception classes and the two
// functions that turn the library's JSON into Python objects. Created once at
// import and never freed (they live as long as the interpreter).

struct Classi {
    py::object errore, decodifica, modello, valore, argomento, ripartizione, logico;
    py::object loads, decimal, fspath, fsdecode, isdir, listdir, join;
};

Classi& classi() {
    static Classi* c = new Classi; // leaked on purpose: no Python call at the process's exit
    return *c;
}

// The library's JSON text as Python objects: numbers with a fraction as decimal.Decimal.
py::object in_python(const std::string& testo) { return classi().loads(testo, "parse_float"_a = classi().decimal); }

// `testo` as the caller asked: the JSON text (`come_json`) or Python objects.
py::object risultato(const std::string& testo, bool come_json) {
    return come_json ? py::object(py::str(testo)) : in_python(testo);
}

// ---------------------------------------------------------------------------
// Exceptions: perfpa.Errore and its subclasses, one per kind of
// include/perfpa/eccezioni.hpp and errori.hpp, each also a subclass of the
// built-in exception its C++ kind derives from.

py::object nuova_classe(py::module_& m, const char* nome, py::handle base, PyObject* standard, const char* doc) {
    const std::string pieno = std::string("perfpa.") + nome;
    py::tuple basi = standard ? py::make_tuple(base, py::handle(standard)) : py::make_tuple(base);
    PyObject* c = PyErr_NewExceptionWithDoc(pieno.c_str(), doc, basi.ptr(), nullptr);
    if (!c) throw py::error_already_set();
    py::object classe = py::reinterpret_steal<py::object>(c);
    m.add_object(nome, classe);
    return classe;
}

// The errors of a decoded document or of a model, as dicts {percorso, messaggio, tipo}.
py::list lista_errori(const std::vector<ErroreDecodifica>& errori) {
    py::list l;
    for (const ErroreDecodifica& e : errori)
        l.append(py::dict("percorso"_a = e.percorso, "messaggio"_a = e.messaggio,
                          "tipo"_a = std::string(codice(e.tipo))));
    return l;
}

py::list lista(const std::vector<std::string>& v) {
    py::list l;
    for (const std::string& s : v) l.append(py::str(s));
    return l;
}

// An instance of `classe` with the attributes every perfpa.Errore has.
py::object istanza(const py::object& classe, const char* messaggio, const Errore& e) {
    py::object x = classe(py::str(messaggio));
    x.attr("percorsi") = lista(e.percorsi());
    x.attr("norma") = py::str(e.norma());
    return x;
}

py::object errori_e_tipo(py::object x, const std::vector<ErroreDecodifica>& errori) {
    x.attr("errori") = lista_errori(errori);
    x.attr("tipo") = errori.empty() ? py::object(py::none()) : py::object(py::str(std::string(codice(errori[0].tipo))));
    return x;
}

/** perfpa.EccezioneDecodifica for a document's errors (not raised: `esamina_file` yields it). */
py::object eccezione_decodifica(const EccezioneDecodifica& e) {
    py::object x = errori_e_tipo(istanza(classi().decodifica, e.what(), e), e.errori().errori);
    x.attr("file") = e.errori().file.empty() ? py::object(py::none()) : py::object(py::str(e.errori().file));
    x.attr("non_mostrati") = e.errori().non_mostrati;
    return x;
}

/** The staff split's refusal: RipartizioneRifiutata with the people and the refusal's JSON. */
struct RifiutoPersonale {
    RifiutoPremiPersonale rifiuto;
};

void alza(const py::object& x) { PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(x.ptr())), x.ptr()); }

void traduci(std::exception_ptr p) {
    try {
        std::rethrow_exception(p);
    } catch (const EccezioneDecodifica& e) {
        alza(eccezione_decodifica(e));
    } catch (const ModelloNonValido& e) {
        alza(errori_e_tipo(istanza(classi().modello, e.what(), e), e.errori()));
    } catch (const RipartizioneRifiutata& e) {
        py::object x = istanza(classi().ripartizione, e.what(), e);
        x.attr("motivo") = py::str(e.motivo());
        alza(x);
    } catch (const RifiutoPersonale& r) {
        const RipartizioneRifiutata e(r.rifiuto.motivo, r.rifiuto.norma);
        py::object x = istanza(classi().ripartizione, e.what(), e);
        x.attr("motivo") = py::str(r.rifiuto.motivo);
        x.attr("dipendenti") = lista(r.rifiuto.dipendenti);
        const std::string testo = json::codifica_rifiuto_premi_personale(r.rifiuto);
        x.attr("json") = py::str(testo);
        x.attr("documento") = in_python(testo);
        alza(x);
    } catch (const ArgomentoNonValido& e) {
        alza(istanza(classi().argomento, e.what(), e));
    } catch (const ValoreRifiutato& e) {
        alza(istanza(classi().valore, e.what(), e));
    } catch (const ErroreLogico& e) {
        alza(istanza(classi().logico, e.what(), e));
    }
}

// ---------------------------------------------------------------------------
// Documents in: JSON text (str or bytes), or Python objects (the dicts the
// module returns, edited or built by hand) written back as JSON.

bool e_decimal(py::handle x) { return py::isinstance(x, classi().decimal); }

// A JSON Pointer token (RFC 6901) for the messages about a Python value.
std::string token(std::string_view s) {
    std::string t;
    for (char c : s) t += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
    return t;
}

void scrivi_json(std::string& out, py::handle x, const std::string& dove, int profondita) {
    if (profondita > 256)
        throw py::value_error("perfpa: " + dove + ": documento troppo annidato (più di 256 livelli)");
    if (x.is_none()) {
        out += "null";
    } else if (py::isinstance<py::bool_>(x)) {
        out += x.cast<bool>() ? "true" : "false";
    } else if (py::isinstance<py::int_>(x)) {
        out += py::str(x).cast<std::string>();
    } else if (e_decimal(x)) {
        if (!x.attr("is_finite")().cast<bool>())
            throw py::value_error("perfpa: " + (dove.empty() ? std::string("(documento)") : dove) +
                                  ": un Decimal non finito (NaN, Infinity) non è un numero JSON");
        out += py::str(x).cast<std::string>();
    } else if (py::isinstance<py::float_>(x)) {
        const double d = x.cast<double>();
        if (!std::isfinite(d))
            throw py::value_error("perfpa: " + (dove.empty() ? std::string("(documento)") : dove) +
                                  ": un float non finito (nan, inf) non è un numero JSON");
        out += py::repr(x).cast<std::string>(); // the shortest text that gives back the float
    } else if (py::isinstance<py::str>(x)) {
        json::detail::scrivi_stringa<>(out, x.cast<std::string>());
    } else if (py::isinstance<py::dict>(x)) {
        out += '{';
        bool primo = true;
        for (auto [k, v] : x.cast<py::dict>()) {
            if (!py::isinstance<py::str>(k))
                throw py::type_error("perfpa: " + (dove.empty() ? std::string("(documento)") : dove) +
                                     ": le chiavi di un oggetto JSON sono stringhe, trovato " +
                                     py::repr(k).cast<std::string>());
            const std::string chiave = k.cast<std::string>();
            if (!primo) out += ',';
            primo = false;
            json::detail::scrivi_stringa<>(out, chiave);
            out += ':';
            scrivi_json(out, v, dove + "/" + token(chiave), profondita + 1);
        }
        out += '}';
    } else if (py::isinstance<py::list>(x) || py::isinstance<py::tuple>(x)) {
        out += '[';
        std::size_t i = 0;
        for (py::handle v : x) {
            if (i) out += ',';
            scrivi_json(out, v, dove + "/" + std::to_string(i), profondita + 1);
            ++i;
        }
        out += ']';
    } else {
        throw py::type_error("perfpa: " + (dove.empty() ? std::string("(documento)") : dove) +
                             ": valore Python senza equivalente JSON: " +
                             py::str(py::type::of(x).attr("__name__")).cast<std::string>());
    }
}

/** A document argument's JSON text. */
std::string testo_documento(py::handle d, const char* che_cosa) {
    if (py::isinstance<py::str>(d)) return d.cast<std::string>();
    if (py::isinstance<py::bytes>(d)) return d.cast<std::string>();
    if (py::isinstance<py::bytearray>(d)) return py::bytes(d.cast<py::bytearray>()).cast<std::string>();
    if (py::isinstance<py::dict>(d)) {
        std::string out;
        scrivi_json(out, d, "", 0);
        return out;
    }
    throw py::type_error(std::string("perfpa: ") + che_cosa +
                         ": atteso un documento JSON come str, bytes o dict, trovato " +
                         py::str(py::type::of(d).attr("__name__")).cast<std::string>());
}

/** A document argument decoded as the library decodes it; its errors raise perfpa.EccezioneDecodifica. */
template <class T>
T decodifica_arg(py::handle d, const char* che_cosa) {
    const std::string testo = testo_documento(d, che_cosa);
    Risultato<T> r = json::decodifica<T>(testo);
    if (!r) throw EccezioneDecodifica(std::move(r).error());
    return std::move(*r);
}

/** An amount argument (`fondo`): str, int or decimal.Decimal, as `--fondo 10000.00` is read. */
Importo importo_arg(py::handle x, const char* nome) {
    if (py::isinstance<py::float_>(x) || py::isinstance<py::bool_>(x))
        throw py::type_error(std::string("perfpa: ") + nome +
                             ": un importo si dà come str, int o decimal.Decimal (come \"10000.00\"), mai float");
    const std::string testo = py::str(x).cast<std::string>();
    const auto f = Importo::da_testo(testo);
    if (!f) throw ValoreRifiutato(std::string(nome) + ": atteso un importo come 10000.00 (" + f.error().motivo + ")");
    if (f->centesimi() < 0) throw ValoreRifiutato(std::string(nome) + ": atteso un importo non negativo come 10000.00");
    return *f;
}

std::optional<std::string_view> nome_documento(const std::optional<std::string>& d) {
    return d ? std::optional<std::string_view>(*d) : std::nullopt;
}

const Smvp& smvp_esempio() {
    static const Smvp s = json::decodifica<Smvp>(cli::testo_smvp_esempio).value();
    return s;
}

// ---------------------------------------------------------------------------
// Decoding: a document of any type, told by its `formato`.

enum class Tipo { relazione, smvp, personale, criteri_premi };

Tipo tipo_da_nome(const std::string& t) {
    if (t == "relazione") return Tipo::relazione;
    if (t == "smvp") return Tipo::smvp;
    if (t == "personale") return Tipo::personale;
    if (t == "criteri_premi") return Tipo::criteri_premi;
    throw ArgomentoNonValido("tipo sconosciuto \"" + t + "\": attesi relazione, smvp, personale o criteri_premi");
}

// By the document's top-level `formato`; anything else (no `formato`, not
// JSON) is read as a Relazione, whose decoder says what is wrong.
Tipo tipo_del_testo(std::string_view testo) {
    boost::system::error_code ec;
    boost::json::parse_options po;
    po.max_depth = json::OpzioniDecodifica{}.profondita_massima;
    const boost::json::value v = boost::json::parse(testo, ec, {}, po);
    if (ec || !v.is_object()) return Tipo::relazione;
    const auto* f = v.as_object().if_contains("formato");
    if (!f || !f->is_string()) return Tipo::relazione;
    const std::string_view s = f->as_string();
    if (s.starts_with("perfpa.smvp/")) return Tipo::smvp;
    if (s.starts_with("perfpa.personale/")) return Tipo::personale;
    if (s.starts_with("perfpa.criteri_premi/")) return Tipo::criteri_premi;
    return Tipo::relazione;
}

template <class T>
std::string normalizzato(Risultato<T> r, int indentazione) {
    if (!r) throw EccezioneDecodifica(std::move(r).error());
    return json::codifica(*r, json::OpzioniCodifica{indentazione});
}

std::string decodifica_testo(std::string_view testo, std::optional<Tipo> tipo, int indentazione) {
    switch (tipo.value_or(tipo_del_testo(testo))) {
    case Tipo::smvp: return normalizzato(json::decodifica<Smvp>(testo), indentazione);
    case Tipo::personale: return normalizzato(json::decodifica<Personale>(testo), indentazione);
    case Tipo::criteri_premi: return normalizzato(json::decodifica<CriteriPremi>(testo), indentazione);
    case Tipo::relazione: break;
    }
    return normalizzato(json::decodifica<Relazione>(testo), indentazione);
}

std::optional<Tipo> tipo_arg(const std::optional<std::string>& t) {
    return t ? std::optional<Tipo>(tipo_da_nome(*t)) : std::nullopt;
}

py::object decodifica(py::handle documento, const std::optional<std::string>& tipo, bool come_json, int indentazione) {
    const std::string testo = testo_documento(documento, "documento");
    return risultato(decodifica_testo(testo, tipo_arg(tipo), indentazione), come_json);
}

// The whole file, at most the decoder's limit + 1 bytes (a larger one is refused with the decoder's message).
std::string leggi_file(const std::string& percorso) {
    std::string testo, motivo;
    if (!json::detail::leggi_byte<>(percorso, json::OpzioniDecodifica{}.dimensione_massima, testo, motivo)) {
        ErroriDecodifica e;
        e.errori.push_back({"", "impossibile leggere il file: " + motivo, TipoErrore::file});
        e.file = percorso;
        throw EccezioneDecodifica(std::move(e));
    }
    return testo;
}

py::object decodifica_file(const std::string& percorso, const std::optional<std::string>& tipo, bool come_json,
                           int indentazione) {
    const std::string testo = leggi_file(percorso);
    try {
        return risultato(decodifica_testo(testo, tipo_arg(tipo), indentazione), come_json);
    } catch (const EccezioneDecodifica& e) {
        ErroriDecodifica errori = e.errori();
        errori.file = percorso;
        throw EccezioneDecodifica(std::move(errori));
    }
}

// ---------------------------------------------------------------------------
// Checks and scores: `perfpa check --json`, `perfpa score --json`.

py::object controlla_py(py::handle relazione, py::handle smvp, const std::optional<std::string>& documento,
                        bool come_json) {
    const Relazione r = decodifica_arg<Relazione>(relazione, "relazione");
    const std::vector<Rilievo> rilievi =
        smvp.is_none() ? controlla(r) : controlla(r, decodifica_arg<Smvp>(smvp, "smvp"));
    std::string out;
    json::codifica_rilievi(out, rilievi, nome_documento(documento));
    return risultato(out, come_json);
}

py::object controlla_personale_py(py::handle personale, py::handle relazione, py::handle smvp,
                                  const std::optional<std::string>& documento, bool come_json) {
    const Personale p = decodifica_arg<Personale>(personale, "personale");
    const Relazione r = decodifica_arg<Relazione>(relazione, "relazione");
    const std::vector<Rilievo> rilievi = smvp.is_none() ? controlla_personale(p, r)
                                                        : controlla_personale(p, r, decodifica_arg<Smvp>(smvp, "smvp"));
    std::string out;
    json::codifica_rilievi(out, rilievi, nome_documento(documento));
    return risultato(out, come_json);
}

// {"rilievi": perfpa.rilievi/1, "punteggi": perfpa.punteggi/1} of one Esame.
py::dict esame_in_python(const Esame& e, const std::optional<std::string>& documento, bool come_json) {
    std::string rilievi, punteggi;
    json::codifica_rilievi(rilievi, e.rilievi, nome_documento(documento));
    json::codifica_punteggi(punteggi, e.punteggi, nome_documento(documento));
    return py::dict("rilievi"_a = risultato(rilievi, come_json), "punteggi"_a = risultato(punteggi, come_json));
}

py::dict esamina_py(py::handle relazione, py::handle smvp, const std::optional<std::string>& documento,
                    bool come_json) {
    const Relazione r = decodifica_arg<Relazione>(relazione, "relazione");
    const Smvp s = decodifica_arg<Smvp>(smvp, "smvp");
    return esame_in_python(esamina(r, s), documento, come_json);
}

py::object punteggi_py(py::handle relazione, py::handle smvp, const std::optional<std::string>& documento,
                       bool come_json) {
    const Relazione r = decodifica_arg<Relazione>(relazione, "relazione");
    const Smvp s = decodifica_arg<Smvp>(smvp, "smvp");
    std::string out;
    json::codifica_punteggi(out, calcola_punteggi(r, s), nome_documento(documento));
    return risultato(out, come_json);
}

py::object punteggi_personale_py(py::handle personale, py::handle relazione, py::handle smvp,
                                 const std::optional<std::string>& documento, bool come_json) {
    const Personale p = decodifica_arg<Personale>(personale, "personale");
    const Relazione r = decodifica_arg<Relazione>(relazione, "relazione");
    const Smvp s = decodifica_arg<Smvp>(smvp, "smvp");
    std::string out;
    json::codifica_punteggi_personale(out, calcola_punteggi_personale(p, r, s), nome_documento(documento));
    return risultato(out, come_json);
}

// ---------------------------------------------------------------------------
// Bonus splits: `perfpa premi --json`.

py::object ripartisci_premi_py(py::handle relazione, py::handle smvp, py::handle fondo_arg, py::handle criteri_arg,
                               bool come_json) {
    if (fondo_arg.is_none() && criteri_arg.is_none())
        throw ArgomentoNonValido("ripartisci_premi: serve fondo (l'importo da ripartire, come \"10000.00\") o "
                                 "criteri (i criteri del CCDI, con il fondo)");
    std::optional<Importo> fondo;
    if (!fondo_arg.is_none()) fondo = importo_arg(fondo_arg, "fondo");
    std::optional<CriteriPremi> criteri;
    if (!criteri_arg.is_none()) {
        criteri = decodifica_arg<CriteriPremi>(criteri_arg, "criteri");
        if (fondo) criteri->fondo = *fondo;
        fondo = criteri->fondo;
    }
    const Smvp s = decodifica_arg<Smvp>(smvp, "smvp");
    const Relazione r = decodifica_arg<Relazione>(relazione, "relazione");
    const EsitoRipartizione esito = criteri ? ripartisci_premi(r, s, *criteri) : ripartisci_premi(r, s, *fondo);
    if (!esito) throw RipartizioneRifiutata(esito.error().motivo, esito.error().norma);
    return risultato(json::codifica_ripartizione(*esito, calcola_punteggi(r, s), *fondo), come_json);
}

RipartizionePersonale ripartizione_personale(py::handle personale, py::handle relazione, py::handle smvp,
                                             py::handle criteri_arg, py::handle fondo) {
    const Personale p = decodifica_arg<Personale>(personale, "personale");
    CriteriPremi criteri = decodifica_arg<CriteriPremi>(criteri_arg, "criteri");
    const Smvp s = decodifica_arg<Smvp>(smvp, "smvp");
    const Relazione r = decodifica_arg<Relazione>(relazione, "relazione");
    if (!fondo.is_none()) criteri.fondo = importo_arg(fondo, "fondo");
    EsitoRipartizionePersonale esito = ripartisci_premi_personale(p, r, s, criteri);
    if (!esito) throw RifiutoPersonale{std::move(esito).error()};
    return std::move(*esito);
}

py::object ripartisci_premi_personale_py(py::handle personale, py::handle relazione, py::handle smvp,
                                         py::handle criteri, py::handle fondo, bool come_json) {
    return risultato(json::codifica_premi_personale(ripartizione_personale(personale, relazione, smvp, criteri, fondo)),
                     come_json);
}

py::object pubblicazione_premi_py(py::handle personale, py::handle relazione, py::handle smvp, py::handle criteri,
                                  py::handle fondo, bool come_json) {
    const RipartizionePersonale x = ripartizione_personale(personale, relazione, smvp, criteri, fondo);
    return risultato(json::codifica_pubblicazione_premi(pubblicazione_premi(x)), come_json);
}

// ---------------------------------------------------------------------------
// Reports: `perfpa report`, with the same rules on its options.

std::string report_py(py::handle relazione, py::handle smvp, const std::string& formato, py::handle personale_arg,
                      py::handle criteri_arg, bool pubblicazione) {
    if (formato != "html" && formato != "md" && formato != "csv")
        throw ArgomentoNonValido("report: formato sconosciuto \"" + formato + "\": attesi html, md o csv");
    const bool personale = !personale_arg.is_none();
    if (personale && (formato != "html" || smvp.is_none()))
        throw ArgomentoNonValido("report: le schede di valutazione del personale si scrivono con formato html e "
                                 "uno smvp (lo SMVP con i profili del personale)");
    if (!criteri_arg.is_none() && !personale)
        throw ArgomentoNonValido("report: criteri vale per la ripartizione dei premi tra il personale: con personale");
    if (pubblicazione && criteri_arg.is_none())
        throw ArgomentoNonValido("report: pubblicazione vale per la ripartizione dei premi tra il personale: con "
                                 "personale e criteri");
    const Relazione r = decodifica_arg<Relazione>(relazione, "relazione");
    const Smvp s = smvp.is_none() ? smvp_esempio() : decodifica_arg<Smvp>(smvp, "smvp");
    if (personale) {
        const Personale p = decodifica_arg<Personale>(personale_arg, "personale");
        if (criteri_arg.is_none()) return esempi::schede_html(p, r, s, calcola_punteggi_personale(p, r, s));
        const CriteriPremi criteri = decodifica_arg<CriteriPremi>(criteri_arg, "criteri");
        const EsitoRipartizionePersonale esito = ripartisci_premi_personale(p, r, s, criteri);
        if (!esito) throw RifiutoPersonale{esito.error()};
        const std::string nome_criteri = criteri.denominazione.value_or("");
        return pubblicazione
                   ? esempi::report_html(prepara_report(r, s), pubblicazione_premi(*esito), nome_criteri)
                   : esempi::schede_html(p, r, s, calcola_punteggi_personale(p, r, s), &*esito, nome_criteri);
    }
    // Without an SMVP: the example SMVP's points, no band, share or SMVP-only finding (the report says so).
    const DatiReport dati = smvp.is_none() ? prepara_report_senza_smvp(r, s, {}) : prepara_report(r, s, {});
    return formato == "html" ? esempi::report_html(dati) : formato == "md" ? esempi::report_markdown(dati)
                                                                           : esempi::report_csv(dati);
}

// ---------------------------------------------------------------------------
// Many documents: `esamina_file`, an iterator that reads, decodes and checks
// one file per step (with one Esaminatore, reusing its buffers), so that a
// folder of any size costs the memory of one document.

class EsameFile {
public:
    EsameFile(py::object percorsi, std::optional<Smvp> smvp, bool come_json)
        : percorsi_(std::move(percorsi)), smvp_(std::move(smvp)), come_json_(come_json) {}

    py::tuple prossimo() {
        // The work below runs without the GIL: a second thread advancing the same iterator
        // meanwhile is refused (as a Python generator refuses it), not let race on the Esaminatore.
        if (in_corso_) throw py::value_error("esamina_file: iteratore già in esecuzione in un altro thread");
        in_corso_ = true;
        struct Fine {
            bool& b;
            ~Fine() { b = false; }
        } fine{in_corso_};
        PyObject* x = PyIter_Next(percorsi_.ptr());
        if (!x) {
            if (PyErr_Occurred()) throw py::error_already_set();
            throw py::stop_iteration();
        }
        const py::object voce = py::reinterpret_steal<py::object>(x);
        const py::str nome = classi().fsdecode(voce);
        const std::string percorso = nome.cast<std::string>();
        std::optional<EccezioneDecodifica> errore;
        std::string rilievi, punteggi, ente;
        int anno = 0;
        {
            py::gil_scoped_release senza_gil; // only C++ below: other Python threads run meanwhile
            Risultato<Relazione> r = json::leggi_relazione(percorso);
            if (r) {
                ente = r->ente.denominazione;
                anno = r->anno;
            }
            if (!r) {
                errore.emplace(std::move(r).error());
            } else if (smvp_) {
                const Esame& e = esaminatore_.esamina(*r, *smvp_);
                json::codifica_rilievi(rilievi, e.rilievi);
                json::codifica_punteggi(punteggi, e.punteggi);
            } else {
                json::codifica_rilievi(rilievi, controlla(*r));
            }
        }
        if (errore) return py::make_tuple(nome, eccezione_decodifica(*errore));
        return py::make_tuple(nome, py::dict("ente"_a = ente, "anno"_a = anno,
                                             "rilievi"_a = risultato(rilievi, come_json_),
                                             "punteggi"_a = smvp_ ? risultato(punteggi, come_json_) : py::none()));
    }

private:
    py::object percorsi_; // a Python iterator
    std::optional<Smvp> smvp_;
    bool come_json_;
    bool in_corso_ = false;
    Esaminatore esaminatore_;
};

EsameFile esamina_file(py::object percorsi, py::handle smvp, bool come_json) {
    const Classi& c = classi();
    // A folder (str, bytes or os.PathLike naming one): its *.json files, in name order.
    const bool percorso = py::isinstance<py::str>(percorsi) || py::isinstance<py::bytes>(percorsi) ||
                          py::hasattr(percorsi, "__fspath__");
    if (percorso) {
        const py::object p = c.fsdecode(percorsi);
        if (c.isdir(p).cast<bool>()) {
            py::list nomi = c.listdir(p);
            nomi.attr("sort")();
            py::list file;
            for (py::handle n : nomi)
                if (n.cast<std::string>().ends_with(".json")) file.append(c.join(p, n));
            percorsi = std::move(file);
        } else {
            percorsi = py::make_tuple(p);
        }
    }
    std::optional<Smvp> s;
    if (!smvp.is_none()) s = decodifica_arg<Smvp>(smvp, "smvp");
    return EsameFile(py::iter(percorsi), std::move(s), come_json);
}

} // namespace
} // namespace perfpa::python

PYBIND11_MODULE(perfpa, m) {
    using namespace perfpa::python;
    namespace pp = perfpa::python;
    m.doc() = "perfpa: the performance cycle of Italian public administrations (D.Lgs. 150/2009), "
              "the C++ library's checks, scores, bonus splits and reports. See docs/python.md.";
    m.attr("__version__") = PERFPA_VERSIONE;

    Classi& c = classi();
    const py::module_ json = py::module_::import("json");
    const py::module_ os = py::module_::import("os");
    c.loads = json.attr("loads");
    c.decimal = py::module_::import("decimal").attr("Decimal");
    c.fsdecode = os.attr("fsdecode");
    c.isdir = os.attr("path").attr("isdir");
    c.listdir = os.attr("listdir");
    c.join = os.attr("path").attr("join");

    c.errore = nuova_classe(m, "Errore", PyExc_Exception, nullptr,
                            "The base of every perfpa exception: percorsi (the JSON Pointers concerned), norma "
                            "(the legal reference of a refusal, else \"\"), tipo (the kind of the first error, "
                            "or None).");
    c.errore.attr("percorsi") = py::list();
    c.errore.attr("norma") = py::str("");
    c.errore.attr("tipo") = py::none();
    c.decodifica = nuova_classe(m, "EccezioneDecodifica", c.errore, PyExc_ValueError,
                                "A document is not valid: errori lists {percorso, messaggio, tipo}; file names the "
                                "file read, else None; non_mostrati counts the errors past the limit.");
    c.modello = nuova_classe(m, "ModelloNonValido", c.errore, PyExc_ValueError,
                             "A model that breaks its own constraints given to a call that needs it valid: errori "
                             "as EccezioneDecodifica's.");
    c.valore = nuova_classe(m, "ValoreRifiutato", c.errore, PyExc_ValueError,
                            "A value read from text is not valid (an amount like fondo=\"10.000,00\").");
    c.argomento = nuova_classe(m, "ArgomentoNonValido", c.errore, PyExc_ValueError,
                               "A call's arguments do not fit together (report with criteri but no personale).");
    c.ripartizione = nuova_classe(m, "RipartizioneRifiutata", c.errore, nullptr,
                                  "A bonus split refused by a legal rule: motivo, norma; for the staff's split "
                                  "also dipendenti, json (perfpa rifiuto document, as `perfpa premi --personale "
                                  "--json` prints it) and documento (the same as Python objects).");
    c.logico = nuova_classe(m, "ErroreLogico", c.errore, PyExc_RuntimeError, "A logic error inside the library.");
    py::register_exception_translator(&traduci);

    m.def("decodifica", &pp::decodifica, "documento"_a, "tipo"_a = py::none(), py::kw_only(), "come_json"_a = false,
          "indentazione"_a = 0,
          "Decodes and validates a document (tipo: relazione, smvp, personale, criteri_premi; by default its "
          "\"formato\" says) and returns it normalized, as `perfpa fmt --compatto` prints it.");
    m.def("decodifica_file", &pp::decodifica_file, "percorso"_a, "tipo"_a = py::none(), py::kw_only(),
          "come_json"_a = false, "indentazione"_a = 0, "As decodifica, reading the file at percorso.");
    m.def("controlla", &controlla_py, "relazione"_a, "smvp"_a = py::none(), py::kw_only(), "documento"_a = py::none(),
          "come_json"_a = false,
          "The findings of a Relazione (perfpa.rilievi/1), as `perfpa check --json`: without smvp the checks "
          "that need it do not run.");
    m.def("controlla_personale", &controlla_personale_py, "personale"_a, "relazione"_a, "smvp"_a = py::none(),
          py::kw_only(), "documento"_a = py::none(), "come_json"_a = false,
          "The findings of a staff document against a Relazione (perfpa.rilievi/1), as `perfpa check --personale`.");
    m.def("esamina", &esamina_py, "relazione"_a, "smvp"_a, py::kw_only(), "documento"_a = py::none(),
          "come_json"_a = false,
          "Findings and scores of a Relazione under an SMVP, computed once: {\"rilievi\": perfpa.rilievi/1, "
          "\"punteggi\": perfpa.punteggi/1}.");
    m.def("punteggi", &punteggi_py, "relazione"_a, "smvp"_a, py::kw_only(), "documento"_a = py::none(),
          "come_json"_a = false, "The settore heads' scores (perfpa.punteggi/1), as `perfpa score --json`.");
    m.def("punteggi_personale", &punteggi_personale_py, "personale"_a, "relazione"_a, "smvp"_a, py::kw_only(),
          "documento"_a = py::none(), "come_json"_a = false,
          "The staff's scores (perfpa.punteggi_personale/1), as `perfpa score --personale --json`.");
    m.def("ripartisci_premi", &ripartisci_premi_py, "relazione"_a, "smvp"_a, py::kw_only(), "fondo"_a = py::none(),
          "criteri"_a = py::none(), "come_json"_a = false,
          "The heads' bonus split (perfpa.premi/1), as `perfpa premi --json`; a refusal raises "
          "RipartizioneRifiutata.");
    m.def("ripartisci_premi_personale", &ripartisci_premi_personale_py, "personale"_a, "relazione"_a, "smvp"_a,
          "criteri"_a, py::kw_only(), "fondo"_a = py::none(), "come_json"_a = false,
          "The staff's bonus split (perfpa.premi_personale/1), as `perfpa premi --personale --json`; a refusal "
          "raises RipartizioneRifiutata with the refusal's JSON in .json.");
    m.def("pubblicazione_premi", &pubblicazione_premi_py, "personale"_a, "relazione"_a, "smvp"_a, "criteri"_a,
          py::kw_only(), "fondo"_a = py::none(), "come_json"_a = false,
          "The table to publish of the staff's split (perfpa.pubblicazione_premi/1), as `perfpa premi --personale "
          "--pubblicazione --json`.");
    m.def("report", &report_py, "relazione"_a, "smvp"_a = py::none(), "formato"_a = "html", py::kw_only(),
          "personale"_a = py::none(), "criteri"_a = py::none(), "pubblicazione"_a = false,
          "The report of a Relazione as `perfpa report` writes it: formato html, md or csv; with personale the "
          "staff's evaluation sheets, with criteri their amounts, with pubblicazione the report with the split's "
          "aggregate section.");
    py::class_<EsameFile>(m, "EsameFile", "The iterator esamina_file returns.")
        .def("__iter__", [](py::object self) { return self; })
        .def("__next__", &EsameFile::prossimo);
    m.def("esamina_file", &pp::esamina_file, "percorsi"_a, "smvp"_a = py::none(), py::kw_only(),
          "come_json"_a = false,
          "An iterator over Relazioni in files (a folder: its *.json files in name order; or any iterable of "
          "paths, read lazily), one document in memory at a time: yields (percorso, esito), esito being "
          "{\"ente\": its denominazione, \"anno\": its year, \"rilievi\": perfpa.rilievi/1, \"punteggi\": "
          "perfpa.punteggi/1 or None without smvp} or, for a file that cannot be read or "
          "decoded, the perfpa.EccezioneDecodifica (not raised).");
}
