"""The store's schema, changed only through named migrations applied in order and recorded.

Each migration is ``(name, step)`` where ``step`` is SQL text or a function of the connection.
``apply_migrations`` runs each pending one in its own transaction together with the row that
records it, so a crash leaves either the old schema or the new one, never half of it. A file
that records a migration this code does not know was written by a newer bantin: refuse it
rather than guess at its schema.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from ..errors import StoreError
from ..models import Brief
from .entities import index_entities
from .listing import story_entity_rows

Step = str | Callable[[sqlite3.Connection], None]

INITIAL_SCHEMA = """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,
    paths TEXT NOT NULL,            -- JSON list of the paths given to the run
    added INTEGER,
    rejected INTEGER
);
CREATE TABLE articles (
    id TEXT PRIMARY KEY,            -- hash of the normalised body: the deduplication key
    path TEXT,
    part INTEGER NOT NULL,
    external_id TEXT,
    title TEXT,
    source TEXT,
    published TEXT,
    stages TEXT NOT NULL,           -- JSON {component name: version}, to spot stale rows
    record TEXT NOT NULL,           -- the full AnalysedArticle as JSON
    run_id INTEGER REFERENCES runs(id)
);
CREATE INDEX articles_path ON articles(path);
CREATE TABLE rejections (
    id INTEGER PRIMARY KEY,
    run_id INTEGER REFERENCES runs(id),
    path TEXT NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX rejections_run ON rejections(run_id);
CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    thread_id TEXT NOT NULL,
    title TEXT NOT NULL,
    first_date TEXT,
    last_date TEXT,
    record TEXT NOT NULL            -- the full Story as JSON, so fields added later survive
);
CREATE INDEX stories_thread ON stories(thread_id);
CREATE TABLE story_articles (
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id),
    position INTEGER NOT NULL,
    duplicate_of TEXT REFERENCES articles(id),
    PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_articles_article ON story_articles(article_id);
CREATE TABLE briefs (
    story_id TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
    record TEXT NOT NULL            -- the Brief as JSON
);
CREATE TABLE grouper_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),   -- a single row
    state TEXT NOT NULL             -- opaque JSON owned by the grouper
);
"""

# The grouper's state as keyed entries, so each batch writes only what it changed instead of
# rewriting one blob that grows with every article. A blob from 0001 is dropped: its version
# is older than any grouper that reads entries, and the grouper refuses it anyway.
KEYED_GROUPER_STATE = """
DELETE FROM grouper_state;
CREATE TABLE grouper_entries (
    section TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,            -- JSON owned by the grouper
    PRIMARY KEY (section, key)
);
"""

# Stories whose brief is older than their membership. A run writes changed stories batch by
# batch and briefs each of them once at its end, not once per batch that touched it; a run
# that dies in between leaves the list, and the next run finishes it.
STALE_BRIEFS = """
CREATE TABLE stale_briefs (
    story_id TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE
);
INSERT INTO stale_briefs (story_id)
    SELECT id FROM stories WHERE id NOT IN (SELECT story_id FROM briefs);
"""


# The names of the people, organisations and places each brief lists, as search keys, so
# the listing can find every story naming one; 0009 replaced it and fills it.
STORY_ENTITIES = """
CREATE TABLE story_entities (
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    PRIMARY KEY (story_id, key)
);
"""


def _story_entity_names(conn: sqlite3.Connection) -> None:
    """Each brief's names with their marks beside their search keys, so that a listing asked
    for "Hùng" leaves out the stories of "Hưng"; filled from the briefs already stored."""
    conn.execute("DROP TABLE story_entities")
    conn.execute(
        "CREATE TABLE story_entities ("
        " story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,"
        " name TEXT NOT NULL,"  # entity_key of a name or alias: marks kept
        " key TEXT NOT NULL,"  # name_key of it: marks dropped
        # one row per name (a key is a function of it); both in the key, so that looking a
        # story's names up reads no other row
        " PRIMARY KEY (story_id, key, name)) WITHOUT ROWID"
    )
    for (record,) in conn.execute("SELECT record FROM briefs"):  # one brief in memory at a time
        conn.executemany(
            "INSERT INTO story_entities (story_id, name, key) VALUES (?, ?, ?)",
            sorted(story_entity_rows([Brief.model_validate_json(record)])),
        )


# Stories none of whose articles has a publication date are listed by the dates their briefs
# infer from the texts; a story's dates columns say which kind they hold.
STORY_DATES_INFERRED = """
ALTER TABLE stories ADD COLUMN dates_inferred INTEGER NOT NULL DEFAULT 0;
"""

# ``bantin article`` finds an article by the id its input gave it and lists its near-duplicate
# copies; ``bantin runs`` lists the articles each run stored.
ARTICLE_LOOKUPS = """
CREATE INDEX articles_external_id ON articles(external_id);
CREATE INDEX articles_run ON articles(run_id);
CREATE INDEX story_articles_duplicate_of ON story_articles(duplicate_of);
"""

# Editors' corrections of the grouping, replayed by ``bantin regroup`` (see ``StoryEdit``).
STORY_EDITS = """
CREATE TABLE story_edits (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('merge', 'move')),
    story_id TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id),
    to_story_id TEXT,
    to_article_id TEXT REFERENCES articles(id),
    after_articles INTEGER NOT NULL,
    made TEXT NOT NULL
);
"""


def _entity_index(conn: sqlite3.Connection) -> None:
    """Each brief's people, organisations and places with their counts, so the entity index
    (``bantin entities``) counts stories per name; filled from the briefs already stored."""
    conn.execute(
        "CREATE TABLE entity_index ("
        " story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,"
        " key TEXT NOT NULL,"  # the name folded: case and tone-mark placement aside
        " search TEXT NOT NULL,"  # the name without marks, for search ("lau nam goc")
        " type TEXT NOT NULL,"
        " name TEXT NOT NULL,"
        " mentions INTEGER NOT NULL,"
        " articles INTEGER NOT NULL,"
        # stored in name order: the index's listing reads each name's rows side by side
        " PRIMARY KEY (key, type, story_id)) WITHOUT ROWID"
    )
    conn.execute("CREATE INDEX entity_index_story ON entity_index(story_id)")
    for (record,) in conn.execute("SELECT record FROM briefs").fetchall():
        index_entities(conn, [Brief.model_validate_json(record)])


MIGRATIONS: tuple[tuple[str, Step], ...] = (
    ("0001_initial", INITIAL_SCHEMA),
    ("0002_keyed_grouper_state", KEYED_GROUPER_STATE),
    ("0003_stale_briefs", STALE_BRIEFS),
    ("0004_story_entities", STORY_ENTITIES),
    ("0005_story_dates_inferred", STORY_DATES_INFERRED),
    ("0006_article_lookups", ARTICLE_LOOKUPS),
    ("0007_story_edits", STORY_EDITS),
    ("0008_entity_index", _entity_index),
    ("0009_story_entity_names", _story_entity_names),
)

_LEDGER = "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied TEXT NOT NULL)"


def split_statements(script: str) -> list[str]:
    """Cut an SQL script into complete statements (``;`` inside strings does not cut).

    ``executescript`` would commit before running, breaking the one-transaction rule, so each
    statement goes through ``execute`` inside the migration's own transaction.
    """
    statements: list[str] = []
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n\t;"):
                statements.append(pending.strip())
            pending = ""
    if pending.strip(" \n\t;"):
        raise ValueError(f"incomplete SQL statement at the end of a migration: {pending!r}")
    return statements


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    conn.execute(_LEDGER)
    return [name for (name,) in conn.execute("SELECT name FROM migrations ORDER BY rowid")]


def apply_migrations(
    conn: sqlite3.Connection,
    where: str,
    migrations: tuple[tuple[str, Step], ...] = MIGRATIONS,
) -> list[str]:
    """Apply the pending migrations in order; return the names applied now.

    ``conn`` must be in autocommit mode (``isolation_level=None``): transactions are explicit.
    """
    known = [name for name, _ in migrations]
    done = applied_migrations(conn)
    unknown = [name for name in done if name not in known]
    if unknown:
        raise StoreError(
            f"{where} was written by a newer bantin (unknown migrations: {', '.join(unknown)}): "
            "upgrade bantin to read it"
        )
    applied_now: list[str] = []
    for name, step in migrations:
        if name in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-check under the write lock: another process may have applied it meanwhile.
            if conn.execute("SELECT 1 FROM migrations WHERE name = ?", (name,)).fetchone():
                conn.execute("COMMIT")
                continue
            if isinstance(step, str):
                for statement in split_statements(step):
                    conn.execute(statement)
            else:
                step(conn)
            conn.execute(
                "INSERT INTO migrations (name, applied) VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied_now.append(name)
    return applied_now
