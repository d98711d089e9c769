"""Story grouping at scale and in quality: bantin against a single-pass TF-IDF baseline.

    python benchmarks/grouping.py [--sizes 1000 10000 30000] [--cache DIR]

Scale: groups the first 1k, 10k and 30k articles of ../shared/data/vietnews-30k.jsonl.xz with
the default ``StoryGrouper`` in batches of 256, each size in a fresh process, and reports the
grouping seconds (``partial_fit`` and ``state_changes``, as the runner calls them), cost per
article and the process's peak memory.
Articles are analysed once with the production path (read, clean, split, analyse; for the 30k
stream segmentation and term counts only, entity recognition being too slow to prepare it) and
cached on disk as JSONL.
Analysis and reading the cache are NOT counted in the grouping time; the cache is streamed
batch by batch, so peak memory is the grouper's own plus one batch and the interpreter.

Quality: B-cubed F1 of bantin (the exact code and defaults of ``bantin eval clusters``) and of
a single-pass TF-IDF-centroid clusterer on syllable 1-2-grams at its best threshold, on
vmds.jsonl and on abmusu-train + abmusu-val pooled, fed in the same stream order.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from bantin.analyse import Analyser, Segmenter, TermCounter
from bantin.eval.clusters import analysed_documents, gold_clusters, score_grouping, stream_order
from bantin.eval.metrics import bcubed
from bantin.group import StoryGrouper
from bantin.models import AnalysedArticle

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
STREAM = DATA / "vietnews-30k.jsonl.xz"
QUALITY_SETS = {
    "vmds": [DATA / "vmds.jsonl"],
    "abmusu train+val": [DATA / "abmusu-train.jsonl", DATA / "abmusu-val.jsonl"],
}
BATCH = 256
BASELINE_THRESHOLDS = [round(t, 2) for t in np.arange(0.10, 0.61, 0.05)]


# ---------------------------------------------------------------------- analysis cache


def cached_analysis(paths: Sequence[Path], cache: Path, analyser: Analyser | None = None) -> Path:
    """JSONL of (document id, analysed article) for ``paths``, built once with the production
    path (``analyser`` defaults to the runner's) and reused while the name stays the same."""
    chain = "full" if analyser is None else "+".join(c.name for c in analyser.components)
    name = "+".join(p.name for p in paths) + f".{chain}.analysed.jsonl"
    target = cache / name
    if not target.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".partial")
        with partial.open("w", encoding="utf-8") as out:
            for document_id, article in analysed_documents([str(p) for p in paths], analyser):
                record = {"document_id": document_id, "article": article.model_dump(mode="json")}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        partial.rename(target)
    return target


def read_cache(path: Path, limit: int | None = None) -> Iterator[tuple[str, AnalysedArticle]]:
    with path.open(encoding="utf-8") as lines:
        for count, line in enumerate(lines):
            if limit is not None and count >= limit:
                return
            record = json.loads(line)
            yield record["document_id"], AnalysedArticle.model_validate(record["article"])


# ---------------------------------------------------------------------- scale


def group_stream(cache: Path, size: int) -> dict[str, float]:
    """Group the first ``size`` cached articles batch by batch as the runner does: timed are
    ``partial_fit`` and ``state_changes`` (the entries the runner stores after each batch)."""
    grouper = StoryGrouper()
    seconds = 0.0
    batch: list[AnalysedArticle] = []
    articles = 0

    def group(batch: list[AnalysedArticle]) -> float:
        start = time.perf_counter()
        grouper.partial_fit(batch)
        grouper.state_changes()
        return time.perf_counter() - start

    for _, article in read_cache(cache, size):
        batch.append(article)
        articles += 1
        if len(batch) == BATCH:
            seconds += group(batch)
            batch = []
    seconds += group(batch)
    return {
        "articles": articles,
        "seconds": seconds,
        "ms_per_article": 1000 * seconds / max(articles, 1),
        "peak_mb": own_peak_mb(),
        "stories": len(grouper.stories_),
    }


def own_peak_mb() -> float:
    """This process's peak resident memory. ``ru_maxrss`` survives fork and exec, so a child
    would report its parent's peak; Linux's VmHWM belongs to this process image alone."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def scale_table(cache: Path, sizes: Sequence[int]) -> list[dict[str, float]]:
    rows = []
    for size in sizes:
        # A fresh process per size, so each peak memory figure is that size's alone.
        child = subprocess.run(
            [sys.executable, __file__, "--child", str(size), "--child-cache", str(cache)],
            check=True,
            capture_output=True,
            text=True,
        )
        rows.append(json.loads(child.stdout))
    return rows


# ---------------------------------------------------------------------- quality


def syllable_text(article: AnalysedArticle) -> str:
    return " ".join([article.title or "", *(s.text for s in article.sentences)]).lower()


def single_pass_baseline(similarities: np.ndarray, threshold: float) -> list[int]:
    """Single-pass clustering: each document joins the most cosine-similar cluster centroid
    when it reaches ``threshold``, else opens a cluster. Centroid cosines come from the
    document-document similarity matrix: cos(x, sum c) = sum_j x.c_j / |sum c|."""
    labels: list[int] = []
    members: list[list[int]] = []
    squared_norms: list[float] = []
    for i in range(len(similarities)):
        best, best_score = -1, threshold
        for cluster, (indices, squared) in enumerate(zip(members, squared_norms, strict=True)):
            score = float(similarities[i, indices].sum()) / np.sqrt(squared)
            if score >= best_score:
                best, best_score = cluster, score
        if best < 0:
            members.append([])
            squared_norms.append(0.0)
            best = len(members) - 1
        indices = members[best]
        squared_norms[best] += 2 * float(similarities[i, indices].sum()) + similarities[i, i]
        indices.append(i)
        labels.append(best)
    return labels


def quality_rows(cache: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for name, paths in QUALITY_SETS.items():
        gold = gold_clusters([str(p) for p in paths])
        pairs = stream_order(list(read_cache(cached_analysis(paths, cache))))
        start = time.perf_counter()
        grouper = StoryGrouper().partial_fit([article for _, article in pairs])
        seconds = time.perf_counter() - start
        _, scores = score_grouping(gold, pairs, grouper)
        rows.append({"set": name, "system": "bantin (defaults)", "b3_f1": scores.b3_f1,
                     "b3_precision": scores.b3_precision, "b3_recall": scores.b3_recall,
                     "ari": scores.ari, "seconds": seconds})  # fmt: skip
        firsts: dict[str, AnalysedArticle] = {}
        for document_id, article in pairs:
            firsts.setdefault(document_id, article)
        documents = list(firsts)
        matrix = TfidfVectorizer(
            ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"(?u)\b\w+\b"
        ).fit_transform([syllable_text(firsts[d]) for d in documents])
        similarities = (matrix @ matrix.T).toarray()
        truth = [gold[d] for d in documents]
        best: tuple[float, float, tuple[float, float, float]] | None = None
        for threshold in BASELINE_THRESHOLDS:
            labels = single_pass_baseline(similarities, threshold)
            score = bcubed(labels, truth)
            if best is None or score[2] > best[2][2]:
                best = (threshold, 0.0, score)
        assert best is not None
        rows.append({"set": name, "system": f"single-pass TF-IDF 1-2-gram @ {best[0]:.2f} (best)",
                     "b3_f1": best[2][2], "b3_precision": best[2][0], "b3_recall": best[2][1],
                     "ari": float("nan"), "seconds": float("nan")})  # fmt: skip
    return rows


# ---------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000, 30000])
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "bantin-bench")
    parser.add_argument("--skip-quality", action="store_true")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--child-cache", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        print(json.dumps(group_stream(args.child_cache, args.child)))
        return
    if not STREAM.is_file():
        sys.exit(f"benchmark data not found at {DATA}: clone the repo beside shared/")
    if not args.skip_quality:
        print("| set | system | B3 P | B3 R | B3 F1 | ARI | group s |")
        print("|---|---|---|---|---|---|---|")
        for row in quality_rows(args.cache):
            print(f"| {row['set']} | {row['system']} | {row['b3_precision']:.4f} | "
                  f"{row['b3_recall']:.4f} | {row['b3_f1']:.4f} | {row['ari']:.4f} | "
                  f"{row['seconds']:.1f} |", flush=True)  # fmt: skip
    # Segmentation and term counts only: entity recognition runs at a few articles/s, far too
    # slow to prepare 30k articles, and the grouper falls back on capitalised words without it.
    stream_cache = cached_analysis([STREAM], args.cache, Analyser([Segmenter(), TermCounter()]))
    print("\n| articles | group s | ms/article | peak MB | stories |\n|---|---|---|---|---|")
    for row in scale_table(stream_cache, args.sizes):
        print(f"| {row['articles']:,} | {row['seconds']:.1f} | {row['ms_per_article']:.2f} | "
              f"{row['peak_mb']:.0f} | {row['stories']:,} |", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
