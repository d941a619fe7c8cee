// The memory a refused document costs: peak RSS of `perfpa check` on a
// document of N MB that the decoder refuses, as a multiple of its size.
//
//   perfpa_memoria_rifiuto PERFPA [MB=60] [FATTORE=3] [CASI=all]
//
// Writes each document to a temporary file, runs `PERFPA check FILE` in a
// child process and reads the child's peak resident set size (wait4's
// ru_maxrss). Prints one row per document; exits 1 when a document marked
// as bounded peaks above FATTORE times its size (docs/robustness.md). Run
// by ctest on 60 MB (tests/cli: the first case, the slow Debug build) and
// usable as a benchmark row on its own (every case).
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace {

// A valid Relazione with `riempimento` inserted before its "settori" key.
std::string documento(const std::string& riempimento) {
    return R"({"formato":"perfpa.relazione/1","anno":2023,"ente":{"denominazione":"Comune di Prova","tipo":"comune"},)" +
           riempimento +
           R"("settori":[{"id":"s1","denominazione":"Settore uno","responsabile":{"nome":"Mario Rossi"},"peso":30,)"
           R"("obiettivi":[{"id":"s1-1","descrizione":"Primo","peso":30,"indicatori":[{"descrizione":"Fatto",)"
           R"("misura":"binaria","valore_atteso":true}]}]}]})";
}

// `"chiave":[e,e,e,…]` of about `byte` bytes.
std::string array_di(const std::string& chiave, const std::string& elemento, std::size_t byte) {
    std::string s = "\"" + chiave + "\":[";
    s.reserve(byte + 64);
    while (s.size() + elemento.size() + 1 < byte) s += elemento + ",";
    s += elemento + "],";
    return s;
}

struct Caso {
    const char* nome;
    std::string chiave, elemento; // the document: `"chiave":[elemento,elemento,…]` added to a valid Relazione
    bool limitato;                // held to the bound
};

// Peak RSS in bytes of `perfpa check percorso`, and its exit code.
long long picco(const char* perfpa, const std::string& percorso, int& uscita) {
    const pid_t pid = fork();
    if (pid == 0) {
        const int nulla = open("/dev/null", O_WRONLY);
        dup2(nulla, 1);
        dup2(nulla, 2);
        execl(perfpa, perfpa, "check", percorso.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    int stato = 0;
    rusage uso{};
    if (pid < 0 || wait4(pid, &stato, 0, &uso) != pid) return -1;
    uscita = WIFEXITED(stato) ? WEXITSTATUS(stato) : 128 + WTERMSIG(stato);
    return static_cast<long long>(uso.ru_maxrss) * 1024; // Linux: kilobytes
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "uso: perfpa_memoria_rifiuto PERFPA [MB=60] [FATTORE=3] [CASI]\n");
        return 2;
    }
    const std::size_t mb = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 60;
    const double fattore = argc > 3 ? std::strtod(argv[3], nullptr) : 3.0;
    const std::size_t byte = mb * 1000 * 1000;
    std::vector<Caso> casi = {
        {"chiave sconosciuta: un array di zeri", "sconosciuta", "0", true},
        {"chiave sconosciuta: un array di oggetti", "sconosciuta", R"({"a":[1,2],"b":"x"})", true},
        {"un array dove il formato vuole un oggetto (approvazione)", "approvazione", "[0,0,0,0,0,0,0,0]", true},
    };
    if (argc > 4) casi.resize(std::min<std::size_t>(casi.size(), std::strtoul(argv[4], nullptr, 10)));
    char modello[] = "/tmp/perfpa_memoria_XXXXXX";
    const int fd = mkstemp(modello);
    if (fd < 0) return 2;
    close(fd);
    int esito = 0;
    std::printf("%-58s %8s %12s %8s %6s\n", "documento rifiutato", "MB", "picco RSS MB", "rapporto", "uscita");
    for (const Caso& c : casi) {
        std::size_t dimensione = 0;
        {
            // Written, then freed before the child is forked: a forked child
            // starts with its parent's resident pages in its own peak.
            std::string testo = documento(array_di(c.chiave, c.elemento, byte));
            dimensione = testo.size();
            std::ofstream f(modello, std::ios::binary | std::ios::trunc);
            f << testo;
        }
        int uscita = -1;
        const long long p = picco(argv[1], modello, uscita);
        const double rapporto = static_cast<double>(p) / static_cast<double>(dimensione);
        const bool fuori = c.limitato && (p < 0 || rapporto > fattore || uscita != 2);
        std::printf("%-58s %8.1f %12.1f %7.2fx %6d%s\n", c.nome, static_cast<double>(dimensione) / 1e6,
                    static_cast<double>(p) / 1e6, rapporto, uscita, fuori ? "  OLTRE IL LIMITE" : "");
        if (fuori) esito = 1;
    }
    unlink(modello);
    return esito;
}
