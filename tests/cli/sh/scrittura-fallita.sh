# A report that cannot be written whole (the process may write at most 512
# bytes per file: ulimit -f 1, the signal ignored so write() fails with
# EFBIG, as on a full disk): exit 2, and the previous report is intact,
# with no temporary file left beside it. Prints "intatto" when it is.
cartella=scrittura-fallita
rm -rf "$cartella" && mkdir "$cartella" || exit 99
printf 'rapporto precedente\n' > "$cartella/rapporto.html"
(trap '' XFSZ && ulimit -f 1 && exec "$PERFPA" report --format html -o "$cartella/rapporto.html" "$LEVERANO")
uscita=$?
if [ "$(cat "$cartella/rapporto.html")" = "rapporto precedente" ] && [ "$(ls -A "$cartella")" = "rapporto.html" ]; then
  echo intatto
else
  ls -A "$cartella"
fi
exit $uscita
