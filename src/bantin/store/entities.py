"""The entity index: the people, organisations and places the briefs name, each with the
number of stories naming it, most first (``bantin entities``, ``/entities``).

A name is one row across stories whatever its case or tone-mark placement ("Hoa Kỳ" is
already "Mỹ" inside a brief; here "Thanh Hoá" and "THANH HÓA" are one), keyed as the briefs
group names (``fold``); marks otherwise count, since "Hùng" and "Hưng" are two people, and only
search ignores them. Dates pick
stories as the story listing does, so "who was in the news last week" counts last week's
stories only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from ..models import Brief, EntityPage, EntityQuery, EntityRow
from .listing import bad_query, date_clauses, entity_key, name_key, word_clauses


def entity_query(**params: Any) -> EntityQuery:
    """An ``EntityQuery`` from user input, or a ``ConfigError`` naming what is wrong."""
    try:
        return EntityQuery(**params)
    except ValidationError as err:
        raise bad_query(err.errors(), "entity query") from None


def index_entities(conn: sqlite3.Connection, briefs: Sequence[Brief]) -> None:
    """Replace the index rows of ``briefs`` by the entities they now list."""
    conn.executemany("DELETE FROM entity_index WHERE story_id = ?", [(b.id,) for b in briefs])
    conn.executemany(
        "INSERT INTO entity_index (story_id, key, search, type, name, mentions, articles)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"
        # two names of one brief folded alike ("Ông Lân", "ông Lân") share a row
        " ON CONFLICT (key, type, story_id) DO UPDATE SET"
        " mentions = mentions + excluded.mentions, articles = max(articles, excluded.articles)",
        [
            (b.id, key, name_key(e.name), e.type, e.name, e.mentions, len(e.article_ids))
            for b in briefs
            for e in b.entities
            if (key := entity_key(e.name))
        ],
    )


def _where(query: EntityQuery) -> tuple[str, list[str]]:
    """The conditions of ``query`` on the index (``e``) and, with dates, on its stories
    (``s``), as a FROM clause onwards: the join only when dates ask for it."""
    clauses: list[str] = []
    values: list[str] = []
    if query.type is not None:
        clauses.append("e.type = ?")
        values.append(query.type)
    word_clauses("e.search", query.search, clauses, values)
    date_clauses(query.since, query.until, clauses, values)
    dated = query.since is not None or query.until is not None
    # dated: the stories in range first (CROSS JOIN keeps that order), then their names
    source = (
        " FROM stories s CROSS JOIN entity_index e ON e.story_id = s.id"
        if dated
        else " FROM entity_index e"
    )
    return source + (" WHERE " + " AND ".join(clauses) if clauses else ""), values


def entity_page(conn: sqlite3.Connection, query: EntityQuery) -> EntityPage:
    # Aggregating every row of the index is the cost (about 1.3 s at 30,000 stories of 25
    # names): it is done once, and the stories' dates are looked up for the page's names only.
    where, values = _where(query)
    distinct = f"SELECT DISTINCT e.key, e.type{where}"
    (count,) = conn.execute(f"SELECT count(*) FROM ({distinct})", values).fetchone()
    rows = conn.execute(
        "SELECT e.key, min(e.name), e.type, count(*), sum(e.articles), sum(e.mentions)"
        f"{where} GROUP BY e.key, e.type"
        " ORDER BY count(*) DESC, sum(e.mentions) DESC, e.key, e.type LIMIT ? OFFSET ?",
        [*values, query.limit, query.offset],
    ).fetchall()
    data = tuple(
        EntityRow(
            name=name, type=kind, n_stories=stories, n_articles=articles, n_mentions=mentions,
            first_date=first, last_date=last,
        )
        for (key, name, kind, stories, articles, mentions) in rows
        for first, last in [_dates(conn, key, kind, query)]
    )  # fmt: skip
    end = query.offset + len(rows)
    return EntityPage(data=data, count=count, next_offset=end if end < count else None)


def _dates(conn: sqlite3.Connection, key: str, kind: str, query: EntityQuery) -> tuple[Any, Any]:
    """The first and last day of the stories (those ``query`` dates) naming ``key``."""
    clauses, values = ["e.key = ?", "e.type = ?"], [key, kind]
    date_clauses(query.since, query.until, clauses, values)
    row: tuple[Any, Any] = conn.execute(
        "SELECT min(s.first_date), max(s.last_date)"
        " FROM entity_index e JOIN stories s ON s.id = e.story_id"
        f" WHERE {' AND '.join(clauses)}",
        values,
    ).fetchone()
    return row
