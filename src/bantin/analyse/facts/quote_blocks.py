"""The text quotes are searched in: paragraphs joined while a quote runs on, and quote
marks inside a quote masked so that the outer one holds together (see ``quotes``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...models import Sentence
from .lexicon import SPEECH_CUE_PATTERN

MARKS = ("“", "”", '"')


def quote_runs_over(text: str) -> bool:
    """A quote opens or closes in ``text`` and runs on past it."""
    return text.count("“") != text.count("”") or text.count('"') % 2 == 1


# straight scare quotes around a lower-case word or two inside a sentence ("làm ăn chưa
# " ngon " thì", "một diễn viên trẻ, " dằn mặt " ...", "gọi tôi là " thằng Núi "."): masked
# (same length) so they do not pair with a quote's own marks
_SCARE = re.compile(
    r'(?:(?<=[^\W\d]\s)|(?<=[^\W\d],\s))"(\s?[^\W\dA-ZĐ][^"“”.,;:!?]{0,25}?\s?)"'
    r"(?=\s[^\W\d]|[.,;!?])"
)
SCARE_MARK = "\u2033"
# ... unless they hold only the words that join two quotes
_JOINING = frozenset(
    {"và", "hay", "hoặc", "với", "rằng", "và rằng", "nhưng", "đồng thời", "và cũng", "còn"}
    | {"và là", "hay là", "cũng như"}  # "là người " chiến sĩ ... " và là " lãnh đạo ... ""
)
# ... unless a cue (or "rằng") stands right before them: "ông khẳng định " sẽ trả lại " ..."
_CUE_BEFORE = re.compile(rf"\b(?:{SPEECH_CUE_PATTERN}|rằng)\s*$", re.IGNORECASE)
# a short quote nested in a curly quote (“... các đối tượng này “chuyển hướng” quay sang ...”):
# masked too, so that the outer quote holds together
_NESTED = re.compile(r"(“[^“”]*)“([^“”]{1,80})”(?=[^“”]*”)")
_CURLY = re.compile(r"“([^“”\"]{1,80})”")
# a paragraph that introduces a quote of its own ("Tài khoản khác viết: “...") or opens with
# one ("“ Tôi cho rằng ...") ends the quote an earlier paragraph left open
_NEW_QUOTE = re.compile(r"\S\s*:\s*[“\"]")
_OPENING_MARK = re.compile(r"^\s*[“\"]\s*(\w)")
# a quote left open at the end of a line goes on over the next lines (VietNews): at most
_MAX_QUOTE_PARAGRAPHS = 6
# a line closing with a quote, and the next one signing it after a dash ("“...”" then "- ông
# Menendez chỉ trích.") or going on in lower case where an outlet cut the sentence at the
# quote's last mark ("“...”." then "chị nói."): one block, so that the line attributes the quote
_CLOSING_QUOTE = re.compile(r"[”\"]\s*[.!?…]?\s*$")
_SIGNATURE = re.compile(r"^\s*[–-]\s*\w")


def mask_inner_quotes(text: str) -> str:
    """``text`` with scare quotes and quotes nested in a quote masked (same length)."""
    text = _SCARE.sub(_mask_scare, text)
    text = _NESTED.sub(lambda m: m.group(1) + SCARE_MARK + m.group(2) + SCARE_MARK, text)
    return _CURLY.sub(lambda m: _mask_in_straight(m, text), text)


def _mask_in_straight(match: re.Match[str], text: str) -> str:
    """A curly quote inside a straight one (" ... hỏi “có cây nào không”. ... "): masked
    when a straight quote is open before it and closes after it."""
    if text.count('"', 0, match.start()) % 2 and '"' in text[match.end() :]:
        return SCARE_MARK + match.group(1) + SCARE_MARK
    return match.group()


def _mask_scare(match: re.Match[str]) -> str:
    if _CUE_BEFORE.search(match.string[max(0, match.start() - 40) : match.start()]):
        return match.group()  # the words said: "nói với ông rằng " chắc chắn sẽ đáp lại ""
    if match.group(1).strip() in _JOINING:
        return match.group()  # the words between two quotes: "" ... " và rằng " ... ""
    return SCARE_MARK + match.group(1) + SCARE_MARK


def quote_blocks(sentences: Sequence[Sentence]) -> list[list[Sentence]]:
    """Paragraphs, joined while a quote opened in one is still open (a quote often runs over
    several sentences, and in some outlets over several lines), after a line ending with a
    colon ("Ông X nói:" above the quote) and before a line signing the quote above it or going
    on from it in lower case."""
    blocks: list[list[Sentence]] = []
    open_for = 0  # paragraphs the last block has been waiting for its quote to close
    introduced = False  # the last block ends with a colon
    for paragraph in _paragraphs(sentences):
        continued = (
            introduced
            or 0 < open_for < _MAX_QUOTE_PARAGRAPHS
            or bool(
                blocks
                and (_SIGNATURE.match(paragraph[0].text) or paragraph[0].text[:1].islower())
                and _CLOSING_QUOTE.search(blocks[-1][-1].text)
            )
        )
        if blocks and continued and not (open_for and _new_quote(paragraph[0].text)):
            blocks[-1].extend(paragraph)
        else:
            blocks.append(list(paragraph))
            open_for = 0
        marks = sum(s.text.count(mark) for s in blocks[-1] for mark in MARKS)
        open_for = open_for + 1 if marks % 2 else 0
        introduced = blocks[-1][-1].text.rstrip().endswith(":")
    return blocks


def _new_quote(text: str) -> bool:
    opening = _OPENING_MARK.match(text)
    return bool(_NEW_QUOTE.search(text)) or (opening is not None and opening[1].isupper())


def _paragraphs(sentences: Sequence[Sentence]) -> list[list[Sentence]]:
    grouped: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        grouped.setdefault(sentence.paragraph, []).append(sentence)
    return list(grouped.values())
