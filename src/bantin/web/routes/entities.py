"""``/entities``: the entity index, who and what the stories name, most stories first (an
HTML page with ``.json`` and ``.csv`` twins of the same query); each name links to the
listing of its stories."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from ...models import EntityPage, EntityQuery
from ...store import Store
from .stories import csv_response, query_url, templates

router = APIRouter()


@router.get("/entities", response_class=HTMLResponse, summary="Entity index (HTML)")
@router.get("/entities.json", response_model=EntityPage, summary="Entity index (JSON)")
def list_entities(request: Request, query: Annotated[EntityQuery, Query()]) -> Any:
    """People, organisations and places by the number of stories naming them:
    ``?type=PER&search=&since=&until=&limit=&offset=``."""
    with Store(request.app.state.db, create=False) as store:
        page = store.entity_page(query)
    if request.url.path.endswith(".json"):
        return page
    html = templates.get_template("entities.html").render(
        page=page,
        query=query,
        db=Path(request.app.state.db).name,
        url=lambda path="/entities", **changes: query_url(query, path, **changes),
        stories_url=lambda name: _stories_url(query, name),
    )
    return HTMLResponse(html)


@router.get("/entities.csv", summary="Entity index (CSV)")
def entities_csv(request: Request, query: Annotated[EntityQuery, Query()]) -> Response:
    """The index's rows as CSV; the next page is in the ``Link`` header (``rel="next"``)."""
    with Store(request.app.state.db, create=False) as store:
        page = store.entity_page(query)
    return csv_response(request, page, query)


def _stories_url(query: EntityQuery, name: str) -> str:
    """The stories naming ``name``, in the days the index was asked for."""
    dates = query.model_dump(include={"since", "until"}, exclude_none=True)
    return f"/stories?{urlencode({'entity': name, **dates})}"
