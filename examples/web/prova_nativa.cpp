// The web page's results are the command-line tool's: `perfpa::web::analizza`
// (what the page calls, compiled here natively) against `perfpa check --json`,
// `score --json`, `report --format html` and their --personale forms, byte for
// byte, on the bundled documents; a document with errors gives each error with
// its pointer, as the tool prints it, and nothing else.
// Usage: perfpa_prova_web_nativa PERFPA_BINARY DATA_DIR WORK_DIR
#include "analizza.hpp"

#include <boost/json/parse.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::string leggi(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    return s.str();
}

std::string q(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

int fallimenti = 0;

void verifica(bool ok, const std::string& cosa) {
    std::cout << (ok ? "ok: " : "FALLITO: ") << cosa << "\n";
    if (!ok) ++fallimenti;
}

// The standard output of `perfpa <argomenti>` (its standard error in `err`).
std::string perfpa_cli(const std::string& binario, const std::string& argomenti, const fs::path& dir,
                       std::string* err = nullptr) {
    const fs::path out = dir / "out", e = dir / "err";
    const std::string comando = q(binario) + " " + argomenti + " > " + q(out.string()) + " 2> " + q(e.string());
    std::cout << "$ perfpa " << argomenti << "\n";
    [[maybe_unused]] const int codice = std::system(comando.c_str()); // exit 1 with findings of severity errore
    if (err) *err = leggi(e);
    return leggi(out);
}

struct Caso {
    std::string relazione, smvp, personale; // file names in the data directory; "" for none
};

} // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "uso: perfpa_prova_web_nativa PERFPA CARTELLA_DATI CARTELLA_LAVORO\n";
        return 1;
    }
    const std::string cli = argv[1];
    const fs::path dati = argv[2], dir = argv[3];
    fs::create_directories(dir);
    const std::vector<Caso> casi = {
        {"leverano-2023.json", "", ""},
        {"leverano-2022.json", "", ""},
        {"leverano-2023-validata-esempio.json", "smvp-esempio.json", ""},
        {"leverano-2023.json", "smvp-comune-prova.json", ""},
        {"leverano-2023.json", "", "personale-esempio.json"},
        {"leverano-2023.json", "smvp-personale-esempio.json", "personale-esempio.json"},
    };
    for (const Caso& c : casi) {
        // The names the page is given are the paths the tool is given: the results name them alike.
        const auto documento = [&](const std::string& f) {
            return f.empty() ? perfpa::web::Documento{} : perfpa::web::Documento{(dati / f).string(), leggi(dati / f)};
        };
        const perfpa::web::Documento r = documento(c.relazione), s = documento(c.smvp), p = documento(c.personale);
        const std::string caso = c.relazione + (c.smvp.empty() ? "" : " + " + c.smvp) +
                                 (c.personale.empty() ? "" : " + " + c.personale);
        const perfpa::web::Risultati x = perfpa::web::analizza(r, s, p);
        verifica(x.errori == "[]", caso + ": nessun errore di decodifica");
        const std::string con_smvp = s.nome.empty() ? "" : " --smvp " + q(s.nome);
        const std::string con_personale = p.nome.empty() ? "" : " --personale " + q(p.nome);
        const std::string rilievi = perfpa_cli(cli, "check --json" + con_smvp + con_personale + " " + q(r.nome), dir);
        verifica(!rilievi.empty() && x.rilievi == rilievi, caso + ": check --json");
        verifica(x.punteggi == perfpa_cli(cli, "score --json" + con_smvp + " " + q(r.nome), dir),
                 caso + ": score --json");
        verifica(x.report == perfpa_cli(cli, "report --format html" + con_smvp + " " + q(r.nome), dir),
                 caso + ": report --format html");
        if (!p.nome.empty() && !s.nome.empty()) {
            verifica(!x.punteggi_personale.empty() &&
                         x.punteggi_personale ==
                             perfpa_cli(cli, "score --json" + con_smvp + con_personale + " " + q(r.nome), dir),
                     caso + ": score --json --personale");
            verifica(!x.schede.empty() &&
                         x.schede ==
                             perfpa_cli(cli, "report --format html" + con_smvp + con_personale + " " + q(r.nome), dir),
                     caso + ": report --format html --personale");
        } else {
            verifica(x.punteggi_personale.empty() && x.schede.empty(),
                     caso + ": senza SMVP e personale, né punteggi del personale né schede");
        }
    }

    // A sheet of `perfpa report --format csv`, edited (a weight changed from 6,00 to 4,50), updates the Relazione as
    // `perfpa importa --format csv --su` does, and every result is about the updated document.
    {
        const fs::path r = dati / "leverano-2023.json", foglio = dir / "foglio.csv", nuova = dir / "nuova.json";
        std::string csv = perfpa_cli(cli, "report --format csv " + q(r.string()), dir);
        const std::size_t riga = csv.find("\n") + 1, fine = csv.find("\n", riga);
        std::string prima = csv.substr(riga, fine - riga);
        verifica(prima.find(";6,00;") != std::string::npos, "la prima riga del foglio ha il peso 6,00");
        if (prima.find(";6,00;") != std::string::npos) prima.replace(prima.find(";6,00;"), 6, ";4,50;");
        csv.replace(riga, fine - riga, prima);
        std::ofstream(foglio, std::ios::binary) << csv;
        const perfpa::web::Risultati x =
            perfpa::web::analizza({r.string(), leggi(r)}, {}, {}, {foglio.string(), csv});
        const std::string importata = perfpa_cli(cli, "importa --format csv --su " + q(r.string()) + " " + q(foglio.string()), dir);
        verifica(x.errori == "[]" && !importata.empty() && x.relazione_importata == importata,
                 "foglio: la Relazione aggiornata è quella di perfpa importa --su");
        verifica(importata.find("\"peso\": 4.5") != std::string::npos, "foglio: il peso modificato arriva nel documento");
        std::ofstream(nuova, std::ios::binary) << importata;
        // The first settore's weights no longer sum to its weight: a finding the original has not.
        const std::string rilievi_nuova = perfpa_cli(cli, "check --json " + q(nuova.string()), dir);
        verifica(x.rilievi == rilievi_nuova && rilievi_nuova != perfpa_cli(cli, "check --json " + q(r.string()), dir),
                 "foglio: i rilievi sono quelli della Relazione aggiornata, non dell'originale");
        verifica(x.punteggi == perfpa_cli(cli, "score --json " + q(nuova.string()), dir),
                 "foglio: i punteggi sono quelli della Relazione aggiornata");
        std::string rotto = csv;
        if (rotto.find(";4,50;") != std::string::npos) rotto.replace(rotto.find(";4,50;"), 6, ";4.50;");
        const perfpa::web::Risultati y =
            perfpa::web::analizza({r.string(), leggi(r)}, {}, {}, {foglio.string(), rotto});
        verifica(y.errori.find("colonna \\\"Peso\\\"") != std::string::npos && y.rilievi.empty(),
                 "foglio con un errore: la riga e la colonna, nulla calcolato");
    }

    // A document with errors: each error, with its pointer, as the tool prints it; nothing computed.
    const fs::path rotto = dir / "rotta.json";
    const std::string testo_rotto =
        R"({"formato":"perfpa.relazione/1","anno":"duemilaventitré","ente":{"denominazione":"Comune di Prova"}})";
    std::ofstream(rotto, std::ios::binary) << testo_rotto;
    const perfpa::web::Risultati x = perfpa::web::analizza({rotto.string(), testo_rotto}, {}, {});
    std::string err;
    perfpa_cli(cli, "check --json " + q(rotto.string()), dir, &err);
    const auto errori = boost::json::parse(x.errori).as_array();
    verifica(!errori.empty(), "la Relazione rotta dà errori");
    bool tutti = true, anno = false;
    for (const auto& e : errori) {
        const std::string percorso(e.at("percorso").as_string()), messaggio(e.at("messaggio").as_string());
        tutti = tutti && e.at("documento").as_string() == rotto.string() &&
                err.find("  " + percorso + ": " + messaggio + "\n") != std::string::npos;
        anno = anno || percorso == "/anno";
    }
    verifica(tutti, "ogni errore, con il suo puntatore, è quello che stampa perfpa check");
    verifica(anno, "l'errore di /anno è tra questi");
    verifica(x.rilievi.empty() && x.punteggi.empty() && x.report.empty(), "con errori nulla è calcolato");
    const perfpa::web::Risultati vuoto = perfpa::web::analizza({"", ""}, {}, {});
    verifica(vuoto.errori.find("nessuna Relazione indicata") != std::string::npos, "senza Relazione, lo dice");
    return fallimenti ? 1 : 0;
}
