"""What the pair scorer knows about one (article, candidate story) pair.

Besides the TF-IDF cosines of title, body, entities, numbers and syllables (``syllables.py``),
two event-level signals aim at sibling events, the errors a bag of words cannot see: the daily
coffee-price report of 22/7 and that of 23/7 share every word but their day, so each article's
*event days* (day-month dates written in its title and lead) and *title numbers* are compared
with those of the story's articles: a clash is both sides naming some and sharing none. On the
evaluation sets a clash is weak evidence (reports of one event often name different days in
their leads), so the learned weights, not a rule, decide how much it counts. Margins compare
each candidate's cosines with the best other candidate's: an article close to one story and far
from the rest belongs there more surely than one close to several.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..models import AnalysedArticle
from .story import StoryState
from .vectors import SparseVector, dot

# Sentences of the body that make up the lead, where a report names the day of its event.
LEAD_SENTENCES = 2
_DAY_MONTH = re.compile(r"(?<![\d.,/-])(\d{1,2})\s*[/.-]\s*(\d{1,2})(?![\d,]|\.\d)")
_ISO_DAY = re.compile(r"^\d{4}-(\d{2})-(\d{2})$")
_DIGIT = re.compile(r"\d")

# The time between article and story is not among them: the training set has no dates, so the
# grouper weighs it with a parameter of its own (``time_scale``).
FEATURES = (
    "body", "title", "entities", "numbers", "syllables", "log_size",
    "day_match", "day_clash", "title_number_clash",
    "body_margin", "title_margin", "entities_margin", "syllables_margin",
)  # fmt: skip
# (signal, its margin): how far a candidate's cosine is above the best other candidate's
MARGINS = tuple(
    (FEATURES.index(signal), FEATURES.index(f"{signal}_margin"))
    for signal in ("body", "title", "entities", "syllables")
)


@dataclass(frozen=True)
class EventKeys:
    """The day-month keys ("22-7") and title numbers of one article."""

    days: frozenset[str]
    title_numbers: frozenset[str]


def _day_key(day: int, month: int) -> str | None:
    return f"{day}-{month}" if 1 <= day <= 31 and 1 <= month <= 12 else None


def day_keys(text: str) -> set[str]:
    """Day-month keys of the dates written like "22/7", "22-7" or "22.7" in ``text``."""
    keys = (_day_key(int(d), int(m)) for d, m in _DAY_MONTH.findall(text))
    return {key for key in keys if key}


def event_keys(article: AnalysedArticle) -> EventKeys:
    """Days named in the title and lead (resolved dates first, else as written) and the
    numbers of the title. The year is left out: undated streams rarely resolve it."""
    days = day_keys(article.title or "")
    for mention in article.dates:
        if mention.sentence >= LEAD_SENTENCES:
            continue
        resolved = _ISO_DAY.match(mention.date or "")
        if resolved:
            key = _day_key(int(resolved.group(2)), int(resolved.group(1)))
            days.update([key] if key else [])
        else:
            days.update(day_keys(mention.text))
    numbers = {word for word in article.title_words if _DIGIT.search(word)}
    return EventKeys(frozenset(days), frozenset(numbers))


def _agreement(keys: frozenset[str], seen: Mapping[str, int]) -> tuple[float, float]:
    """(match, clash): some key shared; or both sides have keys and none is shared."""
    if not keys or not seen:
        return 0.0, 0.0
    shared = any(key in seen for key in keys)
    return float(shared), float(not shared)


def pair_features(
    vectors: tuple[SparseVector, ...], keys: EventKeys, state: StoryState
) -> list[float]:
    """The ``FEATURES`` of an article (its vectors and event keys) against a story; the
    margins stay 0 until ``with_margins`` sees every candidate."""
    cosines = [
        dot(vector, centroid) / length if length else 0.0
        for vector, centroid, length in zip(vectors, state.centroids, state.norms, strict=True)
    ]
    return [
        *cosines,
        math.log(state.size) if state.size else 0.0,
        *_agreement(keys.days, state.event_days),
        _agreement(keys.title_numbers, state.title_numbers)[1],
        *(0.0 for _ in MARGINS),
    ]


def with_margins(rows: list[list[float]]) -> list[list[float]]:
    """Each candidate's cosines minus the best of the other candidates'."""
    for signal, margin in MARGINS:
        column = [row[signal] for row in rows]
        for i, row in enumerate(rows):
            row[margin] = column[i] - max(column[:i] + column[i + 1 :], default=0.0)
    return rows
