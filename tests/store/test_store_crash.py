"""Crash safety and concurrent reading, for real: a writer process killed with SIGKILL."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from bantin.store import Store

WRITER = Path(__file__).with_name("crash_writer.py")
SIZE = 120  # articles per batch


def _start_writer(db: Path, batches: int, *die_in_batch: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(db), str(batches), str(SIZE), *die_in_batch],
        stdout=subprocess.PIPE,
        text=True,
    )


def _complete_batches(db: Path) -> int:
    """Check the store is consistent and made of whole batches; return how many."""
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    dangling = conn.execute(
        "SELECT count(*) FROM story_articles m"
        " LEFT JOIN articles a ON a.id = m.article_id LEFT JOIN stories s ON s.id = m.story_id"
        " WHERE a.id IS NULL OR s.id IS NULL"
    ).fetchone()
    conn.close()
    assert dangling == (0,)
    with Store(db, create=False) as store:
        batch_ids = sorted(r.id for r in store.stories() if r.id.startswith("batch-"))
        done = len(batch_ids)
        # Whole batches only, and in order: batch i is stored exactly when batches < i are.
        assert batch_ids == [f"batch-{i:03d}" for i in range(done)]
        assert len(store.articles()) == done * SIZE
        assert len(store.rejections()) == done
        assert len(store.briefs()) == done
        if done:
            assert len(store.story("all").article_ids) == done * SIZE
            state = store.grouper_state()
            assert state is not None and json.loads(state.header) == {"batches": done}
        else:
            assert store.grouper_state() is None
    return done


def _rerun_to_the_end(db: Path, batches: int, already: int) -> None:
    finished = subprocess.run(
        [sys.executable, str(WRITER), str(db), str(batches), str(SIZE)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    # Only the missing batches are written again.
    assert finished.stdout.split("\n")[0] == f"committed {already}"
    assert _complete_batches(db) == batches


def test_store_crash_inside_a_batch_loses_only_that_batch(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    writer = _start_writer(db, 8, "3")
    out, _ = writer.communicate(timeout=120)
    assert writer.returncode == -signal.SIGKILL
    assert out.splitlines() == [
        "committed 0",
        "committed 1",
        "committed 2",
        "dying inside the transaction",
    ]
    assert _complete_batches(db) == 3
    _rerun_to_the_end(db, 8, already=3)


def test_store_killed_from_outside_mid_run_stays_consistent(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    batches = 30
    writer = _start_writer(db, batches)
    assert writer.stdout is not None
    for line in writer.stdout:
        if line.strip() == "committed 1":
            break
    writer.send_signal(signal.SIGKILL)
    writer.communicate(timeout=60)
    assert writer.returncode == -signal.SIGKILL
    done = _complete_batches(db)
    assert 2 <= done < batches
    _rerun_to_the_end(db, batches, already=done)


def test_store_readers_see_whole_batches_while_a_writer_runs(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    Store(db).close()
    batches = 30
    writer = _start_writer(db, batches)
    seen: list[int] = []
    while writer.poll() is None:
        with Store(db, create=False) as reader:
            rows = {row.id: row for row in reader.stories()}  # one query: one snapshot
        done = sum(1 for story_id in rows if story_id.startswith("batch-"))
        in_all = rows["all"].n_articles if "all" in rows else 0
        assert in_all == done * SIZE
        seen.append(done)
    assert writer.wait() == 0
    assert seen == sorted(seen)
    assert len(set(seen)) > 1, "the reader never overlapped the writer: make the writer longer"
    assert _complete_batches(db) == batches
