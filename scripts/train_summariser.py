"""Train the summariser's models on AbMuSu train and write src/bantin/data/summariser.json.

    python scripts/train_summariser.py [../shared/data/abmusu-train.jsonl] [--output PATH]
                                       [--folds K]

Only the train split is ever used for fitting; abmusu-val and vmds stay held out for
``bantin eval summaries``. Deterministic: the same data gives the same JSON. ``--folds K`` first
cross-validates on the train split itself (fold i = clusters i, i+K, ...), printing ROUGE-2 F1
at 200 words with and without the lead rule, then trains on all of it as usual.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path

from bantin.brief.summarise import Summariser
from bantin.brief.summary_training import fit_summary_model
from bantin.eval.rouge import rouge_tokens
from bantin.eval.summaries import EvalCluster, load_clusters, score_clusters
from bantin.models import AnalysedArticle

ROOT = Path(__file__).resolve().parents[1]


def training_pairs(
    clusters: Sequence[EvalCluster],
) -> list[tuple[list[AnalysedArticle], list[list[str]]]]:
    return [(c.articles, [rouge_tokens(r) for r in c.references]) for c in clusters]


def cross_validate(clusters: Sequence[EvalCluster], folds: int) -> None:
    totals = {True: 0.0, False: 0.0}
    for fold in range(folds):
        held_out = [c for i, c in enumerate(clusters) if i % folds == fold]
        model = fit_summary_model(
            training_pairs([c for i, c in enumerate(clusters) if i % folds != fold])
        )
        scores = {
            lead: score_clusters(held_out, Summariser(include_lead=lead, model=model), 200)[0]
            for lead in (True, False)
        }
        print(
            f"fold {fold}: ROUGE-2 {scores[True].rouge2:.4f} "
            f"(without the lead rule {scores[False].rouge2:.4f})",
            flush=True,
        )
        for lead, score in scores.items():
            totals[lead] += score.rouge2 / folds
    print(f"mean: ROUGE-2 {totals[True]:.4f} (without the lead rule {totals[False]:.4f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "train", nargs="?", default=str(ROOT.parent / "shared/data/abmusu-train.jsonl")
    )
    parser.add_argument("--output", default=str(ROOT / "src/bantin/data/summariser.json"))
    parser.add_argument("--folds", type=int, default=0, help="cross-validate first (K >= 2)")
    args = parser.parse_args()
    start = time.perf_counter()
    clusters = list(load_clusters(args.train))
    if args.folds >= 2:
        cross_validate(clusters, args.folds)
    model = fit_summary_model(training_pairs(clusters))
    Path(args.output).write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    seconds = time.perf_counter() - start
    print(f"trained on {len(clusters)} clusters in {seconds:.1f} s -> {args.output}")


if __name__ == "__main__":
    main()
