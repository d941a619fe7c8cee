// perfpa check FILE — decode a Relazione and report decoding errors (exit 2).
#include "comandi.hpp"

namespace perfpa::cli {
namespace {

int esegui(Contesto& c) {
    auto a = analizza(c, {}, {});
    if (!a) return uscita_ingresso;
    if (a->posizionali.size() != 1) {
        c.err << "uso: perfpa check FILE\n";
        return uscita_ingresso;
    }
    auto r = carica<Relazione>(a->posizionali[0], c);
    if (!r) return uscita_ingresso;
    c.out << a->posizionali[0] << ": documento valido\n";
    return uscita_ok;
}

const Registra registra{{"check", "perfpa check FILE", "controlla una Relazione", &esegui}};

} // namespace
} // namespace perfpa::cli
