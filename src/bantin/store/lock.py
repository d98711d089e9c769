"""One writer at a time: a run (or a regroup) holds its store's lock from start to end.

SQLite serialises transactions, but a run is many transactions around state it keeps in memory
(the grouper's), read once at its start. Two runs interleaving would each group without the
other's new stories — the same event opened twice — and overwrite each other's grouper state
entries. So a run takes an OS advisory lock on a file next to the store (``news.db.lock``)
before it reads anything; a second run waits for it, and a run that dies releases it with its
process. Readers (``bantin stories``, ``bantin serve``) never take it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from filelock import FileLock, Timeout

from ..errors import StoreError, check_range


def lock_path(db: str | os.PathLike[str]) -> str:
    return f"{os.fspath(db)}.lock"


@contextmanager
def writing(
    db: str | os.PathLike[str],
    timeout: float | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> Iterator[None]:
    """Hold the store's writer lock; wait up to ``timeout`` seconds (None: as long as it takes)
    for another writer, telling ``on_wait`` once that it waits."""
    if timeout is not None:
        check_range("writing", "timeout", timeout, 0.0, 1e7)
    lock = FileLock(lock_path(db))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if on_wait is not None:
            on_wait(f"{os.fspath(db)} is being written by another bantin run: waiting for it")
        try:
            lock.acquire(timeout=-1 if timeout is None else timeout)
        except Timeout:
            raise StoreError(
                f"{os.fspath(db)} is still being written by another bantin run after "
                f"{timeout:g} s: try again when it has finished"
            ) from None
    try:
        yield
    finally:
        lock.release()
