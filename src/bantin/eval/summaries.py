"""``bantin eval summaries``: the production summariser scored with ROUGE against references.

Each line of an evaluation file is one story cluster (``../shared/data`` format). Its documents
go through the same path ``bantin run`` uses — ``read_paths`` -> ``clean_article`` ->
``split_stories`` -> ``Analyser`` — and are grouped back by the cluster their external id
belongs to. Scores follow AbMuSu: ROUGE F1 on lower-cased underthesea words without
punctuation, averaged over a cluster's references, then macro-averaged over clusters.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from ..analyse import Analyser, Segmenter, TermCounter
from ..errors import DatasetError
from ..ingest import read_paths
from ..models import AnalysedArticle, RawArticle, SummarySentence
from ..pipeline import analyse_page
from .rouge import rouge_l, rouge_n, rouge_tokens

Summarise = Callable[[Sequence[AnalysedArticle], int], list[SummarySentence]]


class EvalCluster(NamedTuple):
    id: str
    articles: list[AnalysedArticle]
    references: list[str]


class SummaryScores(NamedTuple):
    rouge1: float
    rouge2: float
    rougeL: float
    clusters: int
    seconds: float


def _cluster_index(path: Path) -> tuple[dict[str, str], dict[str, list[str]], list[str]]:
    """Document id -> cluster id, cluster id -> references, cluster ids in file order."""
    cluster_of: dict[str, str] = {}
    references: dict[str, list[str]] = {}
    order: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for lineno, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                cluster_id = str(record["id"])
                summaries = [str(s) for s in record["summaries"]]
                documents = [str(d["id"]) for d in record["documents"]]
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise DatasetError(
                    f"{path}:{lineno} is not an evaluation cluster "
                    f"(needs id, documents[].id, summaries): {exc}"
                ) from exc
            order.append(cluster_id)
            references[cluster_id] = summaries
            cluster_of.update(dict.fromkeys(documents, cluster_id))
    return cluster_of, references, order


def load_clusters(path: str | Path, limit: int | None = None) -> Iterator[EvalCluster]:
    """The clusters of an evaluation file, documents analysed the production way.

    ``limit`` keeps the first clusters of the file only.
    """
    path = Path(path)
    if not path.is_file():
        raise DatasetError(f"evaluation file not found: {path}")
    cluster_of, references, order = _cluster_index(path)
    wanted = set(order[:limit] if limit is not None else order)
    # The components whose output the summariser reads, run exactly as ``bantin run`` runs
    # them; the fact extractors (CRF NER is ~0.3 s an article) do not change a summary.
    analyser = Analyser([Segmenter(), TermCounter()])
    articles: dict[str, list[AnalysedArticle]] = {cid: [] for cid in wanted}
    for raw in read_paths([str(path)]):
        if not isinstance(raw, RawArticle) or raw.external_id is None:
            continue
        cluster_id = cluster_of.get(raw.external_id)
        if cluster_id not in wanted:
            continue
        articles[cluster_id].extend(analyse_page(raw, analyser))
    for cluster_id in order:
        if cluster_id in wanted:
            yield EvalCluster(cluster_id, articles[cluster_id], references[cluster_id])


def score_summary(summary: str, references: Sequence[str]) -> tuple[float, float, float]:
    """ROUGE-1, ROUGE-2, ROUGE-L F1 of one summary, each the mean over ``references``."""
    candidate = rouge_tokens(summary)
    rows = []
    for reference in references:
        tokens = rouge_tokens(reference)
        rows.append(
            (
                rouge_n(candidate, tokens, 1).f1,
                rouge_n(candidate, tokens, 2).f1,
                rouge_l(candidate, tokens).f1,
            )
        )
    r1, r2, rl = np.mean(rows, axis=0) if rows else (0.0, 0.0, 0.0)
    return float(r1), float(r2), float(rl)


def score_clusters(
    clusters: Iterable[EvalCluster], summariser: Summarise, max_words: int = 200
) -> tuple[SummaryScores, list[dict[str, Any]]]:
    """Macro-averaged ROUGE of ``summariser`` over ``clusters``, and one record per cluster."""
    start = time.perf_counter()
    rows, records = [], []
    for cluster in clusters:
        sentences = summariser(cluster.articles, max_words)
        text = " ".join(s.text for s in sentences)
        rows.append(score_summary(text, cluster.references))
        document_of = {a.id: a.external_id or a.id for a in cluster.articles}
        sources = [
            {"text": s.text, "document_id": document_of[s.article_id], "index": s.sentence}
            for s in sentences
        ]
        records.append({"id": cluster.id, "summary": text, "sentences": sources})
    if not rows:
        raise DatasetError("no clusters to score")
    r1, r2, rl = np.mean(rows, axis=0)
    seconds = time.perf_counter() - start
    return SummaryScores(float(r1), float(r2), float(rl), len(rows), seconds), records


def production_summariser(
    articles: Sequence[AnalysedArticle], max_words: int
) -> list[SummarySentence]:
    """``bantin.brief.summarise`` with its defaults: what ``bantin run`` uses."""
    from ..brief.summarise import summarise

    return summarise(articles, max_words=max_words)


def evaluate_summaries(
    path: str | Path,
    max_words: int = 200,
    output: str | Path | None = None,
    limit: int | None = None,
) -> SummaryScores:
    """Summarise every cluster of ``path`` at ``max_words`` and score it against its references.

    Uses the production summariser and its defaults. ``output`` receives one JSON line per
    cluster with the summary and the attribution of each sentence; ``limit`` keeps the first
    clusters only. ``seconds`` covers reading and analysing the documents too.
    """
    start = time.perf_counter()
    clusters = load_clusters(path, limit=limit)
    scores, records = score_clusters(clusters, production_summariser, max_words)
    if output is not None:
        lines = (json.dumps(record, ensure_ascii=False) + "\n" for record in records)
        Path(output).write_text("".join(lines), encoding="utf-8")
    return scores._replace(seconds=time.perf_counter() - start)
