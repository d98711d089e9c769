"""Event-level pair features: the days and title numbers that tell sibling events apart."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bantin.group import StoryGrouper
from bantin.group.features import (
    FEATURES,
    EventKeys,
    day_keys,
    event_keys,
    pair_features,
    with_margins,
)
from bantin.group.grouper import Pair
from bantin.group.scorer import shipped_scorer
from bantin.group.story import StoryState
from bantin.models import AnalysedArticle, DateMention

Make = Callable[..., AnalysedArticle]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Giá cà phê hôm nay 22/7", {"22-7"}),
        ("ngày 23-7 và 2/9", {"23-7", "2-9"}),
        ("sáng 5.10", {"5-10"}),
        ("thu 1.000 tỷ đồng", set()),  # a thousand, not a date
        ("ngày 12/2023", set()),  # month and year
        ("lãi suất 7,5%", set()),
        ("ngày 31/13", set()),  # no such month
    ],
)
def test_day_keys_reads_day_month_dates(text: str, keys: set[str]) -> None:
    assert day_keys(text) == keys


def test_event_keys_come_from_title_and_lead_only(article: Make) -> None:
    base = article(
        "Giá cà_phê tăng . Thị_trường sôi_động . Cuối tuần giảm", title="Giá cà_phê 22/7"
    )
    dated = base.model_copy(
        update={
            "title_words": ("giá", "cà_phê", "22/7"),
            "dates": (
                DateMention(text="hôm qua", date="2024-07-21", inferred=False, sentence=0),
                DateMention(text="ngày 25/7", date=None, inferred=True, sentence=1),
                DateMention(text="ngày 30/7", date=None, inferred=True, sentence=5),
            ),
        }
    )
    keys = event_keys(dated)
    assert keys.days == {"22-7", "21-7", "25-7"}  # the 30/7 of a late sentence is not the event
    assert keys.title_numbers == {"22/7"}


def story_with(days: dict[str, int], size: int = 1) -> StoryState:
    state = StoryState(id="s", thread_id="t", title="", article_ids=[])
    state.event_days = dict(days)
    state.size = size
    return state


@pytest.mark.parametrize(
    ("article_days", "story_days", "match", "clash"),
    [
        ({"22-7"}, {"22-7": 2, "23-7": 1}, 1.0, 0.0),
        ({"22-7"}, {"23-7": 3}, 0.0, 1.0),
        (set(), {"23-7": 3}, 0.0, 0.0),  # an article naming no day says nothing
        ({"22-7"}, {}, 0.0, 0.0),
    ],
)
def test_pair_features_day_match_and_clash(
    article_days: set[str], story_days: dict[str, int], match: float, clash: float
) -> None:
    keys = EventKeys(days=frozenset(article_days), title_numbers=frozenset())
    row = pair_features(({}, {}, {}, {}, {}), keys, story_with(story_days))
    assert len(row) == len(FEATURES)
    assert row[FEATURES.index("day_match")] == match
    assert row[FEATURES.index("day_clash")] == clash


def test_with_margins_compare_each_candidate_with_the_best_other() -> None:
    body = FEATURES.index("body")
    rows = [[0.0] * len(FEATURES) for _ in range(3)]
    for row, cosine in zip(rows, (0.6, 0.2, 0.5), strict=True):
        row[body] = cosine
    margins = [row[FEATURES.index("body_margin")] for row in with_margins(rows)]
    assert margins == pytest.approx([0.1, -0.4, -0.1])
    alone = with_margins([[0.3] + [0.0] * (len(FEATURES) - 1)])
    assert alone[0][FEATURES.index("body_margin")] == pytest.approx(0.3)


def borderline_row() -> list[float]:
    """Features of a pair the shipped scorer is unsure about: mid cosines, no event keys."""
    row = [0.0] * len(FEATURES)
    for name, value in (("body", 0.3), ("title", 0.2), ("entities", 0.3), ("body_margin", 0.1)):
        row[FEATURES.index(name)] = value
    return row


@pytest.mark.parametrize("flags", [("day_match", None, "day_clash"), (None, "title_number_clash")])
def test_shipped_scorer_orders_agreement_signals(flags: tuple[str | None, ...]) -> None:
    probabilities = []
    for flag in flags:
        row = borderline_row()
        if flag:
            row[FEATURES.index(flag)] = 1.0
        probabilities.append(shipped_scorer().probability(row))
    assert probabilities == sorted(probabilities, reverse=True)
    assert probabilities[0] > probabilities[-1]


def test_grouper_chooses_the_candidate_naming_the_same_day(article: Make) -> None:
    clash, match = borderline_row(), borderline_row()
    clash[FEATURES.index("day_clash")] = 1.0
    match[FEATURES.index("day_match")] = 1.0
    grouper = StoryGrouper(threshold=0.0)
    pairs = [Pair(0, 0.3, clash, None), Pair(1, 0.3, match, None)]
    assert grouper._choose(article("x"), pairs) == 1


def test_grouper_days_apart_lower_the_probability_below_threshold(article: Make) -> None:
    row = borderline_row()
    row[FEATURES.index("body")] = row[FEATURES.index("body_margin")] = 0.6
    grouper = StoryGrouper()
    assert grouper._choose(article("x"), [Pair(0, 0.6, row, 0.0)]) == 0
    assert grouper._choose(article("x"), [Pair(0, 0.6, row, 365.0)]) is None
