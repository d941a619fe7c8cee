// perfpa — the one UTF-8 validator: the decoder's check of a whole document,
// the explanation of a parse error, and the model verifier's (which names the
// offending byte) all ask it.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_DETAIL_UTF8_HPP
#define PERFPA_DETAIL_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace perfpa::detail {

/**
 * The offset of the first byte of `testo` that does not start a valid UTF-8
 * sequence by the Unicode standard (table 3-7: no overlong forms, no
 * surrogates, nothing above U+10FFFF; a sequence cut short counts from its
 * first byte), or npos when the whole text is valid. Runs of ASCII are
 * skipped 16 bytes at a time (SSE2) or 8 (elsewhere).
 */
inline std::size_t primo_byte_non_utf8(std::string_view testo) noexcept {
    const auto* const inizio = reinterpret_cast<const unsigned char*>(testo.data());
    const auto* s = inizio;
    const auto* const e = s + testo.size();
    const auto qui = [&] { return static_cast<std::size_t>(s - inizio); };
    while (s < e) {
#if defined(__SSE2__)
        while (e - s >= 16) {
            const int m = _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s)));
            if (m) {
                s += __builtin_ctz(static_cast<unsigned>(m));
                break;
            }
            s += 16;
        }
#else
        while (e - s >= 8) {
            std::uint64_t w;
            std::memcpy(&w, s, 8);
            if (w & 0x8080808080808080ull) break;
            s += 8;
        }
#endif
        if (s == e) break;
        const unsigned c = *s;
        if (c < 0x80) {
            ++s;
            continue;
        }
        auto seguito = [&](std::ptrdiff_t i) { return (s[i] & 0xC0) == 0x80; };
        if (c < 0xC2) return qui();
        if (c < 0xE0) {
            if (e - s < 2 || !seguito(1)) return qui();
            s += 2;
        } else if (c < 0xF0) {
            if (e - s < 3) return qui();
            const unsigned c1 = s[1];
            if (c == 0xE0 ? (c1 < 0xA0 || c1 > 0xBF) : c == 0xED ? (c1 < 0x80 || c1 > 0x9F) : !seguito(1))
                return qui();
            if (!seguito(2)) return qui();
            s += 3;
        } else if (c < 0xF5) {
            if (e - s < 4) return qui();
            const unsigned c1 = s[1];
            if (c == 0xF0 ? (c1 < 0x90 || c1 > 0xBF) : c == 0xF4 ? (c1 < 0x80 || c1 > 0x8F) : !seguito(1))
                return qui();
            if (!seguito(2) || !seguito(3)) return qui();
            s += 4;
        } else {
            return qui();
        }
    }
    return std::string_view::npos;
}

/** Whether `testo` is valid UTF-8 (see primo_byte_non_utf8). */
inline bool utf8_valido(std::string_view testo) noexcept {
    return primo_byte_non_utf8(testo) == std::string_view::npos;
}

} // namespace perfpa::detail

#endif
