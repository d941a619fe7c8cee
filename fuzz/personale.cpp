// Fuzz target: a staff document (perfpa.personale/1). Any bytes: the
// decoder returns a value or errors, never crashes; a decoded document
// survives the round trip, and every person is scored against a fixed
// Relazione and an SMVP with profiles: each component within its weight,
// the total their sum.
#include "comune.hpp"

namespace perfpa::fuzz {

inline const Smvp& smvp_con_profili() {
    static const Smvp s = *json::decodifica_smvp(
        R"({"formato":"perfpa.smvp/1","denominazione":"Fuzz",)"
        R"("pesi":{"performance_organizzativa":40,"obiettivi_individuali":30,"comportamenti":30},)"
        R"("giudizi":{"pienamente_raggiunto":100,"raggiunto":100,"parzialmente_raggiunto":50,"non_raggiunto":0},)"
        R"("fasce":[{"nome":"A","da":90,"quota_premio":100},{"nome":"D","da":0,"quota_premio":0}],)"
        R"("comportamenti":[{"id":"collaborazione","descrizione":"Collaborazione"},)"
        R"({"id":"autonomia","descrizione":"Autonomia"}],"scala_comportamenti":{"minimo":1,"massimo":5},)"
        R"("giorni_minimi_valutazione":60,"profili":[{"id":"dipendenti","categorie":["funzionario","istruttore",)"
        R"("operatore_esperto","operatore"],"pesi":{"performance_organizzativa":20,"obiettivi_individuali":40,)"
        R"("comportamenti":40},"pesi_comportamenti":[{"comportamento":"collaborazione","peso":50},)"
        R"({"comportamento":"autonomia","peso":50}]},{"id":"eq","categorie":["elevata_qualificazione"],)"
        R"("pesi":{"performance_organizzativa":30,"obiettivi_individuali":40,"comportamenti":30},)"
        R"("pesi_comportamenti":[{"comportamento":"autonomia","peso":100}],)"
        R"("fasce":[{"nome":"A","da":90,"quota_premio":100},{"nome":"B","da":0,"quota_premio":50}]}]})");
    return s;
}

} // namespace perfpa::fuzz

PERFPA_FUZZ_BERSAGLIO(personale) {
    using namespace perfpa;
    const auto p = json::decodifica_personale(fuzz::testo(dati, n));
    if (!p) {
        PERFPA_FUZZ_VERIFICA(p.error().numero() > 0);
        return 0;
    }
    PERFPA_FUZZ_VERIFICA(errori_modello(*p).empty());
    fuzz::andata_e_ritorno(*p);
    const Smvp& s = fuzz::smvp_con_profili();
    const auto punteggi = calcola_punteggi_personale(*p, fuzz::relazione_fissa(), s);
    PERFPA_FUZZ_VERIFICA(punteggi.size() == p->dipendenti.size());
    for (const PunteggioDipendente& d : punteggi) {
        if (!d.valutato) continue;
        Punti somma{};
        for (const Componente* c : {&d.performance_organizzativa, &d.obiettivi_individuali, &d.comportamenti}) {
            if (!c->punti) continue;
            PERFPA_FUZZ_VERIFICA(*c->punti >= Punti{} && *c->punti <= Punti::interi(100));
            somma = somma + *c->punti;
        }
        PERFPA_FUZZ_VERIFICA(somma == d.totale);
    }
    return 0;
}
