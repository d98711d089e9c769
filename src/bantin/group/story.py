"""The mutable state of one story while the grouper runs, and its frozen ``Story`` view."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..models import Story
from .vectors import SparseVector, add_into, day_number, norm, pruned

WEIGHT_DECIMALS = 5
# An article's (and a story's centroid's) body, title, entity, number and syllable vectors.
Vectors = tuple[SparseVector, SparseVector, SparseVector, SparseVector, SparseVector]
# Which centroids keep only their heaviest terms (a title centroid stays whole).
_BOUNDED = (True, False, True, True, True)


def stable_id(prefix: str, article_id: str) -> str:
    """An id derived only from the first article's id: same input, same id, on every run."""
    return prefix + hashlib.sha1(article_id.encode()).hexdigest()[:11]


@dataclass
class StoryState:
    """Centroids are sums of the unit vectors of a story's original (non-copy) articles."""

    id: str
    thread_id: str
    title: str
    article_ids: list[str]
    duplicate_of: dict[str, str] = field(default_factory=dict)
    first_date: str | None = None
    last_date: str | None = None
    first_day: float | None = None
    last_day: float | None = None
    size: int = 0
    body: SparseVector = field(default_factory=dict)
    title_vector: SparseVector = field(default_factory=dict)
    entities: SparseVector = field(default_factory=dict)
    numbers: SparseVector = field(default_factory=dict)
    syllables: SparseVector = field(default_factory=dict)
    norms: list[float] = field(default_factory=lambda: [0.0] * 5)
    # How many of the story's original articles name each event day / title number.
    event_days: dict[str, int] = field(default_factory=dict)
    title_numbers: dict[str, int] = field(default_factory=dict)

    @property
    def centroids(self) -> Vectors:
        return (self.body, self.title_vector, self.entities, self.numbers, self.syllables)

    def add_original(self, vectors: Vectors, keep: int) -> None:
        self._add_vectors(vectors, keep)
        self.size += 1

    def _add_vectors(self, vectors: Vectors, keep: int) -> None:
        sums = []
        for total, vector, bounded in zip(self.centroids, vectors, _BOUNDED, strict=True):
            add_into(total, vector)
            if bounded and len(total) > keep:
                total = pruned(total, keep)
            # Rounded so the persisted state stays small and a restored grouper computes
            # exactly what an uninterrupted one does. Only the terms just added need it: the
            # others were rounded before, and rounding is idempotent.
            for term in vector:
                if term in total:
                    total[term] = round(total[term], WEIGHT_DECIMALS)
            sums.append(total)
        self.body, self.title_vector, self.entities, self.numbers, self.syllables = sums
        self.norms = [norm(vector) for vector in self.centroids]

    def absorb(self, other: StoryState, keep: int) -> None:
        """Take in ``other``'s articles as if each had joined this story (an editor's merge):
        centroids are sums, so the merged one is the sum of both."""
        self.article_ids.extend(other.article_ids)
        self.duplicate_of.update(other.duplicate_of)
        self._add_vectors(other.centroids, keep)
        self.size += other.size
        for counts, more in (
            (self.event_days, other.event_days),
            (self.title_numbers, other.title_numbers),
        ):
            for key, count in more.items():
                counts[key] = counts.get(key, 0) + count
        self.add_date(other.first_date, other.first_day)
        self.add_date(other.last_date, other.last_day)

    def add_event_keys(self, days: Iterable[str], title_numbers: Iterable[str]) -> None:
        for counts, keys in ((self.event_days, days), (self.title_numbers, title_numbers)):
            for key in keys:
                counts[key] = counts.get(key, 0) + 1

    def add_date(self, published: str | None, day: float | None) -> None:
        """Widen the story's span: ``day`` places it in time for the decay (the publication
        day, else the article's inferred reference day); only publication dates are shown."""
        if day is not None:
            self.first_day = day if self.first_day is None else min(self.first_day, day)
            self.last_day = day if self.last_day is None else max(self.last_day, day)
        shown = day_number(published)
        if published is None or shown is None:
            return
        if self.first_date is None or shown < (day_number(self.first_date) or shown):
            self.first_date = published
        if self.last_date is None or shown > (day_number(self.last_date) or shown):
            self.last_date = published

    def days_apart(self, day: float | None) -> float | None:
        """Days between ``day`` and the story's date range; None when either has no date."""
        if day is None or self.first_day is None or self.last_day is None:
            return None
        return max(self.first_day - day, day - self.last_day, 0.0)

    def to_story(self) -> Story:
        return Story(
            id=self.id,
            thread_id=self.thread_id,
            title=self.title,
            article_ids=tuple(self.article_ids),
            duplicate_of=dict(self.duplicate_of),
            first_date=self.first_date,
            last_date=self.last_date,
        )

    def dump(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def load(cls, data: dict[str, Any]) -> StoryState:
        return cls(**data)
