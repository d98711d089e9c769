#!/usr/bin/env bash
# Create a virtualenv (if needed) and install bantin with pinned dependencies.
# Usage: scripts/setup.sh [EXTRAS]   e.g. scripts/setup.sh dev,dask,eval; "none" for the core only.
# VENV names the virtualenv (default .venv).
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-dask}"
venv="${VENV:-.venv}"
python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi
target="."
if [ "$extras" != none ]; then
  target=".[${extras}]"
fi
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet -c constraints.txt -e "$target"
