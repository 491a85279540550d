#!/usr/bin/env bash
# The smoke run of an installed Returns Inspector (a wheel in a venv, or the one-folder build):
#   bash scripts/smoke.sh INSPECTOR GUI
# INSPECTOR is the command line's executable, GUI the desktop app's. Runs in an empty folder
# outside the checkout with its own INSPECTOR_HOME: --version, a 200-RMA demo, a lookup, the
# decoders on two corpus images (tests/data/smoke/), then the GUI offscreen: its window shown, 5 s
# more running, and nothing written to stderr. Exit 0 when all of it passes.
set -euo pipefail
HERE=$(cd "$(dirname "$0")/.." && pwd)
INSPECTOR=$1
GUI=$2
RUN=$(mktemp -d /tmp/inspector-smoke.XXXXXX)
export INSPECTOR_HOME=$RUN/home
export QT_QPA_PLATFORM=offscreen
unset INSPECTOR_DB
cp "$HERE"/tests/data/smoke/*.png "$HERE"/tests/data/smoke/*.webp "$RUN"/
cd "$RUN"

fail() {
  printf 'smoke: FAILED: %s\n' "$*" >&2
  exit 1
}
step() { printf 'smoke: %s\n' "$*" >&2; }

step "$("$INSPECTOR" --version)"
[ "$("$INSPECTOR" --version)" = "inspector $(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$HERE/inspector/__init__.py")" ] \
  || fail "--version does not name this version"

"$INSPECTOR" demo --rmas 200 >demo.out 2>demo.err || fail "inspector demo: $(cat demo.err)"
grep -q "200 RMAs" demo.out || fail "inspector demo did not make 200 RMAs: $(head -1 demo.out)"
step "demo: $(head -1 demo.out | cut -c1-100)"

"$INSPECTOR" lookup RMA00000001X >lookup.out 2>lookup.err || fail "inspector lookup: $(cat lookup.err)"
grep -q '"RMA00000001X"' lookup.out || fail "inspector lookup did not find RMA00000001X"
step "lookup RMA00000001X: found"

"$INSPECTOR" decode code128-5.png ean13-15.webp --json >decode.out 2>decode.err \
  || fail "inspector decode: $(cat decode.err)"
grep -q '"8101054321120021123456"' decode.out || fail "the Code 128 image was not read"
grep -q '"4045787034318"' decode.out || fail "the EAN-13 image was not read"
step "decode: both corpus images read ($(grep -o '"engine": "[a-z-]*"' decode.out | sort -u | tr '\n' ' '))"

"$GUI" >gui.out 2>gui.err &
gui=$!
# Up to a minute for the window (a loaded machine, a first start), then 5 s of running.
for _ in $(seq 120); do
  grep -q "main window shown" "$INSPECTOR_HOME"/logs/inspector.log 2>/dev/null && break
  kill -0 "$gui" 2>/dev/null || break
  sleep 0.5
done
grep -q "main window shown" "$INSPECTOR_HOME"/logs/inspector.log 2>/dev/null \
  || fail "the GUI showed no window within a minute: $(head -c 2000 gui.err)"
sleep 5
if ! kill -0 "$gui" 2>/dev/null; then
  wait "$gui" && status=0 || status=$?
  fail "the GUI stopped by itself (exit $status): $(head -c 2000 gui.err)"
fi
kill "$gui"
wait "$gui" 2>/dev/null || true
[ ! -s gui.err ] || fail "the GUI wrote to stderr: $(head -c 2000 gui.err)"
step "GUI: main window shown offscreen, ran 5 s more, nothing on stderr"
rm -rf "$RUN"
step "passed"
