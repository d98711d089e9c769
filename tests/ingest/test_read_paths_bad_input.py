"""Adversarial inputs to ``read_paths``: each gives one rejection naming the file (and line),
and everything readable around it is still read."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import os
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import bantin.ingest.paths as ingest_paths
from bantin.ingest import path_label, read_paths
from bantin.ingest.legacy import LEGACY_DECODERS
from bantin.models import RawArticle, Rejection

SENTENCE = "Chính phủ đã họp bàn về việc xây dựng đường cao tốc tại Hà Nội.\n"
# SENTENCE as iconv writes it in VISCII and in Windows-1258 (tone marks as combining bytes).
VISCII = (
    b"Ch\xednh ph\xfc \xf0\xe3 h\xf7p b\xe0n v\xab vi\xaec x\xe2y d\xf1ng \xf0\xdf\xb6ng"
    b" cao t\xafc t\xd5i H\xe0 N\xb5i.\n"
)
CP1258 = (
    b"Ch\xednh phu\xd2 \xf0a\xde ho\xf2p b\xe0n v\xea\xcc vi\xea\xf2c x\xe2y d\xfd\xf2ng"
    b" \xf0\xfd\xf5\xccng cao t\xf4\xecc ta\xf2i H\xe0 N\xf4\xf2i.\n"
)


def _line(number: int, **extra: str) -> str:
    record = {"id": f"r{number}", "text": f"Bản tin số {number}: {SENTENCE}", **extra}
    return json.dumps(record, ensure_ascii=False)


def _summary(results: list[RawArticle | Rejection]) -> list[tuple[str, str]]:
    return [
        (r.path, r.reason) if isinstance(r, Rejection) else (r.path or "-", "read") for r in results
    ]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("feed.jsonl", b""),
        ("feed.jsonl", b"\n  \n\t\n"),
        ("feed.jsonl.xz", b""),
        ("feed.jsonl.xz", lzma.compress(b"")),
        ("feed.jsonl.xz", lzma.compress(b"\n\n")),
    ],
    ids=["zero-bytes", "blank-lines", "xz-zero-bytes", "xz-of-nothing", "xz-of-blank-lines"],
)
def test_read_paths_empty_jsonl_is_one_empty_rejection(
    tmp_path: Path, name: str, data: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert _summary(list(read_paths([str(path)]))) == [(str(path), "empty")]


@pytest.mark.parametrize("keep", [0.0001, 0.5, 0.9], ids=["header-only", "half", "most"])
@pytest.mark.parametrize(
    ("fmt", "compress"), [("xz", lzma.compress), ("gz", gzip.compress), ("bz2", bz2.compress)]
)
def test_read_paths_truncated_compressed_keeps_the_lines_before_and_rejects_once(
    tmp_path: Path, keep: float, fmt: str, compress: Callable[[bytes], bytes]
) -> None:
    # Text with little repetition, so the compressed stream is long enough to cut.
    lines = [_line(n, title=os.urandom(24).hex()) for n in range(3000)]
    packed = compress(("\n".join(lines) + "\n").encode("utf-8"))
    path = tmp_path / f"feed.jsonl.{fmt}"
    path.write_bytes(packed[: int(len(packed) * keep)])
    *read, last = list(read_paths([str(path)]))
    assert isinstance(last, Rejection)
    assert (last.path, last.reason) == (str(path), "undecodable") and fmt in last.detail
    assert all(isinstance(r, RawArticle) for r in read)
    assert [r.line for r in read if isinstance(r, RawArticle)] == list(range(1, len(read) + 1))
    if keep >= 0.5 and fmt != "bz2":  # bz2 decodes whole blocks; this file is one block
        assert len(read) > 1000


@pytest.mark.parametrize(
    ("record", "field"),
    [
        ('{"id": "a", "text": "Tin v\\ud800 b\\u00e0i m\\u1ed9t."}', "text"),
        ('{"id": "a", "text": "Tin b\\u00e0i m\\u1ed9t.", "title": "A\\udc00"}', "title"),
        ('{"id": "\\udfff", "text": "Tin b\\u00e0i m\\u1ed9t."}', "id"),
    ],
    ids=["text", "title", "id"],
)
def test_read_paths_jsonl_lone_surrogate_is_undecodable_at_its_line(
    tmp_path: Path, record: str, field: str
) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(f"{_line(1)}\n{record}\n{_line(3)}\n", encoding="utf-8")
    results = list(read_paths([str(path)]))
    assert _summary(results) == [
        (str(path), "read"),
        (f"{path}:2", "undecodable"),
        (str(path), "read"),
    ]
    rejection = results[1]
    assert isinstance(rejection, Rejection) and f"'{field}'" in rejection.detail


def test_read_paths_jsonl_records_carry_their_line(tmp_path: Path) -> None:
    cluster = {"documents": [{"text": "Tin A."}, {"text": "Tin B."}]}
    path = tmp_path / "feed.jsonl"
    path.write_text(f"{_line(1)}\n\n{json.dumps(cluster)}\n", encoding="utf-8")
    assert [r.line for r in read_paths([str(path)]) if isinstance(r, RawArticle)] == [1, 3, 3]


@pytest.mark.parametrize(
    ("data", "name"),
    [(VISCII, "VISCII"), (CP1258, "Windows-1258")],
    ids=["viscii", "cp1258"],
)
def test_read_paths_legacy_codepage_is_named(tmp_path: Path, data: bytes, name: str) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(data)
    (result,) = list(read_paths([str(path)]))
    assert isinstance(result, Rejection) and result.reason == "legacy_encoding"
    assert f"looks like {name}-encoded" in result.detail


@pytest.mark.parametrize(
    ("data", "name"), [(VISCII, "VISCII"), (CP1258, "Windows-1258")], ids=["viscii", "cp1258"]
)
def test_legacy_decoders_give_nfc_text(data: bytes, name: str) -> None:
    text = LEGACY_DECODERS[name](data)
    assert text == SENTENCE and unicodedata.is_normalized("NFC", text)


def test_read_paths_file_name_not_in_utf8_is_read_under_an_escaped_label(tmp_path: Path) -> None:
    raw_name = os.fsencode(tmp_path) + b"/tin H\xe0 N\xf4i.txt"  # a Windows-1258 file name
    Path(os.fsdecode(raw_name)).write_text(SENTENCE, encoding="utf-8")
    for given in (str(tmp_path), os.fsdecode(raw_name)):
        (result,) = list(read_paths([given]))
        assert isinstance(result, RawArticle) and result.path is not None
        assert result.path == f"{tmp_path}/tin H\\xe0 N\\xf4i.txt"
        result.path.encode("utf-8")  # printable and storable


def test_path_label_keeps_utf8_names_as_they_are() -> None:
    assert path_label("tin tức/Hà Nội mới.txt") == "tin tức/Hà Nội mới.txt"


def test_read_paths_file_name_with_a_newline_is_named_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "tin\nmới\t.txt"
    path.write_bytes(b"")
    (result,) = list(read_paths([str(tmp_path)]))
    assert isinstance(result, Rejection) and result.reason == "empty"
    assert result.message() == f"{tmp_path}/tin\\nmới\\t.txt: empty (0 bytes: nothing to read)"


@pytest.mark.parametrize("target", ["nowhere.txt", "self.txt"], ids=["dangling", "self-loop"])
def test_read_paths_broken_link_is_not_found_in_folder_and_given(
    tmp_path: Path, target: str
) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    link = tmp_path / "self.txt"
    link.symlink_to(target)
    assert _summary(list(read_paths([str(tmp_path)]))) == [
        (str(tmp_path / "a.txt"), "read"),
        (str(link), "not_found"),
    ]
    (given,) = list(read_paths([str(link)]))
    assert isinstance(given, Rejection) and given.reason == "not_found"
    assert "symbolic link" in given.detail


def test_read_paths_folder_that_cannot_be_listed_is_unreadable_and_the_walk_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ["a/1.txt", "b/2.txt", "c/3.txt"]:
        (tmp_path / name).parent.mkdir()
        (tmp_path / name).write_text(SENTENCE + name, encoding="utf-8")
    real_iterdir = Path.iterdir

    def iterdir(self: Path) -> Iterator[Path]:
        if self.name == "b":
            raise PermissionError(13, "Permission denied")
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    results = list(read_paths([str(tmp_path)]))
    assert _summary(results) == [
        (str(tmp_path / "a/1.txt"), "read"),
        (str(tmp_path / "b"), "unreadable"),
        (str(tmp_path / "c/3.txt"), "read"),
    ]
    assert isinstance(results[1], Rejection) and results[1].detail == "Permission denied"


@pytest.mark.parametrize("name", ["page.txt", "feed.jsonl"])
def test_read_paths_file_that_cannot_be_opened_is_unreadable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    path = tmp_path / name
    path.write_text(_line(1), encoding="utf-8")
    # Tests may run as root, who reads any file: make open() refuse like chmod 000 would.
    monkeypatch.setattr(ingest_paths, "open", _refuse_open, raising=False)
    (result,) = list(read_paths([str(path)]))
    assert isinstance(result, Rejection)
    assert (result.path, result.reason, result.detail) == (
        str(path),
        "unreadable",
        "Permission denied",
    )


def _refuse_open(*args: object, **kwargs: object) -> None:
    raise PermissionError(13, "Permission denied")


def test_read_paths_named_pipe_is_unsupported_not_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (result,) = list(read_paths([str(fifo)]))
    assert isinstance(result, Rejection) and result.reason == "unsupported"
    # in a walk too: named like an input, it must not vanish without a word
    assert list(read_paths([str(tmp_path)])) == [result]


def test_read_paths_overlong_jsonl_line_is_skipped_and_the_next_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    long_line = _line(2, title="x" * 5000)
    path.write_text(f"{_line(1)}\n{long_line}\n{_line(3)}", encoding="utf-8")
    results = list(read_paths([str(path)], max_bytes=1000))
    assert _summary(results) == [
        (str(path), "read"),
        (f"{path}:2", "too_large"),
        (str(path), "read"),
    ]
    rejection = results[1]
    size = len(long_line.encode("utf-8")) + 1
    assert isinstance(rejection, Rejection) and f"line of {size} bytes" in rejection.detail


@pytest.mark.parametrize("padding", ["", "\n" * 70_000], ids=["plain", "blank-lines-first"])
def test_read_paths_stdin_jsonl_bad_line_does_not_lose_the_rest(padding: str) -> None:
    data = (
        padding.encode()
        + b"\xef\xbb\xbf"[: 3 if not padding else 0]
        + f"{_line(1)}\n".encode()
        + b'{"id": "r2", "text": "caf\xe9"}\n'
        + f"{_line(3)}\n{_line(4)}\n".encode()
    )
    # max_bytes bounds one line of JSONL on stdin, as in a file: the whole stream is larger.
    results = list(read_paths(["-"], stdin=io.BytesIO(data), max_bytes=400))
    lines = padding.count("\n")
    assert _summary(results) == [
        ("-", "read"),
        (f"-:{lines + 2}", "undecodable"),
        ("-", "read"),
        ("-", "read"),
    ]
    assert [r.line for r in results if isinstance(r, RawArticle)] == [
        lines + 1,
        lines + 3,
        lines + 4,
    ]


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (gzip.compress(b'{"text": "Tin."}\n' * 200), "gzip"),
        (b"%PDF-1.7\n" + b"stream\n" * 500, "PDF"),
        ("\n".join(_line(n) for n in range(50)).encode("utf-16-le"), "NUL"),
    ],
    ids=["gzip", "pdf", "utf16-without-bom"],
)
def test_read_paths_binary_jsonl_is_one_rejection(tmp_path: Path, data: bytes, kind: str) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(data)
    (result,) = list(read_paths([str(path)]))
    assert isinstance(result, Rejection) and (result.path, result.reason) == (str(path), "binary")
    assert kind in result.detail


def test_read_paths_legacy_encoded_jsonl_line_is_named_at_its_line(tmp_path: Path) -> None:
    legacy = b'{"text": "' + VISCII.strip() + b'"}'
    path = tmp_path / "feed.jsonl"
    path.write_bytes(f"{_line(1)}\n".encode() + legacy + f"\n{_line(3)}\n".encode())
    results = list(read_paths([str(path)]))
    assert _summary(results) == [
        (str(path), "read"),
        (f"{path}:2", "legacy_encoding"),
        (str(path), "read"),
    ]
    rejection = results[1]
    assert isinstance(rejection, Rejection) and "VISCII" in rejection.detail


@pytest.mark.parametrize(
    ("data", "name"),
    [(VISCII, "VISCII"), (CP1258, "Windows-1258")],
    ids=["viscii", "cp1258"],
)
def test_read_paths_converts_a_legacy_page_only_when_asked(
    tmp_path: Path, data: bytes, name: str
) -> None:
    path = tmp_path / "cu.txt"
    path.write_bytes(data)
    (refused,) = list(read_paths([str(path)]))
    assert isinstance(refused, Rejection) and "--convert-legacy" in refused.detail
    (converted,) = list(read_paths([str(path)], convert_legacy=True))
    assert isinstance(converted, RawArticle)
    assert (converted.text, converted.encoding) == (SENTENCE, f"{name}, converted")


def test_read_paths_converts_a_legacy_jsonl_line_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'{"id": "old", "text": "' + VISCII.strip() + b'"}\n')
    (converted,) = list(read_paths([str(path)], convert_legacy=True))
    assert isinstance(converted, RawArticle)
    assert (converted.external_id, converted.text) == ("old", SENTENCE.strip())


@pytest.mark.parametrize(
    "document",
    [
        [{"text": "Tin một."}, {"text": "Tin hai."}],
        {"documents": [{"text": "Tin một."}]},
    ],
    ids=["array", "object"],
)
@pytest.mark.parametrize("via", ["file", "stdin"])
def test_read_paths_indented_json_is_one_bad_json_rejection(
    tmp_path: Path, document: object, via: str
) -> None:
    data = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    path = tmp_path / "feed.jsonl"
    path.write_bytes(data)
    given, stdin = (str(path), None) if via == "file" else ("-", io.BytesIO(data))
    (result,) = list(read_paths([given], stdin=stdin))
    assert isinstance(result, Rejection) and (result.path, result.reason) == (given, "bad_json")
    assert "one JSON object per line" in result.detail


def test_read_paths_file_gone_between_listing_and_reading_is_not_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ["a.txt", "b.txt"]:
        (tmp_path / name).write_text(SENTENCE, encoding="utf-8")
    listed = ingest_paths._walk

    def walk_then_delete(root: Path) -> Iterator[Path | Rejection]:
        for found in listed(root):
            if isinstance(found, Path) and found.name == "b.txt":
                found.unlink()  # another process moves it away right after the listing
            yield found

    monkeypatch.setattr(ingest_paths, "_walk", walk_then_delete)
    results = list(read_paths([str(tmp_path)]))
    assert _summary(results) == [
        (str(tmp_path / "a.txt"), "read"),
        (str(tmp_path / "b.txt"), "not_found"),
    ]


@pytest.mark.parametrize(
    ("name", "data", "detail"),
    [
        ("feed.jsonl.xz", _line(1).encode("utf-8"),
         "not xz-compressed: if it is plain JSON Lines, name it .jsonl"),
        ("feed.jsonl.xz", gzip.compress(_line(1).encode("utf-8")),
         "not xz-compressed (gzip archive)"),
        ("feed.jsonl.gz", lzma.compress(_line(1).encode("utf-8")),
         "not gz-compressed (xz archive)"),
        ("feed.jsonl.bz2", _line(1).encode("utf-8"),
         "not bz2-compressed: if it is plain JSON Lines, name it .jsonl"),
    ],
    ids=["plain-jsonl", "gzip-as-xz", "xz-as-gz", "plain-as-bz2"],
)  # fmt: skip
def test_read_paths_compressed_file_that_is_not_says_what_it_is(
    tmp_path: Path, name: str, data: bytes, detail: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    (result,) = list(read_paths([str(path)]))
    assert isinstance(result, Rejection) and (result.reason, result.detail) == (
        "undecodable",
        detail,
    )


def test_read_paths_text_cut_inside_its_last_character_keeps_the_rest(tmp_path: Path) -> None:
    data = (SENTENCE * 3).rstrip().encode("utf-8")
    path = tmp_path / "cut.txt"
    path.write_bytes(data + "ộ".encode()[:2])  # a copy stopped mid-character
    result = list(read_paths([str(path)]))
    assert [r.text for r in result if isinstance(r, RawArticle)] == [data.decode("utf-8")]


def test_read_paths_cut_inside_a_character_elsewhere_is_still_undecodable(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(SENTENCE.encode("utf-8") + b"\xe1\xbb" + SENTENCE.encode("utf-8"))
    (result,) = list(read_paths([str(path)]))
    assert isinstance(result, Rejection) and result.reason == "undecodable"


def test_read_paths_html_of_menus_and_links_only_is_no_text(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text(
        "<html><head><script>var page = 1;</script><style>p {}</style></head><body>"
        "<nav><a href='/'>Trang chủ</a><a href='/tt'>Thể thao</a><a href='/kd'>Kinh doanh</a>"
        "</nav><script>render()</script></body></html>",
        encoding="utf-8",
    )
    (result,) = list(read_paths([str(path)]))
    assert isinstance(result, Rejection) and result.reason == "no_text"


@pytest.mark.parametrize("depth", [300, 1000])
def test_read_paths_page_nested_past_the_parsers_limit_keeps_its_text(
    tmp_path: Path, depth: int
) -> None:
    # libxml2 stops at 256 nested elements by default, and trafilatura then sees no article
    path = tmp_path / "deep.html"
    paragraph = f"<p>{SENTENCE * 3}</p>"
    path.write_text(
        f"<html><head><title>Cao tốc</title></head><body>{'<div>' * depth}<article>"
        f"{paragraph * 3}</article>{'</div>' * depth}</body></html>",
        encoding="utf-8",
    )
    (result,) = list(read_paths([str(path)]))
    assert isinstance(result, RawArticle), result
    assert SENTENCE.strip() in result.text and result.title == "Cao tốc"


def test_read_paths_page_trafilatura_discards_logs_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Nesting deeper than even the deep parser helps with: trafilatura gives up and logs a
    # warning, which the CLI would print as a stray line beside the page's own rejection.
    path = tmp_path / "deep.html"
    path.write_text(
        f"<html><body>{'<div>' * 6000}<p>{SENTENCE}</p>{'</div>' * 6000}", encoding="utf-8"
    )
    (result,) = list(read_paths([str(path)]))
    assert isinstance(result, Rejection) and result.reason == "no_text"
    assert [r.getMessage() for r in caplog.records if r.name.startswith("trafilatura")] == []
