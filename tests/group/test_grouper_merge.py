"""``StoryGrouper.merge_stories``: an editor folds stories of one event together, and the
grouper keeps grouping as if they had been one story all along."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from bantin.errors import ConfigError, NotFoundError
from bantin.group import StoryGrouper
from bantin.group.edits import group_with_edits
from bantin.models import AnalysedArticle, StoryEdit
from bantin.store import Store

Make = Callable[..., AnalysedArticle]
Reports = Callable[[str, range], list[AnalysedArticle]]
Split = tuple[StoryGrouper, list[AnalysedArticle], list[AnalysedArticle]]


@pytest.fixture
def split(reports: Reports) -> Split:
    """Two stories a grouper keeps apart (a flood and a vaccination drive), standing for a
    split-off an editor spots, whatever their words."""
    flood, vaccine = reports("flood", range(2)), reports("vaccine", range(2))
    grouper = StoryGrouper().partial_fit([*flood, *vaccine])
    assert grouper.story_for(flood[0].id) != grouper.story_for(vaccine[0].id)
    return grouper, flood, vaccine


def test_merged_stories_become_one_holding_every_article(split: Split) -> None:
    grouper, flood, vaccine = split
    into, folded = grouper.story_for(flood[0].id), grouper.story_for(vaccine[0].id)
    assert into is not None and folded is not None
    before = len(grouper.stories_)
    grouper.merge_stories(into, [folded])
    assert len(grouper.stories_) == before - 1
    (merged,) = [s for s in grouper.stories_ if s.id == into]
    assert set(merged.article_ids) == {a.id for a in [*flood, *vaccine]}
    assert {grouper.story_for(a.id) for a in [*flood, *vaccine]} == {into}
    assert folded not in {s.id for s in grouper.stories_}
    assert (grouper.changed_story_ids_, grouper.removed_story_ids_) == ([into], [folded])
    assert (merged.first_date, merged.last_date) == ("2024-05-01", "2024-05-02")
    # The emptied story is out of the index: no later article is scored against it.
    (emptied,) = [i for i, state in enumerate(grouper.states_) if state.id == folded]
    assert all(emptied not in posting for posting in grouper.postings_.values())


def test_later_reports_of_a_folded_story_join_the_merged_one(
    split: Split, reports: Reports
) -> None:
    grouper, flood, vaccine = split
    into, folded = grouper.story_for(flood[0].id), grouper.story_for(vaccine[0].id)
    assert into is not None and folded is not None
    (late,) = reports("vaccine", range(2, 3))
    unmerged = StoryGrouper().set_state(grouper.get_state()).partial_fit([late])
    assert unmerged.story_for(late.id) == folded
    grouper.merge_stories(into, [folded]).partial_fit([late])
    assert grouper.story_for(late.id) == into


def test_a_merge_survives_saving_and_restoring_the_state(split: Split, reports: Reports) -> None:
    grouper, flood, vaccine = split
    into, folded = grouper.story_for(flood[0].id), grouper.story_for(vaccine[0].id)
    assert into is not None and folded is not None
    grouper.merge_stories(into, [folded])
    restored = StoryGrouper().set_state(grouper.get_state())
    assert restored.stories_ == grouper.stories_
    later = [*reports("vaccine", range(2, 3)), *reports("gold", range(3))]
    assert restored.partial_fit(later).stories_ == grouper.partial_fit(later).stories_


def test_a_merge_saved_as_changes_gives_the_whole_state(split: Split, tmp_path: Path) -> None:
    grouper, flood, vaccine = split
    into, folded = grouper.story_for(flood[0].id), grouper.story_for(vaccine[0].id)
    assert into is not None and folded is not None
    with Store(tmp_path / "news.db") as store:
        store.write_batch(grouper_state=grouper.get_state())
        grouper.state_changes()  # saved: nothing pending
        grouper.merge_stories(into, [folded])
        changes = grouper.state_changes()
        assert len([e for e in changes.entries if e.section == "story"]) == 2
        store.write_batch(grouper_state=changes)
        saved = store.grouper_state()
    assert saved is not None
    whole = grouper.get_state()
    assert {(e.section, e.key): e.value for e in saved.entries} == {
        (e.section, e.key): e.value for e in whole.entries
    }
    assert StoryGrouper().set_state(saved).stories_ == grouper.stories_


def test_merging_refuses_unknown_folded_or_self_stories(split: Split) -> None:
    grouper, flood, vaccine = split
    into, folded = grouper.story_for(flood[0].id), grouper.story_for(vaccine[0].id)
    assert into is not None and folded is not None
    with pytest.raises(NotFoundError, match="'s-khong-co'"):
        grouper.merge_stories(into, ["s-khong-co"])
    with pytest.raises(ConfigError, match="other than 'into'"):
        grouper.merge_stories(into, [into])
    grouper.merge_stories(into, [folded])
    with pytest.raises(NotFoundError, match=repr(folded)):
        grouper.merge_stories(folded, [into])


# ---------------------------------------------------------------------- move_article


def _merged(
    flood: list[AnalysedArticle], vaccine: list[AnalysedArticle]
) -> tuple[StoryGrouper, str, str]:
    """A grouper holding both events in one story (as a wrong join would)."""
    grouper = StoryGrouper().partial_fit([*flood, *vaccine])
    into, folded = grouper.story_for(flood[0].id), grouper.story_for(vaccine[0].id)
    assert into is not None and folded is not None
    return grouper.merge_stories(into, [folded]), into, folded


def _members(
    grouper: StoryGrouper, story_id: str, pool: list[AnalysedArticle]
) -> list[AnalysedArticle]:
    by_id = {a.id: a for a in pool}
    (story,) = [s for s in grouper.stories_ if s.id == story_id]
    return [by_id[i] for i in story.article_ids]


def test_an_article_moved_out_opens_its_own_story_and_later_reports_follow_it(
    reports: Reports,
) -> None:
    flood, vaccine = reports("flood", range(2)), reports("vaccine", range(2))
    grouper, _, _ = _merged(flood, vaccine)
    story = grouper.story_for(flood[0].id)
    assert story is not None
    pool = [*flood, *vaccine]
    for report in vaccine:  # the editor takes the vaccination reports back out, one by one
        current = grouper.story_for(report.id)
        assert current is not None
        to = None if report is vaccine[0] else grouper.story_for(vaccine[0].id)
        grouper.move_article(report.id, to, _members(grouper, current, pool))
    assert grouper.story_for(vaccine[0].id) == grouper.story_for(vaccine[1].id) != story
    assert {grouper.story_for(a.id) for a in flood} == {story}
    (late,) = reports("vaccine", range(2, 3))
    (late_flood,) = reports("flood", range(2, 3))
    grouper.partial_fit([late, late_flood])
    assert grouper.story_for(late.id) == grouper.story_for(vaccine[0].id)
    assert grouper.story_for(late_flood.id) == story


def test_moving_the_first_article_keeps_the_story_id_and_retitles_it(reports: Reports) -> None:
    flood = reports("flood", range(3))
    grouper = StoryGrouper().partial_fit(flood)
    (story,) = grouper.stories_
    grouper.move_article(flood[0].id, None, flood)
    kept = next(s for s in grouper.stories_ if s.id == story.id)
    assert kept.article_ids == (flood[1].id, flood[2].id)
    assert kept.title == flood[1].title
    (new,) = [s for s in grouper.stories_ if s.id != story.id]
    assert new.article_ids == (flood[0].id,) and new.thread_id == story.thread_id
    assert sorted(grouper.changed_story_ids_) == sorted([story.id, new.id])


def test_a_story_left_empty_by_a_move_is_removed(reports: Reports) -> None:
    flood, vaccine = reports("flood", range(1)), reports("vaccine", range(2))
    grouper = StoryGrouper().partial_fit([*flood, *vaccine])
    source, target = grouper.story_for(flood[0].id), grouper.story_for(vaccine[0].id)
    assert source is not None and target is not None and source != target
    grouper.move_article(flood[0].id, target, flood)
    assert grouper.removed_story_ids_ == [source]
    assert source not in {s.id for s in grouper.stories_}
    restored = StoryGrouper().set_state(grouper.get_state())
    assert restored.stories_ == grouper.stories_


def test_a_copy_moves_with_its_original_and_cannot_move_alone(
    reports: Reports, article: Make
) -> None:
    flood = reports("flood", range(2))
    copy = article(flood[0].body[0], published="2024-05-03", key="copy")
    vaccine = reports("vaccine", range(1))
    grouper = StoryGrouper().partial_fit([*flood, copy, *vaccine])
    story = grouper.story_for(flood[0].id)
    assert story is not None and grouper.story_for(copy.id) == story
    with pytest.raises(ConfigError, match="is a copy of"):
        grouper.move_article(copy.id, None, [*flood, copy])
    with pytest.raises(ConfigError, match="needs every article"):
        grouper.move_article(flood[0].id, None, flood)
    grouper.move_article(flood[0].id, grouper.story_for(vaccine[0].id), [*flood, copy])
    moved = next(s for s in grouper.stories_ if s.id == grouper.story_for(vaccine[0].id))
    assert {flood[0].id, copy.id} <= set(moved.article_ids)
    assert moved.duplicate_of == {copy.id: flood[0].id}


def test_a_lone_article_is_already_a_story_of_its_own(reports: Reports) -> None:
    flood, vaccine = reports("flood", range(1)), reports("vaccine", range(1))
    grouper = StoryGrouper().partial_fit([*flood, *vaccine])
    with pytest.raises(ConfigError, match="already a story of its own"):
        grouper.move_article(flood[0].id, None, flood)


def test_regrouping_makes_each_edit_where_it_was_made_in_the_stream(reports: Reports) -> None:
    flood, vaccine = reports("flood", range(2)), reports("vaccine", range(3))
    by_id = {a.id: a for a in [*flood, *vaccine]}

    def members(ids: Iterable[str]) -> list[AnalysedArticle]:
        return [by_id[i] for i in ids]

    # Live: a wrong merge, then the editor takes the vaccination report back out; the later
    # vaccination reports arrive after both corrections.
    live = StoryGrouper().partial_fit([*flood, vaccine[0]])
    into, folded = live.story_for(flood[0].id), live.story_for(vaccine[0].id)
    assert into is not None and folded is not None
    live.merge_stories(into, [folded])
    merged = next(s for s in live.stories_ if s.id == into)
    live.move_article(vaccine[0].id, None, members(merged.article_ids))
    live.partial_fit(vaccine[1:])
    assert live.story_for(vaccine[1].id) == live.story_for(vaccine[0].id) != into
    edits = [
        StoryEdit(kind="merge", story_id=folded, article_id=vaccine[0].id, to_story_id=into,
                  to_article_id=flood[0].id, after_articles=3, made="2024-05-03T00:00:00+00:00"),
        StoryEdit(kind="move", story_id=into, article_id=vaccine[0].id, to_story_id=None,
                  to_article_id=None, after_articles=3, made="2024-05-03T00:01:00+00:00"),
    ]  # fmt: skip
    regrouped = StoryGrouper()
    group_with_edits(regrouped, [[*flood, *vaccine]], edits, members)
    assert sorted(sorted(s.article_ids) for s in regrouped.stories_) == sorted(
        sorted(s.article_ids) for s in live.stories_
    )
    # Made after the whole stream instead, the later reports would sit with the floods.
    late = StoryGrouper()
    group_with_edits(
        late,
        [[*flood, *vaccine]],
        [e.model_copy(update={"after_articles": 5}) for e in edits],
        members,
    )
    assert late.story_for(vaccine[1].id) != late.story_for(vaccine[0].id)
