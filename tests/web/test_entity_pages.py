"""``/entities`` (+ ``.json``, ``.csv``) and ``bantin entities``: one index, three shapes, the
same rows as ``Store.entity_page``."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from bantin.cli import app as cli_app
from bantin.models import EntityRow
from bantin.store import Store
from bantin.store.entities import entity_query
from bantin.web import create_app

runner = CliRunner()


@pytest.fixture
def client(db: Path) -> TestClient:
    return TestClient(create_app(db))


def _page(db: Path, **params: object) -> Any:
    with Store(db) as store:
        return store.entity_page(entity_query(**params)).model_dump(mode="json")


@pytest.mark.parametrize("params", [{}, {"type": "LOC"}, {"limit": 2, "offset": 1}])
def test_entities_json_is_the_stores_page(client: TestClient, db: Path, params: dict) -> None:
    assert client.get("/entities.json", params=params).json() == _page(db, **params)


def test_entities_page_links_each_name_to_its_stories(client: TestClient, db: Path) -> None:
    page = client.get("/entities", params={"limit": 1000}).text
    links = re.findall(r'<td><a href="(/stories\?[^"]+)">([^<]+)</a></td>', page)
    rows = _page(db, limit=1000)["data"]
    assert [html.unescape(name) for _, name in links] == [r["name"] for r in rows]
    for href, name in links:
        entity = parse_qs(urlsplit(html.unescape(href)).query)["entity"][0]
        assert entity == html.unescape(name)
        stories = client.get("/stories.json", params={"entity": entity}).json()
        row = next(r for r in rows if r["name"] == entity)
        assert stories["count"] >= row["n_stories"]


def test_entities_csv_rows_and_next_page_link(client: TestClient, db: Path) -> None:
    response = client.get("/entities.csv", params={"limit": 2})
    assert response.text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(response.text.removeprefix("\ufeff"))))
    assert list(rows[0]) == list(EntityRow.model_fields)
    assert [r["name"] for r in rows] == [r["name"] for r in _page(db, limit=2)["data"]]
    assert 'offset=2>; rel="next"' in response.headers["link"]


def test_entities_bad_type_is_our_error_shape(client: TestClient) -> None:
    response = client.get("/entities.json", params={"type": "PERSON"})
    assert response.status_code == 400
    assert "'type'" in response.json()["error"]["message"]


def test_stories_page_links_to_the_index(client: TestClient) -> None:
    assert 'href="/entities"' in client.get("/stories").text


def test_cli_entities_json_and_table_show_the_same_rows(db: Path) -> None:
    result = runner.invoke(cli_app, ["entities", "--db", str(db), "--type", "loc", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == _page(db, type="LOC")
    table = runner.invoke(cli_app, ["entities", "--db", str(db), "--limit", "3"])
    assert table.exit_code == 0, table.output
    lines = table.stdout.splitlines()
    for row in _page(db, limit=3)["data"]:
        [line] = [line for line in lines if line.startswith(row["name"] + " ")]
        assert line.split()[-5:-2] == [
            str(row[k]) for k in ("n_stories", "n_articles", "n_mentions")
        ]
    assert "next page: --offset 3" in lines[-1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--type", "PERSON"], "'type'"),
        (["--json", "--csv"], "not both"),
        (["--since", "22/4"], "'since'"),
    ],
)
def test_cli_entities_bad_options_are_one_line(db: Path, args: list[str], message: str) -> None:
    result = runner.invoke(cli_app, ["entities", "--db", str(db), *args])
    assert result.exit_code != 0 and message in result.output
    assert len(result.output.strip().splitlines()) == 1
