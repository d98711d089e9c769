"""StoryGrouper on hand-built articles: assignment, increments, copies, threads, ids, state."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from bantin.errors import ConfigError
from bantin.eval.metrics import bcubed
from bantin.group import StoryGrouper
from bantin.models import AnalysedArticle, GrouperState
from bantin.store import Store

Make = Callable[..., AnalysedArticle]
Stream = tuple[list[AnalysedArticle], list[str]]


def labels_of(grouper: StoryGrouper, articles: list[AnalysedArticle]) -> list[str | None]:
    return [grouper.story_for(a.id) for a in articles]


def test_grouper_groups_each_event_into_one_story(stream: Stream) -> None:
    articles, gold = stream
    grouper = StoryGrouper().partial_fit(articles)
    assert bcubed(labels_of(grouper, articles), gold)[2] == pytest.approx(1.0)
    assert len(grouper.stories_) == len(set(gold))


@pytest.mark.parametrize("batches", [2, 5, 12])
def test_grouper_batches_match_one_pass(stream: Stream, batches: int) -> None:
    articles, gold = stream
    whole = StoryGrouper().partial_fit(articles)
    split = StoryGrouper()
    size = -(-len(articles) // batches)
    for start in range(0, len(articles), size):
        split.partial_fit(articles[start : start + size])
    f_whole = bcubed(labels_of(whole, articles), gold)[2]
    f_split = bcubed(labels_of(split, articles), gold)[2]
    assert abs(f_whole - f_split) <= 0.01
    assert split.stories_ == whole.stories_


def test_grouper_reports_only_changed_stories(stream: Stream, article: Make) -> None:
    articles, _ = stream
    grouper = StoryGrouper().partial_fit(articles)
    assert len(grouper.changed_story_ids_) == len(grouper.stories_)
    late = article(
        "Giá vàng SJC giữ mức 74 triệu đồng . Ngân_hàng Nhà_nước tiếp_tục đấu_thầu vàng miếng",
        title="vàng SJC đứng giá",
        published="2024-05-04",
    )
    grouper.partial_fit([late])
    gold_story = grouper.story_for(articles[2].id)
    assert grouper.changed_story_ids_ == [gold_story]
    assert grouper.story_for(late.id) == gold_story
    assert grouper.removed_story_ids_ == []


def test_grouper_skips_an_article_it_has_seen(stream: Stream) -> None:
    articles, _ = stream
    grouper = StoryGrouper().partial_fit(articles)
    before = grouper.stories_
    grouper.partial_fit(articles[:3])
    assert grouper.stories_ == before
    assert grouper.changed_story_ids_ == []


def test_grouper_folds_a_copy_under_its_original(stream: Stream, article: Make) -> None:
    articles, _ = stream
    original = articles[0]
    copy = article(original.body[0], title="bản sao", published="2024-05-09", key="copy")
    grouper = StoryGrouper().partial_fit([*articles, copy])
    story = next(s for s in grouper.stories_ if copy.id in s.article_ids)
    assert original.id in story.article_ids
    assert story.duplicate_of == {copy.id: original.id}
    assert story.last_date == "2024-05-09"


def test_grouper_keeps_independent_reports_apart_from_copies(stream: Stream) -> None:
    articles, _ = stream
    grouper = StoryGrouper().partial_fit(articles)
    assert all(not story.duplicate_of for story in grouper.stories_)


def test_grouper_separates_similar_events_far_apart_in_time(article: Make) -> None:
    text = "Lũ quét ở Quảng_Nam làm 5 người chết . Nước sông Thu_Bồn dâng cao ngập nhà"
    first = article(text, title="lũ Quảng_Nam", published="2020-10-10")
    later = article(text + " năm nay", title="lũ Quảng_Nam", published="2024-10-10")
    grouper = StoryGrouper().partial_fit([first, later])
    assert grouper.story_for(first.id) != grouper.story_for(later.id)


@pytest.mark.parametrize("gap_dates", [("2023-08-25", "2024-04-22"), ("2024-04-20", "2024-04-22")])
def test_grouper_does_not_place_undated_pages_by_their_inferred_date(
    article: Make, gap_dates: tuple[str, str]
) -> None:
    text = "Lũ quét ở Quảng_Nam làm 5 người chết . Nước sông Thu_Bồn dâng cao ngập nhà"
    first, later = (
        article(text + suffix, title="lũ Quảng_Nam").model_copy(update={"reference_date": day})
        for suffix, day in zip(("", " năm nay"), gap_dates, strict=True)
    )
    grouper = StoryGrouper().partial_fit([first, later])
    assert grouper.story_for(first.id) == grouper.story_for(later.id)
    assert all(story.first_date is None for story in grouper.stories_)


@pytest.mark.parametrize("second_part", [0, 1])
def test_grouper_keeps_the_stories_of_one_page_apart(article: Make, second_part: int) -> None:
    # Two reports of one flood: as two pages they are one story; as two stories that
    # split_stories cut out of one page (parts 0 and 1) the splitter has judged them different.
    text = "Lũ quét ở Quảng_Nam làm 5 người chết . Nước sông Thu_Bồn dâng cao ngập nhà"
    first = article(text, title="lũ Quảng_Nam")
    second = article(text + " chiều nay", title="lũ Quảng_Nam").model_copy(
        update={"part": second_part}
    )
    grouper = StoryGrouper().partial_fit([first, second])
    same = grouper.story_for(first.id) == grouper.story_for(second.id)
    assert same == (second_part == 0)


def test_grouper_links_related_stories_into_one_thread(article: Make) -> None:
    coup = article(
        "Quân_đội Niger lật_đổ Tổng_thống Bazoum ở Niamey . Tướng Tiani nắm quyền . "
        "Mỹ và Pháp lên_án cuộc đảo_chính",
        title="đảo_chính ở Niger",
        published="2023-07-27",
    )
    withdrawal = article(
        "Mỹ đồng_ý rút 1.000 binh_sĩ khỏi Niger . Chính_quyền Tiani ở Niamey chấm_dứt thỏa_thuận "
        "quân_sự . Lầu_Năm_Góc bắt_đầu đàm_phán",
        title="Mỹ rút quân khỏi Niger",
        published="2024-04-20",
    )
    unrelated = article(
        "Giá vàng SJC tăng lên 74 triệu đồng mỗi lượng . Ngân_hàng Nhà_nước đấu_thầu vàng",
        title="giá vàng tăng",
        published="2024-04-21",
    )
    grouper = StoryGrouper().partial_fit([coup, withdrawal, unrelated])
    stories = {s.id: s for s in grouper.stories_}
    coup_story = stories[grouper.story_for(coup.id) or ""]
    withdrawal_story = stories[grouper.story_for(withdrawal.id) or ""]
    gold_story = stories[grouper.story_for(unrelated.id) or ""]
    assert coup_story.id != withdrawal_story.id
    assert coup_story.thread_id == withdrawal_story.thread_id
    assert gold_story.thread_id != coup_story.thread_id


def test_grouper_ids_are_stable_and_derived_from_the_first_article(stream: Stream) -> None:
    articles, _ = stream
    first = StoryGrouper().partial_fit(articles).stories_
    second = StoryGrouper().partial_fit(articles).stories_
    assert [s.id for s in first] == [s.id for s in second]
    assert [s.thread_id for s in first] == [s.thread_id for s in second]
    assert all(s.id.startswith("s") and len(s.id) == 12 for s in first)
    opened_by = {s.id: s.article_ids[0] for s in first}
    assert len(set(opened_by.values())) == len(first)


def test_grouper_state_round_trip_continues_like_an_uninterrupted_run(
    stream: Stream, article: Make
) -> None:
    articles, _ = stream
    half = len(articles) // 2
    # A copy of a first-half article in the second half: the restored MinHash index must find it.
    articles = [*articles, article(articles[1].body[0], published="2024-05-05", key="copy")]
    uninterrupted = StoryGrouper().partial_fit(articles[:half]).partial_fit(articles[half:])
    saved = StoryGrouper().partial_fit(articles[:half]).get_state()
    restored = StoryGrouper().set_state(saved).partial_fit(articles[half:])
    assert restored.stories_ == uninterrupted.stories_
    assert restored.get_state() == uninterrupted.get_state()
    assert any(story.duplicate_of for story in restored.stories_)


def test_grouper_state_changes_merged_in_a_store_equal_the_whole_state(
    stream: Stream, tmp_path: Path
) -> None:
    articles, _ = stream
    grouper = StoryGrouper()
    with Store(tmp_path / "news.db") as store:
        for start in range(0, len(articles), 3):
            grouper.partial_fit(articles[start : start + 3])
            changes = grouper.state_changes()
            assert not changes.complete
            store.write_batch(grouper_state=changes)
        assert grouper.state_changes().entries == ()  # nothing new since the last save
        saved = store.grouper_state()
    assert saved is not None

    def keyed(state: GrouperState) -> dict[tuple[str, str], str]:
        return {(e.section, e.key): e.value for e in state.entries}

    whole = grouper.get_state()
    assert saved.header == whole.header
    assert keyed(saved) == keyed(whole)
    assert StoryGrouper().set_state(saved).stories_ == grouper.stories_


def test_grouper_state_refuses_another_version() -> None:
    state = StoryGrouper().get_state()
    header = json.loads(state.header)
    state = state.model_copy(update={"header": json.dumps({**header, "version": 99})})
    with pytest.raises(ConfigError, match="version"):
        StoryGrouper().set_state(state)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"threshold": 1.5}, "'threshold' of StoryGrouper must be a float in [0.0, 1.0]; got 1.5"),
        ({"candidates": 0}, "'candidates' of StoryGrouper must be an int"),
        ({"candidates": 2.5}, "'candidates' of StoryGrouper must be an int"),
        ({"time_scale": -1.0}, "'time_scale' of StoryGrouper"),
        ({"duplicate_threshold": "high"}, "'duplicate_threshold' of StoryGrouper"),
        ({"scorer": "grouper.json"}, "'scorer' of StoryGrouper must be a PairScorer or None"),
    ],
)
def test_grouper_rejects_bad_params_at_construction(params: dict, message: str) -> None:
    with pytest.raises(ConfigError) as raised:
        StoryGrouper(**params)
    assert message in str(raised.value)


def test_grouper_copes_with_empty_articles(article: Make) -> None:
    empty = article("", key="empty")
    grouper = StoryGrouper().partial_fit([empty, article("", key="other empty")])
    assert grouper.story_for(empty.id) is not None
    assert sum(len(s.article_ids) for s in grouper.stories_) == 2


def test_every_centroid_weight_stays_rounded_as_saved(stream: Stream, article: Make) -> None:
    # Centroids are rounded only where an article was just added: every weight must still
    # equal its rounding, or a restored grouper would compute otherwise than a running one.
    articles, _ = stream
    grouper = StoryGrouper().partial_fit(articles)
    grouper.partial_fit([article(articles[0].body[0] + " . Thêm một câu mới", key="more")])
    weights = [w for state in grouper.states_ for c in state.centroids for w in c.values()]
    assert weights and all(w == round(w, 5) for w in weights)
