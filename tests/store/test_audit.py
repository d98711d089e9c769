"""``Store.article_detail``, ``run_page`` and ``run_detail``: an article found by what an
editor holds, where it went, and a run log counted from what the runs stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from bantin.errors import ConfigError, NotFoundError
from bantin.fixtures import build_fixture_store, build_store_before_migration, fixture_records
from bantin.models import GrouperState, Rejection
from bantin.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return build_fixture_store(tmp_path / "news.db")


def test_an_article_is_found_by_its_id_its_input_id_and_its_path(store: Store) -> None:
    original, _, copy, _, _ = fixture_records().articles
    assert store.article_detail(original.id).article == original
    assert copy.external_id is not None
    assert store.article_detail(copy.external_id).article == copy
    assert original.path is not None
    assert store.article_detail(original.path).article == original
    # The tail of the path, as a reader copies a file name.
    assert store.article_detail(Path(original.path).name).article == original


def test_an_article_knows_its_story_its_original_and_its_copies(store: Store) -> None:
    original, second, copy, _, _ = fixture_records().articles
    landslide = fixture_records().stories[0]
    detail = store.article_detail(copy.id)
    assert (detail.story_id, detail.thread_id) == (landslide.id, landslide.thread_id)
    assert detail.story_title == landslide.title
    assert detail.duplicate_of == original.id
    assert store.article_detail(original.id).copies == (copy.id,)
    assert store.article_detail(second.id).copies == ()
    assert store.article_detail(second.id).duplicate_of is None


def test_an_unknown_or_ambiguous_key_names_what_to_give_instead(
    store: Store, tmp_path: Path
) -> None:
    with pytest.raises(NotFoundError, match="No article 'khong-co'"):
        store.article_detail("khong-co")
    # LIKE's wildcards in a key are literal: "%" is no path's tail, so it matches nothing.
    with pytest.raises(NotFoundError, match="No article '%'"):
        store.article_detail("%")
    with pytest.raises(NotFoundError, match="No article '_'"):
        store.article_detail("_")
    # Two articles cut from one page share its path: both ids are offered.
    original = fixture_records().articles[0]
    second_part = original.model_copy(update={"id": "f" * 16, "part": 1})
    store.write_batch(articles=[second_part])
    assert original.path is not None
    with pytest.raises(NotFoundError, match=f"names 2 articles.*{original.id}.*{'f' * 16}"):
        store.article_detail(original.path)


def test_the_run_log_counts_what_each_run_stored_even_a_run_that_died(store: Store) -> None:
    records = fixture_records()
    died = store.start_run(["feed.jsonl"])
    extra = records.articles[0].model_copy(update={"id": "e" * 16, "path": "feed.jsonl"})
    store.write_batch(
        articles=[extra],
        rejections=[Rejection(path="feed.jsonl:3", reason="bad_json")],
        grouper_state=GrouperState(header="{}"),
        run_id=died,
    )
    page = store.run_page()
    assert [run.id for run in page.data] == [died, died - 1]  # newest first
    latest, first = page.data
    assert (latest.finished, latest.added, latest.rejected) == (None, 1, 1)
    assert latest.paths == ("feed.jsonl",)
    assert first.finished is not None
    assert (first.added, first.rejected) == (len(records.articles), len(records.rejections))
    assert store.run_page(limit=1).next_offset == 1
    assert store.run_page(limit=1, offset=1).data == (first,)
    assert store.run_page(limit=1, offset=1).next_offset is None


def test_a_run_lists_its_rejections_and_its_articles_in_the_order_it_stored_them(
    store: Store,
) -> None:
    records = fixture_records()
    (run,) = store.run_page().data
    detail = store.run_detail(run.id)
    assert detail.rejections == records.rejections
    stored_order = [a.id for a in store.articles()]
    assert [row.id for row in detail.articles] == stored_order
    story_of = {i: s.id for s in records.stories for i in s.article_ids}
    assert {row.id: row.story_id for row in detail.articles} == story_of
    first = store.run_detail(run.id, limit=2)
    rest = store.run_detail(run.id, limit=2, offset=first.next_offset or 0)
    assert first.next_offset == 2
    assert [r.id for r in first.articles + rest.articles][:4] == stored_order[:4]
    with pytest.raises(NotFoundError, match="No run 99"):
        store.run_detail(99)
    with pytest.raises(ConfigError, match="'limit'"):
        store.run_page(limit=0)


def test_a_store_from_before_the_lookup_indexes_gets_them_and_finds_by_input_id(
    tmp_path: Path,
) -> None:
    path = build_store_before_migration(
        tmp_path,
        "0006_article_lookups",
        "DROP INDEX articles_external_id; DROP INDEX articles_run;"
        " DROP INDEX story_articles_duplicate_of;",
    )
    copy = fixture_records().articles[2]
    assert copy.external_id is not None
    with Store(path) as reopened:
        plan = reopened._conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM articles WHERE external_id = ?", ("x",)
        ).fetchall()
        assert "articles_external_id" in str(plan)
        assert reopened.article_detail(copy.external_id).article == copy


def test_a_run_id_past_sqlites_integers_is_no_run(store: Store) -> None:
    with pytest.raises(NotFoundError, match="No run"):
        store.run_detail(10**30)
