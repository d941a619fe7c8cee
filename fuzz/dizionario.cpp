// The fuzzing dictionary (fuzz/perfpa.dict) has every key of the format:
// each property of the JSON Schemas of a Relazione and of an SMVP appears
// in it as "\"key\":". Run by ctest; names the keys that are missing.
#include <perfpa/json/schema.hpp>

#include <boost/json/value.hpp>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

namespace {

void raccogli(const boost::json::value& v, std::set<std::string>& chiavi) {
    if (const auto* o = v.if_object()) {
        if (const auto* p = o->if_contains("properties"); p && p->is_object())
            for (const auto& [k, _] : p->as_object()) chiavi.insert(std::string(k));
        for (const auto& [_, dentro] : *o) raccogli(dentro, chiavi);
    } else if (const auto* a = v.if_array()) {
        for (const auto& dentro : *a) raccogli(dentro, chiavi);
    }
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) return 2;
    std::ifstream f(argv[1], std::ios::binary);
    const std::string dizionario{std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
    std::set<std::string> chiavi;
    raccogli(perfpa::json::schema_relazione(), chiavi);
    raccogli(perfpa::json::schema_smvp(), chiavi);
    raccogli(perfpa::json::schema_personale(), chiavi);
    raccogli(perfpa::json::schema_criteri_premi(), chiavi);
    int mancanti = 0;
    for (const auto& k : chiavi)
        if (dizionario.find("\"\\\"" + k + "\\\":\"") == std::string::npos) {
            std::printf("manca nel dizionario: %s\n", k.c_str());
            ++mancanti;
        }
    std::printf("%zu chiavi, %d mancanti\n", chiavi.size(), mancanti);
    return mancanti == 0 && chiavi.size() > 50 ? 0 : 1;
}
