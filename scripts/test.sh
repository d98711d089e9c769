#!/usr/bin/env bash
# Set up, then run every check: ruff (lint + format), mypy on src/, and the pytest suite,
# including the headless Chromium tests when Chromium is (or can be) installed; then the fast
# tests again on the core install alone, where every optional feature (Dask, the sumy
# baselines, the browser) must skip or name the extra it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh dev,dask,eval
.venv/bin/ruff check src tests benchmarks scripts
.venv/bin/ruff format --check src tests benchmarks scripts
.venv/bin/mypy
if scripts/setup_browser.sh; then
  .venv/bin/pytest --browser "$@"
else
  echo "Chromium not found and not installable here: browser tests skipped (set BANTIN_CHROMIUM)" >&2
  .venv/bin/pytest "$@"
fi
VENV=.venv-core scripts/setup.sh none
.venv-core/bin/python -m pip install --quiet -c constraints.txt pytest
.venv-core/bin/python -m pytest -m "not slow" "$@"
