// perfpa — keys repeated in one JSON object, found in the text.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_JSON_DETAIL_CHIAVI_RIPETUTE_HPP
#define PERFPA_JSON_DETAIL_CHIAVI_RIPETUTE_HPP

#include <perfpa/errori.hpp>
#include <perfpa/json/detail/eventi.hpp>
#include <perfpa/json/detail/lettore.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/parse_options.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace perfpa::json::detail {

/** A key met again in the same object: its pointer (of the repetition) and its text. */
struct ChiaveRipetuta {
    std::string percorso;
    std::string chiave;
};

// A boost::json::basic_parser handler that only follows the nesting: the
// path to the current value and, for each open object, the keys met so far.
// A key met a second time in the same object is recorded with its pointer.
// A DOM keeps only the last of repeated keys, so the DOM decoder asks this
// handler, on the same text, what the DOM cannot tell it. A template (of
// nothing, see perfpa.hpp) so that it costs nothing where it is not used.
template <class L = void>
class CercaChiaviRipetute : public EventiComuni {
public:
    /** The repeated keys, in the order of the text (one per repetition). */
    std::vector<ChiaveRipetuta> ripetute;

    bool on_string_part(boost::json::string_view, std::size_t, boost::system::error_code&) { return true; }
    bool on_string(boost::json::string_view, std::size_t, boost::system::error_code&) { return valore(); }
    bool on_int64(std::int64_t, boost::json::string_view, boost::system::error_code&) { return valore(); }
    bool on_uint64(std::uint64_t, boost::json::string_view, boost::system::error_code&) { return valore(); }
    bool on_double(double, boost::json::string_view, boost::system::error_code&) { return valore(); }
    bool on_bool(bool, boost::system::error_code&) { return valore(); }
    bool on_null(boost::system::error_code&) { return valore(); }

    bool on_object_begin(boost::system::error_code&) { return apri(false); }
    bool on_array_begin(boost::system::error_code&) { return apri(true); }
    bool on_object_end(std::size_t, boost::system::error_code&) { return chiudi(); }
    bool on_array_end(std::size_t, boost::system::error_code&) { return chiudi(); }

    bool on_key_part(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        parti_.append(s.data(), s.size());
        return true;
    }

    bool on_key(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        parti_.append(s.data(), s.size());
        Livello& l = pila_.back();
        l.chiave = std::move(parti_);
        parti_.clear();
        if (!l.chiavi.emplace(l.chiave, true).second) {
            std::string p = puntatore();
            aggiungi_token<>(p, l.chiave);
            ripetute.push_back({std::move(p), l.chiave});
        }
        return true;
    }

private:
    struct Livello {
        bool array;
        std::size_t indice = 0;          // arrays: the index of the next element
        std::string chiave;              // objects: the key of the current member
        // objects: the keys met so far (hashed: an object may have many). A map,
        // whose header the library includes anyway, used as a set.
        std::unordered_map<std::string, bool> chiavi;
    };

    // The pointer of the current container (its members' parent).
    std::string puntatore() const {
        std::string p;
        for (std::size_t i = 0; i + 1 < pila_.size(); ++i) {
            const Livello& l = pila_[i];
            if (l.array) aggiungi_token<>(p, std::to_string(l.indice - 1));
            else aggiungi_token<>(p, l.chiave);
        }
        return p;
    }

    // A value begins: an array counts its elements.
    void entra() {
        if (!pila_.empty() && pila_.back().array) ++pila_.back().indice;
    }
    bool valore() {
        entra();
        return true;
    }
    bool apri(bool array) {
        entra();
        pila_.push_back({array, 0, {}, {}});
        return true;
    }
    bool chiudi() {
        pila_.pop_back();
        return true;
    }

    std::vector<Livello> pila_;
    std::string parti_;
};

/**
 * The keys repeated in an object of `testo`, a JSON text that parses with
 * `po`; one per repetition, in the order of the text.
 */
template <class L = void>
std::vector<ChiaveRipetuta> chiavi_ripetute(std::string_view testo, const boost::json::parse_options& po) {
    boost::json::basic_parser<CercaChiaviRipetute<L>> parser(po);
    boost::system::error_code ec;
    parser.write_some(false, testo.data(), testo.size(), ec);
    return std::move(parser.handler().ripetute);
}

} // namespace perfpa::json::detail

#endif
