"""Web fixtures: a seeded store, `bantin serve` as a real server, and a headless browser."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

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


@pytest.fixture(scope="module")
def live_server(
    tmp_path_factory: pytest.TempPathFactory, served: Callable[..., AbstractContextManager[str]]
) -> Iterator[str]:
    """Base URL of `bantin serve` on a free port in a subprocess, over a seeded store.

    One server per module: the pages are read-only, and starting one takes seconds.
    """
    db = tmp_path_factory.mktemp("live") / "news.db"
    build_fixture_store(db).close()
    with served(db) as base:
        yield base


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
