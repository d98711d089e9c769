"""Train the grouper's pair scorer on AbMuSu train and write src/bantin/data/grouper.json.

    python scripts/train_grouper.py [../shared/data/abmusu-train.jsonl] [--output PATH]

Only the train split is ever used for fitting; abmusu-val and vmds stay held out for
``bantin eval clusters``. The articles go through the ``bantin run`` path (read, clean, split,
analyse) and the stream order of ``bantin eval clusters``. Deterministic: the same data gives
the same JSON.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from bantin.eval.clusters import analysed_documents, gold_clusters, stream_order
from bantin.group.training import train_scorer

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "train", nargs="?", default=str(ROOT.parent / "shared/data/abmusu-train.jsonl")
    )
    parser.add_argument("--output", default=str(ROOT / "src/bantin/data/grouper.json"))
    args = parser.parse_args()
    start = time.perf_counter()
    gold = gold_clusters([args.train])
    pairs = stream_order(list(analysed_documents([args.train])))
    if not pairs:
        raise SystemExit(f"no articles read from {args.train}")
    scorer = train_scorer(
        [article for _, article in pairs], {article.id: gold[d] for d, article in pairs}
    )
    Path(args.output).write_text(json.dumps(scorer.to_json(), indent=1) + "\n", encoding="utf-8")
    seconds = time.perf_counter() - start
    print(f"trained on {len(pairs)} articles in {seconds:.1f} s -> {args.output}")


if __name__ == "__main__":
    main()
