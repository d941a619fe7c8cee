# perfpa confronta --json on the bundled data: byte for byte the golden
# perfpa.confronto_piano/1 and perfpa.confronto_anni/1 of tests/golden (the
# piano file was written by the tool before its writers moved to the library,
# <perfpa/json/confronto.hpp>; the anni file the same, with "vincoli" added at
# its end). Regenerate with the same commands when a rule changes on purpose,
# and read the diff.
esempi=$(dirname "$LEVERANO")
golden="$DATI/../../golden"
"$PERFPA" confronta --piano "$esempi/piano-leverano-2023.json" "$LEVERANO" --json > confronto-piano.out || exit 1
"$PERFPA" confronta "$esempi/leverano-2022.json" "$LEVERANO" --smvp "$esempi/smvp-esempio.json" --json \
  > confronto-anni.out || exit 1
for x in "confronto-piano.out $golden/confronto_piano-leverano-2023.json" \
         "confronto-anni.out $golden/confronto_anni-leverano-2022-2023.json"; do
  set -- $x
  if ! cmp -s "$1" "$2"; then
    echo "differs from $2:"
    diff "$1" "$2" | head -c 4000
    exit 1
  fi
done
