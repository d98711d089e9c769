"""Web fixtures: a seeded store, `bantin serve` as a real server, and a headless browser."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bantin.fixtures import build_fixture_store

# Chromium in a closed network: no sync, no component updates, no background lookups (each
# otherwise retries refused connections at every start).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "news.db"
    build_fixture_store(path).close()
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of `bantin serve` on a free port in a subprocess, over a seeded store.

    One server per module: the pages are read-only, and starting one takes seconds.
    """
    db = tmp_path_factory.mktemp("live") / "news.db"
    build_fixture_store(db).close()
    port = _free_port()
    command = [sys.executable, "-m", "bantin", "serve", "--db", str(db), "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"{base}/stories.json", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def browser_page(request: pytest.FixtureRequest) -> Iterator[object]:
    """A Playwright page in headless Chromium; only with ``pytest --browser``."""
    if not request.config.getoption("--browser"):
        pytest.skip("browser tests run with --browser")
    sync_api = pytest.importorskip("playwright.sync_api")
    executable = os.environ.get("BANTIN_CHROMIUM") or shutil.which("chromium")
    if executable is None:
        pytest.fail(
            "--browser needs Chromium: install it (scripts/setup_browser.sh) or set BANTIN_CHROMIUM"
        )
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield browser.new_page()
        finally:
            browser.close()
