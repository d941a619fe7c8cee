# `report -o LINK` where LINK is a loop of symbolic links: refused, exit 2,
# nothing written (the links unchanged, no temporary file left).
cartella=scrittura-anello
rm -rf "$cartella" && mkdir "$cartella" || exit 99
ln -s b.md "$cartella/a.md" && ln -s a.md "$cartella/b.md" || exit 99
"$PERFPA" report --format md -o "$cartella/a.md" "$LEVERANO"
uscita=$?
[ "$(readlink "$cartella/a.md")" = b.md ] && [ "$(ls -A "$cartella" | tr '\n' ' ')" = "a.md b.md " ] && echo intatto
exit $uscita
