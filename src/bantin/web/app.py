"""The FastAPI application over one store, and the one JSON error shape."""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient

from ..errors import BantinError, NotFoundError
from ..store.listing import bad_query
from .routes import stories

STATUS = {NotFoundError: 404}


def create_app(db: str | os.PathLike[str]) -> FastAPI:
    """An app serving the stories of the store at ``db`` (which must exist)."""
    path = Path(db)
    app = FastAPI(title="bantin", summary="Vietnamese news stories with sourced briefs.")
    app.state.db = path
    app.include_router(stories.router)

    @app.exception_handler(BantinError)
    async def bantin_error(request: Request, exc: BantinError) -> JSONResponse:
        status = next((code for cls, code in STATUS.items() if isinstance(exc, cls)), 400)
        return JSONResponse(
            {"error": {"code": exc.code, "message": exc.message}}, status_code=status
        )

    # FastAPI's own 422 body would be a second error shape: bad query parameters get ours.
    @app.exception_handler(RequestValidationError)
    async def bad_parameters(request: Request, exc: RequestValidationError) -> JSONResponse:
        return await bantin_error(request, bad_query(exc.errors()))

    return app


def get_once(db: str | os.PathLike[str], path: str) -> tuple[int, str]:
    """Answer one request without starting a server (``bantin serve --get PATH``)."""
    with TestClient(create_app(db)) as client:
        response = client.get(path)
    return response.status_code, response.text
