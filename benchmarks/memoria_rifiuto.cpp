// The memory a refused document costs: peak RSS of `perfpa check` on a
// document of N MB that the decoder refuses, as a multiple of its size.
//
//   perfpa_memoria_rifiuto PERFPA [MB=60] [FATTORE=3] [CASI=all]
//
// Writes each document to a temporary file, runs `PERFPA check FILE` in a
// child process and reads the child's peak resident set size (wait4's
// ru_maxrss) and how long it took. Prints one row per document; exits 1
// when a document marked as bounded is not refused (exit 2) or peaks above
// FATTORE times its size (docs/robustness.md). CASI: only the first CASI
// documents; by default every one (ctest, tests/cli: every one, on 60 MB).
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace {

// A valid Relazione's text in three parts: before its "settori" key, its settori, after them.
const std::string inizio =
    R"({"formato":"perfpa.relazione/1","anno":2023,"ente":{"denominazione":"Comune di Prova","tipo":"comune"},)";
const std::string settore =
    R"({"id":"s1","denominazione":"Settore uno","responsabile":{"nome":"Mario Rossi"},"peso":30,)"
    R"("obiettivi":[{"id":"s1-1","descrizione":"Primo","peso":30,"indicatori":[{"descrizione":"Fatto",)"
    R"("misura":"binaria","valore_atteso":true}]}]})";

// `[e,e,e,…]` of about `byte` bytes.
std::string array_di(const std::string& elemento, std::size_t byte) {
    std::string s = "[";
    s.reserve(byte + 64);
    while (s.size() + elemento.size() + 1 < byte) s += elemento + ",";
    return s + elemento + "]";
}

// `"k0":0,"k1":0,…,` of about `byte` bytes: distinct keys.
std::string chiavi_di(std::size_t byte) {
    std::string s;
    s.reserve(byte + 64);
    for (std::size_t i = 0; s.size() < byte; ++i) s += "\"k" + std::to_string(i) + "\":0,";
    return s;
}

// A document: `prima + [elemento,elemento,…] + dopo`, the array of about the document's size;
// with `chiavi`, `prima + "k0":0,"k1":0,… + dopo` instead.
struct Caso {
    const char* nome;
    std::string prima, elemento, dopo;
    bool limitato; // held to the bound
    bool chiavi = false;
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
    const double mb = argc > 2 ? std::strtod(argv[2], nullptr) : 60;
    const double fattore = argc > 3 ? std::strtod(argv[3], nullptr) : 3.0;
    const auto byte = static_cast<std::size_t>(mb * 1e6);
    const std::string fine_settori = R"("settori":[)" + settore + "]}";
    // An IndagineSoddisfazione whose "suggerimenti" (strings) are the array.
    const std::string indagine = R"("settori":[)" + settore + R"(],"indagini_soddisfazione":[{"strumento":"Questionario","suggerimenti":)";
    // A Settore whose "obiettivi" (objects) are the array: a wrong kind below a right one.
    const std::string settore_aperto =
        R"("settori":[{"id":"s1","denominazione":"Settore uno","responsabile":{"nome":"Mario Rossi"},"peso":30,"obiettivi":)";
    std::vector<Caso> casi = {
        {"chiave sconosciuta: un array di zeri", inizio + R"("sconosciuta":)", "0", "," + fine_settori, true},
        {"chiave sconosciuta: un array di oggetti", inizio + R"("sconosciuta":)", R"({"a":[1,2],"b":"x"})",
         "," + fine_settori, true},
        {"un array dove il formato vuole un oggetto (approvazione)", inizio + R"("approvazione":)",
         "[0,0,0,0,0,0,0,0]", "," + fine_settori, true},
        {"settori: un array di zeri", inizio + R"("settori":)", "0", "}", true},
        {"settori: un array di null", inizio + R"("settori":)", "null", "}", true},
        {"settori: un array di stringhe", inizio + R"("settori":)", R"("settore")", "}", true},
        {"settori: un array di array", inizio + R"("settori":)", "[0,[1]]", "}", true},
        {"suggerimenti: numeri dove vuole stringhe", inizio + indagine, "12.5", "}]}", true},
        {"suggerimenti: oggetti dove vuole stringhe", inizio + indagine, R"({"a":1})", "}]}", true},
        {"obiettivi di un settore: un array di zeri", inizio + settore_aperto, "0", "}]}", true},
        {"chiave sconosciuta: oggetti con una chiave ripetuta", inizio + R"("sconosciuta":)", R"({"a":0,"a":0})",
         "," + fine_settori, true},
        {"settori: oggetti vuoti (del tipo giusto, errori dentro)", inizio + R"("settori":)", "{}", "}", true},
        {"chiavi sconosciute distinte nella radice", "{", "", inizio.substr(1) + fine_settori, true, true},
        {"chiave sconosciuta: un oggetto di chiavi distinte", inizio + R"("sconosciuta":{)", "",
         R"("fine":0},)" + fine_settori, true, true},
    };
    if (argc > 4) casi.resize(std::min<std::size_t>(casi.size(), std::strtoul(argv[4], nullptr, 10)));
    char modello[] = "/tmp/perfpa_memoria_XXXXXX";
    const int fd = mkstemp(modello);
    if (fd < 0) return 2;
    close(fd);
    int esito = 0;
    std::printf("%-58s %8s %12s %8s %6s %7s\n", "documento rifiutato", "MB", "picco RSS MB", "rapporto", "uscita", "tempo s");
    for (const Caso& c : casi) {
        std::size_t dimensione = 0;
        {
            // Written, then freed before the child is forked: a forked child
            // starts with its parent's resident pages in its own peak.
            std::string testo = c.prima + (c.chiavi ? chiavi_di(byte) : array_di(c.elemento, byte)) + c.dopo;
            dimensione = testo.size();
            std::ofstream f(modello, std::ios::binary | std::ios::trunc);
            f << testo;
        }
        int uscita = -1;
        const auto t0 = std::chrono::steady_clock::now();
        const long long p = picco(argv[1], modello, uscita);
        const double secondi = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        const double rapporto = static_cast<double>(p) / static_cast<double>(dimensione);
        const bool fuori = c.limitato && (p < 0 || rapporto > fattore || uscita != 2);
        std::printf("%-58s %8.1f %12.1f %7.2fx %6d %7.1f%s\n", c.nome, static_cast<double>(dimensione) / 1e6,
                    static_cast<double>(p) / 1e6, rapporto, uscita, secondi, fuori ? "  OLTRE IL LIMITE" : "");
        std::fflush(stdout);
        if (fuori) esito = 1;
    }
    unlink(modello);
    return esito;
}
