#!/usr/bin/env bash
# Refresh the locked versions (requirements/*.txt, every package pinned with its hashes) from
# pyproject.toml, with uv. The lock is for CPython 3.11 on Linux x86_64 (the dock PCs' and CI's
# Python), plus a runtime lock for Windows x86_64 dock PCs; docs/install.md says why uv.
#
#   bash scripts/update-lock.sh                       keep the pins that still fit, add what is new
#   bash scripts/update-lock.sh --upgrade             the newest releases pyproject allows
#   bash scripts/update-lock.sh --upgrade-package pyside6-essentials   one package (and its needs)
#
# Without a network it resolves from uv's cache (--offline) and says so. Run the suite after an
# upgrade (bash scripts/test.sh), or first try the newest releases with scripts/try-latest.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'update-lock: %s\n' "$*" >&2; }

UV=${UV:-}
if [ -z "$UV" ]; then
  for candidate in .venv/bin/uv "$(command -v uv || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then UV=$candidate; break; fi
  done
fi
if [ -z "$UV" ]; then
  say "uv is needed: .venv/bin/python -m pip install uv (or pipx install uv)"
  exit 1
fi
PYTHON=${PYTHON:-python3}

mkdir -p requirements
# The index is PyPI, as pip's. The versions are resolved once, for the test extra too, and the
# runtime locks are held to them, so the runtime never gets a version the suite did not run.
compile() {
  local out=$1
  shift
  local common=(pyproject.toml --generate-hashes --quiet --no-header --no-annotate
    --python-version 3.11 -o "$out" "$@")
  if ! "$UV" pip compile "${common[@]}" 2>/tmp/update-lock.$$; then
    if grep -q -i -E "network|connect|dns|timed out|offline|resolve host" /tmp/update-lock.$$; then
      say "no index reachable; resolving $out from uv's cache (--offline)"
      "$UV" pip compile "${common[@]}" --offline
    else
      cat /tmp/update-lock.$$ >&2
      rm -f /tmp/update-lock.$$
      exit 1
    fi
  fi
  rm -f /tmp/update-lock.$$
}

compile requirements/dev.txt --extra test --extra package --python-platform x86_64-manylinux_2_34 "$@"
pins=$(mktemp)
trap 'rm -f "$pins"' EXIT
grep -E '^[A-Za-z0-9._-]+==' requirements/dev.txt | sed 's/ .*//' >"$pins"
compile requirements/runtime.txt --python-platform x86_64-manylinux_2_34 -c "$pins"
compile requirements/runtime-windows.txt --python-platform x86_64-pc-windows-msvc -c "$pins"

for lock in requirements/dev.txt requirements/runtime.txt requirements/runtime-windows.txt; do
  header="# Locked by scripts/update-lock.sh (uv pip compile, --generate-hashes) from pyproject.toml"
  case $lock in
    *windows*) target="CPython 3.11, Windows x86_64; the runtime only" ;;
    *dev*) target="CPython 3.11, Linux x86_64 (manylinux_2_34); the test extra too" ;;
    *) target="CPython 3.11, Linux x86_64 (manylinux_2_34); the runtime only" ;;
  esac
  { printf '%s\n# for %s. Do not edit by hand.\n' "$header" "$target"; cat "$lock"; } >"$lock.new"
  mv "$lock.new" "$lock"
done
"$PYTHON" scripts/lock_stamp.py --write requirements/dev.txt requirements/runtime.txt \
  requirements/runtime-windows.txt
say "requirements/ refreshed: $(grep -c '==' requirements/dev.txt) packages locked for the suite"
