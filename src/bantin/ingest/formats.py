"""One reader per input format: decoded text in, ``RawArticle`` or ``Rejection`` records out."""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any

import lxml.etree
import lxml.html
import trafilatura

from bantin.ingest.decode import Refusal
from bantin.ingest.screen import text_refusal
from bantin.models import RawArticle, Rejection

# trafilatura logs "discarding data: None" on stderr for a page it cannot extract; the
# page's no_text rejection already says so, on the one line the user reads.
logging.getLogger("trafilatura").setLevel(logging.ERROR)

_DEEP_PARSER = lxml.html.HTMLParser(huge_tree=True, remove_comments=True)

# Article fields a JSONL record may carry, and the RawArticle field each one fills.
JSONL_FIELDS = {
    "id": "external_id",
    "title": "title",
    "lead": "lead",
    "source": "source",
    "url": "url",
    "published": "published",
    "author": "author",
}

Result = RawArticle | Rejection
# "22/4/2024", "22-04-2024 10:30", "22/04/2024 10:30:15": day first, as Vietnamese sites write.
_DAY_FIRST = re.compile(
    r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?"
)
# An HTML page's text needs a line of at least this many words: menus and links have none.
RUNNING_TEXT_WORDS = 6
PRETTY_PRINTED = (
    "not JSON Lines: the file starts like one indented JSON document;"
    " write one JSON object per line (for an array: jq -c '.[]')"
)


def reject(path: str, refusal: Refusal) -> Rejection:
    return Rejection(path=path, reason=refusal.reason, detail=refusal.detail)


def read_txt(path: str | None, text: str, encoding: str) -> Result:
    if (refusal := text_refusal(text)) is not None:
        return reject(path or "-", refusal)
    return RawArticle(path=path, text=text, encoding=encoding, format="txt")


def read_html(path: str | None, html: str, encoding: str) -> Result:
    """Main text and metadata of an HTML page, boilerplate removed by trafilatura."""
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if doc is None and (tree := _deep_tree(html)) is not None:
        doc = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False)
    meta: dict[str, Any] = {} if doc is None else doc if isinstance(doc, dict) else doc.as_dict()
    text = meta.get("text") or ""
    if text.strip() and (refusal := text_refusal(text)) is not None:
        return reject(path or "-", refusal)
    if not any(len(line.split()) >= RUNNING_TEXT_WORDS for line in text.split("\n")):
        # With no article found, trafilatura falls back to the page's menus and links.
        return Rejection(
            path=path or "-",
            reason="no_text",
            detail="HTML page without article text (an index page or a script-built page?)",
        )
    return RawArticle(
        path=path,
        text=text,
        title=meta.get("title") or None,
        published=meta.get("date") or None,
        author=meta.get("author") or None,
        source=meta.get("sitename") or None,
        url=meta.get("url") or None,
        encoding=encoding,
        format="html",
    )


def _deep_tree(html: str) -> Any:
    """The page parsed past libxml2's limit of 256 nested elements, beyond which trafilatura
    sees an empty page (generated pages nest a wrapper per row); None when it will not parse."""
    try:
        return lxml.html.document_fromstring(html, parser=_DEEP_PARSER)
    except (lxml.etree.ParserError, ValueError):
        return None


def read_jsonl(path: str | None, lines: Iterable[tuple[int, str | Refusal]]) -> Iterator[Result]:
    """Articles of a JSONL stream: one article per line, or one evaluation cluster per line.

    ``lines`` gives 1-based line numbers with each line's text (or why it could not be
    decoded), so a bad line is rejected as ``file.jsonl:LINENO`` and the rest still read.
    An ``id`` given again with another text is a ``duplicate``: the id names one article.
    """
    label = path or "-"
    read_any = False
    ids: dict[str, tuple[int, int]] = {}  # id -> (line it was first given on, hash of its text)
    for lineno, line in lines:
        if isinstance(line, str) and not line.strip():
            continue
        first, read_any = not read_any, True
        where = f"{label}:{lineno}"
        if isinstance(line, Refusal):
            yield reject(where, line)
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            if first and line.strip() in ("[", "{"):
                # One indented JSON document: a rejection per line would bury the one fix.
                yield Rejection(path=label, reason="bad_json", detail=PRETTY_PRINTED)
                return
            # exc.msg may end in "at" ("Unterminated string starting at"): hence the colon
            yield Rejection(path=where, reason="bad_json", detail=f"{exc.msg}: column {exc.colno}")
            continue
        if not isinstance(record, dict):
            yield Rejection(path=where, reason="bad_json", detail="each line must be a JSON object")
            continue
        documents = record.get("documents")
        if documents is None:
            yield _article(path, lineno, record, ids)
        elif documents == []:
            yield Rejection(path=where, reason="no_text", detail="'documents' is an empty list")
        elif isinstance(documents, list):
            yield from (_article(path, lineno, doc, ids) for doc in documents)
        else:
            yield Rejection(path=where, reason="bad_json", detail="'documents' must be a list")
    if not read_any:
        yield Rejection(path=label, reason="empty", detail="no JSON lines: nothing to read")


def _article(path: str | None, lineno: int, record: Any, ids: dict[str, tuple[int, int]]) -> Result:
    where = f"{path or '-'}:{lineno}"
    if not isinstance(record, dict):
        return Rejection(path=where, reason="bad_json", detail="a document must be a JSON object")
    text = record.get("text")
    if text is not None and not isinstance(text, str):
        return reject(where, _not_a_string("text", text))
    if not text or not text.strip():
        return Rejection(
            path=where, reason="no_text", detail="record has no 'text' (or it is empty)"
        )
    given = _fields(record)
    if isinstance(given, Refusal):
        return reject(where, given)
    for key, value in [("text", text), *given.items()]:
        if _has_surrogate(value):
            # JSON allows "\ud800" escapes that no UTF-8 text can hold: storing would fail.
            return Rejection(
                path=where,
                reason="undecodable",
                detail=f"'{key}' holds a lone UTF-16 surrogate escape (\\udXXX): not text",
            )
    if (refusal := text_refusal(text)) is not None:
        return reject(where, refusal)
    if (given_id := given.get("id")) is not None:
        # NFC: the same text in decomposed form is the same article (the runner drops it)
        text_hash = hash(unicodedata.normalize("NFC", text))
        first_line, first_hash = ids.setdefault(given_id, (lineno, text_hash))
        if first_hash != text_hash:
            return Rejection(
                path=where,
                reason="duplicate",
                detail=f"id {given_id!r} already given on line {first_line} with another text:"
                " give each article its own id",
            )
    fields = {JSONL_FIELDS[key]: value for key, value in given.items()}
    return RawArticle(path=path, text=text, format="jsonl", line=lineno, **fields)


def _fields(record: dict[str, Any]) -> dict[str, str] | Refusal:
    """The article fields ``record`` gives, as text; a value of the wrong type is refused
    rather than stored as Python's rendering of it ("['a']")."""
    given: dict[str, str] = {}
    for key in JSONL_FIELDS:
        value = record.get(key)
        if value is None or (key == "published" and str(value).strip() == ""):
            continue  # a feed's empty date is no date, not a bad one
        if key == "published":
            published = _iso_date(value)
            if isinstance(published, Refusal):
                return published
            given[key] = published
        elif isinstance(value, str) or (key == "id" and type(value) is int):
            given[key] = str(value)
        else:
            return _not_a_string(key, value)
    return given


def _not_a_string(key: str, value: Any) -> Refusal:
    return Refusal("bad_json", f"'{key}' must be a string; got {_shown(value)}")


def _shown(value: Any) -> str:
    """A JSON value as the user wrote it, cut short."""
    return json.dumps(value, ensure_ascii=False)[:40]


def _iso_date(value: Any) -> str | Refusal:
    """``value`` as an ISO 8601 date or date-time, written the one way ISO allows; a date
    written day first as Vietnamese sites do ("22/4/2024", "22/04/2024 10:30") is read too."""
    if isinstance(value, str):
        text = value.strip()
        if (day_first := _DAY_FIRST.fullmatch(text)) is not None:
            day, month, year, hour, minute, second = (int(g or 0) for g in day_first.groups())
            text = f"{year:04}-{month:02}-{day:02}"
            if day_first.group(4) is not None:
                text += f"T{hour:02}:{minute:02}:{second:02}"
        for parse in (date.fromisoformat, datetime.fromisoformat):
            try:
                return parse(text).isoformat()
            except ValueError:
                continue
    return Refusal(
        "bad_json",
        "'published' must be a date, like 2024-04-22, 2024-04-22T10:00:00+07:00 or"
        f" 22/04/2024 10:00; got {_shown(value)}",
    )


def _has_surrogate(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
