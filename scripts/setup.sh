#!/usr/bin/env bash
# Create .venv (if needed) and install bantin with pinned dependencies.
# Usage: scripts/setup.sh [EXTRAS]   e.g. scripts/setup.sh dev,dask,eval
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-dask}"
python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -c constraints.txt -e ".[${extras}]"
