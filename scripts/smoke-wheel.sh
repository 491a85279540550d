#!/usr/bin/env bash
# Build the wheel (python -m build) and smoke it in a clean venv outside the checkout: the
# locked runtime packages (requirements/runtime.txt, hash-checked), the wheel without
# dependencies, then scripts/smoke.sh. Prints the wheel's size. Needs the package extra
# (build; scripts/setup.sh installs it) and uv for a fast install (pip is used without it).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
say() { printf 'smoke-wheel: %s\n' "$*" >&2; }

OUT=${SMOKE_WHEEL_DIR:-$(mktemp -d /tmp/inspector-wheel.XXXXXX)}
rm -rf "$OUT/dist"
say "building the wheel into $OUT/dist"
# With the lock's setuptools (77 or newer) the wheel is built offline from the venv; an older
# venv builds in an isolated environment that pip fills from the index.
isolation=()
if .venv/bin/python -c 'import sys, setuptools; sys.exit(int(setuptools.__version__.split(".")[0]) < 77)' 2>/dev/null; then
  isolation=(--no-isolation)
fi
.venv/bin/python -m build --wheel "${isolation[@]}" --outdir "$OUT/dist" . >"$OUT/build.log" 2>&1 \
  || { tail -20 "$OUT/build.log" >&2; exit 1; }
wheel=$(ls "$OUT"/dist/*.whl)
say "$(basename "$wheel"): $(du -k "$wheel" | cut -f1) KiB, $(unzip -Z1 "$wheel" | wc -l) files"

UV=$(command -v .venv/bin/uv || command -v uv || true)
rm -rf "$OUT/venv"
say "installing the locked runtime and the wheel into $OUT/venv"
if [ -n "$UV" ]; then
  "$UV" venv --quiet --python "${PYTHON:-python3.11}" "$OUT/venv"
  "$UV" pip install --quiet --compile-bytecode --python "$OUT/venv/bin/python" --require-hashes \
    -r requirements/runtime.txt
  "$UV" pip install --quiet --compile-bytecode --python "$OUT/venv/bin/python" --no-deps "$wheel"
else
  "${PYTHON:-python3.11}" -m venv "$OUT/venv"
  "$OUT/venv/bin/python" -m pip install --quiet --require-hashes -r requirements/runtime.txt
  "$OUT/venv/bin/python" -m pip install --quiet --no-deps "$wheel"
fi
# The installed app must not lean on the checkout: nothing of it may be on the path.
if (cd /tmp && "$OUT/venv/bin/python" -c 'import inspector, sys; sys.exit(sys.argv[1] in inspector.__file__)' "$ROOT"); then
  :
else
  say "the venv imports inspector from the checkout"
  exit 1
fi
bash scripts/smoke.sh "$OUT/venv/bin/inspector" "$OUT/venv/bin/inspector-gui"
say "passed ($wheel)"
