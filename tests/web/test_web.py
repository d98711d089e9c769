"""The web layer: HTML pages and their JSON twins, one error shape, a real server."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from bantin.brief import render
from bantin.cli import app as cli_app
from bantin.fixtures import fixture_records
from bantin.store import Store, search_key, story_query
from bantin.web import create_app


@pytest.fixture
def client(db: Path) -> TestClient:
    return TestClient(create_app(db))


def test_stories_json_wraps_the_listing_in_data_and_count(client: TestClient) -> None:
    body = client.get("/stories.json").json()
    ids = {story.id for story in fixture_records().stories}
    assert body["count"] == len(ids)
    assert {row["id"] for row in body["data"]} == ids
    assert {"thread_id", "n_articles", "n_sources"} <= set(body["data"][0])


def test_stories_json_pages_mirror_the_store(client: TestClient, db: Path) -> None:
    with Store(db) as store:
        every = [row.model_dump(mode="json") for row in store.stories()]
    first = client.get("/stories.json?limit=2").json()
    rest = client.get(f"/stories.json?limit=2&offset={first['next_offset']}").json()
    assert first["data"] + rest["data"] == every
    assert first["count"] == rest["count"] == len(every)
    assert rest["next_offset"] is None


def test_stories_html_search_and_thread_links_filter(client: TestClient) -> None:
    stories = fixture_records().stories
    target = stories[0]
    typed = search_key(target.title).split()[:2]  # what a reader types: no marks
    page = client.get("/stories", params={"search": " ".join(typed)}).text
    for story in stories:
        shown = f'href="/stories/{story.id}"' in page
        assert shown == all(word in search_key(story.title) for word in typed)
    assert f'href="/stories?thread={target.thread_id}"' in client.get("/stories").text
    threaded = client.get("/stories", params={"thread": target.thread_id}).text
    for story in stories:
        assert (f'href="/stories/{story.id}"' in threaded) == (story.thread_id == target.thread_id)


def test_stories_json_entity_filter_equals_the_store_query(client: TestClient, db: Path) -> None:
    for brief in fixture_records().briefs:
        name = brief.entities[0].name
        with Store(db) as store:
            expected = store.story_page(story_query(entity=name)).model_dump(mode="json")
        response = client.get("/stories.json", params={"entity": search_key(name)})
        assert response.json() == expected
        assert brief.id in {row["id"] for row in expected["data"]}


def test_story_page_links_each_entity_and_its_thread_to_the_listing(client: TestClient) -> None:
    brief = fixture_records().briefs[0]
    page = client.get(f"/stories/{brief.id}").text
    links = re.findall(r'<a class="(entity|thread)" href="([^"]+)"', page)
    assert sorted(kind for kind, _ in links) == ["entity"] * len(brief.entities) + ["thread"]
    assert '<a rel="up" href="/stories">' in page
    for _, href in links:
        listing = client.get(html.unescape(href).replace("/stories?", "/stories.json?")).json()
        assert brief.id in {row["id"] for row in listing["data"]}


def test_standalone_html_brief_has_no_listing_links() -> None:
    page = render(fixture_records().briefs[:1], "html")
    assert 'class="entity"' not in page and 'class="thread"' not in page
    assert 'rel="up"' not in page


def test_stories_html_form_with_empty_boxes_lists_everything(client: TestClient) -> None:
    response = client.get("/stories?search=&entity=&since=&until=")
    assert response.status_code == 200
    for story in fixture_records().stories:
        assert f'href="/stories/{story.id}"' in response.text


def test_stories_html_links_the_next_and_previous_pages(client: TestClient) -> None:
    first = client.get("/stories?limit=1").text
    assert 'rel="next" href="/stories?limit=1&amp;offset=1"' in first
    assert 'rel="prev"' not in first
    second = client.get("/stories?limit=1&offset=1").text
    assert 'rel="prev" href="/stories?limit=1"' in second


@pytest.mark.parametrize("query", ["limit=0", "limit=abc", "offset=-1", "limit=1001", "colour=red"])
def test_bad_listing_parameters_have_the_one_error_shape(client: TestClient, query: str) -> None:
    for path in ("/stories", "/stories.json"):
        response = client.get(f"{path}?{query}")
        assert response.status_code == 400
        error = response.json()["error"]
        assert set(response.json()) == {"error"} and error["code"] == "B002"
        assert f"'{query.split('=')[0]}'" in error["message"]


def test_stories_html_links_every_story(client: TestClient) -> None:
    response = client.get("/stories")
    assert response.headers["content-type"].startswith("text/html")
    for story in fixture_records().stories:
        assert f'href="/stories/{story.id}"' in response.text


def test_story_json_twin_equals_the_rendered_brief(client: TestClient) -> None:
    brief = fixture_records().briefs[0]
    response = client.get(f"/stories/{brief.id}.json")
    assert response.json() == json.loads(render([brief], "json"))


def test_story_html_shows_every_summary_sentence(client: TestClient) -> None:
    brief = fixture_records().briefs[0]
    page = client.get(f"/stories/{brief.id}").text
    for sentence in brief.summary:
        assert sentence.text.split("“")[0][:30] in page


@pytest.mark.parametrize("path", ["/stories/nope", "/stories/nope.json"])
def test_unknown_story_has_the_one_error_shape(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.json() == {
        "error": {"code": "B005", "message": response.json()["error"]["message"]}
    }
    assert "nope" in response.json()["error"]["message"]


def test_serve_get_answers_one_request_without_a_server(db: Path) -> None:
    result = CliRunner().invoke(cli_app, ["serve", "--db", str(db), "--get", "/stories.json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["count"] == len(fixture_records().stories)


def test_serve_without_a_store_is_a_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli_app, ["serve", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1


def test_serve_runs_a_real_server(live_server: str) -> None:
    response = httpx.get(f"{live_server}/stories.json", timeout=5)
    assert response.status_code == 200
    assert response.json()["count"] == len(fixture_records().stories)
