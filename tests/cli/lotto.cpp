// The batch engine of the command-line tool (examples/cli/lotto.hpp) on its
// own: documents from files and from NDJSON on standard input, outputs in
// input order whatever the number of threads, a document that cannot be
// read or that fails is reported and the others go on.
#include "lotto.hpp"

#include "catch2.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

using namespace perfpa::cli;

namespace {

// Runs elabora_lotto over `percorsi` with `ingresso` as standard input on
// `thread` threads; returns stdout, stderr and the exit code.
struct Esito {
    std::string out, err;
    int codice;
};

Esito esegui(const std::vector<std::string_view>& percorsi, const std::string& ingresso, unsigned thread,
             const std::function<EsitoDocumento(const Documento&)>& elabora) {
    std::istringstream in(ingresso);
    std::ostringstream out, err;
    Contesto c{{}, in, out, err};
    const int codice = elabora_lotto(percorsi, c, elabora, thread);
    return {out.str(), err.str(), codice};
}

// Echoes each document's name and text; a text "lancia" throws, "errore" exits 1.
EsitoDocumento eco(const Documento& d) {
    if (d.testo == "lancia") throw std::runtime_error("guasto simulato");
    return {d.nome + "=" + d.testo + "\n", "", d.testo == "errore" ? uscita_rilievi : uscita_ok};
}

} // namespace

TEST_CASE("NDJSON on standard input: one document per non-blank line, named by its line") {
    for (unsigned thread : {1u, 2u, 8u}) {
        const auto e = esegui({"-"}, "a\n\n  \r\nb\r\nerrore\n", thread, eco);
        CHECK(e.out == "-:1=a\n-:4=b\r\n-:5=errore\n");
        CHECK(e.err.empty());
        CHECK(e.codice == uscita_rilievi);
    }
}

TEST_CASE("outputs in input order over many windows, on any number of threads") {
    std::string ingresso, atteso;
    for (int i = 1; i <= 100; ++i) {
        ingresso += "doc" + std::to_string(i) + "\n";
        atteso += "-:" + std::to_string(i) + "=doc" + std::to_string(i) + "\n";
    }
    for (unsigned thread : {1u, 2u, 3u, 16u}) {
        const auto e = esegui({"-"}, ingresso, thread, eco);
        CHECK(e.out == atteso);
        CHECK(e.codice == uscita_ok);
    }
}

TEST_CASE("a document that throws is reported with its name, the others go on") {
    for (unsigned thread : {1u, 2u, 4u}) {
        const auto e = esegui({"-"}, "a\nlancia\nb\n", thread, eco);
        CHECK(e.out == "-:1=a\n-:3=b\n");
        CHECK(e.err == "perfpa: errore interno su -:2: guasto simulato\n");
        CHECK(e.codice == uscita_ingresso);
    }
}

TEST_CASE("files: read by the workers, a missing file and a folder reported, the others go on") {
    const auto cartella = std::filesystem::temp_directory_path() / "perfpa_test_lotto";
    std::filesystem::create_directories(cartella);
    const std::string uno = (cartella / "uno.json").string(), due = (cartella / "due.json").string();
    std::ofstream(uno) << "primo";
    std::ofstream(due) << "secondo";
    const std::string manca = (cartella / "manca.json").string(), dir = cartella.string();
    for (unsigned thread : {1u, 2u}) {
        const auto e = esegui({uno, manca, dir, "-", due}, "riga\n", thread, eco);
        CHECK(e.out == uno + "=primo\n-:1=riga\n" + due + "=secondo\n");
        CHECK(e.err == "perfpa: impossibile aprire il file " + manca + ": il file non esiste\nperfpa: " + dir +
                           " è una cartella, non un file\n");
        CHECK(e.codice == uscita_ingresso);
    }
    std::filesystem::remove_all(cartella);
}

TEST_CASE("leggi_contenuto: a whole file, byte for byte, larger than one read") {
    const auto percorso = (std::filesystem::temp_directory_path() / "perfpa_test_lotto_grande.bin").string();
    std::string grande;
    for (int i = 0; i < 200000; ++i) grande += static_cast<char>(i * 7 % 256);
    std::ofstream(percorso, std::ios::binary) << grande;
    std::string perche;
    const auto letto = leggi_contenuto(percorso, perche);
    REQUIRE(letto);
    CHECK(*letto == grande);
    CHECK(perche.empty());
    std::filesystem::remove(percorso);
    CHECK_FALSE(leggi_contenuto(percorso, perche));
    CHECK(perche == "perfpa: impossibile aprire il file " + percorso + ": il file non esiste");
}

TEST_CASE("The header of a cut list of decoding errors counts them all") {
    perfpa::ErroriDecodifica e;
    e.errori = {{"/a", "uno"}, {"/b", "due"}, {"", "troppi errori: mostrati i primi 2 di 7"}};
    e.non_mostrati = 5;
    CHECK(testo_errori("x.json", e) ==
          "x.json: documento non valido (7 errori)\n  /a: uno\n  /b: due\n  (documento): troppi errori: mostrati i primi 2 di 7\n");
    e.errori.resize(1);
    e.non_mostrati = 0;
    CHECK(testo_errori("x.json", e) == "x.json: documento non valido (1 errore)\n  /a: uno\n");
}

TEST_CASE("the example SMVP built into the tool is examples/data/smvp-esempio.json, byte for byte, and valid") {
    std::ifstream f(std::string(PERFPA_DATA_DIR) + "/smvp-esempio.json", std::ios::binary);
    const std::string file{std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
    REQUIRE(!file.empty());
    CHECK(testo_smvp_esempio == file);
    CHECK(perfpa::json::decodifica<perfpa::Smvp>(testo_smvp_esempio).has_value());
}
