// The CSV report through LibreOffice Calc: converted to .xlsx with the
// import options an Italian user gets (';', UTF-8, Italian locale), the
// sheet read back: every objective's weight and points are numeric cells
// with the right value, every text cell has its accents.
// Usage: perfpa_prova_calc PERFPA_BINARY CMAKE WORK_DIR. Exit 77 when no LibreOffice.
#include "comune.hpp"

#include <cmath>
#include <cstring>
#include <map>
#include <regex>

namespace {

std::string xml_testo(std::string s) {
    for (auto [da, a] : {std::pair{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}}) {
        for (std::size_t i = s.find(da); i != std::string::npos; i = s.find(da, i + 1)) s.replace(i, std::strlen(da), a);
    }
    return s;
}

struct Cella {
    bool numero = false;
    std::string valore;
};

// The cells of the first sheet of an unpacked .xlsx, by reference ("A1").
std::map<std::string, Cella> celle(const std::filesystem::path& dir) {
    std::vector<std::string> condivise;
    const std::string ss = prova::leggi(dir / "xl" / "sharedStrings.xml");
    const std::regex si("<si>(.*?)</si>"), t("<t[^>]*>([^<]*)</t>");
    for (std::sregex_iterator i(ss.begin(), ss.end(), si), fine; i != fine; ++i) {
        std::string testo;
        const std::string corpo = (*i)[1];
        for (std::sregex_iterator j(corpo.begin(), corpo.end(), t); j != fine; ++j) testo += (*j)[1];
        condivise.push_back(xml_testo(testo));
    }
    std::map<std::string, Cella> out;
    const std::string foglio = prova::leggi(dir / "xl" / "worksheets" / "sheet1.xml");
    const std::regex c("<c r=\"([A-Z]+[0-9]+)\"([^>]*?)(/>|>(.*?)</c>)");
    const std::regex v("<v>([^<]*)</v>");
    for (std::sregex_iterator i(foglio.begin(), foglio.end(), c), fine; i != fine; ++i) {
        const std::string attributi = (*i)[2], corpo = (*i)[4];
        std::smatch m;
        if (!std::regex_search(corpo, m, v)) continue;
        Cella x;
        if (attributi.find("t=\"s\"") != std::string::npos) x.valore = condivise.at(std::stoul(m[1]));
        else if (attributi.find("t=\"") == std::string::npos || attributi.find("t=\"n\"") != std::string::npos) {
            x.numero = true;
            x.valore = m[1];
        } else x.valore = xml_testo(m[1]);
        out[(*i)[1]] = x;
    }
    return out;
}

bool numero_uguale(const Cella& c, std::int64_t centesimi) {
    return c.numero && std::abs(std::stod(c.valore) * 100 - static_cast<double>(centesimi)) < 1e-6;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "uso: perfpa_prova_calc PERFPA CMAKE CARTELLA\n";
        return prova::fallito;
    }
    const auto soffice = prova::trova({"soffice", "libreoffice"});
    if (!soffice) {
        std::cout << "SKIP: LibreOffice non installato (Debian: apt-get install libreoffice-calc-nogui)\n";
        return prova::saltato;
    }
    namespace fs = std::filesystem;
    const fs::path dir = fs::absolute(argv[3]);
    fs::remove_all(dir);
    fs::create_directories(dir / "xlsx");
    prova::Esito e;
    const fs::path csv = dir / "leverano.csv";
    e.verifica(prova::esegui(prova::q(argv[1]) + " report --format csv " +
                             prova::q(std::string(PERFPA_DATA_DIR) + "/leverano-2023.json") + " -o " +
                             prova::q(csv.string())),
               "perfpa report --format csv");
    // CSV filter options: separator 59 (';'), text delimiter 34 ('"'), charset 76 (UTF-8), from line 1,
    // default column formats, language 1040 (it-IT: ',' is the decimal separator).
    e.verifica(prova::esegui(prova::q(*soffice) + " --headless --norestore -env:UserInstallation=file://" +
                             (dir / "profilo").string() + " --infilter=CSV:59,34,76,1,,1040 --convert-to xlsx --outdir " +
                             prova::q(dir.string()) + " " + prova::q(csv.string()) + " > /dev/null 2>&1"),
               "libreoffice --convert-to xlsx");
    e.verifica(prova::esegui("cd " + prova::q((dir / "xlsx").string()) + " && " + prova::q(argv[2]) +
                             " -E tar xf ../leverano.xlsx"),
               "estrazione del file .xlsx");
    if (e.fallimenti) return e.codice();

    const auto c = celle(dir / "xlsx");
    e.verifica(c.count("A1") && c.at("A1").valore == "Settore", "A1 = Settore (la BOM non finisce nella cella)");
    e.verifica(c.count("F1") && c.at("F1").valore == "Grado (%)", "F1 = Grado (%)");
    int riga = 2;
    for (const auto& s : prova::leverano().settori)
        for (const auto& o : s.obiettivi) {
            const std::string r = std::to_string(riga++);
            const std::string cosa = "riga " + r + " (" + o.id + ")";
            e.verifica(c.count("A" + r) && c.at("A" + r).valore == s.denominazione, cosa + ": settore con gli accenti");
            e.verifica(c.count("C" + r) && c.at("C" + r).valore == o.id, cosa + ": obiettivo");
            e.verifica(c.count("E" + r) && numero_uguale(c.at("E" + r), o.peso.centesimi()),
                       cosa + ": peso numerico " + perfpa::formatta_peso(o.peso));
            e.verifica(c.count("H" + r) && numero_uguale(c.at("H" + r), o.contributo ? o.contributo->centesimi() : -1),
                       cosa + ": punti numerici");
        }
    e.verifica(!c.count("A" + std::to_string(riga)), "nessuna riga oltre gli obiettivi");
    return e.codice();
}
