"""Summary quality and speed: bantin against the lead baseline, LexRank and TextRank.

    python benchmarks/summaries.py [DATASET.jsonl ...] [--max-words 200]

Every system summarises the same analysed clusters (read, cleaned, split and segmented once
with the production path) at the same word budget, scored the AbMuSu way by
``bantin.eval.summaries``. The sumy baselines (optional extra ``eval``) get the project's
Vietnamese sentences and underthesea words, so only the ranking differs. "bantin-no-lead" is
bantin without the rule that one article's lead is always in the summary, to show what that
rule costs in ROUGE. Also reports bantin's milliseconds per cluster, and per 5-article cluster,
summarising one cluster at a time.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bantin.brief.summarise import Summariser, display_words
from bantin.eval.summaries import (
    EvalCluster,
    Summarise,
    load_clusters,
    production_summariser,
    score_clusters,
)
from bantin.models import AnalysedArticle, SummarySentence

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def lead_baseline(articles: Sequence[AnalysedArticle], max_words: int) -> list[SummarySentence]:
    """The first ``max_words`` words of the first article (the last sentence cut to fit)."""
    chosen: list[SummarySentence] = []
    left = max_words
    for sentence in articles[0].sentences if articles else ():
        words = sentence.text.split()[:left]
        if not words:
            break
        chosen.append(SummarySentence(text=" ".join(words), article_id=articles[0].id,
                                      sentence=sentence.index))  # fmt: skip
        left -= len(words)
    return chosen


class _SegmentedWords:
    """sumy tokenizer over bantin's sentences: the words underthesea already found."""

    language = "vietnamese"

    def __init__(self, words: dict[str, tuple[str, ...]]) -> None:
        self.words = words

    def to_words(self, text: str) -> list[str]:
        return [w.lower() for w in self.words.get(text, ()) if any(c.isalnum() for c in w)]


def sumy_baseline(method: str) -> Summarise:
    """LexRank or TextRank from sumy, taking top-rated sentences while they fit the budget."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    summarizer = LexRankSummarizer() if method == "lexrank" else TextRankSummarizer()

    def run(articles: Sequence[AnalysedArticle], max_words: int) -> list[SummarySentence]:
        origin = {s.text: (a.id, s) for a in articles for s in a.sentences}
        tokenizer = _SegmentedWords({text: s.words for text, (_, s) in origin.items()})
        document = ObjectDocumentModel(
            [Paragraph([SumySentence(s.text, tokenizer) for s in a.sentences]) for a in articles]
        )

        def within_budget(ranked: Sequence[Any]) -> list[Any]:
            kept, left = [], max_words
            for info in ranked:
                size = display_words(str(info.sentence))
                if size <= left:
                    kept.append(info)
                    left -= size
            return kept

        picked = summarizer(document, within_budget)
        return [
            SummarySentence(text=origin[str(s)][1].text, article_id=origin[str(s)][0],
                            sentence=origin[str(s)][1].index)
            for s in picked
        ]  # fmt: skip

    return run


def milliseconds_per_cluster(
    clusters: Sequence[EvalCluster], summariser: Summarise, max_words: int
) -> tuple[float, float]:
    """Mean ms to summarise one cluster, over all clusters and over the 5-article ones."""
    times: list[tuple[int, float]] = []
    for cluster in clusters:
        start = time.perf_counter()
        summariser(cluster.articles, max_words)
        times.append((len(cluster.articles), 1000 * (time.perf_counter() - start)))
    five = [ms for n, ms in times if n >= 5] or [float("nan")]
    return sum(ms for _, ms in times) / len(times), sum(five) / len(five)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "datasets", nargs="*", default=[str(DATA / "abmusu-val.jsonl"), str(DATA / "vmds.jsonl")]
    )
    parser.add_argument("--max-words", type=int, default=200)
    args = parser.parse_args()
    systems: dict[str, Callable[..., list[SummarySentence]]] = {
        "bantin": production_summariser,
        "bantin-no-lead": Summariser(include_lead=False),
        "lead": lead_baseline,
        "lexrank": sumy_baseline("lexrank"),
        "textrank": sumy_baseline("textrank"),
    }
    print(f"| dataset | system | ROUGE-1 | ROUGE-2 | ROUGE-L | clusters | ({args.max_words} words)")
    print("|---|---|---|---|---|---|")
    for dataset in args.datasets:
        clusters = list(load_clusters(dataset))
        for name, summariser in systems.items():
            scores, _ = score_clusters(clusters, summariser, args.max_words)
            print(
                f"| {Path(dataset).stem} | {name} | {scores.rouge1:.4f} | {scores.rouge2:.4f} "
                f"| {scores.rougeL:.4f} | {scores.clusters} |",
                flush=True,
            )
        mean_ms, five_ms = milliseconds_per_cluster(clusters, production_summariser, args.max_words)
        print(f"bantin on {Path(dataset).stem}: {mean_ms:.1f} ms/cluster, "
              f"{five_ms:.1f} ms per 5-article cluster")  # fmt: skip


if __name__ == "__main__":
    main()
