"""Store: opening, migrations, round trips, atomic batches, listing counts, errors."""

from __future__ import annotations

import multiprocessing
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bantin.errors import NotFoundError, StoreError
from bantin.fixtures import build_fixture_store, fixture_records
from bantin.models import Brief, GrouperState, Rejection, StateEntry, Story
from bantin.store import Store
from bantin.store.migrations import MIGRATIONS


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with build_fixture_store(tmp_path / "news.db") as built:
        yield built


def test_store_creates_file_and_parent_folders(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "news.db"
    with Store(path) as store:
        assert store.stories() == []
    assert path.is_file()


def test_store_records_each_migration_once_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    Store(path).close()
    Store(path).close()  # reopening applies nothing twice
    conn = sqlite3.connect(path)
    names = [name for (name,) in conn.execute("SELECT name FROM migrations ORDER BY rowid")]
    assert names == [name for name, _ in MIGRATIONS]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _open_when_all_are_ready(db: Path, ready: Any, errors: Any) -> None:
    ready.wait()
    try:
        Store(db).close()
    except StoreError as err:
        errors.put(str(err))


def test_processes_creating_one_store_at_once_all_open_it(tmp_path: Path) -> None:
    # Two runs started together both create the file; the loser of the switch to WAL used to
    # fail with "database is locked" (caught by CI: about one start in four lost it).
    context = multiprocessing.get_context("fork")
    errors = context.Queue()
    for attempt in range(6):
        db = tmp_path / f"news{attempt}.db"
        ready = context.Barrier(4)
        openers = [
            context.Process(target=_open_when_all_are_ready, args=(db, ready, errors))
            for _ in range(4)
        ]
        for opener in openers:
            opener.start()
        for opener in openers:
            opener.join(60)
        assert [opener.exitcode for opener in openers] == [0, 0, 0, 0]
        assert errors.empty(), errors.get()
        with Store(db) as store:
            assert store.stories() == []


def test_store_enforces_foreign_keys(store: Store, tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "news.db")
    conn.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO story_articles (story_id, article_id, position)"
            " VALUES ('s-batxat', 'x', 9)"
        )


def test_store_refuses_database_from_newer_bantin(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO migrations VALUES ('9999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match=r"newer bantin.*9999_from_the_future"):
        Store(path)


def _text_file(path: Path) -> None:
    path.write_text("không phải cơ sở dữ liệu\n" * 200, encoding="utf-8")


def _other_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()


def _folder(path: Path) -> None:
    path.mkdir()


@pytest.mark.parametrize("make", [_text_file, _other_sqlite, _folder])
def test_store_refuses_what_is_not_a_store_naming_the_file(
    make: Callable[[Path], None], tmp_path: Path
) -> None:
    path = tmp_path / "news.db"
    make(path)
    with pytest.raises(StoreError, match=r"news\.db"):
        Store(path)


def test_store_leaves_a_foreign_sqlite_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    _other_sqlite(path)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a bantin store"):
        Store(path)
    assert path.read_bytes() == before  # not even switched to WAL


def test_store_path_with_spaces_and_vietnamese(tmp_path: Path) -> None:
    path = tmp_path / "thư mục #1 ?" / "tin tức.db"
    with Store(path) as store:
        store.write_batch(grouper_state=GrouperState(header="{}"))
    with Store(path, create=False) as store:
        assert store.grouper_state() == GrouperState(header="{}")


def test_store_without_create_does_not_make_a_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.db"
    with pytest.raises(StoreError, match=r"No store at .*missing.db"):
        Store(path, create=False)
    assert not path.exists()


def test_store_round_trips_every_record(store: Store) -> None:
    records = fixture_records()
    assert {a.id: a for a in store.articles()} == {a.id: a for a in records.articles}
    for story, brief in zip(records.stories, records.briefs, strict=True):
        assert store.story(story.id) == story
        assert store.brief(story.id) == brief
    assert store.rejections() == list(records.rejections)


def test_store_articles_come_in_the_order_asked(store: Store) -> None:
    wanted = [a.id for a in reversed(fixture_records().articles)]
    assert [a.id for a in store.articles(wanted)] == wanted


def test_store_articles_missing_id_raises_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError, match="'nope'"):
        store.articles([fixture_records().articles[0].id, "nope"])


def test_store_known_ids_picks_stored_ones(store: Store) -> None:
    stored = {a.id for a in fixture_records().articles}
    assert store.known_ids([*stored, "chua-co", "khac"]) == stored
    assert store.known_ids([]) == set()


def test_store_keeps_the_first_copy_of_an_article(store: Store) -> None:
    first = fixture_records().articles[0]
    store.write_batch(articles=[first.model_copy(update={"title": "Tiêu đề khác"})])
    assert store.articles([first.id]) == [first]


def test_store_stale_article_ids_compares_stage_versions(store: Store) -> None:
    records = fixture_records()
    current = dict(records.articles[0].stages)
    assert store.stale_article_ids(current) == []
    assert store.stale_article_ids(dict(reversed(current.items()))) == []  # order is irrelevant
    bumped = {**current, "facts": "2"}
    assert store.stale_article_ids(bumped) == [a.id for a in store.articles()]


def test_store_stories_count_articles_and_independent_sources(store: Store) -> None:
    records = fixture_records()
    by_id = {a.id: a for a in records.articles}
    rows = {row.id: row for row in store.stories()}
    assert set(rows) == {s.id for s in records.stories}
    for story in records.stories:
        independent = {
            by_id[i].source or by_id[i].path
            for i in story.article_ids
            if i not in story.duplicate_of
        }
        assert rows[story.id].n_articles == len(story.article_ids)
        assert rows[story.id].n_sources == len(independent)
        assert rows[story.id].thread_id == story.thread_id


def test_store_stories_most_recent_first_undated_last(store: Store) -> None:
    dates = [row.last_date for row in store.stories()]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated, reverse=True)
    assert dates[len(dated) :] == [None] * (len(dates) - len(dated))


def test_store_unknown_story_names_the_fix(store: Store, tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    with pytest.raises(NotFoundError) as raised:
        store.story("x")
    assert str(raised.value) == (
        f"[B005] No story 'x' in {db}: run `bantin stories --db {db}` to list them"
    )
    with pytest.raises(NotFoundError, match="No story 'x'"):
        store.brief("x")


def test_store_story_without_brief_says_so(store: Store) -> None:
    story = fixture_records().stories[0]
    store.write_batch(stories=[story.model_copy(update={"id": "khong-tom-tat"})])
    with pytest.raises(NotFoundError, match=r"'khong-tom-tat' .* has no brief"):
        store.brief("khong-tom-tat")


def test_store_batch_is_all_or_nothing(store: Store) -> None:
    records = fixture_records()
    fresh = records.articles[0].model_copy(update={"id": "moi"})
    broken = Story(id="s-hong", thread_id="t", title="Hỏng", article_ids=("moi", "khong-co"))
    before = (store.stories(), store.rejections(), store.grouper_state())
    with pytest.raises(StoreError, match=r"s-hong.*khong-co"):
        store.write_batch(
            articles=[fresh],
            rejections=[Rejection(path="x.txt", reason="empty")],
            stories=[broken],
            grouper_state=GrouperState(header='{"lost": true}'),
        )
    assert store.known_ids(["moi"]) == set()
    assert (store.stories(), store.rejections(), store.grouper_state()) == before


def test_store_refuses_brief_without_story(store: Store) -> None:
    brief = fixture_records().briefs[0].model_copy(update={"id": "mo-coi"})
    with pytest.raises(StoreError, match="mo-coi"):
        store.write_batch(briefs=[brief])


def test_store_upsert_replaces_membership_and_keeps_brief(store: Store) -> None:
    landslide = fixture_records().stories[0]
    smaller = landslide.model_copy(
        update={"article_ids": landslide.article_ids[:1], "duplicate_of": {}, "title": "Mới"}
    )
    store.write_batch(stories=[smaller])
    assert store.story(landslide.id) == smaller
    row = next(r for r in store.stories() if r.id == landslide.id)
    assert (row.n_articles, row.title) == (1, "Mới")
    assert isinstance(store.brief(landslide.id), Brief)


def test_store_removed_story_goes_with_its_brief(store: Store, tmp_path: Path) -> None:
    aid, landslide = fixture_records().stories[1], fixture_records().stories[0]
    merged = landslide.model_copy(update={"article_ids": landslide.article_ids + aid.article_ids})
    store.write_batch(stories=[merged], removed_story_ids=[aid.id])
    assert aid.id not in {r.id for r in store.stories()}
    with pytest.raises(NotFoundError):
        store.brief(aid.id)
    conn = sqlite3.connect(tmp_path / "news.db")
    members = conn.execute("SELECT count(*) FROM story_articles WHERE story_id = ?", (aid.id,))
    assert members.fetchone() == (0,)
    assert store.story(landslide.id).article_ids == merged.article_ids


def test_store_rejections_filter_by_run(store: Store) -> None:
    run_id = store.start_run(["moi.txt"])
    late = Rejection(path="moi.txt", reason="undecodable", detail="not UTF-8 or UTF-16")
    store.write_batch(rejections=[late], run_id=run_id)
    store.finish_run(run_id, added=0, rejected=1)
    assert store.rejections(run_id) == [late]
    assert store.rejections() == [*fixture_records().rejections, late]


def test_store_finish_unknown_run_raises(store: Store) -> None:
    with pytest.raises(NotFoundError, match="No run 999"):
        store.finish_run(999, added=0, rejected=0)


def entry(section: str, key: str, value: str) -> StateEntry:
    return StateEntry(section, key, value)


def test_store_grouper_state_changes_merge_and_complete_state_replaces(tmp_path: Path) -> None:
    with Store(tmp_path / "news.db") as store:
        assert store.grouper_state() is None
        first = (entry("df", "mỹ", "1"), entry("story", "0", "{}"))
        store.write_batch(grouper_state=GrouperState(header='{"v": 1}', entries=first))
        changes = (entry("df", "mỹ", "2"), entry("df", "niger", "1"))
        store.write_batch(
            grouper_state=GrouperState(header='{"v": 2}', entries=changes, complete=False)
        )
        store.write_batch()  # no state given: the stored one stays
        merged = store.grouper_state()
        assert merged is not None and merged.header == '{"v": 2}'
        assert {(e.section, e.key): e.value for e in merged.entries} == {
            ("df", "mỹ"): "2",
            ("df", "niger"): "1",
            ("story", "0"): "{}",
        }
        assert merged.entries[0].key == "mỹ"  # an updated entry keeps its place
        store.write_batch(grouper_state=GrouperState(header='{"v": 3}', entries=changes[1:]))
        assert store.grouper_state() == GrouperState(header='{"v": 3}', entries=changes[1:])


def test_store_lists_stories_whose_brief_is_stale_until_it_is_written(tmp_path: Path) -> None:
    records = fixture_records()
    landslide = records.stories[0]
    brief = next(b for b in records.briefs if b.id == landslide.id)
    members = [a for a in records.articles if a.id in landslide.article_ids]
    with Store(tmp_path / "news.db") as store:
        store.write_batch(articles=members, stories=[landslide])
        assert store.stale_brief_ids() == [landslide.id]
        store.write_batch(briefs=[brief])
        assert store.stale_brief_ids() == []
        store.write_batch(stories=[landslide], briefs=[brief])  # written together: fresh
        assert store.stale_brief_ids() == []
        store.write_batch(stories=[landslide])  # membership rewritten: the brief is old again
        assert store.stale_brief_ids() == [landslide.id]
        assert store.brief(landslide.id) == brief  # the last complete brief stays readable
        store.write_batch(removed_story_ids=[landslide.id])
        assert store.stale_brief_ids() == []


def test_store_reader_works_while_another_connection_writes(store: Store, tmp_path: Path) -> None:
    writer = sqlite3.connect(tmp_path / "news.db", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM briefs")
    try:
        with Store(tmp_path / "news.db", create=False) as reader:
            # WAL: the reader is not blocked and sees the last committed state.
            assert len(reader.briefs()) == len(fixture_records().briefs)
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_store_write_waits_for_lock_then_reports_store_error(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    Store(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        store = Store(path)
        store._conn.execute("PRAGMA busy_timeout = 50")  # do not wait the default 30 s here
        with pytest.raises(StoreError, match="nothing was written"):
            store.write_batch(grouper_state=GrouperState(header="{}"))
        store.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
