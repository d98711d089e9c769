"""Train the summariser's sentence scorer on AbMuSu train and write src/bantin/data/summariser.json.

    python scripts/train_summariser.py [../shared/data/abmusu-train.jsonl] [--output PATH]

Only the train split is ever used for fitting; abmusu-val and vmds stay held out for
``bantin eval summaries``. Deterministic: the same data gives the same JSON.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from bantin.brief.summary_training import fit_scorer
from bantin.eval.rouge import rouge_tokens
from bantin.eval.summaries import load_clusters

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "train", nargs="?", default=str(ROOT.parent / "shared/data/abmusu-train.jsonl")
    )
    parser.add_argument("--output", default=str(ROOT / "src/bantin/data/summariser.json"))
    args = parser.parse_args()
    start = time.perf_counter()
    stories = [
        (cluster.articles, [rouge_tokens(r) for r in cluster.references])
        for cluster in load_clusters(args.train)
    ]
    scorer = fit_scorer(stories)
    Path(args.output).write_text(json.dumps(scorer.to_json(), indent=1) + "\n", encoding="utf-8")
    seconds = time.perf_counter() - start
    print(f"trained on {len(stories)} clusters in {seconds:.1f} s -> {args.output}")


if __name__ == "__main__":
    main()
