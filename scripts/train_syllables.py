"""Count the syllables of a background news corpus and write src/bantin/data/syllables.json.

    python scripts/train_syllables.py [../shared/data/vietnews-30k.jsonl.xz] [--output PATH]

VietNews is no evaluation set of the grouping (vmds and AbMuSu are), so counting on it is fair.
Articles go through the ``bantin run`` path with segmentation and term counts only (what the
grouper's syllable vectors are made of). Deterministic: the same data gives the same JSON.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from bantin.analyse import Analyser, Segmenter, TermCounter
from bantin.eval.clusters import analysed_documents
from bantin.group.syllables import SyllableFrequencies

ROOT = Path(__file__).resolve().parents[1]
# Syllables met in one article only are mostly typos and foreign names: they weigh as unseen
# ones anyway, and dropping them halves the file.
MIN_DOCUMENTS = 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "corpus", nargs="?", default=str(ROOT.parent / "shared/data/vietnews-30k.jsonl.xz")
    )
    parser.add_argument("--output", default=str(ROOT / "src/bantin/data/syllables.json"))
    args = parser.parse_args()
    start = time.perf_counter()
    analyser = Analyser([Segmenter(), TermCounter()])
    articles = (article for _, article in analysed_documents([args.corpus], analyser))
    frequencies = SyllableFrequencies.count(articles, MIN_DOCUMENTS)
    text = json.dumps(frequencies.to_json(), ensure_ascii=False, separators=(",", ":"))
    Path(args.output).write_text(text + "\n", encoding="utf-8")
    seconds = time.perf_counter() - start
    print(
        f"counted {len(frequencies.counts)} syllables in {frequencies.documents} articles "
        f"in {seconds:.0f} s -> {args.output}"
    )


if __name__ == "__main__":
    main()
