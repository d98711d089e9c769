"""The story listing: search that ignores case and diacritics, threads, pages."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from bantin.errors import ConfigError
from bantin.fixtures import build_fixture_store, build_store_before_migration, fixture_records
from bantin.models import Brief, EntityFact
from bantin.store import Store, search_key, story_query


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with build_fixture_store(tmp_path / "news.db") as built:
        yield built


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Rút quân khỏi Niger", "rut quan khoi niger"),
        ("ĐÀ NẴNG", "da nang"),
        ("hoà bình", "hoa binh"),  # both tone-mark placements give one key
        ("hòa bình", "hoa binh"),
        (unicodedata.normalize("NFD", "Hòa Bình"), "hoa binh"),  # decomposed input
    ],
)
def test_search_key_drops_case_and_diacritics(text: str, key: str) -> None:
    assert search_key(text) == key


def _titles(store: Store, **params: object) -> list[str]:
    return [row.title for row in store.story_page(story_query(**params)).data]


@pytest.mark.parametrize("search", ["sat lo", "SẠT LỞ", "sạt lở bát xát", "lở"])
def test_story_page_search_finds_titles_however_typed(store: Store, search: str) -> None:
    expected = [
        story.title
        for story in fixture_records().stories
        if all(word in search_key(story.title) for word in search_key(search).split())
    ]
    assert expected  # the fixture has such a story, so the test can fail
    assert sorted(_titles(store, search=search)) == sorted(expected)


@pytest.mark.parametrize("search", ["%", "_", "sạt % xát", "xe buýt tàu"])
def test_story_page_search_needs_every_word_literally(store: Store, search: str) -> None:
    titles = _titles(store, search=search)
    assert all(
        all(word in search_key(title) for word in search_key(search).split()) for title in titles
    )
    if search in ("%", "_", "xe buýt tàu"):
        assert titles == []


def test_story_page_thread_keeps_only_that_thread(store: Store) -> None:
    threads = {story.thread_id for story in fixture_records().stories}
    for thread in threads:
        page = store.story_page(story_query(thread=thread))
        assert page.data and {row.thread_id for row in page.data} == {thread}
        assert page.count == len(page.data)
    assert store.story_page(story_query(thread="t-none")).count == 0


def test_story_pages_cover_the_listing_once_in_order(store: Store) -> None:
    every = store.stories()
    seen, offset = [], 0
    while True:
        page = store.story_page(story_query(limit=1, offset=offset))
        assert page.count == len(every)
        seen.extend(page.data)
        if page.next_offset is None:
            break
        offset = page.next_offset
    assert seen == every
    past_the_end = store.story_page(story_query(offset=len(every) + 5))
    assert past_the_end.data == () and past_the_end.next_offset is None


@pytest.mark.parametrize(
    ("params", "named"),
    [({"limit": 0}, "limit"), ({"limit": 5000}, "limit"), ({"offset": -3}, "offset")],
)
def test_story_query_refuses_bad_pages_naming_the_parameter(
    params: dict[str, int], named: str
) -> None:
    with pytest.raises(ConfigError, match=f"'{named}'"):
        story_query(**params)


def _entity_stories(store: Store, entity: str) -> set[str]:
    return {row.id for row in store.story_page(story_query(entity=entity)).data}


def test_story_page_entity_finds_stories_by_name_or_alias(store: Store) -> None:
    briefs = fixture_records().briefs
    for brief in briefs:
        for entity in brief.entities:
            for name in (entity.name, *entity.aliases):
                found = _entity_stories(store, search_key(name).upper())
                assert brief.id in found
                # every story found names it, as a whole-word part of a name or alias
                for other in briefs:
                    names = [n for e in other.entities for n in (e.name, *e.aliases)]
                    padded = [f" {search_key(n)} " for n in names]
                    naming = any(f" {search_key(name)} " in p for p in padded)
                    assert (other.id in found) == naming


def test_story_page_entity_matches_whole_words_only(store: Store) -> None:
    name = fixture_records().briefs[0].entities[0].name  # a multi-syllable place name
    assert _entity_stories(store, name)
    assert _entity_stories(store, name[:-1]) == set()  # a cut-off word is not the name
    assert _entity_stories(store, f"{name} {name}") == set()
    assert store.story_page(story_query(entity="  ")).count == len(store.stories())


def test_story_entities_are_backfilled_for_a_store_briefed_before_them(tmp_path: Path) -> None:
    # as 0004 left it: search keys only, which 0009 replaces with names and keys
    path = build_store_before_migration(
        tmp_path,
        "0009_story_entity_names",
        "DROP TABLE story_entities; CREATE TABLE story_entities ("
        " story_id TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (story_id, key));"
        " INSERT INTO story_entities SELECT id, 'x' FROM stories;",
    )
    with Store(path) as reopened:
        for brief in fixture_records().briefs:
            assert brief.id in _entity_stories(reopened, brief.entities[0].name)
        assert _entity_stories(reopened, "x") == set()


def _named(brief: Brief, *names: str) -> Brief:
    people = tuple(EntityFact(name=name, type="PER", mentions=1, article_ids=()) for name in names)
    return brief.model_copy(update={"entities": people})


def test_story_page_entity_keeps_the_marks_typed(store: Store) -> None:
    first, second, *_ = fixture_records().briefs
    store.write_batch(
        briefs=[_named(first, "Nguyễn Văn Hùng", "Hoà Bình"), _named(second, "Trần Hưng")]
    )
    assert _entity_stories(store, "Hùng") == {first.id}  # the index's link to one person
    assert _entity_stories(store, "Hưng") == {second.id}
    assert _entity_stories(store, "HÙNG") == {first.id}  # case aside
    assert _entity_stories(store, "Hung") == {first.id, second.id}  # typed without marks
    assert _entity_stories(store, "nguyễn van hùng") == {first.id}  # marks word by word
    assert _entity_stories(store, "nguyễn van hưng") == set()
    assert _entity_stories(store, "hòa bình") == {first.id}  # either tone-mark placement
    assert _entity_stories(store, "hoá bình") == set()


def test_story_entities_follow_a_rewritten_brief(store: Store) -> None:
    brief = fixture_records().briefs[0]
    kept = brief.entities[:1]
    gone = next(
        e.name
        for e in brief.entities[1:]
        if not any(f" {search_key(e.name)} " in f" {search_key(k.name)} " for k in kept)
    )
    store.write_batch(briefs=[brief.model_copy(update={"entities": kept})])
    assert brief.id not in _entity_stories(store, gone)
    assert brief.id in _entity_stories(store, kept[0].name)


@pytest.mark.parametrize(
    ("since", "until"),
    [("2000-01-01", None), (None, "2100-01-01"), ("2025-09-11", None), (None, "2025-09-10"),
     ("2025-09-10", "2025-09-10"), ("2030-01-01", None), (None, "2000-01-01")],
)  # fmt: skip
def test_story_page_dates_keep_stories_whose_span_meets_the_range(
    store: Store, since: str | None, until: str | None
) -> None:
    expected = {
        s.id
        for s in fixture_records().stories
        if s.first_date is not None
        and s.last_date is not None
        and (since is None or s.last_date[:10] >= since)
        and (until is None or s.first_date[:10] <= until)
    }
    page = store.story_page(story_query(since=since, until=until))
    assert {row.id for row in page.data} == expected


def test_story_query_treats_blank_form_fields_as_unset() -> None:
    blank = story_query(search=" ", thread="", entity="", since="", until="")
    assert blank == story_query()


def test_story_query_refuses_a_date_it_cannot_read() -> None:
    with pytest.raises(ConfigError, match="'since'"):
        story_query(since="22/4/2024")


def test_undated_story_is_listed_by_its_briefs_inferred_dates_until_dated(store: Store) -> None:
    records = fixture_records()
    undated = next(s for s in records.stories if s.first_date is None)
    brief = next(b for b in records.briefs if b.id == undated.id)
    inferred = brief.model_copy(
        update={"first_date": "2024-04-19", "last_date": "2024-04-22", "dates_inferred": True}
    )
    store.write_batch(briefs=[inferred])
    row = next(r for r in store.stories() if r.id == undated.id)
    assert (row.first_date, row.last_date, row.dates_inferred) == ("2024-04-19", "2024-04-22", True)
    assert undated.id in {r.id for r in store.story_page(story_query(since="2024-04-20")).data}
    # Most recent first, inferred dates included: 2024 comes after the dated 2025 stories.
    order = [r.id for r in store.stories()]
    dated = [s.id for s in records.stories if s.last_date is not None]
    assert order == [*sorted(dated, key=lambda i: order.index(i)), undated.id]
    # A story the grouper dates (a dated article joined) is not overwritten by a stale brief.
    published = undated.model_copy(update={"first_date": "2025-10-01", "last_date": "2025-10-01"})
    store.write_batch(stories=[published], briefs=[inferred])
    row = next(r for r in store.stories() if r.id == undated.id)
    assert (row.first_date, row.dates_inferred) == ("2025-10-01", False)
    assert store.stories()[0].id == undated.id


def test_a_published_story_ignores_inferred_dates(store: Store) -> None:
    dated = next(s for s in fixture_records().stories if s.first_date is not None)
    brief = next(b for b in fixture_records().briefs if b.id == dated.id)
    store.write_batch(
        briefs=[brief.model_copy(update={"first_date": "1999-01-01", "dates_inferred": True})]
    )
    row = next(r for r in store.stories() if r.id == dated.id)
    assert (row.first_date, row.dates_inferred) == (dated.first_date, False)


def test_a_store_from_before_inferred_dates_gets_the_column(tmp_path: Path) -> None:
    path = build_store_before_migration(
        tmp_path, "0005_story_dates_inferred", "ALTER TABLE stories DROP COLUMN dates_inferred"
    )
    with Store(path) as reopened:
        rows = reopened.stories()
    assert len(rows) == len(fixture_records().stories)
    assert not any(row.dates_inferred for row in rows)
