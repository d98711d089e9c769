"""Walk the paths a user gave and hand each file to the reader of its format."""

from __future__ import annotations

import bz2
import codecs
import gzip
import io
import lzma
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from bantin.errors import check_range
from bantin.ingest.decode import (
    XZ_MAGIC,
    Refusal,
    binary_kind,
    bom_encoding,
    decode_text,
    not_utf8,
)
from bantin.ingest.formats import Result, read_html, read_jsonl, read_txt, reject
from bantin.models import Rejection

# Suffix -> format; a directory walk reads only these and skips everything else silently.
SUFFIXES = {
    ".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl",
    ".jsonl.xz": "xz", ".jsonl.gz": "gz", ".jsonl.bz2": "bz2",
}  # fmt: skip
# Compressed JSON Lines: format -> (magic bytes, opener); dumps of news come compressed.
_COMPRESSED: dict[str, tuple[bytes, Callable[..., Any]]] = {
    "xz": (XZ_MAGIC, lzma.open),
    "gz": (b"\x1f\x8b", gzip.open),
    "bz2": (b"BZh", bz2.open),
}
STDIN = "-"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CHUNK = 1 << 16  # bytes read at a time where a whole line or stream need not be held


def read_paths(
    paths: Sequence[str],
    stdin: TextIO | BinaryIO | None = None,
    max_bytes: int = 20_000_000,
    convert_legacy: bool = False,
    stdin_name: str = STDIN,
) -> Iterator[Result]:
    """Read every page or record under ``paths``; each problem becomes a ``Rejection``.

    A path may be a ``.txt``, ``.html``/``.htm``, ``.jsonl`` or compressed ``.jsonl.xz``,
    ``.jsonl.gz`` or ``.jsonl.bz2`` file, a directory (read recursively in sorted order,
    hidden entries skipped) or ``-`` for ``stdin`` (``sys.stdin`` when not given).
    ``max_bytes`` bounds a file, or one JSONL line.
    ``convert_legacy`` converts text recognised as TCVN3, VNI, VISCII or Windows-1258 instead
    of refusing it (the tables' variants differ in rare letters: check what comes out).
    A rejection of standard input names it ``stdin_name`` (``POST /articles:3`` for line 3
    of a request body rather than ``-:3``).
    """
    check_range("read_paths", "max_bytes", max_bytes, 1, 2**40, kind=int)
    for given in paths:
        if given == STDIN:
            stream = stdin if stdin is not None else sys.stdin
            for result in _read_stdin(stream, max_bytes, convert_legacy):
                if isinstance(result, Rejection):  # named "-" or "-:LINE" by the readers
                    label = stdin_name + result.path.removeprefix(STDIN)
                    result = result.model_copy(update={"path": label})
                yield result
            continue
        path = Path(given)
        if path.is_dir():
            for found in _walk(path):
                if isinstance(found, Rejection):
                    yield found
                else:
                    fmt = _format_of(found.name)
                    yield from _read_file(str(found), fmt, max_bytes, convert_legacy)
        elif not path.exists():
            yield Rejection(path=path_label(given), reason="not_found", detail=_missing(path))
        elif (fmt := _format_of(path.name)) is None:
            yield Rejection(
                path=path_label(given),
                reason="unsupported",
                detail="give .txt, .html, .htm, .jsonl(.xz|.gz|.bz2) files, a directory or -",
            )
        else:
            yield from _read_file(given, fmt, max_bytes, convert_legacy)


def input_bytes(paths: Sequence[str]) -> int:
    """About how many bytes of text ``paths`` hold, from file sizes alone: a compressed
    file counts six times its size (news text compresses about 6:1), stdin counts nothing."""
    total = 0
    for given in paths:
        if given == STDIN:
            continue
        path = Path(given)
        files = [f for f in _walk(path) if isinstance(f, Path)] if path.is_dir() else [path]
        for file in files:
            try:
                size = file.stat().st_size
            except OSError:
                continue  # reading it will say why
            total += size * 6 if _format_of(file.name) in _COMPRESSED else size
    return total


def path_label(path: str | os.PathLike[str]) -> str:
    """``path`` as text that can be printed and stored: a file name in another encoding
    than UTF-8 (its undecodable bytes surrogate-escaped by Python) gets ``\\xNN`` escapes,
    and a control character in a name (a newline) is escaped too, so a message naming the
    file stays on one line."""
    label = os.fsencode(path).decode("utf-8", errors="backslashreplace")
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), label)


def _missing(path: Path) -> str:
    if path.is_symlink():
        return "a symbolic link to a missing file (or a link loop)"
    return "no such file or directory"


def _format_of(name: str) -> str | None:
    lower = name.lower()
    return next((fmt for suffix, fmt in SUFFIXES.items() if lower.endswith(suffix)), None)


def _walk(root: Path) -> Iterator[Path | Rejection]:
    """Files under ``root`` in a known format, depth first in sorted order, hidden entries
    skipped; a folder that cannot be listed, a dangling link, a linked folder or a pipe
    named like an input is a ``Rejection``.

    Symlinked folders are not entered: a link to a parent would make the walk endless.
    """
    try:
        entries = sorted(root.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        yield Rejection(path=path_label(root), reason="unreadable", detail=_os_reason(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir() and not entry.is_symlink():
            yield from _walk(entry)
        elif entry.is_dir():
            yield Rejection(
                path=path_label(entry),
                reason="unsupported",
                detail="a link to a folder, not followed (it could loop): give the folder itself",
            )
        elif _format_of(entry.name) is None:
            continue
        elif entry.is_file():
            yield entry
        elif not entry.exists():
            yield Rejection(path=path_label(entry), reason="not_found", detail=_missing(entry))
        else:
            yield _not_regular(entry)


def _not_regular(path: Path) -> Rejection:
    # A pipe or a device: reading it could block for ever.
    return Rejection(
        path=path_label(path), reason="unsupported", detail="not a regular file: use - for a pipe"
    )


def _os_reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _read_file(
    given: str, fmt: str | None, max_bytes: int, convert_legacy: bool
) -> Iterator[Result]:
    file, path = Path(given), path_label(given)
    try:
        if not file.exists():  # gone since the folder was listed
            yield Rejection(path=path, reason="not_found", detail=_missing(file))
            return
        if not file.is_file():
            yield _not_regular(file)
            return
        if fmt in _COMPRESSED and (refusal := _not_compressed(file, fmt)) is not None:
            yield reject(path, refusal)
            return
        if fmt == "jsonl" or fmt in _COMPRESSED:
            opener = _COMPRESSED[fmt][1] if fmt in _COMPRESSED else open
            with opener(file, "rb") as stream:
                head = stream.peek(_CHUNK)[:_CHUNK]
                if bom_encoding(head) is None and (kind := binary_kind(head)) is not None:
                    # Not text at all: one rejection, not one per "line" of it.
                    refusal = Refusal("binary", f"{kind}: give text, HTML or JSONL files")
                    yield reject(path, refusal)
                else:
                    yield from read_jsonl(path, _binary_lines(stream, max_bytes, convert_legacy))
            return
        size = file.stat().st_size
        if size > max_bytes:
            yield Rejection(
                path=path,
                reason="too_large",
                detail=f"{size} bytes > max_bytes={max_bytes}: split it or raise max_bytes",
            )
            return
        with open(file, "rb") as handle:
            data = handle.read()
    except (lzma.LZMAError, gzip.BadGzipFile, EOFError, ValueError) as exc:
        # EOFError: the stream stops early (a truncated download); the lines before were read.
        # ValueError: bz2's "invalid data stream"
        yield Rejection(path=path, reason="undecodable", detail=f"corrupt {fmt} file: {exc}")
        return
    except OSError as exc:
        yield Rejection(path=path, reason="unreadable", detail=_os_reason(exc))
        return
    yield _read_document(path, data, fmt, convert_legacy)


def _not_compressed(file: Path, fmt: str) -> Refusal | None:
    """Why a ``.jsonl.xz`` (``.gz``, ``.bz2``) file is not compressed so at all, naming what
    it is instead."""
    with open(file, "rb") as handle:
        head = handle.read(_CHUNK)
    if not head:
        return Refusal("empty", "0 bytes: nothing to read")
    if head.startswith(_COMPRESSED[fmt][0]):
        return None
    if (kind := binary_kind(head)) is not None:
        return Refusal("undecodable", f"not {fmt}-compressed ({kind})")
    return Refusal(
        "undecodable", f"not {fmt}-compressed: if it is plain JSON Lines, name it .jsonl"
    )


def _read_document(path: str, data: bytes, fmt: str | None, convert_legacy: bool) -> Result:
    if not data:
        return Rejection(path=path, reason="empty", detail="0 bytes: nothing to read")
    decoded = decode_text(data, convert_legacy)
    if isinstance(decoded, Refusal):
        return reject(path, decoded)
    text, encoding = decoded
    reader = read_html if fmt == "html" else read_txt
    return reader(path, text, encoding)


def _binary_lines(
    stream: io.BufferedReader[Any] | lzma.LZMAFile | gzip.GzipFile | bz2.BZ2File,
    max_bytes: int,
    convert_legacy: bool = False,
) -> Iterator[tuple[int, str | Refusal]]:
    """Numbered lines of a JSONL byte stream, decoded one at a time (never the whole file).

    A line longer than ``max_bytes`` is skipped in pieces, so it is never held in memory.
    """
    encoding = bom_encoding(stream.peek(4)[:4])
    if encoding is not None and encoding != "utf-8-sig":
        # UTF-16/32 lines cannot be split on b"\n"; read them through a decoder instead.
        yield from _text_lines(io.TextIOWrapper(stream, encoding=encoding), max_bytes)
        return
    lineno = 0
    while raw := stream.readline(max_bytes + 1):
        lineno += 1
        if len(raw) > max_bytes:
            size = len(raw)
            while not raw.endswith(b"\n") and (raw := stream.readline(_CHUNK)):
                size += len(raw)
            yield lineno, Refusal("too_large", f"line of {size} bytes > max_bytes={max_bytes}")
            continue
        try:
            yield lineno, raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            decoded = not_utf8(raw, exc, convert_legacy)
            yield lineno, decoded if isinstance(decoded, Refusal) else decoded[0]


def _text_lines(lines: Iterable[str], max_bytes: int) -> Iterator[tuple[int, str | Refusal]]:
    for lineno, line in enumerate(lines, start=1):
        if len(line) > max_bytes:
            yield lineno, Refusal("too_large", f"line of {len(line)} chars > max_bytes={max_bytes}")
        else:
            yield lineno, line


class _Prefixed(io.RawIOBase):
    """The bytes already read from ``stream`` (``head``), then the rest of it."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head, self._stream = head, stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        size = len(buffer)
        data, self._head = self._head[:size], self._head[size:]
        data = data or self._stream.read(size)
        buffer[: len(data)] = data
        return len(data)


def _read_stdin(stdin: TextIO | BinaryIO, max_bytes: int, convert_legacy: bool) -> Iterator[Result]:
    """Standard input, sniffed: JSONL if it starts with ``{`` or ``[`` (then read line by line
    like a ``.jsonl`` file: a bad line is one rejection), HTML with ``<``, else text."""
    source: Any = getattr(stdin, "buffer", stdin)  # the bytes under a text stream
    if isinstance(source, io.TextIOBase):  # a text stream without bytes underneath
        source = io.BytesIO(source.read().encode("utf-8"))
    binary: BinaryIO = source
    head = b""
    while not head.removeprefix(codecs.BOM_UTF8).strip() and (chunk := binary.read(_CHUNK)):
        head += chunk
    stream = io.BufferedReader(_Prefixed(head, binary))
    if head.removeprefix(codecs.BOM_UTF8).lstrip()[:1] in (b"{", b"["):
        yield from read_jsonl(None, _binary_lines(stream, max_bytes, convert_legacy))
        return
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield Rejection(path=STDIN, reason="too_large", detail=f"more than max_bytes={max_bytes}")
        return
    if not data:
        yield Rejection(path=STDIN, reason="empty", detail="0 bytes on standard input")
        return
    decoded = decode_text(data, convert_legacy)
    if isinstance(decoded, Refusal):
        yield reject(STDIN, decoded)
        return
    text, encoding = decoded
    first = text.lstrip()[:1]
    if first in ("{", "["):  # UTF-16/32 JSONL: decoded whole
        yield from read_jsonl(None, _text_lines(text.splitlines(), max_bytes))
    else:
        yield (read_html if first == "<" else read_txt)(None, text, encoding)
