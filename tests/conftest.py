"""Fixtures shared by every test module: where the seeds and evaluation data live."""

from __future__ import annotations

from pathlib import Path

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
