// Tests of perfpa/json/file.hpp: a document read from a file decodes as its
// text does, and every error names the file.
#include "catch2.hpp"
#include "leggi.hpp"

#include <perfpa/json.hpp>
#include <perfpa/json/file.hpp>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

using namespace perfpa;

namespace {
// A file in the system's temporary folder, removed at the end of the test.
struct FileTemporaneo {
    std::string percorso;
    FileTemporaneo(const std::string& nome, const std::string& testo)
        : percorso((std::filesystem::temp_directory_path() / nome).string()) {
        std::ofstream(percorso, std::ios::binary) << testo;
    }
    ~FileTemporaneo() { std::remove(percorso.c_str()); }
};
} // namespace

TEST_CASE("leggi_relazione and leggi_smvp: the same result as decoding the file's text") {
    const std::string dati = PERFPA_DATA_DIR;
    const auto r = json::leggi_relazione(dati + "/leverano-2023.json");
    REQUIRE(r.has_value());
    CHECK(*r == json::decodifica_relazione(perfpa_test::leggi_dati("leverano-2023.json")).value());
    const auto s = json::leggi_smvp(dati + "/smvp-esempio.json");
    REQUIRE(s.has_value());
    CHECK(*s == json::decodifica_smvp(perfpa_test::leggi_dati("smvp-esempio.json")).value());
}

TEST_CASE("leggi_relazione: a bad document's errors name the file on every line") {
    const FileTemporaneo f("perfpa-test-errata.json",
                           R"({"formato": "perfpa.relazione/1", "anno": 2023, "ente": {"denominazion": "x"}, "settori": []})");
    const auto r = json::leggi_relazione(f.percorso);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().file == f.percorso);
    CHECK(r.error().errori == json::decodifica_relazione(perfpa_test::leggi(f.percorso)).error().errori);
    CHECK(r.error().testo() == f.percorso + ": /ente/denominazione: campo obbligatorio mancante\n" + f.percorso +
                                   ": /ente/denominazion: chiave sconosciuta \"denominazion\" (forse \"denominazione\"?)\n");
    // value() throws with the same text.
    CHECK_THROWS_WITH(json::leggi_relazione(f.percorso).value(), "documento non valido:\n" + r.error().testo());
}

TEST_CASE("leggi_smvp: a file that cannot be read or a folder or a file over the size limit") {
    const auto assente = json::leggi_smvp("/nessuna/cartella/smvp.json");
    REQUIRE_FALSE(assente.has_value());
    CHECK(assente.error().testo() == "/nessuna/cartella/smvp.json: (documento): impossibile leggere il file: il file non esiste\n");
    const std::string cartella = std::filesystem::temp_directory_path().string();
    const auto c = json::leggi_smvp(cartella);
    REQUIRE_FALSE(c.has_value());
    CHECK(c.error().testo() == cartella + ": (documento): impossibile leggere il file: è una cartella, non un file\n");
    // Over the limit: refused by the decoder as for a text, after reading one byte more than it accepts.
    const FileTemporaneo grande("perfpa-test-grande.json", std::string(100, ' ') + "{}");
    json::OpzioniDecodifica piccole;
    piccole.dimensione_massima = 50;
    const auto g = json::leggi_smvp(grande.percorso, piccole);
    REQUIRE_FALSE(g.has_value());
    CHECK(g.error().errori == json::decodifica_smvp(std::string(51, ' '), piccole).error().errori);
}

TEST_CASE("leggi_relazione: a read that fails midway (EIO) is said in Italian") {
    // Linux's /proc/self/mem opens, but reading it at offset 0 (mapped by no process) fails with EIO.
    const auto r = json::leggi_relazione("/proc/self/mem");
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().testo() ==
          "/proc/self/mem: (documento): impossibile leggere il file: errore di ingresso/uscita del dispositivo (EIO)\n");
}

TEST_CASE("motivo_errore_sistema: the causes a user meets in Italian, any other with its number") {
    CHECK(json::motivo_errore_sistema(ENOENT) == "il file non esiste");
    CHECK(json::motivo_errore_sistema(EACCES) == json::motivo_errore_sistema(EPERM));
    CHECK(json::motivo_errore_sistema(ENOSPC) == "spazio esaurito sul dispositivo");
    CHECK(json::motivo_errore_sistema(ENOTDIR) == "un elemento del percorso non è una cartella");
    CHECK(json::motivo_errore_sistema(EXDEV).starts_with("errore di sistema " + std::to_string(EXDEV) + " ("));
}
