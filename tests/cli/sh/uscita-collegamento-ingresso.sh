# `report -o LINK X` where LINK is a symbolic link to X: refused before
# anything is written; X unchanged and LINK still a link.
cartella=uscita-collegamento-ingresso
rm -rf "$cartella" && mkdir "$cartella" || exit 99
cp "$LEVERANO" "$cartella/relazione.json" && ln -s relazione.json "$cartella/collegamento.json" || exit 99
"$PERFPA" report --format md -o "$cartella/collegamento.json" "$cartella/relazione.json"
uscita=$?
cmp -s "$LEVERANO" "$cartella/relazione.json" && [ -L "$cartella/collegamento.json" ] && echo intatto
exit $uscita
