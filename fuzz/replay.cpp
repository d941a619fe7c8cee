// Replays saved inputs through a fuzz target's entry function, without
// libFuzzer: each argument is a file, or a folder whose files are replayed
// in name order. Built with the project's compiler in every preset (dev,
// asan), so the regression corpus (fuzz/regressions/<target>/) and the
// seed corpus run under ctest. A failing input aborts, naming the file.
// Linked with tutti.cpp, the target is chosen by PERFPA_FUZZ_BERSAGLIO, read
// by LLVMFuzzerInitialize; linked with one target's file, it is that one.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* dati, std::size_t n);
// Optional, as for libFuzzer: defined by tutti.cpp, absent from a single target.
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

int main(int argc, char** argv) {
    if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
    std::vector<std::filesystem::path> file;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path p = argv[i];
        if (std::filesystem::is_directory(p)) {
            std::vector<std::filesystem::path> dentro;
            for (const auto& e : std::filesystem::directory_iterator(p))
                if (e.is_regular_file() && e.path().filename().string()[0] != '.') dentro.push_back(e.path());
            std::sort(dentro.begin(), dentro.end());
            file.insert(file.end(), dentro.begin(), dentro.end());
        } else if (std::filesystem::is_regular_file(p)) {
            file.push_back(p);
        } else {
            std::fprintf(stderr, "replay: %s non esiste\n", argv[i]);
            return 2;
        }
    }
    for (const auto& p : file) {
        std::ifstream f(p, std::ios::binary);
        const std::string dati{std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
        std::fprintf(stderr, "replay: %s (%zu byte)\n", p.string().c_str(), dati.size());
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(dati.data()), dati.size());
    }
    std::printf("replay: %zu input, nessun problema\n", file.size());
    return 0;
}
