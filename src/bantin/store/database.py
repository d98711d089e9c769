"""``Store``: bantin's SQLite file, the only place queries live.

SQLite in WAL mode (readers never wait for the writer), foreign keys on, and one explicit
transaction per ``write_batch``: a run killed at any point leaves the batches before the kill
whole and nothing of the batch it was writing, so re-running the same input completes the work.
Records are stored as their JSON next to the columns that queries filter or join on.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from ..errors import NotFoundError, StoreError, check_range
from ..models import (
    AnalysedArticle,
    ArticleDetail,
    Brief,
    EntityPage,
    EntityQuery,
    GrouperState,
    Rejection,
    RunDetail,
    RunPage,
    StateEntry,
    Story,
    StoryEdit,
    StoryPage,
    StoryQuery,
    StorySummaryRow,
)
from . import audit
from .entities import entity_page, index_entities
from .listing import (
    STORY_ORDER,
    all_stories,
    register_functions,
    story_entity_rows,
    story_page,
)
from .migrations import apply_migrations

_ARTICLE_BATCH = 1000  # articles read per query when all are asked for
# How long a writer waits for another process's write lock before giving up.
_BUSY_TIMEOUT_S = 30.0


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL (a no-op once it is). Two processes creating one store at once
    (two runs started together) race for this switch, and SQLite answers the loser "database
    is locked" at once, without calling its busy handler: so wait here as a write would."""
    deadline = time.monotonic() + _BUSY_TIMEOUT_S
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as err:
            if err.sqlite_errorcode != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """A bantin store in one SQLite file: ``Store(path)``, or ``with Store(path) as store:``.

    ``create=False`` opens an existing store only (read commands must not leave an empty file
    behind a mistyped path).
    """

    def __init__(self, path: str | os.PathLike[str], *, create: bool = True) -> None:
        self.path = os.fspath(path)
        file = Path(self.path)
        if not create and not file.is_file():
            raise StoreError(
                f"No store at {self.path}: check --db, or create one with "
                f"`bantin run PATH --db {self.path}`"
            )
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(f"cannot create the folder of {self.path}: {err.strerror}") from err
        self._conn = self._open(file, create)

    def _open(self, file: Path, create: bool) -> sqlite3.Connection:
        uri = f"{file.resolve().as_uri()}?mode={'rwc' if create else 'rw'}"
        conn: sqlite3.Connection | None = None
        try:
            # Autocommit mode: every transaction below is an explicit BEGIN ... COMMIT.
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=_BUSY_TIMEOUT_S)
            self._refuse_foreign_database(conn)  # before anything changes the file
            conn.execute("PRAGMA foreign_keys = ON")
            register_functions(conn)
            _use_wal(conn)
            # In WAL mode NORMAL never corrupts; a power cut may only drop the last commits,
            # which a re-run restores.
            conn.execute("PRAGMA synchronous = NORMAL")
            apply_migrations(conn, self.path)
        except sqlite3.Error as err:
            if conn is not None:
                conn.close()
            raise StoreError(
                f"cannot open {self.path} as a bantin store ({err}): check the path"
            ) from err
        except StoreError:
            if conn is not None:
                conn.close()
            raise
        return conn

    def _refuse_foreign_database(self, conn: sqlite3.Connection) -> None:
        """An SQLite file of some other program: do not add bantin's tables to it."""
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
        if tables and "migrations" not in tables:
            raise StoreError(
                f"{self.path} is an SQLite file but not a bantin store: choose another --db"
            )

    # ----------------------------------------------------------------------- lifecycle

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            # IMMEDIATE takes the write lock up front: two writers queue instead of deadlocking.
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                # SQLite rolls back by itself on some errors (disk full): only end what is open.
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as err:
            raise StoreError(f"writing to {self.path} failed ({err}): nothing was written") from err

    # ----------------------------------------------------------------------- runs

    def start_run(self, paths: Sequence[str]) -> int:
        with self._transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO runs (started, paths) VALUES (?, ?)",
                (_now(), json.dumps(list(paths), ensure_ascii=False)),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def finish_run(self, run_id: int, *, added: int, rejected: int) -> None:
        with self._transaction() as conn:
            cursor = conn.execute(
                "UPDATE runs SET finished = ?, added = ?, rejected = ? WHERE id = ?",
                (_now(), added, rejected, run_id),
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"No run {run_id} in {self.path}: start it with start_run")

    def last_written(self) -> str | None:
        """When the last finished run ended (ISO 8601, UTC), or None for a store never run."""
        (finished,) = self._conn.execute("SELECT max(finished) FROM runs").fetchone()
        return finished

    # ----------------------------------------------------------------------- writing

    def write_batch(
        self,
        *,
        articles: Sequence[AnalysedArticle] = (),
        rejections: Sequence[Rejection] = (),
        stories: Sequence[Story] = (),
        removed_story_ids: Sequence[str] = (),
        briefs: Sequence[Brief] = (),
        grouper_state: GrouperState | None = None,
        run_id: int | None = None,
        edits: Sequence[StoryEdit] = (),
    ) -> None:
        """Write one batch in one transaction: all of it is stored, or none of it.

        Articles already stored are kept as they are (ids are content hashes). Removed
        stories are deleted before the given stories are upserted, so a story both removed
        and given ends up stored. A story's membership is replaced by its ``article_ids``.
        A complete grouper state replaces the saved one; an incomplete one (the grouper's
        changes since its last save) is merged into it. A story written without its brief in
        the same batch is listed by ``stale_brief_ids`` until its brief is written. ``edits``
        records editors' corrections (``story_edits``) with the stories they changed.
        """
        with self._transaction() as conn:
            conn.executemany(
                "INSERT OR IGNORE INTO articles (id, path, part, external_id, title, source,"
                " published, stages, record, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        a.id,
                        a.path,
                        a.part,
                        a.external_id,
                        a.title,
                        a.source,
                        a.published,
                        json.dumps(a.stages, ensure_ascii=False, sort_keys=True),
                        a.model_dump_json(),
                        run_id,
                    )
                    for a in articles
                ],
            )
            conn.executemany(
                "INSERT INTO rejections (run_id, path, reason, detail) VALUES (?, ?, ?, ?)",
                [(run_id, r.path, r.reason, r.detail) for r in rejections],
            )
            conn.executemany("DELETE FROM stories WHERE id = ?", [(i,) for i in removed_story_ids])
            for story in stories:
                self._upsert_story(conn, story)
            conn.executemany(
                "INSERT OR IGNORE INTO stale_briefs (story_id) VALUES (?)",
                [(s.id,) for s in stories],
            )
            self._check_briefs_have_stories(conn, briefs)
            conn.executemany(
                "DELETE FROM stale_briefs WHERE story_id = ?", [(b.id,) for b in briefs]
            )
            conn.executemany(
                "INSERT INTO briefs (story_id, record) VALUES (?, ?)"
                " ON CONFLICT (story_id) DO UPDATE SET record = excluded.record",
                [(b.id, b.model_dump_json()) for b in briefs],
            )
            conn.executemany(
                "UPDATE stories SET first_date = ?, last_date = ?, dates_inferred = 1"
                " WHERE id = ? AND (first_date IS NULL OR dates_inferred = 1)",
                [(b.first_date, b.last_date, b.id) for b in briefs if b.dates_inferred],
            )
            conn.executemany(
                "DELETE FROM story_entities WHERE story_id = ?", [(b.id,) for b in briefs]
            )
            conn.executemany(
                "INSERT INTO story_entities (story_id, name, key) VALUES (?, ?, ?)",
                sorted(story_entity_rows(briefs)),
            )
            index_entities(conn, briefs)
            if grouper_state is not None:
                self._write_grouper_state(conn, grouper_state)
            conn.executemany(
                f"INSERT INTO story_edits ({', '.join(StoryEdit.model_fields)})"
                f" VALUES ({', '.join('?' * len(StoryEdit.model_fields))})",
                [tuple(e.model_dump().values()) for e in edits],
            )

    @staticmethod
    def _write_grouper_state(conn: sqlite3.Connection, state: GrouperState) -> None:
        if state.complete:
            conn.execute("DELETE FROM grouper_entries")
        conn.execute(
            "INSERT INTO grouper_state (id, state) VALUES (1, ?)"
            " ON CONFLICT (id) DO UPDATE SET state = excluded.state",
            (state.header,),
        )
        conn.executemany(
            "INSERT INTO grouper_entries (section, key, value) VALUES (?, ?, ?)"
            " ON CONFLICT (section, key) DO UPDATE SET value = excluded.value",
            [(e.section, e.key, e.value) for e in state.entries],
        )

    def _upsert_story(self, conn: sqlite3.Connection, story: Story) -> None:
        referenced = set(story.article_ids) | set(story.duplicate_of.values())
        missing = sorted(referenced - self._stored_ids(conn, referenced))
        if missing:
            raise StoreError(
                f"story '{story.id}' lists articles that are not stored ({', '.join(missing)}):"
                " write them in the same batch or an earlier one"
            )
        # ON CONFLICT DO UPDATE, not REPLACE: REPLACE deletes the row and cascades to the brief.
        conn.execute(
            "INSERT INTO stories (id, thread_id, title, first_date, last_date, record)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            " thread_id = excluded.thread_id, title = excluded.title,"
            " first_date = excluded.first_date, last_date = excluded.last_date,"
            " dates_inferred = 0, record = excluded.record",
            (
                story.id,
                story.thread_id,
                story.title,
                story.first_date,
                story.last_date,
                story.model_dump_json(),
            ),
        )
        conn.execute("DELETE FROM story_articles WHERE story_id = ?", (story.id,))
        conn.executemany(
            "INSERT INTO story_articles (story_id, article_id, position, duplicate_of)"
            " VALUES (?, ?, ?, ?)",
            [
                (story.id, article_id, position, story.duplicate_of.get(article_id))
                for position, article_id in enumerate(story.article_ids)
            ],
        )

    def _check_briefs_have_stories(self, conn: sqlite3.Connection, briefs: Sequence[Brief]) -> None:
        ids = [b.id for b in briefs]
        stored = {
            story_id
            for (story_id,) in conn.execute(
                "SELECT id FROM stories WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(ids),),
            )
        }
        missing = sorted(set(ids) - stored)
        if missing:
            raise StoreError(
                f"briefs given for stories that are not stored ({', '.join(missing)}):"
                " write each story with its brief"
            )

    # ----------------------------------------------------------------------- reading

    @staticmethod
    def _stored_ids(conn: sqlite3.Connection, ids: Iterable[str]) -> set[str]:
        # One JSON parameter instead of one "?" per id: no SQLite variable limit to hit.
        rows = conn.execute(
            "SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(ids)),),
        )
        return {article_id for (article_id,) in rows}

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """The ids among ``ids`` whose article is already stored."""
        return self._stored_ids(self._conn, ids)

    def articles(self, ids: Iterable[str] | None = None) -> list[AnalysedArticle]:
        """Stored articles: all in insertion order, or exactly ``ids`` in their order."""
        if ids is None:
            return [article for batch in self.article_batches(_ARTICLE_BATCH) for article in batch]
        wanted = list(ids)
        found = {
            article_id: record
            for article_id, record in self._conn.execute(
                "SELECT id, record FROM articles WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(wanted),),
            )
        }
        missing = [i for i in wanted if i not in found]
        if missing:
            raise NotFoundError(
                f"No article {', '.join(repr(i) for i in missing[:5])} in {self.path}:"
                " use ids from a story of this store"
            )
        return [AnalysedArticle.model_validate_json(found[i]) for i in wanted]

    def article_count(self) -> int:
        (count,) = self._conn.execute("SELECT count(*) FROM articles").fetchone()
        return int(count)

    def article_batches(self, size: int) -> Iterator[list[AnalysedArticle]]:
        """Every stored article in insertion order, ``size`` at a time (memory stays bounded)."""
        after = 0
        while True:
            rows = self._conn.execute(
                "SELECT rowid, record FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?",
                (after, size),
            ).fetchall()
            if not rows:
                return
            after = rows[-1][0]
            yield [AnalysedArticle.model_validate_json(record) for _, record in rows]

    def stale_article_ids(self, stages: Mapping[str, str]) -> list[str]:
        """Stored articles analysed by other components or versions than ``stages``."""
        # Both sides are JSON with sorted keys, so equal maps are equal text.
        current = json.dumps(dict(stages), ensure_ascii=False, sort_keys=True)
        rows = self._conn.execute(
            "SELECT id FROM articles WHERE stages != ? ORDER BY rowid", (current,)
        )
        return [article_id for (article_id,) in rows]

    def stories(self) -> list[StorySummaryRow]:
        """Every story with its counts, most recent first."""
        return all_stories(self._conn)

    def story_page(self, query: StoryQuery | None = None) -> StoryPage:
        """One page of the stories matching ``query`` (the first 100 of all by default)."""
        return story_page(self._conn, query or StoryQuery())

    def entity_page(self, query: EntityQuery | None = None) -> EntityPage:
        """One page of the entity index: the names the briefs list, most stories first."""
        return entity_page(self._conn, query or EntityQuery())

    def _no_story(self, story_id: str) -> NotFoundError:
        return NotFoundError(
            f"No story '{story_id}' in {self.path}: run `bantin stories --db {self.path}`"
            " to list them"
        )

    def story(self, story_id: str) -> Story:
        row = self._conn.execute("SELECT record FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            raise self._no_story(story_id)
        return Story.model_validate_json(row[0])

    def brief(self, story_id: str) -> Brief:
        row = self._conn.execute(
            "SELECT record FROM briefs WHERE story_id = ?", (story_id,)
        ).fetchone()
        if row is not None:
            return Brief.model_validate_json(row[0])
        self.story(story_id)  # raises the "no story" error when that is the cause
        raise NotFoundError(
            f"Story '{story_id}' in {self.path} has no brief: run `bantin run` on its input again"
        )

    def stale_brief_ids(self) -> list[str]:
        """Stories whose brief is missing or older than their articles, oldest first."""
        rows = self._conn.execute("SELECT story_id FROM stale_briefs ORDER BY rowid")
        return [story_id for (story_id,) in rows]

    def briefs(self) -> list[Brief]:
        """Every stored brief, in the order of ``stories()``."""
        rows = self._conn.execute(
            "SELECT b.record FROM briefs b JOIN stories s ON s.id = b.story_id"
            f" ORDER BY {STORY_ORDER}"
        )
        return [Brief.model_validate_json(record) for (record,) in rows]

    def rejections(self, run_id: int | None = None) -> list[Rejection]:
        """Rejected inputs of one run, or of every run, in the order they were stored."""
        return audit.rejections(self._conn, run_id)

    def article_detail(self, key: str) -> ArticleDetail:
        """The stored article ``key`` names — its id, the id its input gave it, or the path
        it was read from — with its story; ``NotFoundError`` when none or several match."""
        return audit.article_detail(self._conn, key, self.path)

    def run_page(self, limit: int = 50, offset: int = 0) -> RunPage:
        """The run log, newest first."""
        check_range("run_page", "limit", limit, 1, 1000, kind=int)
        check_range("run_page", "offset", offset, 0, 2**62, kind=int)
        return audit.run_page(self._conn, limit, offset)

    def run_detail(self, run_id: int, limit: int = 100, offset: int = 0) -> RunDetail:
        """One run, its rejections and a page of the articles it stored."""
        check_range("run_detail", "limit", limit, 1, 1000, kind=int)
        check_range("run_detail", "offset", offset, 0, 2**62, kind=int)
        return audit.run_detail(self._conn, run_id, limit, offset, self.path)

    def story_edits(self) -> list[StoryEdit]:
        """Editors' corrections of the grouping, oldest first."""
        columns = list(StoryEdit.model_fields)
        rows = self._conn.execute(f"SELECT {', '.join(columns)} FROM story_edits ORDER BY id")
        return [StoryEdit(**dict(zip(columns, row, strict=True))) for row in rows]

    def grouper_state(self) -> GrouperState | None:
        """The grouper's whole state as saved batch by batch, or None before the first save."""
        row = self._conn.execute("SELECT state FROM grouper_state WHERE id = 1").fetchone()
        if row is None:
            return None
        rows = self._conn.execute("SELECT section, key, value FROM grouper_entries ORDER BY rowid")
        entries = tuple(StateEntry(*row) for row in rows)
        return GrouperState(header=str(row[0]), entries=entries)
