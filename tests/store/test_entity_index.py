"""The entity index: names counted over the stories whose briefs list them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

from bantin.errors import ConfigError
from bantin.fixtures import build_fixture_store, build_store_before_migration, fixture_records
from bantin.models import Brief, EntityFact
from bantin.store import Store, search_key
from bantin.store.entities import entity_key, entity_query


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with build_fixture_store(tmp_path / "news.db") as built:
        yield built


def _expected(briefs: list[Brief]) -> dict[tuple[str, str], tuple[int, int, int]]:
    """(key, type) -> (stories, articles, mentions), counted from the briefs themselves."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for brief in briefs:
        seen: set[tuple[str, str]] = set()
        for entity in brief.entities:
            key = (entity_key(entity.name), entity.type)
            row = counts[key]
            row[0] += key not in seen
            row[1] = row[1] + len(entity.article_ids) if key not in seen else row[1]
            row[2] += entity.mentions
            seen.add(key)
    return {key: (s, a, m) for key, (s, a, m) in counts.items()}


def _all(store: Store, **params: object) -> list[tuple[str, str, int, int, int]]:
    page = store.entity_page(entity_query(limit=1000, **params))
    return [
        (entity_key(r.name), r.type, r.n_stories, r.n_articles, r.n_mentions) for r in page.data
    ]


def test_entity_index_counts_every_name_over_the_stories_naming_it(store: Store) -> None:
    expected = _expected(list(fixture_records().briefs))
    rows = _all(store)
    assert {(k, t): (s, a, m) for k, t, s, a, m in rows} == expected
    assert store.entity_page(entity_query()).count == len(expected)
    order = [(-s, -m) for _, _, s, _, m in rows]
    assert order == sorted(order)  # most stories first, then most mentions


def test_entity_index_sums_a_name_over_the_stories_naming_it(seeds_store: Path) -> None:
    # the seeds' two stories share names (Mỹ, Niger, ...): counts add up across them
    with Store(seeds_store) as seeds:
        briefs = seeds.briefs()
        rows = _all(seeds)
    expected = _expected(briefs)
    assert {(k, t): (s, a, m) for k, t, s, a, m in rows} == expected
    shared = [row for row in rows if row[2] == len(briefs) == 2]
    assert ("mỹ", "LOC") in [(k, t) for k, t, *_ in shared]


@pytest.mark.parametrize("kind", ["PER", "ORG", "LOC", "loc"])
def test_entity_index_type_filter(store: Store, kind: str) -> None:
    rows = _all(store, type=kind)
    expected = {k for k in _expected(list(fixture_records().briefs)) if k[1] == kind.upper()}
    assert {(k, t) for k, t, *_ in rows} == expected


def test_entity_index_search_ignores_case_and_diacritics(store: Store) -> None:
    name = next(e.name for b in fixture_records().briefs for e in b.entities if " " in e.name)
    bare = search_key(name).upper()  # no diacritics, other case
    found = [k for k, *_ in _all(store, search=bare)]
    assert entity_key(name) in found
    assert all(search_key(name) in search_key(key) for key in found)
    assert _all(store, search="zzz khong co") == []


def test_entity_index_dates_count_only_the_stories_in_them(store: Store) -> None:
    stories = store.stories()
    latest = max(stories, key=lambda s: s.last_date or "")
    since = (latest.last_date or "")[:10]
    in_range = [s.id for s in stories if (s.last_date or "")[:10] >= since]
    assert 0 < len(in_range) < len(stories)
    briefs = [b for b in fixture_records().briefs if b.id in in_range]
    rows = _all(store, since=since)
    assert {(k, t): (s, a, m) for k, t, s, a, m in rows} == _expected(briefs)


@pytest.mark.parametrize("since", [None, "2025-09-11"])
def test_entity_index_dates_span_the_stories_naming_it(store: Store, since: str | None) -> None:
    dates = {s.id: (s.first_date, s.last_date) for s in store.stories()}
    counted = {i for i, (_, last) in dates.items() if since is None or (last or "") >= since}
    for row in store.entity_page(entity_query(limit=1000, since=since)).data:
        naming = [
            dates[b.id]
            for b in fixture_records().briefs
            if b.id in counted
            and any(
                (entity_key(e.name), e.type) == (entity_key(row.name), row.type) for e in b.entities
            )
        ]
        # stories without dates (undated input) give none
        assert row.first_date == min((first for first, _ in naming if first), default=None)
        assert row.last_date == max((last for _, last in naming if last), default=None)


def test_entity_index_pages(store: Store) -> None:
    total = store.entity_page(entity_query()).count
    first = store.entity_page(entity_query(limit=2))
    second = store.entity_page(entity_query(limit=2, offset=2))
    assert first.next_offset == 2 and len(first.data) == 2
    assert first.data + second.data == store.entity_page(entity_query(limit=4)).data
    last = store.entity_page(entity_query(limit=2, offset=total - 1))
    assert last.next_offset is None and len(last.data) == 1


def test_entity_index_follows_a_rewritten_brief(store: Store) -> None:
    brief = fixture_records().briefs[0]
    renamed = EntityFact(name="Ủy ban Mới Lập", type="ORG", mentions=3, article_ids=("a",))
    store.write_batch(briefs=[brief.model_copy(update={"entities": (renamed,)})])
    rows = {(k, t): (s, a, m) for k, t, s, a, m in _all(store)}
    assert rows[(entity_key(renamed.name), "ORG")] == (1, 1, 3)
    others = [b for b in fixture_records().briefs if b.id != brief.id]
    gone = {(entity_key(e.name), e.type) for e in brief.entities} - set(_expected(others))
    assert gone and not gone & set(rows)


def test_entity_index_is_backfilled_for_a_store_briefed_before_it(tmp_path: Path) -> None:
    path = build_store_before_migration(tmp_path, "0008_entity_index", "DROP TABLE entity_index")
    with Store(path) as reopened:
        rows = _all(reopened)
    assert {(k, t): (s, a, m) for k, t, s, a, m in rows} == _expected(
        list(fixture_records().briefs)
    )


@pytest.mark.parametrize(
    ("params", "named"),
    [({"type": "PERSON"}, "'type'"), ({"limit": 0}, "'limit'"), ({"since": "hôm qua"}, "'since'")],
)
def test_entity_query_bad_parameters_name_themselves(params: dict[str, object], named: str) -> None:
    with pytest.raises(ConfigError, match=named):
        entity_query(**params)


def test_entity_index_follows_a_merge_of_stories(seeds_db: Path) -> None:
    from bantin.editing import merge_stories

    with Store(seeds_db) as seeds:
        keep, fold = (row.id for row in seeds.stories())
    merge_stories(keep, [fold], db=seeds_db)
    with Store(seeds_db) as merged:
        briefs = merged.briefs()
        rows = _all(merged)
    assert [b.id for b in briefs] == [keep]
    assert {(k, t): (s, a, m) for k, t, s, a, m in rows} == _expected(briefs)
    assert {s for _, _, s, _, _ in rows} == {1}  # one story left: no name in two


def test_entity_index_tells_names_apart_by_their_marks_not_their_spelling(store: Store) -> None:
    brief = fixture_records().briefs[0]
    people = (
        EntityFact(name="Nguyễn Văn Hùng", type="PER", mentions=2, article_ids=("a",)),
        EntityFact(name="Nguyễn Văn Hưng", type="PER", mentions=1, article_ids=("a",)),
    )
    places = (
        EntityFact(name="Thanh Hoá", type="LOC", mentions=1, article_ids=("a",)),
        EntityFact(name="THANH HÓA", type="LOC", mentions=1, article_ids=("b",)),
    )  # one place, its tone mark placed either way
    store.write_batch(briefs=[brief.model_copy(update={"entities": people + places})])
    hung = {r.name for r in store.entity_page(entity_query(search="van hung")).data}
    assert hung == {"Nguyễn Văn Hùng", "Nguyễn Văn Hưng"}  # two people; search ignores marks
    [place] = store.entity_page(entity_query(search="thanh hoa")).data
    assert place.n_stories == 1 and place.n_mentions == 2
