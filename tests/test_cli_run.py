"""`bantin run` from the command line: the JSON contract, stdin, and one-line errors."""

from __future__ import annotations

import json
import lzma
from pathlib import Path

from typer.testing import CliRunner

from bantin.cli import app
from bantin.store import Store

STORY_KEYS = {"id", "thread_id", "title", "articles", "summary"}
ARTICLE_KEYS = {"id", "path", "title", "source", "published"}
SENTENCE_KEYS = {"text", "article_id", "sentence"}


def test_cli_run_json_keeps_the_contract(tmp_path: Path, seeds_dir: Path) -> None:
    out = tmp_path / "stories.json"
    db = tmp_path / "news.db"
    result = CliRunner().invoke(
        app, ["run", str(seeds_dir), "--db", str(db), "--format", "json", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    document = json.loads(out.read_text(encoding="utf-8"))
    assert set(document) >= {"stories", "rejected"}
    assert len(document["stories"]) == 2
    for story in document["stories"]:
        assert set(story) >= STORY_KEYS
        assert all(set(a) >= ARTICLE_KEYS for a in story["articles"])
        assert all(set(s) >= SENTENCE_KEYS for s in story["summary"])
        ids = {a["id"] for a in story["articles"]}
        assert {s["article_id"] for s in story["summary"]} <= ids
    assert "2 pages, 3 new articles, 2 stories, 0 rejected" in result.stderr


def test_cli_run_reads_stdin(tmp_path: Path) -> None:
    page = (
        "Hà Nội khởi công cầu mới qua sông Hồng\n"
        "Sáng 3/5, thành phố khởi công cây cầu dài 5 km, tổng vốn hơn 1.000 tỷ đồng.\n"
        "Cây cầu dự kiến hoàn thành trong 3 năm, giảm ùn tắc cho cửa ngõ phía đông.\n"
    )
    db = tmp_path / "news.db"
    result = CliRunner().invoke(app, ["run", "-", "--db", str(db), "--format", "json"], input=page)
    assert result.exit_code == 0, result.output
    stories = json.loads(result.stdout)["stories"]
    assert [s["title"] for s in stories] == ["Hà Nội khởi công cầu mới qua sông Hồng"]


def test_cli_run_bad_option_is_one_line(tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "news.db"
    result = CliRunner().invoke(app, ["run", str(seeds_dir), "--db", str(db), "--format", "pdf"])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("[B002]")


def test_cli_unknown_option_is_a_plain_usage_error() -> None:
    result = CliRunner().invoke(app, ["run", "trang", "--bogus"])
    assert result.exit_code == 2
    assert "Error: No such option: --bogus" in result.stderr
    assert not any(box in result.stderr for box in "╭│╰")


def test_cli_run_reports_each_rejection_on_one_line(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    # "Chính phủ đã họp bàn ..." typed in the legacy TCVN3 (ABC) encoding.
    tcvn3 = "ChÝnh phñ ®· häp bµn vÒ viÖc x©y dùng ®\xadêng cao tèc t¹i Hµ Néi.\n"
    (tmp_path / "tcvn3.txt").write_bytes(tcvn3.encode("latin-1"))
    result = CliRunner().invoke(app, ["run", str(tmp_path), "--db", str(tmp_path / "n.db")])
    assert result.exit_code == 0, result.output
    rejected = [line for line in result.stderr.splitlines() if line.startswith("rejected ")]
    assert any("empty.txt: empty" in line for line in rejected)
    assert any("tcvn3.txt: legacy_encoding" in line and "TCVN3" in line for line in rejected)
    assert len(rejected) == 2


def test_cli_run_converts_legacy_pages_when_asked(tmp_path: Path) -> None:
    # "Chính phủ đã họp bàn ..." in TCVN3 (ABC), a paragraph long enough to be a page
    tcvn3 = "ChÝnh phñ ®· häp bµn vÒ viÖc x©y dùng ®\xadêng cao tèc t¹i Hµ Néi. " * 3
    (tmp_path / "tcvn3.txt").write_bytes(tcvn3.encode("latin-1"))
    db = tmp_path / "n.db"
    result = CliRunner().invoke(app, ["run", str(tmp_path), "--db", str(db), "--convert-legacy"])
    assert result.exit_code == 0, result.output
    assert not [line for line in result.stderr.splitlines() if line.startswith("rejected ")]
    with Store(db) as store:
        (article,) = store.articles()
    assert article.body[0].startswith("Chính phủ đã họp bàn về việc xây dựng đường cao tốc")


def test_cli_run_broken_inputs_are_one_line_each_and_the_good_page_is_added(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    page = "Huế mở cửa Đại Nội về đêm\nHuế mở cửa Đại Nội về đêm cho du khách từ tháng này.\n"
    (folder / "tin tức mới.txt").write_text(page, encoding="utf-8")
    packed = lzma.compress(('{"text": "Tin ngắn."}\n' * 50).encode("utf-8"))
    (folder / "cut.jsonl.xz").write_bytes(packed[: len(packed) // 2])  # a truncated download
    (folder / "empty.jsonl").write_bytes(b"")
    result = CliRunner().invoke(app, ["run", str(folder), "--db", str(tmp_path / "n.db")])
    assert result.exit_code == 0, result.output
    rejected = [line for line in result.stderr.splitlines() if line.startswith("rejected ")]
    assert rejected == [
        f"rejected {folder / 'cut.jsonl.xz'}: undecodable (corrupt xz file: Compressed file"
        " ended before the end-of-stream marker was reached)",
        f"rejected {folder / 'empty.jsonl'}: empty (no JSON lines: nothing to read)",
    ]
    assert "1 pages, 1 new articles, 1 stories, 2 rejected" in result.stderr


def test_cli_regroup_reports_one_line_and_keeps_the_stories(
    tmp_path: Path, seeds_dir: Path
) -> None:
    db = tmp_path / "news.db"
    assert CliRunner().invoke(app, ["run", str(seeds_dir), "--db", str(db)]).exit_code == 0
    result = CliRunner().invoke(app, ["regroup", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == f"3 articles regrouped into 2 stories -> {db}"
    listing = CliRunner().invoke(app, ["stories", "--db", str(db), "--json"])
    assert json.loads(listing.stdout)["count"] == 2


def test_cli_regroup_without_a_store_is_a_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["regroup", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1
