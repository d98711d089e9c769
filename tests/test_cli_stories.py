"""`bantin stories` and `bantin show` on a fixture store (each test its own DB file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bantin.brief import render
from bantin.cli import app
from bantin.fixtures import build_fixture_store, fixture_records
from bantin.store import Store

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "news.db"
    build_fixture_store(path).close()
    return path


def test_cli_stories_json_lists_every_stored_story(db: Path) -> None:
    result = runner.invoke(app, ["stories", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    listing = json.loads(result.stdout)
    with Store(db) as store:
        expected = [row.model_dump(mode="json") for row in store.stories()]
    assert listing == {"data": expected, "count": len(fixture_records().stories)}
    assert set(listing["data"][0]) == {
        "id", "thread_id", "title", "n_articles", "n_sources", "first_date", "last_date",
    }  # fmt: skip


def test_cli_stories_table_shows_ids_threads_and_counts(db: Path) -> None:
    result = runner.invoke(app, ["stories", "--db", str(db)], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        rows = store.stories()
    lines = result.stdout.splitlines()
    for row in rows:
        line = next(line for line in lines if row.id in line)
        assert row.thread_id in line and row.title in line
        cells = line.split()
        assert str(row.n_articles) in cells and str(row.n_sources) in cells
    assert f"{len(rows)} stories" in result.stdout


def test_cli_stories_on_empty_store(tmp_path: Path) -> None:
    Store(tmp_path / "empty.db").close()
    result = runner.invoke(app, ["stories", "--db", str(tmp_path / "empty.db"), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"data": [], "count": 0}


@pytest.mark.parametrize("fmt", ["md", "json", "html"])
def test_cli_show_prints_the_stored_brief(db: Path, fmt: str) -> None:
    brief = fixture_records().briefs[0]
    result = runner.invoke(app, ["show", brief.id, "--db", str(db), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert result.stdout == render([brief], fmt)  # type: ignore[arg-type]
    assert result.stderr == ""


def test_cli_show_defaults_to_markdown(db: Path) -> None:
    brief = fixture_records().briefs[1]
    result = runner.invoke(app, ["show", brief.id, "--db", str(db)])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"# {brief.title}\n")


@pytest.mark.parametrize("command", [["stories"], ["show", "s-batxat"]])
def test_cli_read_commands_do_not_create_a_store(command: list[str], tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "news.db"
    result = runner.invoke(app, [*command, "--db", str(missing)])
    assert result.exit_code == 1
    assert "[B004]" in result.stderr
    assert not missing.exists() and not missing.parent.exists()
