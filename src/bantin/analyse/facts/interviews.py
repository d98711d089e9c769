"""Answers in an interview printed as a transcript, and words labelled with their speaker.

Outlets print an interview as turns, "PV: <question>" (or "Hỏi:", or the outlet's own name)
then "Ông X: <answer>", and round-ups print what each person said the same way ("Duy Mạnh:
Bản thân tôi ..."). There are no quote marks and no verb of saying: the label before the colon
is the speaker. A labelled paragraph is an answer when its label names a person the article
names, and either the article puts its questions the same way (an interview) or the person
speaks in the first person. A person's name over a subheading ("Ngô Thanh Vân: Tự đóng cảnh
quay nguy hiểm") is neither, and a place ("Hà Nội: ...") names no person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import groupby
from typing import NamedTuple

from ...models import Mention, Quote, Sentence
from .lexicon import fold
from .quote_shapes import MIN_SPEECH_WORDS
from .referents import PRONOUN_TITLES, full_name
from .speakers import is_role, people_in
from .title_quotes import repeats, words_of

# a label of a few words, no digits or quote marks, then a colon opening the paragraph and
# words opening like a sentence; a dash or a bullet may open a turn ("– Ông Đặng Hùng Võ:
# ...", "* Báo Người Lao Động: ..."), and the label may say where the person works in
# brackets ("Luật sư Hà Trọng Đại (đoàn Luật sư TP Hà Nội):")
_LABELLED = re.compile(
    r"^\s*(?:[–*-]\s*)?(?P<label>[^:“”\"'\d]{2,120}?)\s*:\s+(?P<body>[\d\W]*[^\W\d_].*)$",
    re.DOTALL,
)
_BRACKETED = re.compile(r"\([^()]*\)")
# a label is a name after a role at most this long ("Phó Chủ tịch Tổng Liên đoàn Lao động Việt
# Nam Ngọ Duy Hiểu"); what precedes a name and is no role is at most a few capitalised words
_MAX_LABEL_WORDS = 14
_MAX_TITLE_WORDS = 3
# labels of the one who asks
_INTERVIEWERS = frozenset({"pv", "p.v", "phóng viên", "hỏi", "nhà báo"})
# a label holding these words is a clause ("Theo ông X:"), one opening with these a caption
# ("Ảnh Nguyễn Hà:", not "Nhiếp ảnh gia Mạnh Bi:")
_NOT_IN_LABELS = frozenset({"theo", "của", "với", "và", "tại", "về", "cho"})
_CAPTION_HEADS = frozenset({"ảnh", "clip", "video", "nguồn"})
# "mình" is as often "oneself" ("chứng minh mình xứng đáng") as "I"
_FIRST_PERSON = frozenset({"tôi", "tớ"})
# "Thuyết phục." answers a question as a quote in quote marks would
_MIN_ANSWER_WORDS = MIN_SPEECH_WORDS
# words of an answer's opening compared with the quotes found already: a round-up that
# repeats a quote of the article is not a second quote
_REPEAT_WORDS = 8


class _Turn(NamedTuple):
    label: str
    speaker: str | None
    sentence: int
    text: str


def _labelled_person(label: str, sentence: int, mentions: Sequence[Mention]) -> str | None:
    """The person a label names: their name, maybe after a title or form of address and
    before one more name ("Hải Yến Idol"), or a title and the given name of someone named in
    full before ("Luật sư Ứng"); "Kịch bản Thor" names a script."""
    label = " ".join(_BRACKETED.sub(" ", label).split())
    words = fold(label).split()
    if (
        not words
        or len(words) > _MAX_LABEL_WORDS
        or _NOT_IN_LABELS.intersection(words)
        or words[0] in _CAPTION_HEADS
    ):
        return None
    people = people_in(label, sentence, mentions)
    if not people:
        return full_name(label, sentence, mentions)
    person = max(people, key=lambda m: len(m.text))
    before, _, after = label.partition(person.text)
    return (
        person.canonical or person.text
        if _titles(before, person) and all(word[:1].isupper() for word in after.split())
        else None
    )


def _titles(before: str, person: Mention) -> bool:
    """What a label writes before a name is a title or a form of address ("Ông", "PGS, TS.",
    "Bộ trưởng"), not a noun of its own."""
    words = before.split()
    return (
        fold(before).strip() in {"", *PRONOUN_TITLES, fold(person.title or "")}
        or is_role(before)
        or (len(words) <= _MAX_TITLE_WORDS and all(word[:1].isupper() for word in words))
    )


def _turns(sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[_Turn]:
    turns = []
    for _, group in groupby(sentences, key=lambda s: s.paragraph):
        paragraph = list(group)
        found = _LABELLED.match(paragraph[0].text)
        if found is None:
            continue
        label = found["label"].strip()
        text = " ".join([found["body"].strip(), *(s.text for s in paragraph[1:])])
        speaker = _labelled_person(label, paragraph[0].index, mentions)
        turns.append(_Turn(label, speaker, paragraph[0].index, text))
    return turns


def _asks(turn: _Turn) -> bool:
    return fold(turn.label) in _INTERVIEWERS or (
        turn.speaker is None and turn.text.rstrip(' .”"').endswith("?")
    )


def _first_person(text: str) -> bool:
    return bool(_FIRST_PERSON.intersection(words_of(text)))


def interview_answers(
    sentences: Sequence[Sentence], mentions: Sequence[Mention], quotes: Sequence[Quote] = ()
) -> tuple[Quote, ...]:
    """Answers and labelled words not among ``quotes`` (the quotes found in quote marks)."""
    turns = _turns(sentences, mentions)
    labelled = [(turn, turn.speaker) for turn in turns if turn.speaker is not None]
    if not labelled:
        return ()  # most pages: spare them the words of every quote
    interview = any(_asks(turn) for turn in turns)
    quoted_sentences = {quote.sentence for quote in quotes}
    quoted = [words_of(quote.text) for quote in quotes]
    answers = []
    for turn, speaker in labelled:
        opening = words_of(turn.text)[:_REPEAT_WORDS]
        if (
            len(opening) < _MIN_ANSWER_WORDS
            or not (interview or _first_person(turn.text))
            or turn.sentence in quoted_sentences
            or any(repeats(opening, words) for words in quoted)
        ):
            continue
        answers.append(Quote(text=turn.text, cue="", speaker=speaker, sentence=turn.sentence))
    return tuple(answers)
