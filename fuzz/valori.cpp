// Fuzz target: the value parsers (amounts, decimals, dates, points,
// weights, percentages). The first byte chooses the parser; the rest is
// the text. A text that parses writes back (testo) to a text that parses
// to the same value and writes back to itself; the Italian formatting of
// the value never fails.
#include "comune.hpp"

#include <perfpa/formato_italiano.hpp>

namespace {

template <class V>
void andata_e_ritorno(std::string_view t) {
    const auto v = V::da_testo(t);
    if (!v) {
        PERFPA_FUZZ_VERIFICA(!v.error().motivo.empty());
        return;
    }
    const std::string scritto = v->testo();
    const auto di_nuovo = V::da_testo(scritto);
    PERFPA_FUZZ_VERIFICA(di_nuovo.has_value());
    PERFPA_FUZZ_VERIFICA(*di_nuovo == *v);
    PERFPA_FUZZ_VERIFICA(di_nuovo->testo() == scritto);
}

} // namespace

PERFPA_FUZZ_BERSAGLIO(valori) {
    using namespace perfpa;
    if (n == 0) return 0;
    const std::string_view t = fuzz::testo(dati + 1, n - 1);
    switch (dati[0] % 6) {
    case 0:
        andata_e_ritorno<Importo>(t);
        if (auto i = Importo::da_testo(t)) PERFPA_FUZZ_VERIFICA(!formatta_importo(*i).empty());
        break;
    case 1:
        andata_e_ritorno<Decimale>(t);
        if (auto d = Decimale::da_testo(t)) PERFPA_FUZZ_VERIFICA(!formatta_decimale(*d).empty());
        break;
    case 2: andata_e_ritorno<Data>(t); break;
    case 3:
        andata_e_ritorno<Punti>(t);
        if (auto p = Punti::da_testo(t)) PERFPA_FUZZ_VERIFICA(!formatta_punti(*p).empty());
        break;
    case 4:
        andata_e_ritorno<Peso>(t);
        if (auto p = Peso::da_testo(t)) PERFPA_FUZZ_VERIFICA(!formatta_peso(*p).empty());
        break;
    default:
        andata_e_ritorno<Percentuale>(t);
        if (auto p = Percentuale::da_testo(t)) PERFPA_FUZZ_VERIFICA(!formatta_percentuale(*p).empty());
        break;
    }
    return 0;
}
