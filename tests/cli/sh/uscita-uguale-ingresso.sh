# `report -o X X`: refused before anything is written; X unchanged, even
# when named by another path (a hard link: same device and inode).
cartella=uscita-uguale-ingresso
rm -rf "$cartella" && mkdir "$cartella" || exit 99
cp "$LEVERANO" "$cartella/relazione.json" && ln "$cartella/relazione.json" "$cartella/collegamento.json" || exit 99
"$PERFPA" report --format md -o "$cartella/collegamento.json" "$cartella/relazione.json"
uscita=$?
cmp -s "$LEVERANO" "$cartella/relazione.json" && echo intatto
exit $uscita
