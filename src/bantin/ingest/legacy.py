"""Recognise Vietnamese text saved in a pre-Unicode encoding (TCVN3/ABC, VNI, VISCII,
Windows-1258).

Such files are not valid UTF-8, and decoding them as Latin-1 gives mojibake ("Hµ Néi",
"Haø Noäi") that would flow silently into every later stage. We recognise them, so the
rejection can tell the user what to do, and convert them only when asked
(``read_paths(convert_legacy=True)``): the tables of these font encodings had variants, and
TCVN3 kept accented capitals in a second font, so a conversion should be checked. Recognition
decodes the bytes with each candidate table and keeps the one whose words are best-formed
Vietnamese (letters of the Vietnamese alphabet, at most one tone mark per syllable).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

# Combining marks of the five Vietnamese tones (huyền, sắc, ngã, hỏi, nặng).
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
# Letters only Vietnamese uses among Latin scripts: these tell a Vietnamese decoding apart
# from a Western European text that also happens to decode.
# (compared after NFD: đ, horn, breve, hook above, dot below).
_VIETNAMESE_ONLY = frozenset("đ\u031b\u0306\u0309\u0323")


def _pairs(codes: str, letters: str) -> dict[int, str]:
    return dict(zip((ord(c) for c in codes), letters, strict=True))


# TCVN3 (ABC): one byte per precomposed lower-case letter; upper case lives in a second font,
# so only the seven bare capitals are in this table.
_TCVN3 = {
    **_pairs("\xb5\xb6\xb7\xb8\xb9", "àảãáạ"),
    **_pairs("\xa8\xbb\xbc\xbd\xbe\xc6", "ăằẳẵắặ"),
    **_pairs("\xa9\xc7\xc8\xc9\xca\xcb", "âầẩẫấậ"),
    **_pairs("\xcc\xce\xcf\xd0\xd1", "èẻẽéẹ"),
    **_pairs("\xaa\xd2\xd3\xd4\xd5\xd6", "êềểễếệ"),
    **_pairs("\xd7\xd8\xdc\xdd\xde", "ìỉĩíị"),
    **_pairs("\xdf\xe1\xe2\xe3\xe4", "òỏõóọ"),
    **_pairs("\xab\xe5\xe6\xe7\xe8\xe9", "ôồổỗốộ"),
    **_pairs("\xac\xea\xeb\xec\xed\xee", "ơờởỡớợ"),
    **_pairs("\xef\xf1\xf2\xf3\xf4", "ùủũúụ"),
    **_pairs("\xad\xf5\xf6\xf7\xf8\xf9", "ưừửữứự"),
    **_pairs("\xfa\xfb\xfc\xfd\xfe", "ỳỷỹýỵ"),
    **_pairs("\xae\xa1\xa2\xa3\xa4\xa5\xa6\xa7", "đĂÂÊÔƠƯĐ"),
}

# VISCII (RFC 1456): a byte for every precomposed letter, 0x80-0xFF and six control codes.
_VISCII_HIGH = (
    "ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲÕắằặấầẩậẽẹếềểễệốồổỗỠƠộờởịỰỨỪỬơớƯ"
    "ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳĐứÒÓÔạỷừửÙÚỹỵÝỡưàáâãảăữẫèéêẻìíĩỉđựòóôõỏọụùúũủýợỮ"
)
_VISCII = {
    **_pairs("\x02\x05\x06\x14\x19\x1e", "ẲẴẪỶỸỴ"),
    **_pairs("".join(map(chr, range(0x80, 0x100))), _VISCII_HIGH),
}

# VNI: a base vowel followed by a byte carrying its marks ("Vieät" = Việt).
_VNI_TONE = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_CIRCUMFLEX = {
    "â": "",
    "á": "\u0301",
    "à": "\u0300",
    "å": "\u0309",
    "ã": "\u0303",
    "ä": "\u0323",
}
_VNI_BREVE = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}
_VNI_SINGLE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "æ": "ỉ", "ó": "ĩ", "ò": "ị"}
_VNI_SINGLE |= {code.upper(): letter.upper() for code, letter in _VNI_SINGLE.items()}
_VNI_MARKS = "".join({**_VNI_TONE, **_VNI_CIRCUMFLEX, **_VNI_BREVE})
_VNI_PAIR = re.compile(f"([aeiouyơư])([{_VNI_MARKS}])", re.IGNORECASE)


def _vni_pair(match: re.Match[str]) -> str:
    base, mark = match.group(1), match.group(2).lower()
    if mark in _VNI_TONE:
        return unicodedata.normalize("NFC", base + _VNI_TONE[mark])
    if mark in _VNI_BREVE and base in "aA":
        return unicodedata.normalize("NFC", base + "\u0306" + _VNI_BREVE[mark])
    if mark in _VNI_CIRCUMFLEX and base in "aeoAEO":
        return unicodedata.normalize("NFC", base + "\u0302" + _VNI_CIRCUMFLEX[mark])
    return match.group(0)


def _decode_vni(data: bytes) -> str:
    text = data.decode("latin-1")
    text = "".join(_VNI_SINGLE.get(c, c) for c in text)
    return _VNI_PAIR.sub(_vni_pair, text)


def _byte_table(table: dict[int, str]) -> Callable[[bytes], str]:
    """Decoder of a one-byte-per-letter encoding: ``table`` maps the bytes that differ
    from Latin-1."""

    def decode(data: bytes) -> str:
        return "".join(table.get(b, chr(b)) for b in data)

    return decode


def _decode_cp1258(data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))


LEGACY_DECODERS: dict[str, Callable[[bytes], str]] = {
    "TCVN3 (ABC)": _byte_table(_TCVN3),
    "VISCII": _byte_table(_VISCII),
    "VNI": _decode_vni,
    "Windows-1258": _decode_cp1258,
}

_WORD = re.compile(r"[^\W\d_]+")
# One Vietnamese syllable with its tone removed: onset, one to three vowels, coda.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?"
    r"[aăâeêioôơuưy]{1,3}(?:ng|nh|ch|[cmnptiouy])?"
)


def _is_syllable(word: str) -> bool:
    chars = unicodedata.normalize("NFD", word)
    if sum(c in TONE_MARKS for c in chars) > 1:
        return False
    toneless = unicodedata.normalize("NFC", "".join(c for c in chars if c not in TONE_MARKS))
    return _SYLLABLE.fullmatch(toneless) is not None


def vietnamese_score(text: str) -> tuple[float, int]:
    """Share of the non-ASCII words of ``text`` that are Vietnamese syllables, and their count.

    A text scores 0 unless enough of those words also use a mark no Western European
    language has (horn, breve, hook, dot below, đ), so French or German never pass.
    """
    words = [w for w in _WORD.findall(text.lower()) if not w.isascii()]
    if not words:
        return 0.0, 0
    good = [w for w in words if _is_syllable(w)]
    marked = sum(any(c in _VIETNAMESE_ONLY for c in unicodedata.normalize("NFD", w)) for w in good)
    if marked < 0.3 * len(words):
        return 0.0, len(words)
    return len(good) / len(words), len(words)


def guess_legacy_encoding(data: bytes, min_score: float = 0.8, min_words: int = 3) -> str | None:
    """Name of the legacy Vietnamese encoding ``data`` is most likely in, or None."""
    best, best_score = None, min_score
    for name, decode in LEGACY_DECODERS.items():
        score, count = vietnamese_score(decode(data[:200_000]))
        if count >= min_words and score >= best_score:
            best, best_score = name, score
    return best
