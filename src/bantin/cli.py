"""The ``bantin`` command line: each command thinly wraps the same-named library function."""

from __future__ import annotations

import typer

app = typer.Typer(help="Turn Vietnamese news articles into sourced story briefs.", no_args_is_help=True)
eval_app = typer.Typer(help="Measure quality on evaluation data (../shared/data format).")
app.add_typer(eval_app, name="eval")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
