"""One reader per input format: decoded text in, ``RawArticle`` or ``Rejection`` records out."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import trafilatura

from bantin.ingest.decode import Refusal
from bantin.models import RawArticle, Rejection

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
PRETTY_PRINTED = (
    "not JSON Lines: the file starts like one indented JSON document;"
    " write one JSON object per line (for an array: jq -c '.[]')"
)


def reject(path: str, refusal: Refusal) -> Rejection:
    return Rejection(path=path, reason=refusal.reason, detail=refusal.detail)


def read_txt(path: str | None, text: str, encoding: str) -> Result:
    return RawArticle(path=path, text=text, encoding=encoding, format="txt")


def read_html(path: str | None, html: str, encoding: str) -> Result:
    """Main text and metadata of an HTML page, boilerplate removed by trafilatura."""
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    meta: dict[str, Any] = {} if doc is None else doc if isinstance(doc, dict) else doc.as_dict()
    text = meta.get("text")
    if not text or not text.strip():
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


def read_jsonl(path: str | None, lines: Iterable[tuple[int, str | Refusal]]) -> Iterator[Result]:
    """Articles of a JSONL stream: one article per line, or one evaluation cluster per line.

    ``lines`` gives 1-based line numbers with each line's text (or why it could not be
    decoded), so a bad line is rejected as ``file.jsonl:LINENO`` and the rest still read.
    """
    label = path or "-"
    read_any = False
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
            yield Rejection(
                path=where, reason="bad_json", detail=f"{exc.msg} at column {exc.colno}"
            )
            continue
        if not isinstance(record, dict):
            yield Rejection(path=where, reason="bad_json", detail="each line must be a JSON object")
            continue
        documents = record.get("documents")
        if documents is None:
            yield _article(path, lineno, record)
        elif isinstance(documents, list):
            yield from (_article(path, lineno, doc) for doc in documents)
        else:
            yield Rejection(path=where, reason="bad_json", detail="'documents' must be a list")
    if not read_any:
        yield Rejection(path=label, reason="empty", detail="no JSON lines: nothing to read")


def _article(path: str | None, lineno: int, record: Any) -> Result:
    where = f"{path or '-'}:{lineno}"
    if not isinstance(record, dict):
        return Rejection(path=where, reason="bad_json", detail="a document must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return Rejection(
            path=where, reason="no_text", detail="record has no 'text' (or it is empty)"
        )
    given = {key: str(record[key]) for key in JSONL_FIELDS if record.get(key) is not None}
    for key, value in [("text", text), *given.items()]:
        if _has_surrogate(value):
            # JSON allows "\ud800" escapes that no UTF-8 text can hold: storing would fail.
            return Rejection(
                path=where,
                reason="undecodable",
                detail=f"'{key}' holds a lone UTF-16 surrogate escape (\\udXXX): not text",
            )
    fields = {JSONL_FIELDS[key]: value for key, value in given.items()}
    return RawArticle(path=path, text=text, format="jsonl", line=lineno, **fields)


def _has_surrogate(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
