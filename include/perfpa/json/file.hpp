// perfpa — reading a document from a file: `json::leggi_relazione(percorso)`,
// `json::leggi_smvp(percorso)`. The same result as decoding the file's text,
// with the file's name in the errors.
// Distributed under the Boost Software License, Version 1.0.
// `template <class L = void>` kept here: measured to pay (docs/performance.md, "Compile time").
#ifndef PERFPA_JSON_FILE_HPP
#define PERFPA_JSON_FILE_HPP

#include <perfpa/errori.hpp>
#include <perfpa/json/decodifica.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

namespace perfpa::json {

/**
 * Why a system call on a file failed, in Italian, for the causes a user can
 * meet reading or writing a document (`ENOENT`: "il file non esiste",
 * `ENOSPC`: "spazio esaurito sul dispositivo", …); any other `errno` as
 * "errore di sistema N (…)", with the C library's text.
 */
template <class L = void>
[[nodiscard]] std::string motivo_errore_sistema(int e) {
    switch (e) {
    case ENOENT: return "il file non esiste";
    case EACCES:
    case EPERM: return "permesso negato";
    case EISDIR: return "è una cartella, non un file";
    case EIO: return "errore di ingresso/uscita del dispositivo (EIO)";
    case ENOSPC: return "spazio esaurito sul dispositivo";
    case EDQUOT: return "quota disco superata";
    case EFBIG: return "file troppo grande per il file system o per i limiti del processo";
    case EROFS: return "file system in sola lettura";
    case ENOMEM: return "memoria insufficiente";
    case ELOOP: return "troppi collegamenti simbolici nel percorso";
    case ENOTDIR: return "un elemento del percorso non è una cartella";
    case ENAMETOOLONG: return "percorso troppo lungo";
    default: return "errore di sistema " + std::to_string(e) + " (" + std::strerror(e) + ")";
    }
}

namespace detail {

// The file's bytes, at most `massimo` + 1 of them (one more than the decoder
// accepts, so that it refuses a larger file with its own message without the
// whole file in memory); false with the reason, in Italian, when it cannot be
// read.
template <class L = void>
bool leggi_byte(const std::string& percorso, std::size_t massimo, std::string& out, std::string& motivo) {
    std::FILE* f = std::fopen(percorso.c_str(), "rb");
    if (!f) {
        motivo = motivo_errore_sistema<L>(errno);
        return false;
    }
    out.clear();
    char buf[65536];
    const std::size_t limite = massimo < static_cast<std::size_t>(-1) ? massimo + 1 : massimo;
    while (out.size() < limite) {
        const std::size_t voluti = std::min(sizeof buf, limite - out.size());
        const std::size_t letti = std::fread(buf, 1, voluti, f);
        out.append(buf, letti);
        if (letti < voluti) break;
    }
    const bool errore = std::ferror(f) != 0;
    if (errore) motivo = motivo_errore_sistema<L>(errno);
    std::fclose(f);
    return !errore;
}

template <class T, class L = void>
Risultato<T> leggi_documento(const std::string& percorso, const OpzioniDecodifica& opzioni) {
    std::string testo, motivo;
    if (!leggi_byte<L>(percorso, opzioni.dimensione_massima, testo, motivo)) {
        ErroriDecodifica e;
        e.errori.push_back({"", "impossibile leggere il file: " + motivo, TipoErrore::file});
        e.file = percorso;
        return e;
    }
    Risultato<T> r = decodifica<T>(testo, opzioni);
    if (!r) {
        ErroriDecodifica e = std::move(r).error();
        e.file = percorso;
        return e;
    }
    return r;
}

} // namespace detail

/**
 * Reads and decodes the `perfpa.relazione/1` document in the file `percorso`:
 * the same result as `decodifica_relazione` of its text, with
 * `ErroriDecodifica::file` set to `percorso`, so that `error().testo()`
 * names it on every line (`relazione.json: /settori/0/peso: …`). A file that
 * cannot be opened or read gives one error at the document's pointer `""`
 * (`impossibile leggere il file: il file non esiste`). Reads at most
 * `opzioni.dimensione_massima` + 1 bytes.
 */
template <class L = void>
[[nodiscard]] Risultato<Relazione> leggi_relazione(const std::string& percorso, const OpzioniDecodifica& opzioni = {}) {
    return detail::leggi_documento<Relazione, L>(percorso, opzioni);
}

/** As `leggi_relazione`, for a `perfpa.smvp/1` document (`decodifica_smvp`). */
template <class L = void>
[[nodiscard]] Risultato<Smvp> leggi_smvp(const std::string& percorso, const OpzioniDecodifica& opzioni = {}) {
    return detail::leggi_documento<Smvp, L>(percorso, opzioni);
}

} // namespace perfpa::json

#endif
