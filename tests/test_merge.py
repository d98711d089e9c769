"""``bantin merge`` / ``merge_stories``: an editor's merge is stored whole, briefed, kept by
later runs and made again by ``regroup``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bantin.cli import app
from bantin.errors import NotFoundError
from bantin.pipeline import merge_stories, regroup, run
from bantin.store import Store


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    db = tmp_path_factory.mktemp("seeds") / "news.db"
    run([str(seeds_dir)], db=db, engine="local")
    return db


@pytest.fixture
def db(seeds_store: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "news.db"
    shutil.copy(seeds_store, copy)
    return copy


def _two_stories(db: Path) -> tuple[str, str]:
    """The withdrawal story (two pages) and the ECOWAS story the splitter cut from one."""
    with Store(db) as store:
        rows = sorted(store.stories(), key=lambda row: -row.n_articles)
    withdrawal, ecowas = rows
    return withdrawal.id, ecowas.id


def test_a_merge_makes_one_story_with_every_article_and_a_fresh_brief(db: Path) -> None:
    withdrawal, ecowas = _two_stories(db)
    with Store(db) as store:
        members = {*store.story(withdrawal).article_ids, *store.story(ecowas).article_ids}
    brief = merge_stories(withdrawal, [ecowas], db=db)
    assert brief.id == withdrawal
    assert {ref.id for ref in brief.articles} == members
    assert "ECOWAS" in {entity.name for entity in brief.entities}
    with Store(db) as store:
        assert [row.id for row in store.stories()] == [withdrawal]
        assert store.brief(withdrawal) == brief
        assert store.stale_brief_ids() == []
        (merge,) = store.story_merges()
    assert (merge.into_story_id, merge.story_id) == (withdrawal, ecowas)


def test_regroup_makes_an_editors_merge_again(db: Path) -> None:
    withdrawal, ecowas = _two_stories(db)
    # Without the merge, regrouping keeps the two stories of one page apart.
    assert len(regroup(db=db, engine="local")) == 2
    merge_stories(withdrawal, [ecowas], db=db)
    briefs = regroup(db=db, engine="local")
    assert len(briefs) == 1
    assert len(briefs[0].articles) == 3


def test_a_later_run_keeps_the_merged_story(db: Path, seeds_dir: Path) -> None:
    withdrawal, ecowas = _two_stories(db)
    merge_stories(withdrawal, [ecowas], db=db)
    run([str(seeds_dir)], db=db, engine="local")  # every article a duplicate now
    with Store(db) as store:
        assert [row.id for row in store.stories()] == [withdrawal]


def test_a_refused_merge_changes_nothing(db: Path) -> None:
    withdrawal, ecowas = _two_stories(db)
    with pytest.raises(NotFoundError, match="s-khong-co"):
        merge_stories(withdrawal, [ecowas, "s-khong-co"], db=db)
    with Store(db) as store:
        assert len(store.stories()) == 2
        assert store.story_merges() == []


def test_cli_merge_prints_the_brief_and_reports_errors_in_one_line(db: Path) -> None:
    withdrawal, ecowas = _two_stories(db)
    runner = CliRunner()
    result = runner.invoke(app, ["merge", withdrawal, ecowas, "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert f'"id": "{withdrawal}"' in result.stdout
    assert f"merged {ecowas} into {withdrawal}" in result.stderr
    again = runner.invoke(app, ["merge", withdrawal, ecowas, "--db", str(db)])
    assert again.exit_code == 1
    assert again.stderr.count("\n") == 1 and ecowas in again.stderr
