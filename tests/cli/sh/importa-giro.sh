# The round trip report -> importa for every Relazione of examples/data:
# `perfpa report --format csv R` read back with `perfpa importa --format csv
# --su R` (once to standard output, once with -o) gives `perfpa fmt R` byte
# for byte. Prints "giro riuscito: N relazioni" when every one does.
cartella=importa-giro
rm -rf "$cartella" && mkdir "$cartella" || exit 99
esempi=$(dirname "$LEVERANO")
n=0
for r in "$esempi"/*.json; do
  grep -q '"perfpa.relazione/1"' "$r" || continue
  nome=$(basename "$r" .json)
  "$PERFPA" report --format csv "$r" > "$cartella/$nome.csv" 2> /dev/null || { echo "report fallito: $nome"; exit 1; }
  "$PERFPA" fmt "$r" > "$cartella/$nome.fmt.json" || exit 1
  "$PERFPA" importa --format csv --su "$r" "$cartella/$nome.csv" > "$cartella/$nome.json" || { echo "importa fallito: $nome"; exit 1; }
  cmp "$cartella/$nome.fmt.json" "$cartella/$nome.json" || { echo "diverso: $nome"; exit 1; }
  "$PERFPA" importa --format csv --su "$r" -o "$cartella/$nome.o.json" "$cartella/$nome.csv" || exit 1
  cmp "$cartella/$nome.fmt.json" "$cartella/$nome.o.json" || { echo "diverso con -o: $nome"; exit 1; }
  n=$((n + 1))
done
[ "$n" -ge 4 ] || { echo "trovate solo $n relazioni in $esempi"; exit 1; }
echo "giro riuscito: $n relazioni"
