#!/usr/bin/env bash
# Mutation score of the pure domain modules, with mutmut: how many small faults put into each
# module (an `and` made `or`, a `<` made `<=`, a constant changed...) the test suite catches.
# A benchmark-like script, not part of the test command: it takes minutes.
#
#   bash scripts/mutation.sh            every module below
#   bash scripts/mutation.sh rules      the modules whose path contains "rules"
#
# The decoders' tests are left out: they read images for seconds and test no module here.
# It works on a copy of the checkout in a temporary folder (mutmut rewrites the sources it
# mutates), runs the tests of the stages the modules belong to on SQLite, and prints the killed
# and surviving mutants per module (scripts/mutation_report.py). Survivors judged equivalent
# are listed, with the reason, in docs/testing.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# module path[:function,function] (only those functions count when given)
MODULES=(
  inspector/grading/conditions.py
  inspector/grading/answers.py
  inspector/grading/rules.py
  inspector/receiving/labels.py
  inspector/rmas/rma_numbers.py
  inspector/reports/cells.py
  inspector/rmas/return_window.py
  inspector/policy/verdict.py
)
TESTS=(tests/inspector/grading tests/inspector/receiving tests/inspector/rmas tests/inspector/reports
  tests/inspector/policy)

if [ $# -gt 0 ]; then
  picked=()
  for m in "${MODULES[@]}"; do for want in "$@"; do [[ $m == *"$want"* ]] && picked+=("$m"); done; done
  MODULES=("${picked[@]}")
fi
((${#MODULES[@]})) || { echo "mutation: no module matches $*" >&2; exit 2; }

work=$(mktemp -d /tmp/mutation.XXXXXX)
# MUTATION_KEEP=1 leaves the copy, to read a survivor: cd into it, .venv/bin/mutmut show NAME
if [ -n "${MUTATION_KEEP:-}" ]; then echo "mutation: working in $work (kept)" >&2
else trap 'rm -rf "$work"' EXIT; fi
git ls-files -z | xargs -0 cp --parents -t "$work" 2>/dev/null || true
ln -s "$root/.venv" "$work/.venv"
paths=$(printf '"%s", ' "${MODULES[@]%%:*}")
tests=$(printf '"%s", ' "${TESTS[@]}")
cat >> "$work/pyproject.toml" <<TOML

[tool.mutmut]
source_paths = [${paths%, }]
pytest_add_cli_args_test_selection = [${tests%, }]
also_copy = ["db", "resources", "tests", "ui", "main.py", "inspector"]
pytest_add_cli_args = ["-p", "no:cacheprovider", "-q", "-x", "-p", "no:randomly",
  "--ignore=tests/inspector/receiving/test_decoding.py",
  "--ignore=tests/inspector/receiving/test_live_scan.py"]
TOML
cd "$work"
export QT_QPA_PLATFORM=offscreen INSPECTOR_TEST_PG_URL= INSPECTOR_HOME="$work/home"
mkdir -p "$INSPECTOR_HOME"
.venv/bin/mutmut run --max-children "${MUTATION_JOBS:-2}" >mutmut.log 2>&1 || {
  tail -20 mutmut.log >&2; echo "mutation: mutmut failed (log above)" >&2; exit 1; }
.venv/bin/python "$root/scripts/mutation_report.py" mutants "${MODULES[@]}"
