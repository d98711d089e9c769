"""``bantin merge`` and ``bantin move`` (``bantin.editing``): an editor's correction is stored
whole, briefed, kept by later runs and made again by ``regroup``."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from bantin.cli import app
from bantin.editing import merge_stories, move_article
from bantin.errors import ConfigError, NotFoundError
from bantin.pipeline import regroup, run
from bantin.store import Store


@pytest.fixture
def db(seeds_db: Path) -> Path:
    return seeds_db


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
        (merge,) = store.story_edits()
    assert (merge.kind, merge.to_story_id, merge.story_id) == ("merge", withdrawal, ecowas)
    with Store(db) as store:
        latest = store.run_page().data[0]  # the run log shows the correction
    assert latest.paths == (f"merge {ecowas} into {withdrawal}",)
    assert latest.finished is not None and (latest.added, latest.rejected) == (0, 0)


def test_regroup_makes_an_editors_merge_again(db: Path) -> None:
    withdrawal, ecowas = _two_stories(db)
    # Without the merge, regrouping keeps the two stories of one page apart.
    assert len(regroup(db=db, engine="local")) == 2
    merge_stories(withdrawal, [ecowas], db=db)
    briefs = regroup(db=db, engine="local")
    assert len(briefs) == 1
    assert len(briefs[0].articles) == 3
    with Store(db) as store:
        assert store.run_page().data[0].paths == ("regroup",)


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
        assert store.story_edits() == []


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


def test_an_article_moved_out_gets_a_story_of_its_own_and_regroup_keeps_it(db: Path) -> None:
    withdrawal, _ = _two_stories(db)
    with Store(db) as store:
        first, second = store.story(withdrawal).article_ids
        path = store.article_detail(second).article.path
    assert path is not None
    left, entered = move_article(Path(path).name, db=db)  # by file name, as an editor has it
    assert left.id == withdrawal and [a.id for a in left.articles] == [first]
    assert [a.id for a in entered.articles] == [second] and entered.thread_id == left.thread_id
    with Store(db) as store:
        assert len(store.stories()) == 3
        (edit,) = store.story_edits()
    assert (edit.kind, edit.article_id, edit.to_story_id) == ("move", second, None)
    regrouped = regroup(db=db, engine="local")
    assert sorted(len(b.articles) for b in regrouped) == [1, 1, 1]


def test_moving_an_article_into_another_story_and_back_out(db: Path) -> None:
    withdrawal, ecowas = _two_stories(db)
    with Store(db) as store:
        ecowas_article = store.story(ecowas).article_ids[0]
    (entered,) = move_article(ecowas_article, withdrawal, db=db)  # its story is left empty
    assert entered.id == withdrawal and len(entered.articles) == 3
    with Store(db) as store:
        assert [row.id for row in store.stories()] == [withdrawal]
    briefs = move_article(ecowas_article, db=db)
    assert [len(b.articles) for b in briefs] == [2, 1]
    with pytest.raises(ConfigError, match="already in story"):
        move_article(ecowas_article, briefs[1].id, db=db)


def test_cli_move_prints_both_briefs(db: Path) -> None:
    withdrawal, _ = _two_stories(db)
    with Store(db) as store:
        second = store.story(withdrawal).article_ids[1]
    result = CliRunner().invoke(app, ["move", second, "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert result.stdout.count('"summary"') == 2
    assert f"moved {second} into" in result.stderr
