#!/usr/bin/env bash
# The pt_BR catalogue from the sources: every tr() of the front ends, the engine's TL_TR texts and its
# TL_MESSAGE messages (each under its identifier).
#   bash packaging/update-translations.sh          add new texts to ui/i18n/*.ts (to translate)
#   bash packaging/update-translations.sh --check  fail, listing them, when a text of the sources has
#                                                  no finished translation (ctest runs this)
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate6 || echo /usr/lib/qt6/bin/lupdate)
sources=(app ui engine)
options=(-silent -locations relative -no-obsolete -extensions cpp,h -tr-function-alias QT_TRANSLATE_NOOP+=TL_TR,QT_TRANSLATE_NOOP+=TL_MESSAGE)

if [ "${1:-}" != --check ]; then
  for ts in ui/i18n/*.ts; do "$lupdate" "${options[@]}" "${sources[@]}" -ts "$ts"; done
  exit 0
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for ts in ui/i18n/*.ts; do
  cp "$ts" "$scratch/catalogue.ts"
  "$lupdate" "${options[@]}" "${sources[@]}" -ts "$scratch/catalogue.ts" >/dev/null
  # A text new to the sources, or one whose translation is missing or marked unfinished.
  untranslated=$(python3 - "$scratch/catalogue.ts" <<'PY'
import sys, xml.etree.ElementTree as ET
for context in ET.parse(sys.argv[1]).getroot().iter("context"):
    name = context.findtext("name")
    for message in context.iter("message"):
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            print(f"  {name}: {message.findtext('source')!r}")
PY
)
  if [ -n "$untranslated" ]; then
    echo "$ts: these texts have no translation (run packaging/update-translations.sh, then translate them):"
    echo "$untranslated"
    status=1
  else
    echo "$ts: every text of the sources is translated ($(grep -c '<source>' "$scratch/catalogue.ts") texts)"
  fi
done
exit $status
