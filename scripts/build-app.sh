#!/usr/bin/env bash
# The one-folder build for a bench PC: dist/returns-inspector/ holds the desktop app
# (returns-inspector) and the command line (inspector), Python, Qt and its plugins, libzbar,
# the translations, the shipped files and the migrations. Copy the folder; nothing to install
# but the system libraries Qt's window needs (docs/install.md).
#
#   bash scripts/build-app.sh            build (a few minutes; PyInstaller from the package extra)
#   bash scripts/build-app.sh --smoke    build, then the wheel's smoke run on the frozen build
#   bash scripts/build-app.sh --smoke-only   the smoke run on the folder already built
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf 'build-app: %s\n' "$*" >&2; }

APP=dist/returns-inspector
if [ "${1:-}" != "--smoke-only" ]; then
  [ -x .venv/bin/pyinstaller ] || { say "PyInstaller is missing: bash scripts/setup.sh installs it"; exit 1; }
  say "building $APP (PyInstaller; a few minutes)"
  .venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
    --workpath build/pyinstaller packaging/returns-inspector.spec
  say "$APP: $(du -sh "$APP" | cut -f1), $(find "$APP" -type f | wc -l) files"
fi
if [ "${1:-}" = "--smoke" ] || [ "${1:-}" = "--smoke-only" ]; then
  # ZBar must come from the folder, not from the system.
  folder=$PWD/$APP
  image=$PWD/tests/data/smoke/ean13-15.webp
  zbar=$(cd /tmp && LD_DEBUG=libs "$folder/inspector" decode "$image" 2>&1 \
    | grep -o '/[^ ]*libzbar\.so\.0' | head -1 || true)
  case $zbar in
    "$folder"/*) say "libzbar loaded from the folder: ${zbar#"$PWD/"}" ;;
    *) say "libzbar was not loaded from the folder (${zbar:-not loaded})"; exit 1 ;;
  esac
  bash scripts/smoke.sh "$PWD/$APP/inspector" "$PWD/$APP/returns-inspector"
  say "the one-folder build passed its smoke run"
fi
