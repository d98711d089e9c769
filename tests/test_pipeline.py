"""End to end on the real seed pages: stories, junk-free summaries, idempotent re-runs,
bad inputs that lose nothing, and a crash mid-run that a re-run completes."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bantin import pipeline
from bantin.analyse import Analyser
from bantin.errors import ConfigError, StoreError
from bantin.fixtures import fixture_records
from bantin.models import RawArticle, Rejection
from bantin.pipeline import RunResult, regroup, run
from bantin.store import Store

JUNK = ("Video đang HOT", "READ", "Trả lời", "Email của bạn", "Ảnh:", "Giao tranh tại Sudan")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> tuple[Path, RunResult]:
    db = tmp_path_factory.mktemp("seeds") / "news.db"
    return db, run([str(seeds_dir)], db=db)


def test_run_seeds_makes_two_stories(seeded: tuple[Path, RunResult]) -> None:
    db, result = seeded
    with Store(db) as store:
        stories = store.stories()
    assert len(stories) == 2
    briefs = result.briefs
    assert len(briefs) == 2
    assert all(brief.summary for brief in briefs)


def test_run_seeds_withdrawal_story_has_both_pages(seeded: tuple[Path, RunResult]) -> None:
    _, result = seeded
    by_size = sorted(result.briefs, key=lambda b: len(b.articles))
    ecowas, withdrawal = by_size
    assert sorted(Path(a.path).name[:3] for a in withdrawal.articles) == ["000", "001"]
    assert [Path(a.path).name[:3] for a in ecowas.articles] == ["000"]
    assert "ECOWAS" in ecowas.title
    # Two articles split from one page share that page's path.
    assert ecowas.articles[0].path in {a.path for a in withdrawal.articles}


def test_run_seeds_undated_pages_list_their_stories_by_inferred_dates(
    seeded: tuple[Path, RunResult],
) -> None:
    # The seed pages carry no publication date; their texts date them ("hôm 22/4" after a
    # "tháng 7/2023"), so the older ECOWAS story lists after the withdrawal, marked inferred.
    db, result = seeded
    with Store(db) as store:
        rows = store.stories()
        for row in rows:
            implied = sorted(
                a.reference_date
                for a in store.articles(store.story(row.id).article_ids)
                if a.reference_date
            )
            assert row.dates_inferred
            assert (row.first_date, row.last_date) == (implied[0], implied[-1])
    assert [r.last_date for r in rows] == sorted((r.last_date for r in rows), reverse=True)
    ecowas = next(b for b in result.briefs if "ECOWAS" in b.title)
    assert rows[-1].id == ecowas.id


def test_run_seeds_summary_is_attributed_and_free_of_junk(seeded: tuple[Path, RunResult]) -> None:
    db, result = seeded
    with Store(db) as store:
        for brief in result.briefs:
            members = {a.id: a for a in store.articles([r.id for r in brief.articles])}
            for sentence in brief.summary:
                assert not any(junk in sentence.text for junk in JUNK)
                source = members[sentence.article_id].sentences[sentence.sentence]
                assert source.text == sentence.text
        for article in store.articles():
            for sentence in article.sentences:
                assert not any(junk in sentence.text for junk in JUNK), sentence.text


def test_run_twice_adds_nothing(seeded: tuple[Path, RunResult], seeds_dir: Path) -> None:
    db, first = seeded
    again = run([str(seeds_dir)], db=db)
    assert again.added == 0
    assert {r.reason for r in again.rejected} == {"duplicate"}
    # One line per page, even for the page that was split into two articles.
    assert sorted(r.path for r in again.rejected) == sorted(map(str, seeds_dir.iterdir()))
    assert {b.id for b in again.briefs} == {b.id for b in first.briefs}


def test_run_bad_inputs_are_rejected_and_the_batch_goes_on(tmp_path: Path, seeds_dir: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(seeds_dir, folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (folder / "copy.txt").write_bytes((seeds_dir / "001_08a561256ea0afcd.txt").read_bytes())
    lines: list[str] = []
    result = run(
        [str(folder)], db=tmp_path / "news.db", on_rejection=lambda r: lines.append(r.message())
    )
    reasons = {Path(r.path).name: r.reason for r in result.rejected}
    assert reasons["empty.txt"] == "empty"
    assert reasons["binary.txt"] == "binary"
    # The copy is read first (sorted order), so one of the two names is the duplicate.
    names = ("copy.txt", "001_08a561256ea0afcd.txt")
    assert sorted(reasons.get(n) or "" for n in names) == ["", "duplicate"]
    assert result.added == 3
    assert all("\n" not in line and line for line in lines)


def test_run_crash_mid_run_leaves_a_store_a_rerun_completes(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "news.db"
    calls = {"n": 0}
    original = Store.write_batch

    def crash_on_second_batch(self: Store, **kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt("simulated crash")
        original(self, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "write_batch", crash_on_second_batch)
    with pytest.raises(KeyboardInterrupt):
        run([str(seeds_dir)], db=db, batch_size=1)
    monkeypatch.setattr(Store, "write_batch", original)
    with Store(db) as store:
        assert len(store.articles()) == 2  # the first page's two stories, nothing half-written
        assert len(store.stale_brief_ids()) == 2  # the crash came before their briefs
    result = run([str(seeds_dir)], db=db, batch_size=1)
    assert result.added == 1
    with Store(db) as store:
        assert len(store.articles()) == 3
        assert len(store.stories()) == 2
        assert store.stale_brief_ids() == []
        for row in store.stories():
            assert len(store.brief(row.id).articles) == row.n_articles


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"max_words": 0}, "'max_words' of run must be an int in"),
    ({"engine": "spark"}, "'engine' of run must be one of auto, local, dask"),
    ({"batch_size": 0}, "'batch_size' of run must be an int in"),
])  # fmt: skip
def test_run_validates_parameters_before_any_work(
    tmp_path: Path, kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        run(["nothing"], db=tmp_path / "x.db", **kwargs)  # type: ignore[arg-type]
    assert not (tmp_path / "x.db").exists()


def test_run_on_dask_gives_the_same_stories_as_local(
    tmp_path: Path, seeds_dir: Path, seeded: tuple[Path, RunResult]
) -> None:
    pytest.importorskip("dask.distributed")
    _, local = seeded
    distributed = run([str(seeds_dir)], db=tmp_path / "dask.db", engine="dask", workers=2)
    assert [b.model_dump() for b in distributed.briefs] == [b.model_dump() for b in local.briefs]


@pytest.mark.parametrize(
    ("articles", "big"),
    [(0, False), (pipeline.AUTO_DASK_ARTICLES - 1, False), (pipeline.AUTO_DASK_ARTICLES, True)],
)
def test_auto_engine_starts_dask_only_when_the_work_pays_for_it(
    monkeypatch: pytest.MonkeyPatch, articles: int, big: bool
) -> None:
    started: list[int] = []
    monkeypatch.setattr(pipeline, "DaskEngine", started.append)  # a cluster takes seconds
    runner = pipeline.make_engine("auto", 2, articles)
    with_dask = big and importlib.util.find_spec("distributed") is not None
    assert started == ([2] if with_dask else [])
    assert isinstance(runner, pipeline.LocalEngine) != with_dask


def test_run_sizes_its_input_for_the_auto_engine(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sized: list[int] = []

    def make_engine(engine: str, workers: int, articles: int = 0) -> pipeline.LocalEngine:
        sized.append(articles)
        return pipeline.LocalEngine()

    monkeypatch.setattr(pipeline, "make_engine", make_engine)
    run([str(seeds_dir)], db=tmp_path / "auto.db")
    run([str(seeds_dir)], db=tmp_path / "local.db", engine="local")
    seed_bytes = sum(p.stat().st_size for p in seeds_dir.iterdir())
    assert sized == [seed_bytes // pipeline.TEXT_BYTES_PER_ARTICLE, 0]


def test_run_on_dask_without_the_extra_names_the_extra(tmp_path: Path, seeds_dir: Path) -> None:
    if importlib.util.find_spec("dask") is not None:
        pytest.skip("dask is installed: the core-only test run (scripts/test.sh) covers this")
    with pytest.raises(ConfigError, match=r"pip install 'bantin\[dask\]'"):
        run([str(seeds_dir)], db=tmp_path / "dask.db", engine="dask", workers=2)


def test_run_refuses_a_store_with_stories_but_no_grouper_state(
    tmp_path: Path, seeds_dir: Path
) -> None:
    db = tmp_path / "news.db"
    records = fixture_records()
    with Store(db) as store:
        store.write_batch(articles=records.articles, stories=records.stories)
    with pytest.raises(StoreError, match="no grouper state"):
        run([str(seeds_dir)], db=db)
    with Store(db) as store:
        assert len(store.articles()) == len(records.articles)  # nothing added


def _memberships(db: Path) -> dict[str, tuple[str, ...]]:
    with Store(db) as store:
        return {row.id: store.story(row.id).article_ids for row in store.stories()}


def test_regroup_mends_a_store_whose_grouper_state_is_refused(
    tmp_path: Path, seeds_dir: Path, seeded: tuple[Path, RunResult]
) -> None:
    fresh, _ = seeded
    db = tmp_path / "old.db"
    shutil.copy(fresh, db)
    with sqlite3.connect(db) as conn:  # as an older bantin would have saved it
        conn.execute("UPDATE grouper_state SET state = json_set(state, '$.version', 1)")
    with pytest.raises(ConfigError, match="bantin regroup"):
        run([str(seeds_dir)], db=db)
    briefs = regroup(db=db)
    assert _memberships(db) == _memberships(fresh)
    assert {b.id for b in briefs} == set(_memberships(fresh))
    with Store(db) as store:
        assert store.stale_brief_ids() == []
        assert {b.id for b in store.briefs()} == {b.id for b in briefs}
    again = run([str(seeds_dir)], db=db)  # the store is usable again
    assert again.added == 0 and {r.reason for r in again.rejected} == {"duplicate"}


def test_regroup_replaces_stories_grouped_without_a_state(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    records = fixture_records()
    with Store(db) as store:
        store.write_batch(articles=records.articles, stories=records.stories)
    briefs = regroup(db=db)
    grouped = _memberships(db)
    assert sorted(i for ids in grouped.values() for i in ids) == sorted(
        a.id for a in records.articles
    )
    assert {b.id for b in briefs} == set(grouped)
    with Store(db) as store:
        assert store.grouper_state() is not None


def test_regroup_of_a_missing_store_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        regroup(db=tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


TOWNS = ["Huế", "Cần Thơ", "Đà Nẵng", "Hải Phòng", "Vinh"]
WORKS = ["cầu mới", "bệnh viện", "trường học", "nhà máy nước", "chợ đầu mối"]
PAGES = [
    f"{place} khởi công {thing}\n{place} khởi công {thing} với tổng vốn {n} tỷ đồng sáng nay. "
    f"Lãnh đạo thành phố cho biết {thing} sẽ hoàn thành sau {n % 4 + 1} năm.\n"
    for n, (place, thing) in enumerate(zip(TOWNS, WORKS, strict=True), start=120)
]


@pytest.mark.parametrize(("batch_size", "first"), [(256, "as FEED:1#a"), (2, "already stored")])
def test_run_jsonl_rejections_name_the_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch_size: int, first: str
) -> None:
    feed = tmp_path / "feed.jsonl"
    records = [{"id": "a", "text": PAGES[0]}, {"id": "b", "text": "HỎNG " + PAGES[1]}]
    records += [{"id": "c", "text": PAGES[0]}, {"text": PAGES[0]}]
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    real = pipeline.analyse_page

    def fails_on_marked_page(raw: RawArticle, analyser: Analyser | None = None) -> list[object]:
        if raw.text.startswith("HỎNG"):
            raise ValueError("simulated stage failure")
        return real(raw, analyser)  # type: ignore[return-value]

    monkeypatch.setattr(pipeline, "analyse_page", fails_on_marked_page)
    result = run([str(feed)], db=tmp_path / "news.db", batch_size=batch_size)
    assert [(r.path, r.reason) for r in result.rejected] == [
        (f"{feed}:2#b", "error"),
        (f"{feed}:3#c", "duplicate"),
        (f"{feed}:4", "duplicate"),
    ]
    assert first.replace("FEED", str(feed)) in result.rejected[1].detail
    assert result.added == 1


def test_a_page_is_named_on_one_line_whatever_its_input_id() -> None:
    raw = RawArticle(path="feed.jsonl", text="x", external_id="a\nb", line=3, format="jsonl")
    assert pipeline.page_label(raw) == "feed.jsonl:3#a\\nb"


def test_run_file_name_not_in_utf8_is_read_and_stored(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(os.fsencode(folder) + b"/tin m\xf4\xf2i.txt")  # a Windows-1258 name
    Path(name).write_text(PAGES[0], encoding="utf-8")
    (folder / "empty\u00e0.txt").write_bytes(b"")
    result = run([str(folder), name], db=tmp_path / "news.db")
    assert result.added == 1
    assert [(r.path, r.reason) for r in result.rejected] == [
        (str(folder / "empty\u00e0.txt"), "empty"),
        (f"{folder}/tin m\\xf4\\xf2i.txt", "duplicate"),
    ]
    with Store(tmp_path / "news.db") as store:
        assert [a.path for a in store.articles()] == [f"{folder}/tin m\\xf4\\xf2i.txt"]


def test_run_interrupted_while_reading_then_rerun_completes_without_duplicates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n, page in enumerate(PAGES):
        (folder / f"{n}.txt").write_text(page, encoding="utf-8")
    real = pipeline.read_paths

    def interrupted(*args: Any, **kwargs: Any) -> Iterator[object]:
        for count, item in enumerate(real(*args, **kwargs)):
            if count == 3:
                raise KeyboardInterrupt("simulated Ctrl-C while reading")
            yield item

    monkeypatch.setattr(pipeline, "read_paths", interrupted)
    db = tmp_path / "news.db"
    with pytest.raises(KeyboardInterrupt):
        run([str(folder)], db=db, batch_size=1)
    monkeypatch.setattr(pipeline, "read_paths", real)
    with Store(db) as store:
        stored = len(store.articles())
    assert 0 < stored < len(PAGES)  # whole batches before the interrupt, nothing after
    result = run([str(folder)], db=db, batch_size=1)
    assert result.added == len(PAGES) - stored
    assert {r.reason for r in result.rejected} == {"duplicate"}
    with Store(db) as store:
        assert len(store.articles()) == len(PAGES)
        assert store.stale_brief_ids() == []
        assert sum(row.n_articles for row in store.stories()) == len(PAGES)


def test_a_story_whose_brief_fails_is_stored_with_its_sources_and_the_run_goes_on(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bantin.brief.build as build

    def broken(*args: object, **kwargs: object) -> list[object]:
        raise RuntimeError("summariser broke\non two lines")

    monkeypatch.setattr(build, "summarise", broken)
    told: list[Rejection] = []
    db = tmp_path / "news.db"
    result = run([str(seeds_dir)], db=db, engine="local", on_rejection=told.append)
    assert len(result.briefs) == 2
    assert all(b.summary == () and b.articles for b in result.briefs)
    failed = [r for r in result.rejected if r.reason == "brief_failed"]
    assert {r.path for r in failed} == {f"story {b.id}" for b in result.briefs}
    assert told == failed
    assert all(r.detail == "RuntimeError: summariser broke" for r in failed)
    with Store(db) as store:
        assert store.stale_brief_ids() == []
        assert store.run_detail(result.run_id).rejections == tuple(failed)
