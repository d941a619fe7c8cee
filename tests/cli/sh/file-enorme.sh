# A 1 GiB file (sparse: no disk used) is refused by its size, before any
# byte is read: the caller's timeout catches a tool that reads it all.
cartella=file-enorme
rm -rf "$cartella" && mkdir "$cartella" || exit 99
truncate -s 1G "$cartella/enorme.json" || exit 99
"$PERFPA" check "$cartella/enorme.json"
uscita=$?
rm -rf "$cartella"
exit $uscita
