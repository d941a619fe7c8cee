// Checks every link of the given Markdown files: each `[text](target)` and
// `![alt](target)` outside code must name a file or folder inside the
// repository (relative to the file that links it; an `#anchor` after it is
// ignored). A link to the web, an absolute path or a path out of the
// repository (`../shared/…`) is an error: a clone must be complete.
//
//   perfpa_docs_collegamenti REPOSITORY FILE.md|FOLDER…   (a folder: each of its *.md)
#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;

namespace {

// The line without its inline code spans (`…`), which hold no links.
std::string senza_codice(std::string_view riga) {
    std::string out;
    std::size_t i = 0;
    while (i < riga.size()) {
        if (riga[i] != '`') {
            out += riga[i++];
            continue;
        }
        std::size_t n = 0; // a span opens and closes with the same number of backticks
        while (i + n < riga.size() && riga[i + n] == '`') ++n;
        const std::size_t chiusa = riga.find(std::string(n, '`'), i + n);
        if (chiusa == std::string_view::npos) {
            out.append(riga.substr(i)); // an unmatched backtick is text
            break;
        }
        i = chiusa + n;
    }
    return out;
}

bool dentro(const fs::path& radice, const fs::path& p) {
    const auto r = radice.lexically_normal().generic_string(), x = p.lexically_normal().generic_string();
    return x == r || (x.size() > r.size() && x.compare(0, r.size(), r) == 0 && (r.back() == '/' || x[r.size()] == '/'));
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "uso: perfpa_docs_collegamenti RADICE FILE.md…\n";
        return 2;
    }
    const fs::path radice = fs::weakly_canonical(argv[1]);
    // The files: those named, and every *.md of a folder named (read now, so
    // that a page added later is checked without configuring again).
    std::vector<fs::path> files;
    for (int k = 2; k < argc; ++k) {
        const fs::path p = fs::weakly_canonical(argv[k]);
        if (!fs::is_directory(p)) {
            files.push_back(p);
            continue;
        }
        std::vector<fs::path> pagine;
        for (const auto& voce : fs::directory_iterator(p))
            if (voce.path().extension() == ".md") pagine.push_back(voce.path());
        std::sort(pagine.begin(), pagine.end());
        files.insert(files.end(), pagine.begin(), pagine.end());
    }
    int errori = 0, controllati = 0;
    for (const fs::path& file : files) {
        std::ifstream in(file);
        if (!in) {
            std::cerr << file.string() << ": impossibile leggere il file\n";
            return 2;
        }
        bool in_blocco = false;
        std::size_t numero = 0;
        for (std::string riga; std::getline(in, riga);) {
            ++numero;
            const auto inizio = riga.find_first_not_of(' ');
            if (inizio != std::string::npos && riga.compare(inizio, 3, "```") == 0) {
                in_blocco = !in_blocco;
                continue;
            }
            if (in_blocco) continue;
            const std::string testo = senza_codice(riga);
            for (std::size_t p = testo.find("]("); p != std::string::npos; p = testo.find("](", p + 2)) {
                const std::size_t fine = testo.find(')', p + 2);
                if (fine == std::string::npos) break;
                std::string bersaglio = testo.substr(p + 2, fine - p - 2);
                const std::string dove = file.string() + ":" + std::to_string(numero) + ": (" + bersaglio + ")";
                ++controllati;
                if (bersaglio.empty()) {
                    std::cerr << dove << ": collegamento vuoto\n";
                    ++errori;
                    continue;
                }
                if (bersaglio[0] == '#') continue; // a heading of the same page
                if (bersaglio.find("://") != std::string::npos || bersaglio.rfind("mailto:", 0) == 0) {
                    std::cerr << dove << ": collegamento fuori dal repository\n";
                    ++errori;
                    continue;
                }
                if (const auto h = bersaglio.find('#'); h != std::string::npos) bersaglio.resize(h);
                const fs::path percorso(bersaglio);
                if (percorso.is_absolute()) {
                    std::cerr << dove << ": percorso assoluto, non relativo al file\n";
                    ++errori;
                    continue;
                }
                const fs::path risolto = (file.parent_path() / percorso).lexically_normal();
                if (!dentro(radice, risolto)) {
                    std::cerr << dove << ": esce dal repository (" << risolto.generic_string() << ")\n";
                    ++errori;
                } else if (!fs::exists(risolto)) {
                    std::cerr << dove << ": il file non esiste (" << risolto.generic_string() << ")\n";
                    ++errori;
                }
            }
        }
        if (in_blocco) {
            std::cerr << file.string() << ": un blocco di codice (```) non è chiuso\n";
            ++errori;
        }
    }
    std::cout << controllati << " collegamenti controllati in " << files.size() << " file, " << errori << " errati\n";
    return errori == 0 ? 0 : 1;
}
