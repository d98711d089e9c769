"""Who said a quote: the named person in the phrase before the cue, or the person a
pronoun, a role ("người phát ngôn này"), an apposition ("X, một người dùng Twitter, viết"), a
description written before the name earlier ("nhà nhiếp ảnh" for "Nhà nhiếp ảnh Nguyễn Á") or
a statement ("tuyên bố nói", for whoever issued it) refers to.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from ...models import Mention
from .gazetteer import default_gazetteer
from .lexicon import (
    ADMIN_LEVELS,
    COMPASS,
    CONCESSIONS,
    FORMS_OF_ADDRESS,
    ISSUING_VERBS,
    MENTIONED_ABOVE,
    ORG_HEADS,
    OUTLET_SUFFIXES,
    SPEECH_CUE_PATTERN,
    TITLE_QUALIFIERS,
    TITLES,
    WORD_NUMBERS,
    PhraseTable,
    common_compounds,
    cue_at,
    fold,
    phrases,
)
from .quote_blocks import quote_runs_over
from .quote_shapes import blank_quotes
from .referents import (
    PLURALS,
    PRONOUN_TITLES,
    SETTINGS,
    full_name,
    kin_before,
    kin_of,
    opening_kin,
    opens_with_kin,
    referent,
    related,
    subject_at,
    without_manner,
)
from .role_forms import abbreviations_in, role_form

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
    "cậu",
    "cô",
    "cô ấy",
    "anh ấy",
    "chị ấy",
    "cậu ấy",
)
# what a statement says is said by whoever issued it, named just before ("Tuyên bố ngày
# 23/6 được Người phát ngôn X đưa ra ... “...”, tuyên bố nói")
_DOCUMENTS = frozenset(
    {"tuyên bố", "thông cáo", "thông báo", "văn bản", "báo cáo", "bức thư", "lá thư", "thư"}
)
# nouns of one statement: "Bản thông cáo" may be the "thông báo của ông Bannon" just cited
_STATEMENT_NOUNS = ("tuyên bố", "thông cáo", "thông báo")
# words after a statement's noun that are no part of it: "thông cáo này", "thông cáo có đoạn",
# "tuyên bố nêu trên"
_DOCUMENT_CLOSERS = frozenset({"này", "trên", "đó", "có", "đoạn", "nêu", "nói"})
# sentences searched back for whose statement it is, and words that end its issuer's name
_ISSUER_SENTENCES = 4
_OWNER_ENDS = frozenset({"về", "cho", "với", "trong", "tại", "khi", "sau", "nói", "gửi", "được"})
# owners that point back at the clause's subject rather than naming the issuer
_REFLEXIVES = frozenset({"mình", "chính mình", "họ"})
# words opening a description of someone not named before ("một quan chức Mỹ")
_INDEFINITE = frozenset({"một", "nhiều", "các", "những", "mấy", "vài", "giới", "có"})
# words opening someone's particulars in apposition ("ngụ xã Tân Lập", "SN 1975"), an address
# given bare among them ("Chị Phạm Thị Phương Thảo, tổ 51, Hòa Hiệp Nam, bức xúc nói")
_PARTICULARS = frozenset(
    {"ngụ", "trú", "quê", "sn", "sinh", "nhà", "ở", "tổ", "thôn", "ấp", "xóm", "khóm", "phường"}
)
_PARENTHESISED = re.compile(r"\([^()]*\)")
# words after a person's name searched for the role given in apposition
_ROLE_WORDS = 14
# a role repeating an unnamed person's description names a kind and a place ("quan chức Bộ
# Ngoại giao"), not a lone kind ("quan chức")
_MIN_DESCRIPTION_WORDS = 3
# "quan chức này" names a kind of person and can be told from other kinds quoted; "ông này",
# "người này" cannot
_MIN_HEAD_WORDS = 2
# commas a role given in apposition may hold ("X, Phó trưởng phòng A, cục B nói")
_MAX_APPOSITIVE_COMMAS = 3


def speaker_name(phrase: str, sentence: int, mentions: Sequence[Mention]) -> str | None:
    """The last person named inside ``phrase``, or the organisation the phrase is; a person
    the phrase only relates the speaker to ("mẹ bé X", "một người bạn của X") is not it."""
    inside = [m for m in mentions if m.sentence == sentence and m.text in phrase]
    # "Nhi" quoted in the sentence is no one of its own in "bố Thảo Nhi Lê"
    inside = [m for m in inside if not any(m.text != n.text and m.text in n.text for n in inside)]
    people = [
        m
        for m in inside
        if m.type == "PER" and not related(phrase, m.text) and not _someone_of(phrase, m.text)
    ]
    if people:
        said = (
            min(people, key=lambda m: phrase.find(m.text))
            if _subject_first(phrase, people)
            else people[-1]
        )
        return said.canonical or said.text
    # "hãng AFP cho biết": an organisation speaks only when the phrase is little else than
    # its name and kind ("tuần báo Der Spiegel"), or little else before what a comma sets
    # after it in lower case ("báo Rodong Sinmun, cơ quan ngôn luận của Đảng Lao động Triều
    # Tiên, viết"; "Bộ Y tế, Bộ Công an" are two)
    opening, comma, described = phrase.partition(",")
    parts = (phrase, opening) if comma and described.strip()[:1].islower() else (phrase,)
    for m in inside:
        if m.type == "ORG" and any(
            m.text in part and _little_else(part.replace(m.text, "")) for part in parts
        ):
            return m.canonical or m.text
    return None


def _little_else(words: str) -> bool:
    """The words of a speaker's phrase besides an organisation's name are at most one, or
    its kind."""
    folded = tuple(fold(words).split())
    return len(folded) <= 1 or folded in _BODIES


# someone unnamed of the person named next: "một quan chức ... trong nội các của bà May"
_SOMEONE_OF = re.compile(r"\bmột\s[^,;]*\bcủa\s+(?:\S+\s+){0,2}$")


def _someone_of(phrase: str, name: str) -> bool:
    """``name`` only says whose the unnamed speaker is ("một quan chức cấp bộ không nêu tên
    trong nội các của bà May")."""
    return bool(_SOMEONE_OF.search(fold(phrase[: phrase.find(name)])))


# words before an organisation naming who speaks for it ("người phát ngôn của")
_MAX_SPOKESMAN_WORDS = 3
# aspect words that follow a clause's subject: a person named after them is its object
_ASPECT = frozenset({"đã", "đang", "vừa", "liền", "cũng", "lại", "bèn", "mới"})


# words of a clause after its aspect word at the least: the word, a verb and its object
_MIN_PREDICATE_WORDS = 3


def subject_end(words: Sequence[str]) -> int | None:
    """Where a clause's subject ends: at the first aspect word after its first word ("các
    lực lượng cứu hộ | đã sử dụng"), or None."""
    return next((k for k, w in enumerate(words) if k and fold(w) in _ASPECT), None)


def clause_head(phrase: str, sentence: int, mentions: Sequence[Mention]) -> str | None:
    """The role or organisation a clause before the cue opens with, when it goes on to say
    what they did first: "Người phát ngôn công ty Facebook cũng xác nhận thông tin này, cho
    biết" is the spokesman ("thông tin này" is no one referred back to)."""
    words = phrase.split()
    aspect = subject_end(words)
    if aspect is None or len(words) - aspect < _MIN_PREDICATE_WORDS:
        return None
    head = " ".join(words[:aspect])
    if people_in(phrase, sentence, mentions):
        return None
    if is_role(head) or _is_indefinite(head) or speaker_name(head, sentence, mentions):
        return head  # "Một người đàn ông vừa bước ra ... vừa khoa tay nói"
    # "họ cũng kêu gọi ..., yêu cầu": a pronoun whose own cue opens the clause
    predicate = [fold(w) for w in words[aspect:]]
    while predicate[:1] and predicate[0] in _ASPECT:
        predicate = predicate[1:]
    pronoun = is_anaphor(head) or fold(head) in _REFLEXIVES
    return head if pronoun and cue_at(predicate, 0) else None


# words joining what the speaker did first to the cue: "... và nói", "... rồi giải thích",
# "... để phân tích", "... khi nhấn mạnh"
_LINKS = frozenset({"và", "rồi", "để", "khi", "mà"})
# words after a pronoun pointing back to someone ("anh này", "bà ấy")
_POINTING = frozenset({"này", "ấy", "ta"})
# words a title may take before the name or body that opens such a clause ("tạp chí")
_SUBJECT_TITLE_WORDS = 3


def linked_subject(phrase: str, sentence: int, mentions: Sequence[Mention]) -> str | None:
    """Who opens a clause running on to the cue through a link word: "tạp chí Foreign Affairs
    viện dẫn các nguồn tin để" is the magazine, "các lực lượng cứu hộ đã sử dụng Twitter để"
    the rescuers, "ông bắt tay vị khách và" the man referred to; None when the clause does
    not end so, or opens with none of them."""
    words = phrase.split()
    if len(words) < 3 or words[-1] not in _LINKS:
        return None
    named = placed_in(phrase, sentence, mentions, "PER", "ORG", "LOC")
    if named:
        at, first = min(named, key=lambda pair: pair[0])
        if any(m.type == "PER" and m is not first for _, m in named):
            return None  # "Interfax đưa tin dường như Yulia đã gọi cho Viktoria và": Yulia
        titled = len(phrase[:at].split()) <= _SUBJECT_TITLE_WORDS and first.type != "LOC"
        if at == 0 or titled:
            return phrase[: at + len(first.text)]
    if pronoun := pronoun_subject(phrase):
        return pronoun  # "anh này giơ vé lên và"
    aspect = subject_end(words)
    head = " ".join(words[:aspect]) if aspect else ""
    return head if head and (is_role(head) or _is_indefinite(head)) else None


# words that make a form of address a noun for someone new: "anh chàng", "cô gái", "ông cụ"
_NOUN_TAILS = frozenset({"chàng", "gái", "trai", "bé", "cụ", "lão", "già", "nhóc", "giáo"})


def pronoun_subject(phrase: str) -> str | None:
    """The pronoun a clause opens with, and what points it back, when what follows is what
    they did: "anh này giơ vé lên" is "anh này", "Ông dẫn lại câu thành ngữ" "Ông" (not "bà
    con nhiều nơi phản ánh", the people)."""
    words = phrase.split()
    if len(words) < 3 or fold(words[0]) not in PRONOUN_TITLES or not words[1][:1].islower():
        return None
    if (fold(words[0]), fold(words[1])) in common_compounds() or fold(words[1]) in _NOUN_TAILS:
        return None
    return " ".join(words[:2] if fold(words[1]) in _POINTING else words[:1])


def _subject_first(phrase: str, people: Sequence[Mention]) -> bool:
    """The first person named is the one speaking: "A đã chỉ mặt B nói", "A nhìn B và nói",
    "ông A, chủ tịch B, nhận định", "nhà kinh tế trưởng A của B" (not "người phát ngôn của
    Tổng thống B nói")."""
    first = min(people, key=lambda m: phrase.find(m.text))
    last = max(people, key=lambda m: phrase.rfind(m.text))
    if first.text == last.text:
        return False
    between = fold(phrase[phrase.find(first.text) + len(first.text) : phrase.rfind(last.text)])
    between = _PARENTHESISED.sub("", between)  # "ông Devin Nunes (R - Calif), Chủ tịch ..."
    appositive = between.lstrip()[:1] in (",", "-") and is_role(between.lstrip(" ,-"))
    return (
        appositive
        or _names_another_inside(between)
        or between.split() == ["của"]
        or bool(_ASPECT.intersection(between.split()))
        or fold(phrase).rstrip(" ,").endswith(" và")
    )


# words after which a person named in an apposition is someone the apposition relates its
# subject to ("cố vấn về vấn đề Afghanistan dưới thời ông Obama", "khi được hỏi về ông B")
_RELATING_WORDS = frozenset({"của", "thời", "cho", "với", "về"})


def _names_another_inside(between: str) -> bool:
    """The words between two people open an apposition to the first in which the second is
    only related to: "ông Barnett Rubin, cố vấn ... dưới thời ông Obama, cho biết"."""
    opening, comma, apposition = between.lstrip().partition(",")
    words = apposition.split()
    while words and words[-1] in PRONOUN_TITLES:
        words.pop()
    return (
        comma == ","
        and not opening
        and "," not in apposition
        and len(words) > 1
        and words[-1] in _RELATING_WORDS
    )


def closing_organisation(phrase: str, sentence: int, mentions: Sequence[Mention]) -> str | None:
    """The organisation a short phrase ends with: "đại diện Sở Y tế", "lãnh đạo UBND xã"."""
    if fold(phrase).startswith(_HEAD_OF):
        return None  # its head, whom the article may name: see main_holder
    for m in mentions:
        if (
            m.sentence == sentence
            and m.type == "ORG"
            and phrase.rstrip().endswith(m.text)
            and len(phrase.replace(m.text, "").split()) <= _MAX_SPOKESMAN_WORDS
        ):
            return m.canonical or m.text
    return None


def last_person(before: int, mentions: Sequence[Mention], window: int = 3) -> str | None:
    people = [m for m in mentions if m.type == "PER" and before - window <= m.sentence <= before]
    return (people[-1].canonical or people[-1].text) if people else None


def issuer(
    phrase: str, sentence: int, mentions: Sequence[Mention], texts: Mapping[int, str]
) -> str | None:
    """Who a statement ("tuyên bố", "thông cáo này có đoạn") speaking for itself came from:
    whose statement a sentence just before named it ("dẫn thông cáo của công ty quản lý X"),
    or the body speaking in a sentence before that names it, else the last person named in
    its sentence or the one before."""
    words = fold(phrase).split()
    while words and words[-1] in _DOCUMENT_CLOSERS:
        words = words[:-1]
    document = next(
        (" ".join(words[-k:]) for k in (2, 1) if " ".join(words[-k:]) in _DOCUMENTS), None
    )
    if document is None and fold(phrase).split() in (["đoạn"], ["một", "đoạn"]):
        document = "|".join(_DOCUMENTS)  # "một đoạn nêu rõ": a passage of the statement cited
    if document is None:
        return None
    # the statement under its own noun first, then under another noun of a statement
    statement = document in _STATEMENT_NOUNS
    synonyms = "|".join(n for n in _STATEMENT_NOUNS if n != document) if statement else ""
    for nouns in filter(None, (document, synonyms)):
        if whose := _issuer_named(nouns, sentence, mentions, texts):
            return whose
    return last_person(sentence, mentions, window=1)


# what a body before a statement's noun did with it: said something in it ("nhấn mạnh trong
# một tuyên bố"), or put it out ("(TN - MT) có thông cáo báo chí", "công bố thông cáo")
_PUTTING_OUT = "|".join(("có", "ra", *ISSUING_VERBS))
_SAID_IN = re.compile(
    rf"(?:\s*\([^()]*\))?\s+(?:(?:{SPEECH_CUE_PATTERN})\s+(?:trong|qua|tại)|{_PUTTING_OUT})"
    r"(?:\s+(?:một|bản|các))?\s+",
    re.IGNORECASE,
)


def _issuer_named(
    nouns: str, sentence: int, mentions: Sequence[Mention], texts: Mapping[int, str]
) -> str | None:
    """Whose statement, called by one of ``nouns``, ``sentence`` or the ones just before
    say it is, or the body a sentence before naming it has speak."""
    for index in range(sentence, max(sentence - _ISSUER_SENTENCES, -1), -1):
        text = texts.get(index, "")
        found = re.search(rf"\b(?:{nouns}) của (?P<owner>[^,;:.“”\"()]+)", text, re.IGNORECASE)
        if found:
            owner = text[found.start("owner") : found.end("owner")].split()
            # "thông cáo của Bộ Thương mại Trung Quốc phát đi ngay sau khi ...": what it did
            cut = next(
                (
                    i
                    for i, w in enumerate(owner)
                    if fold(w) in _OWNER_ENDS
                    or (w.islower() and fold(" ".join(owner[i : i + 2])) in ISSUING_VERBS)
                ),
                len(owner),
            )
            # "Trong thông cáo của mình, Đại sứ quán ... phát biểu": whose the clause says
            if cut and fold(" ".join(owner[:cut])) not in _REFLEXIVES:
                whose = " ".join(owner[:cut])
                # "của ông Bannon" is Bannon's, "của công ty quản lý X" the company's
                addressed = fold(owner[0]) in PRONOUN_TITLES
                return (speaker_name(whose, index, mentions) if addressed else None) or whose
        named = re.search(rf"\b(?:{nouns})\b", text, re.IGNORECASE)
        if named and index < sentence:
            # "Trong thông cáo ngày 7-6, Bộ Ngoại giao Campuchia cho rằng ...": the body the
            # sentence naming the statement has speak in it
            placed = placed_in(text, index, mentions, "ORG")
            # "Bộ Quốc phòng Úc nhấn mạnh trong một tuyên bố.", "Bộ TN - MT có thông cáo báo
            # chí thông tin về ... của Bộ Tài chính": the body that said or put it out
            issuing = [
                m
                for at, m in placed
                if at < named.start() and _SAID_IN.fullmatch(text[at + len(m.text) : named.start()])
            ]
            bodies = issuing[-1:] or [m for at, m in placed if at > named.end()]
            if bodies:
                return bodies[0].canonical or bodies[0].text
    return None


def described_person(
    phrase: str, sentence: int, mentions: Sequence[Mention], texts: Mapping[int, str]
) -> str | None:
    """The person an earlier (or this) sentence names right after the same description:
    "nhà nhiếp ảnh cho biết" after "Nhà nhiếp ảnh Nguyễn Á"."""
    words = phrase.split()
    # the longest ending of the phrase of two words or more: leading words are the clause's;
    # an ending of capitalised words is a name ("Hong Kong" of "Trưởng đặc khu Hong Kong
    # Lâm Trịnh Nguyệt Nga"), not a description
    # nor, past the head of an organisation, the title of whose it is ("phát ngôn viên Văn
    # phòng Tổng thống Hàn Quốc" is not the president; "quan chức ... của Đảng Cộng sản Trung
    # Quốc" is one of the party's)
    owned = False
    aides: set[int] = set()  # people the description names whom they work for
    folded: dict[int, str] = {}  # the sentences' texts, folded once
    for k in range(max(len(words) - 1, 0)):
        rest = " ".join(words[k:])
        # nor after "của": "Vị quan chức cao cấp của Phủ Tổng thống Hàn Quốc" is not the
        # president
        owned = (
            owned
            or (k > 0 and fold(words[k - 1]) == "của")
            or (_closes_on_head(words[:k]) and _opens_with_role(rest))
        )
        if owned or all(word[:1].isupper() for word in words[k:]):
            continue
        description = fold(rest)
        for index in range(len(mentions) - 1, -1, -1):  # the latest first
            m = mentions[index]
            if m.type != "PER" or m.sentence > sentence or index in aides:
                continue
            if m.sentence not in folded:
                folded[m.sentence] = fold(texts.get(m.sentence, ""))
            text = folded[m.sentence]
            at = text.find(fold(f"{description} {m.text}"))
            if at >= 0 and _serves_the_role(text[:at]):
                # "Trợ lý Tổng thống Nga X" is not "Tổng thống Nga", nor "thống Nga"
                aides.add(index)
            elif at >= 0:
                return m.canonical or m.text
    return None


def _closes_on_head(words: Sequence[str], shortest: int = 1) -> bool:
    """The words end with the head of an organisation of ``shortest`` words or more ("...
    Văn phòng", "Bộ")."""
    folded = tuple(fold(" ".join(words)).split())
    return any(
        folded[-len(head) :] == head for head in ORG_HEADS if shortest <= len(head) <= len(folded)
    )


def titled_person(phrase: str, mentions: Sequence[Mention], sentence: int) -> str | None:
    """The person named earlier with this very role ("người phát ngôn Bộ Ngoại giao Mỹ")."""
    for m in reversed(mentions):
        if m.type == "PER" and m.sentence <= sentence and m.title and fold(m.title) == fold(phrase):
            return m.canonical or m.text
    return None


# a description that stands for someone but is no title before a name: "giọng ca 9X" is the
# singer, "giọng ca Baby One More Time" names her by her song
_ROLES = TITLES | phrases("giọng ca")
# words before a title that say which holder of it is meant; "phó" makes a role of its own
_QUALIFIERS = TITLE_QUALIFIERS - {"phó"}
# offices of state one holder at a time is known by
_OFFICES = phrases(
    "tổng thống", "phó tổng thống", "thủ tướng", "phó thủ tướng", "bộ trưởng", "thứ trưởng",
    "ngoại trưởng", "đại sứ", "tổng bí thư", "chủ tịch", "phó chủ tịch",
)  # fmt: skip


def _role_sized(part: str) -> bool:
    """``part`` is of a role's length, or longer when it opens with a title, the rest being
    its organisation's name ("trưởng khoa Kiểm soát dịch bệnh tại Đại học Y học nhiệt đới và
    Vệ sinh dịch tễ London")."""
    part = part.strip(" -–")  # "Vũ Hồng Nam - Trưởng phòng ...": the dash sets the role
    words = part.split()
    if len(words) <= _ROLE_WORDS:
        return True
    return _opens_with_role(part) and len(words) <= 2 * _ROLE_WORDS


def _opens_with_role(phrase: str) -> bool:
    title = role_title(phrase)
    return title is not None and tuple(fold(phrase).split()[: len(title)]) == title


def role_title(phrase: str) -> tuple[str, ...] | None:
    """The title a definite description by role holds ("Giám đốc Công an tỉnh", "HLV đội
    khách"), or None for an indefinite one that brings in someone new ("một quan chức")."""
    words = fold(phrase).split()
    if not words or words[0] in _INDEFINITE:
        return None
    found = next(
        (
            (k, tuple(words[k : k + size]))
            for k in range(len(words))
            for size in (3, 2, 1)
            if k + size <= len(words)
            and not (size == 1 and words[k] in PRONOUN_TITLES)  # "bác", not "bác sĩ"
            and tuple(words[k : k + size]) in _ROLES
            # "đại sứ" of "Đại sứ quán Trung Quốc" is no role: the embassy is a body
            and tuple(words[k : k + size + 1]) not in ORG_HEADS
        ),
        None,
    )
    if found is None:
        return None
    at, title = found
    if "của" in words[:at] and not opens_with_kin(phrase):
        # "Vị quan chức cao cấp của Phủ Tổng thống Hàn Quốc": whose, not who ("bố của Á hậu"
        # is the relative of the holder)
        return None
    if _closes_on_head(words[:at], shortest=2) and title != ("trưởng",):
        # the office a title names after its head: "văn phòng thủ tướng Canada" (but
        # "cảnh sát trưởng" heads the police)
        return None
    if title[0] in _QUALIFIERS and len(title) == 1:
        # "cựu giám đốc" is a former director, not whoever was called "Cựu ..."
        held = role_title(" ".join(words[at + 1 :]))
        if held and tuple(words[at + 1 : at + 1 + len(held)]) == held:
            return (title[0], *held)
    return title


def opens_with_body(phrase: str) -> bool:
    """``phrase`` opens with the head of a body of several words, written lower case as a
    description is ("văn phòng thủ tướng Canada", "ủy ban bầu cử")."""
    words = fold(phrase).split()
    return any(tuple(words[: len(head)]) == head for head in ORG_HEADS if len(head) > 1)


def _is_indefinite(phrase: str) -> bool:
    words = fold(phrase).strip(" ,").split()
    return bool(words) and words[0] in _INDEFINITE


def _is_particulars(phrase: str) -> bool:
    """Age, birth year or address given in apposition: "60 tuổi", "SN 1975", "ngụ xã X"."""
    words = fold(phrase).strip(" ,").split()
    return bool(words) and (
        words[0][:1].isdigit() or words[0] in _PARTICULARS or "tuổi" in words[:3]
    )


def is_role(phrase: str) -> bool:
    return role_title(phrase) is not None


def describes_someone(phrase: str) -> bool:
    """A relative clause on "người" that no title opens, given in apposition to a name:
    "người đóng vai cha của Cameron Boyce trong phim Grown Ups", "người nhận đơn" (not
    "người phát ngôn ..."); or what the person is: "cũng là trưởng nhóm nghiên cứu"."""
    phrase = phrase.strip(" ,-–")
    words = fold(phrase).split()
    return len(words) > 1 and (
        (words[0] == "người" and not _opens_with_role(phrase)) or is_predicate(phrase)
    )


# what a person named before is, said after a comma: "GS Jonathan Payne từ ĐH Stanford, cũng
# là trưởng nhóm nghiên cứu, chia sẻ"
_PREDICATE_OPENERS = phrases("là", "cũng là", "đồng thời là", "hiện là", "vốn là", "hiện cũng là")
# words before a name searched for the "của" that makes them someone else's
_OWNER_WORDS = 4


def is_predicate(phrase: str) -> bool:
    words = tuple(fold(phrase).strip(" ,-–").split())
    return len(words) > 1 and any(words[:size] in _PREDICATE_OPENERS for size in (1, 2, 3))


def predicated_person(earlier: str, sentence: int, mentions: Sequence[Mention]) -> str | None:
    """The person a "là" clause (or an address) after ``earlier`` says something of: the one
    the clause opens with, else the last one named whom no "của" makes someone else's
    ("Cooper Hefner - con trai của Hugh Hefner, cũng là giám đốc sáng tạo của Playboy, nói"
    is Cooper Hefner)."""
    people = people_in(earlier, sentence, mentions)
    if opening := subject_at(earlier, 0, people):
        return opening.text
    return next((m.text for m in reversed(people) if not _owned(earlier, m)), None)


def _owned(text: str, m: Mention) -> bool:
    """``m`` is named as someone's relative or as belonging to someone ("của Hugh Hefner")."""
    before = fold(text[: text.rfind(m.text)]).split()
    return "của" in before[-_OWNER_WORDS:] or related(text, m.text)


# words for whoever leads a place, and the titles that do
_HEAD_OF = "người đứng đầu"
_LEADERS = frozenset({"lãnh đạo", _HEAD_OF})
_HEADS = ("tổng thống", "thủ tướng", "chủ tịch", "quốc vương", "vua", "nữ hoàng", "thủ lĩnh")
# the titles of who heads a body, and how a title names the body it heads
_BODY_HEADS = (
    *_HEADS, "bộ trưởng", "giám đốc", "tổng giám đốc", "viện trưởng", "cục trưởng",
    "hiệu trưởng", "chủ nhiệm", "chánh án", "tổng thư ký", "tổng cục trưởng", "trưởng",
)  # fmt: skip
_HEADED_AS = {"bộ": "", "chính quyền": "ubnd "}
# when the role was held: "Nhà lãnh đạo Triều Tiên khi đó"
_WHEN_HELD = re.compile(r"\s+(?:khi|lúc) (?:đó|ấy|bấy giờ)$|\s+hiện (?:nay|tại)$")


def main_holder(phrase: str, mentions: Sequence[Mention]) -> str | None:
    """The person with the role of ``phrase`` the article names most ("Nghệ sĩ một thời của
    đoàn Kim Cương" for the actor it is about), when one clearly is."""
    title = role_title(phrase)
    if title is None:
        return None
    key = " ".join(title)
    # the role as the phrase qualifies it: "Tổng thống Mỹ" is not held by "Tổng thống Syria X"
    folded = fold(phrase)
    role = folded[folded.find(key) :]

    place = _WHEN_HELD.sub("", role[len(key) :]).strip()

    # "người đứng đầu Bộ KH & CN" is its minister ("Bộ trưởng Bộ KH & CN Chu Ngọc Anh",
    # "Bộ trưởng Quốc phòng Philippines"), that of "chính quyền TP Hà Nội" the chairman of
    # its people's committee
    headed = {
        f"{head} {named}{place[len(body) + 1 :]}"
        for body, named in _HEADED_AS.items()
        if key == _HEAD_OF and place.startswith(f"{body} ")
        for head in _BODY_HEADS
    }

    def holds(held: str) -> bool:
        if key == _HEAD_OF and (
            held in headed or (held.startswith(_BODY_HEADS) and held.endswith(f" {place}"))
        ):
            return True
        if key in _LEADERS and place:
            # "Nhà lãnh đạo Mỹ" after "Tổng thống Mỹ Donald Trump": who leads that place
            return held.endswith(place) and (held.startswith(_HEADS) or held == f"{key} {place}")
        return held.startswith(key) and (held.startswith(role) or role.startswith(held))

    # "Tổng thống Hàn Quốc" is not the "Tổng thống Trump" the article also calls "Tổng thống
    # Mỹ Donald Trump"
    elsewhere = {
        m.canonical or m.text
        for m in mentions
        if place
        and m.type == "PER"
        and m.title
        and (held := fold(m.title)).startswith(f"{key} ")
        and not held.startswith(role)
        and not role.startswith(held)
    }
    holders = {
        m.canonical or m.text
        for m in mentions
        if m.type == "PER" and m.title and holds(fold(m.title))
    } - elsewhere
    counts = Counter(
        m.canonical or m.text for m in mentions if (m.canonical or m.text) in holders
    ).most_common(2)
    if not counts or (len(counts) > 1 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


# seats of government standing for who holds them: "ông chủ Nhà Trắng" is the US president
_SEATS = {
    fold(seat): office
    for seat, office in (
        ("Nhà Trắng", "Tổng thống Mỹ"),
        ("Điện Kremlin", "Tổng thống Nga"),
        ("Nhà Xanh", "Tổng thống Hàn Quốc"),
        ("Điện Elysee", "Tổng thống Pháp"),
        ("Điện Élysée", "Tổng thống Pháp"),
        ("Phố Downing", "Thủ tướng Anh"),
    )
}
_SEAT_HOLDER = re.compile(
    rf"(?:^|\s)(?:ông chủ|chủ nhân|{_HEAD_OF})\s+(?P<seat>{'|'.join(_SEATS)})$"
)


def seat_holder(phrase: str, mentions: Sequence[Mention]) -> str | None:
    """Who the article names in the office a seat of government stands for: "ông chủ Nhà
    Trắng" after "Tổng thống Mỹ Donald Trump" is Trump."""
    found = _SEAT_HOLDER.search(fold(phrase.strip()))
    return main_holder(_SEATS[found["seat"]], mentions) if found else None


def role_holder(
    phrase: str, sentence: int, mentions: Sequence[Mention], texts: Mapping[int, str]
) -> str | None:
    """The person an earlier sentence gave this role in apposition: "Đại tá Nguyễn Văn A,
    Giám đốc Công an tỉnh X, ..." then "Giám đốc Công an tỉnh X nhấn mạnh"."""
    words = phrase.split()
    # the longest ending of the phrase that names the role: leading words are the clause's;
    # an ending without the role's title ("Trung Quốc" of "đại sứ Trung Quốc"), or only a place
    # ("huyện Bình Giang", "Bình Giang"), names no role
    places = [(fold(w),) in ADMIN_LEVELS for w in words]
    title = role_title(phrase)
    folded = fold(phrase).split()
    last_start = max(
        (k for k in range(len(words)) if title and tuple(folded[k : k + len(title)]) == title),
        default=len(words),
    )
    suffixes = [
        role_form(" ".join(words[k:]))
        for k in range(min(len(words) - 1, last_start + 1))
        if not (places[k] or (k > 0 and places[k - 1]))
    ]
    abbreviations = abbreviations_in(phrase)
    # a name inside the words quoted is the speaker's, given no role: "“... giữa ông Putin và
    # ông Trump, điều đó thật là kinh khủng”, cựu giám đốc nói"
    unquoted: dict[int, str] = {}
    for m in reversed(mentions):
        if m.type != "PER" or m.sentence > sentence:
            continue
        if m.sentence not in unquoted:
            unquoted[m.sentence] = blank_quotes(texts.get(m.sentence, ""))
        text = unquoted[m.sentence]
        at = text.find(m.text)
        if at < 0:
            continue
        rest = text[at + len(m.text) :]
        if _talked_to(text, at):
            continue  # "trao đổi với nhà báo Christiane Amanpour ..., Thủ tướng Singapore nói"
        if rest.lstrip()[:1] in ("”", '"'):
            continue  # a name closing a quote ("“... Tôi yêu Sam”, ngôi sao cho biết")
        if fold(rest).split()[:1] in (["và"], ["cùng"], ["với"]) or _opens_contrast(
            rest.lstrip(" ,")
        ):
            # "Phó thủ tướng X và Phó tổng thống Indonesia", "X, trong khi Thứ trưởng Y":
            # someone else's role
            continue
        # a role before another name is that name's: "Thủ tướng Ấn Độ Narendra Modi, Bộ
        # trưởng quốc phòng Mỹ Mattis" holds no "Bộ trưởng quốc phòng Mỹ"
        rest = _before_next_person(rest, m, mentions)
        # age and address in parentheses are no role: "Vũ Văn A (trú tại huyện X)" does not
        # hold "lãnh đạo Công an huyện X"
        rest = _PARENTHESISED.sub(
            lambda p: "" if _is_particulars(p.group()[1:]) else p.group(), rest
        )
        # the apposition ends where the clause's verb begins: "ông X - chủ tịch UBND tỉnh - đã
        # báo cáo với Thủ tướng" holds no "Thủ tướng"
        words_after = rest.split()[:_ROLE_WORDS]
        verb = next((k for k, w in enumerate(words_after) if fold(w) in _ASPECT), None)
        after = " ".join(words_after[:verb])
        role_before = _role_before(text[:at], m, mentions)
        context = role_form(f"{role_before} {m.title or ''} {m.text} {after}", abbreviations)
        if any(
            ((where := context.find(suffix)) >= 0 and not _serves_the_role(context[:where]))
            or _held_jointly(suffix, context)
            for suffix in suffixes
            if len(suffix.split()) >= 2
        ):
            return m.canonical or m.text
    return None


def _held_jointly(role: str, context: str) -> bool:
    """The role ("phó thủ tướng đức") is one of two titles the context joins by "kiêm", whose
    place closes both ("phó thủ tướng kiêm bộ trưởng tài chính đức olaf scholz")."""
    title = " ".join(role_title(role) or ())
    place = role[len(title) :].strip()
    _, joined, rest = context.partition(f"{title} kiêm ")
    return bool(title and place and joined) and f" {place} " in f" {rest} "


def _before_next_person(rest: str, m: Mention, mentions: Sequence[Mention]) -> str:
    """The words after person ``m`` up to the next person its sentence names, and the
    comma or the title that person has before them; all of them when no one follows."""
    ats = [
        (at, other.title or "")
        for other in mentions
        if other.sentence == m.sentence
        and other.type == "PER"
        and (other.canonical or other.text) != (m.canonical or m.text)
        and (at := rest.find(other.text)) >= 0
    ]
    if not ats:
        return rest
    at, title = min(ats)
    comma = rest.rfind(",", 0, at)
    before = rest[:comma] if comma >= 0 else rest[:at].rstrip()
    return before[: len(before) - len(title)] if before.endswith(title) else before


# who works for the holder of a role named after them: "Trợ lý Tổng thống Nga Yuri Ushakov"
_AIDES = phrases(
    "trợ lý", "phụ tá", "cố vấn", "người phát ngôn", "phát ngôn viên", "thư ký",
    "thư ký báo chí", "chánh văn phòng", "đặc phái viên",
)  # fmt: skip


def serves_someone(phrase: str) -> bool:
    """``phrase`` describes whoever works for the person it names ("người phát ngôn của Thủ
    tướng Đức Angela Merkel"), not that person."""
    words = fold(phrase).split()
    return any(tuple(words[:k]) in _AIDES for k in (1, 2, 3))


def _serves_the_role(before_role: str) -> bool:
    """The folded words before a role make it that of whom the person works for, not theirs:
    "trợ lý" before "tổng thống nga"."""
    before = before_role.split()
    while before and before[-1] in ("của", "cấp", "cao"):
        before.pop()
    return any(tuple(before[-k:]) in _AIDES for k in (1, 2, 3) if len(before) >= k)


def _role_before(before: str, m: Mention, mentions: Sequence[Mention]) -> str:
    """The role set off by a comma before a person addressed by "ông" or "bà" alone:
    "Ngoại trưởng Pakistan, ông Shah Mahmood Qureshi, cảnh báo" (not "... nhà lãnh đạo Triều
    Tiên Kim Jong Un, Sarah Sanders, ...": a role with its own holder)."""
    title = m.title or ""
    if fold(title) not in ("", *FORMS_OF_ADDRESS) or not before.rstrip().endswith(title):
        return ""
    before = before.rstrip()[: len(before.rstrip()) - len(title)].rstrip()
    if not before.endswith(","):
        return ""
    clause = before[:-1].rpartition(",")[2].strip()
    held = people_in(clause, m.sentence, mentions)
    return "" if held or len(clause.split()) > _ROLE_WORDS else clause


# a deputy called by the province that elected them: "đại biểu Nghệ An", "ĐB Gia Lai"
_DELEGATE = re.compile(r"(?:đại biểu|đb)\s+(?P<province>[^\s(),]+(?:\s+[^\s(),]+){0,3})")


def delegate(
    phrase: str, sentence: int, mentions: Sequence[Mention], texts: Mapping[int, str]
) -> str | None:
    """The deputy "đại biểu Nghệ An" stands for: the one the text named with that province in
    parentheses ("đại biểu Nguyễn Hữu Cầu (Nghệ An)", "(đoàn Nghệ An)"), the latest first."""
    found = _DELEGATE.fullmatch(fold(phrase.strip()))
    if found is None:
        return None
    marks = (f"({found['province']})", f"(đoàn {found['province']})")
    for m in reversed(mentions):
        if m.type != "PER" or m.sentence > sentence:
            continue
        text = fold(texts.get(m.sentence, ""))
        name = fold(m.text)
        at = text.find(name)
        while at >= 0:
            if text[at + len(name) :].lstrip().startswith(marks):
                return m.canonical or m.text
            at = text.find(name, at + 1)
    return None


def unnamed_holder(
    phrase: str, sentence: int, mentions: Sequence[Mention], texts: Mapping[int, str]
) -> str | None:
    """The description by which an earlier sentence naming nobody brought in the person this
    role stands for, without its "một": "Một quan chức cấp cao của Bộ Ngoại giao nói ..."
    then "Quan chức Bộ Ngoại giao cho biết" is that official, not a deputy minister named in
    between (the article keeps its source anonymous)."""
    wanted = fold(_trimmed(phrase)).split()
    if len(wanted) < _MIN_DESCRIPTION_WORDS:
        return None
    named = {m.sentence for m in mentions if m.type == "PER"}
    for index in sorted((i for i in texts if i < sentence and i not in named), reverse=True):
        words = texts[index].split()
        for k in range(len(words) - 1):
            if fold(words[k]) != "một" or fold(words[k + 1]) != wanted[0]:
                continue
            window = [fold(w.strip(",.:;")) for w in words[k + 1 : k + 1 + len(wanted) + 3]]
            end = _subsequence_end(wanted, window)
            if end is not None:
                return " ".join(words[k + 1 : k + 1 + end]).strip(",.:;")
    return None


def latest_holder(
    phrase: str, sentence: int, spoken: Sequence[str], texts: Mapping[int, str]
) -> str | None:
    """Which of the speakers quoted before a description ending "này" ("Quan chức này")
    stands for: the one of that description the text mentioned last, not whoever was quoted
    last. "... quan chức Bộ Ngoại giao Mỹ nói" then "quan chức cấp cao của Bộ Ngoại giao bày
    tỏ hy vọng ... Quan chức này cho biết" is the senior official."""
    words = fold(_trimmed(phrase)).split()
    head = " ".join(words[:-1])
    if len(words) < _MIN_HEAD_WORDS + 1 or words[-1] != "này":
        return None
    holders = {key: s for s in spoken if (key := fold(s)) == head or key.startswith(head + " ")}
    if len(holders) < 2:
        return None
    seen: dict[str, tuple[int, int]] = {}
    for index in range(sentence, -1, -1):
        text = fold(texts.get(index, ""))
        for key in holders:
            at = text.rfind(key)
            if at >= 0 and key not in seen:
                seen[key] = (index, at)
        if seen:
            return holders[max(seen, key=seen.__getitem__)]
    return None


# people who speak for a body, brought in by the body's name and no name of their own
# ("đại diện Công ty Licogi 12 cho rằng"), and the sentences searched back for them
_SPOKESPEOPLE = PhraseTable(phrases("đại diện", "người phát ngôn", "phát ngôn viên", "lãnh đạo"))
_SPOKESPERSON_SENTENCES = 5
# words between a body and a name after it that make the name the representative's own
_NAMED_AFTER_BODY = 3


def body_representative(
    phrase: str, sentence: int, mentions: Sequence[Mention], texts: Mapping[int, str]
) -> str | None:
    """Whom "đại diện công ty này" or a bare "nữ đại diện" stands for: the latest
    representative the sentences just before brought in by their body alone ("Trước đối đáp
    của đại diện VKS, đại diện Công ty Licogi 12 cho rằng ..." then "“...”, nữ đại diện
    nói"), not the representative of another body quoted before. None when the sentence
    names the representative ("đại diện Công ty A, ông B") or the phrase names its body."""
    words = fold(_trimmed(phrase)).split()
    keys = tuple(words)
    found = next(
        ((k, end) for k in range(len(words)) if (end := _SPOKESPEOPLE.end(keys, k)) > k), None
    )
    if found is None:
        return None
    head, kind = words[found[0] : found[1]], words[found[1] :]
    if kind and kind[-1:] != ["này"]:
        return None
    kind = kind[:-1]
    wanted = " ".join(head)
    for m in reversed(mentions):
        if m.type != "ORG" or not sentence - _SPOKESPERSON_SENTENCES <= m.sentence <= sentence:
            continue
        if kind and fold(m.text).split()[: len(kind)] != kind:
            continue
        text = blank_quotes(texts.get(m.sentence, ""))
        at = text.rfind(m.text)
        opening = text[:at].rstrip()
        if at < 0 or not fold(opening).endswith(wanted):
            continue
        after = text[at + len(m.text) :]
        near = " ".join(after.split()[:_NAMED_AFTER_BODY])
        if any(p.text.split()[0] in near for p in people_in(after, m.sentence, mentions)):
            return None
        return f"{opening[len(opening) - len(wanted) :]} {m.text}"
    return None


# nouns of a person brought in by "một" without a name ("một quan chức", "Đại diện một công
# ty"), besides the titles
_PERSON_NOUNS = phrases(
    "quan chức", "đại diện", "lãnh đạo", "người", "nhân viên", "cán bộ", "giới chức", "chuyên gia",
    "công dân", "du khách", "hành khách", "nhân chứng", "cư dân",
)  # fmt: skip
# sentences searched back for such a person, and the longest description kept
_UNNAMED_SENTENCES = 3
_MAX_DESCRIPTION_WORDS = 14
# a description without "một" names the body it speaks for ("lãnh đạo Công an huyện"),
# whose name may be long ("lãnh đạo công ty CP xây dựng và khai thác vật liệu xây dựng ...")
_MIN_BARE_WORDS = 3
_MAX_BARE_WORDS = 20
_UNNAMED_HEADS = _PERSON_NOUNS | _ROLES


def recent_unnamed(
    sentence: int, mentions: Sequence[Mention], texts: Mapping[int, str]
) -> str | None:
    """The person without a name a clause of the sentences just before opens with, when no
    one is named since: "Đại diện một công ty bản quyền thừa nhận ..." then "“...”, vị này
    cho biết" is that representative, not the expert quoted paragraphs before."""
    named = {m.sentence for m in mentions if m.type == "PER"}
    for index in range(sentence - 1, max(sentence - 1 - _UNNAMED_SENTENCES, -1), -1):
        text = texts.get(index, "")
        if quote_runs_over(text):
            return None  # a quote running over sentences: its words are no one's subject
        people = [m.text for m in mentions if m.sentence == index and m.type == "PER"]
        clauses = text.split(",")
        described = next(
            (
                subject
                for k, clause in enumerate(clauses)
                if (subject := _unnamed_subject(clause, bare=index not in named))
                # "Ông William Reinsch, một cựu quan chức của Bộ Thương mại Mỹ, cho biết":
                # a description in apposition is of the person just named
                and not (k and clauses[k - 1].rstrip().endswith(tuple(people)))
            ),
            None,
        )
        if described or index in named:
            return described
    return None


def _unnamed_subject(clause: str, bare: bool) -> str | None:
    """ "một quan chức ...", or "Đại diện một công ty ..." whose person comes first, or the
    source "Theo (lý giải của) một ..." names, up to the verb, without its "một" and manner:
    "một người hâm mộ bất ngờ chia sẻ" is "người hâm mộ"; in a sentence naming no one
    (``bare``), a person noun without "một" too ("lãnh đạo công ty ... cho biết")."""
    words = clause.rstrip(" .!?…").split()  # the sentence's last clause keeps its stop
    folded = [fold(w) for w in words]
    if folded[:1] == ["theo"]:
        # "Theo lý giải của một lãnh đạo TP Sóc Trăng": the source, whose words they are
        of = folded.index("của", 1, 5) if "của" in folded[1:5] else 0
        words, folded = words[of + 1 :], folded[of + 1 :]
    at = folded.index("một") if "một" in folded[:3] else -1
    if at < 0:
        return _bare_subject(words, folded) if bare else None
    # the person noun follows "một", or is all the words before it ("Đại diện")
    if not (tuple(folded[:at]) in _UNNAMED_HEADS if at else _person_noun(folded[1:4])):
        return None
    end = _saying_at(folded, at + 2)
    if end > _MAX_DESCRIPTION_WORDS:
        return None
    return without_manner(without_indefinite(" ".join(words[:end])))


def _bare_subject(words: Sequence[str], folded: Sequence[str]) -> str | None:
    """A person noun opening a clause without "một", up to the cue it says something with:
    "lãnh đạo công ty CP xây dựng ... Miền Trung cho biết" (not "người này", someone known)."""
    if not any(tuple(folded[:size]) in _PERSON_NOUNS for size in (1, 2)):
        return None
    end = _saying_at(folded, 2)
    cued = cue_at(folded, end) or (end + 1 < len(words) and cue_at(folded, end + 1))
    if not cued or not _MIN_BARE_WORDS <= end <= _MAX_BARE_WORDS:
        return None
    if folded[end - 1] in _POINTING:
        return None
    return without_manner(" ".join(words[:end]))


def _saying_at(words: Sequence[str], start: int) -> int:
    """Where, from ``start`` on, the verb of a description's clause begins: an aspect word or a
    cue ("... đã cho biết", "... chia sẻ"), or the end of the words."""
    return next(
        (i for i in range(start, len(words)) if words[i] in _ASPECT or cue_at(words, i)),
        len(words),
    )


def _person_noun(words: Sequence[str]) -> bool:
    return any(tuple(words[:size]) in _UNNAMED_HEADS for size in (1, 2, 3))


def _subsequence_end(wanted: Sequence[str], words: Sequence[str]) -> int | None:
    """How many of ``words`` it takes to meet every word of ``wanted`` in order, or None."""
    at = 0
    for position, word in enumerate(words):
        if word == wanted[at]:
            at += 1
            if at == len(wanted):
                return position + 1
    return None


# where a body is based, said of it: "Trang tin Guancha.cn có trụ sở tại Thượng Hải"
_SEATED = re.compile(r"\s+(?:có|đặt)\s+trụ\s+sở\s+(?:tại|ở)\s.*$", re.IGNORECASE)
# a description that says its holder is not named: "vị cố vấn giấu tên"
_ANONYMOUS = re.compile(r"\b(?:giấu tên|nêu tên|ẩn danh|tiết lộ danh tính)\b")


def resolve_speaker(
    phrase: str,
    sentence: int,
    mentions: Sequence[Mention],
    last: str | None,
    texts: Mapping[int, str],
) -> str:
    phrase = _SEATED.sub("", phrase)
    speaker = _resolved(phrase.strip(), sentence, mentions, last, texts)
    kin = kin_of(phrase.strip())
    if kin is None or fold(speaker).startswith(fold(kin)) or speaker == phrase.strip():
        return speaker
    return f"{kin} {speaker}"  # "bố của Á hậu": the relative of the person named


# what the speaker did before speaking, after their name: "Sở QHKT TP sau khi rà soát quy
# hoạch của khu vực cho biết"
_DONE_BEFORE = re.compile(r"\s+(?:sau khi|trước khi)\s.*$")


def _resolved(
    phrase: str,
    sentence: int,
    mentions: Sequence[Mention],
    last: str | None,
    texts: Mapping[int, str],
) -> str:
    if phrase[:1].isupper():
        phrase = _DONE_BEFORE.sub("", phrase)
    name = (
        seat_holder(phrase, mentions)
        or speaker_name(phrase, sentence, mentions)
        or titled_person(phrase, mentions, sentence)
        or full_name(phrase, sentence, mentions)
    )
    if name:
        return name
    if addressed := _addressed_name(phrase):
        return full_name(addressed, sentence, mentions) or addressed
    if initialled := _initialled(phrase, mentions):
        return initialled
    if deputy := delegate(phrase, sentence, mentions, texts):
        return deputy
    words = phrase.split()
    if len(words) > 2 and fold(words[0]) in PRONOUN_TITLES and fold(words[1]) in _ASPECT:
        phrase = words[0]  # "ông đã có phát biểu": the pronoun is the clause's subject
    if is_anaphor(phrase):
        return referent(phrase, sentence, mentions, last, texts)
    relatives = [m for m in people_in(phrase, sentence, mentions) if related(phrase, m.text)]
    if relatives:
        # "mẹ bé Trà My": the relative, whom no other name gives; "luật sư bào chữa cho bị
        # cáo Hương": her lawyer, whom the article may have named as "luật sư Poh Teik"
        title = role_title(phrase)
        titled = title and fold(phrase).startswith(" ".join(title))  # not "quản lý của ca sĩ X"
        kin = kin_before(phrase[: phrase.find(relatives[0].text)])
        return (main_holder(phrase, mentions) if titled and not kin else None) or _trimmed(phrase)
    if unnamed := unnamed_holder(phrase, sentence, mentions, texts):
        return unnamed
    if _ANONYMOUS.search(fold(phrase)):
        return _trimmed(phrase)  # "vị cố vấn giấu tên": no one the article names
    if is_role(phrase):
        # a role named before stands for its holder; a title before a name the scanner did
        # not read ("Hòa thượng Thích Quảng Đức") is that name; else the person just quoted,
        # unless each holds a role in another organisation: "người phát ngôn Bộ Ngoại giao
        # Mỹ" after a quote of "Chủ tịch Ủy ban ECOWAS Omar Alieu Touray" is someone else
        return (
            role_holder(phrase, sentence, mentions, texts)
            or described_person(phrase, sentence, mentions, texts)
            or _kind_holder(phrase, sentence, mentions)
            or body_representative(phrase, sentence, mentions, texts)
            or main_holder(phrase, mentions)
            or (_trimmed(phrase) if _ends_with_name(phrase, sentence, mentions) else None)
            or _group(phrase)
            or (
                _trimmed(phrase)
                if _serves_elsewhere(last, phrase, sentence, mentions)
                or _of_another_country(last, phrase, mentions)
                or _several(last)
                or _another_description(last, phrase, mentions)
                or _holds_another_office(last, phrase, mentions)
                or _lacks_the_job(last, phrase, mentions)
                or _relative_of(last, phrase, mentions)
                else last
            )
            or _trimmed(phrase)
        )
    # "một đại biểu" brings in someone new, not the "đại biểu Hiền" named before
    indefinite = _is_indefinite(phrase)
    described = None if indefinite else described_person(phrase, sentence, mentions, texts)
    return (
        issuer(phrase, sentence, mentions, texts)
        or described
        or named_subject(phrase, sentence, mentions)
        or _trimmed(phrase)
    )


# words after which a clause names who acts: "việc Bình Nhưỡng tuyên bố", "... mà Hãng thông
# tấn trung ương Triều Tiên (KCNA) tuyên bố", "tuyên bố được IS phát đi"
_ACTOR_AFTER = frozenset({"mà", "việc", "được", "do", "bởi"})
# words that follow a clause's subject and say it is one: "Trung Quốc đã lần lượt nêu"
_AFTER_SUBJECT = _ASPECT | {"sẽ", "có", "từng", "vẫn"}


def named_subject(phrase: str, sentence: int, mentions: Sequence[Mention]) -> str | None:
    """The body or place a clause before the cue is about, when it goes on to say what they
    did rather than describing someone: the name it opens with, after a few words of setting
    at most, with an aspect word after it ("từ cuối những năm 1980 Trung Quốc đã lần lượt",
    "Bộ GTVT có văn bản phản hồi"), or the name right after its last "mà", "việc" or passive
    "được" ("Bình Nhưỡng đã thực hiện việc đóng cửa ... mà Hãng thông tấn trung ương Triều
    Tiên (KCNA)", "tuyên bố được IS phát đi thông qua ..."); None for a noun phrase ("đại sứ
    quán Mỹ tại Ukraine", "Cục Văn hóa cơ sở", a name the scanner read in part)."""
    words = phrase.split()
    markers = [k for k, word in enumerate(words) if fold(word) in _ACTOR_AFTER]
    clause = " ".join(words[markers[-1] + 1 :] if markers else words)
    placed = placed_in(clause, sentence, mentions, "ORG", "LOC")
    if not placed:
        return None
    at, first = min(placed, key=lambda pair: (pair[0], -len(pair[1].text)))
    opening = len(clause[:at].split())
    if markers:
        return first.canonical or first.text if opening == 0 else None
    after = clause[at + len(first.text) :].split()
    acts = bool(after) and fold(after[0]) in _AFTER_SUBJECT
    # words before the name set the scene ("từ cuối những năm 1980"), or they are the subject
    # the name qualifies ("thương nhân châu Âu vừa bán đậu nành")
    setting = opening == 0 or (opening <= _SUBJECT_WORDS and fold(words[0]) in SETTINGS)
    return first.canonical or first.text if acts and setting else None


def _addressed_name(phrase: str) -> str | None:
    """A form of address and a name the scanner did not read, then only what the person did
    as they spoke: "bà Xuân bật khóc", "Còn chị Phương mắt rớm lệ" are "bà Xuân", "chị
    Phương"."""
    words = _past_clause_words(phrase.split())
    if len(words) < 3 or fold(words[0]) not in PRONOUN_TITLES:
        return None
    named = 1
    while named < len(words) and words[named][:1].isupper():
        named += 1
    rest = words[named:]
    if named == 1 or not rest or any(not word[:1].islower() for word in rest):
        return None
    return " ".join(words[:named])


# a role and the initial an outlet names someone by ("tài xế Q."), and a name of initials
_LAST_INITIAL = re.compile(r"\s([A-ZĐ])\.?$")
_INITIALS = re.compile(r"(?:[A-ZĐ]\.\s?)+")


def _initialled(phrase: str, mentions: Sequence[Mention]) -> str | None:
    """The one person named by initials whose last is the one a role closes on: "tài xế Q."
    after "ông T.V.Q." is him, not the driver named before ("tài xế N.X.T."); "luật sư bảo
    vệ cháu T." is T.'s lawyer, whom the description alone names."""
    phrase = phrase.strip()
    last = _LAST_INITIAL.search(phrase)
    if last is None or not is_role(phrase[: last.start()]):
        return None
    if related(phrase, last[0].strip()):
        return _trimmed(phrase)
    initials = {
        m.text
        for m in mentions
        if m.type == "PER" and _INITIALS.fullmatch(m.text) and m.text.rstrip(". ")[-1] == last[1]
    }
    return initials.pop() if len(initials) == 1 else f"{last[1]}."


# "như lời một người dân ... nói": whose words, not a speaker's own; "Khi đó báo Jakarta
# Post thuật lại": when
_WORDS_OF = phrases(
    "theo lời", "như lời", "về việc", "khi đó", "lúc đó", "khi ấy", "lúc ấy", "từ lâu"
)  # fmt: skip
# what opens a second clause set against the first ("X gọi đây là “...”, trong khi Thứ trưởng
# Y khẳng định"): its subject is not the first clause's
_CONTRASTING = phrases("trong khi", "trong lúc")
# words of the clause around a description of the speaker ("Theo đại diện UBND", "Song thẩm
# phán Phương", "một cán bộ ... cũng"); and see _from_source and _stressed
_LEADING_CLAUSE_WORDS = frozenset({"theo", "song", "còn", "nhưng", "và"})
# and after it ("tổng chưởng lý Vương quốc Saudi Arabia ra thông báo", "đưa ra tuyên bố")
_TRAILING_CLAUSE_WORDS = frozenset(
    {"cũng", "thì", "lại", "đã", "ra", "đưa", "sẽ", "hiện", "vẫn", "đang", "vừa", "từng", "đều"}
    | {"có", "thể"}  # "Abhinanda có thể giải thích"
)
# "một số", "một vài", "một trong": "một" counts, it does not bring one person in
_QUANTITY_NOUNS = frozenset({"số", "vài", "trong", "nửa", "phần"})
_CLAUSE_OPENERS = _LEADING_CLAUSE_WORDS | {"trong", "khi", "thậm", "chí", "đồng", "thời"}


def _titles_of(person: str | None, mentions: Sequence[Mention]) -> list[str]:
    """The titles ``person`` was named with."""
    return [
        m.title for m in mentions if m.type == "PER" and m.title and person in (m.text, m.canonical)
    ]


def _serves_elsewhere(
    person: str | None, phrase: str, sentence: int, mentions: Sequence[Mention]
) -> bool:
    """``person`` was named with a title in an organisation that the role ``phrase`` does
    not name, while ``phrase`` names one of its own."""
    named = names_in(sentence, mentions, "ORG")
    own = {org for org in named if org in phrase}
    titles = _titles_of(person, mentions)
    organisations = {m.text for m in mentions if m.type == "ORG"}
    theirs = {org for org in organisations for title in titles if org in title}
    return bool(own and theirs) and not own & theirs


def _countries(text: str) -> set[str]:
    """The countries the words of a role or a title name, a capital standing for its own:
    "Chủ tịch Hạ viện Mỹ" names the US, "nhà lãnh đạo Bắc Kinh" China (a Vietnamese province
    is no country here)."""
    words = text.split()
    found: set[str] = set()
    for i, word in enumerate(words):
        if not word[:1].isupper():
            continue
        for size in (3, 2, 1):
            entry = default_gazetteer().lookup(" ".join(words[i : i + size]))
            if entry is not None and entry.type == "LOC" and entry.kind is None:
                found.add(entry.capital_of or entry.canonical)
                break
    return found


# descriptions that stand for whoever holds one of a kind of titles, and those titles:
# "Nhà ngoại giao Triều Tiên" after "Phó Đại sứ Kim In Ryong tại Liên Hợp Quốc"
_KINDS_OF_TITLES = {
    ("nhà", "ngoại", "giao"): tuple(
        tuple(fold(title).split())
        for title in (
            "đại sứ", "phó đại sứ", "ngoại trưởng", "bộ trưởng ngoại giao",
            "thứ trưởng ngoại giao", "đặc phái viên", "đặc sứ", "đại diện thường trực",
            "tổng lãnh sự", "lãnh sự", "đại biện",
        )
    ),
}  # fmt: skip
# sentences back that a description of a kind looks for its holder
_KIND_SENTENCES = 5


def _kind_holder(phrase: str, sentence: int, mentions: Sequence[Mention]) -> str | None:
    """The person named last, a few sentences back at most, with a title of the kind the
    description ``phrase`` opens with ("Nhà ngoại giao Nga" is "Ngoại trưởng Nga Sergei
    Lavrov"), of the country it names when both name one, or None."""
    words = tuple(fold(phrase).split())
    titles = next((t for kind, t in _KINDS_OF_TITLES.items() if words[: len(kind)] == kind), ())
    if not titles:
        return None
    countries = _countries(phrase)
    for m in reversed(mentions):
        if m.type != "PER" or not m.title or not 0 <= sentence - m.sentence <= _KIND_SENTENCES:
            continue
        title = tuple(fold(m.title).split())
        if not any(title[: len(t)] == t for t in titles):
            continue
        theirs = _countries(m.title)
        if countries and theirs and not countries & theirs:
            continue
        return m.canonical or m.text
    return None


def _of_another_country(person: str | None, phrase: str, mentions: Sequence[Mention]) -> bool:
    """The speaker quoted before, ``person``, was named with titles of one country and the
    role ``phrase`` is another's: "vị đặc phái viên Trung Quốc ở Hong Kong" after "Chủ tịch
    Hạ viện Mỹ Nancy Pelosi" was quoted is someone else."""
    own = _countries(phrase)
    if person is None or not own:
        return False
    theirs = {country for title in _titles_of(person, mentions) for country in _countries(title)}
    return bool(theirs) and not own & theirs


def _holds_another_office(person: str | None, phrase: str, mentions: Sequence[Mention]) -> bool:
    """The speaker quoted before, ``person``, was named with titles none of which is the
    office ``phrase`` names: "Thứ trưởng Ngoại giao Anh ..." after "Tổng thống Palestine
    Mahmud Abbas" was quoted is someone else."""
    office = role_title(phrase)
    if person is None or office not in _OFFICES:
        return False
    # only titles that are offices tell: "ông Trump" may well be "Tổng thống Mỹ"
    titles = [
        title
        for title in map(fold, _titles_of(person, mentions))
        if any(" ".join(o) in title for o in _OFFICES)
    ]
    return bool(titles) and not any(" ".join(office) in title for title in titles)


def office_holder(
    phrase: str, sentence: int, mentions: Sequence[Mention], candidate: str | None
) -> str | None:
    """Whom a description of an office ("Vị bộ trưởng này") stands for when ``candidate``,
    whom the text would give it, holds another: the person named last with that office
    ("bộ trưởng Josefa González - Blanco" before "Tổng thống López Obrador"), else
    ``candidate``."""
    if not _holds_another_office(candidate, phrase, mentions):
        return candidate
    office = role_title(phrase) or ()
    for m in reversed(mentions):
        if m.type != "PER" or m.sentence > sentence or not m.title:
            continue
        title = fold(m.title).split()
        if title[:1] in (["cựu"], ["nguyên"]):
            title = title[1:]  # "nguyên Bộ trưởng": the office, once held
        if tuple(title[: len(office)]) == office:
            return m.canonical or m.text
    return candidate


# jobs that make someone speak for others or ask them, and parts people play in a story:
# whoever holds one was named with it
_JOBS = {
    job: key
    for key, jobs in (
        ("phát ngôn", ("người phát ngôn", "phát ngôn viên")),
        ("phóng viên", ("phóng viên",)),
        ("nhà báo", ("nhà báo",)),
        ("bệnh nhân", ("bệnh nhân",)),
        ("nạn nhân", ("nạn nhân",)),
        ("nhân chứng", ("nhân chứng",)),
    )
    for job in phrases(*jobs)
}
_JOB_PHRASES = PhraseTable(frozenset(_JOBS))


def _lacks_the_job(person: str | None, phrase: str, mentions: Sequence[Mention]) -> bool:
    """The speaker quoted before, ``person``, was named, never with the job ``phrase`` names:
    "Phóng viên Tuổi Trẻ nêu câu hỏi" after the director of a department answered, "người
    phát ngôn của trường" after the Attorney General was quoted, "bệnh nhân nữ" after the
    surgeon, are someone else; the job opens the phrase ("chia buồn với các nạn nhân" is
    no victim)."""
    words = tuple(fold(phrase).split())
    key = _JOBS.get(words[: _JOB_PHRASES.end(words, 0)])
    if person is None or key is None:
        return False
    named = [m for m in mentions if m.type == "PER" and person in (m.text, m.canonical)]
    return bool(named) and not any(key in fold(m.title or "") for m in named)


def _relative_of(person: str | None, phrase: str, mentions: Sequence[Mention]) -> bool:
    """The role ``phrase`` is a relative of the speaker quoted before, ``person``, as the
    article named them: "mẹ cháu bé" after "Chị Vũ Ngọc L. (mẹ bé K.)" is not K."""
    kin = opening_kin(phrase)
    return kin is not None and any(
        kin_before(f"{title} ") == kin for title in _titles_of(person, mentions)
    )


def _another_description(person: str | None, phrase: str, mentions: Sequence[Mention]) -> bool:
    """The speaker quoted before, ``person``, was described without a name, and the role
    ``phrase`` says where it is held in words that description lacks: "người phát ngôn của
    hãng bay Citilink" after "người phát ngôn sân bay tại Bali" is someone else."""
    if person is None or any(person in (m.text, m.canonical) for m in mentions if m.type == "PER"):
        return False
    title = role_title(phrase)
    role = fold(_trimmed(phrase))
    if title is None or (at := role.find(" ".join(title))) < 0:
        return False
    where = role[at + len(" ".join(title)) :].split()
    if where[:1] == ["của"]:
        where = where[1:]
    return bool(where) and " ".join(where) not in fold(person)


def _ends_with_name(phrase: str, sentence: int, mentions: Sequence[Mention]) -> bool:
    """The last two words are capitalised: a name after the role ("Hòa thượng Thích Quảng
    Đức"), not the role alone ("Bộ trưởng"), nor the place or body it is held in ("cựu HLV U23
    Việt Nam", "cựu tiền đạo CLB Dortmund")."""
    words = phrase.split()
    # known places and bodies only: "Bộ trưởng an ninh Indonesia Wiranto" may be read as the
    # organisation "Indonesia Wiranto"
    held_in = {
        m.text
        for m in mentions
        if m.sentence == sentence and m.type in ("LOC", "ORG") and m.canonical is not None
    }
    return (
        len(words) >= 3
        and all(w[:1].isupper() for w in words[-2:])
        and not any(phrase.endswith(name) for name in held_in)
    )


# a dash then lower-case words: a description in apposition, not part of a name ("Jean -
# Michel", "Kim Ji - huyn")
_APPOSITION = re.compile(r"\s[–-]\s+(?=[^\W\dA-ZĐ]\w*\s+\w)")


def _past_clause_words(words: list[str]) -> list[str]:
    """``words`` from the first that is not of the clause around a description ("Theo",
    "Còn", "như lời", "về việc", "trong" a document), keeping the last word."""
    if len(words) > 2 and tuple(fold(" ".join(words[:2])).split()) in _WORDS_OF:
        words = words[2:]
    while len(words) > 1 and (
        fold(words[0]) in _LEADING_CLAUSE_WORDS
        or _from_source(words)
        or _stressed(words)
        or (fold(words[0]) == "trong" and words[1][:1].isupper())  # "trong Văn kiện ..."
    ):
        words = words[1:]
    # "Tình trạng này khiến khán giả đặt ra câu hỏi": those it makes speak
    caused = [k for k, word in enumerate(words[:-1]) if fold(word) == "khiến"]
    return words[caused[-1] + 1 :] if caused else words


def _opens_contrast(phrase: str) -> bool:
    return tuple(fold(phrase).split()[:2]) in _CONTRASTING


def past_contrast(phrase: str) -> str:
    """The phrase without the words that set its clause against the one before ("trong khi
    (đó) Thứ trưởng Y" is Thứ trưởng Y)."""
    if not _opens_contrast(phrase):
        return phrase
    words = phrase.split()[2:]
    return " ".join(words[1:] if len(words) > 1 and fold(words[0]) == "đó" else words)


def _stressed(words: Sequence[str]) -> bool:
    """ "chính Manon": the name itself, stressed (not "chính quyền", "chính sách")."""
    return fold(words[0]) == "chính" and words[1][:1].isupper()


def _from_source(words: Sequence[str]) -> bool:
    """ "từ người phát ngôn X", "từ Bộ Y tế": where the words come from (not "từ chối")."""
    return words[0] == "từ" and (words[1][:1].isupper() or is_role(" ".join(words[1:])))


# words linking the sentence to the one before, opening a speaker's phrase
_SENTENCE_LINKS = PhraseTable(
    phrases(
        "tuy nhiên", "nhưng", "song", "còn", "trong khi đó", "ngoài ra", "thì", "thậm chí",
        "dù vậy", "tuy vậy", "dẫu vậy", "mặc dù vậy", "vì vậy", "do đó", "bởi vậy", "hoặc như",
        "hay như", *CONCESSIONS,
    )
)  # fmt: skip


# what closes a clause before the speaker's ("... thì", "... sau khi", "choáng váng trước việc")
_CLAUSE_JOINTS = re.compile(r"\s(?:thì|(?:sau|trước|ngay) khi|khi|(?:trước|sau|về|vì|do) việc)\s")


def _kind_named(phrase: str) -> bool:
    """``phrase`` opens with a body's kind and its name: "tuần báo Der Spiegel"."""
    words = phrase.split()
    named = next((k for k, word in enumerate(words) if word[:1].isupper()), 0)
    kind = tuple(map(fold, words[:named]))
    return kind in _BODIES


def without_sentence_link(phrase: str) -> str:
    """The clause without the link opening it ("Tuy nhiên TSIB cũng nhấn mạnh", "Thậm chí có
    khán giả còn nhận xét"), or without the clause "thì" closes ("..., dĩ hòa vi quý để lấy
    lòng nhà chồng thì dì Bích lại cho rằng", "..., thì TAND quận Gò Vấp ... lại viết"), or
    the clause "khi" opens ("Nguy cơ xung đột leo thang sau khi Nga cho biết")."""
    # "X thì ..." may be the subject's topic too: "Đại biểu Lâm Đình Thắng thì kiến nghị"
    main = _CLAUSE_JOINTS.split(phrase)[-1].strip()
    opens = main[:1].isupper() or is_role(main) or _is_indefinite(main) or _kind_named(main)
    words = (main if main and opens else phrase).split()
    opening = _SENTENCE_LINKS.end(tuple(map(fold, words)), 0)
    return " ".join(words[opening:] if 0 < opening < len(words) else words)


# a clause on where or to whom the speaker talked, opening their phrase ("trao đổi với PV,
# đại diện Sở Y tế cho biết"), and the words that make a name after them the one talked to
# ("trao đổi với nhà báo Christiane Amanpour ..., Thủ tướng Singapore nói")
_TALKING = r"trao đổi|nói chuyện|chia sẻ"
_INTERVIEW_SETTING = re.compile(
    rf"(?:{_TALKING}|trả lời|phát biểu)\b[^,“”\"]*,\s*(?=\S)", re.IGNORECASE
)
_TALKED_TO = re.compile(rf"(?:(?:{_TALKING})\s+với|trả lời)\b", re.IGNORECASE)


def _talked_to(text: str, at: int) -> bool:
    """The name at ``at`` is whom the clause holding it talked to: "trao đổi với nhà báo X"."""
    clause = text[text.rfind(",", 0, at) + 1 : at].strip()
    return _TALKED_TO.match(clause) is not None


def without_interview_setting(phrase: str) -> str:
    """The speaker's phrase without the clause saying whom they talked to."""
    setting = _INTERVIEW_SETTING.match(phrase)
    return phrase[setting.end() :] if setting else phrase


def _trimmed(phrase: str) -> str:
    """The description without the words of its clause, and without the "một" that brings
    someone in ("Một quan chức Mỹ nói" then "quan chức Mỹ cho biết" is one speaker), nor
    what a dash adds about it ("Hoàn Cầu thời báo - tờ báo chính thức của ...,")."""
    named = _APPOSITION.split(phrase)[0]
    # "ê - kíp làm phim" is one word, not a name and what a dash adds about it
    words = _past_clause_words(
        (named if any(c.isupper() for c in named) else phrase).strip(" ,").split()
    )
    if len(words) > 1 and words[0] == "như":
        words = words[1:]  # "như Zain từng chia sẻ": as the speaker once put it
    words = without_sentence_link(" ".join(words)).split()
    if len(words) > 2:  # "Một người" keeps it: "người" alone says nothing
        words = without_indefinite(" ".join(words)).split()
    while len(words) > 1 and words[-1].islower() and fold(words[-1]) in _TRAILING_CLAUSE_WORDS:
        words = words[:-1]
    if len(words) > 2 and tuple(map(fold, words[-2:])) in MENTIONED_ABOVE:
        words = words[:-2]  # "vị đặc phái viên ... nêu trên": the one mentioned above
    elif len(words) > 2 and words[-1] == "trên":
        words = words[:-1]  # "du khách trên nói": the one above
    return " ".join(words)


# numbers that open a description of several people ("Hai nhà lãnh đạo")
_COUNTS = frozenset(word for word, number in WORD_NUMBERS.items() if number > 1)


def _several(speaker: str | None) -> bool:
    """The speaker is a group ("Hai nhà lãnh đạo", "các nhà khoa học"): one of them, named by
    a role, is not all of them."""
    words = fold(speaker or "").split()
    return bool(words) and (words[0] in PLURALS or words[0] in _COUNTS or words[0].isdigit())


def _group(phrase: str) -> str | None:
    """A description of several people as the subject of its clause ("trong khi các nhà
    khoa học lại" is "các nhà khoa học"), or None: a group speaks, not the person quoted
    before."""
    words = phrase.split()
    for i, word in enumerate(words[:-1]):
        if fold(word) in PLURALS:
            return _trimmed(" ".join(words[i:]))
        if fold(word) not in _CLAUSE_OPENERS:
            return None  # "Thiên Nga được các HLV đánh giá": the group is not the subject
    return None


def without_indefinite(phrase: str) -> str:
    """``phrase`` without the "một" or "có" that brings someone in ("Một quan chức Mỹ" is
    "quan chức Mỹ", "có khán giả" a viewer); "một số", "một vài", "một trong" count people and
    keep it."""
    words = phrase.split()
    if len(words) > 1 and fold(words[0]) in ("một", "có") and fold(words[1]) not in _QUANTITY_NOUNS:
        return " ".join(words[1:])
    return phrase


def is_anaphor(phrase: str) -> bool:
    """ "Ông", "Trong đó anh", "Người phát ngôn này": refers back to someone named before;
    not a description "một" opens, which brings someone in ("một đơn vị trực thuộc tổng cục
    nói trên")."""
    words = phrase.split()
    if not words or without_indefinite(phrase) != phrase:
        return False
    tail = fold(" ".join(words[-2:]))
    whole = fold(phrase)
    folded = whole.split()
    return (
        words[-1] in _ANAPHORS  # lower case: "Anh" is England
        or tail in _ANAPHORS
        or whole in _ANAPHORS
        or (
            folded[-1:] == ["này"]
            and len(folded) > 1
            # "về việc này", "xác nhận thông tin này" end a clause, not a description of
            # someone
            and not any(tuple(folded[-1 - k : -1]) in _THINGS for k in (1, 2))
        )
    )


# nouns of what was said or done, never of who said it, before "này"
_THINGS = phrases(
    "việc", "thông tin", "vấn đề", "điều", "chuyện", "sự việc", "vụ việc", "vụ", "nội dung",
    "lần", "dịp", "năm", "tháng", "ngày", "tuần", "trường hợp", "dự án", "kế hoạch",
    "quyết định", "đề xuất", "thỏa thuận", "thoả thuận", "chương trình", "tình hình", "sự kiện",
)  # fmt: skip


# newspapers, one of which a paper's noun alone stands for ("Tờ báo viết:" after "Nhật báo
# China Daily nhấn mạnh")
_PRINTED = phrases(
    "tờ báo", "tờ", "báo", "nhật báo", "tuần báo", "tạp chí", "tờ tạp chí", "báo điện tử"
)  # fmt: skip
_PAPERS = _PRINTED | phrases("trang tin", "hãng tin", "hãng thông tấn", "kênh", "đài")
# words that make a name a paper's: "Thời báo Hoàn Cầu", "Nhân dân Nhật báo", "The Times"
_PAPER_WORDS = OUTLET_SUFFIXES | {"báo", "guardian", "shimbun", "ilbo", "sinmun", "pravda"}


def _a_paper_s_name(folded: Sequence[str]) -> bool:
    return any(word in _PAPER_WORDS for word in folded)


# nouns of a body a description ending "này" may stand for ("tổ chức này", "tờ báo này")
_BODIES = ORG_HEADS | _PAPERS | phrases("tập đoàn", "đơn vị")
# sentences searched back for the body
_BODY_SENTENCES = 3
# the first words of bodies named by their kind ("Bộ Y tế", "Công ty X"), not a bare name
_KIND_OPENINGS = frozenset(head[0] for head in _BODIES)
# the kind an English name's last word says its body is: "Hinrich Foundation" is a "tổ chức"
_ENGLISH_KINDS = {
    "foundation": phrases("tổ chức", "quỹ"),
    "organization": phrases("tổ chức"),
    "organisation": phrases("tổ chức"),
    "institute": phrases("viện", "tổ chức"),
    "association": phrases("hiệp hội", "tổ chức"),
    "group": phrases("tập đoàn", "nhóm"),
    "corporation": phrases("tập đoàn", "công ty"),
    "company": phrases("công ty"),
    "bank": phrases("ngân hàng"),
    "university": phrases("trường", "đại học"),
    "agency": phrases("cơ quan"),
}


# what a paper prints, which speaks for the paper: "bài xã luận trên báo viết", "bài báo viết"
# after "tờ Thời báo Hoàn cầu"
_WRITINGS = re.compile(
    r"(?:bài\s+)?(?:xã luận|báo|bình luận)(?:\s+(?:trên|của)(?:\s+tờ)?\s+báo)?(?:\s+này)?"
)


def names_a_kind(phrase: str) -> bool:
    """``phrase`` is a newspaper's noun alone, "Tờ báo", a body's head alone, capitalised
    ("Ủy ban đề nghị"), or a paper's writing ("bài xã luận trên báo"): the paper or the body
    just named."""
    return (
        _bare_kind(phrase)
        or _WRITINGS.fullmatch(" ".join(fold(phrase).split())) is not None
        or _placed_paper(phrase) > 0
    )


def _bare_kind(phrase: str) -> bool:
    """A newspaper's noun alone, or a body's head alone, capitalised."""
    words = tuple(fold(phrase).split())
    return words in _PAPERS or (phrase.strip()[:1].isupper() and words in ORG_HEADS)


def _placed_paper(phrase: str) -> int:
    """How many words name a paper in ``phrase``, when the rest only says where the paper is
    from or what it is ("tờ báo của Hong Kong", "tờ báo Mỹ", "tờ báo chính thức của chính quyền
    Trung Quốc"): the paper just named; else 0."""
    words = phrase.split()
    kind_end = next((k for k in (2, 1) if tuple(fold(" ".join(words[:k])).split()) in _PAPERS), 0)
    rest = words[kind_end:]
    if not kind_end or not rest or (fold(words[kind_end - 1]), fold(rest[0])) in common_compounds():
        return 0  # "báo cáo" is a report
    # the capitalised words, if any, end it and name a place
    named = next((k for k, word in enumerate(rest) if word[:1].isupper()), len(rest))
    place = " ".join(rest[named:])
    entry = default_gazetteer().lookup(place) if place else None
    return kind_end if not place or (entry is not None and entry.type == "LOC") else 0


def organisation_meant(
    phrase: str, sentence: int, mentions: Sequence[Mention], texts: Mapping[int, str]
) -> str | None:
    """The body of the kind "tổ chức này", "tờ báo này" or "Tờ báo" names, as the sentences
    just before named it ("Tổ chức Liên minh ..." or "tờ China Daily"), else the description
    itself: a body is not the person quoted last. None when the phrase names no body."""
    words = fold(phrase).split()
    writing = _WRITINGS.fullmatch(" ".join(words)) is not None
    kind_end = 0 if writing else _placed_paper(phrase)
    if writing:
        words = ["báo"]
    elif kind_end:
        words = words[:kind_end]
    if writing or kind_end or _bare_kind(phrase):  # names_a_kind, its parts computed above
        words.append("này")
    if words[-1:] != ["này"]:
        return None
    kind = next((words[-1 - k : -1] for k in (2, 1) if tuple(words[-1 - k : -1]) in _BODIES), None)
    if not kind or len(words) > len(kind) + 1:
        return None  # "Người phát ngôn cơ quan này" is someone speaking for the body
    # what a paper prints is the paper's, not the agency's relaying it ("theo Hãng tin Reuters")
    nouns = _PRINTED if writing else _PAPERS if tuple(kind) in _PAPERS else {tuple(kind)}
    for m in reversed(mentions):
        if m.type != "ORG" or not sentence - _BODY_SENTENCES <= m.sentence <= sentence:
            continue
        text = texts.get(m.sentence, "")
        before = fold(text[: max(text.find(m.text), 0)]).rstrip().split()
        named = fold(m.text).split()
        if any(named[: len(n)] == list(n) or before[-len(n) :] == list(n) for n in nouns):
            return m.canonical or m.text
        if nouns & _PRINTED and _a_paper_s_name(named):
            return m.canonical or m.text  # "Thời báo Hoàn Cầu", "New York Times"
        if nouns & _ENGLISH_KINDS.get(named[-1], frozenset()):
            return m.canonical or m.text  # "Hinrich Foundation" then "tổ chức này"
    # else a body named by its bare name earlier in the sentence ("Trong thông cáo của Apple
    # về sự việc, công ty này cho biết"), or the one a sentence just before opens with
    # ("Bloomberg đưa tin ..." then "“...” - tờ này cho biết")
    text = texts.get(sentence, "")
    at = text.find(phrase.strip())
    # the words quoted, in this sentence or from one before, are not the narrative's
    start = max(text.rfind(mark, 0, max(at, 0)) for mark in '”"') + 1
    # set off before it by a comma ("trang Facebook của phong trào này" is no Facebook's)
    bare = [
        m
        for m in mentions
        if m.sentence == sentence
        and m.type == "ORG"
        and start <= (where := text.find(m.text, start)) < at
        and "," in text[where:at]
        and fold(m.text).split()[0] not in _KIND_OPENINGS
    ]
    if bare:
        return bare[-1].canonical or bare[-1].text
    for index in range(sentence - 1, sentence - _BODY_SENTENCES - 1, -1):
        if (body := opening_mention(index, mentions, texts, "ORG")) is not None:
            return body.canonical or body.text
    return _trimmed(phrase)


def opening_mention(
    sentence: int, mentions: Sequence[Mention], texts: Mapping[int, str], *types: str
) -> Mention | None:
    """The mention of those ``types`` whose name opens the sentence ("Bloomberg đưa tin ...",
    "Bộ Ngoại giao Iraq hối thúc “...”")."""
    opening = texts.get(sentence, "").lstrip(' “"')
    return next(
        (
            m
            for m in mentions
            if m.sentence == sentence and m.type in types and opening.startswith(m.text)
        ),
        None,
    )


def names_in(sentence: int, mentions: Sequence[Mention], *types: str) -> set[str]:
    """The names of those ``types`` the sentence mentions."""
    return {m.text for m in mentions if m.sentence == sentence and m.type in types}


def only_a_place(phrase: str, sentence: int, mentions: Sequence[Mention]) -> bool:
    """ "tỉnh Bình Dương" set off by a comma: where the body or person named before it is,
    no one who speaks ("một lãnh đạo Công an thị xã Thuận An, tỉnh Bình Dương cho biết", "...,
    Công ty thép có trụ sở tại Khu tự trị Nội Mông, Bắc Trung Quốc, cho biết"), or how far
    away ("Một người phụ nữ ..., cách khu vực nổ thiên thạch khoảng 1km chia sẻ")."""
    level, _, name = phrase.strip().partition(" ")
    if fold(level) == "cách":
        return any(c.isdigit() for c in name)
    placed = (fold(level),) in ADMIN_LEVELS or (fold(level),) in COMPASS
    return placed and name in names_in(sentence, mentions, "LOC")


def people_in(phrase: str, sentence: int, mentions: Sequence[Mention]) -> list[Mention]:
    """The people of the sentence the phrase names; not a name only inside a body's or a
    place's name the phrase holds ("Bác Hồ" quoted in the sentence is no person of "Phó Bí thư
    Thành ủy TP Hồ Chí Minh")."""
    named = [m for m in mentions if m.sentence == sentence and m.text in phrase]
    outside = phrase
    for body in sorted((m.text for m in named if m.type != "PER"), key=len, reverse=True):
        outside = outside.replace(body, " ")
    return [m for m in named if m.type == "PER" and m.text in outside]


def placed_in(
    text: str, sentence: int, mentions: Sequence[Mention], *types: str
) -> list[tuple[int, Mention]]:
    """The sentence's mentions of those ``types`` found in ``text``, with where they stand in
    it, in the order the sentence names them. A name mentioned twice is placed twice: "... ông
    Maduro ở Houston, ông Pence cho biết ... ông Maduro" puts its second Maduro after the cue,
    not where the first stands."""
    placed = []
    searched_from: dict[str, int] = {}
    for m in mentions:
        if m.sentence != sentence or m.type not in types:
            continue
        at = text.find(m.text, searched_from.get(m.text, 0))
        if at >= 0:
            searched_from[m.text] = at + len(m.text)
            placed.append((at, m))
    return placed


# a description between two dashes, whatever it holds, closing the words before the cue
_BETWEEN_DASHES = re.compile(r"\s*[–-]\s[^“”\"]+\s[–-]\s*")


def appositive_head(head: str, sentence: int, mentions: Sequence[Mention]) -> str | None:
    """The person a role ending ``head`` (the words up to the cue) is in apposition to: "Ông
    Nguyễn Quang Nhật, Phó trưởng phòng tuyên truyền, cục CSGT trả lời: “...”"; a school or
    an office set after the role is where it is held ("Em Trần Đức Anh, học sinh lớp 10,
    Trường THPT Ngọc Tảo (huyện Phúc Thọ) cho biết")."""
    workplaces = names_in(sentence, mentions, "ORG")
    for m in reversed(people_in(head, sentence, mentions)):
        at = head.rfind(m.text)
        rest = head[at + len(m.text) :]
        if _talked_to(head, at):
            continue  # "trao đổi với nhà báo Christiane Amanpour ..., Thủ tướng Singapore nói"
        if _opens_contrast(rest.lstrip(" ,")):
            return None  # "... của Hoàng tử William, trong khi Thứ trưởng Y": Y's own clause
        if is_predicate(rest) and _owned(head, m):
            continue  # "con trai của Hugh Hefner, cũng là giám đốc ...": what the son is
        if _BETWEEN_DASHES.fullmatch(rest) and len(rest.split()) <= 2 * _ROLE_WORDS:
            # "ông Năm Thắng - chủ bè cá ở thôn 2, xã Long Sơn (TP Vũng Tàu) - cho biết"
            return m.text
        # where they work, then its parent body: "PGS.TS Lê Anh Tuấn thuộc Viện nghiên cứu
        # biến đổi khí hậu, Trường đại học Cần Thơ bày tỏ"
        affiliated = fold(rest).split()[:1] in (["thuộc"], ["của"])
        if (
            (rest.lstrip()[:1] in (",", "–", "-") or affiliated)
            and rest.count(",") <= _MAX_APPOSITIVE_COMMAS
            # several roles in a row, each of a role's length ("Anh Hà Anh Đức, Phó Chủ tịch
            # Hội Liên hiệp thanh niên Việt Nam, Chủ tịch Hội Thầy thuốc trẻ Việt Nam"), or
            # one longer clause on who they are ("Ông Moe, người đồng thời là trưởng bộ phận
            # chiến lược tài sản khu vực châu Á - Thái Bình Dương của Goldman")
            and all(
                _role_sized(part)
                or (describes_someone(part) and len(part.split()) <= 2 * _ROLE_WORDS)
                for part in rest.split(",")
            )
            # "Elga Reyes, một người dùng Twitter khác, viết": an indefinite description in
            # apposition still describes the person before it, as do age and address ("Ông
            # Tâm, 60 tuổi, cho hay"), and whatever a dash sets after a name ("Anh Hùng – Chủ
            # tiệm tạp hóa trên đường Ngô Quyền cho biết"), or a relation ("ông Đoàn Văn
            # Thạnh, cha của Đoàn Thị Hương, cho biết")
            and (
                is_role(rest)
                or opens_with_kin(rest.strip(" ,-–"))
                or _is_indefinite(rest)
                or _is_particulars(rest)
                or describes_someone(rest)
                or (rest.lstrip()[:1] in ("–", "-") and "," not in rest)
                or affiliated
                or _PARENTHESISED.sub("", rest.split(",")[-1]).strip() in workplaces
            )
        ):
            return m.text
    return None


# words a pronoun or a description of a person opens with ("người đẹp này", "cô")
_PERSON_WORDS = frozenset(
    {"người", "nhân", "vị", "ông", "bà", "anh", "chị", "cô", "cậu", "chú", "em", "nàng", "chàng"}
)
# the public, who speak as one in comments quoted after a colon
_AUDIENCES = phrases(
    "khán giả",
    "người hâm mộ",
    "cư dân mạng",
    "dân mạng",
    "cộng đồng mạng",
    "người xem",
    "độc giả",
    "bạn đọc",
    "fan",
    "netizen",
)
# words of a clause before its subject, or the subject's own ("Ông Lê Văn A")
_SUBJECT_WORDS = 5


def clause_subject(
    phrase: str,
    sentence: int,
    mentions: Sequence[Mention],
    last: str | None,
    texts: Mapping[int, str],
) -> str | None:
    """Who the clause introducing a quote with a colon and no cue is about: the person or
    pronoun it opens with ("Trước mặt Vũ, Linh không ngại dằn mặt tiểu tam: “...”", "người
    đẹp này còn có những lời lẽ đầy thách thức: “...”")."""
    clause = phrase.rsplit(",", 1)[-1].strip()
    opening = " ".join(clause.split()[:_SUBJECT_WORDS])
    people = [
        m for m in people_in(clause, sentence, mentions) if clause.find(m.text) < len(opening)
    ]
    if people:
        first = min(people, key=lambda m: clause.find(m.text))
        kin = kin_before(clause[: clause.find(first.text)])  # "Vợ cũ của Tạ Đình Phong ...:"
        return f"{kin} {first.text}" if kin else first.canonical or first.text
    words = clause.split()
    folded = [fold(w) for w in words]
    audience = next((k for k in (3, 2, 1) if tuple(folded[:k]) in _AUDIENCES), 0)
    if audience:
        # "Khán giả và người hâm mộ đã đưa ra những giải pháp khác nhau cho Diệu Nhi: “...”"
        return " ".join(words[:audience])
    if not words or folded[0] not in _PERSON_WORDS:
        return None  # "Công ty này ...: “...”" speaks for a company, not a person
    for size in (3, 2, 1):
        if len(words) > size and is_anaphor(" ".join(words[:size])):
            return referent(" ".join(words[:size]), sentence, mentions, last, texts)
    return None
