"""Direct quotes in an article's title, with their speaker.

Vietnamese headlines carry a quote in a few shapes: the speaker, a colon or a cue, then the
quote closing the title ("Ông X: “...”", "Hoàng Công Lương nói “...”"); the quote first and
the speaker after a dash or comma ("“...” - Bộ trưởng Y"); or the quote alone. The title
names its speaker only by a phrase, so the phrase is read against the people the body names;
when the phrase names nobody or several people ("Xôn xao ảnh A hôn má B: “...”"), or the
quote stands alone, the speaker is whoever the body quotes in the same words. A title quote
that repeats a body quote is left to the body, which says where it was said.

Not quotes: scare quotes and short or lower-case fragments, names and titles of works
("phim “...”"), and a quote followed by more of the headline ("“Kẻ khóc người cười” trong
vụ ..."), which is a noun phrase of it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import NamedTuple

from ...models import Mention, Quote, Sentence
from .lexicon import SPEECH_CUE_PATTERN as _CUE
from .lexicon import fold
from .quote_shapes import QUOTE_PAIR, is_name, names_a_title
from .referents import opens_with_kin, related
from .speakers import is_anaphor, is_role, main_holder

# headlines quote in single marks too ("Bộ trưởng Tô Lâm: ' Không nên đưa ảnh ... '"), set
# off by spaces or punctuation so that an apostrophe ("O'Neill", "Đắk R’Lấp") opens nothing
_TITLE_QUOTE_PAIR = re.compile(
    rf"{QUOTE_PAIR.pattern}|(?:^|(?<=[\s:(]))['‘]\s?([^'‘’“”\"]+?)\s?['’](?=$|[\s,.!?:;)–-])"
)
# the speaker's phrase before the quote: up to a colon, or a cue (and maybe a colon)
_PREFIX = re.compile(rf"(?P<phrase>[^:“”\"]*?)\s*(?:(?P<cue>\b(?:{_CUE}))\s*:?|:)\s*$", re.I)
# the speaker's phrase after the quote: "“...” - Bộ trưởng Y nói", "“...”, ông X cho biết"
_SUFFIX = re.compile(rf"^\s*[,–-]\s*(?P<phrase>[^“”\"]{{2,80}}?)(?:\s+(?P<cue>{_CUE}))?\s*$", re.I)
# what may close a title after its quote: "!", "?", "...", a colon
_CLOSING = re.compile(r"^[\s!?.…:]*$")
# a headline quote is a sentence of at least this many words opening with a capital
_MIN_WORDS = 4
# share of a title quote's words one body quote must hold for its speaker to be the title's
_MIN_SHARED = 0.5
# words of a name the title writes as the body does
_MAX_NAME_WORDS = 4
_WORD = re.compile(r"\w+")


def words_of(text: str) -> tuple[str, ...]:
    """The folded words of ``text``, punctuation dropped: the key quotes are compared by."""
    return tuple(_WORD.findall(fold(text)))


def repeats(short: Sequence[str], long: Sequence[str]) -> bool:
    """``short`` (the words of a quote) occurs, word for word, in ``long``."""
    n = len(short)
    return n > 0 and any(tuple(long[k : k + n]) == tuple(short) for k in range(len(long) - n + 1))


def _shared(title_words: Sequence[str], quote: Quote) -> float:
    """Share of the title quote's word pairs the body quote holds: pairs, because a long
    quote holds most single words ("tôi", "thật", "làm") of any short one."""
    pairs = list(pairwise(title_words))
    held = set(pairwise(words_of(quote.text)))
    return sum(p in held for p in pairs) / len(pairs) if pairs else 0.0


def _written_name(phrase: str, body: str, mentions: Sequence[Mention]) -> str | None:
    """The name closing the phrase, as the body writes it too: "Bị “tố” sống ảo, Hồ Ngọc Hà"
    names Hồ Ngọc Hà when the body does, whatever the entity rules made of her; not a name
    an organisation or place holds ("Bí thư Thành ủy Hà Nội")."""
    words = phrase.rsplit(",", 1)[-1].split()
    others = [fold(m.text) for m in mentions if m.type != "PER"]
    for size in range(min(_MAX_NAME_WORDS, len(words)), 1, -1):
        name = " ".join(words[-size:])
        if (
            all(w[:1].isupper() for w in words[-size:])
            and name in body
            and not any(fold(name) in other for other in others)
        ):
            return name
    return None


def _people_named(phrase: str, mentions: Sequence[Mention]) -> list[str]:
    """The people of the body whose name the phrase holds, in order, relatives' names aside
    ("Mẹ bé X" names X only to say whose mother speaks)."""
    key = f" {' '.join(words_of(phrase))} "
    found: dict[str, int] = {}
    for m in mentions:
        if m.type != "PER":
            continue
        at = key.find(f" {' '.join(words_of(m.text))} ")
        if at >= 0 and not related(phrase, m.text):
            name = m.canonical or m.text
            found[name] = min(found.get(name, at), at)
    # a short form of another named person ("Dũng" in "Hoàng Dũng") is that person
    names = [n for n in found if not any(n != o and fold(n) in fold(o) for o in found)]
    return sorted(names, key=found.__getitem__)


def _speaker(
    phrase: str | None, said: tuple[str, ...], body: _Body, mentions: Sequence[Mention]
) -> str | None:
    """The one person the phrase names (as an entity, or as the body writes a name), else
    the speaker of the body quote in the same words, else the holder of the role the phrase
    is ("Thủ tướng Malaysia")."""
    # "Mẹ Á hậu tử nạn cùng X: “...”": the relative speaks, not the person named
    own = phrase if phrase and not opens_with_kin(phrase) else None
    people = _people_named(own, mentions) if own else []
    if len(people) == 1:
        return people[0]
    written = _written_name(own, body.text, mentions) if own and not people else None
    if written:
        return written
    scored = [(_shared(said, q), q.speaker) for q in body.quotes if q.speaker]
    best = max(scored, default=(0.0, None))
    if best[0] >= _MIN_SHARED:
        return best[1]
    if own and not people and is_role(own):
        return _holder(own, mentions, body.text) or main_holder(own, mentions)
    return None


def _holder(role: str, mentions: Sequence[Mention], body: str) -> str | None:
    """The person the body gives the whole role, before or after the name: "ông X, Bí thư
    Thành ủy Hà Nội", "Bí thư Thành ủy Hà Nội X"."""
    role, text = " ".join(words_of(role)), " ".join(words_of(body))
    for m in mentions:
        name = " ".join(words_of(m.text))
        if m.type == "PER" and (f"{name} {role}" in text or f"{role} {name}" in text):
            return m.canonical or m.text
    return None


class _Body(NamedTuple):
    quotes: Sequence[Quote]
    texts: Mapping[int, str]

    @property
    def text(self) -> str:
        return " ".join(self.texts.values())


def extract_title_quotes(
    title: str | None,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    body_quotes: Sequence[Quote],
) -> tuple[Quote, ...]:
    """Quotes of ``title`` not repeated in ``body_quotes`` (the article's body quotes), each
    with ``in_title`` set and ``sentence`` -1; a quote no speaker is found for is left out."""
    if not title:
        return ()
    quotes: list[Quote] = []
    body = _Body(body_quotes, {s.index: s.text for s in sentences})
    body_words = [words_of(q.text) for q in body_quotes]
    for match in _TITLE_QUOTE_PAIR.finditer(title):
        text = next(g for g in match.groups() if g is not None).strip()
        said = words_of(text)
        before, after = title[: match.start()], title[match.end() :]
        if (
            len(text.split()) < _MIN_WORDS
            or not text[:1].isupper()
            or is_name(text)
            or names_a_title(before)
            or any(repeats(said, other) for other in body_words)
        ):
            continue
        prefix = _PREFIX.search(before) if _CLOSING.match(after) else None
        suffix = _SUFFIX.match(after) if not before.strip(' “"') else None
        if before.strip() and prefix is None:
            continue  # a quote inside the headline's own clause is a phrase of it
        if after.strip() and not _CLOSING.match(after) and suffix is None:
            continue
        found = prefix or suffix
        phrase = found["phrase"] if found else None
        speaker = _speaker(phrase, said, body, mentions)
        if speaker is None:
            continue
        cue = (found["cue"] or "").lower() if found else ""
        quotes.append(Quote(text=text, cue=cue, speaker=speaker, sentence=-1, in_title=True))
    return tuple(quotes)


def with_headline_speaker(
    body_quotes: Sequence[Quote], title_quotes: Sequence[Quote], mentions: Sequence[Mention]
) -> tuple[Quote, ...]:
    """``body_quotes`` with a pronoun no one was found for ("Cô", "Cụ thể cô") given to the
    one person the title quotes: the headline names whom the article is about."""
    speakers = {q.speaker for q in title_quotes}
    if len(speakers) != 1:
        return tuple(body_quotes)
    (headline,) = speakers
    names = [m.text for m in mentions if m.type == "PER"]
    return tuple(
        q.model_copy(update={"speaker": headline})
        if q.speaker and is_anaphor(q.speaker) and not any(n in q.speaker for n in names)
        else q
        for q in body_quotes
    )
