"""``/articles/{id}`` (HTML, ``.json`` twin): one stored article as bantin read it; and
``POST /articles``: a crawler pushes articles over HTTP (only with ``bantin serve --ingest``).

The body is what ``bantin run -`` reads from stdin — JSON Lines, one article per line (``text``
plus optional ``id``, ``title``, ``lead``, ``source``, ``url``, ``published``) — or the same
articles as one JSON array. It goes through the very runner ``bantin run`` uses, so articles are
cleaned, grouped and briefed the same way, a repeat is a ``duplicate``, a bad line is a
rejection naming its line while the rest goes on, and a request waits for any run writing
the store (``bantin.store.lock``).
"""

from __future__ import annotations

import io
import json

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from ...audit import render_article
from ...errors import BodyTooLargeError, RequestError
from ...models import ArticleDetail, Rejection
from ...pipeline import run
from ...store import Store

router = APIRouter()
ingest_router = APIRouter()

# Largest request body read: a crawler's batch, not an archive (use ``bantin run`` for those).
MAX_BODY_BYTES = 50_000_000


class IngestReport(BaseModel):
    """Output schema of ``POST /articles``: what the run did with the articles."""

    pages: int = Field(description="Articles read from the body.")
    added: int = Field(description="Articles new to the store.")
    rejected: list[Rejection] = Field(description="Lines that could not be used, and why.")
    stories: list[str] = Field(
        description="Ids of the stories the posted articles belong to, new or already stored."
    )


async def _body(request: Request, limit: int) -> bytes:
    """The request body, refused as soon as it grows past ``limit`` bytes."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLargeError(
                f"request body over {limit:,} bytes: send smaller batches, or use `bantin run`"
            )
        chunks.append(chunk)
    return b"".join(chunks)


def as_json_lines(body: bytes) -> bytes:
    """A JSON array of articles as JSON Lines; any other body unchanged (the reader judges it)."""
    if not body.lstrip().startswith(b"["):
        return body
    try:
        items = json.loads(body)
    except ValueError:
        return body  # not an array after all: JSON Lines whose first line is bad
    if not isinstance(items, list):
        return body
    return b"\n".join(json.dumps(item, ensure_ascii=False).encode() for item in items)


def _detail(request: Request, key: str) -> ArticleDetail:
    with Store(request.app.state.db, create=False) as store:
        return store.article_detail(key)


@router.get(
    "/articles/{article_id}.json", response_model=ArticleDetail, summary="One article (JSON)"
)
def article_json(article_id: str, request: Request) -> Response:
    """The article, its story, its near-duplicates and the run that stored it."""
    text = render_article(_detail(request, article_id), "json")
    return Response(text, media_type="application/json; charset=utf-8")


@router.get("/articles/{article_id}", response_class=HTMLResponse, summary="One article (HTML)")
def article_html(article_id: str, request: Request) -> HTMLResponse:
    """The text by sentence (``#s4`` is the sentence a brief cites as 4), the lines cut from
    its page and why, and what analysis found."""
    return HTMLResponse(render_article(_detail(request, article_id), "html", served=True))


@ingest_router.post("/articles", response_model=IngestReport, summary="Add articles (JSON Lines)")
async def add_articles(request: Request) -> IngestReport:
    body = as_json_lines(await _body(request, request.app.state.max_body_bytes))
    if not body.strip():
        raise RequestError("empty request body: send JSON Lines, one article per line")
    result = await run_in_threadpool(
        run, ["-"], db=request.app.state.db, stdin=io.BytesIO(body), stdin_name="POST /articles"
    )
    return IngestReport(
        pages=result.pages,
        added=result.added,
        rejected=result.rejected,
        stories=[brief.id for brief in result.briefs],
    )
