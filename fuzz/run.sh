#!/usr/bin/env bash
# perfpa fuzzing: builds the libFuzzer targets with clang (preset "fuzz",
# build/fuzz) and runs each for a bounded time.
#   fuzz/run.sh [SECONDS] [TARGET…]    SECONDS per target (default 30); every target by default
# The corpus grows in build/fuzz/corpus/<target> (not committed), seeded by
# the bundled and test documents; the dictionary is fuzz/perfpa.dict. An
# input that fails is written to fuzz/regressions/<target>/ (commit it: ctest
# replays it from then on) and the script exits 1. Environment:
# PERFPA_FUZZ_JOBS (parallel build jobs, default 2), PERFPA_FUZZ_ARGS (more
# libFuzzer options, e.g. "-jobs=4 -workers=4" for a long run).
set -euo pipefail
cd "$(dirname "$0")/.."

secondi="${1:-30}"
shift || true
bersagli=("$@")
[ ${#bersagli[@]} -eq 0 ] && bersagli=(relazione smvp personale criteri_premi equivalenza valori csv)

if ! command -v clang++ >/dev/null; then
    echo "fuzz/run.sh: clang++ non trovato (pacchetto Debian clang): fuzzing non eseguito" >&2
    exit 2
fi
lanciatore=()
command -v ccache >/dev/null && lanciatore=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
inizio=$(date +%s)
cmake --preset fuzz "${lanciatore[@]}" >/dev/null
cmake --build build/fuzz -j "${PERFPA_FUZZ_JOBS:-2}" --target perfpa_fuzz
echo "fuzz/run.sh: compilazione in $(($(date +%s) - inizio)) s"

esito=0
for b in "${bersagli[@]}"; do
    corpus="build/fuzz/corpus/$b"
    regressioni="fuzz/regressions/$b"
    mkdir -p "$corpus" "$regressioni"
    # Seeds and past failures join the corpus (libFuzzer reads every folder given; it writes to the first).
    semi="build/fuzz/semi/$b"
    rm -rf "$semi" && mkdir -p "$semi"
    while IFS= read -r f; do
        if [ -d "$f" ]; then cp "$f"/* "$semi/"; elif [ -n "$f" ]; then cp "$f" "$semi/"; fi
    done < "build/fuzz/fuzz/semi_$b.txt"
    echo "fuzz/run.sh: $b per $secondi s"
    # shellcheck disable=SC2086 # PERFPA_FUZZ_ARGS is a list of options
    if ! PERFPA_FUZZ_BERSAGLIO="$b" build/fuzz/fuzz/perfpa_fuzz "$corpus" "$semi" "$regressioni" \
        -dict=fuzz/perfpa.dict -max_total_time="$secondi" -timeout=10 -rss_limit_mb=2560 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$regressioni/" ${PERFPA_FUZZ_ARGS:-} 2>"build/fuzz/$b.log"; then
        echo "fuzz/run.sh: $b ha trovato un input che fallisce (in $regressioni/): build/fuzz/$b.log" >&2
        tail -40 "build/fuzz/$b.log" >&2
        esito=1
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "build/fuzz/$b.log" | sed "s/^/  /" || true
done
echo "fuzz/run.sh: totale $(($(date +%s) - inizio)) s"
exit $esito
