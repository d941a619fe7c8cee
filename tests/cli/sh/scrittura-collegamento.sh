# `report -o LINK` where LINK is a symbolic link: the link stays a link and
# its target gets the report (written beside the target, renamed onto it),
# also when the target does not exist yet. Prints "collegamento conservato"
# and "collegamento pendente seguito" when so, and no temporary file is left.
cartella=scrittura-collegamento
rm -rf "$cartella" && mkdir -p "$cartella/rapporti" || exit 99
printf 'rapporto precedente\n' > "$cartella/rapporti/vero.md"
ln -s rapporti/vero.md "$cartella/collegamento.md" || exit 99
"$PERFPA" report --format md -o "$cartella/collegamento.md" "$LEVERANO"
uscita=$?
if [ -L "$cartella/collegamento.md" ] && [ "$(readlink "$cartella/collegamento.md")" = rapporti/vero.md ] &&
   head -1 "$cartella/rapporti/vero.md" | grep -q '^# Relazione sulla Performance 2023' &&
   [ "$(ls -A "$cartella/rapporti")" = "vero.md" ]; then
  echo "collegamento conservato"
fi
# A link to a file not there yet (two links in a row, the second absolute).
ln -s "$PWD/$cartella/rapporti/nuovo.md" "$cartella/secondo.md" && ln -s secondo.md "$cartella/primo.md" || exit 99
"$PERFPA" report --format md -o "$cartella/primo.md" "$LEVERANO" || uscita=$?
if [ -L "$cartella/primo.md" ] && [ -L "$cartella/secondo.md" ] &&
   head -1 "$cartella/rapporti/nuovo.md" | grep -q '^# Relazione sulla Performance 2023' &&
   [ "$(ls -A "$cartella" | tr '\n' ' ')" = "collegamento.md primo.md rapporti secondo.md " ]; then
  echo "collegamento pendente seguito"
fi
exit $uscita
