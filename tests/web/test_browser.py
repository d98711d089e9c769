"""In headless Chromium (``pytest --browser``): what a reader clicks through works."""

from __future__ import annotations

import json
from typing import Any

from bantin.fixtures import fixture_records
from bantin.store import search_key

BRIEF = fixture_records().briefs[0]  # several sources, one a copy; every section filled
TARGET_HIGHLIGHT = "rgb(255, 243, 176)"  # the :target rule of the brief page


def test_browser_listing_leads_to_the_story_page(browser_page: Any, live_server: str) -> None:
    page = browser_page
    page.goto(f"{live_server}/stories")
    page.get_by_role("link", name=BRIEF.title).click()
    page.wait_for_url(f"**/stories/{BRIEF.id}")
    assert page.locator("h1").first.inner_text() == BRIEF.title
    sentences = page.locator("section.summary .sentence")
    assert sentences.all_inner_texts() == [s.text for s in BRIEF.summary]


def test_browser_each_summary_citation_jumps_to_its_own_source(
    browser_page: Any, live_server: str
) -> None:
    page = browser_page
    page.goto(f"{live_server}/stories/{BRIEF.id}")
    citations = page.locator("section.summary sup.cite a")
    assert citations.count() == len(BRIEF.summary)
    for sentence, link in zip(BRIEF.summary, citations.all(), strict=True):
        link.click()
        anchor = link.get_attribute("href")
        assert page.evaluate("location.hash") == anchor
        source = page.locator(f"li{anchor}")
        cited = BRIEF.articles[int(link.inner_text().strip("[]")) - 1]
        assert cited.id == sentence.article_id
        assert source.is_visible() and (cited.title or "") in source.inner_text()
        background = source.evaluate("element => getComputedStyle(element).backgroundColor")
        assert background == TARGET_HIGHLIGHT


def test_browser_listing_json_link_shows_the_json_twin(browser_page: Any, live_server: str) -> None:
    page = browser_page
    page.goto(f"{live_server}/stories")
    page.get_by_role("link", name="JSON").click()
    page.wait_for_url("**/stories.json")
    listing = json.loads(page.locator("body").inner_text())
    assert listing["count"] == len(fixture_records().stories)
    assert {story["id"] for story in listing["data"]} == {s.id for s in fixture_records().stories}


def test_browser_search_box_and_pages_narrow_the_listing(
    browser_page: Any, live_server: str
) -> None:
    page = browser_page
    page.goto(f"{live_server}/stories")
    typed = search_key(BRIEF.title).split()[:2]  # typed without tone marks
    page.get_by_role("searchbox").fill(" ".join(typed))
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/stories?search=*")
    listed = page.locator("tbody tr td:first-child a").all_inner_texts()
    expected = [
        story.title
        for story in fixture_records().stories
        if all(word in search_key(story.title) for word in typed)
    ]
    assert BRIEF.title in listed and sorted(listed) == sorted(expected)
    page.goto(f"{live_server}/stories?limit=1")
    seen = page.locator("tbody tr td:first-child a").all_inner_texts()
    while page.get_by_role("link", name="older →").count():
        page.get_by_role("link", name="older →").click()
        page.wait_for_load_state()
        seen += page.locator("tbody tr td:first-child a").all_inner_texts()
    assert sorted(seen) == sorted(story.title for story in fixture_records().stories)


def test_browser_a_summary_sentence_opens_itself_in_its_article(
    browser_page: Any, live_server: str
) -> None:
    page = browser_page
    for sentence in BRIEF.summary:
        page.goto(f"{live_server}/stories/{BRIEF.id}")
        page.locator("section.summary .sentence a.at", has_text=sentence.text).first.click()
        page.wait_for_url(f"**/articles/{sentence.article_id}#s{sentence.sentence}")
        shown = page.locator(f"#s{sentence.sentence}")
        assert sentence.text in shown.inner_text()
        background = shown.evaluate("element => getComputedStyle(element).backgroundColor")
        assert background == TARGET_HIGHLIGHT


def test_browser_entity_index_filters_by_kind_and_opens_a_names_stories(
    browser_page: Any, live_server: str
) -> None:
    page = browser_page
    page.goto(f"{live_server}/stories")
    page.get_by_role("link", name="names").click()
    page.wait_for_url("**/entities")
    page.get_by_label("Kind").select_option("LOC")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/entities?*type=LOC*")
    kinds = page.locator("tbody tr td:nth-child(2)").all_inner_texts()
    places = {e.name for b in fixture_records().briefs for e in b.entities if e.type == "LOC"}
    names = page.locator("tbody tr td:first-child a").all_inner_texts()
    assert set(kinds) == {"LOC"} and set(names) == places
    place = next(e for e in BRIEF.entities if e.type == "LOC")
    page.get_by_role("link", name=place.name, exact=True).click()
    page.wait_for_url("**/stories?entity=*")
    assert BRIEF.title in page.locator("tbody tr td:first-child a").all_inner_texts()
