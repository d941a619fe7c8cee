# perfpa score --json --personale on the bundled data: byte for byte the
# golden perfpa.punteggi_personale/1 of tests/golden (regenerate it with the
# same command when a rule changes on purpose, and read the diff).
esempi=$(dirname "$LEVERANO")
golden="$DATI/../../golden/personale-esempio.punteggi.json"
"$PERFPA" score --json --personale "$esempi/personale-esempio.json" --smvp "$esempi/smvp-personale-esempio.json" \
  "$LEVERANO" > personale-golden.out || exit 1
if ! cmp -s personale-golden.out "$golden"; then
  echo "differs from $golden:"
  diff personale-golden.out "$golden" | head -c 4000
  exit 1
fi
