// The Leverano HTML report in headless Chromium: the page renders (a
// screenshot that is not blank) and its DOM holds every settore's name and
// score. Usage: perfpa_prova_chromium PERFPA_BINARY WORK_DIR
// With a third argument `personale`: the evaluation sheets of the bundled
// staff document (perfpa report --personale): a screenshot of the first
// sheet, not blank, and the sheets' text (one per person, the first
// person's figures and arithmetic, the review's outcome).
// With `premi`: the staff's bonus section of the main report (perfpa report
// --personale … --criteri … --pubblicazione): the section alone on screen,
// its chart and tables holding the figures of the split the library
// computes, and no one's name.
// Exit 77 when no Chromium is installed.
#include "comune.hpp"

#include <perfpa/scoring.hpp>

#include <boost/beast/zlib/inflate_stream.hpp>

#include <cstdint>
#include <set>

namespace {

std::uint32_t be32(const std::string& s, std::size_t i) {
    return (std::uint32_t(std::uint8_t(s[i])) << 24) | (std::uint32_t(std::uint8_t(s[i + 1])) << 16) |
           (std::uint32_t(std::uint8_t(s[i + 2])) << 8) | std::uint32_t(std::uint8_t(s[i + 3]));
}

struct Immagine {
    std::uint32_t larghezza = 0, altezza = 0, canali = 0;
    std::vector<std::uint8_t> pixel; // unfiltered, row by row
};

// Decodes an 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes).
std::optional<Immagine> decodifica_png(const std::string& png) {
    if (png.size() < 33 || png.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0) return std::nullopt;
    Immagine im;
    std::string idat;
    for (std::size_t i = 8; i + 8 <= png.size();) {
        const std::uint32_t n = be32(png, i);
        const std::string tipo = png.substr(i + 4, 4);
        if (i + 12 + n > png.size()) return std::nullopt;
        if (tipo == "IHDR") {
            im.larghezza = be32(png, i + 8);
            im.altezza = be32(png, i + 12);
            const int profondita = std::uint8_t(png[i + 16]), colore = std::uint8_t(png[i + 17]);
            if (profondita != 8 || (colore != 2 && colore != 6) || png[i + 20] != 0) return std::nullopt;
            im.canali = colore == 6 ? 4 : 3;
        } else if (tipo == "IDAT") {
            idat += png.substr(i + 8, n);
        }
        i += 12 + n;
    }
    const std::size_t riga = std::size_t(im.larghezza) * im.canali;
    std::vector<std::uint8_t> grezzi((riga + 1) * im.altezza);
    boost::beast::zlib::inflate_stream zs; // raw deflate: skip the 2-byte zlib header
    boost::beast::zlib::z_params p;
    p.next_in = idat.data() + 2;
    p.avail_in = idat.size() - 2;
    p.next_out = grezzi.data();
    p.avail_out = grezzi.size();
    boost::system::error_code ec;
    zs.write(p, boost::beast::zlib::Flush::finish, ec);
    if (p.total_out != grezzi.size()) return std::nullopt;
    im.pixel.resize(riga * im.altezza);
    for (std::size_t y = 0; y < im.altezza; ++y) {
        const std::uint8_t filtro = grezzi[y * (riga + 1)];
        const std::uint8_t* in = &grezzi[y * (riga + 1) + 1];
        std::uint8_t* out = &im.pixel[y * riga];
        const std::uint8_t* su = y ? &im.pixel[(y - 1) * riga] : nullptr;
        for (std::size_t x = 0; x < riga; ++x) {
            const int a = x >= im.canali ? out[x - im.canali] : 0, b = su ? su[x] : 0,
                      c = su && x >= im.canali ? su[x - im.canali] : 0;
            int v = in[x];
            switch (filtro) {
            case 0: break;
            case 1: v += a; break;
            case 2: v += b; break;
            case 3: v += (a + b) / 2; break;
            case 4: {
                const int pp = a + b - c, pa = std::abs(pp - a), pb = std::abs(pp - b), pc = std::abs(pp - c);
                v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
                break;
            }
            default: return std::nullopt;
            }
            out[x] = static_cast<std::uint8_t>(v);
        }
    }
    return im;
}

// Counts the occurrences of `cosa` in `testo`.
std::size_t conta(const std::string& testo, const std::string& cosa) {
    std::size_t n = 0;
    for (std::size_t i = testo.find(cosa); i != std::string::npos; i = testo.find(cosa, i + cosa.size())) ++n;
    return n;
}

// Opens `pagina` in headless Chromium at `larghezza`×`altezza`: takes a
// screenshot, checks that it has those dimensions and is not blank (at least
// `colori_minimi` colours, at least 10% of pixels not white), and returns the
// rendered DOM's text.
std::string mostra(const std::string& chromium, const std::filesystem::path& dir, const std::filesystem::path& pagina,
                   std::uint32_t larghezza, std::uint32_t altezza, std::size_t colori_minimi, prova::Esito& e) {
    namespace fs = std::filesystem;
    const fs::path png = fs::path(pagina).replace_extension(".png"), dom = dir / "dom.html";
    const std::string opzioni = " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
                                "--disable-background-networking --disable-component-update --disable-sync "
                                "--hide-scrollbars --user-data-dir=" + prova::q((dir / "profilo").string());
    const std::string url = prova::q("file://" + fs::absolute(pagina).string());
    const std::string dimensioni = std::to_string(larghezza) + "×" + std::to_string(altezza);
    e.verifica(prova::esegui(prova::q(chromium) + opzioni + " --window-size=" + std::to_string(larghezza) + "," +
                             std::to_string(altezza) + " --screenshot=" + prova::q(png.string()) + " " + url +
                             " > /dev/null 2>&1"),
               "chromium --screenshot");
    e.verifica(prova::esegui(prova::q(chromium) + opzioni + " --dump-dom " + url + " > " + prova::q(dom.string()) +
                             " 2>/dev/null"),
               "chromium --dump-dom");
    const auto im = decodifica_png(prova::leggi(png));
    e.verifica(im.has_value(), "lo screenshot è un PNG leggibile");
    if (im) {
        e.verifica(im->larghezza == larghezza && im->altezza == altezza, "dimensioni " + dimensioni);
        std::set<std::uint32_t> colori;
        std::size_t non_bianchi = 0;
        for (std::size_t i = 0; i + 2 < im->pixel.size(); i += im->canali) {
            const std::uint32_t rgb = (std::uint32_t(im->pixel[i]) << 16) | (im->pixel[i + 1] << 8) | im->pixel[i + 2];
            colori.insert(rgb);
            non_bianchi += rgb != 0xFFFFFF;
        }
        const std::size_t totale = std::size_t(im->larghezza) * im->altezza;
        std::cout << colori.size() << " colori, " << non_bianchi * 100 / totale << "% di pixel non bianchi\n";
        e.verifica(colori.size() >= colori_minimi,
                   "almeno " + std::to_string(colori_minimi) + " colori diversi (testo, intestazione, tabelle)");
        e.verifica(non_bianchi * 10 >= totale, "almeno il 10% dei pixel non è bianco");
    }
    return prova::leggi(dom);
}

// The staff's evaluation sheets: the first sheet on screen, every sheet in the DOM.
int prova_schede(const std::string& perfpa, const std::filesystem::path& dir, const std::string& chromium) {
    namespace fs = std::filesystem;
    fs::remove_all(dir);
    fs::create_directories(dir / "profilo");
    const fs::path pagina = dir / "schede.html";
    const std::string dati = PERFPA_DATA_DIR;
    prova::Esito e;
    e.verifica(prova::esegui(prova::q(perfpa) + " report --format html --personale " +
                             prova::q(dati + "/personale-esempio.json") + " --smvp " +
                             prova::q(dati + "/smvp-personale-esempio.json") + " " +
                             prova::q(dati + "/leverano-2023.json") + " -o " + prova::q(pagina.string())),
               "perfpa report --personale --format html");
    // 1100×1500: the first sheet (Alessandra Puglisi's) fills the screen.
    const std::string testo = mostra(chromium, dir, pagina, 1100, 1500, 30, e);
    const std::size_t prima = testo.find("<section class=\"scheda\""),
                      seconda = prima == std::string::npos ? prima : testo.find("<section class=\"scheda\"", prima + 1);
    e.verifica(conta(testo, "<section class=\"scheda\"") == 25, "una scheda per ciascuno dei 25 dipendenti");
    const std::string scheda1 = prima == std::string::npos ? std::string() : testo.substr(prima, seconda - prima);
    for (const std::string atteso :
         {"Alessandra Puglisi", "segretario", "Programmazione", "01.01.2023", "31.12.2023", "<b>97,60</b>",
          "fascia A", "(40×100 + 30×90 + 30×100) / 100 × 30 / 100 = 29,10", "(50×5 + 50×4,5) / (5 × 100) × 30 = 28,50",
          "Nessun contraddittorio richiesto", "Il dipendente, per presa visione"})
        e.verifica(scheda1.find(atteso) != std::string::npos, "la prima scheda contiene «" + atteso + "»");
    // The concluded review's outcome and the self-evaluation beside the evaluator's, on 0802's sheet.
    const std::size_t i0802 = testo.find("id=\"dipendente-0802\"");
    e.verifica(i0802 != std::string::npos &&
                   testo.find("Contraddittorio concluso il 12.03.2024: valori rivisti (obiettivo 0802-cantieri: 80%",
                              i0802) != std::string::npos,
               "la scheda di 0802 riporta l'esito del contraddittorio");
    e.verifica(testo.find("non valutato") != std::string::npos &&
                   testo.find("47 giorni di servizio nel 2023, meno dei 60 richiesti dallo SMVP") != std::string::npos,
               "la scheda di chi non è valutato dice perché");
    return e.codice();
}

// The staff's bonus section of the main report: the section on its own page
// (the report's <head>, so its styles, and the section alone) on screen; its
// figures against the split and publication table the library computes on the
// same documents; no one's name or id in it.
int prova_premi(const std::string& perfpa, const std::filesystem::path& dir, const std::string& chromium) {
    namespace fs = std::filesystem;
    fs::remove_all(dir);
    fs::create_directories(dir / "profilo");
    const std::string dati = PERFPA_DATA_DIR;
    const std::string personale = dati + "/personale-esempio-premi.json", smvp = dati + "/smvp-personale-esempio.json",
                      criteri = dati + "/criteri-esempio.json", relazione = dati + "/leverano-2023-validata-esempio.json";
    const fs::path report = dir / "report.html", pagina = dir / "premi.html";
    prova::Esito e;
    e.verifica(prova::esegui(prova::q(perfpa) + " report --format html --personale " + prova::q(personale) +
                             " --smvp " + prova::q(smvp) + " --criteri " + prova::q(criteri) + " --pubblicazione " +
                             prova::q(relazione) + " -o " + prova::q(report.string())),
               "perfpa report --personale --criteri --pubblicazione --format html");
    const std::string html = prova::leggi(report);
    const std::size_t corpo = html.find("<body>"), inizio = html.find("<section id=\"premi-personale\">"),
                      fine = inizio == std::string::npos ? inizio : html.find("</section>", inizio);
    e.verifica(corpo != std::string::npos && inizio != std::string::npos && fine != std::string::npos,
               "il report contiene la sezione dei premi del personale");
    if (corpo == std::string::npos || fine == std::string::npos) return e.codice();
    std::ofstream(pagina, std::ios::binary) << html.substr(0, corpo + 6) << "<main>"
                                            << html.substr(inizio, fine + 10 - inizio) << "</main></body></html>\n";
    // 1100×1300: the whole section (chart, two tables, counts) fits on screen.
    const std::string testo = mostra(chromium, dir, pagina, 1100, 1300, 30, e);

    const auto p = perfpa::json::decodifica_personale(prova::leggi(personale)).value();
    const auto s = perfpa::json::decodifica_smvp(prova::leggi(smvp)).value();
    const auto c = perfpa::json::decodifica_criteri_premi(prova::leggi(criteri)).value();
    const auto r = perfpa::json::decodifica_relazione(prova::leggi(relazione)).value();
    const auto ripartizione = perfpa::ripartisci_premi_personale(p, r, s, c);
    e.verifica(ripartizione.has_value(), "la libreria ripartisce il fondo sugli stessi documenti");
    if (!ripartizione) return e.codice();
    const perfpa::PubblicazionePremi pub = perfpa::pubblicazione_premi(*ripartizione);
    for (const perfpa::Importo i : {pub.fondo, pub.distribuito, pub.non_distribuito})
        e.verifica(testo.find("<b>" + perfpa::formatta_importo(i) + "</b>") != std::string::npos,
                   "la sezione riporta " + perfpa::formatta_importo(i));
    e.verifica(conta(testo, "<g class=\"fascia-premi\">") == pub.fasce.size(),
               "il grafico ha una barra per ciascuna delle " + std::to_string(pub.fasce.size()) + " fasce");
    for (const perfpa::RigaPubblicazione& f : pub.fasce)
        e.verifica(testo.find("<tr><td>fascia " + f.nome + "</td><td class=\"n\">" + std::to_string(f.persone) +
                              "</td><td class=\"n\">" + perfpa::formatta_importo(f.totale) + "</td>") !=
                       std::string::npos,
                   "la tabella per fascia: fascia " + f.nome + ", " + std::to_string(f.persone) + " dipendenti, " +
                       perfpa::formatta_importo(f.totale));
    for (const perfpa::RigaPubblicazione& k : pub.categorie)
        e.verifica(testo.find("<tr><td>" + k.nome + "</td><td class=\"n\">" + std::to_string(k.persone) + "</td>") !=
                       std::string::npos,
                   "la tabella per categoria: " + k.nome);
    for (const perfpa::Dipendente& d : p.dipendenti)
        e.verifica((!d.nome || testo.find(*d.nome) == std::string::npos) &&
                       testo.find("dipendente-" + d.id) == std::string::npos,
                   "nessun dato personale di " + d.id);
    return e.codice();
}

} // namespace

int main(int argc, char** argv) {
    const std::string modo = argc == 4 ? argv[3] : "";
    if (argc != 3 && !(argc == 4 && (modo == "personale" || modo == "premi"))) {
        std::cerr << "uso: perfpa_prova_chromium PERFPA CARTELLA [personale|premi]\n";
        return prova::fallito;
    }
    const auto chromium = prova::trova({"chromium", "chromium-browser", "google-chrome"});
    if (!chromium) {
        std::cout << "SKIP: Chromium non installato (Debian: apt-get install chromium)\n";
        return prova::saltato;
    }
    if (modo == "personale") return prova_schede(argv[1], argv[2], *chromium);
    if (modo == "premi") return prova_premi(argv[1], argv[2], *chromium);
    namespace fs = std::filesystem;
    const fs::path dir = argv[2];
    fs::remove_all(dir);
    fs::create_directories(dir / "profilo");
    const fs::path pagina = dir / "leverano.html";
    prova::Esito e;
    e.verifica(prova::esegui(prova::q(argv[1]) + " report --format html " +
                             prova::q(std::string(PERFPA_DATA_DIR) + "/leverano-2023.json") + " -o " +
                             prova::q(pagina.string())),
               "perfpa report --format html");
    // The screenshot is 1200×1600 and not blank: many colours (text, bars, header), much ink.
    const std::string testo = mostra(*chromium, dir, pagina, 1200, 1600, 50, e);

    // The rendered DOM holds each settore's name with its score after it (in the scores table).
    e.verifica(testo.find("<svg") != std::string::npos, "il DOM contiene il grafico SVG");
    for (const auto& s : prova::leverano().settori) {
        std::string nome;
        for (char c : s.denominazione) nome += c == '&' ? std::string("&amp;") : std::string(1, c);
        const std::size_t i = testo.find(nome);
        const std::string punti = perfpa::formatta_punti(s.punteggio.totale);
        e.verifica(i != std::string::npos && testo.find(punti, i) != std::string::npos &&
                       testo.find(punti, i) - i < nome.size() + 600,
                   "il settore «" + s.id + "» e il suo punteggio " + punti);
    }
    return e.codice();
}
