"""Listing speed on a large synthetic store: the story listing and the entity index.

    python benchmarks/listings.py [--stories 30000] [--names-per-story 25]

Builds a store of ``--stories`` stories spread over a year, each naming ``--names-per-story``
of 20,000 names drawn with Zipf-like frequencies (a few names in thousands of stories, most
in a handful), written straight into the tables the listings read; then times the queries
``bantin stories`` and ``bantin entities`` make (first page, a type, a month, a search).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bantin.models import EntityPage, StoryPage
from bantin.store import Store, story_query
from bantin.store.entities import entity_query
from bantin.store.listing import entity_key, name_key

NAMES = 20_000
KINDS = ("PER", "ORG", "LOC")


def build(path: Path, stories: int, names_per_story: int) -> None:
    Store(path).close()  # the schema, by the migrations
    rng = random.Random(1)
    names = [f"Tên riêng {i}" for i in range(NAMES)]
    weights = [1 / (i + 1) for i in range(NAMES)]
    conn = sqlite3.connect(path)
    with conn:
        for s in range(stories):
            day = f"2024-{1 + s % 12:02d}-{1 + s % 28:02d}"
            conn.execute(
                "INSERT INTO stories (id, thread_id, title, first_date, last_date, record)"
                " VALUES (?, ?, ?, ?, ?, '{}')",
                (f"s{s}", f"t{s}", f"Tin số {s}", day, day),
            )
            chosen = set(rng.choices(range(NAMES), weights, k=names_per_story))
            conn.executemany(
                "INSERT INTO entity_index VALUES (?, ?, ?, ?, ?, 2, 1)",
                [
                    (f"s{s}", entity_key(names[i]), name_key(names[i]), KINDS[i % 3], names[i])
                    for i in chosen
                ],
            )
            conn.executemany(
                "INSERT INTO story_entities (story_id, name, key) VALUES (?, ?, ?)",
                [(f"s{s}", entity_key(names[i]), name_key(names[i])) for i in chosen],
            )
    conn.close()


def timed(label: str, query: Callable[[], StoryPage | EntityPage]) -> None:
    start = time.perf_counter()
    page = query()
    print(f"{label:<40} {time.perf_counter() - start:6.2f} s  ({page.count} rows match)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=30_000)
    parser.add_argument("--names-per-story", type=int, default=25)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "listings.db"
        build(path, args.stories, args.names_per_story)
        print(f"{args.stories} stories, {args.names_per_story} names each")
        with Store(path) as store:
            month = {"since": "2024-06-01", "until": "2024-06-30"}
            timed("stories: first page", lambda: store.story_page(story_query()))
            timed("stories: --entity", lambda: store.story_page(story_query(entity="Tên riêng 7")))
            unmarked = story_query(entity="ten rieng 7")
            timed("stories: --entity, no marks", lambda: store.story_page(unmarked))
            timed("stories: a month", lambda: store.story_page(story_query(**month)))
            timed("entities: first page", lambda: store.entity_page(entity_query()))
            timed("entities: --type PER", lambda: store.entity_page(entity_query(type="PER")))
            timed("entities: a month", lambda: store.entity_page(entity_query(**month)))
            timed("entities: --search", lambda: store.entity_page(entity_query(search="rieng 12")))


if __name__ == "__main__":
    main()
