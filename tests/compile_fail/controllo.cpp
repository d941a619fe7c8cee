// MOTIVO: (must compile)
// The same operations as the *.fail.cpp files, on quantities of one kind.
#include <perfpa/values.hpp>

int main() {
    const perfpa::Importo i = perfpa::Importo::euro(5) + perfpa::Importo::da_centesimi(50);
    const perfpa::Percentuale p = perfpa::Percentuale::interi(10) + perfpa::Percentuale::interi(5);
    const perfpa::Peso w = perfpa::Peso::interi(6) + perfpa::Peso::da_centesimi(750);
    return static_cast<int>(i.centesimi() + p.centesimi() + w.centesimi()) == 0;
}
