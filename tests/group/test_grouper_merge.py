"""``StoryGrouper.merge_stories``: an editor folds stories of one event together, and the
grouper keeps grouping as if they had been one story all along."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bantin.errors import ConfigError, NotFoundError
from bantin.group import StoryGrouper
from bantin.models import AnalysedArticle
from bantin.store import Store

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
