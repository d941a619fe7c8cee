// perfpa — a compact set of an object's keys: for the keys the reference
// decoder's tree only counts (albero.hpp), to tell a new one from a repeated one.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_JSON_DETAIL_CHIAVI_CONTATE_HPP
#define PERFPA_JSON_DETAIL_CHIAVI_CONTATE_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace perfpa::json::detail {

/**
 * Distinct keys, each held as one 32-bit reference to its text: a key
 * written without escapes is a view of the document (the parser gives it
 * so), referred to by its offset there (it ends at the next `"`); any other
 * key is copied into a text of the set's own. An open-addressing table of
 * these references, at most 3/4 full: about 5 to 11 bytes per key, against
 * some 80 for a hash set of strings. Keys it cannot refer to in 31 bits
 * (past 2 GB) are refused (`aggiungi` returns false): the caller keeps them
 * another way.
 */
class ChiaviContate {
public:
    /** Whether `k` is in the set; `documento` is the text the keys were read from. */
    bool contiene(std::string_view k, std::string_view documento) const {
        if (slot_.empty()) return false;
        const std::size_t maschera = slot_.size() - 1;
        for (std::size_t i = std::hash<std::string_view>{}(k) & maschera; slot_[i] != 0; i = (i + 1) & maschera)
            if (testo(slot_[i], documento) == k) return true;
        return false;
    }

    /** Adds `k` (not in the set) read from `documento`; false when it cannot be referred to. */
    bool aggiungi(std::string_view k, std::string_view documento) {
        std::uint32_t r = 0;
        const char* inizio = documento.data();
        if (k.data() >= inizio && k.data() + k.size() < inizio + documento.size() && k.data()[k.size()] == '"' &&
            std::memchr(k.data(), '"', k.size()) == nullptr) {
            const std::size_t offset = static_cast<std::size_t>(k.data() - inizio);
            if (offset + 1 >= bit_proprio) return false;
            r = static_cast<std::uint32_t>(offset + 1);
        } else {
            if (propri_.size() + 4 + k.size() >= bit_proprio) return false;
            r = static_cast<std::uint32_t>(bit_proprio | propri_.size());
            const auto n = static_cast<std::uint32_t>(k.size());
            propri_.append(reinterpret_cast<const char*>(&n), 4).append(k);
        }
        if ((n_ + 1) * 4 > slot_.size() * 3) ingrandisci(documento);
        metti(r, k);
        ++n_;
        return true;
    }

private:
    static constexpr std::size_t bit_proprio = std::size_t{1} << 31;

    std::string_view testo(std::uint32_t r, std::string_view documento) const {
        if (r & bit_proprio) {
            const std::size_t o = r & (bit_proprio - 1);
            std::uint32_t n;
            std::memcpy(&n, propri_.data() + o, 4);
            return {propri_.data() + o + 4, n};
        }
        const char* p = documento.data() + (r - 1);
        const void* fine = std::memchr(p, '"', documento.size() - (r - 1));
        return {p, static_cast<std::size_t>(static_cast<const char*>(fine) - p)};
    }
    void metti(std::uint32_t r, std::string_view k) {
        const std::size_t maschera = slot_.size() - 1;
        std::size_t i = std::hash<std::string_view>{}(k) & maschera;
        while (slot_[i] != 0) i = (i + 1) & maschera;
        slot_[i] = r;
    }
    void ingrandisci(std::string_view documento) {
        std::vector<std::uint32_t> vecchi(slot_.empty() ? 64 : slot_.size() * 2, 0);
        vecchi.swap(slot_);
        for (std::uint32_t r : vecchi)
            if (r != 0) metti(r, testo(r, documento));
    }

    std::vector<std::uint32_t> slot_; // 0: empty; else a reference (bit 31: in propri_, else 1 + offset in the document)
    std::string propri_;              // the keys not in the document: each its length (4 bytes) and its text
    std::size_t n_ = 0;
};

} // namespace perfpa::json::detail

#endif
