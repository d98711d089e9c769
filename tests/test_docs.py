"""Docs cannot drift: the CLI reference is generated, and every command is documented."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from bantin.cli import app
from bantin.clireference import _commands, cli_reference, command_paths

ROOT = Path(__file__).resolve().parents[1]


def test_docs_cli_reference_is_up_to_date() -> None:
    written = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert written == cli_reference(), "run: python -m bantin.clireference > docs/cli.md"


@pytest.mark.parametrize("path", command_paths())
def test_docs_readme_mentions_every_command(path: str) -> None:
    assert path in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("path", "command"), _commands(typer.main.get_command(app), "bantin"))
def test_docs_every_command_and_parameter_has_help(path: str, command: object) -> None:
    assert (getattr(command, "help", None) or "").strip(), f"{path} has no help text"
    assert "Python:" in command.help, f"{path} does not name its Python equivalent"  # type: ignore[attr-defined]
    for param in command.params:  # type: ignore[attr-defined]
        if param.name != "help":
            assert getattr(param, "help", None), f"{path}: {param.name} has no help text"
