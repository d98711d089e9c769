"""Walk the paths a user gave and hand each file to the reader of its format."""

from __future__ import annotations

import io
import lzma
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, TextIO

from bantin.errors import check_range
from bantin.ingest.decode import Refusal, bom_encoding, decode_text
from bantin.ingest.formats import Result, read_html, read_jsonl, read_txt, reject
from bantin.models import Rejection

# Suffix -> format; a directory walk reads only these and skips everything else silently.
SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".jsonl.xz": "xz"}
STDIN = "-"


def read_paths(
    paths: Sequence[str],
    stdin: TextIO | BinaryIO | None = None,
    max_bytes: int = 20_000_000,
) -> Iterator[Result]:
    """Read every page or record under ``paths``; each problem becomes a ``Rejection``.

    A path may be a ``.txt``, ``.html``/``.htm``, ``.jsonl`` or ``.jsonl.xz`` file, a
    directory (read recursively in sorted order, hidden entries skipped) or ``-`` for
    ``stdin`` (``sys.stdin`` when not given). ``max_bytes`` bounds a file, or one JSONL line.
    """
    check_range("read_paths", "max_bytes", max_bytes, 1, 2**40, kind=int)
    for given in paths:
        if given == STDIN:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, max_bytes)
            continue
        path = Path(given)
        if path.is_dir():
            for found in _walk(path):
                yield from _read_file(str(found), _format_of(found.name), max_bytes)
        elif not path.exists():
            yield Rejection(path=given, reason="not_found", detail="no such file or directory")
        elif (fmt := _format_of(path.name)) is None:
            yield Rejection(
                path=given,
                reason="unsupported",
                detail="give .txt, .html, .htm, .jsonl or .jsonl.xz files, a directory or -",
            )
        else:
            yield from _read_file(given, fmt, max_bytes)


def _format_of(name: str) -> str | None:
    lower = name.lower()
    return next((fmt for suffix, fmt in SUFFIXES.items() if lower.endswith(suffix)), None)


def _walk(root: Path) -> Iterator[Path]:
    """Readable files under ``root``, depth first in sorted order, hidden entries skipped.

    Symlinked folders are not entered: a link to a parent would make the walk endless.
    """
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("."):
            continue
        if entry.is_dir() and not entry.is_symlink():
            yield from _walk(entry)
        elif entry.is_file() and _format_of(entry.name) is not None:
            yield entry


def _read_file(path: str, fmt: str | None, max_bytes: int) -> Iterator[Result]:
    try:
        if fmt in ("jsonl", "xz"):
            opener = lzma.open if fmt == "xz" else open
            with opener(path, "rb") as stream:
                yield from read_jsonl(path, _binary_lines(stream, max_bytes))
            return
        size = os.path.getsize(path)
        if size > max_bytes:
            yield Rejection(
                path=path,
                reason="too_large",
                detail=f"{size} bytes > max_bytes={max_bytes}: split it or raise max_bytes",
            )
            return
        with open(path, "rb") as handle:
            data = handle.read()
    except lzma.LZMAError as exc:
        yield Rejection(path=path, reason="undecodable", detail=f"corrupt xz file: {exc}")
        return
    except OSError as exc:
        yield Rejection(path=path, reason="unreadable", detail=exc.strerror or str(exc))
        return
    yield _read_document(path, data, fmt)


def _read_document(path: str, data: bytes, fmt: str | None) -> Result:
    if not data:
        return Rejection(path=path, reason="empty", detail="0 bytes: nothing to read")
    decoded = decode_text(data)
    if isinstance(decoded, Refusal):
        return reject(path, decoded)
    text, encoding = decoded
    reader = read_html if fmt == "html" else read_txt
    return reader(path, text, encoding)


def _binary_lines(
    stream: io.BufferedReader | lzma.LZMAFile, max_bytes: int
) -> Iterator[tuple[int, str | Refusal]]:
    """Numbered lines of a JSONL byte stream, decoded one at a time (never the whole file)."""
    encoding = bom_encoding(stream.peek(4)[:4])
    if encoding is not None and encoding != "utf-8-sig":
        # UTF-16/32 lines cannot be split on b"\n"; read them through a decoder instead.
        yield from _text_lines(io.TextIOWrapper(stream, encoding=encoding), max_bytes)
        return
    for lineno, raw in enumerate(stream, start=1):
        if len(raw) > max_bytes:
            yield lineno, Refusal("too_large", f"line of {len(raw)} bytes > max_bytes={max_bytes}")
            continue
        try:
            yield lineno, raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield lineno, Refusal("undecodable", f"not UTF-8 ({exc.reason} at byte {exc.start})")


def _text_lines(lines: Iterable[str], max_bytes: int) -> Iterator[tuple[int, str | Refusal]]:
    for lineno, line in enumerate(lines, start=1):
        if len(line) > max_bytes:
            yield lineno, Refusal("too_large", f"line of {len(line)} chars > max_bytes={max_bytes}")
        else:
            yield lineno, line


def _read_stdin(stdin: TextIO | BinaryIO, max_bytes: int) -> Iterator[Result]:
    """Standard input, sniffed: JSONL if it starts with ``{``, HTML with ``<``, else text."""
    source = getattr(stdin, "buffer", stdin)
    data = source.read(max_bytes + 1)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > max_bytes:
        yield Rejection(path=STDIN, reason="too_large", detail=f"more than max_bytes={max_bytes}")
        return
    if not data:
        yield Rejection(path=STDIN, reason="empty", detail="0 bytes on standard input")
        return
    decoded = decode_text(data)
    if isinstance(decoded, Refusal):
        yield reject(STDIN, decoded)
        return
    text, encoding = decoded
    first = text.lstrip()[:1]
    if first == "{":
        yield from read_jsonl(None, _text_lines(text.splitlines(), max_bytes))
    else:
        yield (read_html if first == "<" else read_txt)(None, text, encoding)
