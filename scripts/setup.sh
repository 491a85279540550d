#!/usr/bin/env bash
# Install what Returns Inspector needs on Debian or Ubuntu: the system libraries (only those
# missing), a virtual environment in .venv/ and the Python packages locked in requirements/dev.txt
# (scripts/update-lock.sh makes it from pyproject.toml; docs/install.md).
# Safe to run again: it installs only what is not there yet.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*" >&2; }

# libzbar0: pyzbar's decoder. fonts-nanum: a font that renders Hangul. libpulse0: QtMultimedia.
# The rest are what Qt's xcb platform plugin loads to open a window on an X display.
SYSTEM_PACKAGES=(
  libzbar0 fonts-nanum libpulse0 fontconfig
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libfontconfig1
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
)

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

PYTHON=${PYTHON:-python3}
if ! command -v "$PYTHON" >/dev/null 2>&1; then
  SYSTEM_PACKAGES+=(python3 python3-venv python3-pip)
elif ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  SYSTEM_PACKAGES+=(python3-venv)
fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${SYSTEM_PACKAGES[@]}"; do installed "$pkg" || missing+=("$pkg"); done
fi
if ((${#missing[@]})); then
  say "installing system packages: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { say "run as root or install sudo to add: ${missing[*]}"; exit 1; }
    SUDO="sudo"
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The lock (requirements/) is for CPython 3.11: the Python the suite runs on here and in CI.
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
  say "the locked versions are for Python 3.11; $("$PYTHON" --version 2>&1) was found: install python3.11 and run PYTHON=python3.11 bash scripts/setup.sh"
  exit 1
fi
# A lock made before pyproject.toml's dependencies last changed would install the wrong set.
"$PYTHON" scripts/lock_stamp.py --check requirements/dev.txt || exit 1

if [ ! -x .venv/bin/python ]; then
  say "creating .venv"
  "$PYTHON" -m venv .venv
fi
# The stamp names what was installed: the lock and the package's own metadata.
stamp=.venv/.installed-$(cat requirements/dev.txt pyproject.toml | sha256sum | cut -c1-16)
if [ ! -e "$stamp" ]; then
  say "installing the locked Python packages into .venv (a few minutes the first time)"
  # Exactly the versions and files CI tested (every one pinned and hash-checked), then the app
  # itself, editable, with nothing more.
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes \
    -r requirements/dev.txt
  # Built with the locked setuptools (no build isolation: nothing fetched that is not locked).
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps \
    --no-build-isolation -e .
  rm -f .venv/.installed-*
  touch "$stamp"
fi
