"""Sentences, words and the dateline of one article (underthesea, offline)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import ClassVar

from underthesea import sent_tokenize, word_tokenize

from ..models import AnalysedArticle, Sentence

# "NAPLES, Ý – Hôm thứ Sáu, ..." / "HÀ NỘI (TTXVN) - ..." / "WASHINGTON (Reuters) — ...":
# a place in capitals, optionally a country or agency, then a dash. Capitals only, so an
# ordinary sentence that happens to contain a dash is never read as a dateline.
_UPPER = "A-ZĐÀ-ỸÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ"
_DATELINE = re.compile(
    rf"^(?P<dateline>[{_UPPER}][{_UPPER} .'-]{{1,40}}"
    r"(?:,\s*[^\s,–—-][^,–—-]{0,30})?"
    r"(?:\s*\([^()]{1,30}\))?)\s*[–—-]\s+(?=\S)"
)


def find_dateline(paragraph: str) -> str | None:
    """The dateline at the start of a paragraph ("NAPLES, Ý –"), or None."""
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    head = match.group("dateline").split(",")[0].split("(")[0].strip()
    # A dateline's place is written in capitals ("NAPLES"); "Ông A - người ..." is not one.
    if len(head) < 2 or head != head.upper():
        return None
    return match.group(0).strip()


# News repeats whole sentences (credits, "Xem thêm tại đây.", a site's closing line), and
# segmentation is most of an article's analysis; the bound keeps a long run's memory flat.
@lru_cache(maxsize=4096)
def segment_words(text: str) -> tuple[str, ...]:
    """Word-segmented tokens with the syllables of a word joined by '_'."""
    if not text.strip():
        return ()
    return tuple(word_tokenize(text, format="text").split())


# A piece opening with initials ("H.", "T.Q.", or a last bare one: "L.D. T", "N.A") continues
# the name before it, whatever closes the sentence or clause after them included ("ông Đ. |
# N.A., trú tại", "C.M. | D..").
# A bare letter only from A-Z and Đ: "Ở" opens sentences.
_INITIALS = re.compile(rf"^(?:(?:[{_UPPER}][a-zđ]?\.)+(?:[A-ZĐ][a-zđ]?)?|[A-ZĐ])[.,;:)]{{0,2}}$")
_ENDS_WITH_INITIAL = re.compile(rf"(?:^|[\s(])(?:[{_UPPER}][a-zđ]?\.)+$")
# underthesea cuts a quote that ends its last sentence with a period before the closing mark
# (“... 85 tỷ USD.|” Theo ông Medvedev, ...): the mark closes that sentence and what comes after
# it opens the next one when it is capitalised
_CLOSING_MARK = re.compile(rf"^([”\"])\s+(?=[{_UPPER}])")


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph; paragraphs are split first because underthesea's
    ``sent_tokenize`` glues a line without final punctuation onto the next one.

    underthesea also cuts at every period it does not know as an abbreviation. A cut is undone
    where no sentence can start: with no space before the next piece ("Tiin.vn"), before a
    lower-case or bracketed continuation, or between the initials of a name ("T.Q." | "H.").
    A quote's closing mark after its last period ends the sentence before it.
    """
    sentences: list[str] = []
    end = 0
    for piece in (s.strip() for s in sent_tokenize(paragraph)):
        if not piece:
            continue
        start = paragraph.find(piece, end)
        closing = _closing_mark(paragraph, start, piece) if sentences and start > 0 else None
        if closing:
            sentences[-1] += paragraph[end:start] + closing.group(1)
            start, piece = start + closing.end(), piece[closing.end() :]
        glued = start == end and end > 0
        if sentences and not closing and (glued or _continues(sentences[-1], piece)):
            sentences[-1] += paragraph[end:start] + piece if start >= 0 else " " + piece
        else:
            sentences.append(piece)
        end = start + len(piece) if start >= 0 else end
    return sentences


def _closing_mark(paragraph: str, start: int, piece: str) -> re.Match[str] | None:
    """The closing mark opening ``piece`` after a sentence that ended with a period, a straight
    one only when an odd number of them came before it."""
    closing = _CLOSING_MARK.match(piece)
    if closing is None or not paragraph[:start].rstrip().endswith((".", "…")):
        return None
    return closing if piece[0] == "”" or paragraph[:start].count('"') % 2 else None


def _continues(previous: str, piece: str) -> bool:
    if piece[0].islower() or piece[0] in ",;":
        return True
    # After initials, a bracket is the name's apposition ("T.Q.H. (45 tuổi)"); elsewhere it
    # may open a caption, which must stay a sentence of its own.
    return bool(_ENDS_WITH_INITIAL.search(previous)) and (
        piece[0] == "(" or bool(_INITIALS.match(piece.split()[0]))
    )


class Segmenter:
    """Assigns ``sentences`` and ``dateline``."""

    name: ClassVar[str] = "segment"
    version: ClassVar[str] = "4"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ("sentences", "dateline")

    def __call__(self, article: AnalysedArticle) -> AnalysedArticle:
        sentences: list[Sentence] = []
        for paragraph_index, paragraph in enumerate(article.body):
            for text in split_sentences(paragraph):
                sentences.append(
                    Sentence(
                        index=len(sentences),
                        paragraph=paragraph_index,
                        text=text,
                        words=segment_words(text),
                    )
                )
        dateline = find_dateline(article.body[0]) if article.body else None
        return article.model_copy(update={"sentences": tuple(sentences), "dateline": dateline})
