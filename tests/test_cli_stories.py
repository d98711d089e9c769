"""`bantin stories` and `bantin show` on a fixture store (each test its own DB file)."""

from __future__ import annotations

import csv
import io
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
    assert listing == {
        "data": expected,
        "count": len(fixture_records().stories),
        "next_offset": None,
    }
    assert set(listing["data"][0]) == {
        "id", "thread_id", "title", "n_articles", "n_sources", "first_date", "last_date",
        "dates_inferred",
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


def test_cli_stories_piped_keeps_each_story_on_one_line(db: Path) -> None:
    # CliRunner's stdout is no terminal, as in `bantin stories | grep`: no 80-column wrapping
    result = runner.invoke(app, ["stories", "--db", str(db)], env={"COLUMNS": None})
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        rows = store.stories()
    for row in rows:
        [line] = [line for line in result.stdout.splitlines() if row.id in line]
        assert row.title in line and row.thread_id in line


def test_cli_stories_narrow_table_never_cuts_ids_or_dates(db: Path) -> None:
    from rich.console import Console

    import bantin.cli

    printed: list[str] = []

    def narrow(table: object) -> None:  # what an 80-column terminal shows
        console = Console(width=80, record=True, file=io.StringIO())
        console.print(table)
        printed.append(console.export_text())

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bantin.cli, "print_table", narrow)
        result = runner.invoke(app, ["stories", "--db", str(db)])
    assert result.exit_code == 0, result.output
    [text] = printed
    with Store(db) as store:
        rows = store.stories()
    assert max(len(line.rstrip()) for line in text.splitlines()) <= 80
    for row in rows:
        dates = [d for d in (row.first_date, row.last_date) if d]
        [line] = [line for line in text.splitlines() if row.id in line]
        assert row.thread_id in line and all(d in line for d in dates)


def test_cli_stories_pages_and_filters_like_the_json_api(db: Path) -> None:
    first = runner.invoke(app, ["stories", "--db", str(db), "--limit", "2", "--json"])
    rest = runner.invoke(app, ["stories", "--db", str(db), "--offset", "2", "--json"])
    assert first.exit_code == rest.exit_code == 0, first.output + rest.output
    first_page, rest_page = json.loads(first.stdout), json.loads(rest.stdout)
    with Store(db) as store:
        every = [row.model_dump(mode="json") for row in store.stories()]
    assert first_page["data"] + rest_page["data"] == every
    assert first_page["count"] == rest_page["count"] == len(every)
    assert (first_page["next_offset"], rest_page["next_offset"]) == (2, None)
    thread = every[0]["thread_id"]
    threaded = runner.invoke(app, ["stories", "--db", str(db), "--thread", thread, "--json"])
    assert {row["thread_id"] for row in json.loads(threaded.stdout)["data"]} == {thread}


def test_cli_stories_table_names_the_next_page(db: Path) -> None:
    result = runner.invoke(
        app, ["stories", "--db", str(db), "--limit", "1"], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    total = len(fixture_records().stories)
    assert f"1-1 of {total} stories" in result.stdout
    assert "next page: --offset 1" in result.stdout


def test_cli_stories_csv_has_the_rows_of_the_json_listing(db: Path) -> None:
    as_json = runner.invoke(app, ["stories", "--db", str(db), "--limit", "2", "--json"])
    as_csv = runner.invoke(app, ["stories", "--db", str(db), "--limit", "2", "--csv"])
    assert as_json.exit_code == as_csv.exit_code == 0, as_csv.output
    assert as_csv.stdout.startswith("\ufeff")  # Excel needs it to read the diacritics
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout.removeprefix("\ufeff"))))
    expected = json.loads(as_json.stdout)["data"]
    assert rows == [{k: "" if v is None else str(v) for k, v in row.items()} for row in expected]
    assert "next page: --offset 2" in as_csv.stderr


def test_cli_stories_refuses_json_and_csv_together(db: Path) -> None:
    result = runner.invoke(app, ["stories", "--db", str(db), "--json", "--csv"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "[B002] bantin stories: give --json or --csv, not both"
    ]


@pytest.mark.parametrize("option", [["--limit", "0"], ["--limit", "1001"], ["--offset", "-1"]])
def test_cli_stories_bad_page_is_one_line_error(db: Path, option: list[str]) -> None:
    result = runner.invoke(app, ["stories", "--db", str(db), *option])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("[B002]")
    assert option[0].removeprefix("--") in lines[0]


def test_cli_stories_on_empty_store(tmp_path: Path) -> None:
    Store(tmp_path / "empty.db").close()
    result = runner.invoke(app, ["stories", "--db", str(tmp_path / "empty.db"), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"data": [], "count": 0, "next_offset": None}


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
