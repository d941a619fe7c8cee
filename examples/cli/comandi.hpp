// perfpa command-line tool — the registry of subcommands and what they share.
// Each subcommand lives in its own cmd_*.cpp and registers itself with a
// `Registra` object, so adding a subcommand is adding a file.
#ifndef PERFPA_CLI_COMANDI_HPP
#define PERFPA_CLI_COMANDI_HPP

#include "ingresso.hpp"
#include "smvp_esempio.hpp"

#include <perfpa/checks/controllo.hpp>
#include <perfpa/json.hpp>
#include <perfpa/model.hpp>

#include <algorithm>
#include <filesystem>
#include <initializer_list>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace perfpa::cli {

/** Exit codes shared by every subcommand. */
enum Uscita : int {
    uscita_ok = 0,
    uscita_rilievi = 1,    ///< the document has an `errore` finding, or the action is refused
    uscita_ingresso = 2,   ///< the input cannot be read or decoded, or the command line is wrong
};

/** What a subcommand receives: its arguments (after its name) and the streams. */
struct Contesto {
    std::vector<std::string_view> argomenti;
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
    /** Standard input as a file descriptor when `in` is the process's (main sets 0), else -1. */
    int fd_in = -1;
};

/**
 * Writes a command's output: to standard output, or with `-o FILE` (not "-")
 * to FILE, whole or not at all (a full disk leaves the previous file in place).
 */
inline int scrivi_uscita(Contesto& c, const std::optional<std::string>& uscita, std::string_view testo) {
    if (!uscita || *uscita == "-") {
        c.out << testo;
        return uscita_ok;
    }
    std::string perche;
    if (!scrivi_file_atomico(*uscita, testo, perche)) {
        c.err << perche << "\n";
        return uscita_ingresso;
    }
    return uscita_ok;
}

struct Comando {
    std::string_view nome;
    std::string_view sintassi;
    std::string_view descrizione;
    int (*esegui)(Contesto&);
    std::string_view dettagli = {}; ///< options and exit codes, for `perfpa COMANDO --help`
};

inline std::vector<Comando>& registro() {
    static std::vector<Comando> r;
    return r;
}

/** Registers a subcommand at static-initialisation time. */
struct Registra {
    explicit Registra(Comando c) { registro().push_back(c); }
};

/**
 * The ente's own check rows the tool runs in `check` and `report`, after
 * the catalogue's (docs/checks.md "An ente's own checks"): the extension
 * point of a vendor's build of the tool. Every .cpp file of examples/cli is
 * compiled in, so a file there holding
 *
 *     const perfpa::cli::RegistraControlli righe{{
 *         {{"OBIETTIVO_SENZA_SCADENZA", Gravita::avviso, "regolamento dell'ente"}, false, false, &funzione}}};
 *
 * adds its rows (docs/cli.md "The ente's own checks"). Empty by default.
 */
inline std::vector<Controllo>& controlli_propri() {
    static std::vector<Controllo> righe;
    return righe;
}

/** Registers own check rows at static-initialisation time (see `controlli_propri`). */
struct RegistraControlli {
    explicit RegistraControlli(std::initializer_list<Controllo> righe) {
        controlli_propri().insert(controlli_propri().end(), righe.begin(), righe.end());
    }
};

/** How the messages name an input: "standard input" for "-", else the path. */
inline std::string nome_ingresso(std::string_view percorso) {
    return percorso == "-" ? std::string("standard input") : std::string(percorso);
}

/**
 * The whole content of a file (or of standard input for "-"), read with the
 * size limit applied while reading, or nothing after printing why.
 */
inline std::optional<std::string> leggi_file(std::string_view percorso, Contesto& c) {
    std::string perche;
    std::optional<std::string> testo;
    if (percorso == "-") {
        if (c.fd_in >= 0) {
            testo = leggi_descrittore(c.fd_in, "lo standard input", limite_ingresso(), perche);
        } else {
            Sorgente s(c.in);
            testo = leggi_tutto(s, "lo standard input", limite_ingresso(), perche);
        }
    } else {
        testo = leggi_contenuto(std::string(percorso), perche);
    }
    if (!testo) c.err << perche << "\n";
    return testo;
}

/**
 * Standard input can be read once: "-" given twice (as two files, or as a
 * file and as `--smvp -`) is refused, with a message, rather than letting
 * the first reader swallow what the second expects.
 */
inline bool trattino_una_volta(const std::vector<std::string_view>& percorsi, std::optional<std::string> smvp,
                               Contesto& c) {
    std::size_t n = smvp && *smvp == "-" ? 1 : 0;
    for (std::string_view p : percorsi) n += p == "-";
    if (n <= 1) return true;
    c.err << "perfpa: lo standard input (\"-\") può essere indicato una volta sola"
          << (smvp && *smvp == "-" ? " (qui anche come --smvp -)" : "") << "\n";
    return false;
}

/** Why a command that takes one file refuses `n` of them: "atteso un solo file, nessuno indicato". */
inline std::string un_solo_file(std::size_t n) {
    return "atteso un solo file, " + (n == 0 ? std::string("nessuno indicato") : "ne sono indicati " + std::to_string(n));
}

/** "documento non valido (1 errore)" / "(3 errori)": the header of a list of decoding errors. */
inline std::string intestazione_errori(std::string_view nome, std::size_t n) {
    return std::string(nome) + ": documento non valido (" + std::to_string(n) + (n == 1 ? " errore)\n" : " errori)\n");
}

/** Decodes a document of type T from a file; on failure prints every error with its pointer. */
template <class T>
std::optional<T> carica(std::string_view percorso, Contesto& c, const json::OpzioniDecodifica& o = {}) {
    auto testo = leggi_file(percorso, c);
    if (!testo) return std::nullopt;
    auto r = json::decodifica<T>(*testo, o);
    if (!r) {
        c.err << intestazione_errori(nome_ingresso(percorso), r.error().numero());
        for (const auto& e : r.error().errori) c.err << "  " << e.testo() << "\n";
        return std::nullopt;
    }
    return std::move(*r);
}

/**
 * Splits arguments into options and positional ones. `con_valore` names the
 * options that take a value (`--smvp FILE`); `--x=v` is accepted too. An
 * unknown option is reported and makes the result empty.
 */
struct Argomenti {
    std::vector<std::pair<std::string, std::string>> opzioni;
    std::vector<std::string_view> posizionali;

    [[nodiscard]] bool ha(std::string_view nome) const {
        for (const auto& [k, v] : opzioni)
            if (k == nome) return true;
        return false;
    }
    [[nodiscard]] std::optional<std::string> valore(std::string_view nome) const {
        for (const auto& [k, v] : opzioni)
            if (k == nome) return v;
        return std::nullopt;
    }
};

inline std::optional<Argomenti> analizza(Contesto& c, std::vector<std::string_view> con_valore,
                                         std::vector<std::string_view> senza_valore) {
    Argomenti a;
    bool solo_file = false; // after "--", every argument is a file
    for (std::size_t i = 0; i < c.argomenti.size(); ++i) {
        std::string_view x = c.argomenti[i];
        if (!solo_file && x == "--") {
            solo_file = true;
            continue;
        }
        // An option is "--name" or "-letter" ("-h"); "-" is standard input, "-:…" and "-1.json" are files.
        const bool opzione = x.size() >= 2 && x[0] == '-' &&
                             (x[1] == '-' || (x[1] >= 'a' && x[1] <= 'z') || (x[1] >= 'A' && x[1] <= 'Z'));
        if (solo_file || !opzione) {
            a.posizionali.push_back(x);
            continue;
        }
        std::string nome(x.substr(0, x.find('=')));
        if (a.ha(nome)) {
            c.err << "perfpa: l'opzione " << nome << " è ripetuta: va data una volta sola\n";
            return std::nullopt;
        }
        bool uguale = x.find('=') != std::string_view::npos;
        bool vuole = std::find(con_valore.begin(), con_valore.end(), nome) != con_valore.end();
        bool flag = std::find(senza_valore.begin(), senza_valore.end(), nome) != senza_valore.end();
        if (vuole) {
            if (uguale) a.opzioni.emplace_back(nome, std::string(x.substr(x.find('=') + 1)));
            else if (i + 1 < c.argomenti.size()) a.opzioni.emplace_back(nome, std::string(c.argomenti[++i]));
            else {
                c.err << "perfpa: l'opzione " << nome << " richiede un valore\n";
                return std::nullopt;
            }
        } else if (flag && !uguale) {
            a.opzioni.emplace_back(nome, "");
        } else {
            c.err << "perfpa: opzione sconosciuta " << x << "\n";
            return std::nullopt;
        }
    }
    return a;
}

/**
 * The SMVP of `--smvp`; without it, the example SMVP built into the tool
 * (examples/data/smvp-esempio.json), said on `nota`: its bands and weights
 * are not the ente's.
 */
inline std::optional<Smvp> smvp_o_esempio(const Argomenti& a, Contesto& c, std::ostream& nota) {
    if (auto percorso = a.valore("--smvp")) return carica<Smvp>(*percorso, c);
    nota << "nota: nessuno SMVP indicato (--smvp): uso lo SMVP di esempio incorporato nel programma "
            "(examples/data/smvp-esempio.json), non quello dell'ente\n";
    auto s = json::decodifica<Smvp>(testo_smvp_esempio);
    if (!s) { // only if the build embedded a broken file; the tests decode it
        c.err << intestazione_errori("SMVP di esempio incorporato", s.error().numero());
        for (const auto& e : s.error().errori) c.err << "  " << e.testo() << "\n";
        return std::nullopt;
    }
    return std::move(*s);
}

} // namespace perfpa::cli

#endif
