"""normalise_text: NFC, one tone-mark placement, plain spaces; lines and readability kept."""

from __future__ import annotations

import json
import unicodedata
from itertools import islice
from pathlib import Path

import pytest

from bantin.clean import canonical_tone_marks, misplaced_tone_marks, normalise_text


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("hoà", "hòa"),
        ("hoá", "hóa"),
        ("hoả", "hỏa"),
        ("hoã", "hõa"),
        ("hoạ", "họa"),
        ("khoẻ", "khỏe"),
        ("thuỷ", "thủy"),
        ("Uỷ ban", "Ủy ban"),
        ("HOÀ BÌNH", "HÒA BÌNH"),
        ("THUỶ", "THỦY"),
        ("tuỵ", "tụy"),
        ("oà khóc", "òa khóc"),
    ],
)
def test_canonical_tone_marks_moves_mark_to_first_vowel(variant: str, canonical: str) -> None:
    assert canonical_tone_marks(variant) == canonical


@pytest.mark.parametrize(
    "word",
    ["quý", "Quý", "quà", "hoàng", "toán", "khuyến", "ngoài", "khuya", "thuở", "của", "mùa", "hòa"],
)
def test_canonical_tone_marks_leaves_fixed_placements(word: str) -> None:
    assert canonical_tone_marks(word) == word


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("ngươì", "người"),
        ("nhiêù", "nhiều"),
        ("mơí", "mới"),
        ("Đôỉ mơí", "Đổi mới"),
        ("giưã", "giữa"),  # "gi" is the onset: the rhyme's ư carries the mark
        ("liêụ", "liệu"),
        ("vâỵ", "vậy"),
        ("cưú", "cứu"),
        ("NGƯƠÌ", "NGƯỜI"),
        ("tìêng", "tiềng"),  # a mark typed before its vowel moves forward
    ],
)
def test_misplaced_tone_marks_puts_the_mark_on_the_vowel_with_a_hat_or_horn(
    typed: str, written: str
) -> None:
    assert misplaced_tone_marks(typed) == written
    assert normalise_text(typed) == written


@pytest.mark.parametrize(
    "word",
    # the mark already in place; vowels of different syllables written together; no Vietnamese
    ["người", "rượu", "thuở", "khuỷu", "hoà", "Mátxcơva", "êkíp", "fêté", "hôtel", "Quý"],
)
def test_misplaced_tone_marks_leaves_marks_in_place(word: str) -> None:
    assert misplaced_tone_marks(word) == word


def test_normalise_text_composes_and_unifies_spaces() -> None:
    decomposed = unicodedata.normalize("NFD", "Việt Nam")
    text = f"READ\u00a0 {decomposed}\u200b  hoà\u202fbình\ufeff\r\nDòng   hai\t\n\n  cuối  "
    assert normalise_text(text) == "READ Việt Nam hòa bình\nDòng hai\n\ncuối"


def test_normalise_text_drops_control_characters_and_keeps_lines() -> None:
    # ^Z ends a file copied by DOS tools; NUL and other C0/C1 codes come from JSON escapes.
    text = "Hà\x00 Nội\x1b\r\nmưa\x7f to\x85cuối\x1a"
    assert normalise_text(text) == "Hà Nội\nmưa to\ncuối"


def test_normalise_text_keeps_line_count_and_punctuation() -> None:
    text = "Tiêu đề\n\n“Trích dẫn”, ông nói – 1.000 USD…\n"
    out = normalise_text(text)
    assert out.count("\n") == text.count("\n")
    assert "“Trích dẫn”, ông nói – 1.000 USD…" in out


SAMPLES = [
    "  Thuỷ\u00a0\u00a0điện Hoà Bình\u200d \n\u2028khoẻ ",
    unicodedata.normalize("NFD", "Ủy ban hoà giải\r\n\r\nxong"),
    "\ufeff\u200b",
    "a\u00ad b \t c",
    "a\x1a\x00\x9f\x85b",
    "Đôỉ mơí SGK: nhiêù ngươì hoà",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_normalise_text_is_idempotent(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert unicodedata.is_normalized("NFC", once)


def test_normalise_text_is_idempotent_on_real_text(shared_data: Path) -> None:
    with (shared_data / "abmusu-val.jsonl").open(encoding="utf-8") as handle:
        for line in islice(handle, 20):
            for doc in json.loads(line)["documents"]:
                once = normalise_text(doc["text"])
                assert normalise_text(once) == once
