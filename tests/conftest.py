"""Fixtures shared by every test module: where the seeds and evaluation data live, and a
real `bantin serve` to talk to."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import httpx
import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--browser", action="store_true", help="also run the headless Chromium tests (tests/web)"
    )


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The two real seed pages; skip when ../shared is not beside the checkout."""
    path = SHARED / "seeds"
    if not path.is_dir():
        pytest.skip(f"seed pages not found at {path}: clone the repo beside shared/")
    return path


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The evaluation sets of ../shared/data; skip when absent."""
    path = SHARED / "data"
    if not (path / "vmds.jsonl").is_file():
        pytest.skip(f"evaluation data not found at {path}: clone the repo beside shared/")
    return path


@contextmanager
def _serve(db: Path, *options: str) -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    command = [sys.executable, "-m", "bantin", "serve", "--db", str(db), "--port", str(port)]
    server = subprocess.Popen(
        [*command, *options], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
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


@pytest.fixture(scope="session")
def served() -> Callable[..., AbstractContextManager[str]]:
    """``with served(db, *options) as base:`` — `bantin serve` over ``db`` in a subprocess on
    a free port, its base URL once it answers; stopped on leaving the block."""
    return _serve


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """A store `bantin run` made of the seed pages (two stories), built once: copy it
    (``seeds_db``) before changing it."""
    from bantin.pipeline import run

    db = tmp_path_factory.mktemp("seeds") / "news.db"
    run([str(seeds_dir)], db=db, engine="local")
    return db


@pytest.fixture
def seeds_db(seeds_store: Path, tmp_path: Path) -> Path:
    """A copy of ``seeds_store`` of this test's own."""
    copy = tmp_path / "news.db"
    shutil.copy(seeds_store, copy)
    return copy
