#!/usr/bin/env bash
# perfpa quick start on a fresh Debian 12 machine.
#   scripts/quickstart.sh demo   install what is missing, build, run `perfpa check` on the Leverano 2023 data
#   scripts/quickstart.sh test   install what is missing, build and run every test (plain and ASan+UBSan),
#                                then fuzz each target briefly (fuzz/run.sh; PERFPA_FUZZ_SECONDS each, default 20)
# Installing needs root (or sudo); packages already present are not reinstalled.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: the library and its tests; the report tests' tools (a browser for the
# HTML screenshot, LibreOffice for the CSV, Node.js for the JSON Schema validator) and the
# benchmarks' peers. A test whose tool is missing is skipped and says so.
PACKAGES_BUILD="g++ cmake ninja-build git libboost1.81-dev libboost-json1.81-dev catch2"
PACKAGES_TEST_TOOLS="chromium libreoffice-calc-nogui fonts-dejavu-core python3 libbenchmark-dev nlohmann-json3-dev libsimdjson-dev"
# Fuzzing (fuzz/run.sh, docs/fuzzing.md): clang and its libFuzzer/sanitizer runtime.
PACKAGES_FUZZ="clang libclang-rt-14-dev"
# The Python module (docs/python.md) and the web page (docs/web.md, emscripten's libraries come prebuilt).
PACKAGES_PYTHON="python3-dev python3-pybind11 python3-pytest"
PACKAGES_WEB="emscripten"

install_missing() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "quickstart: installing ${missing[*]}"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
}

case "${1:-}" in
demo)
    install_missing $PACKAGES_BUILD
    cmake --preset dev
    cmake --build --preset dev --target perfpa_cli
    set +e
    build/dev/examples/perfpa check examples/data/leverano-2023.json
    rc=$?
    set -e
    # 1 means the checker ran and found an `errore` (the seed has one): that is the expected result.
    [ "$rc" -le 1 ] || exit "$rc"
    echo "quickstart: perfpa check terminato con codice $rc (1 = la Relazione contiene almeno un errore)"
    ;;
test)
    install_missing $PACKAGES_BUILD $PACKAGES_TEST_TOOLS $PACKAGES_FUZZ $PACKAGES_PYTHON $PACKAGES_WEB
    # Node.js may come from elsewhere than Debian (it does on our machines): only add Debian's if absent.
    command -v node >/dev/null && command -v npm >/dev/null || install_missing nodejs npm
    # The JSON Schema validator (Ajv, draft 2020-12) for tests/schema, from the npm registry,
    # into the build tree (never committed). Without it that test is skipped and says so.
    if [ ! -d build/node/node_modules/ajv ]; then
        npm install --prefix build/node --no-save --no-audit --no-fund ajv@8 ajv-formats@3 ||
            echo "quickstart: npm install di ajv non riuscito: il test dello schema sarà saltato"
    fi
    # The dev and asan workflows, with line tables only (-g1) instead of full debug information:
    # the same stack traces (file and line), a quarter less compile time on CI's two cores.
    # The Python module is built and tested in the dev build only (under the sanitizers it needs their
    # runtime preloaded into Python and doubles its build: `-DPERFPA_PYTHON=ON` there works too).
    for preset in dev asan; do
        python=OFF
        [ "$preset" = dev ] && python=ON
        cmake --preset "$preset" -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DPERFPA_PYTHON=$python
        cmake --build --preset "$preset"
        # The packaging tests build their own consumers with plain flags, the same in both builds: once.
        if [ "$preset" = dev ]; then ctest --preset dev; else ctest --preset asan -E '^packaging: '; fi
    done
    # The web page: perfpa in WebAssembly (build/web), checked in headless Chromium against build/dev's tool.
    scripts/web.sh
    # Each fuzz target for a short bounded time (the clang build included, about 4 minutes in
    # all): a finding fails the run and is kept in fuzz/regressions/ (docs/fuzzing.md).
    fuzz/run.sh "${PERFPA_FUZZ_SECONDS:-20}"
    ;;
*)
    echo "uso: scripts/quickstart.sh demo|test" >&2
    exit 2
    ;;
esac
