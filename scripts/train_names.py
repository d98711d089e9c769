"""Count how the news writes bare names: src/bantin/data/{people,place}_names.txt.

    python scripts/train_names.py [../shared/data/vietnews-30k.jsonl.xz] [--output PATH]

A name the corpus writes after a person's title ("ca sĩ Lệ Quyên") and seldom after a place
word is typed a person where nothing around it says what it is, and one opening with a surname
that it writes after place words only ("huyện Lâm Hà") a place, as is a three-syllable one no
surname opens ("sân bay Tân Sơn Nhất"; see ``bantin.analyse.facts.name_usage``). VietNews is
no evaluation set of the facts, and the pages the hand-annotated sets under ``tests/facts_dev``
name are left out, so no annotated page's text shapes the list. Deterministic: the same data
gives the same file.
"""

from __future__ import annotations

import argparse
import json
import lzma
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from bantin.analyse.facts.name_usage import NameUsage

ROOT = Path(__file__).resolve().parents[1]


def annotated_documents() -> set[str]:
    return {
        json.loads(line)["document"]
        for path in sorted((ROOT / "tests/facts_dev").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }


def corpus_texts(path: str, leave_out: set[str]) -> Iterator[str]:
    opener = lzma.open if path.endswith(".xz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            page = json.loads(line)
            if page["id"] in leave_out:
                continue
            parts = (page.get("title"), page.get("lead"), page.get("text"))
            yield unicodedata.normalize("NFC", "\n".join(p for p in parts if p))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "corpus", nargs="?", default=str(ROOT.parent / "shared/data/vietnews-30k.jsonl.xz")
    )
    parser.add_argument("--output", default=str(ROOT / "src/bantin/data"), help="folder")
    args = parser.parse_args()
    start = time.perf_counter()
    usage = NameUsage.count(corpus_texts(args.corpus, annotated_documents()))
    for file, names in (("people_names.txt", usage.people()), ("place_names.txt", usage.places())):
        path = Path(args.output) / file
        path.write_text("".join(f"{name}\n" for name in names), encoding="utf-8")
        print(f"{len(names)} names -> {path}")
    print(f"counted in {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
