"""What cleaning and splitting do to a corpus: lines dropped by reason, pages split, speed.

Behind ``bantin eval clean``. Evaluation documents are one story each, so every split
counted here is either a page that really carries several stories or a false split; the
examples let a reader check drops for false positives by eye.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from itertools import islice
from typing import Any

from bantin.clean.article import clean_article
from bantin.clean.split import split_stories
from bantin.errors import check_range
from bantin.ingest import read_paths
from bantin.models import RawArticle


@dataclass(frozen=True)
class CleanStats:
    documents: int
    rejected: int
    articles: int
    split_documents: int
    lines: int
    dropped: dict[str, int]
    seconds: float  # clean + split only, reading excluded
    examples: dict[str, list[str]] = field(default_factory=dict)
    split_examples: list[list[str | None]] = field(default_factory=list)

    @property
    def articles_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "articles_per_second": round(self.articles_per_second, 1)}


def clean_stats(
    paths: Sequence[str], limit: int | None = None, examples: int = 0, seed: int = 0
) -> CleanStats:
    """Clean and split the first ``limit`` documents under ``paths`` and count what happened.

    ``examples`` drops per reason (and split pages' titles) are sampled with ``seed``.
    """
    if limit is not None:
        check_range("clean_stats", "limit", limit, 1, 10**9, kind=int)
    check_range("clean_stats", "examples", examples, 0, 1000, kind=int)
    results = list(islice(read_paths(paths), limit))
    raws = [r for r in results if isinstance(r, RawArticle)]
    start = time.perf_counter()
    cleaned = [clean_article(raw) for raw in raws]
    stories = [split_stories(clean) for clean in cleaned]
    seconds = time.perf_counter() - start

    dropped: Counter[str] = Counter()
    by_reason: dict[str, list[str]] = {}
    for clean in cleaned:
        for line in clean.dropped:
            dropped[line.reason] += 1
            by_reason.setdefault(line.reason, []).append(line.text)
    splits = [[a.title for a in page] for page in stories if len(page) > 1]
    rng = random.Random(seed)
    return CleanStats(
        documents=len(raws),
        rejected=len(results) - len(raws),
        articles=sum(len(page) for page in stories),
        split_documents=len(splits),
        lines=sum(len(set(c.line_numbers) | {d.line for d in c.dropped}) for c in cleaned),
        dropped=dict(dropped.most_common()),
        seconds=seconds,
        examples={
            reason: rng.sample(texts, min(examples, len(texts)))
            for reason, texts in sorted(by_reason.items())
            if examples
        },
        split_examples=rng.sample(splits, min(examples, len(splits))),
    )
