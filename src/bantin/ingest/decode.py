"""Bytes to text: the encodings we accept, and a stable reason for everything we refuse."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from bantin.ingest.legacy import LEGACY_DECODERS, guess_legacy_encoding

XZ_MAGIC = b"\xfd7zXZ\x00"
# Leading bytes of formats that are never text; NUL bytes catch most of the rest.
BINARY_MAGIC: dict[bytes, str] = {
    b"%PDF": "PDF",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive (or DOCX/XLSX)",
    b"\x1f\x8b": "gzip archive",
    XZ_MAGIC: "xz archive",
    b"BZh": "bzip2 archive",
    b"\x7fELF": "executable",
    b"\xd0\xcf\x11\xe0": "old Office document",
    b"SQLite format 3\x00": "SQLite database",
}
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Refusal:
    """Why some bytes are not usable text: becomes a ``Rejection`` once the path is known."""

    reason: str
    detail: str


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``data`` announces, if any."""
    return next((enc for bom, enc in _BOMS if data.startswith(bom)), None)


def binary_kind(data: bytes) -> str | None:
    """What ``data`` is when it is plainly not text (magic number or NUL bytes), else None."""
    for magic, kind in BINARY_MAGIC.items():
        if data.startswith(magic):
            return kind
    if b"\x00" in data[:8192]:
        return "contains NUL bytes"
    return None


def bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when ``data`` is UTF-16 text saved without a BOM.

    Vietnamese text keeps nearly every code point below U+2000, so one byte of each pair is
    mostly NUL (Latin letters and most marked vowels: 0x00/0x01; the Vietnamese block: 0x1E)
    and the other almost never is — a pattern binary data does not follow.
    """
    head = data[: 8192 - 8192 % 2]
    if len(head) < 64 or len(data) % 2:
        return None
    even, odd = head[0::2].count(0) / (len(head) / 2), head[1::2].count(0) / (len(head) / 2)
    for nul_share, other_share, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nul_share >= 0.3 and other_share == 0:
            # the head only: the caller decodes the whole once (the head may cut a pair)
            text = head.decode(encoding, errors="replace")
            printable = sum(c.isprintable() or c.isspace() for c in text)
            return encoding if printable >= 0.98 * len(text) else None
    return None


def decode_text(data: bytes, convert_legacy: bool = False) -> tuple[str, str] | Refusal:
    """Decode a whole file: UTF-8 (BOM or not), UTF-16/32 with a BOM, or UTF-16 whose text
    shows its byte order; with ``convert_legacy``, also a recognised legacy Vietnamese
    encoding; refuse the rest."""
    encoding = bom_encoding(data)
    if encoding is None and (utf16 := bomless_utf16(data)) is not None:
        try:
            return _checked(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: judged below like any other bytes
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            return Refusal("undecodable", f"starts with a {encoding} byte-order mark but {exc}")
        return _checked(text, encoding.removesuffix("-sig"))
    kind = binary_kind(data)
    if kind is not None:
        return Refusal("binary", f"{kind}: give text, HTML or JSONL files")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.end == len(data) and exc.reason == "unexpected end of data":
            # Cut inside its last character (a truncated copy): the text before it is sound.
            return _checked(data[: exc.start].decode("utf-8"), "utf-8")
        return not_utf8(data, exc, convert_legacy)
    return _checked(text, "utf-8")


def not_utf8(
    data: bytes, exc: UnicodeDecodeError, convert_legacy: bool = False
) -> tuple[str, str] | Refusal:
    """``data`` (a file, or one JSONL line) that failed to decode as UTF-8: converted from
    the legacy Vietnamese encoding it is recognised in when ``convert_legacy``, else why it
    was refused, with the fix."""
    legacy = guess_legacy_encoding(data)
    if legacy is not None and convert_legacy:
        return _checked(LEGACY_DECODERS[legacy](data), f"{legacy}, converted")
    if legacy is not None:
        return Refusal(
            "legacy_encoding",
            f"looks like {legacy}-encoded Vietnamese: convert it to UTF-8 "
            "(e.g. with UniKey's converter, or run with --convert-legacy) and retry",
        )
    return Refusal(
        "undecodable",
        f"not UTF-8 ({exc.reason} at byte {exc.start}): save it as UTF-8 or UTF-16 with a BOM",
    )


def _checked(text: str, encoding: str) -> tuple[str, str] | Refusal:
    if not text.strip():
        return Refusal("empty", "only whitespace: nothing to read")
    return text, encoding
