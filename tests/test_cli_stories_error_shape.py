"""Every error the CLI reports on purpose is one line `[Bnnn] message` on stderr, exit 1."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from bantin.cli import app, exit_on_bantin_error
from bantin.errors import BantinError, NotFoundError
from bantin.fixtures import build_fixture_store, fixture_records
from bantin.store import Store

runner = CliRunner()
ONE_LINE = re.compile(r"\[B\d{3}\] [^\n]+\n")


def _fixture_db(path: Path) -> None:
    build_fixture_store(path).close()


def _text_db(path: Path) -> None:
    path.write_bytes(b"\x00\xff not a database " * 100)


def _newer_db(path: Path) -> None:
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO migrations VALUES ('9999_later', '2030-01-01')")
    conn.commit()
    conn.close()


def _story_without_brief(path: Path) -> None:
    with build_fixture_store(path) as store:
        store.write_batch(stories=[fixture_records().stories[0].model_copy(update={"id": "tran"})])


def _nothing(path: Path) -> None:
    pass


CASES: list[tuple[Callable[[Path], None], list[str], str]] = [
    (_nothing, ["stories"], "B004"),
    (_nothing, ["show", "s-batxat"], "B004"),
    (_fixture_db, ["show", "khong-co"], "B005"),
    (_fixture_db, ["show", "s-batxat", "--format", "pdf"], "B002"),
    (_text_db, ["stories"], "B004"),
    (_newer_db, ["stories", "--json"], "B004"),
    (_story_without_brief, ["show", "tran"], "B005"),
]


@pytest.mark.parametrize(("make_db", "command", "code"), CASES)
def test_cli_error_is_one_line_on_stderr(
    make_db: Callable[[Path], None], command: list[str], code: str, tmp_path: Path
) -> None:
    db = tmp_path / "news.db"
    make_db(db)
    result = runner.invoke(app, [*command, "--db", str(db)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert ONE_LINE.fullmatch(result.stderr), result.stderr
    assert result.stderr.startswith(f"[{code}] ")
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_cli_unknown_story_message_names_the_listing_command(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    _fixture_db(db)
    result = runner.invoke(app, ["show", "x", "--db", str(db)])
    assert (
        result.stderr
        == f"[B005] No story 'x' in {db}: run `bantin stories --db {db}` to list them\n"
    )


def test_exit_on_bantin_error_folds_a_multiline_message() -> None:
    demo = typer.Typer()

    @demo.command()
    @exit_on_bantin_error
    def fail(name: str = "x") -> None:
        raise NotFoundError(f"No story '{name}'\n  on two lines")

    result = runner.invoke(demo, ["--name", "y"])
    assert (result.exit_code, result.stderr) == (1, "[B005] No story 'y' on two lines\n")


def test_exit_on_bantin_error_lets_bugs_keep_their_traceback() -> None:
    demo = typer.Typer()

    @demo.command()
    @exit_on_bantin_error
    def crash() -> None:
        raise ZeroDivisionError("bug")

    result = runner.invoke(demo, [])
    assert isinstance(result.exception, ZeroDivisionError)
    assert not isinstance(result.exception, BantinError)
