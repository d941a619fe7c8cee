// perfpa command-line tool — batch processing: many documents on all cores.
#ifndef PERFPA_CLI_LOTTO_HPP
#define PERFPA_CLI_LOTTO_HPP

#include "comandi.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <functional>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace perfpa::cli {

/** What processing one document produced: its output, its diagnostics and its exit code. */
struct EsitoDocumento {
    std::string out;
    std::string err;
    int codice = uscita_ok;
};

/** One document of a batch: its name (the path, or `-:N` for line N of standard input) and its text. */
struct Documento {
    std::string nome;
    std::string testo;
    bool da_leggere = false; ///< a file not read yet (the worker that takes it reads it)
};

/**
 * Runs `elabora` on every document named by `percorsi` (a path, or `-` for
 * NDJSON on standard input: one document per line, named `-:1`, `-:2`, …),
 * on `thread` worker threads, and prints the outputs in input order. The
 * documents are taken in windows of a few per thread, so memory stays
 * bounded by the largest documents in flight, not by the batch. A document
 * that cannot be read or decoded is reported and the others go on. Returns
 * the largest exit code of the batch.
 */
inline int elabora_lotto(const std::vector<std::string_view>& percorsi, Contesto& c,
                         const std::function<EsitoDocumento(const Documento&)>& elabora, unsigned thread = 0) {
    if (thread == 0) thread = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t finestra = static_cast<std::size_t>(thread) * 4;
    int codice = uscita_ok;
    std::vector<Documento> documenti;
    std::vector<EsitoDocumento> esiti;

    auto svuota = [&] {
        esiti.assign(documenti.size(), {});
        std::atomic<std::size_t> prossimo{0};
        auto lavora = [&] {
            for (std::size_t i = prossimo++; i < documenti.size(); i = prossimo++) {
                Documento& d = documenti[i];
                if (d.da_leggere) {
                    // Files are read by the workers, so reading overlaps with processing.
                    std::string perche;
                    auto testo = leggi_contenuto(d.nome, perche);
                    if (!testo) {
                        esiti[i] = {"", perche + "\n", uscita_ingresso};
                        continue;
                    }
                    d.testo = std::move(*testo);
                }
                // Nothing may escape a thread (std::terminate): a document that
                // fails in an unforeseen way is reported, and the others go on.
                try {
                    esiti[i] = elabora(d);
                } catch (const std::bad_alloc&) {
                    esiti[i] = {"", "perfpa: " + d.nome + ": memoria insufficiente per elaborare il documento\n",
                                uscita_ingresso};
                } catch (const std::exception& e) {
                    esiti[i] = {"", "perfpa: errore interno su " + d.nome + ": " + e.what() + "\n", uscita_ingresso};
                }
                std::string().swap(d.testo); // release the text as soon as it is processed
            }
        };
        const unsigned n = static_cast<unsigned>(std::min<std::size_t>(thread, documenti.size()));
        std::vector<std::thread> lavoratori;
        for (unsigned k = 1; k < n; ++k) lavoratori.emplace_back(lavora);
        lavora();
        for (auto& t : lavoratori) t.join();
        for (const auto& e : esiti) {
            c.out << e.out;
            c.err << e.err;
            codice = std::max(codice, e.codice);
        }
        c.out.flush();
        documenti.clear();
    };

    if (!trattino_una_volta(percorsi, std::nullopt, c)) return uscita_ingresso;
    for (std::string_view p : percorsi) {
        if (p == "-") {
            // One document per line, each read with the size limit; a read
            // error is an error, never the end of the input.
            std::optional<Sorgente> s;
            if (c.fd_in >= 0) s.emplace(c.fd_in);
            else s.emplace(c.in);
            RigheNdjson righe(*s, limite_ingresso());
            std::string riga;
            std::size_t n = 0, documenti_letti = 0;
            for (;;) {
                const auto esito = righe.prossima(riga, n);
                if (esito == RigheNdjson::Esito::fine) break;
                // A read error, or a line past the limit (whose end may never
                // come: /dev/zero), ends the input: the documents before it
                // are processed, the rest is not read.
                if (esito == RigheNdjson::Esito::errore) {
                    if (!documenti.empty()) svuota();
                    c.err << "perfpa: impossibile leggere lo standard input dopo la riga " << n << ": "
                          << *s->errore << "\n";
                    return uscita_ingresso;
                }
                if (esito == RigheNdjson::Esito::troppo_lunga) {
                    if (!documenti.empty()) svuota();
                    c.err << troppo_grande("la riga " + std::to_string(n) + " dello standard input (-:" +
                                               std::to_string(n) + ")",
                                           std::nullopt, limite_ingresso())
                          << ": le righe seguenti non sono lette\n";
                    return uscita_ingresso;
                }
                if (riga.find_first_not_of(" \t\r") == std::string::npos) continue;
                ++documenti_letti;
                documenti.push_back({"-:" + std::to_string(n), std::move(riga)});
                if (documenti.size() >= finestra) svuota();
            }
            if (documenti_letti == 0) {
                if (!documenti.empty()) svuota();
                c.err << "perfpa: lo standard input è vuoto: atteso almeno un documento JSON (uno per riga)\n";
                return uscita_ingresso;
            }
            continue;
        }
        documenti.push_back({std::string(p), {}, true});
        if (documenti.size() >= finestra) svuota();
    }
    if (!documenti.empty()) svuota();
    return codice;
}

/** Every decoding error of a document, one per line, for people. */
inline std::string testo_errori(std::string_view nome, const ErroriDecodifica& e) {
    std::string s = intestazione_errori(nome, e.numero());
    for (const auto& x : e.errori) s += "  " + x.testo() + "\n";
    return s;
}

} // namespace perfpa::cli

#endif
