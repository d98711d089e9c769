#!/usr/bin/env bash
# Set up, then run the main job on the seed pages: prints the story briefs as Markdown.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh dask
exec .venv/bin/bantin run ../shared/seeds --db "${BANTIN_DB:-bantin.db}" "$@"
