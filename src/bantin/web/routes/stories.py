"""``/stories`` and ``/stories/{id}``: HTML pages with ``.json`` twins from the same handlers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from pydantic import BaseModel

from ...brief import render
from ...models import StorySummaryRow
from ...store import Store

router = APIRouter()
_templates = Environment(
    loader=PackageLoader("bantin.web", "templates"), autoescape=select_autoescape(["html"])
)


class StoryList(BaseModel):
    """Output schema of ``/stories.json``: lists come wrapped as ``{data, count}``."""

    data: list[StorySummaryRow]
    count: int


def _store(request: Request) -> Store:
    return Store(request.app.state.db, create=False)


def _json(text: str) -> Response:
    return Response(text, media_type="application/json; charset=utf-8")


@router.get("/", include_in_schema=False)
def index() -> RedirectResponse:
    return RedirectResponse("/stories")


@router.get("/stories", response_class=HTMLResponse, summary="Story listing (HTML)")
@router.get("/stories.json", response_model=StoryList, summary="Story listing (JSON)")
def list_stories(request: Request) -> Any:
    with _store(request) as store:
        rows = store.stories()
    if request.url.path.endswith(".json"):
        return StoryList(data=rows, count=len(rows))
    page = _templates.get_template("stories.html").render(
        stories=rows, db=Path(request.app.state.db).name
    )
    return HTMLResponse(page)


@router.get("/stories/{story_id}.json", summary="One story brief (JSON)")
def story_json(story_id: str, request: Request) -> Response:
    with _store(request) as store:
        brief = store.brief(story_id)
    return _json(render([brief], "json"))


@router.get("/stories/{story_id}", response_class=HTMLResponse, summary="One story brief (HTML)")
def story_html(story_id: str, request: Request) -> HTMLResponse:
    with _store(request) as store:
        brief = store.brief(story_id)
    return HTMLResponse(render([brief], "html"))
