"""``/articles/{id}`` and ``/runs``: HTML pages whose JSON twins are the store's records, and
briefs whose citations open the very sentence they cite."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from bantin.cli import app as cli_app
from bantin.fixtures import fixture_records
from bantin.store import Store
from bantin.web import create_app


@pytest.fixture
def client(db: Path) -> TestClient:
    return TestClient(create_app(db))


def test_article_json_is_the_stores_record(client: TestClient, db: Path) -> None:
    for article in fixture_records().articles:
        with Store(db) as store:
            expected = store.article_detail(article.id).model_dump(mode="json")
        assert client.get(f"/articles/{article.id}.json").json() == expected


def test_every_cited_sentence_link_opens_that_sentence(client: TestClient) -> None:
    checked = 0
    for brief in fixture_records().briefs:
        page = client.get(f"/stories/{brief.id}").text
        for article_id, index in re.findall(r'href="/articles/(\w+)#s(\d+)"', page):
            article = client.get(f"/articles/{article_id}").text
            shown = re.search(
                rf'<span id="s{index}" class="sentence">.*?</a> (.*?)</span>', article
            )
            assert shown is not None
            cited = {s.text for s in brief.summary if s.article_id == article_id}
            cited |= {t.text for t in brief.timeline if t.article_id == article_id}
            cited |= {q.text for q in brief.quotes if q.article_id == article_id}
            assert any(text in html.unescape(shown.group(1)) for text in cited)
            checked += 1
    assert checked >= sum(len(b.summary) for b in fixture_records().briefs)


def test_runs_pages_mirror_the_store(client: TestClient, db: Path) -> None:
    with Store(db) as store:
        page = store.run_page()
        (run,) = page.data
        detail = store.run_detail(run.id)
    assert client.get("/runs.json").json() == page.model_dump(mode="json")
    assert client.get(f"/runs/{run.id}.json").json() == detail.model_dump(mode="json")
    assert 'href="/runs"' in client.get("/stories").text  # the run log is one click away
    listing = client.get("/runs").text
    assert f'href="/runs/{run.id}"' in listing
    one = client.get(f"/runs/{run.id}").text
    paged = client.get(f"/runs/{run.id}?limit=2").text
    assert f'href="/runs/{run.id}?limit=2&amp;offset=2"' in paged  # the next page keeps its size
    for row in detail.articles:
        assert f'href="/articles/{row.id}"' in one
    for rejection in detail.rejections:
        assert html.escape(rejection.message(), quote=False) in one


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        ("/articles/khong-co", 404, "B005"),
        ("/articles/khong-co.json", 404, "B005"),
        ("/runs/99", 404, "B005"),
        ("/runs/abc", 404, "B005"),
        ("/runs?limit=0", 400, "B002"),
        ("/runs/1.json?offset=-1", 400, "B002"),
    ],
)
def test_audit_errors_have_the_one_error_shape(
    client: TestClient, path: str, status: int, code: str
) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response.json()["error"]["code"] == code


def test_cli_article_and_runs_print_what_the_api_serves(client: TestClient, db: Path) -> None:
    runner = CliRunner()
    copy = fixture_records().articles[2]
    assert copy.external_id is not None
    result = runner.invoke(
        cli_app, ["article", copy.external_id, "--db", str(db), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == client.get(f"/articles/{copy.id}.json").json()
    result = runner.invoke(cli_app, ["runs", "--db", str(db), "--json"])
    assert json.loads(result.stdout) == client.get("/runs.json").json()
    result = runner.invoke(cli_app, ["runs", "1", "--db", str(db), "--json"])
    assert json.loads(result.stdout) == client.get("/runs/1.json").json()
    result = runner.invoke(cli_app, ["article", "khong-co", "--db", str(db)])
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("[B005] No article 'khong-co'")
    assert len(result.stderr.strip().splitlines()) == 1
