"""Who a word standing for someone stands for: a pronoun ("ông", "người này") for the
subject of the sentences before or the speaker just quoted, of the same sex; a title and given
name ("ông Tư") for the person named in full before; and a person named only to say whose
relative or friend the speaker is ("mẹ bé X", "một người bạn của X")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ...models import Mention
from .lexicon import FORMS_OF_ADDRESS, ISSUING_VERBS, MANNER_CUES, TITLES, fold
from .quote_blocks import quote_runs_over

# titles that are also pronouns
PRONOUN_TITLES = frozenset({"ông", "bà", "anh", "chị", "cô", "em", "chú", "bác", "cụ"})
# words before the person a sentence opens with (a title: "Ông", "Tổng thống Mỹ")
_OPENING_WORDS = 3


# nouns of kinship written right before a person's name: the speaker is that relative
_KIN = frozenset(
    fold(w)
    for w in (
        "mẹ", "bố", "cha", "vợ", "chồng", "con", "con trai", "con gái", "anh trai", "chị gái",
        "em trai", "em gái", "ông nội", "bà nội", "ông ngoại", "bà ngoại", "mẹ đẻ", "bố đẻ",
    )
)  # fmt: skip
# nouns of someone close to a person, who is then named after "của" ("người bạn của X")
_RELATIONS = _KIN | frozenset(
    fold(w)
    for w in ("bạn", "người bạn", "bạn thân", "người thân", "người nhà", "hàng xóm",
              "người yêu", "bạn gái", "bạn trai", "đồng nghiệp", "quản lý", "luật sư",
              "cấp dưới", "cấp trên", "trợ lý",
              # who speaks for a person: "người phát ngôn của ông Trump", "thư ký báo chí của
              # ông Obama"
              "người phát ngôn", "phát ngôn viên", "thư ký", "thư ký báo chí", "cố vấn",
              "người đại diện")
)  # fmt: skip
# words between a relation and the name ("mẹ bé X", "người bạn thân thiết của X", "cố vấn
# cấp cao của ông Trump", "thư ký riêng của ...")
_RELATION_FILLERS = frozenset(
    fold(w)
    for w in ("bé", "cháu", "thân", "thiết", "lâu", "năm", "ruột", "đẻ", "cũ", "cấp", "cao",
              "riêng")
)  # fmt: skip
# words before the name searched for a relation
_RELATION_WORDS = 4
# a family, or whoever speaks for it, opening the words before a name ("người đại diện gia
# đình X"; not "Tổng cục Dân số - kế hoạch hóa gia đình X")
_FAMILY = re.compile(r"\s*(?:(?:người\s+)?đại diện\s+(?:của\s+)?)?gia đình\s+(?:\S+\s+)?$")


def related(phrase: str, name: str) -> bool:
    """``name`` only tells whose relative or friend the speaker is: "mẹ bé Trà My", "vợ
    diễn viên X", "Một người bạn thân thiết của X" (not "Bạn Chau Le", a form of address,
    nor "luật sư của nguyên đơn là Moshe Maimon", who is the lawyer)."""
    before = phrase[: phrase.find(name)]
    if fold(before).split()[-1:] == ["là"]:
        return False
    if _FAMILY.match(fold(before)):
        return True  # "gia đình Cameron Boyce bày tỏ": the family speaks for the person named
    relation = _relation_before(before)
    return relation is not None and relation[0] in (_RELATIONS if relation[1] else _KIN)


def _relation_before(text: str) -> tuple[str, bool] | None:
    """The noun of relation (folded) closing ``text``, the words before a name, and whether
    "của" joins them ("người bạn thân thiết của", "bố ruột của ca sĩ", "mẹ bé"), or None."""
    # "luật sư bào chữa cho bị cáo Hương" is her lawyer, as "luật sư của bị cáo Hương" is
    words = re.sub(r"\b(?:bào chữa|bảo vệ)(?: cho)?\b", "của", fold(text)).split()
    after_of = "của" in words[-_RELATION_WORDS:]
    if after_of:
        of = len(words) - 1 - words[::-1].index("của")
        if any("," in word for word in words[of + 1 :]):
            return None  # "người phát ngôn của ông Trump, bà Sarah Sanders": she is it
        words = words[:of]
    # a form of address before the name joins a relation as "của" does: "người thân chị Nhung"
    # (a relation is not written before a name to address its holder, as "luật sư" may be)
    joined = after_of or (bool(words) and words[-1] in FORMS_OF_ADDRESS)
    kinds = _RELATIONS if joined else _KIN
    while words:
        found = next(
            (" ".join(words[-size:]) for size in (4, 3, 2, 1) if " ".join(words[-size:]) in kinds),
            None,
        )
        if found is not None:
            return found, joined
        if not (words[-1] in _RELATION_FILLERS or _titled(words, kinds)):
            return None
        words = words[:-2] if tuple(words[-2:]) in TITLES and len(words) > 1 else words[:-1]
    return None


def opening_kin(phrase: str) -> str | None:
    """The kinship noun (folded) the phrase opens with, when it is about someone's relative:
    "Mẹ Á hậu tử nạn ...", "Bố cháu bé ..."."""
    words = fold(phrase).split()
    openings = (" ".join(words[:size]) for size in (2, 1) if len(words) > size)
    return next((kin for kin in openings if kin in _KIN), None)


def opens_with_kin(phrase: str) -> bool:
    return opening_kin(phrase) is not None


def kin_of(phrase: str) -> str | None:
    """ "bố của Á hậu": the kinship noun of a speaker named as someone's relative ("Mẹ của
    nạn nhân là bà X" names the mother herself)."""
    words = phrase.split()
    if "là" in map(fold, words):
        return None
    for size in (2, 1):
        kin = " ".join(words[:size])
        if len(words) > size + 1 and fold(kin) in _KIN and fold(words[size]) == "của":
            return kin
    return None


def _titled(words: list[str], relations: frozenset[str]) -> bool:
    """The words end with a title that is none of ``relations`` ("diễn viên", "ca sĩ"; not
    the "luật sư" of "luật sư của bị cáo X")."""
    return any(
        tuple(words[-size:]) in TITLES and " ".join(words[-size:]) not in relations
        for size in (1, 2)
        if len(words) >= size
    )


def antecedent(
    sentence: int,
    mentions: Sequence[Mention],
    texts: Mapping[int, str],
    sex: str | None = None,
    opened: int | None = None,
) -> str | None:
    """The person a pronoun ("ông", "bà") stands for: the subject of the latest sentence
    opening with a person ("Ông Brian Kolfage, người ủng hộ Tổng thống Donald Trump, ..."
    then "ông khẳng định"; a sentence opening with a description, "Cựu phát ngôn viên ... ủng
    hộ Tổng thống Donald Trump", still speaks of that subject), else the last one named;
    with ``sex`` ("m", "f"), people known to be of the other are passed over. When the
    sentences before name no one, they are counted again from ``opened``, where a long quote
    the pronoun closes opened."""
    people = _people_before(sentence - 3, sentence, mentions, texts, sex)
    if not people and opened is not None:
        people = _people_before(opened - 3, sentence, mentions, texts, sex)
    if not people:
        return None
    for m in reversed(people):
        if m is not next(n for n in people if n.sentence == m.sentence):
            continue  # not the first person its sentence names
        text = texts.get(m.sentence, "")
        opening = text.find(m.text)
        if opening >= 0 and len(text[:opening].split()) <= _OPENING_WORDS:
            return person_meant(m, texts)
    return person_meant(people[-1], texts)


def _kin_title(m: Mention) -> bool:
    """ "Bố Minh An", "mẹ Thu Hà": the title names the person's relative, who is meant."""
    return m.title is not None and fold(m.title) in _KIN


def _kin(m: Mention, texts: Mapping[int, str]) -> str | None:
    """The kinship noun by which the sentence names the person's relative rather than the
    person: a title ("Bố Minh An") or a relation ("bố ruột của Thảo Nhi Lê")."""
    if _kin_title(m):
        return m.title
    text = texts.get(m.sentence, "")
    return kin_before(text[: max(text.find(m.text), 0)])


def kin_before(text: str) -> str | None:
    """The kinship noun (folded) the words before a name close with: "Vợ cũ của", "bố ruột
    của ca sĩ", "mẹ bé"."""
    relation = _relation_before(text)
    return relation[0] if relation and relation[0] in _KIN else None


def person_meant(m: Mention, texts: Mapping[int, str]) -> str:
    """The person a mention stands for: its relative when the sentence names one by it."""
    kin = _kin(m, texts)
    return f"{kin} {m.text}" if kin else m.canonical or m.text


def _people_before(
    first: int,
    sentence: int,
    mentions: Sequence[Mention],
    texts: Mapping[int, str],
    sex: str | None,
) -> list[Mention]:
    return [
        m
        for m in mentions
        if m.type == "PER"
        and first <= m.sentence <= sentence
        and not _quoted(m, texts.get(m.sentence, ""))
        and (sex is None or _sex_of_mention(m, mentions, texts) in (None, sex))
    ]


def _sex_of_mention(
    m: Mention, mentions: Sequence[Mention], texts: Mapping[int, str]
) -> str | None:
    """The sex of whom the mention stands for: a relative's by the kinship noun."""
    kin = _kin(m, texts)
    return title_sex([kin]) if kin else sex_of(m.canonical or m.text, mentions)


# pronouns and titles that say a person's sex ("ông" a man, "bà", "chị", "nữ ca sĩ" a woman;
# "người đẹp" is said of women; "mẹ X" is a woman, "bố X" a man)
_MALE = frozenset({"ông", "anh", "cậu", "chú", "nam", "bố", "cha"})
_FEMALE = frozenset({"bà", "chị", "cô", "nữ", "hoa", "á", "mẹ"})  # "hoa hậu", "á hậu"


def title_sex(words: Sequence[str]) -> str | None:
    """ "m" or "f" as the title ``words`` open with says ("ông", "bà"), else None."""
    first = fold(words[0]) if words else ""
    return "m" if first in _MALE else "f" if first in _FEMALE else None


def _a_body(name: str, mentions: Sequence[Mention]) -> bool:
    """``name`` is an organisation's or a place's, never a person's: "ông" after "Điện
    Kremlin cũng cho biết “...”" is the spokesman quoted before."""
    kinds = {m.type for m in mentions if name in (m.canonical, m.text)}
    return bool(kinds) and kinds <= {"ORG", "LOC"}


def sex_of(person: str, mentions: Sequence[Mention]) -> str | None:
    """The sex the titles given to ``person`` say, if they agree; else the one a Vietnamese
    full name's middle says ("Đặng Thị Thung" a woman, "Bùi Văn Chung" a man)."""
    said = {
        title_sex(m.title.split())
        for m in mentions
        if m.title and person in (m.canonical, m.text) and m.type == "PER" and not _kin_title(m)
    } - {None}
    if said:
        return said.pop() if len(said) == 1 else None
    middle = {fold(word) for word in person.split()[1:-1]}
    return "f" if "thị" in middle else "m" if "văn" in middle else None


# words making a description a group's: "những người này", "các vị này"
PLURALS = frozenset({"những", "các", "nhiều"})


def _a_group(description: str | None) -> bool:
    return fold(description or "").partition(" ")[0] in PLURALS


def referent(
    phrase: str,
    sentence: int,
    mentions: Sequence[Mention],
    last: str | None,
    texts: Mapping[int, str],
    opened: int | None = None,
) -> str:
    """Who a pronoun or "người này" stands for: the speaker just quoted, else the subject of
    the sentences before (``antecedent``, counted from ``opened``, where a quote the pronoun
    closes opened); one of the other sex is skipped ("ông nói" after bà Nauert was quoted is
    the man named before)."""
    words = fold(phrase).split()
    if _a_group(phrase) and not _a_group(last):
        return phrase  # "Những người này": a group, not the one person just quoted
    sex = (
        "f" if "người đẹp" in " ".join(words) else title_sex(words[-1:]) or title_sex(words[-2:-1])
    )
    named = _named_just_before(phrase, sentence, mentions, texts.get(sentence, ""), sex)
    if named:
        return named
    # "mẹ X" just quoted is a woman, whatever X is
    said = title_sex(fold(last).split()[:1]) if last and opens_with_kin(last) else None
    if (
        last
        and (sex is None or (said or sex_of(last, mentions)) in (None, sex))
        and not (sex and _a_body(last, mentions))
    ):
        return last
    bare = len(words) == 1  # "ông", not "ông này", which may be someone just described
    # the sentences a quote runs over name no one the narrative brought in
    narrated = sentence if opened is None else opened
    return (
        antecedent(sentence, mentions, texts, sex, opened)
        or (_only_person_lately(narrated, mentions, texts, sex) if bare else None)
        or phrase
    )


# sentences back a pronoun finds the one person it can stand for when the last three name no one
_FAR_SENTENCES = 10


def _only_person_lately(
    sentence: int, mentions: Sequence[Mention], texts: Mapping[int, str], sex: str | None
) -> str | None:
    """A feature may name its subject once and go on for paragraphs about "ông": the only
    person of the pronoun's sex the article has named in the sentences before."""
    if sex is None:
        return None
    named = {
        person_meant(m, texts)
        for m in _people_before(sentence - _FAR_SENTENCES, sentence, mentions, texts, sex)
    }
    return named.pop() if len(named) == 1 else None


def subject_before(
    sentence: int, mentions: Sequence[Mention], texts: Mapping[int, str], address: str = ""
) -> str | None:
    """The person the sentence just before ``sentence`` opens with, or opens its clause with
    after a fronted phrase ("Đối với ..., nhà phân tích Kadi tin rằng ..."), outside any
    quote: after "Ông Hạo không trả lời ngay.", "ông nói: “...”" is Hạo, not the man quoted
    before. With ``address`` (the pronoun, "ông"), one addressed otherwise ("Anh Bình") is not
    it, and a sentence naming no one whose subject is that pronoun goes on about the person
    the sentence before it opens with ("Ông Dave Bell ... cho biết .... Dù ..., ông vẫn tin
    .... “...”, ông nói.")."""
    before = sentence - 1
    text = texts.get(before, "")
    if (
        address
        and not quote_runs_over(text)
        and _pronoun_subject(text, address)
        and not _people_of(before, mentions)
    ):
        before -= 1
    return _opening_person(before, mentions, texts, address)


def _people_of(sentence: int, mentions: Sequence[Mention]) -> list[Mention]:
    return [m for m in mentions if m.type == "PER" and m.sentence == sentence]


def _opening_person(
    sentence: int, mentions: Sequence[Mention], texts: Mapping[int, str], address: str
) -> str | None:
    """The person sentence ``sentence`` or its clause after a fronted phrase opens with."""
    text = texts.get(sentence, "")
    people = _people_of(sentence, mentions)
    if not people or quote_runs_over(text):
        return None
    comma = text.find(",")
    for start in (0, comma + 1) if comma >= 0 else (0,):
        if subject := subject_at(text, start, people):
            if start == 0 and comma >= 0 and text.lstrip()[:5].lower() == "theo ":
                # "Theo National Geographic, tuần trước, McWilliams ...": the source, then the
                # person the sentence is about
                subject = subject_at(text, comma + 1, people) or subject
            called = fold(subject.title or "").split()[:1]
            if address and called and called[0] in PRONOUN_TITLES and called[0] != address:
                return None
            return person_meant(subject, texts)
    return None


def _pronoun_subject(text: str, pronoun: str) -> bool:
    """The sentence, or its clause after a fronted phrase, opens with ``pronoun``."""
    words = fold(text).split()
    clause = fold(text.partition(",")[2]).split()
    return words[:1] == [pronoun] or clause[:1] == [pronoun]


def subject_at(
    text: str, start: int, people: Sequence[Mention], reach: int = _OPENING_WORDS
) -> Mention | None:
    """The person the clause opening at ``start`` opens with, a title and ``reach`` words
    before it at most; not one of two people a caption joins ("Sir Alex Ferguson và Roy
    Keane.")."""
    placed = [(at, m) for m in people if (at := text.find(m.text, start)) >= 0]
    if not placed:
        return None
    opening, first = min(placed, key=lambda p: p[0])
    before = text[start:opening].rstrip()
    if any(mark in before for mark in '“”"'):
        return None
    if first.title and before.endswith(first.title):
        before = before[: -len(first.title)]  # "Bộ trưởng Tài chính Anh Philip Hammond"
    if len(before.split()) > reach:
        return None
    after = text[opening + len(first.text) :]
    rest = re.sub(r"^\s*(?:,|và\b)\s*", "", after)
    if rest != after and any(
        rest.startswith(m.text) or (m.title and rest.startswith(m.title)) for m in people
    ):
        return None
    return first


# prepositions opening a sentence's setting ("Trong thư ...", "Tại buổi lễ ...")
SETTINGS = frozenset({"trong", "tại", "ở", "sau", "trước", "theo", "khi", "về", "từ", "nhân"})


def _named_just_before(
    phrase: str, sentence: int, mentions: Sequence[Mention], text: str, sex: str | None
) -> str | None:
    """The person the clause before the pronoun ends with: "Liên lạc với Bảo Hân, cô cho
    hay" is Bảo Hân, whoever was quoted last; not a name in the setting a preposition opens
    ("Trong thư gửi Ngày hội X, ông viết")."""
    opening = fold(text).split()[:1]
    if opening and opening[0] in SETTINGS:
        return None
    people = _people_of(sentence, mentions)
    for m in people:
        if _sex_fits(m, mentions, sex) and re.search(
            rf"{re.escape(m.text)}\s*,\s*{re.escape(phrase)}\b", text
        ):
            return m.canonical or m.text
    # "Đại tá Giang khẳng định có thể xác minh ..., ông nói": the sentence's subject, named
    # at its very start, goes on as the pronoun of its next clause
    clause = re.search(rf",\s*{re.escape(phrase)}\b", text)
    subject = subject_at(text[: clause.start()], 0, people, reach=0) if clause else None
    if subject is None and people:
        # "..., ông Thaksin chấp nhận trả lời phỏng vấn ... trong đó ông nói": the person the
        # clause holding the pronoun opens with, after its comma
        bare = [m.start() for m in re.finditer(rf"\b{re.escape(phrase)}\s+(?![A-ZĐ])", text)]
        opens = text.rfind(",", 0, bare[-1]) + 1 if bare else 0
        subject = subject_at(text[: bare[-1]], opens, people, reach=0) if bare else None
    if subject and _sex_fits(subject, mentions, sex):
        return subject.canonical or subject.text
    return None


def _sex_fits(m: Mention, mentions: Sequence[Mention], sex: str | None) -> bool:
    return sex is None or sex_of(m.canonical or m.text, mentions) in (None, sex)


def _quoted(mention: Mention, text: str) -> bool:
    """The person is named inside the words quoted ("“... cô Ba này”"), not by the outlet."""
    at = text.find(mention.text)
    return at > 0 and text.count("“", 0, at) > text.count("”", 0, at)


def full_name(phrase: str, sentence: int, mentions: Sequence[Mention]) -> str | None:
    """The person named in full before whom ``phrase`` calls by title and given name, the
    Vietnamese way: "ông Tư" after "Thiếu tướng Bùi Bé Tư", "chị Lâm Anh" after "chị Trần
    Lâm Anh", "Luật sư Ứng" after "Luật sư Bùi Đình Ứng"; of a man or a woman as the title
    says ("ông Trump" is not "bà Melania Trump")."""
    words = phrase.split()
    title = _title_words(words)
    given = [w for w in words[title:] if w[:1].isupper()]
    if not title or not given or given != words[title:]:
        return None
    key = fold(" ".join(given))
    sex = title_sex(words[:title])
    for m in reversed(mentions):
        if (
            m.type == "PER"
            and m.sentence <= sentence
            and len(m.text.split()) > len(given)
            and fold(m.text).endswith(" " + key)
            and _sex_fits(m, mentions, sex)
        ):
            return m.canonical or m.text
    return None


def _title_words(words: Sequence[str]) -> int:
    """How many of ``words`` open them with a form of address or a title; a form of address
    is one word, so "anh trai Hùng" is no one's given name."""
    if words and fold(words[0]) in PRONOUN_TITLES:
        return 1
    folded = tuple(fold(" ".join(words)).split())
    return next((n for n in (3, 2, 1) if folded[:n] in TITLES and len(words) > n), 0)


# adverbs between a speaker and the cue ("anh còn chia sẻ", "nhân vật này thẳng thừng tuyên
# bố"), and the manners that are cues of their own ("chị Nga hồ hởi cho biết"): they are no
# part of who speaks
_MANNER = frozenset(
    tuple(fold(w).split())
    for w in (
        *MANNER_CUES,
        "còn", "cũng", "vẫn", "lại", "đã", "liền", "bèn", "thì", "mới", "vừa", "thêm", "tiếp tục",
        "liên tục", "thẳng thừng", "bình thản", "bất ngờ", "lập tức", "ngay", "nhanh chóng",
        "một lần nữa", "tiếp", "buồn bã", "buồn rầu", "chính thức", "chỉ", "đều",
        # the face or the feeling it was said with: "ông mỉm cười nói", "và tha thiết yêu cầu"
        "cười", "mỉm cười", "tươi cười", "cười tươi", "tha thiết", "trầm ngâm", "lắc đầu",
        "gật đầu", "tự tin", "lo lắng", "đau xót", "đau đớn", "chua xót", "bùi ngùi",
        "bần thần", "vui vẻ", "ngại ngùng", "ân hận", "hối hận", "luôn", "thường", "thường xuyên",
        "nhiều lần", "vội vàng", "vội", "hấp tấp", "chua chát",
        # when: "Bà từng nói rằng", "Trung Quốc trước đó kêu gọi", "bà Acevedo sau này nhớ lại"
        "từng", "trước đó", "sau đó", "sau này", "cùng ngày", "hôm qua", "lúc đầu", "gần đây",
        "mới đây",
    )
)  # fmt: skip
# had to, written in lower case ("Phải" is a name too: "Ông Ngô Trí Phải nói"): "cảnh sát
# Trung Quốc buộc phải lên tiếng"
_OBLIGED = frozenset(
    tuple(w.split()) for w in ("phải", "buộc phải", "đành phải", "cần phải", "bắt buộc phải")
)
# verbs issuing a statement the cue names ("hạ viện Nga đã thông qua tuyên bố", "Bộ Ngoại
# giao ra thông báo"): the issuer is before them; written in lower case, since "Có" and "Ra"
# are names too
_ISSUING = frozenset(
    tuple(w.split())
    for w in (*ISSUING_VERBS, "thông qua", "ra", "có", "gửi", *(f"được {v}" for v in ISSUING_VERBS))
)
# a date opening or closing the words before a cue: "ngày 2-5, Công an TP Biên Hòa", "chiều
# 13-11 một lãnh đạo UBND huyện", "tờ Nikkei Asian Review ngày 1-7", "IS vào cuối ngày 10-5",
# "hãng KCNA hôm nay", "nhà khoa học những ngày gần đây"
_DATE = r"(?:ngày|hôm|sáng|trưa|chiều|tối|đêm)\s+\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?"
_DAY_PART = r"(?:sáng|trưa|chiều|tối|đêm|hôm)"
_WHEN = (
    rf"(?:vào\s+)?(?:(?:đầu|cuối)\s+)?{_DATE}|{_DAY_PART}(?:\s+hôm)?\s+(?:nay|qua)"
    r"|những ngày (?:gần đây|qua)|(?:(?:đầu|cuối)\s+)?(?:tuần|tháng) (?:này|qua|trước)"
)
# a time alone is no one: "Tướng Paul J. Selva, ..., đầu tuần này đã nói"
_DATED = re.compile(rf"^(?:(?:vào|trong)\s+)?{_DATE}\s*,?\s+|(?:^|\s+)(?:{_WHEN})$", re.IGNORECASE)


def is_manner(phrase: str) -> bool:
    """ "thẳng thắn", "buồn rầu": how something was said, not who said it."""
    return tuple(fold(phrase).split()) in _MANNER


def without_manner(phrase: str) -> str:
    """``phrase`` without the adverbs and issuing verbs closing it ("anh còn" is "anh",
    "Bộ Ngoại giao ra" the ministry) and the date around it ("ngày 2-5, Công an TP Biên
    Hòa"), in any order ("IS vào cuối ngày 10-5 đã")."""
    words = _DATED.sub("", phrase).split()
    while len(words) > 1:
        # the date first: "gần đây" alone is an adverb, but closes "những ngày gần đây" too
        undated = _DATED.sub("", " ".join(words)).split()
        if len(undated) < len(words):
            words = undated
            continue
        size = next(
            (
                k
                for k in (3, 2, 1)
                if len(words) > k
                and (
                    tuple(fold(" ".join(words[-k:])).split()) in _MANNER
                    or tuple(words[-k:]) in _ISSUING
                    or tuple(words[-k:]) in _OBLIGED
                )
            ),
            0,
        ) or _issued_document(words)
        if not size:
            break
        words = words[:-size]
    return " ".join(words)


# what a body issues, closing the words before a cue after its verb ("TAND quận Gò Vấp ra bản
# án lại viết"): the body issued it
_ISSUED_DOCUMENTS = frozenset(
    tuple(w.split())
    for w in ("bản án", "quyết định", "thông báo", "thông cáo", "văn bản", "công văn", "báo cáo")
)


def _issued_document(words: Sequence[str]) -> int:
    """How many of the last ``words`` are an issuing verb and what it issued, or 0."""
    for size in (2, 1):
        if tuple(fold(" ".join(words[-size:])).split()) in _ISSUED_DOCUMENTS:
            verb = next((k for k in (2, 1) if tuple(words[-size - k : -size]) in _ISSUING), 0)
            if verb and len(words) > size + verb:
                return size + verb
    return 0
