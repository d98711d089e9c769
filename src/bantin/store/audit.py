"""What bantin did with its input: one stored article with where it went, and the run log.

An article is found by its id, by the id its input gave it (JSONL ``id``) or by the path it was
read from, since that is what an editor holding a feed or a file knows. Run counts are counted
from the rows a run stored, not taken from the run's own tally, so a run that died is shown
with what it did store.
"""

from __future__ import annotations

import json
import sqlite3

from ..errors import NotFoundError
from ..models import (
    AnalysedArticle,
    ArticleDetail,
    ArticleRow,
    Rejection,
    RunDetail,
    RunPage,
    RunRow,
)
from .listing import like_escaped

_RUNS = (
    "SELECT r.id, r.started, r.finished, r.paths,"
    " (SELECT count(*) FROM articles a WHERE a.run_id = r.id),"
    " (SELECT count(*) FROM rejections j WHERE j.run_id = r.id)"
    " FROM runs r"
)


def _article_ids(conn: sqlite3.Connection, key: str) -> list[str]:
    """The stored articles ``key`` names: an article id, else an input id, else a path."""
    for query, params in (
        ("SELECT id FROM articles WHERE id = ?", (key,)),
        ("SELECT id FROM articles WHERE external_id = ? ORDER BY rowid", (key,)),
        # A path as stored ("../shared/seeds/x.txt") or its tail ("x.txt", "seeds/x.txt").
        (
            "SELECT id FROM articles WHERE path = ? OR path LIKE '%/' || ? ESCAPE '\\'"
            " ORDER BY path, part",
            (key, like_escaped(key)),
        ),
    ):
        ids = [article_id for (article_id,) in conn.execute(query, params)]
        if ids:
            return ids
    return []


def article_detail(conn: sqlite3.Connection, key: str, where: str) -> ArticleDetail:
    """The one stored article ``key`` names (see ``_article_ids``) with its story."""
    ids = _article_ids(conn, key)
    if not ids:
        raise NotFoundError(
            f"No article '{key}' in {where}: give an article id (as a brief's JSON lists them),"
            " the id the input gave it, or the path it was read from"
        )
    if len(ids) > 1:
        raise NotFoundError(
            f"'{key}' names {len(ids)} articles in {where} (a page holding several stories, or"
            f" one id given twice): ask for one of {', '.join(ids[:10])}"
        )
    (article_id,) = ids
    record, run_id = conn.execute(
        "SELECT record, run_id FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    membership = conn.execute(
        "SELECT s.id, s.title, s.thread_id, m.duplicate_of FROM story_articles m"
        " JOIN stories s ON s.id = m.story_id WHERE m.article_id = ?",
        (article_id,),
    ).fetchone()
    story_id, story_title, thread_id, duplicate_of = membership or (None, None, None, None)
    copies = conn.execute(
        "SELECT article_id FROM story_articles WHERE duplicate_of = ? ORDER BY position",
        (article_id,),
    )
    return ArticleDetail(
        article=AnalysedArticle.model_validate_json(record),
        story_id=story_id,
        story_title=story_title,
        thread_id=thread_id,
        duplicate_of=duplicate_of,
        copies=tuple(copy_id for (copy_id,) in copies),
        run_id=run_id,
    )


def _run_row(row: tuple[int, str, str | None, str, int, int]) -> RunRow:
    run_id, started, finished, paths, added, rejected = row
    return RunRow(
        id=run_id,
        started=started,
        finished=finished,
        paths=tuple(json.loads(paths)),
        added=added,
        rejected=rejected,
    )


def rejections(conn: sqlite3.Connection, run_id: int | None = None) -> list[Rejection]:
    """Rejected inputs of one run, or of every run, in the order they were stored."""
    query = "SELECT path, reason, detail FROM rejections"
    params: tuple[int, ...] = ()
    if run_id is not None:
        query += " WHERE run_id = ?"
        params = (run_id,)
    rows = conn.execute(query + " ORDER BY id", params)
    return [Rejection(path=path, reason=reason, detail=detail) for path, reason, detail in rows]


def run_page(conn: sqlite3.Connection, limit: int, offset: int) -> RunPage:
    """Runs newest first, ``limit`` from ``offset``."""
    rows = conn.execute(f"{_RUNS} ORDER BY r.id DESC LIMIT ? OFFSET ?", (limit, offset))
    data = tuple(_run_row(row) for row in rows)
    (count,) = conn.execute("SELECT count(*) FROM runs").fetchone()
    more = offset + len(data) < count
    return RunPage(data=data, count=count, next_offset=offset + len(data) if more else None)


def run_detail(
    conn: sqlite3.Connection, run_id: int, limit: int, offset: int, where: str
) -> RunDetail:
    """One run, every input it rejected, and ``limit`` of the articles it stored from
    ``offset``, in the order it stored them."""
    # An id past SQLite's integers names no run (and would not fit the query).
    in_range = 0 <= run_id < 2**63
    row = conn.execute(f"{_RUNS} WHERE r.id = ?", (run_id,)).fetchone() if in_range else None
    if row is None:
        raise NotFoundError(f"No run {run_id} in {where}: run `bantin runs` to list them")
    run = _run_row(row)
    articles = conn.execute(
        "SELECT a.id, a.path, a.part, a.title, a.source, a.published, m.story_id"
        " FROM articles a LEFT JOIN story_articles m ON m.article_id = a.id"
        " WHERE a.run_id = ? ORDER BY a.rowid LIMIT ? OFFSET ?",
        (run_id, limit, offset),
    )
    data = tuple(
        ArticleRow(
            id=i, path=path, part=part, title=title, source=source, published=published,
            story_id=story_id,
        )
        for i, path, part, title, source, published, story_id in articles
    )  # fmt: skip
    more = offset + len(data) < run.added
    return RunDetail(
        run=run,
        rejections=tuple(rejections(conn, run_id)),
        articles=data,
        next_offset=offset + len(data) if more else None,
    )
