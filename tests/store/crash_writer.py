"""Write numbered batches to a store, the way a run does; test_store_crash kills it mid-way.

    python crash_writer.py DB BATCHES BATCH_SIZE [DIE_IN_BATCH]

Batch ``i`` stores BATCH_SIZE new articles, a rejection, story ``batch-i`` (its articles) with a
brief, story ``all`` (every article so far) and grouper state ``{"batches": i + 1}``. Batches
whose articles are all stored are skipped, so running again completes the work. With
DIE_IN_BATCH the process SIGKILLs itself from inside SQLite while that batch's transaction is
being written. Prints ``committed i`` after each batch.
"""

from __future__ import annotations

import functools
import json
import os
import signal
import sys

from bantin.models import (
    AnalysedArticle,
    ArticleRef,
    Brief,
    GrouperState,
    Rejection,
    Story,
)
from bantin.store import Store

# SQLite virtual-machine steps between two calls of the progress handler, and the call that
# kills: late enough that the batch has rows written, long before its COMMIT.
_STEPS_PER_CALL = 100
_KILL_AT_CALL = 20


def batch_records(batch: int, size: int) -> tuple[list[AnalysedArticle], Story, Brief]:
    articles = [
        AnalysedArticle(
            id=f"b{batch:03d}-a{n:03d}",
            path=f"trang/lo-{batch:03d}.jsonl",
            part=n,
            title=f"Tin số {n} của lô {batch}",
            body=(f"Nội dung bài {n} trong lô {batch}. " * 20,),
            source=f"Báo {n % 7}",
            published=f"2025-09-{1 + batch % 28:02d}",
            terms={f"từ_{k}": 1.0 / (k + 1) for k in range(30)},
            stages={"writer": "1"},
        )
        for n in range(size)
    ]
    story = Story(
        id=f"batch-{batch:03d}",
        thread_id="t-all",
        title=f"Lô {batch}",
        article_ids=tuple(a.id for a in articles),
    )
    refs = tuple(
        ArticleRef(id=a.id, path=a.path, title=a.title, source=a.source, published=a.published)
        for a in articles
    )
    brief = Brief(id=story.id, thread_id="t-all", title=story.title, articles=refs, summary=())
    return articles, story, brief


def _die(calls: list[int]) -> int:
    calls.append(1)
    if len(calls) == _KILL_AT_CALL:
        print("dying inside the transaction", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    return 0


def main(db: str, batches: int, size: int, die_in_batch: int | None) -> None:
    all_ids: list[str] = []
    with Store(db) as store:
        for batch in range(batches):
            articles, story, brief = batch_records(batch, size)
            ids = [a.id for a in articles]
            all_ids += ids
            if store.known_ids(ids) == set(ids):
                continue
            if batch == die_in_batch:
                # The handler runs inside SQLite's statement loop, i.e. inside write_batch.
                store._conn.set_progress_handler(functools.partial(_die, []), _STEPS_PER_CALL)
            store.write_batch(
                articles=articles,
                rejections=[Rejection(path=f"trang/hong-{batch:03d}.txt", reason="empty")],
                stories=[
                    story,
                    Story(id="all", thread_id="t-all", title="Tất cả", article_ids=tuple(all_ids)),
                ],
                briefs=[brief],
                grouper_state=GrouperState(header=json.dumps({"batches": batch + 1})),
            )
            print(f"committed {batch}", flush=True)


if __name__ == "__main__":
    die = int(sys.argv[4]) if len(sys.argv) > 4 else None
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), die)
