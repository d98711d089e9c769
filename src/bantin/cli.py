"""The ``bantin`` command line: each command thinly wraps the same-named library function."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TypeVar

import typer

from .errors import BantinError, ConfigError
from .models import Brief, Rejection

if TYPE_CHECKING:
    from rich.table import Table

    from .brief.render import Format
    from .models import EntityPage, StoryPage

# Plain (not boxed) usage errors: like bantin's own errors, they stay greppable text.
app = typer.Typer(
    help="Turn Vietnamese news articles into sourced story briefs.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
eval_app = typer.Typer(
    help="Measure quality on evaluation data (../shared/data format).", rich_markup_mode=None
)
app.add_typer(eval_app, name="eval")

P = ParamSpec("P")
T = TypeVar("T")

# Options several commands take: one definition, one help text.
MaxWords = Annotated[int, typer.Option(help="Word budget of each summary.")]
# the options of every listing (stories, entities)
Since = Annotated[
    str | None, typer.Option(help="Only stories with an article on or after YYYY-MM-DD.")
]
Until = Annotated[
    str | None, typer.Option(help="Only stories with an article on or before YYYY-MM-DD.")
]
PageJson = Annotated[bool, typer.Option("--json", help="Print {data, count, next_offset} as JSON.")]
PageCsv = Annotated[
    bool, typer.Option("--csv", help="Print the page's rows as CSV (UTF-8 with a BOM).")
]
OutputFormat = Annotated[str, typer.Option("--format", help="md, json or html.")]
ExistingStore = Annotated[Path, typer.Option(help="SQLite store (must exist).")]
EngineName = Annotated[
    str,
    typer.Option(
        help="local (this process), dask (a local Dask cluster), or auto: dask from about "
        "300 articles when the dask extra is installed."
    ),
]
Workers = Annotated[int, typer.Option(help="Dask worker processes.")]
LockTimeout = Annotated[
    float | None,
    typer.Option(help="Seconds to wait for another run writing the store (default: no limit)."),
]


def exit_on_bantin_error(command: Callable[P, T]) -> Callable[P, T]:
    """Print a ``BantinError`` raised by ``command`` as one line on stderr and exit 1.

    Put it under ``@app.command(...)``. Other exceptions are bugs and keep their traceback.
    """

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return command(*args, **kwargs)
        except BantinError as err:
            typer.echo(re.sub(r"\s*\n\s*", " ", str(err)).strip(), err=True)
            raise typer.Exit(1) from None

    return wrapper


@app.command("run")
@exit_on_bantin_error
def run_command(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    db: Annotated[Path, typer.Option(help="SQLite store (created).")] = Path("bantin.db"),
    fmt: OutputFormat = "md",
    out: Annotated[Path | None, typer.Option(help="Write the briefs here, not to stdout.")] = None,
    max_words: MaxWords = 120,
    engine: EngineName = "auto",
    workers: Workers = 2,
    batch_size: Annotated[int, typer.Option(help="Pages per store transaction.")] = 256,
    lock_timeout: LockTimeout = None,
    convert_legacy: Annotated[
        bool,
        typer.Option(
            help="Convert pages recognised as TCVN3, VNI, VISCII or Windows-1258 to Unicode"
            " instead of refusing them."
        ),
    ] = False,
) -> None:
    """Ingest, clean, split, group and brief; print the briefs of the stories the input touched.

    Python: ``bantin.pipeline.run(paths, db=..., max_words=..., engine=...)``.
    """
    from .brief.render import check_format, render
    from .pipeline import run

    checked = check_format(fmt)

    result = run(
        paths, db=db, max_words=max_words, engine=engine, workers=workers,
        batch_size=batch_size, on_rejection=_report, lock_timeout=lock_timeout, on_wait=_notice,
        convert_legacy=convert_legacy,
    )  # fmt: skip
    text = render(result.briefs, checked, rejected=result.rejected)
    if out is None:
        typer.echo(text)
    else:
        out.write_text(text + "\n", encoding="utf-8")
    typer.echo(
        f"{result.pages} pages, {result.added} new articles, {len(result.briefs)} stories, "
        f"{len(result.rejected)} rejected -> {db}",
        err=True,
    )


def print_table(table: Table) -> None:
    """A table at the terminal's width, or unwrapped when piped: a pipe is not 80 columns
    wide, and `grep` or `cut` want one row per line. The caption (counts, next page) follows
    on one line of its own rather than wrapped to the table's width."""
    import sys

    from rich.console import Console

    caption, table.caption = table.caption, None
    width = None if sys.stdout.isatty() else 1_000
    Console(highlight=False, width=width).print(table)
    if caption:
        typer.echo(str(caption))


def _notice(message: str) -> None:
    typer.echo(message, err=True)


def _report(rejection: Rejection) -> None:
    """One line on stderr per input (or story brief) that could not be used."""
    typer.echo(f"rejected {rejection.message()}", err=True)


@app.command("regroup")
@exit_on_bantin_error
def regroup_command(
    db: ExistingStore = Path("bantin.db"),
    max_words: MaxWords = 120,
    engine: EngineName = "auto",
    workers: Workers = 2,
    batch_size: Annotated[int, typer.Option(help="Articles grouped per step.")] = 256,
    lock_timeout: LockTimeout = None,
) -> None:
    """Group every stored article again (after an upgrade) and brief the new stories.

    Python: ``bantin.pipeline.regroup(db=..., max_words=..., engine=...)``.
    """
    from .pipeline import regroup

    briefs = regroup(
        db=db, max_words=max_words, engine=engine, workers=workers, batch_size=batch_size,
        lock_timeout=lock_timeout, on_wait=_notice, on_rejection=_report,
    )  # fmt: skip
    articles = sum(len(b.articles) for b in briefs)
    typer.echo(f"{articles} articles regrouped into {len(briefs)} stories -> {db}", err=True)


@app.command("stories")
@exit_on_bantin_error
def stories_command(
    db: Annotated[Path, typer.Option(help="SQLite store to read.")] = Path("bantin.db"),
    search: Annotated[
        str | None, typer.Option(help="Words the title must contain (case and marks ignored).")
    ] = None,
    thread: Annotated[str | None, typer.Option(help="Only the stories of this thread.")] = None,
    entity: Annotated[
        str | None,
        typer.Option(
            help="Only stories naming this person, organisation or place (or alias), whole "
            "words; marks typed must match ('Hùng' is not 'Hưng'), 'Hung' finds both."
        ),
    ] = None,
    since: Since = None,
    until: Until = None,
    limit: Annotated[int, typer.Option(help="Stories per page (1-1000).")] = 100,
    offset: Annotated[int, typer.Option(help="Stories skipped, most recent first.")] = 0,
    as_json: PageJson = False,
    as_csv: PageCsv = False,
) -> None:
    """List the stored stories, most recent first, a page at a time.

    Python: ``bantin.store.Store(db).story_page(story_query(...))``; HTTP: ``/stories.json``,
    ``/stories.csv``, ``/stories.atom``.
    """
    from .store import Store, story_query

    if as_json and as_csv:
        raise ConfigError("bantin stories: give --json or --csv, not both")

    query = story_query(
        search=search, thread=thread, entity=entity, since=since, until=until,
        limit=limit, offset=offset,
    )  # fmt: skip
    with Store(db, create=False) as store:
        page = store.story_page(query)
    caption = _page_output(page, ("story", "stories"), offset, db, as_json, as_csv)
    if caption is None:
        return
    rows = page.data
    if any(row.dates_inferred for row in rows):
        caption += " · ≈ dates inferred from the text"
    table = _table(caption)
    # ids are copied: never wrapped or cut with "…" (a terminal of 80 columns folded them)
    for name in ("id", "thread"):
        table.add_column(name, no_wrap=True, min_width=max((len(r.id) for r in rows), default=2))
    table.add_column("title", min_width=8, ratio=1)
    for name in ("#art", "#src"):
        table.add_column(name, justify="right")
    for name in ("first", "last"):
        table.add_column(name, no_wrap=True, min_width=len("≈2024-04-22"))
    for row in rows:
        table.add_row(
            row.id,
            row.thread_id,
            row.title,
            str(row.n_articles),
            str(row.n_sources),
            *(
                f"≈{d}" if d and row.dates_inferred else d or ""
                for d in (row.first_date, row.last_date)
            ),
        )
    print_table(table)


@app.command("entities")
@exit_on_bantin_error
def entities_command(
    db: Annotated[Path, typer.Option(help="SQLite store to read.")] = Path("bantin.db"),
    entity_type: Annotated[
        str | None, typer.Option("--type", help="Only PER, ORG, LOC or MISC names.")
    ] = None,
    search: Annotated[
        str | None, typer.Option(help="Words the name must contain (case and marks ignored).")
    ] = None,
    since: Since = None,
    until: Until = None,
    limit: Annotated[int, typer.Option(help="Names per page (1-1000).")] = 100,
    offset: Annotated[int, typer.Option(help="Names skipped, most stories first.")] = 0,
    as_json: PageJson = False,
    as_csv: PageCsv = False,
) -> None:
    """List the people, organisations and places the briefs name, most stories first: who
    and what is in the news (`bantin stories --entity NAME` lists a name's stories).

    Python: ``bantin.store.Store(db).entity_page(entity_query(...))``; HTTP:
    ``/entities.json``, ``/entities.csv``.
    """
    from .store import Store
    from .store.entities import entity_query

    if as_json and as_csv:
        raise ConfigError("bantin entities: give --json or --csv, not both")
    query = entity_query(
        type=entity_type, search=search, since=since, until=until, limit=limit, offset=offset
    )
    with Store(db, create=False) as store:
        page = store.entity_page(query)
    caption = _page_output(page, ("name", "names"), offset, db, as_json, as_csv)
    if caption is None:
        return
    table = _table(caption)
    table.add_column("name", min_width=8, ratio=1)
    table.add_column("type", no_wrap=True)
    for name in ("#stories", "#art", "#mentions"):
        table.add_column(name, justify="right", no_wrap=True)
    for name in ("first", "last"):
        table.add_column(name, no_wrap=True)
    for row in page.data:
        table.add_row(
            row.name, row.type, str(row.n_stories), str(row.n_articles), str(row.n_mentions),
            (row.first_date or "")[:10], (row.last_date or "")[:10],
        )  # fmt: skip
    print_table(table)


def _page_output(
    page: StoryPage | EntityPage,
    nouns: tuple[str, str],
    offset: int,
    db: Path,
    as_json: bool,
    as_csv: bool,
) -> str | None:
    """Print a listing page as JSON or CSV and return None; else return the caption of its
    table: how many rows, and how to ask for the next page."""
    from .store.listing import page_csv

    noun = nouns[page.count != 1]
    if as_json:
        typer.echo(json.dumps(page.model_dump(mode="json"), ensure_ascii=False, indent=2))
        return None
    if as_csv:
        typer.echo(page_csv(page), nl=False)
        if page.next_offset is not None:
            typer.echo(f"{page.count} {noun}; next page: --offset {page.next_offset}", err=True)
        return None
    shown = len(page.data)
    caption = f"{offset + 1}-{offset + shown} of " if shown < page.count else ""
    caption += f"{page.count} {noun} in {db}"
    if page.next_offset is not None:
        caption += f" · next page: --offset {page.next_offset}"
    return caption


def _table(caption: str) -> Table:
    from rich import box
    from rich.table import Table

    return Table(
        caption=caption, box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True, show_edge=False
    )


@app.command("show")
@exit_on_bantin_error
def show_command(
    story_id: Annotated[str, typer.Argument(help="A story id, as `bantin stories` lists it.")],
    db: Annotated[Path, typer.Option(help="SQLite store to read.")] = Path("bantin.db"),
    fmt: OutputFormat = "md",
) -> None:
    """Print the stored brief of one story.

    Python: ``bantin.brief.render`` of the brief ``bantin.store.Store(db).brief(story_id)``.
    """
    from .brief.render import check_format, render
    from .store import Store

    checked = check_format(fmt)
    with Store(db, create=False) as store:
        brief = store.brief(story_id)
    typer.echo(render([brief], checked), nl=False)


@app.command("merge")
@exit_on_bantin_error
def merge_command(
    into: Annotated[str, typer.Argument(help="The story to keep, as `bantin stories` lists it.")],
    others: Annotated[list[str], typer.Argument(help="Stories of the same event to fold into it.")],
    db: ExistingStore = Path("bantin.db"),
    fmt: OutputFormat = "md",
    max_words: MaxWords = 120,
    lock_timeout: LockTimeout = None,
) -> None:
    """Fold stories that report one event into one, and print its new brief. Later runs
    group on from the merged story; `bantin regroup` makes the merge again.

    Python: ``bantin.editing.merge_stories(into, others, db=..., max_words=...)``.
    """
    from .brief.render import check_format
    from .editing import merge_stories

    checked = check_format(fmt)
    options = _edit_options(db, max_words, lock_timeout)
    brief = merge_stories(into, others, **options)
    _print_briefs([brief], checked, f"merged {', '.join(others)} into {into} -> {db}")


@app.command("move")
@exit_on_bantin_error
def move_command(
    key: Annotated[
        str,
        typer.Argument(help="The article: its id, the id its input gave it, or its path."),
    ],
    to: Annotated[
        str | None,
        typer.Option(help="The story it belongs to (default: a new story of its own)."),
    ] = None,
    db: ExistingStore = Path("bantin.db"),
    fmt: OutputFormat = "md",
    max_words: MaxWords = 120,
    lock_timeout: LockTimeout = None,
) -> None:
    """Move an article (with its near-duplicate copies) out of a story it does not belong
    to, into another story or one of its own; print the briefs of both stories. Later runs
    group on from the corrected stories; `bantin regroup` makes the move again.

    Python: ``bantin.editing.move_article(key, to, db=..., max_words=...)``.
    """
    from .brief.render import check_format
    from .editing import move_article

    checked = check_format(fmt)
    briefs = move_article(key, to, **_edit_options(db, max_words, lock_timeout))
    _print_briefs(briefs, checked, f"moved {key} into {briefs[-1].id} -> {db}")


def _edit_options(db: Path, max_words: int, lock_timeout: float | None) -> dict[str, Any]:
    """The keyword arguments ``bantin.editing`` calls take from the command line."""
    return {
        "db": db, "max_words": max_words, "lock_timeout": lock_timeout, "on_wait": _notice,
        "on_rejection": _report,
    }  # fmt: skip


def _print_briefs(briefs: list[Brief], fmt: Format, done: str) -> None:
    """The briefs on stdout, what was done on stderr."""
    from .brief.render import render

    typer.echo(render(briefs, fmt), nl=False)
    typer.echo(done, err=True)


@app.command("edits")
@exit_on_bantin_error
def edits_command(
    db: Annotated[Path, typer.Option(help="SQLite store to read.")] = Path("bantin.db"),
    as_json: Annotated[bool, typer.Option("--json", help="Print them as JSON.")] = False,
) -> None:
    """List the editors' corrections of the grouping (bantin merge, bantin move), oldest
    first.

    Python: ``bantin.store.Store(db).story_edits()``; HTTP: ``/edits.json``.
    """
    from .store import Store

    with Store(db, create=False) as store:
        edits = store.story_edits()
    if as_json:
        typer.echo(json.dumps([e.model_dump() for e in edits], ensure_ascii=False, indent=2))
        return
    table = _table(f"{len(edits)} corrections in {db}")
    for name in ("made (UTC)", "kind", "article", "from story", "to story"):
        table.add_column(name, overflow="fold")
    for edit in edits:
        table.add_row(
            edit.made[:19].replace("T", " "), edit.kind, edit.article_id, edit.story_id,
            edit.to_story_id or "(its own)",
        )  # fmt: skip
    print_table(table)


@app.command("article")
@exit_on_bantin_error
def article_command(
    key: Annotated[
        str,
        typer.Argument(
            help="An article id (as a brief's JSON lists it), the id its input gave it, or the"
            " path it was read from."
        ),
    ],
    db: Annotated[Path, typer.Option(help="SQLite store to read.")] = Path("bantin.db"),
    fmt: OutputFormat = "md",
) -> None:
    """Print one stored article as bantin read it: its text by sentence (numbered as briefs
    cite it), every line cut from its page and why, what analysis found, and its story.

    Python: ``bantin.audit.render_article(bantin.store.Store(db).article_detail(key), fmt)``;
    HTTP: ``/articles/ID``, ``/articles/ID.json``.
    """
    from .audit import render_article
    from .brief.render import check_format
    from .store import Store

    checked = check_format(fmt)
    with Store(db, create=False) as store:
        detail = store.article_detail(key)
    typer.echo(render_article(detail, checked), nl=False)


@app.command("runs")
@exit_on_bantin_error
def runs_command(
    run_id: Annotated[
        int | None, typer.Argument(help="Show this run: what it rejected and stored.")
    ] = None,
    db: Annotated[Path, typer.Option(help="SQLite store to read.")] = Path("bantin.db"),
    limit: Annotated[int, typer.Option(help="Runs (or a run's articles) per page.")] = 50,
    offset: Annotated[int, typer.Option(help="Rows skipped, newest run first.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the page as JSON.")] = False,
) -> None:
    """List the runs that wrote the store, newest first; with RUN_ID, every input that run
    rejected and the articles it stored, with their stories.

    Python: ``bantin.store.Store(db).run_page(limit, offset)`` and ``.run_detail(run_id,
    limit, offset)``; HTTP: ``/runs``, ``/runs.json``, ``/runs/ID``, ``/runs/ID.json``.
    """
    from .audit import render_run
    from .audit.render import run_seconds
    from .store import Store

    with Store(db, create=False) as store:
        if run_id is not None:
            typer.echo(
                render_run(store.run_detail(run_id, limit, offset), "json" if as_json else "md"),
                nl=False,
            )
            return
        page = store.run_page(limit, offset)
    if as_json:
        typer.echo(json.dumps(page.model_dump(mode="json"), ensure_ascii=False, indent=2))
        return
    caption = f"{page.count} {'run' if page.count == 1 else 'runs'} in {db}"
    if page.next_offset is not None:
        caption += f" · next page: --offset {page.next_offset}"
    table = _table(caption)
    table.add_column("run", justify="right")
    table.add_column("started (UTC)", no_wrap=True)
    for name in ("seconds", "stored", "rejected"):
        table.add_column(name, justify="right", no_wrap=True)
    table.add_column("inputs", min_width=12, ratio=1, overflow="fold")
    for run in page.data:
        table.add_row(
            str(run.id), run.started[:19].replace("T", " "), run_seconds(run), str(run.added),
            str(run.rejected), ", ".join(run.paths),
        )  # fmt: skip
    print_table(table)


@eval_app.command("summaries")
@exit_on_bantin_error
def eval_summaries_command(
    dataset: Annotated[Path, typer.Argument(help="Clusters, ../shared/data format.")],
    output: Annotated[Path | None, typer.Option(help="Summaries as JSONL.")] = None,
    max_words: MaxWords = 200,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """ROUGE-1/2/L F1 of the production summaries against the references (AbMuSu scoring).

    Python: ``bantin.eval.summaries.evaluate_summaries(dataset, max_words=..., output=...)``.
    """
    from .eval.summaries import evaluate_summaries

    scores = evaluate_summaries(dataset, max_words=max_words, output=output)
    if as_json:
        typer.echo(json.dumps(scores._asdict()))
        return
    typer.echo(
        f"{scores.clusters} clusters, {max_words} words: ROUGE-1 {scores.rouge1:.4f}  "
        f"ROUGE-2 {scores.rouge2:.4f}  ROUGE-L {scores.rougeL:.4f}  ({scores.seconds:.1f} s)"
    )


@eval_app.command("clusters")
@exit_on_bantin_error
def eval_clusters_command(
    datasets: Annotated[list[str], typer.Argument(help="Evaluation files (.jsonl), pooled.")],
    assignments: Annotated[
        Path | None, typer.Option(help="Write story per document (JSONL).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """B-cubed, ARI and NMI of the default story grouping against the gold clusters.

    Python: ``bantin.eval.clusters.evaluate_clusters(datasets, assignments_out=...)``.
    """
    from .eval.clusters import evaluate_clusters

    out = str(assignments) if assignments is not None else None
    scores = evaluate_clusters(datasets, assignments_out=out)
    if as_json:
        typer.echo(json.dumps(scores.model_dump()))
        return
    typer.echo(
        f"B3 precision {scores.b3_precision:.4f}  recall {scores.b3_recall:.4f}  "
        f"F1 {scores.b3_f1:.4f}  ARI {scores.ari:.4f}  NMI {scores.nmi:.4f}\n"
        f"{scores.stories} stories vs {scores.gold_clusters} gold clusters  "
        f"({scores.seconds:.1f} s, peak {scores.peak_mb:.0f} MB)"
    )


@eval_app.command("clean")
@exit_on_bantin_error
def eval_clean_command(
    paths: Annotated[list[str], typer.Argument(help="Files or folders to clean and split.")],
    limit: Annotated[int | None, typer.Option(help="Read at most this many documents.")] = None,
    examples: Annotated[int, typer.Option(help="Sample this many drops per reason.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
) -> None:
    """Lines dropped by reason, pages split into several stories, articles/s of clean + split.

    Python: ``bantin.clean.stats.clean_stats(paths, limit=..., examples=...)``.
    """
    from .clean.stats import clean_stats

    stats = clean_stats(paths, limit=limit, examples=examples)
    if as_json:
        typer.echo(json.dumps(stats.as_dict(), ensure_ascii=False, indent=2))
        return
    dropped = ", ".join(f"{reason} {count}" for reason, count in stats.dropped.items())
    typer.echo(
        f"{stats.documents} documents ({stats.rejected} rejected) -> {stats.articles} articles; "
        f"{stats.split_documents} split\n{stats.lines} lines, "
        f"{sum(stats.dropped.values())} dropped: {dropped or 'none'}\n"
        f"clean + split: {stats.articles_per_second:.0f} documents/s ({stats.seconds:.2f} s)"
    )
    for reason, texts in stats.examples.items():
        typer.echo(f"-- {reason}")
        for text in texts:
            typer.echo(f"   {text}")
    for titles in stats.split_examples:
        typer.echo(f"-- split: {' | '.join(t or '(no title)' for t in titles)}")


@eval_app.command("facts")
@exit_on_bantin_error
def eval_facts_command(
    annotations: Annotated[Path, typer.Option(help="Hand-annotated dev set (JSONL).")] = Path(
        "tests/facts_dev/annotations.jsonl"
    ),
    data: Annotated[Path, typer.Option(help="Folder of the evaluation files.")] = Path(
        "../shared/data"
    ),
    speed: Annotated[
        Path | None, typer.Option(help="Also time the fact components on this file.")
    ] = None,
    limit: Annotated[int, typer.Option(help="Articles to time with --speed.")] = 1000,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    errors: Annotated[
        bool, typer.Option("--errors", help="Also list every disagreement with the gold.")
    ] = False,
) -> None:
    """Precision and recall per field (entities, quotes, dates, numbers) on an annotated set.

    Python: ``bantin.eval.facts.evaluate_facts(annotations, data)`` (``--errors`` lists its
    ``.errors``); ``--speed`` is ``bantin.eval.facts.measure_fact_speed(path, limit=...)``.
    """
    from .eval.facts import (
        evaluate_facts,
        format_errors,
        format_scores,
        format_speed,
        measure_fact_speed,
    )

    scores = evaluate_facts(annotations, data)
    timing = measure_fact_speed(speed, limit=limit) if speed is not None else None
    if as_json:
        exclude = None if errors else {"errors"}
        payload = {
            "scores": scores.model_dump(exclude=exclude),
            "speed": timing and timing.model_dump(),
        }
        typer.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    typer.echo(format_scores(scores))
    if errors:
        typer.echo(format_errors(scores))
    if timing is not None:
        typer.echo(format_speed(timing))


@app.command("serve")
@exit_on_bantin_error
def serve_command(
    db: Annotated[Path, typer.Option(help="SQLite store to serve.")] = Path("bantin.db"),
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8001,
    get: Annotated[str | None, typer.Option(help="Answer this one path and exit.")] = None,
    ingest: Annotated[
        bool, typer.Option(help="Also take new articles at POST /articles (JSON Lines).")
    ] = False,
    edit: Annotated[
        bool,
        typer.Option(
            help="Also take an editor's corrections: POST /stories/ID/merge, /articles/ID/move."
        ),
    ] = False,
) -> None:
    """Serve stories as HTML pages with JSON twins (/stories[.json], /stories/ID[.json]), and
    each article (/articles/ID[.json]) and the run log (/runs[.json], /runs/ID[.json]).

    Python: ``bantin.web.create_app(db, ingest=..., edit=...)``; ``--get`` is
    ``bantin.web.get_once(db, path)``.
    """
    from .store import Store
    from .web import create_app, get_once

    Store(db, create=False).close()  # fail now, in one line, when there is no store
    if get is not None:
        status, body = get_once(db, get)
        typer.echo(body)
        if status >= 400:
            raise typer.Exit(1)
        return
    import uvicorn

    uvicorn.run(create_app(db, ingest=ingest, edit=edit), host=host, port=port, log_level="info")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
