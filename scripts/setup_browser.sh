#!/usr/bin/env bash
# Make headless Chromium available for the browser tests (pytest --browser).
# Playwright drives the system's Chromium; its own browser download is not used (no network
# beyond package registries). Installs Debian's chromium when missing and apt-get can run.
# Exit status 0 when Chromium is available, 1 when it is not.
set -uo pipefail
if [ -n "${BANTIN_CHROMIUM:-}" ] || command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -qq --no-install-recommends chromium; } >/dev/null 2>&1
fi
command -v chromium >/dev/null 2>&1
