#!/bin/sh
# Read every tr()/translate() string in ui/ and app/ into the translation sources, then
# compile them. Translate new strings in resources/translations/refleks_da.ts (by hand or
# with .venv/bin/pyside6-linguist) and run this again; commit the .ts and .qm files.
# refleks_en.ts holds only English plural forms ("1 entry" / "%n entries").
set -e
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
# lupdate and lrelease ship inside the PySide6 package, beside its Qt modules.
TOOLS=$("$BIN/python" -c "import pathlib, PySide6.QtCore as m; print(pathlib.Path(m.__file__).parent)")
FILES=$(git ls-files --cached --others --exclude-standard 'ui/*.py' 'app/*.py' | sort -u)
"$TOOLS/lupdate" -no-obsolete $FILES -ts resources/translations/refleks_da.ts
"$TOOLS/lupdate" -no-obsolete -pluralonly $FILES -ts resources/translations/refleks_en.ts
for lang in da en; do
    "$TOOLS/lrelease" "resources/translations/refleks_$lang.ts" \
        -qm "resources/translations/refleks_$lang.qm"
done
