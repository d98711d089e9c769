"""Direct quotes of one article with their cue verb and speaker.

A quote is text in “…” or "…" introduced or followed by a verb of saying ("Thiếu tướng Pat
Ryder nói: “…”", "“…”, quan chức này nói"). The speaker is the named person in the phrase
before the cue when there is one; a pronoun or "người phát ngôn này" refers back to the last
person named or quoted; otherwise the descriptive phrase itself is kept ("quan chức Bộ Ngoại
giao Mỹ"). A long quote with no cue right after a quoted speaker continues that speaker.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import ClassVar

from ...models import AnalysedArticle, Mention, Quote, Sentence
from .lexicon import TITLES, fold

_CUES = (
    "cho biết thêm",
    "cho biết",
    "cho hay",
    "nói thêm",
    "nói rằng",
    "nói",
    "nêu rõ",
    "tuyên bố",
    "khẳng định",
    "nhấn mạnh",
    "chia sẻ",
    "phát biểu",
    "bày tỏ",
    "nhận định",
    "nhận xét",
    "cảnh báo",
    "thừa nhận",
    "giải thích",
    "tiết lộ",
    "kêu gọi",
    "viết",
    "trả lời",
    "lưu ý",
    "bình luận",
    "thông báo",
    "lên tiếng",
    "xác nhận",
    "cam kết",
    "tâm sự",
    "kể",
    "hỏi",
    "đánh giá",
    "khuyến cáo",
    "yêu cầu",
    "phản bác",
    "trấn an",
    "than",
    "nhớ lại",
    "bổ sung",
    "lý giải",
    "chỉ rõ",
    "khẳng định rằng",
    "nhắn nhủ",
    "phát biểu rằng",
    "dẫn lời",
    "trích lời",
    "quả quyết",
    "phân tích",
    "nhận thấy",
    "cho rằng",
)
_CUE = "|".join(re.escape(c) for c in _CUES)
# outlets mix straight and curly marks ("..." / “...” / "...”)
_QUOTE = re.compile(r"[“\"]([^“”\"]+)[”\"]")
# speaker, cue, then a few words up to a colon, or nothing, right before the quote; an
# appositive may close with a comma ("Ông X - đại biểu Quốc hội, phát biểu: “...”")
_BEFORE = re.compile(
    rf"(?:^|[,;:.–]\s*)(?P<speaker>[^,;:.–“”\"]{{2,200}}?),?\s+(?P<cue>{_CUE})\b"
    rf"(?P<tail>[^:“”\",.]{{0,80}}?)(?P<colon>:?)\s*$",
    re.IGNORECASE,
)
# “...”, ông Mustafa Qadri, tác giả báo cáo, nhận định.
_AFTER = re.compile(
    rf"^\s*[,–-]\s*(?P<speaker>[^;:.“”\"]{{2,120}}?)\s+(?P<cue>{_CUE})\b", re.IGNORECASE
)
# "Theo Osorio Chong, ... “...”": the sentence reports what the named source said
_ACCORDING = re.compile(r"^\s*Theo\s+(?P<speaker>[^,;:“”\"]{2,80}),")
# "Ông VÕ TRỌNG NAM – Phó GĐ Sở ...: “...”": a name introducing the quote with a colon
_INTRO = re.compile(r"(?P<speaker>[^;.“”\"]{2,200}):\s*$")
# words allowed between a cue and the quote without a colon ("ông thầy cũ của mình “...”")
_MAX_TAIL_WORDS = 6
# a quote this short must close its clause to be speech, not a name or scare quotes
_MIN_INLINE_WORDS = 4
_ANAPHORS = (
    "ông",
    "bà",
    "anh",
    "chị",
    "ông ấy",
    "bà ấy",
    "ông ta",
    "bà ta",
    "người này",
    "vị này",
    "người phát ngôn này",
    "quan chức này",
    "nhân vật này",
    "ông này",
    "bà này",
)
_MIN_UNCUED_WORDS = 6
# cues by which an outlet relays someone else's words: the speaker comes after them
_RELAYING_CUES = frozenset({"dẫn lời", "trích lời"})
# words opening a description of someone not named before ("một quan chức Mỹ")
_INDEFINITE = frozenset({"một", "nhiều", "các", "những", "mấy", "vài", "giới"})
# titles that are also pronouns: handled as anaphors
_PRONOUN_TITLES = frozenset({"ông", "bà", "anh", "chị", "cô", "em", "chú", "bác", "cụ"})
# words after a person's name searched for the role given in apposition
_ROLE_WORDS = 14


def _speaker_name(phrase: str, sentence: int, mentions: Sequence[Mention]) -> str | None:
    """The last person named inside ``phrase``, or the organisation the phrase is."""
    inside = [m for m in mentions if m.sentence == sentence and m.text in phrase]
    people = [m for m in inside if m.type == "PER"]
    if people:
        return people[-1].canonical or people[-1].text
    for m in inside:
        # "hãng AFP cho biết": an organisation speaks only when the phrase is little else
        if m.type == "ORG" and len(phrase.replace(m.text, "").split()) <= 1:
            return m.canonical or m.text
    return None


def _last_person(before: int, mentions: Sequence[Mention]) -> str | None:
    people = [m for m in mentions if m.type == "PER" and before - 3 <= m.sentence <= before]
    return (people[-1].canonical or people[-1].text) if people else None


def _titled_person(phrase: str, mentions: Sequence[Mention], sentence: int) -> str | None:
    """The person named earlier with this very role ("người phát ngôn Bộ Ngoại giao Mỹ")."""
    for m in reversed(mentions):
        if m.type == "PER" and m.sentence <= sentence and m.title and fold(m.title) == fold(phrase):
            return m.canonical or m.text
    return None


def _is_role(phrase: str) -> bool:
    """A definite description by role ("Giám đốc Công an tỉnh", "HLV đội khách"), not
    an indefinite one that brings in someone new ("một quan chức Mỹ")."""
    words = fold(phrase).split()
    if not words or words[0] in _INDEFINITE:
        return False
    return any(
        tuple(words[k : k + size]) in TITLES
        for size in (1, 2, 3)
        for k in range(len(words) - size + 1)
        if words[k] not in _PRONOUN_TITLES
    )


def _role_holder(
    phrase: str, sentence: int, mentions: Sequence[Mention], texts: Mapping[int, str]
) -> str | None:
    """The person an earlier sentence gave this role in apposition: "Đại tá Nguyễn Văn A,
    Giám đốc Công an tỉnh X, ..." then "Giám đốc Công an tỉnh X nhấn mạnh"."""
    words = phrase.split()
    # the longest ending of the phrase that names the role: leading words are the clause's
    suffixes = [fold(" ".join(words[k:])) for k in range(len(words) - 1)]
    for m in reversed(mentions):
        if m.type != "PER" or m.sentence > sentence:
            continue
        text = texts.get(m.sentence, "")
        at = text.find(m.text)
        if at < 0:
            continue
        after = " ".join(text[at + len(m.text) :].split()[:_ROLE_WORDS])
        context = fold(f"{m.title or ''} {m.text} {after}")
        if any(suffix in context for suffix in suffixes if len(suffix.split()) >= 2):
            return m.canonical or m.text
    return None


def _resolve(
    phrase: str,
    sentence: int,
    mentions: Sequence[Mention],
    last: str | None,
    texts: Mapping[int, str],
) -> str:
    phrase = phrase.strip()
    name = _speaker_name(phrase, sentence, mentions) or _titled_person(phrase, mentions, sentence)
    if name:
        return name
    if _is_anaphor(phrase):
        return last or _last_person(sentence, mentions) or phrase
    if _is_role(phrase):
        # a role named before stands for its holder; else the person just quoted
        return _role_holder(phrase, sentence, mentions, texts) or last or phrase
    return phrase


def _closes_clause(after: str) -> bool:
    return not after.strip() or after.lstrip()[0] in ".,;!?…)"


def _is_anaphor(phrase: str) -> bool:
    """ "Ông", "Trong đó anh", "Người phát ngôn này": refers back to someone named before."""
    words = phrase.split()
    if not words:
        return False
    tail = fold(" ".join(words[-2:]))
    return (
        words[-1] in _ANAPHORS  # lower case: "Anh" is England
        or tail in _ANAPHORS
        or fold(phrase) in _ANAPHORS
        or fold(phrase).endswith(" này")
    )


def _attribute(
    quote: tuple[str, str, str],
    sentence: int,
    mentions: Sequence[Mention],
    last: str | None,
    texts: Mapping[int, str],
) -> tuple[str, str] | None:
    """(speaker, cue) of a quote given as (text before, body, text after), or None when it
    is not speech."""
    before, body, after = quote
    if len(body.split()) < _MIN_INLINE_WORDS and not _closes_clause(after):
        return None
    found = _BEFORE.search(before)
    if found and not found["colon"] and len(found["tail"].split()) > _MAX_TAIL_WORDS:
        found = None
    after_cue = _AFTER.search(after) if found is None else None
    found = found or after_cue
    if found:
        phrase, cue = found["speaker"].strip(), found["cue"].lower()
        if after_cue and cue in _RELAYING_CUES:
            # "“...” - Thời báo Hoàn Cầu dẫn lời ông Meng Jianzhu tuyên bố": the speaker
            # follows the cue; the outlet only relays
            phrase = after[found.end() :]
        if _is_anaphor(phrase) and not _speaker_name(phrase, sentence, mentions):
            return (last or _last_person(sentence, mentions) or phrase), cue
        return _resolve(phrase, sentence, mentions, last, texts), cue
    for pattern in (_ACCORDING, _INTRO):
        intro = pattern.search(before)
        if intro and (name := _speaker_name(intro["speaker"], sentence, mentions)):
            return name, ""
    return None


def _paragraphs(sentences: Sequence[Sentence]) -> list[list[Sentence]]:
    grouped: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        grouped.setdefault(sentence.paragraph, []).append(sentence)
    return list(grouped.values())


def extract_quotes(
    sentences: Sequence[Sentence], mentions: Sequence[Mention] = ()
) -> tuple[Quote, ...]:
    """Quotes are found per paragraph: one often runs over several sentences."""
    quotes: list[Quote] = []
    texts = {s.index: s.text for s in sentences}
    last_speaker: str | None = None
    last_paragraph = -1
    for paragraph in _paragraphs(sentences):
        starts, text = [], ""
        for sentence in paragraph:
            starts.append(len(text))
            text += sentence.text + " "
        for match in _QUOTE.finditer(text):
            k = max(j for j, start in enumerate(starts) if start <= match.start())
            k_end = max(j for j, start in enumerate(starts) if start < match.end())
            sentence = paragraph[k]
            before = text[starts[k] : match.start()]
            end_of_sentence = starts[k_end] + len(paragraph[k_end].text)
            after = text[match.end() : max(end_of_sentence, match.end())]
            body = match.group(1).strip()
            attributed = _attribute(
                (before, body, after), sentence.index, mentions, last_speaker, texts
            )
            if attributed is None and (
                # a quote opening a sentence right after a quoted speaker continues them
                len(body.split()) >= _MIN_UNCUED_WORDS
                and not before.strip()
                and last_speaker is not None
                and sentence.paragraph - last_paragraph <= 1
            ):
                attributed = last_speaker, ""
            if attributed is None:
                continue
            speaker, cue = attributed
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
