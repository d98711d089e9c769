"""The runner: reads inputs, runs the per-article stages locally or on Dask, groups, briefs, stores.

The runner owns batching, parallelism and the failure policy; stages only transform records.
Each batch is written in one store transaction together with the grouper's state, so a crash
between batches loses nothing that was committed and a re-run skips what is already stored.
"""

from __future__ import annotations

import importlib.util
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from typing import Any, BinaryIO, TextIO, TypeVar

from .analyse import Analyser
from .brief import build_brief
from .brief.build import sources_brief
from .clean import clean_article, split_stories
from .errors import ConfigError, StoreError, check_range
from .group import StoryGrouper
from .group.edits import group_with_edits
from .ingest import input_bytes, path_label, read_paths
from .ingest.paths import STDIN
from .models import AnalysedArticle, Brief, RawArticle, Rejection, Story
from .store import Store
from .store.lock import writing

T = TypeVar("T")
U = TypeVar("U")
ENGINES: tuple[str, ...] = ("auto", "local", "dask")
# A local Dask cluster takes a few seconds to start and load the models into its workers, then
# runs about 1.5x as fast on 2 cores: it already wins at 300 articles (benchmarks/throughput.py:
# 15.4 s against 19.1 s in-process). News text runs about 3 kB an article.
AUTO_DASK_ARTICLES = 300
TEXT_BYTES_PER_ARTICLE = 3_000


@dataclass(frozen=True)
class PageResult:
    """What the per-article stages made of one page: its articles, or why it failed."""

    where: str = "-"  # the page as a rejection names it: see ``page_label``
    articles: tuple[AnalysedArticle, ...] = ()
    rejection: Rejection | None = None


def page_label(raw: RawArticle, stdin_name: str = STDIN) -> str:
    """How a rejection names a page: its path (``stdin_name`` for stdin), JSONL line and
    input id."""
    where = raw.path or stdin_name
    if raw.line is not None:
        where = f"{where}:{raw.line}"
    if raw.external_id:
        where = f"{where}#{path_label(raw.external_id)}"  # an id may hold a line break
    return where


def analyse_page(raw: RawArticle, analyser: Analyser | None = None) -> list[AnalysedArticle]:
    """Clean, split and analyse one page; errors propagate. The evaluations call this too,
    so they measure exactly the per-page path of ``bantin run``."""
    analyser = analyser or _default_analyser()
    return [analyser(part) for part in split_stories(clean_article(raw))]


def process_page(
    raw: RawArticle, analyser: Analyser | None = None, stdin_name: str = STDIN
) -> PageResult:
    """``analyse_page`` under the runner's failure policy. A pure function of the page: safe
    to ship to Dask."""
    where = page_label(raw, stdin_name)
    try:
        articles = analyse_page(raw, analyser)
        if not articles:
            empty = Rejection(path=where, reason="no_text", detail="nothing left after cleaning")
            return PageResult(where, rejection=empty)
        return PageResult(where, articles=tuple(articles))
    except Exception as exc:  # the runner's failure policy: one page fails, the batch goes on
        detail = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
        return PageResult(where, rejection=Rejection(path=where, reason="error", detail=detail))


_ANALYSER: Analyser | None = None


def _default_analyser() -> Analyser:
    # One analyser per process: building it loads underthesea's models once, not per page.
    global _ANALYSER
    if _ANALYSER is None:
        _ANALYSER = Analyser()
    return _ANALYSER


def _process_pages(raws: list[RawArticle], stdin_name: str = STDIN) -> list[PageResult]:
    return [process_page(raw, stdin_name=stdin_name) for raw in raws]


BriefJob = tuple[Story, tuple[AnalysedArticle, ...], int]


BriefResult = tuple[Brief, Rejection | None]


def _build_briefs(jobs: list[BriefJob]) -> list[BriefResult]:
    """Briefs of several stories; like ``process_page``, a pure function safe to ship."""
    return [_brief_or_sources(story, members, max_words) for story, members, max_words in jobs]


def _brief_or_sources(
    story: Story, members: tuple[AnalysedArticle, ...], max_words: int
) -> BriefResult:
    """The story's brief; when building it fails, its sources alone and why (a story that
    cannot be briefed must not stop every later run, which would brief it again)."""
    try:
        return build_brief(story, members, max_words=max_words), None
    except Exception as exc:  # the runner's failure policy: one story fails, the rest go on
        detail = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
        failed = Rejection(path=f"story {story.id}", reason="brief_failed", detail=detail)
        return sources_brief(story, members), failed


class LocalEngine:
    """Runs chunks of work in this process, at once."""

    def submit(self, fn: Callable[[list[T]], list[U]], items: list[T]) -> list[U]:
        return fn(items)

    def gather(self, handle: Any) -> list[Any]:
        return handle

    def close(self) -> None:
        return None


class DaskEngine:
    """Runs chunks of work on a local Dask cluster of worker processes.

    ``submit`` returns at once, so the runner can group, brief and store one batch while the
    workers analyse the next.
    """

    def __init__(self, workers: int) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise ConfigError(
                "engine 'dask' needs the dask extra: pip install 'bantin[dask]'"
            ) from exc
        self.workers = workers
        # Some imported library configures the root logger at INFO; keep Dask's chatter out.
        for name in ("distributed", "tornado", "bokeh"):
            logging.getLogger(name).setLevel(logging.ERROR)
        self.cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            scheduler_kwargs={"dashboard": False},
            silence_logs=logging.ERROR,
        )
        self.client = Client(self.cluster)

    def submit(self, fn: Callable[[list[T]], list[U]], items: list[T]) -> tuple[list[Any], int]:
        # Round-robin chunks spread long and short items evenly over the workers.
        chunks = [items[i :: self.workers] for i in range(self.workers)]
        return self.client.map(fn, [c for c in chunks if c], pure=False), len(items)

    def gather(self, handle: Any) -> list[Any]:
        futures, size = handle
        results: list[Any] = [None] * size
        for offset, chunk_results in enumerate(self.client.gather(futures)):
            results[offset :: self.workers] = chunk_results
        return results

    def close(self) -> None:
        self.client.close()
        self.cluster.close()


Runner = LocalEngine | DaskEngine


def make_engine(engine: str, workers: int, articles: int = 0) -> Runner:
    """The runner ``engine`` names; ``auto`` is Dask when the dask extra is installed and the
    work (about ``articles`` articles) is big enough to pay for starting a cluster."""
    if engine not in ENGINES:
        raise ConfigError(f"'engine' of run must be one of {', '.join(ENGINES)}; got {engine!r}")
    check_range("run", "workers", workers, 1, 64, int)
    if engine == "auto":
        big = articles >= AUTO_DASK_ARTICLES
        engine = "dask" if big and importlib.util.find_spec("distributed") else "local"
    return DaskEngine(workers) if engine == "dask" else LocalEngine()


@dataclass
class RunResult:
    """What one ``run`` did: counts, rejections and the briefs of the stories it touched."""

    run_id: int
    pages: int = 0
    added: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    briefs: list[Brief] = field(default_factory=list)


Item = RawArticle | Rejection


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def run(
    paths: Sequence[str],
    *,
    db: str | os.PathLike[str] = "bantin.db",
    max_words: int = 120,
    engine: str = "auto",
    workers: int = 2,
    batch_size: int = 256,
    stdin: TextIO | BinaryIO | None = None,
    on_rejection: Callable[[Rejection], None] | None = None,
    lock_timeout: float | None = None,
    on_wait: Callable[[str], None] | None = None,
    convert_legacy: bool = False,
    stdin_name: str = STDIN,
) -> RunResult:
    """Ingest ``paths`` into the store at ``db``, group them into stories and brief each story.

    Running the same input twice adds nothing: articles are keyed by a hash of their
    normalised text, and a known article comes back as a ``duplicate`` rejection. One run
    writes a store at a time: another waits for it (``on_wait`` is told once), for at most
    ``lock_timeout`` seconds when given (``bantin.store.lock``). ``convert_legacy`` converts
    pages in a legacy Vietnamese encoding instead of refusing them (``read_paths``). The run
    log and the rejections name standard input ``stdin_name`` (``POST /articles`` for pages
    sent over HTTP: its line 3 is ``POST /articles:3``).
    """
    check_range("run", "max_words", max_words, 10, 5000, int)
    check_range("run", "batch_size", batch_size, 1, 100_000, int)
    expected = input_bytes(paths) // TEXT_BYTES_PER_ARTICLE if engine == "auto" else 0
    runner = make_engine(engine, workers, expected)
    store = Store(db)
    try:
        with writing(db, lock_timeout, on_wait):
            items = read_paths(
                paths, stdin=stdin, convert_legacy=convert_legacy, stdin_name=stdin_name
            )
            inputs = [stdin_name if p == STDIN else path_label(p) for p in paths]
            process = partial(_process_pages, stdin_name=stdin_name)
            return _run(inputs, items, process, store, runner, max_words, batch_size, on_rejection)
    finally:
        runner.close()
        store.close()


def _run(
    inputs: Sequence[str],
    items: Iterable[Item],
    process: Callable[[list[RawArticle]], list[PageResult]],
    store: Store,
    runner: Runner,
    max_words: int,
    batch_size: int,
    on_rejection: Callable[[Rejection], None] | None,
) -> RunResult:
    grouper = stored_grouper(store)
    result = RunResult(run_id=store.start_run(inputs))
    touched: dict[str, None] = {}  # story ids, in first-touched order
    pending: tuple[list[Rejection], Any] | None = None
    for batch in _batches(items, batch_size):
        raws = [item for item in batch if isinstance(item, RawArticle)]
        result.pages += len(raws)
        submitted = (
            [i for i in batch if isinstance(i, Rejection)],
            runner.submit(process, raws),
        )
        if pending is not None:
            _finish_batch(pending, runner, grouper, store, result, touched, max_words, on_rejection)
        pending = submitted
    if pending is not None:
        _finish_batch(pending, runner, grouper, store, result, touched, max_words, on_rejection)
    result.rejected += refresh_briefs(
        store, runner, max_words, batch_size, run_id=result.run_id, on_rejection=on_rejection
    )
    store.finish_run(result.run_id, added=result.added, rejected=len(result.rejected))
    result.briefs = [store.brief(story_id) for story_id in touched]
    return result


def stored_grouper(store: Store) -> StoryGrouper:
    """The grouper as the store's last run left it (a new one for a new store)."""
    grouper = StoryGrouper()
    state = store.grouper_state()
    if state is not None:
        grouper.set_state(state)
    elif store.stories():
        # Stories without the state that grouped them (a store from before keyed state):
        # grouping on from nothing would split every story in two.
        raise StoreError(
            f"{store.path} holds stories but no grouper state (written by an older bantin):"
            f" run 'bantin regroup --db {store.path}' first"
        )
    return grouper


def regroup(
    *,
    db: str | os.PathLike[str] = "bantin.db",
    max_words: int = 120,
    engine: str = "auto",
    workers: int = 2,
    batch_size: int = 256,
    lock_timeout: float | None = None,
    on_wait: Callable[[str], None] | None = None,
    on_rejection: Callable[[Rejection], None] | None = None,
) -> list[Brief]:
    """Group every stored article again, from nothing and in the order it was stored, and
    brief the new stories; returns their briefs. Waits for a run writing the store, as
    ``run`` does; a story whose brief fails is told to ``on_rejection``.

    For a store whose grouper state this bantin refuses (written by an older version), or to
    apply new grouping defaults. Articles are neither re-read nor re-analysed. Editors' merges
    and moves (``bantin.editing``) are made again where they were made in the stream. The old
    stories and state are replaced in one transaction, so a crash leaves the old grouping intact;
    a crash while briefing leaves the new stories listed as stale for the next run.
    """
    check_range("regroup", "max_words", max_words, 10, 5000, int)
    check_range("regroup", "batch_size", batch_size, 1, 100_000, int)
    store = Store(db, create=False)
    try:
        runner = make_engine(engine, workers, store.article_count())
        try:
            with writing(db, lock_timeout, on_wait):
                run_id = store.start_run(["regroup"])
                grouper = StoryGrouper()
                batches = store.article_batches(batch_size)
                group_with_edits(grouper, batches, store.story_edits(), store.articles)
                store.write_batch(
                    stories=grouper.stories_,
                    removed_story_ids=[row.id for row in store.stories()],
                    grouper_state=grouper.get_state(),
                )
                failed = refresh_briefs(
                    store, runner, max_words, batch_size, run_id=run_id, on_rejection=on_rejection
                )
                store.finish_run(run_id, added=0, rejected=len(failed))
                return [store.brief(story.id) for story in grouper.stories_]
        finally:
            runner.close()
    finally:
        store.close()


def _finish_batch(
    pending: tuple[list[Rejection], Any],
    runner: Runner,
    grouper: StoryGrouper,
    store: Store,
    result: RunResult,
    touched: dict[str, None],
    max_words: int,
    on_rejection: Callable[[Rejection], None] | None,
) -> None:
    """Group one analysed batch and store it with the stories it changed, all at once.

    Their briefs wait for the end of the run (``refresh_briefs``): a story that grows in
    many batches is then briefed once, not once per batch.
    """
    rejections, handle = pending
    pages: list[PageResult] = runner.gather(handle)
    rejections.extend(page.rejection for page in pages if page.rejection is not None)
    articles = [article for page in pages for article in page.articles]
    new_articles, duplicates = _drop_known(pages, store)
    rejections.extend(duplicates)
    grouper.partial_fit(new_articles)
    changed_ids = set(grouper.changed_story_ids_)
    store.write_batch(
        articles=new_articles,
        rejections=rejections,
        stories=[s for s in grouper.stories_ if s.id in changed_ids],
        removed_story_ids=list(grouper.removed_story_ids_),
        grouper_state=grouper.state_changes(),
        run_id=result.run_id,
    )
    result.added += len(new_articles)
    result.rejected.extend(rejections)
    if on_rejection is not None:
        for rejection in rejections:
            on_rejection(rejection)
    for article in articles:
        story_id = grouper.story_for(article.id)
        if story_id is not None:
            touched.setdefault(story_id)


def _drop_known(
    pages: list[PageResult], store: Store
) -> tuple[list[AnalysedArticle], list[Rejection]]:
    """Split off articles whose text is already stored or repeated within this batch: one
    ``duplicate`` rejection per page, naming each repeated article."""
    known = store.known_ids(a.id for page in pages for a in page.articles)
    first_seen: dict[str, str] = {}  # article id -> the page of this batch it came from
    fresh: list[AnalysedArticle] = []
    duplicates: list[Rejection] = []
    for page in pages:
        repeats: list[str] = []
        for article in page.articles:
            if article.id in first_seen:
                repeats.append(f"article {article.id} (as {first_seen[article.id]})")
            elif article.id in known:
                repeats.append(f"article {article.id} (already stored)")
            else:
                first_seen[article.id] = page.where
                fresh.append(article)
        if repeats:
            count = len(page.articles)
            share = "" if count == 1 else f"{len(repeats)} of its {count} articles: "
            detail = f"{share}same text as {'; '.join(repeats)}"
            duplicates.append(Rejection(path=page.where, reason="duplicate", detail=detail))
    return fresh, duplicates


def refresh_briefs(
    store: Store,
    runner: Runner,
    max_words: int,
    chunk: int,
    run_id: int | None = None,
    on_rejection: Callable[[Rejection], None] | None = None,
) -> list[Rejection]:
    """Brief every story whose brief is stale (this run's, or a crashed run's), ``chunk``
    stories per store transaction; the next chunk is submitted before this one is stored.
    A story whose brief fails is stored with its sources only, and the failure is stored
    with the run's rejections, reported and returned."""
    stale = store.stale_brief_ids()
    failures: list[Rejection] = []

    def store_chunk(handle: Any) -> None:
        results: list[BriefResult] = runner.gather(handle)
        failed = [failure for _, failure in results if failure is not None]
        store.write_batch(briefs=[brief for brief, _ in results], rejections=failed, run_id=run_id)
        failures.extend(failed)
        for failure in failed:
            if on_rejection is not None:
                on_rejection(failure)

    pending: Any = None
    for start in range(0, len(stale), chunk):
        stories = [store.story(story_id) for story_id in stale[start : start + chunk]]
        members = {a.id: a for a in store.articles({i for s in stories for i in s.article_ids})}
        jobs = [(s, tuple(members[i] for i in s.article_ids), max_words) for s in stories]
        submitted = runner.submit(_build_briefs, jobs)
        if pending is not None:
            store_chunk(pending)
        pending = submitted
    if pending is not None:
        store_chunk(pending)
    return failures
