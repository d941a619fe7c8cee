#!/usr/bin/env bash
# The web page (docs/web.md): configures build/web with emscripten's emcmake,
# builds the page into build/web/pagina/ and runs its test in headless
# Chromium. Without emscripten it says so and exits 0 (nothing to build).
#   scripts/web.sh          build and test
#   scripts/web.sh build    build only
# With build/dev/examples/perfpa present (or PERFPA_CLI set), the test also
# compares the page's results with the command-line tool's, byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v emcmake >/dev/null || ! command -v em++ >/dev/null; then
    echo "web: emscripten non installato (Debian: apt-get install emscripten): pagina web non costruita"
    exit 0
fi

cli="${PERFPA_CLI:-$PWD/build/dev/examples/perfpa}"
[ -x "$cli" ] || cli=""

inizio=$SECONDS
emcmake cmake -S . -B build/web -G Ninja -DPERFPA_WEB=ON -DCMAKE_BUILD_TYPE=Release -DPERFPA_WEB_CLI="$cli"
cmake --build build/web -j2
echo "web: pagina costruita in $((SECONDS - inizio)) s: build/web/pagina/ ($(cat build/web/pagina/* | wc -c) byte)"

if [ "${1:-}" != build ]; then
    ctest --test-dir build/web --output-on-failure
fi
