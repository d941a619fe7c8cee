// MOTIVO: no match for [^ ]*operator\+
// A weight plus a percentage: different tags of Centesimi do not mix.
#include <perfpa/values.hpp>

int main() {
    const auto x = perfpa::Peso::interi(6) + perfpa::Percentuale::interi(10);
    (void)x;
}
