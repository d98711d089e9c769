"""The FastAPI application over one store, and the one JSON error shape."""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import BantinError, BodyTooLargeError, NotFoundError, RequestError, check_range
from ..store.listing import bad_query
from .routes import articles, edits, entities, runs, stories
from .routes.articles import MAX_BODY_BYTES

STATUS = {NotFoundError: 404, BodyTooLargeError: 413}


def create_app(
    db: str | os.PathLike[str],
    ingest: bool = False,
    max_body_bytes: int = MAX_BODY_BYTES,
    edit: bool = False,
) -> FastAPI:
    """An app serving the stories of the store at ``db`` (which must exist); with ``ingest``,
    also taking new articles at ``POST /articles`` (bodies up to ``max_body_bytes``); with
    ``edit``, also an editor's corrections (``POST /stories/ID/merge``, ``/articles/ID/move``)."""
    check_range("create_app", "max_body_bytes", max_body_bytes, 1, 2**40, kind=int)
    path = Path(db)
    app = FastAPI(title="bantin", summary="Vietnamese news stories with sourced briefs.")
    app.state.db = path
    app.state.max_body_bytes = max_body_bytes
    app.include_router(stories.router)
    app.include_router(entities.router)
    app.include_router(articles.router)
    app.include_router(runs.router)
    app.include_router(edits.log_router)
    if ingest:
        app.include_router(articles.ingest_router)
    if edit:
        app.include_router(edits.router)

    @app.exception_handler(BantinError)
    async def bantin_error(request: Request, exc: BantinError) -> JSONResponse:
        status = next((code for cls, code in STATUS.items() if isinstance(exc, cls)), 400)
        return JSONResponse(
            {"error": {"code": exc.code, "message": exc.message}}, status_code=status
        )

    # Starlette's own {"detail": ...} would be a second error shape: unknown paths and
    # methods get ours too.
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = NotFoundError.code if exc.status_code == 404 else RequestError.code
        message = f"{exc.detail}: {request.method} {request.url.path}"
        if exc.status_code == 404:
            message += " (see /stories)"
        return JSONResponse(
            {"error": {"code": code, "message": message}}, status_code=exc.status_code
        )

    # FastAPI's own 422 body would be a second error shape: bad query parameters get ours.
    @app.exception_handler(RequestValidationError)
    async def bad_parameters(request: Request, exc: RequestValidationError) -> JSONResponse:
        asked = f"parameters for {request.url.path}"
        return await bantin_error(request, bad_query(exc.errors(), what=asked))

    return app


def get_once(db: str | os.PathLike[str], path: str) -> tuple[int, str]:
    """Answer one request without starting a server (``bantin serve --get PATH``)."""
    with TestClient(create_app(db)) as client:
        response = client.get(path)
    return response.status_code, response.text
