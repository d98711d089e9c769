"""A sentence as syllables, and the type guessed for a name no rule explains.

underthesea's word segmentation joins a name's syllables unreliably ("ECOWAS_Omar",
"Nigeria_Ali"), so names are read syllable by syllable, keeping what the segmentation says
about each (inside a common word such as "Chia_sẻ", continuing a capitalised word).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import EntityType
from .lexicon import (
    ADMIN_LEVELS,
    COMPASS,
    DESCRIPTOR_HEADS,
    FORMS_OF_ADDRESS,
    GENERIC_HEADS,
    LOC_CUES,
    LOC_HEADS,
    LOCATIVES,
    MINISTRY_FIELDS,
    MISC_CUES,
    MISC_HEADS,
    OBJECT_TAKING,
    OPENERS,
    ORG_CUES,
    ORG_HEADS,
    ORG_TAILS,
    PARENT_HEADS,
    PLACE_WORD_SURNAMES,
    ROAD_WORDS,
    SCHOOL_KINDS,
    SURNAMES,
    TITLE_QUALIFIERS,
    TITLES,
    VERBS_AFTER_NAMES,
    common_compounds,
    common_words,
    first_words,
    fold,
    is_capitalised,
    people_names,
    phrases,
    place_names,
    segmented_words,
    world_places,
)

_VIETNAMESE_LETTERS = frozenset(
    "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
)
# kinship words that are given names too ("Nguyễn Thị Em", "Lê Anh"), or a family name
# ("Victor Cha")
_KIN_GIVEN_NAMES = frozenset({"anh", "em", "chị", "cha", "con"})
# words "trường" closes into a place or a field the dictionary does not list, not a
# school: "phim trường", "chính trường Mỹ", "hội trường"
_ARENAS = frozenset({"phim", "chính", "hội", "từ", "pháp", "thương", "võ", "công"})
# what joins degrees the segmenter keeps as one word: "PGS-TS", "GS.TS"
_JOINED_TITLES = re.compile(r"[-.]")
_PHRASE_LEXICONS = (
    TITLES,
    ORG_HEADS,
    ORG_CUES,
    LOC_CUES,
    LOCATIVES,
    MISC_CUES,
    MISC_HEADS,
    ORG_TAILS,
    ADMIN_LEVELS,
    SCHOOL_KINDS,
    COMPASS,
    LOC_HEADS,
    DESCRIPTOR_HEADS,
    PARENT_HEADS,
    GENERIC_HEADS,
    ROAD_WORDS,
    OBJECT_TAKING,
    VERBS_AFTER_NAMES,
    MINISTRY_FIELDS,
)
_PHRASE_STARTS = first_words(*_PHRASE_LEXICONS)
_LONGEST_PHRASE = max(len(phrase) for lexicon in _PHRASE_LEXICONS for phrase in lexicon)
_HEAD_STARTS = first_words(ORG_HEADS, MISC_HEADS)
# a capitalised word inside a run that starts a new clause, not part of the name
_CLAUSE_WORDS = frozenset(
    fold(w) for w in ("theo", "tại", "trong", "khi", "sau", "với", "nhưng", "được")
)
# capitalised in datelines and teasers ("Ngày 6/5"), never a name
_TIME_WORDS = frozenset(
    {"ngày", "tháng", "năm", "tuần", "thứ", "hôm", "sáng", "chiều", "tối", "trưa", "đêm"}
)
# the shape of a Vietnamese syllable without its tone mark ("xe", "tai"); "Schmidt" has none
_SYLLABLE_SHAPE = re.compile(
    r"(b|ch|c|d|đ|gh|gi|g|h|kh|k|l|m|ngh|ng|nh|n|ph|p|qu|r|s|th|tr|t|v|x)?"
    r"[aăâeêioôơuưy]{1,3}(ch|c|m|ng|nh|n|p|t)?"
)
# fmt: off
# upper-case abbreviations of units and common nouns ("SN 1995" = born in), not names
_NOT_NAMES = frozenset((
    "usd", "vnd", "eur", "gdp", "cpi", "ceo", "covid", "hiv", "sms", "gmt", "tv", "sn", "bks",
    "ql", "thcs", "thpt", "hd", "uav", "gđ", "bch", "tp", "vnđ", "dn", "dnnn", "bxh", "hs",
    "sv", "gv", "vđv", "sxh", "bot", "bt", "ppp", "tcvn", "csđt", "video", "atgt", "ptgt",
    "gtvt", "bđs", "xkld", "ttck", "ck", "cp", "tw", "mv", "bhyt", "sgk", "oda", "fdi",
    "atm", "cmnd", "cccd", "gplx", "tngt", "gpmb", "nđt", "otp", "qr", "cfo", "dj", "nq",
    "karaoke", "online", "internet", "wifi", "banking",
    # what medicine, science and finance abbreviate: "xét nghiệm ADN", "chụp CT", "thuế VAT"
    "aids", "adn", "dna", "arn", "rna", "pcr", "hpv", "crispr", "gmo", "ct", "mri", "iq", "vat",
    "ipo", "etf", "csdl",
    # currencies by their codes: "10.000 SGD", "20 triệu JPY"
    "sgd", "jpy", "aud", "cny", "rmb", "gbp", "krw", "thb", "chf", "cad", "hkd", "twd", "inr",
    "rub", "myr", "idr", "nzd", "lak", "khr", "mmk", "php",
))
# a legal document's number ("Nghị định 15/2020/NĐ-CP", "TT-BTC"): a kind of text and the
# body that issued it, not a name
_DOCUMENT_CODE = re.compile(r"(?:nđ|tt|qđ|nq|ct|cv|tb|kh|kl)(?:-[a-zđ]+)+")
# a roman numeral numbers what it follows ("Đại hội XII", "khóa XIV") and opens no name; it may
# close one ("Giáo hoàng Benedict XVI")
_ROMAN_NUMERAL = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
# words that open sentences and are never the first word of a name ("Theo Reuters")
_OPENING_WORDS = frozenset(fold(w) for w in (
    "theo", "còn", "tại", "trong", "giúp", "sau", "khi", "với", "từ", "tuy", "nhưng", "các",
    "những", "ngoài", "trước", "cùng", "do", "vì", "nếu", "để", "đến", "hiện", "mới", "đây",
    "đó", "này", "bên", "về", "riêng", "song", "thế", "và", "hay", "hoặc", "lúc", "nay", "qua",
    # verbs and adverbs opening a clause whose subject is the name after them ("Thấy Thu",
    # "Vậy Trung Hiếu", "Hỏi NSND X")
    "thấy", "vậy", "hỏi", "nghe", "biết", "đã", "sẽ", "đang", "cũng", "chỉ", "vẫn", "không",
    "chưa", "có", "là", "mà", "thì", "nên", "bởi", "rồi", "bị", "hãy", "xin", "gặp", "mỗi",
    "phía", "giữa", "dưới", "trên",
    # "Chính Mark Zuckerberg thừa nhận": the name itself, stressed
    "chính",
    # "Dù Thu Phương cố tình trêu chọc": though
    "dù", "dẫu", "mặc",
))
# fmt: on


@dataclass(frozen=True)
class Syllables:
    """A sentence as syllables, with what the word segmentation says about each."""

    text: tuple[str, ...]
    keys: tuple[str, ...]
    # True for a syllable of a Vietnamese word written "Xxx_yyy" (a common word capitalised
    # at the start of a sentence or of a title), which is not part of a name
    in_common_word: tuple[bool, ...]
    # True for the second and later syllables of a word whose first syllable is capitalised
    continues_word: tuple[bool, ...]
    at_start: tuple[bool, ...]
    joined: tuple[bool, ...] = ()

    @classmethod
    def of(cls, words: Sequence[str]) -> Syllables:
        text: list[str] = []
        keys: list[str] = []
        common: list[bool] = []
        continues: list[bool] = []
        joined: list[bool] = []  # the segmentation put the syllable in the word before it
        for word in _regrouped([part for written in words for part in _unhyphenated(written)]):
            reading = _read_word(word)
            parts = reading.parts
            # only a name glued to the word after it reads the syllables before it
            name = _glued_name(parts, text) if reading.glued else 0
            text.extend(parts)
            keys.extend(reading.keys)
            if name:
                rest = len(parts) - name
                common.extend([False] * name + [True] * rest)
                continues.extend([0 < k < name for k in range(len(parts))])
                joined.extend([k not in (0, name) for k in range(len(parts))])
                continue
            common.extend(reading.common)
            continues.extend(reading.continues)
            joined.extend(reading.joined)
        starts = [i == 0 or text[i - 1] in OPENERS for i in range(len(text))]
        return cls(
            tuple(text), tuple(keys), tuple(common), tuple(continues), tuple(starts), tuple(joined)
        )

    def in_dictionary_word(self, i: int) -> bool:
        """Syllable ``i`` goes on the word before it, and the two are a dictionary word:
        "yêu_cầu", "sân_khấu" (the segmentation's "xa_đảo" is no word)."""
        return self.joined[i] and (self.keys[i - 1], self.keys[i]) in segmented_words()

    def phrase_before(self, i: int, lexicon: frozenset[tuple[str, ...]]) -> bool:
        """A lexicon phrase of one or two syllables ends right before syllable ``i``: "huyện"
        before "Đông Anh"."""
        return any(self.phrase_at(k, lexicon) == i for k in range(max(0, i - 2), i))

    def phrase_at(self, i: int, lexicon: frozenset[tuple[str, ...]]) -> int:
        """End of the longest lexicon phrase starting at syllable ``i``, or ``i``.

        The phrase must end at a word boundary: "Báo" opens a newspaper's name, "Báo cáo"
        (report) does not.
        """
        if i >= len(self.keys) or self.keys[i] not in _PHRASE_STARTS:
            return i  # past the sentence's end too: "..., Hà Nội ," closes a sentence
        for size in range(min(_LONGEST_PHRASE, len(self.text) - i), 0, -1):
            end = i + size
            # a one-syllable head must end its word: "Báo" opens a name, "Báo cáo" does not,
            # nor does "sân" in "sân_khấu"; segmentation may glue a longer head to its name
            # ("Bệnh_viện_mắt")
            if self.keys[i:end] in lexicon and not (
                size == 1
                and end < len(self.text)
                and (self.continues_word[end] or self.in_dictionary_word(end))
                and not is_capitalised(self.text[end])
            ):
                return end
        return i

    def org_head_at(self, i: int) -> int:
        """End of the organisation head at ``i``, or ``i``; "Trường" heads only a school, of
        a kind ("Trường THPT ...") or a foreign name ("trường Royal Holloway"; not "phim
        trường Kong", a film set)."""
        end = self.phrase_at(i, ORG_HEADS)
        if self.keys[i:end] == ("đảng", "bộ") and self.text[i + 1][:1].isupper():
            return i + 1  # "Ban cán sự Đảng Bộ Y tế": the party of a ministry
        if end == i + 1 and self.keys[i] == "trường":
            named = end < len(self.text)
            school = named and self.phrase_at(end, SCHOOL_KINDS) > end
            arena = i > 0 and (
                self.keys[i - 1] in _ARENAS or (self.keys[i - 1], "trường") in common_compounds()
            )
            foreign = (
                named
                and not (self.joined[i] or arena)
                and self._foreign_name_at(end)
                and not vietnamese_shaped(self.text[end])  # "Trường Chinh", a person
                and fold(self.text[end]) not in world_places()  # "Trường Boston College"
            )
            return end if school or foreign else i
        return end

    def title_ends_at(self, i: int, reach: int) -> bool:
        """A title of at most ``reach`` syllables ends right before syllable ``i``."""
        return any(self.title_at(t) == i for t in range(max(0, i - reach), i))

    def title_at(self, i: int) -> int:
        """End of the title at ``i`` ("Thiếu tướng", "GS"), or ``i``; degrees joined in one
        word count too: "PGS-TS", "GS.TS", "ThS.BS", "PGS."."""
        end = self.phrase_at(i, TITLES)
        if end > i and i and self.keys[i - 1] == "đàn" and self.keys[i] in ("ông", "bà"):
            return i  # "đàn ông Việt": men, no one addressed
        if (
            end == i
            and 0 < i < len(self.text) - 1
            and _names_after(self.keys[i - 1], self.keys[i])
            and is_capitalised(self.text[i + 1])
        ):
            return i + 1  # "một người tên Dũng", "đối tượng tên Tuấn": named so
        if end == i and _JOINED_TITLES.search(self.keys[i]):
            parts = joined_parts(self.keys[i])
            return i + 1 if parts and all((p,) in TITLES for p in parts) else i
        if end == i + 1 and (self._tan_in_a_name(i) or self._given_after_address(i)):
            return i
        if end == i and self.text[i] == "TT" and self._foreign_name_at(i + 1):
            return i + 1  # "TT Trump" is the president; "TT Đông Phú" a township
        if end > i and tuple(self.keys[end : end + 2]) in _SENIOR:
            return end + 2  # "Cố vấn cấp cao Jared Kushner", "Nghiên cứu viên cấp cao"
        return end

    def _given_after_address(self, i: int) -> bool:
        """A capitalised kinship word right after a form of address is the given name it
        addresses: "ông Anh cho biết", "bà Em", "ông Cha" (Victor Cha); not "Bà Mẹ Việt Nam
        Anh hùng", a title of its own."""
        return i > 0 and self.keys[i - 1] in FORMS_OF_ADDRESS and self.kin_name_at(i)

    def kin_name_at(self, i: int) -> bool:
        """A capitalised kinship word that names people too: "Anh", "Em", "Cha"."""
        return self.keys[i] in _KIN_GIVEN_NAMES and is_capitalised(self.text[i])

    def _foreign_name_at(self, i: int) -> bool:
        """A capitalised word that is neither Vietnamese nor an abbreviation: "Trump"."""
        if i >= len(self.text):
            return False
        word = self.text[i]
        return is_capitalised(word) and not word.isupper() and not is_vietnamese(word)

    def _tan_in_a_name(self, i: int) -> bool:
        """A capitalised "Tân" before no title is a name's ("huyện Tân Hiệp", "Tân Phú",
        "thôn Minh Tân,", "anh Tân cho biết"), not "new" ("Tân Thủ tướng Anh", "tân Tổng
        thống")."""
        return (
            self.keys[i] == "tân"
            and is_capitalised(self.text[i])
            and self.phrase_at(i + 1, TITLES) == i + 1
        )

    def is_name_syllable(self, i: int, inside: bool = False) -> bool:
        """Whether syllable ``i`` can start (or, ``inside``, continue) a name."""
        syllable = self.text[i]
        key = self.keys[i]
        if (
            not is_capitalised(syllable)
            or self.in_common_word[i]
            or key in _NOT_NAMES
            or _DOCUMENT_CODE.fullmatch(key)
        ):
            return False
        if key == "top" and self.text[i + 1 : i + 2] and self.text[i + 1][:1].isdigit():
            return False  # "lọt vào Top 20": a rank
        if inside:
            return self.keys[i] not in _CLAUSE_WORDS
        if self.keys[i] in _TIME_WORDS or self.keys[i] in _CLAUSE_WORDS:
            return False
        if is_roman_numeral(syllable):
            return False
        if self.at_start[i] and self.keys[i] in _OPENING_WORDS:
            return False
        if self.at_start[i] and self.keys[i] in common_words() and self.keys[i] not in SURNAMES:
            # "Theo", "Trong" open sentences; a name there needs a second capitalised syllable,
            # and not a title ("Thưa GS Nghiêm Đình Vỳ": the name starts after it); a word
            # written with Vietnamese marks makes no name with a foreign word after it ("Việc
            # Psy", "Bão Irma"), but a surname does ("Thạch Sambath"), a compass word ("Đông
            # Ghouta") and a word any language may write ("Sun Zheng Cai", "The Nation")
            return (
                i + 1 < len(self.text)
                and is_capitalised(self.text[i + 1])
                and (
                    vietnamese_shaped(self.text[i + 1])
                    or syllable.isascii()
                    or key in PLACE_WORD_SURNAMES
                    or (key,) in COMPASS
                )
                and not (self.title_at(i) > i or self.org_head_at(i) > i)
                and not self.title_at(i + 1) > i + 1
            )
        return any(c.isalpha() for c in syllable)


# how senior a title's holder is, after the title
_SENIOR = frozenset({("cấp", "cao"), ("cao", "cấp")})


def _unhyphenated(word: str) -> list[str]:
    """A word the writer joined to a capitalised one by a hyphen without spaces, apart: "Bộ
    Lao động-Thương binh và Xã hội" lists "động", "-", "Thương"."""
    at = word.find("-")
    if (
        0 < at < len(word) - 1
        and word[at + 1].isupper()
        # a lower-case Vietnamese syllable: not "Wi-Fi", "Coca-Cola", "Hoa Kỳ-ASEAN"
        and (left := word[:at].rpartition("_")[2]).islower()
        and is_vietnamese(left)
    ):
        return [word[:at], "-", word[at + 1 :]]
    return [word]


def _regrouped(words: Sequence[str]) -> list[str]:
    """``words`` with a syllable the segmentation took from the word before a name given
    back: "Ủy" + "ban_Thường_vụ_Quốc_hội" is "Ủy_ban" + "Thường_vụ_Quốc_hội", "hòa" +
    "thượng_Tố_Liên" is "hòa_thượng" + "Tố_Liên" (a one-syllable word and a lower-case
    syllable that together are one word, before a Vietnamese name; a foreign name glued so
    is ``_glued_tail``'s: "Sở" + "thú_Munich")."""
    out: list[str] = []
    for word in words:
        first, _, rest = word.partition("_")
        before = out[-1] if out else ""
        if (
            rest[:1].isupper()
            and first[:1].islower()
            and "_" not in before
            and _word_of_two(before, first)
            and _vietnamese_name(rest.split("_"))
        ):
            out[-1] = f"{before}_{first}"
            out.append(rest)
        else:
            out.append(word)
    return out


def _word_of_two(first: str, second: str) -> bool:
    """``first`` and ``second`` make one word: a title, which the dictionary may lack ("hòa
    thượng"), or after a capitalised syllable a dictionary word ("Ủy ban"; "qua cầu" before
    "Văn_Lang" is crossing the bridge named so)."""
    pair = (fold(first), fold(second))
    return pair in TITLES or (is_capitalised(first) and pair in common_compounds())


def _vietnamese_name(parts: Sequence[str]) -> bool:
    """A name of Vietnamese syllables, or of words some of which are in lower case
    ("Thường_vụ_Quốc_hội"); "Munich" is neither."""
    return not all(is_capitalised(p) for p in parts) or all(is_vietnamese(p) for p in parts)


@dataclass(frozen=True)
class _WordReading:
    """What ``Syllables.of`` reads from one segmented word on its own; ``glued`` words are
    read again in context, since a name glued to the word after it depends on the one before.
    """

    parts: tuple[str, ...]
    keys: tuple[str, ...]
    glued: bool
    common: tuple[bool, ...]
    continues: tuple[bool, ...]
    joined: tuple[bool, ...]


# A news corpus repeats a few tens of thousands of words: reading each once pays, and the
# bound keeps a long run's memory flat.
@lru_cache(maxsize=32768)
def _read_word(word: str) -> _WordReading:
    parts = tuple(q for p in word.replace("_", " ").split(" ") if p for q in _split_pair(p))
    # a foreign name glued to the next word ("Schmidt_nói") is not a common word
    mixed = (
        len(parts) > 1
        and not all(is_capitalised(p) or is_particle_name(p) for p in parts)
        and (is_vietnamese(parts[0]) or bool(_SYLLABLE_SHAPE.fullmatch(fold(parts[0]))))
    )
    glued = len(parts) > 1 and parts[0][:1].isupper() and parts[-1][:1].islower()
    keys = tuple(fold(p) for p in parts)
    if mixed and (tail := _glued_tail(parts)):
        head = len(parts) - tail  # "quả_tang_Lầu": a word, then a name glued to it
        common = (True,) * head + (False,) * tail
        # a capitalised word keeps its own syllables: "Cộng_sản" + "Kazuo"
        opened = is_capitalised(parts[0])
        continues = tuple(k > head or (opened and 0 < k < head) for k in range(len(parts)))
        joined = tuple(k not in (0, head) for k in range(len(parts)))
        return _WordReading(parts, keys, glued, common, continues, joined)
    capitalised = is_capitalised(parts[0]) if parts else False
    continues = tuple(k > 0 and capitalised for k in range(len(parts)))
    joined = tuple(k > 0 for k in range(len(parts)))
    return _WordReading(parts, keys, glued, (mixed,) * len(parts), continues, joined)


def _glued_tail(parts: Sequence[str]) -> int:
    """How many trailing syllables of a segmented word are a name glued to the lower-case
    dictionary word before it ("quả_tang_Lầu", "Cộng_sản_Kazuo"); 0 for a word that is one.
    A word opening capitalised keeps a Vietnamese tail: "Hoa_hậu_Hoàn_Vũ" names a contest."""
    lower = next((j for j, p in enumerate(parts) if not is_capitalised(p)), 0)
    k = next((j for j, p in enumerate(parts) if j > lower and is_capitalised(p)), 0)
    if k == 0 or not all(is_capitalised(p) for p in parts[k:]):
        return 0
    head = tuple(fold(p) for p in parts[:k])
    if lower > 0 and any(is_vietnamese(p) for p in parts[k:]) and not _glues_a_name(head):
        return 0  # a capitalised word keeps a Vietnamese syllable: only a foreign name is glued
    # "phi_hành_gia_Whitson": a title of three syllables too
    known = (
        (len(head) == 1 and head[0] in common_words())
        or (len(head) == 2 and head in common_compounds())
        or head in TITLES
    )
    return len(parts) - k if known else 0


# titles that also open a contest's name ("Hoa hậu Hoàn vũ"): what they glue is no one's name
_CONTEST_TITLES = phrases("hoa hậu", "á hậu", "nam vương", "người đẹp")


def _glues_a_name(head: tuple[str, ...]) -> bool:
    """A capitalised title took the person's name into its word: "Đại_tá_Giang",
    "Tài_xế_Hùng"."""
    return head in TITLES and head not in _CONTEST_TITLES


# last syllables of the nouns for a person that "tên" (named) may follow: "người", "đàn ông",
# "phụ nữ", "cô gái", "chàng trai", "thanh niên", "đối tượng", "du khách", "bé", "con"
_NAMED_PERSON_NOUNS = frozenset(
    {"người", "ông", "bà", "nữ", "gái", "trai", "niên", "tượng", "khách", "bé", "cháu", "con"}
)


def _glued_name(parts: Sequence[str], before: Sequence[str]) -> int:
    """How many leading syllables of a segmented word are a name glued to the dictionary
    word after it ("Nguyễn_Phương_tiết_lộ", "Mai Trần_nhận"); 0 for a word that is one."""
    k = next((j for j, p in enumerate(parts) if not is_capitalised(p)), len(parts))
    rest = tuple(fold(p) for p in parts[k:])
    if k == 0 or not rest or any(is_capitalised(p) for p in parts[k:]):
        return 0
    # after two capitalised syllables any Vietnamese words ("Mai_Trần_đăng_bức"); after one,
    # a dictionary word
    known = (len(rest) == 1 or k > 1) and all(r in common_words() for r in rest)
    known = known or (len(rest) == 2 and rest in segmented_words())
    if not known or (fold(parts[k - 1]), rest[0]) in common_compounds():
        return 0  # "Chia_sẻ" opening a sentence, "Quốc_gia" in a name: one word
    # one capitalised syllable glued to a word is a name only right after another name
    # ("Mai Trần_nhận", not "Ban Chính_pháp"), a form of address inside a sentence ("ông
    # Lưu_nói"), "tên" after a person ("cô gái tên Hoa_sống") or a title written in lower case
    # ("bác sĩ Thi_thông_tin", not "giám đốc Sở_y_tế"; a capitalised title takes capitalised
    # qualifiers: "Hoa hậu Trái_đất")
    after_name = bool(before) and (
        (is_capitalised(before[-1]) and fold(before[-1]) not in _HEAD_STARTS)
        or before[-1] in FORMS_OF_ADDRESS
        or (len(before) > 1 and _names_after(fold(before[-2]), before[-1]))
        or (
            fold(parts[0]) not in _HEAD_STARTS
            and (fold(parts[0]), *rest) not in segmented_words()  # "hoa hậu Trái_đất"
            and _ends_on_lower_case_title(before)
        )
    )
    return k if k > 1 or after_name else 0


def _names_after(noun: str, word: str) -> bool:
    """``word`` is "tên" after a noun for a person (folded): the name follows ("một người tên
    Dũng")."""
    return word == "tên" and noun in _NAMED_PERSON_NOUNS


def _ends_on_lower_case_title(before: Sequence[str]) -> bool:
    """The words end with a title written in lower case and not qualified ("bác sĩ", not
    "Hoa hậu" nor "tân bộ trưởng")."""
    return any(
        tuple(fold(p) for p in before[-size:]) in TITLES
        and not any(is_capitalised(p) for p in before[-size:])
        and fold(before[-size]) not in TITLE_QUALIFIERS
        for size in range(1, min(3, len(before)) + 1)
    )


# units written in camel case: "110 kV", "100kVA", "pin 5.000 mAh", "độ pH"
_CAMEL_UNITS = frozenset(
    ("kv", "kva", "kvar", "kw", "kwh", "kwp", "ma", "mah", "ph", "db", "ml", "khz", "mmhg", "kpa")
)


def is_camel(syllable: str) -> bool:
    """A product written in camel case: "iPhone", "iOS", "eBay" (not a unit: "kW")."""
    # most syllables are lower-case words: ``islower`` rules them out without the scan
    rest = syllable[1:]
    return (
        syllable[:1].islower()
        and not rest.islower()
        and any(c.isupper() for c in rest)
        and syllable.lower() not in _CAMEL_UNITS
    )


def is_model(syllable: str) -> bool:
    """A model designation after a brand: "A320", "5s", "737" (not a year such as "2013")."""
    has_digit = any(c.isdigit() for c in syllable)
    if syllable.isdigit():
        return len(syllable) == 3
    return has_digit and any(c.isalpha() for c in syllable) and syllable.isalnum()


# the prefixes navies name their ships with ("USS Dewey", "HMS Queen Elizabeth")
_SHIP_PREFIXES = frozenset(
    {"USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "ROKS", "BRP", "KRI", "ARA", "TCG"}
)
# what opens a European surname of two words ("Del Potro", "Van Persie")
_SURNAME_PARTICLES = frozenset({"del", "de", "da", "di", "van", "von", "der", "dos", "das"})
_PARTICLE_NAME = re.compile(r"[a-z]{1,3}-[A-Z]\S*")


def is_particle_name(syllable: str) -> bool:
    """An Arabic surname with its article: "al-Assad", "el-Sisi"."""
    return bool(_PARTICLE_NAME.fullmatch(syllable))


def _split_pair(syllable: str) -> list[str]:
    """Two Vietnamese names written with a hyphen ("Nội-Nam" in "Hà Nội-Nam Định") as
    three syllables; transliterations ("Li-băng") and foreign names ("Jae-ho") stay whole."""
    if "-" not in syllable[1:-1]:
        return [syllable]
    first, _, second = syllable.partition("-")
    if not (is_capitalised(first) and is_capitalised(second)) or not (
        is_vietnamese(first) and is_vietnamese(second)
    ):
        return [syllable]
    return [first, "-", *_split_pair(second)]


def syllable_offsets(text: str, syllables: Sequence[str]) -> list[tuple[int, int]]:
    """Where each syllable stands in ``text``, in order; empty when one is not found (the
    segmentation rewrote it)."""
    offsets: list[tuple[int, int]] = []
    at = 0
    for syllable in syllables:
        found = text.find(syllable, at)
        if found < 0 or text[at:found].strip():
            return []
        at = found + len(syllable)
        offsets.append((found, at))
    return offsets


def join_syllables(syllables: Sequence[str]) -> str:
    """Syllables back to display text: no space before a comma or a closing bracket."""
    text = re.sub(r"\s+([,.;:)])|([(])\s+", r"\1\2", " ".join(syllables))
    text = re.sub(r"\b((?:QL|TL|ĐT)\.) (?=\d)", r"\1", text)  # "QL.1A" cut "QL.", "1A"
    return re.sub(r"(\d) ([a-zA-Z])\b", r"\1\2", text)  # a model: "5s" was cut "5", "s"


@lru_cache(maxsize=4096)
def _crf_types(sentence: str) -> tuple[str, ...]:
    """One CRF entity tag (PER/ORG/LOC/O) per syllable of ``sentence``."""
    from underthesea import ner

    tags: list[str] = []
    for word, _pos, _chunk, tag in ner(sentence):
        tags.extend([tag[2:] if tag != "O" else "O"] * len(word.split()))
    return tuple(tags)


def crf_type(syllables: Syllables, start: int, end: int) -> EntityType:
    tags = _crf_types(" ".join(syllables.text))
    votes: list[EntityType] = [t for t in tags[start:end] if t in ("PER", "ORG", "LOC")]  # type: ignore[misc]
    if votes:
        return max(set(votes), key=votes.count)
    return "MISC"


def is_roman_numeral(syllable: str) -> bool:
    """ "XII", "XIV", "III": a roman numeral of two letters or more (a lone "I", "V" or "X" is
    as often a letter: "V-22")."""
    return len(syllable) > 1 and _ROMAN_NUMERAL.fullmatch(syllable) is not None


def is_vietnamese(syllable: str) -> bool:
    key = fold(syllable)
    return key in common_words() or any(c in _VIETNAMESE_LETTERS for c in key)


def joined_parts(key: str) -> list[str]:
    """The words a dot or a dash joins into one syllable: "pgs.ts", "ths-bs"."""
    return [part for part in _JOINED_TITLES.split(key) if part]


def vietnamese_shaped(syllable: str) -> bool:
    """Vietnamese or spelled like a Vietnamese syllable without marks: "My", "Hoa"."""
    return is_vietnamese(syllable) or bool(_SYLLABLE_SHAPE.fullmatch(fold(syllable)))


def shape_type(syllables: Sequence[str]) -> EntityType:
    """A guess from the name's shape when no context says what it is.

    Vietnamese full names have three syllables, and place names most often two ("Sông Mã",
    "Quảng Ninh"), but the news names people by two ("Lam Trường") and places by three
    ("Tân Sơn Nhất") too, and ``scripts/train_names.py`` lists which; a foreign run of two
    or three words is most often a person ("Victoria Dorval") unless an upper-case
    abbreviation marks a company ("Mitsubishi UFJ"). The dash before the last part of a
    romanized given name is no syllable of it ("Kim Jong - il"), while one between
    capitalised words joins names ("Rolls - Royce Phantom").
    """
    after = [*syllables[1:], ""]
    syllables = [s for k, s in enumerate(syllables) if not (s == "-" and after[k].islower())]
    if all(is_vietnamese(s) for s in syllables):
        name = " ".join(map(fold, syllables))
        if name in people_names():
            return "PER"  # a stage name the news writes after "ca sĩ": "Lam Trường"
        if name in place_names():
            return "LOC"  # "Tân Sơn Nhất", "Ngũ Hành Sơn": no surname opens them
        return {2: "LOC", 3: "PER"}.get(len(syllables), "MISC")  # type: ignore[return-value]
    if len(syllables) > 1 and syllables[0] in _SHIP_PREFIXES:
        return "MISC"  # a navy's ship: "USS Carl Vinson", "ARA San Juan"
    if any(len(s) > 1 and s.isupper() for s in syllables):
        return "ORG"
    if len(syllables) == 4 and fold(syllables[2]) in _SURNAME_PARTICLES:
        return "PER"  # "Juan Martin Del Potro", "Ruud Van Nistelrooy"
    return "PER" if 2 <= len(syllables) <= 3 else "MISC"
