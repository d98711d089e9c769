"""The ``bantin`` command line: each command thinly wraps the same-named library function."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .errors import ConfigError
from .models import Rejection

app = typer.Typer(help="Turn Vietnamese news articles into sourced story briefs.", no_args_is_help=True)
FORMATS = ("md", "json", "html")
eval_app = typer.Typer(help="Measure quality on evaluation data (../shared/data format).")
app.add_typer(eval_app, name="eval")


@app.command("run")
def run_command(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt .html .jsonl .jsonl.xz), folders, or - for stdin.")],
    db: Annotated[Path, typer.Option(help="SQLite store; created when missing.")] = Path("bantin.db"),
    fmt: Annotated[str, typer.Option("--format", help="md, json or html.")] = "md",
    out: Annotated[Path | None, typer.Option(help="Write the briefs here instead of stdout.")] = None,
    max_words: Annotated[int, typer.Option(help="Word budget of each summary.")] = 120,
    engine: Annotated[str, typer.Option(help="local, or dask for a local Dask cluster.")] = "local",
    workers: Annotated[int, typer.Option(help="Dask worker processes.")] = 2,
    batch_size: Annotated[int, typer.Option(help="Pages per store transaction.")] = 256,
) -> None:
    """Ingest, clean, split, group and brief; print the briefs of the stories the input touched.

    Python: ``bantin.pipeline.run(paths, db=..., max_words=..., engine=...)``.
    """
    from .brief import render
    from .pipeline import run

    if fmt not in FORMATS:
        raise ConfigError(f"'format' must be one of {', '.join(FORMATS)}; got {fmt!r}")

    def report(rejection: Rejection) -> None:
        typer.echo(f"rejected {rejection.message()}", err=True)

    stdin = sys.stdin if "-" in paths else None
    result = run(
        paths, db=db, max_words=max_words, engine=engine, workers=workers,
        batch_size=batch_size, stdin=stdin, on_rejection=report,
    )  # fmt: skip
    text = render(result.briefs, fmt, rejected=result.rejected)  # type: ignore[arg-type]
    if out is None:
        typer.echo(text)
    else:
        out.write_text(text + "\n", encoding="utf-8")
    typer.echo(
        f"{result.pages} pages, {result.added} new articles, {len(result.briefs)} stories, "
        f"{len(result.rejected)} rejected -> {db}",
        err=True,
    )


def main() -> None:
    app()


if __name__ == "__main__":
    main()
