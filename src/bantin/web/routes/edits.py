"""An editor's corrections over HTTP: ``/edits.json`` lists them (always served), and, only
with ``bantin serve --edit``, ``POST /stories/{id}/merge`` and ``POST /articles/{id}/move``
make them, the same calls as ``bantin merge`` and ``bantin move``, answered with the briefs of
the stories they changed."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from ...editing import merge_stories, move_article
from ...models import Brief, StoryEdit
from ...store import Store

router = APIRouter()
log_router = APIRouter()


class MergeRequest(BaseModel):
    """Input schema of ``POST /stories/{id}/merge``."""

    stories: list[str] = Field(min_length=1, description="Stories of the same event to fold in.")


class MoveRequest(BaseModel):
    """Input schema of ``POST /articles/{id}/move``."""

    to: str | None = Field(default=None, description="The story it belongs to; null: its own.")


class EditResult(BaseModel):
    """Output schema of both: the briefs of the stories the correction changed."""

    stories: list[Brief]


@log_router.get("/edits.json", response_model=list[StoryEdit], summary="Corrections (JSON)")
def list_edits(request: Request) -> list[StoryEdit]:
    """Every correction, oldest first."""
    with Store(request.app.state.db, create=False) as store:
        return store.story_edits()


@router.post("/stories/{story_id}/merge", response_model=EditResult, summary="Merge stories")
async def merge(story_id: str, body: MergeRequest, request: Request) -> EditResult:
    brief = await run_in_threadpool(merge_stories, story_id, body.stories, db=request.app.state.db)
    return EditResult(stories=[brief])


@router.post("/articles/{key}/move", response_model=EditResult, summary="Move an article")
async def move(key: str, body: MoveRequest, request: Request) -> EditResult:
    briefs = await run_in_threadpool(move_article, key, body.to, db=request.app.state.db)
    return EditResult(stories=briefs)
