"""Reading files, directories, JSONL and stdin: what is read and what is rejected, and why."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import random
from pathlib import Path

import pytest

from bantin.errors import ConfigError
from bantin.ingest import guess_legacy_encoding, input_bytes, read_paths
from bantin.ingest.decode import bomless_utf16
from bantin.models import RawArticle, Rejection

PAGES = Path(__file__).resolve().parents[1] / "pages"
TEXT = "Hà Nội mở thêm tuyến xe buýt điện nối trung tâm với khu đô thị phía tây.\n"
# The same sentence as legacy Vietnamese fonts store it, written out byte by byte.
VNI = "Chính phuû ñaõ hoïp baøn veà vieäc xaây döïng ñöôøng cao toác taïi Haø Noäi.\n"
TCVN3 = "ChÝnh phñ ®· häp bµn vÒ viÖc x©y dùng ®\xadêng cao tèc t¹i Hµ Néi.\n"


def read_one(path: Path, **kwargs: int) -> RawArticle | Rejection:
    (result,) = list(read_paths([str(path)], **kwargs))
    return result


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-16"), "utf-16"),  # Python writes a BOM
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16"),
        ((TEXT * 3).encode("utf-16-le"), "utf-16-le"),  # saved without a BOM
        ((TEXT * 3).encode("utf-16-be"), "utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "utf16-le", "utf16-be"],
)
def test_read_paths_decodes_unicode_encodings(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    result = read_one(path)
    assert isinstance(result, RawArticle)
    assert result.text == data.decode(encoding).removeprefix("\ufeff")
    assert result.text.startswith(TEXT) and result.encoding == encoding
    assert result.path == str(path)
    assert "\ufeff" not in result.text


@pytest.mark.parametrize(
    ("data", "reason", "hint"),
    [
        (b"", "empty", "0 bytes"),
        (b"  \n\t \n", "empty", "whitespace"),
        (b"%PDF-1.7\n" + b"x" * 100, "binary", "PDF"),
        (b"abc\x00\x00def" * 10, "binary", "NUL"),
        (
            "Xin chào thế giới, đây là một câu.".encode()[:-7] + b"\xff\xfe\x80",
            "undecodable",
            "UTF-8",
        ),
        (b"Le caf\xe9 est tr\xe8s bon, o\xf9 l'\xe9t\xe9 dure.", "undecodable", "UTF-8"),
        (VNI.encode("cp1252"), "legacy_encoding", "VNI"),
        (TCVN3.encode("latin-1"), "legacy_encoding", "TCVN3"),
    ],
    ids=["zero-bytes", "whitespace", "pdf", "nul", "bad-utf8", "latin1", "vni", "tcvn3"],
)
def test_read_paths_rejects_unreadable_bytes(
    tmp_path: Path, data: bytes, reason: str, hint: str
) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    result = read_one(path)
    assert isinstance(result, Rejection)
    assert (result.reason, result.path) == (reason, str(path))
    assert hint in result.detail


def test_read_paths_legacy_detail_tells_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(VNI.encode("cp1252"))
    result = read_one(path)
    assert isinstance(result, Rejection)
    assert "convert it to UTF-8" in result.detail


def test_guess_legacy_encoding_ignores_western_text() -> None:
    assert guess_legacy_encoding("Über die Straße, café très été".encode("cp1252")) is None


def test_read_paths_rejects_file_over_max_bytes(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text(TEXT * 50, encoding="utf-8")
    result = read_one(path, max_bytes=100)
    assert isinstance(result, Rejection) and result.reason == "too_large"
    assert isinstance(read_one(path), RawArticle)


def test_read_paths_validates_max_bytes() -> None:
    with pytest.raises(ConfigError, match="max_bytes"):
        list(read_paths([], max_bytes=0))


def test_read_paths_missing_and_unsupported_paths(tmp_path: Path) -> None:
    doc = tmp_path / "report.docx"
    doc.write_bytes(b"PK\x03\x04")
    results = list(read_paths([str(tmp_path / "nope.txt"), str(doc)]))
    assert [(r.reason, r.path) for r in results if isinstance(r, Rejection)] == [
        ("not_found", str(tmp_path / "nope.txt")),
        ("unsupported", str(doc)),
    ]


def test_read_paths_walks_directory_sorted_skipping_hidden_and_unknown(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ["b/2.txt", "a.txt", "b/1.txt", ".hidden/x.txt", ".dot.txt", "notes.md"]:
        (tmp_path / name).write_text(f"Tin số {name}\n", encoding="utf-8")
    paths = [r.path for r in read_paths([str(tmp_path)])]
    assert paths == [str(tmp_path / n) for n in ["a.txt", "b/1.txt", "b/2.txt"]]


def test_read_paths_walk_reads_compressed_jsonl_of_every_kind(tmp_path: Path) -> None:
    line = json.dumps({"id": "a1", "text": "Tin số một về xe buýt điện."}, ensure_ascii=False)
    for suffix, compress in COMPRESSORS.items():
        (tmp_path / f"feed{suffix}").write_bytes(compress(f"{line}\n".encode()))
    (tmp_path / "feed.jsonl.zst").write_bytes(b"(unknown)")  # not a format: skipped
    read = list(read_paths([str(tmp_path)]))
    assert [(r.path, r.external_id) for r in read if isinstance(r, RawArticle)] == [
        (str(tmp_path / f"feed{suffix}"), "a1") for suffix in sorted(COMPRESSORS)
    ]


def test_read_paths_html_page_gives_text_and_metadata() -> None:
    result = read_one(PAGES / "boilerplate.html")
    assert isinstance(result, RawArticle) and result.format == "html"
    assert "tuyến xe buýt điện thứ mười hai" in result.text
    for junk in ["Trang chủ", "Đọc nhiều nhất", "Bản quyền", "Liên hệ quảng cáo"]:
        assert junk not in result.text
    assert result.title == "Hà Nội mở thêm tuyến xe buýt điện"
    assert result.published is not None and result.published.startswith("2024-04-22")
    assert result.author == "Trần Thu Hà" and result.source == "Báo Thử Nghiệm"


def test_read_paths_broken_html_still_yields_text() -> None:
    result = read_one(PAGES / "broken.html")
    assert isinstance(result, RawArticle)
    assert "khơi thông cống thoát nước" in result.text


def test_read_paths_html_without_text_is_no_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>var x = 1;</script></body></html>", encoding="utf-8")
    result = read_one(path)
    assert isinstance(result, Rejection) and result.reason == "no_text"


def _jsonl_lines() -> list[str]:
    good = {"id": "a1", "title": "Tiêu đề", "text": "Nội dung bài một.", "published": "2024-01-02"}
    cluster = {
        "id": "c1",
        "documents": [
            {"id": "d1", "title": "Bài A", "text": "Nội dung A.", "lead": "Sa pô A", "url": "u"},
            {"id": "d2", "title": "Bài B", "text": "Nội dung B.", "published": None},
        ],
        "summaries": ["Tóm tắt."],
    }
    return [
        json.dumps(good, ensure_ascii=False),
        '{"id": "broken", "text": ',
        "",
        json.dumps({"id": "x", "text": "  "}),
        json.dumps(cluster, ensure_ascii=False),
    ]


COMPRESSORS = {".jsonl": bytes, ".jsonl.xz": lzma.compress, ".jsonl.gz": gzip.compress,
               ".jsonl.bz2": bz2.compress}  # fmt: skip


@pytest.mark.parametrize("suffix", list(COMPRESSORS))
def test_read_paths_jsonl_bad_line_does_not_stop_the_rest(tmp_path: Path, suffix: str) -> None:
    data = ("\n".join(_jsonl_lines()) + "\n").encode("utf-8")
    path = tmp_path / f"feed{suffix}"
    path.write_bytes(COMPRESSORS[suffix](data))
    results = list(read_paths([str(path)]))
    articles = [r for r in results if isinstance(r, RawArticle)]
    rejections = [(r.path, r.reason) for r in results if isinstance(r, Rejection)]
    assert [a.external_id for a in articles] == ["a1", "d1", "d2"]
    assert rejections == [(f"{path}:2", "bad_json"), (f"{path}:4", "no_text")]
    assert {a.path for a in articles} == {str(path)}
    assert articles[0].published == "2024-01-02" and articles[1].lead == "Sa pô A"
    assert articles[2].published is None and articles[0].format == "jsonl"


def test_read_paths_real_evaluation_file_streams(shared_data: Path) -> None:
    results = list(read_paths([str(shared_data / "vmds.jsonl")]))
    assert results and all(isinstance(r, RawArticle) for r in results)
    assert len({r.external_id for r in results}) == len(results)


@pytest.mark.parametrize(
    ("payload", "fmt"),
    [
        ("  " + "\n".join(_jsonl_lines()[:1]), "jsonl"),
        ((PAGES / "boilerplate.html").read_text(encoding="utf-8"), "html"),
        (TEXT, "txt"),
    ],
    ids=["jsonl", "html", "text"],
)
def test_read_paths_stdin_is_sniffed(payload: str, fmt: str) -> None:
    for stream in (io.BytesIO(payload.encode("utf-8")), io.StringIO(payload)):
        (result,) = list(read_paths(["-"], stdin=stream))
        assert isinstance(result, RawArticle)
        assert result.format == fmt and result.path is None


def test_read_paths_empty_stdin_is_rejected() -> None:
    (result,) = list(read_paths(["-"], stdin=io.BytesIO(b"")))
    assert isinstance(result, Rejection) and (result.path, result.reason) == ("-", "empty")


def test_read_paths_reads_seed_pages(seeds_dir: Path) -> None:
    results = list(read_paths([str(seeds_dir)]))
    assert len(results) == 2 and all(isinstance(r, RawArticle) for r in results)


def test_read_paths_does_not_follow_symlinked_folders_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    results = list(read_paths([str(tmp_path)]))
    assert [r.path for r in results] == [str(tmp_path / "a.txt"), str(tmp_path / "loop")]
    skipped = results[1]
    assert isinstance(skipped, Rejection) and skipped.reason == "unsupported"
    assert "link to a folder" in skipped.detail


def test_input_bytes_sizes_what_a_walk_would_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"x" * 100)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_bytes(b"y" * 50)
    (tmp_path / "sub" / "notes.md").write_bytes(b"z" * 1000)  # not a format read: not counted
    (tmp_path / ".hidden.txt").write_bytes(b"z" * 1000)
    with lzma.open(tmp_path / "c.jsonl.xz", "wb") as xz:
        xz.write(b"{}\n" * 10)
    packed = (tmp_path / "c.jsonl.xz").stat().st_size
    assert input_bytes([str(tmp_path)]) == 150 + 6 * packed
    assert input_bytes([str(tmp_path / "a.txt"), "-", str(tmp_path / "missing.txt")]) == 100


@pytest.mark.parametrize("size", [40, 3000])
def test_bomless_utf16_is_not_guessed_for_binary_or_short_data(size: int) -> None:
    noise = bytes(random.Random(size).randrange(256) for _ in range(size))
    assert bomless_utf16(noise) is None
    assert bomless_utf16(b"\x00\x01" * size) is None  # control characters, not text
