#!/usr/bin/env bash
# Refresh the translation sources from the code (lupdate), then compile them (lrelease).
# Translate new entries in inspector/resources/translations/inspector_ko.ts (Qt Linguist, or by hand),
# then run this again; tests/ui/test_translations.py fails while any entry is unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."
sources=(main.py ui/*.py ui/*/*.py)
for lang in en ko; do
  .venv/bin/pyside6-lupdate -no-obsolete -locations none "${sources[@]}" \
    -ts "inspector/resources/translations/inspector_${lang}.ts"
  .venv/bin/pyside6-lrelease "inspector/resources/translations/inspector_${lang}.ts" \
    -qm "inspector/resources/translations/inspector_${lang}.qm"
done
