# The command the README shows for the bundled split, exactly as written
# there (run in examples/data): the companion documents of premi.md "The
# bundled example" give a split, exit 0.
cd "$(dirname "$LEVERANO")" || exit 99
"$PERFPA" premi --personale personale-esempio-premi.json --criteri criteri-esempio.json --smvp smvp-personale-esempio.json leverano-2023-validata-esempio.json
