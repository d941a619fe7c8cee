# A report written over an older one: replaced whole, with the old file's
# permissions, and no temporary file left. Prints "sostituito" when so.
cartella=scrittura-riuscita
rm -rf "$cartella" && mkdir "$cartella" || exit 99
printf 'rapporto precedente\n' > "$cartella/rapporto.md"
chmod 640 "$cartella/rapporto.md"
"$PERFPA" report --format md -o "$cartella/rapporto.md" "$LEVERANO"
uscita=$?
if head -1 "$cartella/rapporto.md" | grep -q '^# Relazione sulla Performance 2023' &&
   [ "$(stat -c %a "$cartella/rapporto.md")" = 640 ] && [ "$(ls -A "$cartella")" = "rapporto.md" ]; then
  echo sostituito
fi
exit $uscita
