"""``/runs`` and ``/runs/{id}``: the run log, what each run stored and what it refused (HTML
pages with ``.json`` twins from the same handlers)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ...audit import render_run, runs_html
from ...models import RunDetail, RunPage
from ...store import Store

router = APIRouter()

Limit = Annotated[int, Query(ge=1, le=1000, description="Rows per page.")]
Offset = Annotated[int, Query(ge=0, description="Rows skipped.")]


@router.get("/runs", response_class=HTMLResponse, summary="Run log (HTML)")
@router.get("/runs.json", response_model=RunPage, summary="Run log (JSON)")
def list_runs(request: Request, limit: Limit = 50, offset: Offset = 0) -> Any:
    """Runs newest first, each with the articles it stored and the inputs it rejected."""
    with Store(request.app.state.db, create=False) as store:
        page = store.run_page(limit, offset)
    if request.url.path.endswith(".json"):
        return page
    return HTMLResponse(runs_html(page, limit, offset))


@router.get("/runs/{run_id:int}.json", response_model=RunDetail, summary="One run (JSON)")
@router.get("/runs/{run_id:int}", response_class=HTMLResponse, summary="One run (HTML)")
def one_run(request: Request, run_id: int, limit: Limit = 100, offset: Offset = 0) -> Any:
    """The run's rejected inputs and a page of the articles it stored, with their stories."""
    with Store(request.app.state.db, create=False) as store:
        detail = store.run_detail(run_id, limit, offset)
    if request.url.path.endswith(".json"):
        return detail
    return HTMLResponse(render_run(detail, "html", served=True))
