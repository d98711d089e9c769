"""``/stories.csv`` and ``/stories.atom``: the listing as CSV and as an Atom feed, with the
listing's own query."""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bantin.fixtures import fixture_records
from bantin.models import Brief, Story
from bantin.store import Store
from bantin.web import create_app

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


@pytest.fixture
def client(db: Path) -> TestClient:
    return TestClient(create_app(db))


def _feed(client: TestClient, query: str = "") -> ET.Element:
    response = client.get(f"/stories.atom{query}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


def _entry_ids(feed: ET.Element) -> list[str]:
    return [
        entry.findtext(f"{ATOM}id", "").rsplit("/", 1)[-1] for entry in feed.iter(f"{ATOM}entry")
    ]


@pytest.mark.parametrize("query", ["", "?limit=2", "?thread=t-laocai", "?entity=Lào Cai"])
def test_feed_lists_the_stories_of_the_same_listing_query(client: TestClient, query: str) -> None:
    listing = client.get(f"/stories.json{query}").json()
    assert _entry_ids(_feed(client, query)) == [row["id"] for row in listing["data"]]


def test_feed_entries_carry_what_atom_requires_and_the_brief(client: TestClient) -> None:
    feed = _feed(client)
    assert RFC3339.fullmatch(feed.findtext(f"{ATOM}updated", ""))
    briefs = {brief.id: brief for brief in fixture_records().briefs}
    for entry in feed.iter(f"{ATOM}entry"):
        brief = briefs[entry.findtext(f"{ATOM}id", "").rsplit("/", 1)[-1]]
        assert entry.findtext(f"{ATOM}title") == brief.title
        assert RFC3339.fullmatch(entry.findtext(f"{ATOM}updated", ""))
        assert entry.findtext(f"{ATOM}summary") == " ".join(s.text for s in brief.summary)
        terms = [c.get("term") for c in entry.iter(f"{ATOM}category")]
        assert terms == [entity.name for entity in brief.entities]
        links = {link.get("type"): link.get("href") for link in entry.iter(f"{ATOM}link")}
        assert links["text/html"].endswith(f"/stories/{brief.id}")


def test_feed_entry_is_updated_as_of_the_newest_article_else_the_last_run(
    client: TestClient, db: Path
) -> None:
    updated = {
        entry.findtext(f"{ATOM}id", "").rsplit("/", 1)[-1]: entry.findtext(f"{ATOM}updated")
        for entry in _feed(client).iter(f"{ATOM}entry")
    }
    for story in fixture_records().stories:
        if story.last_date:
            assert updated[story.id] == f"{story.last_date}T00:00:00Z"
        else:  # undated: the end of the run that wrote it
            with Store(db) as store:
                finished = store.last_written()
            assert finished is not None and updated[story.id][:16] == finished[:16]


@pytest.mark.parametrize(
    ("published", "updated"),
    [
        ("2024-04-22T10:30:00+07:00", "2024-04-22T03:30:00Z"),  # a publication time, in UTC
        ("2024-04-22T10:30:00", "2024-04-22T10:30:00Z"),  # no zone: taken as UTC
        ("2024-04-22", "2024-04-22T00:00:00Z"),
    ],
)
def test_feed_entry_time_is_rfc3339_in_utc_whatever_the_stored_date(
    db: Path, published: str, updated: str
) -> None:
    records = fixture_records()
    story = records.stories[0]
    brief = next(b for b in records.briefs if b.id == story.id)
    with Store(db) as store:
        store.write_batch(
            stories=[story.model_copy(update={"last_date": published})],
            briefs=[brief.model_copy(update={"last_date": published})],
        )
    feed = _feed(TestClient(create_app(db)))
    entry = next(
        e for e in feed.iter(f"{ATOM}entry") if e.findtext(f"{ATOM}id", "").endswith(story.id)
    )
    assert entry.findtext(f"{ATOM}updated") == updated


def test_feed_names_each_independent_source_once(client: TestClient) -> None:
    for brief in fixture_records().briefs:
        entry = next(
            e
            for e in _feed(client).iter(f"{ATOM}entry")
            if e.findtext(f"{ATOM}title") == brief.title
        )
        names = [c.findtext(f"{ATOM}name") for c in entry.iter(f"{ATOM}contributor")]
        independent = {a.source for a in brief.articles if a.source and a.duplicate_of is None}
        assert sorted(names) == sorted(independent)


def test_feed_pages_link_the_next_one(client: TestClient) -> None:
    first = _feed(client, "?limit=1")
    next_link = [link for link in first.iter(f"{ATOM}link") if link.get("rel") == "next"]
    assert len(next_link) == 1 and next_link[0].get("href", "").endswith("offset=1")
    every = client.get("/stories.json").json()["count"]
    last = _feed(client, f"?limit=1&offset={every - 1}")
    assert not [link for link in last.iter(f"{ATOM}link") if link.get("rel") == "next"]
    # Every page of one query is one feed.
    assert first.findtext(f"{ATOM}id") == last.findtext(f"{ATOM}id")


def test_feed_escapes_markup_in_titles_and_summaries(db: Path) -> None:
    records = fixture_records()
    story, brief = (
        records.stories[0],
        next(b for b in records.briefs if b.id == records.stories[0].id),
    )
    title = 'Giá vàng <SJC> & "USD" tăng'
    with Store(db) as store:
        store.write_batch(
            stories=[Story(**{**story.model_dump(), "title": title})],
            briefs=[Brief(**{**brief.model_dump(), "title": title})],
        )
    feed = _feed(TestClient(create_app(db)))
    assert title in [entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")]


def test_feed_refuses_a_bad_query_in_the_one_error_shape(client: TestClient) -> None:
    response = client.get("/stories.atom?since=22/4/2024")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "B002"


def test_listing_page_advertises_its_feed(client: TestClient) -> None:
    page = client.get("/stories?entity=Lào Cai").text
    assert re.search(
        r'<link rel="alternate" type="application/atom\+xml"[^>]*href="/stories\.atom\?entity=',
        page,
    )


@pytest.mark.parametrize("query", ["", "?limit=1", "?entity=Lào Cai"])
def test_csv_has_the_rows_of_the_json_listing(client: TestClient, query: str) -> None:
    response = client.get(f"/stories.csv{query}")
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    listing = client.get(f"/stories.json{query}").json()
    expected = [{k: "" if v is None else str(v) for k, v in row.items()} for row in listing["data"]]
    assert rows == expected
    link = response.headers.get("link")
    if listing["next_offset"] is None:
        assert link is None
    else:
        assert link is not None and f'offset={listing["next_offset"]}>; rel="next"' in link
