// MOTIVO: no match for [^ ]*operator\+
// An amount of money plus a percentage is meaningless: it must not compile.
#include <perfpa/values.hpp>

int main() {
    const auto x = perfpa::Importo::euro(5) + perfpa::Percentuale::interi(10);
    (void)x;
}
