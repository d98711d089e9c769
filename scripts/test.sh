#!/usr/bin/env bash
# Set up, then run every check: ruff (lint + format), mypy on src/, and the pytest suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh dev,dask,eval
.venv/bin/ruff check src tests benchmarks scripts
.venv/bin/ruff format --check src tests benchmarks scripts
.venv/bin/mypy
.venv/bin/pytest "$@"
