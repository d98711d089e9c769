"""clean_stats / ``bantin eval clean``: counts that could reveal false drops and false splits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bantin.clean.stats import clean_stats
from bantin.cli import app
from bantin.errors import ConfigError


def test_clean_stats_counts_seed_drops_and_splits(seeds_dir: Path) -> None:
    stats = clean_stats([str(seeds_dir)], examples=2)
    assert (stats.documents, stats.articles, stats.split_documents) == (2, 3, 1)
    assert stats.dropped["read_link"] == 3 and stats.dropped["teaser"] == 1
    assert all(0 < len(texts) <= 2 for texts in stats.examples.values())
    assert stats.lines > sum(stats.dropped.values()) and stats.articles_per_second > 0


def test_clean_stats_validates_limit() -> None:
    with pytest.raises(ConfigError, match="'limit' of clean_stats"):
        clean_stats([], limit=0)


def test_eval_clean_command_prints_json(seeds_dir: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "clean", str(seeds_dir), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["split_documents"] == 1 and data["documents"] == 2
