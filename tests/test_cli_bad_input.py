"""`bantin run` on a folder of broken inputs: one line per unusable input naming the file (and
line), nothing else on stderr, the good pages stored once, and a re-run that adds nothing."""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

from typer.testing import CliRunner

from bantin.cli import app
from bantin.store import Store

PAGE = "Huế mở cửa Đại Nội về đêm\nHuế mở cửa Đại Nội về đêm cho du khách từ tháng này.\n"
RECORD = "Đà Nẵng khai trương cầu đi bộ mới bắc qua sông Hàn vào dịp lễ 30/4 năm nay."


def _nasty_folder(folder: Path) -> None:
    folder.mkdir()
    (folder / "huế.txt").write_text(PAGE, encoding="utf-8")
    (folder / "huế nfd.txt").write_text(unicodedata.normalize("NFD", PAGE), encoding="utf-8")
    (folder / "english.txt").write_text("The city opened a new bridge this week. " * 5)
    (folder / "numbers.txt").write_text("1234 5678 , . ; 99.5% 2024-01-01\n" * 5)
    (folder / "menu.html").write_text(
        "<html><body><nav><a href='/'>Trang chủ</a><a href='/tt'>Thể thao</a></nav></body>"
    )
    deep = f"<html><body>{'<div>' * 300}<p>{PAGE}</p>{'</div>' * 300}</body></html>"
    (folder / "deep.html").write_text(deep, encoding="utf-8")  # past libxml2's default depth
    (folder / "feed.jsonl.xz").write_text('{"text": "not compressed"}\n')
    os.mkfifo(folder / "pipe.txt")
    lines = [
        json.dumps({"id": "a", "text": RECORD}, ensure_ascii=False),
        "",
        json.dumps({"id": "b", "text": RECORD + " Hai.", "published": "hôm qua"}),
        "[1, 2]",
        json.dumps({"id": "a", "text": RECORD + " Ba."}, ensure_ascii=False),
        json.dumps({"id": "c", "text": PAGE, "published": "2024-04-22"}, ensure_ascii=False),
    ]
    data = "\ufeff" + "\r\n".join(lines)  # a BOM, Windows line ends, no final newline
    (folder / "feed.jsonl").write_bytes(data.encode("utf-8"))


def test_cli_run_names_each_bad_input_once_and_keeps_the_good_ones(tmp_path: Path) -> None:
    folder, db = tmp_path / "in", tmp_path / "news.db"
    _nasty_folder(folder)
    result = CliRunner().invoke(app, ["run", str(folder), "--db", str(db), "--engine", "local"])
    assert result.exit_code == 0, result.output
    *rejected, summary = result.stderr.splitlines()
    assert [line.split(" (")[0] for line in rejected] == [
        f"rejected {folder}/english.txt: wrong_language",
        f"rejected {folder}/feed.jsonl:3: bad_json",
        f"rejected {folder}/feed.jsonl:4: bad_json",
        f"rejected {folder}/feed.jsonl:5: duplicate",
        f"rejected {folder}/feed.jsonl.xz: undecodable",
        f"rejected {folder}/menu.html: no_text",
        f"rejected {folder}/numbers.txt: no_text",
        f"rejected {folder}/pipe.txt: unsupported",
        # the page of feed.jsonl:6 again, decomposed and as it was: one line each
        f"rejected {folder}/huế nfd.txt: duplicate",
        f"rejected {folder}/huế.txt: duplicate",
    ]
    # deep.html is read now: its text, its lines joined otherwise, is one more Huế article
    assert summary.endswith(f"3 new articles, 2 stories, 10 rejected -> {db}")

    again = CliRunner().invoke(app, ["run", str(folder), "--db", str(db), "--engine", "local"])
    assert again.exit_code == 0, again.output
    assert "0 new articles" in again.stderr.splitlines()[-1]
    with Store(db) as store:
        assert len(store.articles()) == 3
        assert store.stale_brief_ids() == []


def test_records_of_a_word_or_two_are_stored_and_runs_go_on(tmp_path: Path) -> None:
    feed = tmp_path / "short.jsonl"
    feed.write_text('{"id": "a", "text": "Hà Nội"}\n{"id": "b", "text": "x"}\n', encoding="utf-8")
    db = tmp_path / "news.db"
    runner = CliRunner()
    first = runner.invoke(app, ["run", str(feed), "--db", str(db), "--engine", "local"])
    assert first.exit_code == 0, first.output
    assert "2 new articles, 2 stories, 0 rejected" in first.stderr
    feed.write_text(feed.read_text(encoding="utf-8") + json.dumps({"text": RECORD}) + "\n")
    second = runner.invoke(app, ["run", str(feed), "--db", str(db), "--engine", "local"])
    assert second.exit_code == 0, second.output
    with Store(db) as store:
        assert store.article_count() == 3
        assert store.stale_brief_ids() == []
