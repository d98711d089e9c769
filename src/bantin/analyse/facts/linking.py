"""One name, one reading within an article: types and canonical names shared by mentions.

The scanner reads each sentence on its own; these passes make an article's mentions agree:
a name typed by a guess takes the type a rule gave the same name elsewhere, a surname-only
mention points to the full name, and "Name (ACRONYM)" pairs share one canonical name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from ...models import Mention, Sentence
from .gazetteer import EntityType, default_gazetteer
from .lexicon import (
    FIRM_HEADS,
    LEGAL_FORMS,
    ORG_HEADS,
    SURNAMES,
    PhraseTable,
    fold,
    is_acronym,
    phrases,
    world_places,
)
from .referents import sex_of, title_sex
from .syllables import is_vietnamese


def consistent_types(mentions: list[Mention], guessed: list[bool]) -> list[Mention]:
    """One name, one type in an article: a guess yields to a type a rule gave.

    "Manon Marsault" is a person once a title said so; a bare "Marsault" later is too.
    """
    ruled: dict[str, EntityType] = {}
    for mention, guess in zip(mentions, guessed, strict=True):
        if not guess:
            ruled.setdefault(fold(mention.text), mention.type)
    people = [key for key, type_ in ruled.items() if type_ == "PER"]
    organisations = [key for key, type_ in ruled.items() if type_ == "ORG"]
    # one foreign word the shape cannot type is MISC; typed a person or an organisation,
    # its sentence said so ("Duan nói", "Theo Newsweek,"), and says so for its bare
    # mentions elsewhere (not a place: "tại X" is a weak cue)
    hinted: dict[str, EntityType] = {}
    for mention, guess in zip(mentions, guessed, strict=True):
        word = mention.text
        if guess and mention.type in ("PER", "ORG") and " " not in word and not is_vietnamese(word):
            hinted.setdefault(fold(word), mention.type)
    # "Tổng Giám đốc Hanel chia sẻ": a title before a foreign name the article's rules make
    # an organisation elsewhere ("Tổng Giám đốc Hanel Bùi Thị Hải Yến") is its officer's, not
    # a person's name ("Chủ tịch Hồ Chí Minh" stays one beside "Bảo tàng Hồ Chí Minh")
    bodies = {
        fold(m.text)
        for m, guess in zip(mentions, guessed, strict=True)
        if m.type == "ORG" and not guess and not any(map(is_vietnamese, m.text.split()))
    }
    # a site's bare name is its owner's: "phóng viên Yicai" beside "tờ Yicai.com"
    bodies |= {key.split(".")[0] for key in bodies if "." in key and " " not in key}
    firms = {name for m in mentions if m.type == "ORG" and (name := _firm_name(m.text))}
    fixed = []
    for mention, guess in zip(mentions, guessed, strict=True):
        key = fold(mention.text)
        if mention.type == "PER" and key in bodies and _titled_not_addressed(mention):
            fixed.append(mention.model_copy(update={"type": "ORG", "title": None}))
            continue
        if mention.type == "PER" and mention.title is None and key in firms:
            # "Hoàng Nhất Nam kiến nghị" beside "Công ty bất động sản Hoàng Nhất Nam": the
            # firm, whose name has a person's shape
            fixed.append(mention.model_copy(update={"type": "ORG"}))
            continue
        type_ = ruled.get(key)
        if guess and type_ is None and any(f" {key} " in f" {p} " for p in people):
            type_ = "PER"
        elif (
            guess
            and type_ is None
            and not all(is_vietnamese(w) for w in key.split())
            and key not in world_places()  # "tại Massachusetts" beside "Học viện ... Massachusetts"
            and any(
                o.endswith(f" {key}") or o.startswith((f"{key} ", f"{key}.")) for o in organisations
            )
        ):
            # "HSBC" after "Ngân hàng HSBC", "Jetstar" beside "Jetstar Pacific", "Zalo" beside
            # its site "Zalo.vn" ("Công an Nam Từ Liêm": a place)
            type_ = "ORG"
        elif guess and type_ is None and mention.type == "MISC":
            # a lone foreign word no sentence typed is a city or a US state when GeoNames
            # says so ("bên ngoài Atlanta", "Reno, Nevada"), else it keeps its hint or drops
            world = " " not in key and not is_vietnamese(key) and key in world_places()
            type_ = "LOC" if world and key not in hinted else hinted.get(key)
        fixed.append(mention.model_copy(update={"type": type_}) if guess and type_ else mention)
    return fixed


_ADDRESSES = frozenset({"ông", "bà", "anh", "chị"})
_FIRM_HEAD_TABLE = PhraseTable(FIRM_HEADS)


def _firm_name(text: str) -> str | None:
    """The folded name a firm's full name ends with, capitalised after its head and trade
    ("Hoàng Nhất Nam" of "Công ty bất động sản Hoàng Nhất Nam"), or None."""
    words = text.split()
    head = _FIRM_HEAD_TABLE.end(tuple(fold(word) for word in words), 0)
    named = len(words)
    while named > head and words[named - 1][:1].isupper() and words[named - 1] not in LEGAL_FORMS:
        named -= 1
    return fold(" ".join(words[named:])) if head and named < len(words) else None


def _title_end(m: Mention) -> str:
    """The last word of the title before a person's name, folded ("ông" of "Bộ trưởng ông"),
    or "" when none is written."""
    words = fold(m.title or "").split()
    return words[-1] if words else ""


def _titled_not_addressed(m: Mention) -> bool:
    end = _title_end(m)
    return bool(end) and end not in _ADDRESSES


def split_officers(mentions: Sequence[Mention]) -> list[Mention]:
    """An organisation's name that runs on into a person the article names is the body and
    its officer: "Người phát ngôn Bộ Ngoại giao Cảnh Sảng", "Bộ Ngoại giao Ortagus" once
    the article calls "ông Cảnh Sảng" or "bà Ortagus" by name (a title may have made a place
    a person: "thị trưởng Nam Kinh"). The person's part must be foreign or longer than one
    word ("Công ty Thuận Anh" is no firm and a "chị Anh")."""
    people = {m.text: m for m in mentions if m.type == "PER" and _title_end(m) in _ADDRESSES}
    split: list[Mention] = []
    for m in mentions:
        words = m.text.split() if m.type == "ORG" else []
        tails = (" ".join(words[k:]) for k in range(2, len(words)))
        officer = next(
            (t for t in tails if t in people and (" " in t or not is_vietnamese(t))), None
        )
        if officer is None:
            split.append(m)
            continue
        body = m.text[: -len(officer)].rstrip()
        split.append(m.model_copy(update={"text": body, "canonical": None}))
        split.append(people[officer].model_copy(update={"sentence": m.sentence, "title": None}))
    return split


def link_mentions(mentions: list[Mention], sentences: Sequence[Sentence]) -> list[Mention]:
    """Canonical names inside the article: surname-only persons and "Name (ACRONYM)" pairs."""
    # each full name of a person, with the sentence that first names it
    people: dict[str, int] = {}
    for m in mentions:
        if m.type == "PER" and len(m.text.split()) > 1:
            people.setdefault(m.text, m.sentence)
    bodies = {m.canonical or m.text for m in mentions if m.type == "ORG" and " " in m.text}
    linked: list[Mention] = []
    for m in mentions:
        if m.canonical is None:
            full = _full_name_of(m, people, mentions) or _surname_first(m, people)
            if full:
                m = m.model_copy(update={"canonical": full, "type": "PER"})
            elif body := _body_opening(m, bodies):
                m = m.model_copy(update={"canonical": body})
        linked.append(m)
    linked = _bracketed_names(linked, sentences)
    by_sentence = {s.index: s.text for s in sentences}
    expanded: dict[str, tuple[str, str]] = {}  # acronym -> canonical name and its type
    for k in range(len(linked) - 1):
        first, second = linked[k], linked[k + 1]
        acronym = second.text
        # "Ủy ban cải cách và phát triển quốc gia Trung Quốc (NDRC)": the name the scanner
        # did not read ends with a country, which the acronym does not stand for
        if not is_acronym(acronym) or first.sentence != second.sentence or first.type == "LOC":
            continue
        if is_acronym(first.text):
            continue  # "Hiệp định ... Việt Nam - EU (EVFTA)": the treaty's, not the EU's
        if second.type == "LOC" and first.type == "PER" and _full_name(first):
            continue  # "đại biểu Trần Đình Thắng (TP. HCM)": the deputy's constituency
        sentence = by_sentence.get(first.sentence, "")
        # the pattern below is built per pair: skip building it where its literal parts are
        # missing, as they are in most sentences
        if "(" not in sentence or acronym not in sentence or first.text not in sentence:
            continue
        # the expansion may run on over a few lower-case words: "Người tiêu dùng (HBNQ)"
        match = re.search(
            re.escape(first.text) + r"((?:\s+[^\s(),.;:“”\"]+){0,4}?)\s*\(\s*"
            + re.escape(acronym) + r"\s*\)",
            sentence,
        )  # fmt: skip
        if match is None or (match.group(1) and first.canonical and not second.canonical):
            # "Liên Hiệp Quốc về Luật biển (UNCLOS)": the words after a known name make the
            # acronym another's, a treaty's, not the United Nations'
            continue
        if second.type == "LOC" and first.type == "ORG":
            # "Đại học Văn hóa Nghệ thuật Quân đội (TP.HCM)": where the body is, though the
            # lower-case words before it still end the body's name ("... Thế giới xanh")
            if match.group(1).islower():
                linked[k] = first.model_copy(update={"text": first.text + match.group(1)})
            continue
        text = first.text + match.group(1)
        canonical = second.canonical or first.canonical or acronym
        type_ = second.type if second.canonical else first.type
        if second.canonical and not first.canonical and _another_body(text, second.canonical):
            if _spells_known_name(acronym, second.canonical):
                # "Báo Tin Tức (TTXVN)": the brackets name the paper's owner, whose Vietnamese
                # name the acronym abbreviates; no definition
                continue
            canonical, type_ = text, first.type  # "Nhóm quân đội Syria mới (NSA)"
        if type_ == "PER":
            type_ = second.type  # "Mazagon Dock Limited (MDL)": no one's name is an acronym
        # "Hiệp định Thương mại tự do (FTA)": a treaty's or a forum's acronym is no body's
        # wherever it is used; other acronyms keep the type they were read with (the name
        # before may be a word of one the scanner cut short, "Cách mạng Colombia (FARC)",
        # or the acronym a designation, "JS Shimayuki (TV -3513)")
        cut_short = any(word[:1].isupper() for word in match.group(1).split())
        treaty = type_ == "MISC" and _opens_agreement(first.text) and not cut_short
        expanded[acronym] = (canonical, "MISC" if treaty else second.type)
        linked[k] = first.model_copy(update={"text": text, "canonical": canonical, "type": type_})
    return [
        m.model_copy(update=dict(zip(("canonical", "type"), expanded[m.text], strict=True)))
        if m.text in expanded
        else m
        for m in linked
    ]


_HEAD_WORDS = frozenset(word for head in ORG_HEADS for word in head)


def _another_body(expansion: str, known: str) -> bool:
    """The expansion shares no word but a head's with any name the gazetteer gives the
    acronym's body: the article defines the acronym for another ("Nhóm quân đội Syria mới
    (NSA)" is not the US National Security Agency)."""
    # an entry known by its acronym alone ("VNPT") gives nothing to compare
    spelled = [name for name in _known_names(known) if " " in name]
    names = {word for name in spelled for word in fold(name).split()}
    words = [word for word in fold(expansion).split() if word not in _HEAD_WORDS]
    return bool(names) and not any(word in names for word in words)


def _spells_known_name(acronym: str, known: str) -> bool:
    """The acronym is the initials of a Vietnamese name the gazetteer gives its body
    ("TTXVN": "Thông tấn xã Việt Nam"); an English one's initials may stand for a translated
    name ("Nhóm quân đội Syria mới (NSA)")."""
    return any(
        not name.isascii() and "".join(word[0] for word in fold(name).split()) == fold(acronym)
        for name in _known_names(known)
    )


def _known_names(known: str) -> tuple[str, ...]:
    """Every name the gazetteer gives the body it knows as ``known``."""
    entry = default_gazetteer().lookup(known)
    return (entry.canonical, *entry.aliases) if entry else ()


# heads of a treaty's, a law's or a forum's name: their acronyms name no body
_AGREEMENTS = PhraseTable(
    phrases("hiệp định", "hiệp ước", "công ước", "luật", "bộ luật", "đạo luật", "diễn đàn",
            "hội nghị")
)  # fmt: skip


def _opens_agreement(name: str) -> bool:
    return _AGREEMENTS.end(tuple(fold(name).split()), 0) > 0


def _full_name_of(
    mention: Mention, people: Mapping[str, int], mentions: Sequence[Mention]
) -> str | None:
    """The full name a short one stands for ("Trump" for "Donald Trump"): of the sex its title
    says ("ông Trump" is not "bà Melania Trump"), the first named before it, else the first
    the article gives later; None when its title says a sex and several of the names after it
    could be meant; ``people`` are the article's full names, each with the sentence first
    naming it."""
    names = [p for p in people if p.endswith(" " + mention.text) or _given_first(mention, p)]
    # "Terry Branstad" is the "Iowa Terry Branstad" named before, not someone else
    names = [p for p in names if not any(q != p and q.endswith(" " + p) for q in names)]
    sex = title_sex(mention.title.split()) if mention.title else None
    fitting = [p for p in names if sex is None or sex_of(p, mentions) in (None, sex)]
    before = [p for p in fitting if people[p] <= mention.sentence]
    if before:
        return before[0]
    return fitting[0] if len(fitting) == 1 or (fitting and sex is None) else None


def _full_name(mention: Mention) -> bool:
    """A surname and two syllables or more: a person's name, not a place's guessed so."""
    words = mention.text.split()
    return len(words) >= 3 and fold(words[0]) in SURNAMES


def _given_first(mention: Mention, full: str) -> bool:
    """ "Lan Trần" for "Trần Ngọc Lan": a stage name writing the given name before the surname."""
    words, names = mention.text.split(), full.split()
    return (
        mention.type == "PER"
        and len(words) == 2
        and len(names) >= 3
        and fold(words[1]) in SURNAMES
        and (words[1], words[0]) == (names[0], names[-1])
    )


def _surname_first(mention: Mention, people: Iterable[str]) -> str | None:
    """ "bà Thái" for "Thái Anh Văn", "ông Lý" for "Lý Hiển Long": a person called by the
    surname a Chinese, Korean or Vietnamese name writes first, when one name of the article
    opens with it (not "Kim" beside "Kim Jong Un" and "Kim Yo Jong")."""
    if mention.type != "PER" or " " in mention.text:
        return None
    return _the_one_opened_by(mention.text, people)


def _the_one_opened_by(word: str, names: Iterable[str]) -> str | None:
    """The only one of ``names`` whose first word is ``word``, or None."""
    opening = {name for name in names if name.split()[0] == word}
    return opening.pop() if len(opening) == 1 else None


def _body_opening(mention: Mention, bodies: Iterable[str]) -> str | None:
    """ "tờ báo Rodong" for "Rodong Sinmun": an organisation called by the first word of the
    one organisation's name of the article it opens (not "Manchester" beside "Manchester
    United" and "Manchester City")."""
    if (
        mention.type != "ORG"
        or not mention.text.isalpha()
        or is_acronym(mention.text)  # "GE" is General Electric, not "GE Aviation" beside it
        or (fold(mention.text),) in ORG_HEADS  # "Đảng" is the Party, not "Đảng TP"
    ):
        return None
    # a foreign name of two words, which the reader may shorten ("Đảng" does not open "Đảng ủy
    # xã Quảng Khê", nor "Nobel" the "Nobel Vật" of a prize in physics read short)
    shortened = [
        body
        for body in bodies
        if len(words := body.split()) == 2
        and words[1][:1].isupper()
        and not any(map(is_vietnamese, words))
    ]
    return _the_one_opened_by(mention.text, shortened)


# a one-word short name in brackets after an organisation's, which may run on over a few
# lower-case words: "Hiệp hội Doanh nghiệp phần mềm (Vinasa)"
_BRACKETED = re.compile(r"((?:\s+[^\s(),.;:“”\"]+){0,4}?)\s*\(\s*([A-ZĐ][\w-]*)\s*\)")


def _bracketed_names(mentions: list[Mention], sentences: Sequence[Sentence]) -> list[Mention]:
    """An organisation's short name written in brackets after it is the organisation's
    wherever the article uses it, not a person's or a guess ("Theo Vinasa, ..."); an
    acronym is ``link_mentions``' and a Vietnamese word or a place a location, not a name."""
    by_sentence = {s.index: s.text for s in sentences}
    short: dict[str, str] = {}  # short name -> organisation
    named = list(mentions)
    for k, m in enumerate(mentions):
        if m.type != "ORG":
            continue
        text = by_sentence.get(m.sentence, "")
        at = text.find(m.text)
        match = _BRACKETED.match(text, at + len(m.text)) if at >= 0 else None
        if match and not is_acronym(match.group(2)) and not is_vietnamese(match.group(2)):
            short.setdefault(match.group(2), m.canonical or m.text + match.group(1))
            if match.group(1).islower():
                # "Hội Bảo vệ quyền lợi người tiêu dùng (Vinastas)": the lower-case words
                # before the short name end the organisation's
                named[k] = m.model_copy(update={"text": m.text + match.group(1)})
    return [
        m.model_copy(update={"type": "ORG", "canonical": short[m.text], "title": None})
        if m.text in short and m.type in ("PER", "MISC")  # "Công ty X (Singapore)": a place
        else m.model_copy(update={"canonical": short[m.text]})
        if m.text in short and m.type == "ORG" and m.canonical is None
        else m
        for m in named
    ]


# place names that are also pronouns ("Anh" is England and "he")
_PRONOUN_PLACES = frozenset({"anh"})


def pronoun_places(mentions: Sequence[Mention], sentences: Sequence[Sentence]) -> list[bool]:
    """ "Anh chia sẻ: ...": whether each mention is a place name that is also a pronoun,
    opening a sentence before a lower-case word, in an article that names that place
    nowhere else (then it is the pronoun)."""
    texts = {s.index: s.text.lstrip(" “\"'(") for s in sentences}

    def opening(m: Mention) -> bool:
        text = texts.get(m.sentence, "")
        return text.startswith(m.text + " ") and text[len(m.text) + 1 :][:1].islower()

    places = [m.type == "LOC" and fold(m.text) in _PRONOUN_PLACES for m in mentions]
    if any(place and not opening(m) for m, place in zip(mentions, places, strict=True)):
        return [False] * len(mentions)
    return places
