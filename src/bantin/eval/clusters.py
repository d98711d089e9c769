"""`bantin eval clusters`: story grouping measured against gold clusters.

Every document of the given evaluation files is pooled, run through the same per-page path as
``bantin run`` (read, clean, split, analyse) and grouped by a default ``StoryGrouper`` in stream
order: by publication time, with undated documents after the dated ones in an order shuffled
with a fixed seed (file order would put each gold cluster's articles side by side, which no
real stream does). Gold labels are read only to score the result.
"""

from __future__ import annotations

import json
import random
import resource
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..analyse import Analyser
from ..errors import DatasetError
from ..group import StoryGrouper
from ..ingest import read_paths
from ..models import AnalysedArticle, RawArticle, Record
from ..pipeline import process_page
from .metrics import cluster_agreement

SHUFFLE_SEED = 13


class ClusterScores(Record):
    """The figures `bantin eval clusters` prints; `--json` keys are these field names."""

    b3_precision: float
    b3_recall: float
    b3_f1: float
    ari: float
    nmi: float
    stories: int
    gold_clusters: int
    seconds: float
    peak_mb: float


def gold_clusters(paths: Sequence[str]) -> dict[str, str]:
    """Document id -> gold cluster id for every document of the evaluation files."""
    gold: dict[str, str] = {}
    for path in paths:
        if not Path(path).is_file():
            raise DatasetError(f"evaluation file not found: {path}")
        with open(path, encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    cluster = json.loads(line)
                    documents = cluster["documents"]
                    for document in documents:
                        gold[str(document["id"])] = f"{path}#{cluster['id']}"
                except (ValueError, KeyError, TypeError) as exc:
                    raise DatasetError(
                        f"{path}:{number}: not an evaluation cluster ({exc!r}): each line needs "
                        "'id' and 'documents' with an 'id' each, as in ../shared/data"
                    ) from exc
    if not gold:
        raise DatasetError(f"no documents in {', '.join(paths)}")
    return gold


def analysed_documents(
    paths: Sequence[str], analyser: Analyser | None = None
) -> Iterator[tuple[str, AnalysedArticle]]:
    """(document id, article) for every article the `bantin run` path makes of the files
    (``analyser`` defaults to the runner's; a benchmark may pass a shorter chain)."""
    for item in read_paths(paths):
        if isinstance(item, RawArticle) and item.external_id is not None:
            for article in process_page(item, analyser).articles:
                yield item.external_id, article


def stream_order(
    pairs: Sequence[tuple[str, AnalysedArticle]], seed: int = SHUFFLE_SEED
) -> list[tuple[str, AnalysedArticle]]:
    """Dated articles by publication time, then the undated ones shuffled with ``seed``."""
    dated = sorted((p for p in pairs if p[1].published), key=lambda p: (p[1].published or "", p[0]))
    undated = sorted((p for p in pairs if not p[1].published), key=lambda p: (p[0], p[1].part))
    random.Random(seed).shuffle(undated)
    return dated + undated


def score_grouping(
    gold: dict[str, str], pairs: Sequence[tuple[str, AnalysedArticle]], grouper: StoryGrouper
) -> tuple[dict[str, str], ClusterScores]:
    """Each document's story (its first part's; a document with no article is its own story)
    and the agreement with ``gold``; ``seconds`` and ``peak_mb`` are left at 0."""
    story_of_document: dict[str, str] = {}
    for document_id, article in sorted(pairs, key=lambda p: p[1].part):
        story = grouper.story_for(article.id)
        if story is not None:
            story_of_document.setdefault(document_id, story)
    documents = sorted(gold)
    predicted = [story_of_document.get(d, f"unassigned:{d}") for d in documents]
    agreement = cluster_agreement(predicted, [gold[d] for d in documents])
    scores = ClusterScores(
        **agreement.model_dump(),
        stories=len(set(predicted)),
        gold_clusters=len(set(gold.values())),
        seconds=0.0,
        peak_mb=0.0,
    )
    return story_of_document, scores


def evaluate_clusters(paths: Sequence[str], assignments_out: str | None = None) -> ClusterScores:
    """Group the pooled documents of ``paths`` with the default grouper and score the result."""
    start = time.perf_counter()
    gold = gold_clusters(paths)
    pairs = stream_order(list(analysed_documents(paths)))
    grouper = StoryGrouper().partial_fit([article for _, article in pairs])
    story_of_document, scores = score_grouping(gold, pairs, grouper)
    if assignments_out is not None:
        with open(assignments_out, "w", encoding="utf-8") as out:
            for document_id in sorted(gold):
                story = story_of_document.get(document_id)
                out.write(json.dumps({"document_id": document_id, "story_id": story}) + "\n")
    return scores.model_copy(
        update={"seconds": time.perf_counter() - start, "peak_mb": peak_rss_mb()}
    )


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
