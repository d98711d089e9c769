#!/usr/bin/env bash
# Set up, then run every check: ruff (lint + format), mypy on src/, and the pytest suite,
# including the headless Chromium tests when Chromium is (or can be) installed.
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
