"""``/stories`` and ``/stories/{id}``: HTML pages with ``.json`` twins from the same handlers,
and the listing as CSV and as an Atom feed (``/stories.csv``, ``/stories.atom``, same query)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape

from ...brief import render
from ...models import Brief, EntityPage, EntityQuery, StoryPage, StoryQuery
from ...store import Store
from ...store.listing import page_csv

router = APIRouter()
templates = Environment(
    loader=PackageLoader("bantin.web", "templates"),
    autoescape=select_autoescape(["html", "atom"]),
)


def _store(request: Request) -> Store:
    return Store(request.app.state.db, create=False)


def _json(text: str) -> Response:
    return Response(text, media_type="application/json; charset=utf-8")


@router.get("/", include_in_schema=False)
def index() -> RedirectResponse:
    return RedirectResponse("/stories")


@router.get("/stories", response_class=HTMLResponse, summary="Story listing (HTML)")
@router.get("/stories.json", response_model=StoryPage, summary="Story listing (JSON)")
def list_stories(request: Request, query: Annotated[StoryQuery, Query()]) -> Any:
    """A page of stories, most recent first: ``?search=&thread=&limit=&offset=``."""
    with _store(request) as store:
        page = store.story_page(query)
    if request.url.path.endswith(".json"):
        return page
    html = templates.get_template("stories.html").render(
        page=page,
        query=query,
        db=Path(request.app.state.db).name,
        url=lambda path="/stories", **changes: query_url(query, path, **changes),
    )
    return HTMLResponse(html)


def query_url(query: StoryQuery | EntityQuery, path: str, **changes: Any) -> str:
    """``path`` asked with ``query`` with ``changes`` applied; defaults left out of the URL."""
    params = query.model_copy(update=changes).model_dump(exclude_defaults=True)
    return f"{path}?{urlencode(params)}" if params else path


@router.get("/stories.csv", summary="Story listing (CSV)")
def stories_csv(request: Request, query: Annotated[StoryQuery, Query()]) -> Response:
    """The listing's rows as CSV; the next page is in the ``Link`` header (``rel="next"``)."""
    with _store(request) as store:
        page = store.story_page(query)
    return csv_response(request, page, query)


def csv_response(
    request: Request, page: StoryPage | EntityPage, query: StoryQuery | EntityQuery
) -> Response:
    """A listing page as CSV (named after the path asked), with the next page in ``Link``."""
    path = request.url.path
    headers = {"Content-Disposition": f'inline; filename="{path.rsplit("/", 1)[-1]}"'}
    if page.next_offset is not None:
        next_url = query_url(query, path, offset=page.next_offset)
        headers["Link"] = f'<{base_url(request)}{next_url}>; rel="next"'
    return Response(page_csv(page), media_type="text/csv; charset=utf-8", headers=headers)


@router.get("/stories.atom", summary="Story listing (Atom feed)")
def stories_feed(request: Request, query: Annotated[StoryQuery, Query()]) -> Response:
    """The listing's stories as Atom entries, so a feed reader follows any listing — "every
    story naming Pat Ryder" is ``/stories.atom?entity=Pat+Ryder``. An entry's summary is its
    brief's, its categories the entities the brief names, and it is updated as of the story's
    newest article, so a reader shows a story again when later articles joined it. Pages link
    to the next one as RFC 5005 asks."""
    with _store(request) as store:
        page = store.story_page(query)
        briefs = [store.brief(row.id) for row in page.data]
        written = store.last_written()
    # A story without dates is as new as the last run that could have touched it.
    fallback = written or datetime.now(UTC).isoformat(timespec="seconds")
    dates = [_atom_time(brief.last_date or brief.first_date, fallback) for brief in briefs]
    base = base_url(request)
    xml = templates.get_template("stories.atom").render(
        entries=[
            (brief, date, _independent_sources(brief))
            for brief, date in zip(briefs, dates, strict=True)
        ],
        updated=max(dates, default=_atom_time(None, fallback)),
        base=base,
        feed_id=base + query_url(query, "/stories.atom", offset=0),
        self_url=base + query_url(query, "/stories.atom"),
        next_url=None
        if page.next_offset is None
        else base + query_url(query, "/stories.atom", offset=page.next_offset),
        html_url=base + query_url(query, "/stories"),
        title=_feed_title(query),
    )
    return Response(xml, media_type="application/atom+xml; charset=utf-8")


def base_url(request: Request) -> str:
    """The served root, for the absolute links feeds and ``Link`` headers need."""
    return str(request.base_url).rstrip("/")


def _atom_time(moment: str | None, fallback: str) -> str:
    """An RFC 3339 timestamp in UTC of a story's date as stored — a day (its midnight) or a
    publication time, one without a zone taken as UTC — else of ``fallback`` (ISO)."""
    try:
        stamp = datetime.fromisoformat(moment or fallback)
    except ValueError:  # a publication date the input wrote in some other way
        stamp = datetime.fromisoformat(fallback)
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return stamp.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _independent_sources(brief: Brief) -> list[str]:
    """The outlets of the story's articles that are not near-duplicates, each once."""
    sources = (a.source for a in brief.articles if a.source and a.duplicate_of is None)
    return list(dict.fromkeys(sources))


def _feed_title(query: StoryQuery) -> str:
    parts = [
        f"{label} {value}"
        for label, value in (
            ("matching", query.search),
            ("naming", query.entity),
            ("in thread", query.thread),
            ("from", query.since),
            ("to", query.until),
        )
        if value
    ]
    return " ".join(["bantin stories", *parts])


@router.get("/stories/{story_id}.json", summary="One story brief (JSON)")
def story_json(story_id: str, request: Request) -> Response:
    with _store(request) as store:
        brief = store.brief(story_id)
    return _json(render([brief], "json"))


@router.get("/stories/{story_id}", response_class=HTMLResponse, summary="One story brief (HTML)")
def story_html(story_id: str, request: Request) -> HTMLResponse:
    with _store(request) as store:
        brief = store.brief(story_id)
    return HTMLResponse(render([brief], "html", listing="/stories"))
