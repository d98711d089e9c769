"""Where an article's own words are not its story: the closing byline ("Mộc Miên (Tổng
hợp)"), and whether it is a football story (where a province's name is most often its club).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ...models import Sentence
from .lexicon import fold, is_capitalised
from .syllables import Syllables

# notes after a byline on where the text comes from: "(Tổng hợp)", "(Theo VnExpress)"
_SOURCE_NOTES = frozenset({"tổng hợp"})
_BYLINE_REACH = 3  # last sentences searched for the byline
# words of a sports story: there a province's name is most often its football club
_SPORTS_WORDS = ("hlv ", "cầu thủ", "đội bóng", "trận đấu", "vòng đấu", "bàn thắng", "clb ",
                 "league", "tiền đạo", "thủ môn", "sân nhà", "mùa giải")  # fmt: skip


def is_sports(sentences: Sequence[Sentence]) -> bool:
    """A football story: at least two different sports words in its text."""
    text = fold(" ".join(s.text for s in sentences))
    return sum(word in text for word in _SPORTS_WORDS) >= 2


def is_byline(sentence: Sentence) -> bool:
    """A line of names only ("Minh Nguyệt", "Thục Ninh - Bình Giang Theo AFP"), perhaps
    with a note on the sources ("Mộc Miên (Tổng hợp)")."""
    syllables = list(Syllables.of(sentence.words).text)
    if "(" in syllables:
        at = syllables.index("(")
        if fold(" ".join(syllables[at + 1 : at + 3])) in _SOURCE_NOTES or (
            at + 1 < len(syllables) and fold(syllables[at + 1]) == "theo"
        ):
            syllables = syllables[:at]
    letters = [t for t in syllables if any(c.isalpha() for c in t)]
    return 0 < len(letters) <= 8 and all(is_capitalised(t) for t in letters)


def bylines_of(sentences: Sequence[Sentence]) -> set[int]:
    """The closing byline: the last sentence, or a line of its own among the last few
    (photo captions often follow it)."""
    paragraphs = Counter(s.paragraph for s in sentences)
    return {
        s.index
        for s in sentences[-_BYLINE_REACH:]
        if is_byline(s) and (s is sentences[-1] or paragraphs[s.paragraph] == 1)
    }
