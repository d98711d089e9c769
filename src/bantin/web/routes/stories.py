"""``/stories`` and ``/stories/{id}``: HTML pages with ``.json`` twins from the same handlers."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape

from ...brief import render
from ...models import StoryPage, StoryQuery
from ...store import Store

router = APIRouter()
_templates = Environment(
    loader=PackageLoader("bantin.web", "templates"), autoescape=select_autoescape(["html"])
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
    html = _templates.get_template("stories.html").render(
        page=page,
        query=query,
        db=Path(request.app.state.db).name,
        url=lambda **changes: _listing_url(query, **changes),
    )
    return HTMLResponse(html)


def _listing_url(query: StoryQuery, path: str = "/stories", **changes: Any) -> str:
    """The listing with ``changes`` applied to ``query``; defaults left out of the URL."""
    params = query.model_copy(update=changes).model_dump(exclude_defaults=True)
    return f"{path}?{urlencode(params)}" if params else path


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
