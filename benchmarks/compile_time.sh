#!/bin/sh
# Compile-time targets of perfpa, measured on this machine:
#   1. a file including <perfpa/perfpa.hpp> compiles in ≤ 1.5 × the time of
#      one including only <boost/json.hpp> (the target of the internals
#      work; an earlier 1.3 × was met before the staff evaluation was added,
#      see docs/performance.md, "Compile time");
#   2. the model and scoring headers alone (no JSON) compile in ≤ 1 s at -O0.
# Each file is compiled RUNS times (default 5) with -std=c++20 -O0 -c, the
# three files taking turns; the fastest run of each counts (the least
# disturbed by other load). Times are CPU time (user + system, from
# /usr/bin/time) when available, which other processes on a busy machine
# disturb far less than wall time; else wall.
#
#   benchmarks/compile_time.sh [CXX] [RUNS]
# Exit status: 0 when both targets are met, 1 otherwise.
#
# With PERFPA_INSTRUCTIONS=1 and valgrind installed, it also counts the
# instructions the compiler proper (cc1plus, on the preprocessed file)
# executes for each file: a figure other load does not move, to compare
# two versions of the headers on a noisy machine (about a minute a file).
set -eu
CXX=${1:-${CXX:-g++}}
RUNS=${2:-5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

printf '#include <boost/json.hpp>\nint main() { return 0; }\n' >"$TMP/boost_json.cpp"
printf '#include <perfpa/perfpa.hpp>\nint main() { return 0; }\n' >"$TMP/perfpa.cpp"
printf '#include <perfpa/model.hpp>\n#include <perfpa/scoring.hpp>\nint main() { return 0; }\n' >"$TMP/model_scoring.cpp"

# One compilation of $1, in milliseconds.
compile_ms() {
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f '%U %S' -o "$TMP/time" "$CXX" -std=c++20 -O0 -c -I"$ROOT/include" "$TMP/$1" -o "$TMP/out.o"
        awk '{ printf "%d", ($1 + $2) * 1000 }' "$TMP/time"
    else
        start=$(date +%s%N)
        "$CXX" -std=c++20 -O0 -c -I"$ROOT/include" "$TMP/$1" -o "$TMP/out.o"
        end=$(date +%s%N)
        echo $(( (end - start) / 1000000 ))
    fi
}

# The smaller of two numbers, the first possibly empty.
min() { if [ -z "$1" ] || [ "$2" -lt "$1" ]; then echo "$2"; else echo "$1"; fi; }

# Instructions, in millions, executed by the compiler proper on $1 (callgrind).
instructions() {
    cc1=$("$CXX" -print-prog-name=cc1plus)
    "$CXX" -std=c++20 -O0 -E -I"$ROOT/include" "$TMP/$1" -o "$TMP/pre.ii"
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$cc1" -quiet -std=c++20 -O0 "$TMP/pre.ii" \
        -o "$TMP/out.s" 2>&1 >/dev/null | awk '/Collected/ { printf "%d", $4 / 1000000 }'
}

# The files take turns, round after round, so that a change in the load of
# the machine during the measurement touches all of them alike.
boost_ms= perfpa_ms= model_ms=
i=0
while [ "$i" -lt "$RUNS" ]; do
    boost_ms=$(min "$boost_ms" "$(compile_ms boost_json.cpp)")
    perfpa_ms=$(min "$perfpa_ms" "$(compile_ms perfpa.cpp)")
    model_ms=$(min "$model_ms" "$(compile_ms model_scoring.cpp)")
    i=$((i + 1))
done
ratio=$(awk "BEGIN { printf \"%.2f\", $perfpa_ms / $boost_ms }")

kind=wall; [ -x /usr/bin/time ] && kind="CPU (user+sys)"
echo "compiler: $("$CXX" --version | head -n 1); flags: -std=c++20 -O0 -c; $kind time, fastest of $RUNS runs"
echo "#include <boost/json.hpp>                      ${boost_ms} ms"
echo "#include <perfpa/perfpa.hpp>                   ${perfpa_ms} ms  (${ratio} x boost/json.hpp, target <= 1.50)"
echo "#include <perfpa/model.hpp> + scoring.hpp      ${model_ms} ms  (target <= 1000 ms)"

if [ "${PERFPA_INSTRUCTIONS:-0}" = 1 ] && command -v valgrind >/dev/null 2>&1; then
    boost_i=$(instructions boost_json.cpp)
    perfpa_i=$(instructions perfpa.cpp)
    model_i=$(instructions model_scoring.cpp)
    echo "compiler instructions (cc1plus, callgrind): boost/json.hpp ${boost_i} M, perfpa.hpp ${perfpa_i} M" \
        "($(awk "BEGIN { printf \"%.2f\", $perfpa_i / $boost_i }") x), model + scoring ${model_i} M"
fi

status=0
awk "BEGIN { exit !($perfpa_ms <= 1.5 * $boost_ms) }" || { echo "MISSED: perfpa.hpp ratio ${ratio} > 1.50"; status=1; }
[ "$model_ms" -le 1000 ] || { echo "MISSED: model + scoring ${model_ms} ms > 1000 ms"; status=1; }
[ "$status" -eq 0 ] && echo "both compile-time targets met"
exit $status
