// perfpa command-line tool — reading inputs and writing outputs safely.
//
// Every input (a file, standard input, a line of NDJSON) is read with the
// size limit applied while reading: a regular file's size is checked before
// any byte is read, and a stream (a pipe, /dev/zero) is refused as soon as
// it passes the limit, so a huge input costs neither the time to read it
// nor the memory to hold it. A read error is an error, never the end of
// the input. Every output file is written to a temporary file in the same
// folder and renamed over the target only when complete (see
// `scrivi_file_atomico`).
#ifndef PERFPA_CLI_INGRESSO_HPP
#define PERFPA_CLI_INGRESSO_HPP

#include <perfpa/json/errori.hpp>
#include <perfpa/json/file.hpp>

#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <istream>
#include <optional>
#include <string>
#include <string_view>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace perfpa::cli {

/** The largest document the tool reads: the decoder's own limit (64 MiB). */
inline std::size_t limite_ingresso() { return json::OpzioniDecodifica{}.dimensione_massima; }

/**
 * "perfpa: il file x.json è troppo grande: 1073741824 byte, al massimo
 * 67108864" (`byte` known: a regular file) or "…: più di 67108864 byte, …"
 * (a stream, stopped at the limit). `nome` is "il file x.json", "lo
 * standard input" or "la riga 3 dello standard input".
 */
inline std::string troppo_grande(std::string_view nome, std::optional<unsigned long long> byte, std::size_t limite) {
    return "perfpa: " + std::string(nome) + " è troppo grande: " +
           (byte ? std::to_string(*byte) : "più di " + std::to_string(limite)) + " byte, al massimo " +
           std::to_string(limite);
}

/**
 * A source of bytes: a file descriptor (files, and standard input when it
 * is the process's) or a std::istream (standard input in the tests).
 * `leggi` returns how many bytes it read, 0 at the end; on a read error it
 * returns 0 and sets `errore` to the reason.
 */
class Sorgente {
public:
    explicit Sorgente(int fd) : fd_(fd) {}
    explicit Sorgente(std::istream& in) : in_(&in) {}

    std::size_t leggi(char* buf, std::size_t n) {
        if (errore) return 0;
        if (in_) {
            in_->read(buf, static_cast<std::streamsize>(n));
            const auto letti = static_cast<std::size_t>(in_->gcount());
            if (letti == 0 && in_->bad()) errore = "errore di lettura";
            return letti;
        }
        for (;;) {
            const ssize_t r = ::read(fd_, buf, n);
            if (r >= 0) return static_cast<std::size_t>(r);
            if (errno == EINTR) continue;
            errore = json::motivo_errore_sistema(errno);
            return 0;
        }
    }

    std::optional<std::string> errore;

private:
    int fd_ = -1;
    std::istream* in_ = nullptr;
};

/**
 * Everything `s` gives, up to `limite` bytes; nothing, with `perche` set,
 * on a read error or past the limit (without reading further). `nome` is
 * how the messages name the input.
 */
inline std::optional<std::string> leggi_tutto(Sorgente& s, std::string_view nome, std::size_t limite,
                                              std::string& perche, std::size_t previsti = 0) {
    std::string testo;
    if (previsti > 0) testo.reserve(previsti);
    char blocco[1 << 16];
    for (;;) {
        const std::size_t n = s.leggi(blocco, sizeof blocco);
        if (n == 0) break;
        if (testo.size() + n > limite) {
            perche = troppo_grande(nome, std::nullopt, limite);
            return std::nullopt;
        }
        testo.append(blocco, n);
    }
    if (s.errore) {
        perche = "perfpa: impossibile leggere " + std::string(nome) + ": " + *s.errore;
        return std::nullopt;
    }
    if (testo.empty()) {
        perche = "perfpa: " + std::string(nome) + " è vuoto: atteso un documento JSON";
        return std::nullopt;
    }
    return testo;
}

/** Closes a file descriptor when it goes out of scope. */
struct Descrittore {
    int fd = -1;
    explicit Descrittore(int f) : fd(f) {}
    Descrittore(const Descrittore&) = delete;
    Descrittore& operator=(const Descrittore&) = delete;
    ~Descrittore() {
        if (fd >= 0) ::close(fd);
    }
};

/**
 * Everything a file descriptor gives, named `nome` in messages: a folder
 * is refused, a regular file larger than `limite` is refused before
 * reading, anything else is read up to the limit.
 */
inline std::optional<std::string> leggi_descrittore(int fd, std::string_view nome, std::size_t limite,
                                                    std::string& perche) {
    struct stat st {};
    std::size_t previsti = 0;
    if (::fstat(fd, &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            perche = "perfpa: " + std::string(nome) + " è una cartella, non un file";
            return std::nullopt;
        }
        if (S_ISREG(st.st_mode)) {
            const auto byte = static_cast<unsigned long long>(st.st_size);
            if (byte > limite) {
                perche = troppo_grande(nome, byte, limite);
                return std::nullopt;
            }
            previsti = static_cast<std::size_t>(byte);
        }
    }
    Sorgente s(fd);
    return leggi_tutto(s, nome, limite, perche, previsti);
}

/**
 * The whole content of the file at `percorso`, or nothing with `perche` set
 * to why it cannot be read, for people ("perfpa: impossibile aprire il file
 * x.json: il file non esiste"). A folder, a read that fails midway, an
 * empty file and a file larger than `limite` are errors. Never throws for a
 * bad path.
 */
inline std::optional<std::string> leggi_contenuto(const std::string& percorso, std::string& perche,
                                                  std::size_t limite = limite_ingresso()) {
    const Descrittore f(::open(percorso.c_str(), O_RDONLY | O_CLOEXEC));
    if (f.fd < 0) {
        const int e = errno;
        if (e == EISDIR) perche = "perfpa: " + percorso + " è una cartella, non un file";
        else perche = "perfpa: impossibile aprire il file " + percorso + ": " + json::motivo_errore_sistema(e);
        return std::nullopt;
    }
    struct stat st {};
    if (::fstat(f.fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        perche = "perfpa: " + percorso + " è una cartella, non un file";
        return std::nullopt;
    }
    return leggi_descrittore(f.fd, "il file " + percorso, limite, perche);
}

/**
 * NDJSON lines from a source, one at a time, each limited to `limite`
 * bytes: a longer line is reported as soon as it passes the limit, its
 * bytes never kept, and ends the reading (its end may never come).
 */
class RigheNdjson {
public:
    enum class Esito { riga, troppo_lunga, fine, errore };

    RigheNdjson(Sorgente& s, std::size_t limite) : s_(s), limite_(limite) {}

    /** The next line (without its '\n') in `riga`, and its number in `numero`. */
    Esito prossima(std::string& riga, std::size_t& numero) {
        riga.clear();
        bool qualcosa = false; // a last line without '\n' is still a line
        for (;;) {
            if (pos_ == len_) {
                len_ = s_.leggi(blocco_, sizeof blocco_);
                pos_ = 0;
                if (len_ == 0) break;
            }
            qualcosa = true;
            const char* inizio = blocco_ + pos_;
            const void* a_capo = std::memchr(inizio, '\n', len_ - pos_);
            const std::size_t n = a_capo ? static_cast<std::size_t>(static_cast<const char*>(a_capo) - inizio)
                                         : len_ - pos_;
            if (riga.size() + n > limite_) {
                std::string().swap(riga);
                numero = ++righe_;
                return Esito::troppo_lunga;
            }
            riga.append(inizio, n);
            pos_ += n;
            if (a_capo) {
                ++pos_;
                numero = ++righe_;
                return Esito::riga;
            }
        }
        numero = righe_;
        if (s_.errore) return Esito::errore;
        if (!qualcosa) return Esito::fine;
        numero = ++righe_;
        return Esito::riga;
    }

private:
    Sorgente& s_;
    std::size_t limite_;
    char blocco_[1 << 16];
    std::size_t pos_ = 0, len_ = 0, righe_ = 0;
};

/**
 * The file a path's last component names once its symbolic links are
 * followed (a link's relative target read from the link's folder): the
 * path itself when it is not a link, the target even when it does not exist
 * yet. Nothing, with `errno` set, past 40 links (a loop: ELOOP) or when a
 * link cannot be read.
 */
inline std::optional<std::string> segui_collegamenti(std::string percorso) {
    for (int n = 0; n < 40; ++n) {
        struct stat st {};
        if (::lstat(percorso.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return percorso;
        std::string destinazione(static_cast<std::size_t>(st.st_size > 0 ? st.st_size : 255) + 1, '\0');
        const ssize_t r = ::readlink(percorso.c_str(), destinazione.data(), destinazione.size());
        if (r < 0) return std::nullopt;
        if (static_cast<std::size_t>(r) >= destinazione.size()) continue; // changed meanwhile: read it again
        destinazione.resize(static_cast<std::size_t>(r));
        const std::size_t barra = percorso.find_last_of('/');
        if (destinazione.empty() || destinazione[0] == '/' || barra == std::string::npos) percorso = destinazione;
        else percorso = percorso.substr(0, barra + 1) + destinazione;
    }
    errno = ELOOP;
    return std::nullopt;
}

/**
 * Writes `testo` to `nome` so that the file is either the old one or the
 * new one, complete: the text goes to a temporary file in the same folder,
 * which is flushed to disk and renamed over the file only when every byte
 * is written. On failure the temporary file is removed, the old file is
 * untouched, and `perche` says why. A new file gets the usual permissions
 * (0666 less the umask); a replaced one keeps its own. When `nome` is a
 * symbolic link, the file written is its target (created if missing), in
 * the target's folder: the link stays a link, naming the new content.
 */
inline bool scrivi_file_atomico(const std::string& nome, std::string_view testo, std::string& perche) {
    const std::optional<std::string> reale = segui_collegamenti(nome);
    if (!reale) {
        perche = "perfpa: impossibile scrivere il file " + nome + ": " + json::motivo_errore_sistema(errno);
        return false;
    }
    const std::string& percorso = *reale;
    const std::size_t barra = percorso.find_last_of('/');
    const std::string cartella = barra == std::string::npos ? "." : barra == 0 ? "/" : percorso.substr(0, barra);
    const std::string base = barra == std::string::npos ? percorso : percorso.substr(barra + 1);
    std::string modello = cartella + "/." + base + ".perfpa-XXXXXX";
    const int fd = ::mkostemp(modello.data(), O_CLOEXEC);
    if (fd < 0) {
        perche = "perfpa: impossibile scrivere il file " + nome + ": " + json::motivo_errore_sistema(errno);
        return false;
    }
    auto fallisci = [&](int e) {
        ::close(fd);
        ::unlink(modello.c_str());
        perche = "perfpa: impossibile scrivere il file " + nome + ": " + json::motivo_errore_sistema(e) +
                 " (il file esistente, se c'era, non è stato modificato)";
        return false;
    };
    struct stat st {};
    mode_t modo;
    if (::stat(percorso.c_str(), &st) == 0) modo = st.st_mode & 07777;
    else {
        const mode_t maschera = ::umask(0);
        ::umask(maschera);
        modo = 0666 & ~maschera;
    }
    if (::fchmod(fd, modo) != 0) return fallisci(errno);
    std::size_t scritti = 0;
    while (scritti < testo.size()) {
        const ssize_t r = ::write(fd, testo.data() + scritti, testo.size() - scritti);
        if (r < 0) {
            if (errno == EINTR) continue;
            return fallisci(errno);
        }
        scritti += static_cast<std::size_t>(r);
    }
    if (::fsync(fd) != 0 && errno != EINVAL) return fallisci(errno);
    if (::close(fd) != 0) {
        const int e = errno;
        ::unlink(modello.c_str());
        perche = "perfpa: impossibile scrivere il file " + nome + ": " + json::motivo_errore_sistema(e);
        return false;
    }
    if (::rename(modello.c_str(), percorso.c_str()) != 0) {
        const int e = errno;
        ::unlink(modello.c_str());
        perche = "perfpa: impossibile scrivere il file " + nome + ": " + json::motivo_errore_sistema(e) +
                 " (il file esistente, se c'era, non è stato modificato)";
        return false;
    }
    return true;
}

/** Whether two paths name the same file (same device and inode); false when either does not exist. */
inline bool stesso_file(const std::string& a, const std::string& b) {
    struct stat x {}, y {};
    return ::stat(a.c_str(), &x) == 0 && ::stat(b.c_str(), &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino;
}

} // namespace perfpa::cli

#endif
