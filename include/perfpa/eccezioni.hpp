// perfpa — what the library throws: every exception is a perfpa::Errore.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_ECCEZIONI_HPP
#define PERFPA_ECCEZIONI_HPP

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace perfpa {

/**
 * The base of every exception perfpa throws (std::bad_alloc aside):
 * `catch (const perfpa::Errore& e)` catches them all, and `e.what()` is the
 * Italian message, `e.norma()` the legal reference of a refusal (empty when
 * the error is not a legal rule) and `e.percorsi()` the JSON Pointers of
 * the values concerned (empty when none is known).
 *
 * Errore is a base *beside* the standard one, not above it: each concrete
 * exception derives from exactly one standard exception too
 * (std::runtime_error, std::invalid_argument, std::domain_error or
 * std::logic_error), so `catch (const std::exception&)` and the catch
 * sites written for those standard types keep working. (Were Errore itself
 * a std::exception, a class deriving from it and from std::invalid_argument
 * would hold two std::exception bases, and `catch (const std::exception&)`
 * would no longer match it.) See docs/errors.md.
 */
class Errore {
public:
    virtual ~Errore() = default;

    /** The Italian message: the same text as the standard base's `what()`. */
    [[nodiscard]] virtual const char* what() const noexcept = 0;
    /** The legal reference of a refusal (`art. 14 c.6 D.Lgs. 150/2009`), empty when none. */
    [[nodiscard]] const std::string& norma() const noexcept { return norma_; }
    /** The JSON Pointers (RFC 6901) of the values concerned, in document order; empty when none is known. */
    [[nodiscard]] const std::vector<std::string>& percorsi() const noexcept { return percorsi_; }

protected:
    Errore() = default;
    Errore(std::string norma, std::vector<std::string> percorsi)
        : norma_(std::move(norma)), percorsi_(std::move(percorsi)) {}
    Errore(const Errore&) = default;
    Errore& operator=(const Errore&) = default;

private:
    std::string norma_;
    std::vector<std::string> percorsi_;
};

/**
 * A value read from text is not valid (`Esito<T>::value()`: `Importo::da_testo`,
 * `leggi_importo_italiano`, …): also a std::invalid_argument.
 */
class ValoreRifiutato : public std::invalid_argument, public Errore {
public:
    explicit ValoreRifiutato(const std::string& motivo) : std::invalid_argument(motivo) {}
    [[nodiscard]] const char* what() const noexcept override { return std::invalid_argument::what(); }
};

/**
 * A call's arguments do not fit together or name what is not there (an id
 * the Relazione lacks, one weight per person not given, a value out of its
 * range): a mistake of the calling program, never of a decoded document.
 * Also a std::invalid_argument.
 */
class ArgomentoNonValido : public std::invalid_argument, public Errore {
public:
    explicit ArgomentoNonValido(const std::string& messaggio, std::vector<std::string> percorsi = {})
        : std::invalid_argument(messaggio), Errore({}, std::move(percorsi)) {}
    [[nodiscard]] const char* what() const noexcept override { return std::invalid_argument::what(); }
};

/**
 * A split refused by a legal rule (`EsitoRipartizione::value()`,
 * `EsitoRipartizionePersonale::value()`): what() is "motivo (norma)",
 * `motivo()` and `norma()` the two parts. Also a std::domain_error.
 */
class RipartizioneRifiutata : public std::domain_error, public Errore {
public:
    RipartizioneRifiutata(const std::string& motivo, std::string norma, std::vector<std::string> percorsi = {})
        : std::domain_error(norma.empty() ? motivo : motivo + " (" + norma + ")"),
          Errore(std::move(norma), std::move(percorsi)), motivo_(motivo) {}
    [[nodiscard]] const char* what() const noexcept override { return std::domain_error::what(); }
    /** The reason alone, without the norm. */
    [[nodiscard]] const std::string& motivo() const noexcept { return motivo_; }

private:
    std::string motivo_;
};

/** `value()` called on an error whose type says nothing else to throw. Also a std::logic_error. */
class ErroreLogico : public std::logic_error, public Errore {
public:
    explicit ErroreLogico(const std::string& messaggio) : std::logic_error(messaggio) {}
    [[nodiscard]] const char* what() const noexcept override { return std::logic_error::what(); }
};

} // namespace perfpa

#endif
