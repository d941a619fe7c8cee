# The sheet edited in LibreOffice: the CSV of a Relazione opened as an
# Italian user opens it (';', UTF-8, it-IT) and saved as .xlsx, then the
# .xlsx saved back as CSV (';', '"', UTF-8: no BOM, LF line ends, every
# text quoted, "6,00" become "6") and imported with --su: the same document
# as `perfpa fmt`. Exit 77 (skipped) when LibreOffice is not installed.
soffice=$(command -v soffice || command -v libreoffice)
if [ -z "$soffice" ]; then
  echo "SKIP: LibreOffice non installato (Debian: apt-get install libreoffice-calc-nogui)"
  exit 77
fi
cartella=$(pwd)/importa-libreoffice
rm -rf "$cartella" && mkdir -p "$cartella/xlsx" "$cartella/csv" || exit 99
esempi=$(dirname "$LEVERANO")
profilo="-env:UserInstallation=file://$cartella/profilo"
# completo.json (tests/json/data) has NdV degrees with decimals, a neutralisation, a reason, who
# gave a degree, numbers in an indicator and a description on two lines, quoted.
for r in "$esempi/leverano-2023.json" "$DATI/../../json/data/completo.json"; do
  nome=$(basename "$r" .json)
  "$PERFPA" report --format csv "$r" > "$cartella/$nome.csv" 2> /dev/null || exit 1
  # Import filter: separator 59 (';'), text delimiter 34 ('"'), UTF-8 (76), from line 1, default
  # column formats, language 1040 (it-IT: ',' is the decimal separator).
  LC_ALL=it_IT.UTF-8 LANG=it_IT.UTF-8 timeout 240 "$soffice" --headless --norestore "$profilo" --infilter=CSV:59,34,76,1,,1040 --convert-to xlsx \
    --outdir "$cartella/xlsx" "$cartella/$nome.csv" > /dev/null 2>&1 || { echo "conversione in xlsx fallita"; exit 1; }
  # Saved by an Italian user's LibreOffice (it_IT locale): "7,5". Under another locale Calc writes
  # "7.5", which perfpa importa refuses with its row and column rather than misread.
  LC_ALL=it_IT.UTF-8 LANG=it_IT.UTF-8 timeout 240 "$soffice" --headless --norestore "$profilo" \
    --convert-to 'csv:Text - txt - csv (StarCalc):59,34,76,1' \
    --outdir "$cartella/csv" "$cartella/xlsx/$nome.xlsx" > /dev/null 2>&1 || { echo "conversione in csv fallita"; exit 1; }
  [ -s "$cartella/csv/$nome.csv" ] || { echo "LibreOffice non ha scritto $nome.csv"; exit 1; }
  cmp -s "$cartella/$nome.csv" "$cartella/csv/$nome.csv" && { echo "il CSV di LibreOffice è identico: prova inutile"; exit 1; }
  "$PERFPA" fmt "$r" > "$cartella/$nome.fmt.json" || exit 1
  "$PERFPA" importa --format csv --su "$r" "$cartella/csv/$nome.csv" > "$cartella/$nome.json" || exit 1
  cmp "$cartella/$nome.fmt.json" "$cartella/$nome.json" || { echo "diverso dopo LibreOffice: $nome"; exit 1; }
done
echo "uguali dopo LibreOffice"
