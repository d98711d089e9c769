"""The writer lock: one run writes a store at a time; the next waits, or gives up when told."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from bantin.errors import StoreError
from bantin.store.lock import lock_path, writing


def test_writing_waits_for_the_writer_and_says_so_once(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    notices: list[str] = []
    entered = threading.Event()

    def second_writer() -> None:
        with writing(db, on_wait=notices.append):
            entered.set()

    with writing(db):
        thread = threading.Thread(target=second_writer)
        thread.start()
        assert not entered.wait(0.5)  # blocked while the first holds the lock
    assert entered.wait(10)
    thread.join()
    assert len(notices) == 1 and str(db) in notices[0]


def test_writing_without_a_rival_is_silent(tmp_path: Path) -> None:
    notices: list[str] = []
    with writing(tmp_path / "news.db", on_wait=notices.append):
        pass
    assert notices == []


def test_writing_gives_up_after_its_timeout_with_a_store_error(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with (
        writing(db),
        pytest.raises(StoreError, match=r"still being written.*0\.2 s"),
        writing(db, timeout=0.2),
    ):
        pass


def test_writing_lock_of_a_killed_process_is_free(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from filelock import FileLock; lock = FileLock(sys.argv[1]);"
            " lock.acquire();"
            " print('held', flush=True); time.sleep(60)",
            lock_path(db),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreError), writing(db, timeout=0.2):
            pass
    finally:
        holder.kill()
        holder.wait()
    with writing(db, timeout=2):  # the OS released the dead process's lock
        pass
