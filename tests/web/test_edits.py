"""``POST /stories/{id}/merge`` and ``POST /articles/{id}/move`` (``bantin serve --edit``):
the corrections ``bantin merge`` and ``bantin move`` make, over HTTP, off unless asked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from bantin.cli import app
from bantin.store import Store
from bantin.web import create_app


@pytest.fixture
def db(seeds_db: Path) -> Path:
    return seeds_db


def _by_size(db: Path) -> list[str]:
    with Store(db) as store:
        return [row.id for row in sorted(store.stories(), key=lambda row: -row.n_articles)]


def test_edits_are_refused_unless_the_server_takes_them(db: Path) -> None:
    withdrawal, ecowas = _by_size(db)
    client = TestClient(create_app(db))
    response = client.post(f"/stories/{withdrawal}/merge", json={"stories": [ecowas]})
    assert response.status_code in (404, 405)
    assert "error" in response.json()
    assert len(_by_size(db)) == 2


def test_merge_and_move_answer_with_the_changed_briefs(db: Path) -> None:
    withdrawal, ecowas = _by_size(db)
    client = TestClient(create_app(db, edit=True))
    merged = client.post(f"/stories/{withdrawal}/merge", json={"stories": [ecowas]})
    assert merged.status_code == 200, merged.text
    (brief,) = merged.json()["stories"]
    assert brief["id"] == withdrawal and len(brief["articles"]) == 3
    assert client.get(f"/stories/{withdrawal}.json").json()["stories"][0] == brief
    moved_id = brief["articles"][-1]["id"]
    moved = client.post(f"/articles/{moved_id}/move", json={"to": None})
    assert moved.status_code == 200, moved.text
    assert [len(b["articles"]) for b in moved.json()["stories"]] == [2, 1]
    assert len(_by_size(db)) == 2


@pytest.mark.parametrize(
    ("path", "body", "status", "code"),
    [
        ("/stories/s-khong-co/merge", {"stories": ["s-nua"]}, 404, "B005"),
        ("/stories/{withdrawal}/merge", {"stories": []}, 400, "B002"),
        ("/stories/{withdrawal}/merge", {"stories": ["{withdrawal}"]}, 400, "B002"),
        ("/articles/khong-co/move", {"to": None}, 404, "B005"),
    ],
)
def test_bad_edits_have_the_one_error_shape_and_change_nothing(
    db: Path, path: str, body: dict[str, object], status: int, code: str
) -> None:
    withdrawal, _ = _by_size(db)
    client = TestClient(create_app(db, edit=True))
    filled = {
        key: [v.format(withdrawal=withdrawal) for v in value] if isinstance(value, list) else value
        for key, value in body.items()
    }
    response = client.post(path.format(withdrawal=withdrawal), json=filled)
    assert response.status_code == status
    assert response.json()["error"]["code"] == code
    assert len(_by_size(db)) == 2


def test_the_corrections_are_listed_in_order_by_cli_and_api(db: Path) -> None:
    withdrawal, ecowas = _by_size(db)
    client = TestClient(create_app(db, edit=True))
    assert client.get("/edits.json").json() == []
    client.post(f"/stories/{withdrawal}/merge", json={"stories": [ecowas]})
    moved = client.get(f"/stories/{withdrawal}.json").json()["stories"][0]["articles"][0]["id"]
    client.post(f"/articles/{moved}/move", json={"to": None})
    listed = client.get("/edits.json").json()
    assert [(e["kind"], e["story_id"], e["to_story_id"]) for e in listed] == [
        ("merge", ecowas, withdrawal),
        ("move", withdrawal, None),
    ]
    assert listed[1]["article_id"] == moved
    printed = CliRunner().invoke(app, ["edits", "--db", str(db), "--json"])
    assert json.loads(printed.stdout) == listed
