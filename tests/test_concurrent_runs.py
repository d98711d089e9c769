"""Two runs on one store: the second waits for the first, so no event is opened twice and the
grouper's saved state still describes every stored story."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from pathlib import Path

import httpx
import pytest

from bantin.errors import StoreError
from bantin.group import StoryGrouper
from bantin.pipeline import run
from bantin.store import Store


def _check_consistent(db: Path) -> list[set[str]]:
    """Each stored story's pages; fails when the saved grouper state disagrees with the
    stories table (a lost update)."""
    with Store(db) as store:
        rows = store.stories()
        state = store.grouper_state()
        assert state is not None
        saved = {s.id: s for s in StoryGrouper().set_state(state).stories_}
        assert set(saved) == {row.id for row in rows}
        pages = []
        for row in rows:
            story = store.story(row.id)
            assert set(story.article_ids) == set(saved[row.id].article_ids)
            members = store.articles(story.article_ids)
            pages.append({a.external_id or Path(a.path or "").name[:3] for a in members})
        return sorted(pages, key=sorted)


def test_run_inside_another_runs_write_waits_and_gives_up_at_its_timeout(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "news.db"
    first, second = sorted(str(p) for p in seeds_dir.iterdir())
    original = Store.write_batch
    refused: list[str] = []

    def rival_run_mid_batch(self: Store, **kwargs: object) -> None:
        if not refused:
            notices: list[str] = []
            with pytest.raises(StoreError) as error:
                run([second], db=db, lock_timeout=0.2, on_wait=notices.append)
            refused.append(str(error.value))
            assert len(notices) == 1
        original(self, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "write_batch", rival_run_mid_batch)
    run([first], db=db)
    monkeypatch.setattr(Store, "write_batch", original)
    assert refused and "another bantin run" in refused[0]
    run([second], db=db)
    assert _check_consistent(db) == [{"000"}, {"000", "001"}]


@pytest.mark.slow
def test_two_bantin_runs_at_once_give_the_stories_of_one_after_the_other(
    tmp_path: Path, seeds_dir: Path
) -> None:
    db = tmp_path / "news.db"
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "bantin", "run", str(page), "--db", str(db)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for page in sorted(seeds_dir.iterdir())
    ]
    errors = [process.communicate(timeout=120)[1] for process in runs]
    assert [process.returncode for process in runs] == [0, 0], errors
    # The withdrawal is one story of both pages; the page's older ECOWAS story stays apart.
    assert _check_consistent(db) == [{"000"}, {"000", "001"}]


@pytest.mark.slow
def test_two_posts_at_once_to_a_served_store_group_like_one_after_the_other(
    tmp_path: Path, seeds_dir: Path, served: Callable[..., AbstractContextManager[str]]
) -> None:
    db = tmp_path / "news.db"
    Store(db).close()
    bodies = [
        json.dumps(
            {"id": page.name[:3], "text": page.read_text(encoding="utf-8")}, ensure_ascii=False
        ).encode()
        for page in sorted(seeds_dir.glob("*.txt"))
    ]
    with served(db, "--ingest") as base, ThreadPoolExecutor(2) as pool:
        responses = list(
            pool.map(lambda b: httpx.post(f"{base}/articles", content=b, timeout=120), bodies)
        )
    assert [r.status_code for r in responses] == [200, 200]
    assert sum(r.json()["added"] for r in responses) == 3
    assert _check_consistent(db) == [{"000"}, {"000", "001"}]
