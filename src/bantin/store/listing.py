"""The story listing: one page of stories matching a ``StoryQuery``, most recent first.

Search is by title and forgiving the way Vietnamese readers type: case, tone marks and the
other diacritics are ignored ("rut quan" and "RÚT QUÂN" both find "rút quân"), and every word
of the query must appear. The key is computed by a function registered on the connection, so
no column or index has to be kept in step with the titles; the full scan that costs takes
about 0.15 s at 30,000 stories. An entity is looked up among the names and aliases each
brief lists (``story_entities``), as whole words. There, marks the user typed count: "Hùng"
and "Hưng" are two people, and the entity index links to each one's stories alone; a word
typed without marks ("Hung") finds both, as the title search would.
"""

from __future__ import annotations

import csv
import io
import sqlite3
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from ..analyse.facts.lexicon import fold
from ..errors import ConfigError
from ..models import Brief, EntityPage, EntityRow, StoryPage, StoryQuery, StorySummaryRow

R = TypeVar("R", bound=BaseModel)

# Most recent first; stories without a date (undated input) after the dated ones.
STORY_ORDER = "s.last_date IS NULL, s.last_date DESC, s.id"

_ROWS = (
    "SELECT s.id, s.thread_id, s.title, COUNT(m.article_id),"
    # Near-duplicates are listed but are not independent sources.
    " COUNT(DISTINCT CASE WHEN m.duplicate_of IS NULL"
    "   THEN COALESCE(a.source, a.path, a.id) END),"
    " s.first_date, s.last_date, s.dates_inferred"
    " FROM stories s LEFT JOIN story_articles m ON m.story_id = s.id"
    " LEFT JOIN articles a ON a.id = m.article_id"
)


def search_key(text: str) -> str:
    """``text`` lower-cased without diacritics: "Rút quân khỏi Niger" -> "rut quan khoi niger"."""
    bare = "".join(
        c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c)
    )
    return bare.replace("đ", "d")


def name_key(name: str) -> str:
    """``search_key`` with single spaces: how entity names are stored and looked up."""
    return " ".join(search_key(name).split())


def entity_key(name: str) -> str:
    """How names are told apart: folded as the briefs group them (case and tone-mark
    placement aside, marks kept), single spaces."""
    return " ".join(fold(name).split())


def story_entity_rows(briefs: Iterable[Brief]) -> set[tuple[str, str, str]]:
    """``(story id, entity_key, name_key)`` of every entity name and alias the briefs list:
    the rows of ``story_entities``."""
    return {
        (brief.id, key, name_key(name))
        for brief in briefs
        for entity in brief.entities
        for name in (entity.name, *entity.aliases)
        if (key := entity_key(name))
    }


def names_match(name: str, wanted: str) -> bool:
    """Whether the words of ``wanted`` (an ``entity_key``) run, whole, inside ``name`` (one
    too): a word with marks must match them, a word without marks matches any."""
    words, asked = name.split(), wanted.split()
    return any(
        all(
            word == want or (want == search_key(want) and search_key(word) == want)
            for word, want in zip(words[start:], asked, strict=False)
        )
        for start in range(len(words) - len(asked) + 1)
    )


def register_functions(conn: sqlite3.Connection) -> None:
    conn.create_function("search_key", 1, search_key, deterministic=True)
    conn.create_function("names_match", 2, names_match, deterministic=True)


def story_query(**params: Any) -> StoryQuery:
    """A ``StoryQuery`` from user input, or a ``ConfigError`` naming what is wrong."""
    try:
        return StoryQuery(**params)
    except ValidationError as err:
        raise bad_query(err.errors()) from None


def bad_query(problems: Iterable[Mapping[str, Any]], what: str = "story query") -> ConfigError:
    """One error for every problem pydantic (or FastAPI, whose locations start with "query")
    found in a story query (or ``what`` was asked), each with the parameter and the value."""
    described = []
    for problem in problems:
        name = ".".join(str(part) for part in problem["loc"] if part != "query") or "query"
        described.append(f"'{name}' {_lowered(problem['msg'])} (got {problem.get('input')!r})")
    return ConfigError(f"bad {what}: {'; '.join(described)}")


def _lowered(message: str) -> str:
    """Pydantic's "Input should be 'PER', ..." inside a sentence: the first letter only, so
    the values it quotes keep their case."""
    return message[:1].lower() + message[1:]


def like_escaped(text: str) -> str:
    """``text`` matched literally by LIKE: its own % and _ are not wildcards."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def date_clauses(
    since: date | None, until: date | None, clauses: list[str], values: list[str]
) -> None:
    """Add the conditions for stories (``s``) between ``since`` and ``until``.

    A story spans its first to its last publication day (for pages without one, the days
    their texts imply); it is listed when that span meets the asked one. Stories with no
    date at all have no span and are left out of a dated listing.
    """
    if since is not None:
        clauses.append("substr(s.last_date, 1, 10) >= ?")
        values.append(since.isoformat())
    if until is not None:
        clauses.append("substr(s.first_date, 1, 10) <= ?")
        values.append(until.isoformat())


def word_clauses(column: str, text: str | None, clauses: list[str], values: list[str]) -> None:
    """Add a condition per word of ``text``: ``column`` (an SQL expression giving a
    ``search_key``) must contain it, case and marks ignored."""
    for word in search_key(text or "").split():
        clauses.append(f"{column} LIKE ? ESCAPE '\\'")
        values.append(f"%{like_escaped(word)}%")


def _where(query: StoryQuery) -> tuple[str, list[str]]:
    clauses, values = [], []
    if query.thread is not None:
        clauses.append("s.thread_id = ?")
        values.append(query.thread)
    word_clauses("search_key(s.title)", query.search, clauses, values)
    date_clauses(query.since, query.until, clauses, values)
    if entity := entity_key(query.entity or ""):
        # Whole words: "Niger" finds "Cộng hòa Niger" but not "Nigeria". The mark-free LIKE
        # narrows the rows cheaply; names_match then looks at the marks, if any were typed.
        unmarked = name_key(entity)
        marks = "" if entity == unmarked else " AND names_match(e.name, ?)"
        clauses.append(
            "EXISTS (SELECT 1 FROM story_entities e WHERE e.story_id = s.id"
            f" AND ' ' || e.key || ' ' LIKE ? ESCAPE '\\'{marks})"
        )
        values.extend([f"% {like_escaped(unmarked)} %", *([entity] if marks else [])])
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), values


def rows_as(record: type[R], rows: Sequence[tuple[Any, ...]]) -> list[R]:
    """``rows`` as records: the query selects the columns in the order of their fields."""
    fields = record.model_fields
    return [record(**dict(zip(fields, row, strict=True))) for row in rows]


def all_stories(conn: sqlite3.Connection) -> list[StorySummaryRow]:
    rows = conn.execute(f"{_ROWS} GROUP BY s.id ORDER BY {STORY_ORDER}").fetchall()
    return rows_as(StorySummaryRow, rows)


def story_page(conn: sqlite3.Connection, query: StoryQuery) -> StoryPage:
    where, values = _where(query)
    (count,) = conn.execute(f"SELECT COUNT(*) FROM stories s{where}", values).fetchone()
    rows = conn.execute(
        f"{_ROWS}{where} GROUP BY s.id ORDER BY {STORY_ORDER} LIMIT ? OFFSET ?",
        [*values, query.limit, query.offset],
    ).fetchall()
    end = query.offset + len(rows)
    data = tuple(rows_as(StorySummaryRow, rows))
    return StoryPage(data=data, count=count, next_offset=end if end < count else None)


def page_csv(page: StoryPage | EntityPage) -> str:
    """The page's rows as CSV with a header line (``bantin stories --csv``, ``/stories.csv``,
    and the same for entities).

    UTF-8 text that starts with a byte-order mark: without one, Excel reads the file as the
    local code page and garbles every Vietnamese diacritic.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    header = EntityRow if isinstance(page, EntityPage) else StorySummaryRow
    writer.writerow(header.model_fields)
    for row in page.data:
        writer.writerow(["" if v is None else v for v in row.model_dump().values()])
    return "\ufeff" + out.getvalue()
