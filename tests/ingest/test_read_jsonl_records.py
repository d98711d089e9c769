"""What a JSONL record's fields must hold: a bad value rejects its line, naming the field,
instead of being stored as something else ("['a']", "hôm qua" as a date)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from bantin.ingest import read_paths
from bantin.models import RawArticle, Rejection

TEXT = "Chính phủ đã họp bàn về việc xây dựng đường cao tốc tại Hà Nội trong năm nay."


def _read(tmp_path: Path, *records: object) -> list[RawArticle | Rejection]:
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return list(read_paths([str(path)]))


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("2024-04-22", "2024-04-22"),
        ("2024-04-22T10:00:00+07:00", "2024-04-22T10:00:00+07:00"),
        ("2024-04-22 10:00:00", "2024-04-22T10:00:00"),
        ("2024-04-22T03:00:00Z", "2024-04-22T03:00:00+00:00"),
        ("", None),
        ("  ", None),
        ("22/4/2024", "2024-04-22"),  # day first, as Vietnamese sites write it
        ("22/04/2024 10:30", "2024-04-22T10:30:00"),
        ("22-04-2024 7h05", "2024-04-22T07:05:00"),
    ],
)
def test_read_paths_jsonl_published_is_stored_as_iso_8601(
    tmp_path: Path, given: str, stored: str | None
) -> None:
    (article,) = _read(tmp_path, {"text": TEXT, "published": given})
    assert isinstance(article, RawArticle) and article.published == stored


@pytest.mark.parametrize(
    "published", ["hôm qua", "2024-13-45", "31/02/2024", 1713744000, ["2024-04-22"]]
)
def test_read_paths_jsonl_published_that_is_no_date_rejects_its_line(
    tmp_path: Path, published: object
) -> None:
    good, bad = _read(tmp_path, {"text": TEXT}, {"text": TEXT + " Hai.", "published": published})
    assert isinstance(good, RawArticle)
    assert isinstance(bad, Rejection) and (bad.path, bad.reason) == (
        f"{tmp_path / 'feed.jsonl'}:2",
        "bad_json",
    )
    assert "'published' must be a date, like 2024-04-22" in bad.detail
    assert json.dumps(published, ensure_ascii=False)[:20] in bad.detail


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", ["a", "b"]),
        ("source", {"name": "VnExpress"}),
        ("id", True),
        ("url", 3),
        ("text", 5),
        ("text", ["Tin một.", "Tin hai."]),
    ],
)
def test_read_paths_jsonl_field_of_the_wrong_type_rejects_its_line(
    tmp_path: Path, field: str, value: object
) -> None:
    (result,) = _read(tmp_path, {"text": TEXT, field: value})
    assert isinstance(result, Rejection) and result.reason == "bad_json"
    assert result.detail.startswith(f"'{field}' must be a string; got ")


def test_read_paths_jsonl_numeric_id_is_read_as_text(tmp_path: Path) -> None:
    (article,) = _read(tmp_path, {"id": 17, "text": TEXT})
    assert isinstance(article, RawArticle) and article.external_id == "17"


def test_read_paths_jsonl_id_given_again_with_another_text_is_one_duplicate(
    tmp_path: Path,
) -> None:
    first, again, other = _read(
        tmp_path,
        {"id": "a", "text": TEXT},
        {"id": "a", "text": TEXT.replace("năm nay", "năm sau")},
        {"id": "b", "text": TEXT.replace("năm nay", "năm sau")},
    )
    assert isinstance(first, RawArticle) and isinstance(other, RawArticle)
    assert isinstance(again, Rejection) and (again.path, again.reason) == (
        f"{tmp_path / 'feed.jsonl'}:2",
        "duplicate",
    )
    assert "id 'a' already given on line 1" in again.detail


def test_read_paths_jsonl_id_given_again_with_the_same_text_in_nfd_is_read(
    tmp_path: Path,
) -> None:
    # The same article decomposed: the runner recognises it by its normalised text.
    nfd = unicodedata.normalize("NFD", TEXT)
    results = _read(tmp_path, {"id": "a", "text": TEXT}, {"id": "a", "text": nfd})
    assert all(isinstance(r, RawArticle) for r in results) and len(results) == 2


def test_read_paths_jsonl_cluster_without_documents_is_named(tmp_path: Path) -> None:
    empty, full = _read(tmp_path, {"id": "c1", "documents": []}, {"documents": [{"text": TEXT}]})
    assert isinstance(empty, Rejection) and (empty.path, empty.reason) == (
        f"{tmp_path / 'feed.jsonl'}:1",
        "no_text",
    )
    assert isinstance(full, RawArticle)


def test_read_paths_jsonl_cut_line_names_the_column_once(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": TEXT}, ensure_ascii=False)[:30], encoding="utf-8")
    (result,) = list(read_paths([str(path)]))
    assert isinstance(result, Rejection)
    assert result.detail == "Unterminated string starting at: column 10"
