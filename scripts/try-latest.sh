#!/usr/bin/env bash
# Run the test suite on the newest releases pyproject.toml allows, in a separate venv (the
# project's .venv and the lock are left alone), and say which upgrade broke what.
#
#   bash scripts/try-latest.sh                  the whole suite (as scripts/test.sh runs it)
#   bash scripts/try-latest.sh tests/ui -x      pytest arguments narrow it
#
# 1. Resolves the newest allowed versions with uv and prints each that differs from
#    requirements/dev.txt (locked -> newest).
# 2. Installs them into $TRY_LATEST_VENV (default: a folder under /tmp) and runs pytest.
# 3. If tests fail, tries each upgraded package alone on top of the locked versions (PySide6's
#    three wheels move together) against the failed tests only, and names the upgrades that
#    break them. Exit 0 when the newest releases pass, 1 when they do not.
# When they pass: bash scripts/update-lock.sh --upgrade, then commit requirements/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

say() { printf 'try-latest: %s\n' "$*" >&2; }

UV=${UV:-}
[ -n "$UV" ] || { [ -x .venv/bin/uv ] && UV=$ROOT/.venv/bin/uv; } || UV=$(command -v uv || true)
[ -n "$UV" ] || { say "uv is needed: .venv/bin/python -m pip install uv"; exit 1; }
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null || PYTHON=python3
VENV=${TRY_LATEST_VENV:-/tmp/returns-inspector-latest}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

export LC_ALL=C
# name=version, one a line, names normalised and sorted (for join)
pins() {
  grep -E '^[A-Za-z0-9][A-Za-z0-9._-]*==' "$1" | sed 's/[ ;\\].*//; s/==/=/' \
    | awk -F= '{ n = tolower($1); gsub(/[_.]+/, "-", n); print n "=" $2 }' | sort
}
compile() {  # compile OUT [uv args...]: versions for the test extra, without hashes
  local out=$1
  shift
  "$UV" pip compile pyproject.toml --extra test --extra package --python-version 3.11 --quiet --no-header \
    --no-annotate -o "$out" "$@"
}

pins requirements/dev.txt >"$WORK/locked.txt"
compile "$WORK/newest.txt" --upgrade
pins "$WORK/newest.txt" >"$WORK/newest.pins"
join -t= -a2 -e '(new)' -o 0,1.2,2.2 "$WORK/locked.txt" "$WORK/newest.pins" \
  | awk -F= '$2 != $3 { print $1 "=" $2 "=" $3 }' >"$WORK/upgraded.txt"
if [ ! -s "$WORK/upgraded.txt" ]; then
  say "the lock already holds the newest releases pyproject allows; running the suite anyway"
else
  say "newer than the lock (locked -> newest):"
  awk -F= '{ printf "  %-28s %s -> %s\n", $1, $2, $3 }' "$WORK/upgraded.txt" >&2
fi

say "installing the newest releases into $VENV"
[ -x "$VENV/bin/python" ] || "$UV" venv --quiet --python "$PYTHON" "$VENV"
install() {  # install REQUIREMENTS: exactly those versions, then the app itself
  "$UV" pip install --quiet --python "$VENV/bin/python" -r "$1"
  "$UV" pip install --quiet --python "$VENV/bin/python" --no-deps -e "$ROOT"
}
install "$WORK/newest.txt"

export QT_QPA_PLATFORM=offscreen
export INSPECTOR_HOME=${INSPECTOR_HOME:-$WORK/home}
# The lock's own test compares the environment with the lock: here it differs by design.
SKIP=(--deselect tests/test_lock.py::test_the_direct_dependencies_installed_here_are_the_locked_ones)
run_suite() {  # run_suite JUNIT [pytest args...]
  local junit=$1
  shift
  "$VENV/bin/python" -m pytest -q -p no:cacheprovider "${SKIP[@]}" --junitxml "$junit" "$@"
}
if run_suite "$WORK/newest.xml" "$@"; then
  say "the suite passes on the newest releases: bash scripts/update-lock.sh --upgrade to take them"
  exit 0
fi

# The failed tests, by node id, from the JUnit report.
"$VENV/bin/python" - "$WORK/newest.xml" >"$WORK/failed.txt" <<'PY'
import sys
import xml.etree.ElementTree as ET

for case in ET.parse(sys.argv[1]).iter("testcase"):
    if case.find("failure") is not None or case.find("error") is not None:
        parts = case.get("classname", "").split(".")
        test_class = [parts.pop()] if parts and parts[-1].startswith("Test") else []
        print("::".join(["/".join(parts) + ".py", *test_class, case.get("name", "")]))
PY
if [ ! -s "$WORK/failed.txt" ] || [ ! -s "$WORK/upgraded.txt" ]; then
  say "the suite fails on the newest releases (nothing to tell apart: see pytest's report above)"
  exit 1
fi
mapfile -t FAILED <"$WORK/failed.txt"
say "${#FAILED[@]} test(s) fail on the newest releases; trying each upgrade alone on the lock"

# Packages that are released together are tried together.
group_of() {
  case $1 in
    pyside6-essentials | pyside6-addons | shiboken6) echo pyside6 ;;
    *) echo "$1" ;;
  esac
}
declare -A BATCH=()
while IFS='=' read -r name _ _; do
  g=$(group_of "$name")
  BATCH[$g]="${BATCH[$g]:-} $name"
done <"$WORK/upgraded.txt"

culprits=0
for g in "${!BATCH[@]}"; do
  sed 's/ .*//' requirements/dev.txt | grep -E '^[A-Za-z0-9][A-Za-z0-9._-]*==' >"$WORK/one.txt"
  args=()
  for name in ${BATCH[$g]}; do args+=(--upgrade-package "$name"); done
  if ! compile "$WORK/one.txt" "${args[@]}" 2>/dev/null; then
    say "  $g: cannot be upgraded alone (it needs other upgrades); skipped"
    continue
  fi
  install "$WORK/one.txt"
  if run_suite "$WORK/one.xml" "${FAILED[@]}" >"$WORK/one.log" 2>&1; then
    say "  $g alone: the failed tests pass"
  else
    culprits=$((culprits + 1))
    versions=$(for name in ${BATCH[$g]}; do grep "^$name=" "$WORK/upgraded.txt"; done \
      | awk -F= '{ printf "%s %s -> %s; ", $1, $2, $3 }')
    say "  $g alone BREAKS them (${versions%; }):"
    grep -E '^(FAILED|ERROR)' "$WORK/one.log" | sed 's/^/      /' >&2 || true
  fi
done
if [ "$culprits" -eq 0 ]; then
  say "no single upgrade breaks them alone: it takes a combination (the full list is above)"
fi
exit 1
