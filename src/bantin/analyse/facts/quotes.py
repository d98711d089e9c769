"""Direct quotes of one article with their cue verb and speaker.

A quote is text in “…” or "…" introduced or followed by a verb of saying ("Thiếu tướng Pat
Ryder nói: “…”", "“…”, quan chức này nói"). The speaker is the named person in the phrase
before the cue when there is one; a pronoun or "người phát ngôn này" refers back to the last
person named or quoted; otherwise the descriptive phrase itself is kept ("quan chức Bộ Ngoại
giao Mỹ"). A long quote with no cue right after a quoted speaker continues that speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from ...models import AnalysedArticle, Mention, Quote, Sentence
from .lexicon import fold

_CUES = (
    "cho biết thêm", "cho biết", "cho hay", "nói thêm", "nói rằng", "nói", "nêu rõ", "tuyên bố",
    "khẳng định", "nhấn mạnh", "chia sẻ", "phát biểu", "bày tỏ", "nhận định", "nhận xét",
    "cảnh báo", "thừa nhận", "giải thích", "tiết lộ", "kêu gọi", "viết", "trả lời", "lưu ý",
    "bình luận", "thông báo", "lên tiếng", "xác nhận", "cam kết", "tâm sự", "kể", "hỏi",
    "đánh giá", "khuyến cáo", "yêu cầu", "phản bác", "trấn an", "than", "nhớ lại", "bổ sung",
)
_CUE = "|".join(re.escape(c) for c in _CUES)
_QUOTE = re.compile(r"“([^”]+)”|\"([^\"]+)\"")
# speaker, cue, optional words up to a colon or a comma right before the quote
_BEFORE = re.compile(
    rf"(?P<speaker>[^,;:.“”\"]{{2,120}}?)\s+(?P<cue>{_CUE})\b[^:“”\"]{{0,80}}[:,]?\s*$",
    re.IGNORECASE,
)
_AFTER = re.compile(
    rf"^\s*[,.–-]?\s*(?P<speaker>[^,;:.“”\"]{{2,80}}?)\s+(?P<cue>{_CUE})\b", re.IGNORECASE
)
_ANAPHORS = (
    "ông", "bà", "anh", "chị", "ông ấy", "bà ấy", "ông ta", "bà ta", "người này", "vị này",
    "người phát ngôn này", "quan chức này", "nhân vật này", "ông này", "bà này",
)
_MIN_UNCUED_WORDS = 6


def _speaker_name(phrase: str, sentence: int, mentions: Sequence[Mention]) -> str | None:
    """The last person (else organisation) named inside ``phrase``."""
    inside = [m for m in mentions if m.sentence == sentence and m.text in phrase]
    for wanted in ("PER", "ORG"):
        named = [m for m in inside if m.type == wanted]
        if named:
            return named[-1].canonical or named[-1].text
    return None


def _last_person(before: int, mentions: Sequence[Mention]) -> str | None:
    people = [m for m in mentions if m.type == "PER" and before - 3 <= m.sentence <= before]
    return (people[-1].canonical or people[-1].text) if people else None


def _resolve(phrase: str, sentence: int, mentions: Sequence[Mention], last: str | None) -> str:
    phrase = phrase.strip()
    name = _speaker_name(phrase, sentence, mentions)
    if name and (phrase.endswith(name.split()[-1]) or not fold(phrase).startswith("người")):
        return name
    if fold(phrase) in _ANAPHORS or fold(phrase).endswith(" này"):
        return last or _last_person(sentence, mentions) or phrase
    return name or phrase


def extract_quotes(
    sentences: Sequence[Sentence], mentions: Sequence[Mention] = ()
) -> tuple[Quote, ...]:
    quotes: list[Quote] = []
    last_speaker: str | None = None
    last_paragraph = -1
    for sentence in sentences:
        text = sentence.text
        for match in _QUOTE.finditer(text):
            body = (match.group(1) or match.group(2) or "").strip()
            before = text[: match.start()]
            after = text[match.end() :]
            cue_match = _BEFORE.search(before) or _AFTER.search(after)
            if cue_match is not None:
                speaker = _resolve(cue_match["speaker"], sentence.index, mentions, last_speaker)
                cue = cue_match["cue"].lower()
            elif (
                len(body.split()) >= _MIN_UNCUED_WORDS
                and not before.strip()
                and last_speaker is not None
                and sentence.paragraph - last_paragraph <= 1
            ):
                speaker, cue = last_speaker, ""
            else:
                continue  # a title, a name or scare quotes
            quotes.append(Quote(text=body, cue=cue, speaker=speaker, sentence=sentence.index))
            last_speaker, last_paragraph = speaker, sentence.paragraph
    return tuple(quotes)


class QuoteComponent:
    """Assigns ``quotes``: direct quotes with cue verb and speaker."""

    name: ClassVar[str] = "facts.quotes"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("sentences", "mentions")
    assigns: ClassVar[tuple[str, ...]] = ("quotes",)

    def __call__(self, article: AnalysedArticle) -> AnalysedArticle:
        quotes = extract_quotes(article.sentences, article.mentions)
        return article.model_copy(update={"quotes": quotes})
