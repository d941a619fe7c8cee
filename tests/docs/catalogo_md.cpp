// Renders the table of docs/checks.md from the library's catalogue of checks
// (perfpa::catalogo_controlli(): code, severity, needs SMVP, local enti only,
// legal reference), with the words that say when each row fires and where
// (kept here, one entry per code), and compares it with the table in the file
// or writes it there.
//
//   perfpa_docs_catalogo --verifica docs/checks.md   exit 1 with a diff when they differ
//   perfpa_docs_catalogo --scrivi docs/checks.md     rewrite the table in place
//
// A code of the catalogue without words here, or words for a code the
// catalogue no longer has, is an error too: the table cannot drift from the
// library in either direction.
#include <perfpa/checks.hpp>

#include <algorithm>
#include <cstddef>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Parole {
    std::string_view quando;
    std::string_view percorso;
};

// When each check fires, and the pointer of its findings (rules.md's table, in English).
const std::map<std::string_view, Parole> parole = {
    {"PESI_SETTORE_INCOERENTI", {"the objectives' `peso` do not sum to the settore's `peso` (exact decimals)", "`/settori/i`"}},
    {"PESI_COMPONENTI_INCOERENTI",
     {"`performance_organizzativa.peso` ≠ the SMVP's W_org, or a settore's `peso` ≠ W_ind",
      "`/performance_organizzativa`, `/settori/i`"}},
    {"PUNTEGGIO_FUORI_SCALA",
     {"`valore_realizzato` > `peso` of `performance_organizzativa`; with an SMVP, `comportamenti` > W_comp",
      "`/performance_organizzativa`, `/valutazione_ndv/valutazioni_individuali/k`"}},
    {"ID_DUPLICATO",
     {"an id already used by an element of the same kind (settori; objectives across the document; areas; "
      "obligations; anti-corruption measures); one finding per later occurrence",
      "the later element"}},
    {"RIFERIMENTO_INESISTENTE",
     {"an NdV entry names a settore, area or objective (of that settore) that does not exist; an objective's "
      "`obiettivo_strategico` or a settore's own area (`ambiti`) names none ([ciclo.md](ciclo.md))",
      "the NdV entry; `/settori/i/obiettivi/j/obiettivo_strategico`; `/settori/i/ambiti/k`"}},
    {"VALUTAZIONE_DUPLICATA",
     {"a second NdV entry for the same area, settore, or objective within a settore", "the later entry"}},
    {"NEUTRALIZZAZIONE_SENZA_MOTIVAZIONE",
     {"an objective is `neutralizzato` with no or a blank `motivazione`", "the NdV entry of the objective"}},
    {"VALIDAZIONE_PRIMA_DELL_APPROVAZIONE",
     {"`validazione.data` is earlier than `approvazione.data`", "`/valutazione_ndv/validazione`"}},
    {"OBIETTIVO_SENZA_INDICATORI", {"an objective has no indicator", "`/settori/i/obiettivi/j`"}},
    {"INDICATORE_SENZA_VALORE_ATTESO", {"an indicator has no `valore_atteso`", "the indicator"}},
    {"ANNO_INCOERENTE", {"a settore's `anno_obiettivi` ≠ `anno`", "`/settori/i`"}},
    {"ANNO_VINCOLO_INCOERENTE",
     {"a constraint refers to a year ≠ `anno`: a block's own `anno`, else `vincoli_finanza.anno_riferimento` "
      "(one finding for the default, one per block with its own)",
      "`/vincoli_finanza` or the block"}},
    {"SCADENZA_FUORI_CICLO", {"`data_fine_prevista` is not in `anno`", "`/settori/i/obiettivi/j`"}},
    {"OBIETTIVO_NON_VALUTATO",
     {"the Relazione has a `valutazione_ndv` and an objective not neutralised gets no degree",
      "`/settori/i/obiettivi/j`"}},
    {"INDICATORE_SOTTO_SOGLIA_LEGALE",
     {"an indicator's result misses its `soglia_legale` (per its `verso`); the finding cites the indicator's "
      "`norma`",
      "the indicator"}},
    {"EQUILIBRI_NON_RISPETTATI",
     {"`equilibri_bilancio.rispettato` is false, or W1 (risultato di competenza) < 0; cites the block's `norma` when given, else for a year before 2019 art. 9 L. 243/2012; art. 1 c.463 ss. L. 232/2016",
      "`/vincoli_finanza/equilibri_bilancio`"}},
    {"EQUILIBRIO_BILANCIO_NEGATIVO",
     {"W2 (equilibrio di bilancio) < 0: the ente must tend to W2 ≥ 0", "`/vincoli_finanza/equilibri_bilancio`"}},
    {"TETTO_SPESA_PERSONALE_SUPERATO",
     {"`rispettato` false, or `spesa` > `limite` (the block's `norma` when given, else c.562 instead of c.557 when `popolazione` ≤ 1,000)",
      "`/vincoli_finanza/tetto_spesa_personale`"}},
    {"TETTO_SALARIO_ACCESSORIO_SUPERATO",
     {"`rispettato` false, or `importo` > `limite` (the block's `norma` when given)", "`/vincoli_finanza/tetto_salario_accessorio`"}},
    {"DICHIARATO_DIVERSO_DAL_CALCOLATO",
     {"a settore's `grado_dichiarato` differs by more than 0,01 from the peso-weighted mean of its objectives' degrees; "
      "with an SMVP, an objective's `punti_dichiarati` from its contribution, or a `punteggi_dichiarati` figure from the "
      "computed one (docs/ciclo.md)",
      "`/settori/i/grado_dichiarato`, `/settori/i/obiettivi/j/punti_dichiarati`, `/settori/i/punteggi_dichiarati/…`"}},
    {"PESI_GRUPPO_INCOERENTI",
     {"a group's objectives' `peso` do not sum to its `peso_massimo`, the groups' caps not to the settore's `peso`, or an "
      "objective names a group its settore does not have",
      "`/settori/i/gruppi/g`, `/settori/i/gruppi`"}},
    {"GRADO_NON_VALIDATO_DAL_NDV",
     {"the Relazione is `validata` and an objective's degree has a `fonte` other than `ndv`",
      "`/valutazione_ndv/valutazioni_individuali/k/obiettivi/m`"}},
    {"VINCOLO_DICHIARATO_INCOERENTE",
     {"`rispettato` true while the amounts given show the cap exceeded (or W1 < 0)", "the block"}},
    {"ENTE_STRUTTURALMENTE_DEFICITARIO",
     {"at least 4 of the parameters P1–P8 are positive (half of the 8, however many are given)",
      "`/vincoli_finanza/parametri_deficitarieta`"}},
    {"TEMPI_PAGAMENTO_NON_RISPETTATI",
     {"ITP or the delay indicator > 0 days (one finding)", "`/vincoli_finanza/tempi_pagamento`"}},
    {"OBIETTIVO_TEMPI_PAGAMENTO_INSUFFICIENTE",
     {"`anno` ≥ 2023, a settore `gestisce_pagamenti`, and its objectives marked `tempi_pagamento` weigh less "
      "than 30 % of its objectives' total weight",
      "`/settori/i`"}},
    {"OBBLIGO_TRASPARENZA_NON_ASSOLTO", {"an obligation is `monitorato` and not `pubblicato`", "`/trasparenza/obblighi/k`"}},
    {"MISURA_ANTICORRUZIONE_NON_ATTUATA",
     {"a measure is not `attuata`, or its result < its target", "`/anticorruzione/misure/k`"}},
    {"RELAZIONE_NON_VALIDATA",
     {"`validazione.esito` is `non_validata`: no bonus may be paid", "`/valutazione_ndv/validazione`"}},
    {"VALIDAZIONE_ASSENTE", {"a `valutazione_ndv` is present without `validazione`", "`/valutazione_ndv`"}},
    {"RELAZIONE_OLTRE_TERMINE",
     {"`approvazione.data` or `validazione.data` is after 30 June of `anno` + 1 (one finding for each late date)",
      "`/approvazione`, `/valutazione_ndv/validazione`"}},
    {"VALUTAZIONI_NON_DIFFERENZIATE",
     {"at least 3 settori have a complete score and all of those fall in the same band", "`/settori`"}},
    {"QUOTE_FASCE_NON_CRESCENTI",
     {"a band reached by a higher score gives a smaller bonus share than the band below it (one finding per such pair "
      "of neighbouring bands; silent with an SMVP that is not valid)",
      "`\"\"` (the SMVP is not part of the Relazione)"}},
    {"OBIETTIVO_STRATEGICO_SENZA_OBIETTIVI",
     {"no objective of any settore comes down from a strategic objective ([ciclo.md](ciclo.md))",
      "`/obiettivi_strategici/k`"}},
    {"TRASVERSALE_GRADI_DIVERSI",
     {"copies of a shared objective (`trasversale`) have different NdV degrees", "each later copy's NdV entry"}},
    {"FORMULA_INCOERENTE",
     {"an indicator's `valore_realizzato` differs from 100 × `numeratore` / `denominatore` (`%`) or `numeratore` / "
      "`denominatore`, rounded to the realised value's decimals",
      "the indicator"}},
    {"TARGET_INCOERENTE",
     {"the `target_pluriennali` entry for the Relazione's year differs from `valore_atteso`",
      "`…/indicatori/k/target_pluriennali/m`"}},
};

constexpr std::string_view inizio = "<!-- catalogo: generated by perfpa_docs_catalogo, do not edit by hand -->";
constexpr std::string_view fine = "<!-- catalogo: end -->";

// The table, one line per element; false (with the reason on stderr) when a code has no words or words no code.
bool tabella(std::vector<std::string>& righe) {
    bool ok = true;
    righe.push_back("| # | code | severity | needs the SMVP | local enti only | fires when | pointer | legal reference |");
    righe.push_back("|---|---|---|---|---|---|---|---|");
    std::size_t n = 0;
    std::map<std::string_view, bool> visti;
    for (const perfpa::Controllo& c : perfpa::catalogo_controlli()) {
        const auto p = parole.find(c.voce.codice);
        visti[c.voce.codice] = true;
        if (p == parole.end()) {
            std::cerr << "il codice " << c.voce.codice << " del catalogo non ha descrizione in tests/docs/catalogo_md.cpp\n";
            ok = false;
            continue;
        }
        std::string r = "| " + std::to_string(++n) + " | `" + std::string(c.voce.codice) + "` | " +
                        std::string(perfpa::nome_gravita(c.voce.gravita)) + " | " + (c.richiede_smvp ? "yes" : "") +
                        " | " + (c.solo_enti_locali ? "yes" : "") + " | " + std::string(p->second.quando) + " | " +
                        std::string(p->second.percorso) + " | " + std::string(c.voce.norma) + " |";
        righe.push_back(std::move(r));
    }
    for (const auto& [codice, x] : parole)
        if (!visti.count(codice)) {
            std::cerr << "tests/docs/catalogo_md.cpp descrive " << codice << ", che il catalogo non ha\n";
            ok = false;
        }
    return ok;
}

std::vector<std::string> righe_di(const std::string& testo) {
    std::vector<std::string> out;
    std::istringstream in(testo);
    for (std::string r; std::getline(in, r);) out.push_back(r);
    return out;
}

// A line diff (longest common subsequence): "-" lines only in the file, "+" lines only in the catalogue.
void stampa_diff(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::vector<std::size_t>> l(n + 1, std::vector<std::size_t>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            l[i][j] = a[i] == b[j] ? l[i + 1][j + 1] + 1 : std::max(l[i + 1][j], l[i][j + 1]);
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            ++i, ++j;
        } else if (i < n && (j == m || l[i + 1][j] >= l[i][j + 1])) {
            std::cerr << "- " << a[i++] << "\n";
        } else {
            std::cerr << "+ " << b[j++] << "\n";
        }
    }
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3 || (std::string_view(argv[1]) != "--verifica" && std::string_view(argv[1]) != "--scrivi")) {
        std::cerr << "uso: perfpa_docs_catalogo --verifica|--scrivi docs/checks.md\n";
        return 2;
    }
    const bool scrivi = std::string_view(argv[1]) == "--scrivi";
    const std::string file = argv[2];
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::cerr << file << ": impossibile leggere il file\n";
        return 2;
    }
    std::ostringstream letto;
    letto << in.rdbuf();
    const std::string testo = letto.str();
    const std::size_t a = testo.find(inizio), b = testo.find(fine);
    if (a == std::string::npos || b == std::string::npos || b < a) {
        std::cerr << file << ": mancano i segni della tabella (" << inizio << " … " << fine << ")\n";
        return 2;
    }
    const std::size_t da = a + inizio.size() + 1; // the line after the opening mark
    std::vector<std::string> attese;
    const bool completa = tabella(attese);
    std::string nuova;
    for (const auto& r : attese) nuova += r + "\n";
    const std::string vecchia = testo.substr(da, b - da);
    if (scrivi) {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out << testo.substr(0, da) << nuova << testo.substr(b);
        if (!out) {
            std::cerr << file << ": impossibile scrivere il file\n";
            return 2;
        }
        std::cout << file << ": tabella del catalogo riscritta (" << attese.size() - 2 << " controlli)\n";
        return completa ? 0 : 1;
    }
    if (vecchia == nuova && completa) {
        std::cout << file << ": la tabella corrisponde al catalogo (" << attese.size() - 2 << " controlli)\n";
        return 0;
    }
    if (vecchia != nuova) {
        std::cerr << file << ": la tabella del catalogo non corrisponde alla libreria "
                  << "(- nel file, + dal catalogo):\n";
        stampa_diff(righe_di(vecchia), attese);
    }
    std::cerr << "Per rigenerarla: cmake --build <build> --target perfpa_aggiorna_docs\n";
    return 1;
}
