"""``POST /articles`` (``bantin serve --ingest``): articles pushed over HTTP go through the runner
of ``bantin run``, and every problem comes back in the report or in the one error shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bantin.store import Store
from bantin.web import create_app


@pytest.fixture
def ingest(tmp_path: Path) -> TestClient:
    db = tmp_path / "news.db"
    Store(db).close()
    return TestClient(create_app(db, ingest=True))


def _line(page: Path, **fields: str) -> str:
    return json.dumps({"text": page.read_text(encoding="utf-8"), **fields}, ensure_ascii=False)


def _pages(seeds_dir: Path) -> list[Path]:
    return sorted(seeds_dir.glob("*.txt"))


def test_post_articles_groups_them_like_bantin_run(ingest: TestClient, seeds_dir: Path) -> None:
    first, second = _pages(seeds_dir)
    report = ingest.post("/articles", content=_line(first, id="a").encode()).json()
    assert (report["pages"], report["added"], report["rejected"]) == (1, 2, [])
    assert len(report["stories"]) == 2  # the page holds two stories
    later = ingest.post("/articles", content=_line(second, id="b").encode()).json()
    assert later["added"] == 1 and len(later["stories"]) == 1
    assert later["stories"][0] in report["stories"]  # the same event: it joins, not opens
    listing = ingest.get("/stories.json").json()
    assert {row["id"] for row in listing["data"]} == set(report["stories"])
    runs = ingest.get("/runs.json").json()["data"]
    assert [run["paths"] for run in runs] == [["POST /articles"]] * 2  # the run log's input
    brief = ingest.get(f"/stories/{later['stories'][0]}.json").json()
    assert len(brief["stories"][0]["articles"]) == 2


def test_post_articles_twice_adds_nothing_the_second_time(
    ingest: TestClient, seeds_dir: Path
) -> None:
    body = _line(_pages(seeds_dir)[1]).encode()
    first = ingest.post("/articles", content=body).json()
    assert first["added"] == 1
    again = ingest.post("/articles", content=body).json()
    assert again["added"] == 0 and again["stories"] == first["stories"]  # where it already is
    assert [(r["path"], r["reason"]) for r in again["rejected"]] == [
        ("POST /articles:1", "duplicate")
    ]
    assert ingest.get("/stories.json").json()["count"] == 1


def test_post_articles_json_array_equals_json_lines(tmp_path: Path, seeds_dir: Path) -> None:
    reports = []
    for name, encode in (("lines", "\n".join), ("array", lambda ls: f"[{','.join(ls)}]")):
        db = tmp_path / f"{name}.db"
        Store(db).close()
        client = TestClient(create_app(db, ingest=True))
        lines = [_line(page, id=page.stem) for page in _pages(seeds_dir)]
        reports.append(client.post("/articles", content=encode(lines).encode()).json())
    assert reports[0] == reports[1] and reports[0]["added"] == 3


def test_post_articles_bad_line_is_rejected_by_number_and_the_rest_added(
    ingest: TestClient, seeds_dir: Path
) -> None:
    body = "\n".join(['{"text": ', _line(_pages(seeds_dir)[1]), '{"title": "no text"}'])
    report = ingest.post("/articles", content=body.encode()).json()
    assert report["added"] == 1
    assert [(r["path"], r["reason"]) for r in report["rejected"]] == [
        ("POST /articles:1", "bad_json"),  # as the run log names the input, not "-:1"
        ("POST /articles:3", "no_text"),
    ]


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [(b"", 400, "B007"), (b"   \n", 400, "B007"), (b"x" * 200, 413, "B007")],
)
def test_post_articles_unusable_body_has_the_one_error_shape(
    tmp_path: Path, body: bytes, status: int, code: str
) -> None:
    db = tmp_path / "news.db"
    Store(db).close()
    client = TestClient(create_app(db, ingest=True, max_body_bytes=100))
    response = client.post("/articles", content=body)
    assert response.status_code == status
    assert set(response.json()) == {"error"} and response.json()["error"]["code"] == code


def test_post_articles_needs_ingest_to_be_turned_on(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    Store(db).close()
    response = TestClient(create_app(db)).post("/articles", content=b'{"text": "x"}')
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "B005"
    with Store(db) as store:
        assert store.articles() == []


@pytest.mark.parametrize(("method", "path"), [("GET", "/nope"), ("DELETE", "/stories")])
def test_unknown_routes_and_methods_have_the_one_error_shape(
    ingest: TestClient, method: str, path: str
) -> None:
    response = ingest.request(method, path)
    assert response.status_code in (404, 405)
    assert set(response.json()) == {"error"}
    assert path in response.json()["error"]["message"]
