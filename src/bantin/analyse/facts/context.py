"""The type of a name told by what it does in its sentence when its shape says nothing.

Stage names and given names used alone ("Khánh Thi", "Thu Phương", "Lam Trường") have the
shape of a Vietnamese place: two syllables, no surname, no title. The sentence still tells
them apart: a place does not say or feel things ("Thu Phương cho biết", "Khánh Thi bật
khóc"), and a name joined to a person's ("Phan Hiển và Khánh Thi", "Phương Thanh và ca sĩ
Minh Thuận") is another person's. A name listed with others ("Samsung, Zentrox và Apple")
is of their kind. Only names the scanner guessed are retyped; a rule's type stands.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...models import Mention
from .gazetteer import EntityType
from .lexicon import is_acronym, phrases
from .syllables import Syllables, is_vietnamese

# verbs of saying and feeling that only a person is the subject of
PERSON_VERBS = phrases(
    "cho biết", "cho hay", "chia sẻ", "nói", "kể", "tâm sự", "bộc bạch", "thổ lộ", "tiết lộ",
    "thừa nhận", "bật khóc", "xúc động", "khoe", "úp mở", "tự tin", "thú nhận", "hát",
)  # fmt: skip
# aspect and focus words between a subject and its verb
_ASPECT_WORDS = frozenset({"đã", "đang", "vừa", "sẽ", "cũng", "liền", "lại", "còn", "từng"})
# marks after which a name opens a clause
_CLAUSE_MARKS = frozenset({",", ".", ";", ":", "“", "”", '"', "(", ")", "…", "!", "?"})
# words after which a name opens a clause
_OPENERS = frozenset({"và", "nhưng", "còn", "thì", "khi", "đó", "nay", "sau", "rồi", "mà"})
# words between a title in the plural and the people it lists: "các ca sĩ như X, Y"
_LIST_OPENERS = frozenset({"như", "gồm", ":"})
# words joining two people's names: "X và Y", "X cùng Y" (a dash joins streets named after
# people too: "Lê Thanh Nghị - Tố Hữu")
_JOINERS = frozenset({"và", "cùng", "với", "&"})


def _joined(syl: Syllables, left_end: int, right_start: int) -> bool:
    """Only joiners and titles stand between the two spans ("và ca sĩ")."""
    i, joiner = left_end, False
    while i < right_start:
        if syl.keys[i] in _JOINERS:
            joiner, i = True, i + 1
        elif (title_end := syl.title_at(i)) > i:
            i = title_end
        else:
            return False
    return joiner


def _says(syl: Syllables, start: int, end: int) -> bool:
    """The name opens a clause and says something: "Sau đó, Thu Phương cho biết" (not
    "người dân Hòa Vang cho biết", where the name qualifies a noun)."""
    before = syl.keys[start - 1] if start else ""
    # not after a number or a dash: "số 25 Pasteur", "Bệnh viện New York - Presbyterian"
    opens = start == 0 or before in _CLAUSE_MARKS or before in _OPENERS
    return opens and speaks_at(syl.keys, end)


def speaks_at(keys: Sequence[str], end: int) -> bool:
    """A verb only a person is the subject of follows ``end``, maybe after aspect words
    ("đã bật khóc", "cũng chia sẻ"); "nói trên" ("mentioned above") is none."""
    while end < len(keys) and keys[end] in _ASPECT_WORDS:
        end += 1
    if tuple(keys[end : end + 2]) == ("nói", "trên"):
        return False
    return any(tuple(keys[end : end + size]) in PERSON_VERBS for size in (1, 2))


def types_by_context(
    syl: Syllables,
    mentions: Sequence[Mention],
    spans: Sequence[tuple[int, int]],
    guessed: set[int],
) -> tuple[list[Mention], set[int]]:
    """The sentence's mentions with guessed names retyped by their context (a person's, a
    list's), and the guesses left."""
    fixed, left = list(mentions), set(guessed)
    for k in sorted(guessed):
        mention = mentions[k]
        if mention.type == "PER":
            continue
        start, end = spans[k]
        beside = (k > 0 and k - 1 not in guessed and mentions[k - 1].type == "PER"
                  and _joined(syl, spans[k - 1][1], start)) or (
            k + 1 < len(mentions) and k + 1 not in guessed and mentions[k + 1].type == "PER"
            and _joined(syl, end, spans[k + 1][0])
        )  # fmt: skip
        # one foreign word the shape left untyped ("Fournier cho biết") stays a guess: a
        # rule elsewhere in the article may say it is a company ("hãng Qualcomm")
        foreign = mention.type == "MISC" and _foreign_word(syl, start, end)
        if (
            beside
            or _titled_list(syl, mentions, spans, guessed, k)
            or (_says(syl, start, end) and (mention.type == "LOC" or _given_name(syl, start, end)))
        ):
            fixed[k] = mention.model_copy(update={"type": "PER"})
            left.discard(k)
        elif foreign and _says(syl, start, end) and not _after_place(syl, mentions, spans, k):
            fixed[k] = mention.model_copy(update={"type": "PER"})
        elif foreign and _source_after_theo(syl, start, end):
            # "Theo Newsweek, ...": an outlet; still a guess, so a person named so elsewhere
            # in the article ("Theo Cunningham", "cây bút Cunningham") stays one
            fixed[k] = mention.model_copy(update={"type": "ORG"})
    for k in sorted(left):
        if (
            fixed[k].type != "PER"
            and (listed := _listed_type(syl, mentions, spans, guessed, k)) is not None
        ):
            fixed[k] = fixed[k].model_copy(update={"type": listed})
            left.discard(k)
    return fixed, left


def _foreign_word(syl: Syllables, start: int, end: int) -> bool:
    """One foreign word ("Fournier", "Newsweek"), which the scanner's shape guess leaves
    untyped (and the article then drops)."""
    word = syl.text[start]
    return end - start == 1 and not is_vietnamese(word) and not is_acronym(word)


def _after_place(
    syl: Syllables, mentions: Sequence[Mention], spans: Sequence[tuple[int, int]], k: int
) -> bool:
    """The name follows a place and a comma: "đại học Texas, Dallas cũng cho biết" is where
    the speaker works, not the speaker."""
    start = spans[k][0]
    return (
        k > 0
        and mentions[k - 1].type == "LOC"
        and spans[k - 1][1] == start - 1
        and syl.keys[start - 1] == ","
    )


def _source_after_theo(syl: Syllables, start: int, end: int) -> bool:
    """ "Theo X," or ", theo X.": the source a report cites; a person cited so is written
    with a title or a form of address ("Theo ông X"); "mang theo X," carries it."""
    if start == 0 or syl.keys[start - 1] != "theo":
        return False
    opens = start == 1 or syl.keys[start - 2] in _CLAUSE_MARKS or syl.keys[start - 2] == "cũng"
    return opens and (end == len(syl.keys) or syl.keys[end] in (",", ".", ";"))


def _given_name(syl: Syllables, start: int, end: int) -> bool:
    """One Vietnamese syllable: a given name used alone ("Sau đó, Huệ nói"), which the
    scanner's shape guess leaves untyped."""
    return end - start == 1 and is_vietnamese(syl.text[start])


def _titled_list(
    syl: Syllables,
    mentions: Sequence[Mention],
    spans: Sequence[tuple[int, int]],
    guessed: set[int],
    k: int,
) -> bool:
    """The name is in a list of people a title opens: "danh ca Hương Lan, Thanh Duy, Minh
    Luân", "nhiều nghệ sĩ như Tú Oanh, Nguyệt Hằng" (a title before the first name only),
    and no rule made an item before it something else ("các nhà lãnh đạo Mỹ và Liên Xô").
    One syllable is a fragment more often ("Bác sĩ X, Khoa Khám bệnh")."""
    if spans[k][1] - spans[k][0] < 2:
        return False
    j = k
    while j > 0 and spans[j][0] - spans[j - 1][1] == 1 and syl.keys[spans[j - 1][1]] in (",", "và"):
        j -= 1
        if j not in guessed and mentions[j].type != "PER":
            return False
    opening = spans[j][0]
    if opening > 0 and syl.keys[opening - 1] in _LIST_OPENERS:
        opening -= 1
        if opening > 0 and syl.keys[opening - 1] == "khác":
            opening -= 1  # "các nghệ sĩ khác như X, Y"
    elif j == k:
        return False  # a title right before the name typed it already
    return syl.title_ends_at(opening, reach=3)


def _listed_type(
    syl: Syllables,
    mentions: Sequence[Mention],
    spans: Sequence[tuple[int, int]],
    guessed: set[int],
    k: int,
) -> EntityType | None:
    """The type of the names a guessed one is listed with ("Apple, Samsung và Xiaomi"),
    when the list goes on after it and a rule typed its neighbour."""
    start, end = spans[k]
    if end >= len(syl.keys) or syl.keys[end] not in (",", "và"):
        return None
    if end - start == 1 and is_vietnamese(syl.text[start]):
        return None  # one Vietnamese syllable is a fragment more often ("online Việt, ...")
    for j in (k - 1, k + 1):
        if 0 <= j < len(mentions) and j not in guessed:
            left, right = (spans[j][1], start) if j < k else (end, spans[j][0])
            if all(syl.keys[i] in (",", "và") for i in range(left, right)) and right - left == 1:
                return mentions[j].type
    return None
