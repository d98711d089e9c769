"""The screen every page passes before it is an article: words, Vietnamese, a news-sized text.
Checked through ``read_paths`` in each format, so no reader can skip it."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from bantin.ingest import read_paths
from bantin.ingest.screen import MAX_TEXT_CHARS, text_refusal
from bantin.models import RawArticle, Rejection

VIETNAMESE = "Chính phủ đã họp bàn về việc xây dựng đường cao tốc tại Hà Nội trong năm nay. "
ENGLISH = "The government met to discuss building a new expressway in Hanoi this year. "
CHINESE = "政府开会讨论今年在河内修建新的高速公路。"


def _written(tmp_path: Path, fmt: str, text: str) -> Path:
    """``text`` as a page of format ``fmt``: a .txt, an HTML paragraph, a JSONL record."""
    if fmt == "txt":
        path, data = tmp_path / "page.txt", text
    elif fmt == "html":
        path, data = tmp_path / "page.html", f"<html><body><article><p>{text}</p></article>"
    else:
        path, data = tmp_path / "feed.jsonl", json.dumps({"id": "a", "text": text}) + "\n"
    path.write_text(data, encoding="utf-8")
    return path


def _read(path: Path) -> RawArticle | Rejection:
    (result,) = list(read_paths([str(path)]))
    return result


@pytest.mark.parametrize("fmt", ["txt", "html", "jsonl"])
@pytest.mark.parametrize(
    ("text", "reason", "detail"),
    [
        (ENGLISH * 5, "wrong_language", "0 of its 65 words carry Vietnamese marks"),
        (CHINESE * 5, "wrong_language", "mostly CJK letters"),
        ("2024 - 15.000 ; 99,5% ... !!! 1234 5678 9012 3456 7890 " * 3, "no_text", "no words"),
        (VIETNAMESE * 3000, "too_large", f"> {MAX_TEXT_CHARS}"),
    ],
    ids=["english", "chinese", "numbers-only", "book-length"],
)
def test_read_paths_refuses_text_that_is_not_a_vietnamese_article(
    tmp_path: Path, fmt: str, text: str, reason: str, detail: str
) -> None:
    result = _read(_written(tmp_path, fmt, text))
    assert isinstance(result, Rejection), result
    assert result.reason == reason and detail in result.detail


@pytest.mark.parametrize("fmt", ["txt", "html", "jsonl"])
@pytest.mark.parametrize(
    "text",
    [
        VIETNAMESE * 3,
        unicodedata.normalize("NFD", VIETNAMESE * 3),  # marks as combining characters
        VIETNAMESE + ENGLISH * 2,  # a Vietnamese report quoting English
        "Tin ngắn: Microsoft ra mắt Windows mới",  # too few words to judge by its marks
    ],
    ids=["nfc", "nfd", "quoting-english", "short"],
)
def test_read_paths_reads_vietnamese_text(tmp_path: Path, fmt: str, text: str) -> None:
    assert isinstance(_read(_written(tmp_path, fmt, text)), RawArticle)


def test_text_refusal_passes_every_news_text_of_the_evaluation_sets(shared_data: Path) -> None:
    refused = []
    for name in ("abmusu-val.jsonl", "vmds.jsonl"):
        with open(shared_data / name, encoding="utf-8") as lines:
            for line in lines:
                for document in json.loads(line)["documents"]:
                    if (refusal := text_refusal(document["text"])) is not None:
                        refused.append((document["id"], refusal))
    assert refused == []
