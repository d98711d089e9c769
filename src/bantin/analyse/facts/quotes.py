"""Direct quotes of one article with their cue verb and speaker.

A quote is text in “…” or "…" (curly or straight, with or without spaces inside, running
over several sentences or lines) introduced, interrupted ("“… - ông X nói - …”") or followed
by a verb of saying ("Thiếu tướng Pat Ryder nói: “…”", "“…”, quan chức này nói"); who said
it is ``speakers``' business. A long quote with no cue right after a quoted speaker continues
that speaker, or the person the sentence before has saying something. A short quote nested in
a quote, and a parenthesis between speaker and cue, do not break the attribution. Not
quotes: scare quotes and short quoted terms, the title of what the words before name ("đề án
“…”"), a question put ("câu hỏi “…”"), and opinions ("dư luận cho rằng “…”") not held by a
named speaker (or a pronoun standing for one) in a sentence of their own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import ClassVar

from ...models import AnalysedArticle, Mention, Quote, Sentence
from .interviews import interview_answers
from .lexicon import ATTRIBUTION_CUE_PATTERN as _CUE
from .lexicon import CONCESSIONS, JUDGING_CUES, MANNER_CUES, SPEECH_CUE_PATTERN, fold, phrases
from .quote_blocks import MARKS, SCARE_MARK, mask_inner_quotes, quote_blocks
from .quote_shapes import (
    MIN_SPEECH_WORDS,
    QUOTE_PAIR,
    blank_quotes,
    is_name,
    names_a_title,
    names_a_topic,
    names_the_words,
    owner_of_words,
    statement_owner,
)
from .referents import (
    PRONOUN_TITLES,
    is_manner,
    opens_with_kin,
    person_meant,
    referent,
    related,
    subject_at,
    subject_before,
    without_manner,
)
from .speakers import (
    appositive_head,
    body_representative,
    clause_head,
    clause_subject,
    closing_organisation,
    describes_someone,
    is_anaphor,
    is_predicate,
    is_role,
    last_person,
    latest_holder,
    linked_subject,
    names_a_kind,
    names_in,
    office_holder,
    only_a_place,
    opening_mention,
    opens_with_body,
    organisation_meant,
    past_contrast,
    people_in,
    placed_in,
    predicated_person,
    pronoun_subject,
    recent_unnamed,
    resolve_speaker,
    serves_someone,
    speaker_name,
    subject_end,
    without_indefinite,
    without_interview_setting,
    without_sentence_link,
)
from .title_quotes import extract_title_quotes, with_headline_speaker

_CUE_WORD = re.compile(rf"\b(?:{SPEECH_CUE_PATTERN})\b")
_ANY_CUE_WORD = re.compile(rf"\b(?:{_CUE})\b")
_ENDS_ON_CUE = re.compile(rf"\s(?:{_CUE})$")
# words closing the text between a cue and a lower-case quote that make the quote a noun
# phrase of the reported clause, not speech ("Nga có một “kênh liên lạc ...”")
_PHRASE_OPENERS = frozenset(
    {"một", "những", "các", "là", "của", "về", "như", "với", "cho", "trên", "vào", "từ", "bởi"}
)
# the period of an initial, a short abbreviation, joined degrees or a thousands group ("chị
# K.", "TP. HCM", "H.T. M.L", "PGS.TS", "ThS.BS", "hơn 4.000 người") does not end the
# speaker's phrase; it is masked by a character of the same length while searching
_ABBREVIATION_DOT = re.compile(
    r"\b([A-ZĐ]{1,2}\.(?=\s?\S)|(?:[A-ZĐ]{2,4}|ThS)\.(?=[A-ZĐ])|\d{1,3}\.(?=\d{3})"
    # a site's domain: "Trang tin Guancha.cn có trụ sở tại Thượng Hải cho biết"
    r"|[A-Za-z][\w-]*\.(?=(?:com|net|org|vn|cn|info|uk|jp|kr|ru|fr|de|au)\b))"
)
_MASK = "\u2024"
_PARENTHESIS = re.compile(r"\([^()“”\"]{0,120}\)")
# a cue after a determiner opening the speaker's phrase is a noun, and the phrase goes on to
# the cue after it: "một thông báo của Ocean Cleanup cho biết", "bản tuyên bố của Nga nhấn
# mạnh" (further in, "những lời thừa nhận", the cue names the words: see names_the_words)
_NOUN_CUE = rf"(?:(?:[Mm]ột|[Cc]ác|[Nn]hững|[Bb]ản|[Ll]ời)\s+(?:{_CUE})\s+)?"
# how the words were said, before the verb saying them: "đã thẳng thắn tuyên bố “...”"
_MANNER_BEFORE = rf"(?:(?:{'|'.join(MANNER_CUES)})\s+)?"
# cues of opinion rather than speech ("dư luận cho rằng"): they introduce a quote only for a
# named speaker and a quote shaped like a sentence (capitalised, several words)
_OPINION_CUES = frozenset({"cho rằng"})
# a cue after "trong" is a noun, and the phrase goes on to the cue after it ("nhóm nghiên cứu
# của ông Wen trong một tuyên bố cho biết")
_NOT_A_NOUN = r"(?<![Tt]rong )(?<![Tt]rong một )(?<![Tt]rong bản )(?<![Ll]à một )"
# where the words were said, closing the speaker's phrase: "Ủy ban Tổ chức Olympic 2018
# trong một tuyên bố cho biết", "người phát ngôn trong cuộc họp báo nói"
_WHERE_SAID = re.compile(
    r"\s+trong\s+(?:một\s+|bản\s+|buổi\s+)?(?:tuyên bố|thông cáo|thông báo|bài viết"
    r"|bài phát biểu|bức thư|lá thư|văn bản|email|cuộc phỏng vấn|cuộc họp báo|họp báo)"
    # lower-case words only, no owner: "đoạn trong tuyên bố của Bộ Ngoại giao Nga" is the
    # ministry's, "trong thông cáo Hãng Honda" Honda's
    r"(?!\s+của\b)(?:\s+[^\sA-ZĐ]\S*)*$"
)
# speaker, cue, then a few words up to a colon (or a comma), or nothing, right before the
# quote; an appositive may close with a comma ("Ông X - đại biểu Quốc hội, phát biểu: “...”");
# a clause opening with scare quotes ("“ông già gân” cũng không nên ... nói xấu ...:") is
# about someone's epithet, not a speaker's phrase; verbs of judging are left to the forms
# after the quote, since before it they are as often nouns ("giễu cợt những cáo buộc của Mỹ")
_SPEAKER_CUE = (
    rf"(?!\s*{SCARE_MARK})(?P<speaker>{_NOUN_CUE}[^,;:.–“”\"]{{2,200}}?),?\s+"
    rf"{_MANNER_BEFORE}{_NOT_A_NOUN}(?P<cue>{SPEECH_CUE_PATTERN})\b"
)
# the mark closing a quote that ended its sentence with no period ("... nạn nhân" Bạn X thì
# đặt ra nghi vấn: "...") opens the next speaker's phrase as a period would
_CLAUSE_OPENS = r"(?:^|[,;:.–]\s*|(?:”|(?<=\S)\")\s+)"
_BEFORE = re.compile(
    rf"{_CLAUSE_OPENS}{_SPEAKER_CUE}(?P<tail>[^:“”\",.]{{0,80}}?)(?P<colon>[:,]?)\s*$",
    re.IGNORECASE,
)
# the same with a reported clause holding commas, closed by a colon: "Ông cho biết nàng Á hậu
# là người sống tích cực, lạc quan: “...”"
_BEFORE_COLON = re.compile(
    rf"(?:^|[;:.–]\s*){_SPEAKER_CUE}(?P<tail>[^:;“”\".]{{0,160}}?)(?P<colon>:)\s*$",
    re.IGNORECASE,
)
# the words a speaker's reported clause quotes, a long way after the cue and across commas:
# "Ông Logan nói rằng động thái mới nhất của Trung Quốc sẽ “làm gia tăng căng thẳng ...”",
# "Ông Peskov khẳng định, mọi sự can thiệp ... là “không thể chấp nhận được”"
_REPORTED = re.compile(
    rf"(?:^|[,;:.–]\s*){_SPEAKER_CUE}(?P<tail>[^:;“”\".!?]{{0,200}}?)(?P<colon>)\s*$",
    re.IGNORECASE,
)
# the words a speaker calls something by, quoted in part: "Thủ tướng Na Uy Jonas Gahr Store
# gọi vụ xả súng là một “cuộc tấn công tàn nhẫn ...”", "ông Guterres, ca ngợi kết quả ... là
# “...”", "gọi đây là hành động “...”", "coi đó như “...”"; the thing called stands between verb
# and "là" (or "như"), which leaves out the names and scare quotes of "cái gọi là", "còn gọi
# là", "được coi là" and "điều mà Washington gọi là"; what a speaker describes needs no "là"
# ("ông Mnangagwa mô tả mối quan hệ của mình với ông Mugabe “...”")
_CALLING_VERBS = ("gọi", "ca ngợi", "khen ngợi", "chỉ trích", "lên án", "coi")
_DESCRIBING_VERBS = ("mô tả", "miêu tả")
_CALLED = re.compile(
    rf"(?:^|[,;:.–]\s*)(?P<speaker>[^,;:.–“”\"]{{2,200}}?),?\s+(?<![Kk]êu )"
    rf"(?P<cue>(?P<describing>{'|'.join(_DESCRIBING_VERBS)})|{'|'.join(_CALLING_VERBS)})"
    r"\s+(?P<tail>[^:;,“”\".!?]{1,80}?)"
    r"(?(describing)|\s+(?:là|như)(?:\s+(?-i:[^\sA-ZĐ“”\"])\S*){0,3}?)(?P<colon>)\s*$",
    re.IGNORECASE,
)
# “...”, ông Mustafa Qadri, tác giả báo cáo, nhận định.
_AFTER = re.compile(
    rf"^\s*[,–-]\s*(?P<speaker>{_NOUN_CUE}[^;:.“”\"]{{2,200}}?)\s+{_NOT_A_NOUN}(?P<cue>{_CUE})\b",
    re.IGNORECASE,
)
# “... - ông X nói - ...”: the speaker set between dashes inside the quote
_INSIDE = re.compile(
    rf"\s[–-]\s*(?P<speaker>{_NOUN_CUE}[^;:.“”\"–-]{{2,120}}?)\s+(?P<cue>{_CUE})\b"
    r"[^–-]{0,60}?[–-]\s"
)
# “...,” ông Sommad nói / “... .” Thu Phương chia sẻ.: the speaker after the quote with no
# mark between them, or opening the next sentence ("“...”. Bộ trưởng X cho biết tối 20-10.")
_AFTER_BARE = re.compile(
    rf"^\s*(?P<speaker>{_NOUN_CUE}[^,;:.!?“”\"]{{2,80}}?)\s+(?P<cue>{_CUE})\b"
    r"(?P<rest>[^;:“”\"]*)",
    re.IGNORECASE,
)
_MAX_BARE_SPEAKER_WORDS = 8
_MAX_MANNER_WORDS = 2
# “...” - Họa sĩ Phạm Sinh thẳng thắn.: a person signing the quote after a dash, no cue
_SIGNED = re.compile(r"^\s*[–-]\s*(?P<speaker>[^;:.“”\"]{2,120}?)\s*[.!]?\s*$")
# “...”, Michael Morell, cựu Phó giám đốc CIA.: the speaker named and described, no cue
_NAMED_AFTER = re.compile(r"^\s*,\s*(?P<speaker>[^;:.“”\"]{2,200}?)\s*[.!]?\s*$")
# “...”. Đó là chia sẻ của ông X, ...: the words just quoted, named by their speaker; also
# right after them: “...”, là nhận xét của Tổng bí thư; “...” - đây là phát biểu của ông X.
# The speaker ends where what the words were about or where they were said begins ("của một
# số đại biểu về dự án ...")
_SAYING_OF = re.compile(
    rf"^\s*[,–-]?\s*(?:(?:Đó|Đây|Đấy)\s+)?là (?:(?:lời|những|các|một)\s+)*(?P<cue>{_CUE})\s+của\s+"
    rf"(?P<speaker>[^,;:.!?“”\"]{{2,80}}?)"
    r"(?=\s+(?:về|với|trong|tại|ở|khi|dành cho)\s|[,;:.!?“”\"]|$)",
    re.IGNORECASE,
)
# what may follow such a cue when it reports the quote rather than opening a clause of its
# own ("X cho biết thêm", "X nói với phóng viên", not "X cho biết đã điều ...")
_REPORT_TAILS = frozenset(
    {"thêm", "với", "trong", "tại", "khi", "sau", "trước", "bên", "hôm", "ngày", "sáng",
     "chiều", "tối", "trưa", "lúc", "trên", "qua", "như", "vậy", "thế", "lại"}
)  # fmt: skip
# someone the outlet names by an initial only: "anh T.", "chị H."
_ADDRESS = r"(?i:ông|bà|anh|chị|cô|chú|em|cụ)"
_TITLED_INITIAL = re.compile(rf"{_ADDRESS}\s+[A-ZĐ]\.?")
# or by a title and names the scanner did not read here: "cô Kim"
_TITLED_NAME = re.compile(rf"{_ADDRESS}(?:\s+[A-ZĐ][\w-]*)+")
# a negated cue is no speech act: "những cảm xúc không thể nói thành lời"
_NEGATIONS = frozenset({"không", "chưa", "chẳng"})
# modals between a negation and its cue: "không thể nói", "không cần xác nhận", "chưa hề nói"
# (a name may end on one: "Bộ trưởng Nguyễn Văn Thể nói")
_NEGATED_MODALS = frozenset({"thể", "cần", "hề", "muốn", "dám", "thèm"})
# words opening a clause that says when, if or why something happened
_SUBORDINATORS = tuple(
    tuple(c.split()) for c in ("sau khi", "trước khi", "khi", "nếu", "để", "nhằm", "vì", "bởi vì")
)
# a clause these open is no one's: "sau khi hỏi “một số đáng kể” các nhân chứng", "Trong bài
# viết nhấn mạnh “...”"
_CONNECTIVES = (*_SUBORDINATORS, ("liên", "quan"), ("trong",), ("tại",))
# opening a sentence, what follows from the one before, with no one saying it ("Do đó, đề nghị
# Quốc hội ...: “...”"); inside one they carry on its subject ("ông Jerry Brown ..., do đó yêu
# cầu mọi người dân “...”")
_SENTENCE_CONNECTIVES = (
    *(("do", "đó"), ("vì", "vậy"), ("vì", "thế"), ("do", "vậy")),
    *(tuple(concession.split()) for concession in CONCESSIONS),
)
# "cần tuyên truyền, giải thích cho nhân dân quy định: “...”": what ought to be done, by no one
_MODALS = (("cần",), ("nên",))
_CONJUNCTIONS = frozenset({"và", "nhưng", "rồi"})
# a clause after the quote that these open sets something against it, not its speaker: "“chứng
# nhận màu tóc tự nhiên”, mặc dù một số quan chức giáo dục nói rằng ..."
_CONTRAST = re.compile(r"\s*(?:mặc dù|dù|tuy|trong khi|song|nhưng)\b", re.IGNORECASE)
# words that only carry on the predicate of the clause before their comma, naming no one:
# "Đại biểu X thì nêu ..., và đề xuất “...”", "..., đồng thời cảnh báo “...”"
_CARRYING_ON = frozenset(
    {"và", "đồng", "thời", "rồi", "đã", "cũng", "còn", "lại", "sau", "đó", "liền", "bèn",
     "thì", "tiếp", "tục", "vừa", "đang", "mới", "từ", "ngoài", "ra", "do", "vì", "vậy", "thế"}
)  # fmt: skip
# sentences back to the last quote within which a sentence opening with such words ("Từ đó
# bày tỏ quan điểm: “...”") goes on with its speaker
_CARRIED_SENTENCES = 2
# what may stand between two quotes of one list
_LIST_JOINS = frozenset({"", "và", "hay", "hoặc"})
# words that link a cue to a subject named earlier in the sentence, naming no one themselves
_LINKING_WORDS = _CARRYING_ON | frozenset(
    {"tuy", "nhiên", "song", "với", "theo", "cũng", "như", "chỉ", "vẫn", "thế", "mà", "nên",
     "đều", "luôn", "thường", "nhưng", "đây", "đó", "do", "vậy", "mặc", "dù", "nhiều", "lần"}
)  # fmt: skip
# "Theo Osorio Chong, ... “...”": the sentence reports what the named source said
_ACCORDING = re.compile(
    r"^\s*(?:(?:Bởi|Vì|Nhưng|Song|Còn)\s+)?[Tt]heo\s+(?P<speaker>[^,;:“”\"]{2,80})[,:]"
)
# "Cũng theo người đứng đầu ngành: “...”": "also according to" the source quoted before
_ALSO_ACCORDING = re.compile(r"\b[Cc]ũng theo\s+(?P<speaker>[^,;:.“”\"]{2,80})[,:]\s*$")
# "Ông VÕ TRỌNG NAM – Phó GĐ Sở ...: “...”": a name introducing the quote with a colon
_INTRO = re.compile(r"(?P<speaker>[^;.“”\"]{2,200}):\s*$")
# words allowed between a cue and the quote without a colon ("ông thầy cũ của mình “...”")
_MAX_TAIL_WORDS = 6
# a quote this short must close its clause to be speech, not a name or scare quotes
_MIN_INLINE_WORDS = 4
_MIN_UNCUED_WORDS = 6
# words a reported clause after a comma must name its speaker in
_OPENING_SPEAKER_WORDS = 4
# words before "hỏi" that make it a question put to someone, not their words
_ASKED = ("câu", "được", "bị")
# cues by which an outlet relays someone else's words: the speaker comes after them
_RELAYING_CUES = frozenset({"dẫn lời", "dẫn lại lời", "trích lời"})
_MANNERS = frozenset(MANNER_CUES)
# "KCNA dẫn tuyên bố của phát ngôn viên ...": a cue made the noun an outlet relays
_RELAYING_VERBS = frozenset({"dẫn", "trích", "đăng"})
# what joins the statement to whose it is: "của", "từ", or nothing before a name ("Reuters
# dẫn tuyên bố Bộ An ninh nội địa Mỹ"); "mới nhất" or "chi tiết" may come first ("Đài CNN
# dẫn phân tích chi tiết của chuyên gia Jeffrey Lewis")
_OF = re.compile(r"\s*(?:mới nhất\s+|mới\s+|chi tiết\s+)?(?P<of>(?:của|từ)\s+)?")
# an outlet citing words or a source ("dẫn", "trích lại")
_CITES = r"(?:dẫn|trích)(?:\s+lại)?\s+"
# an outlet relaying a statement inside the speaker's phrase: "Tân Hoa xã dẫn thông cáo Bộ
# Thương mại Trung Quốc nhấn mạnh" is the ministry speaking, "CNN dẫn thông tin từ người phát
# ngôn Huawei cho biết" the spokesman (information or a source only with "của" or "từ":
# "dẫn nguồn tin giấu tên" names no one), "Yonhap dẫn lời một quan chức ... tiết lộ" the
# official, "Yonhap dẫn nguồn văn phòng Tổng thống Hàn Quốc cho hay" the office
_RELAYED_STATEMENT = re.compile(
    rf"\b{_CITES}(?:một\s+)?"
    r"(?:(?:thông cáo|tuyên bố|thông báo|báo cáo|phát biểu|lời)\s+(?:(?:của|từ)\s+)?"
    r"|(?:thông tin|nguồn tin)\s+(?:của|từ)\s+|nguồn\s+(?:từ\s+)?(?!(?:thạo\s+)?tin\b))"
    r"(?P<source>\S.*)$",
    re.IGNORECASE,
)
# "SANA dẫn một nguồn tin cho biết": a source no one names, for which the outlet speaks (not
# "viện dẫn các nguồn tin Chính phủ Mỹ", which cites them)
_UNNAMED_SOURCE = re.compile(
    rf"(?<!\bviện)\s{_CITES}(?:một\s+|các\s+)?nguồn\s+(?:thạo\s+)?tin\b",
    re.IGNORECASE,
)
# where the relayed speaker's name ends: at their own cue, or at when or where they spoke
# ("dẫn lời ông Trump tuyên bố sau cuộc gặp với Thủ tướng Shinzo Abe" is Trump's, "trích lời
# ông Putin trong một cuộc họp với ... Sergei Lavrov" Putin's; "trong" and "tại" may still
# describe them: "một quan chức làm việc trong chính quyền Seoul")
_RELAYED_END = re.compile(
    rf"\s+(?:{_CUE}|sau|khi|bên lề|hôm|ngày|sáng|chiều|tối|trưa|lúc"
    r"|trong\s+(?:một\s+)?(?:cuộc|buổi|phiên|hội nghị))\b.*$",
    re.IGNORECASE | re.DOTALL,
)
# “...”, theo nhận định của giáo sư X: "according to" the source named after the quote
_AFTER_ACCORDING = re.compile(
    rf"^\s*[,–-]\s*theo\s+(?:(?:lời|ý kiến|{_CUE})\s+(?:của\s+)?)?(?P<speaker>[^;:.“”\"]{{2,120}})",
    re.IGNORECASE,
)


def _closes_clause(after: str) -> bool:
    return not after.strip() or after.lstrip()[0] in ".,;!?…)"


def _mask(text: str) -> str:
    """Abbreviation dots masked, and parentheses blanked (same length) so that the speaker's
    phrase runs across them: "Bà Nguyễn Thị Lan (ngụ quận Long Biên, Hà Nội) cho biết"."""
    text = _ABBREVIATION_DOT.sub(lambda m: m.group(1)[:-1] + _MASK, text)
    return _PARENTHESIS.sub(lambda m: " " * len(m.group()), text)


def _bare_attribution(after: str) -> re.Match[str] | None:
    """A speaker and cue right after a quote with no mark between them, the cue closing
    its clause ("ông Sommad nói với các phóng viên."), or None."""
    found = _AFTER_BARE.search(after)
    if found is None or len(found["speaker"].split()) > _MAX_BARE_SPEAKER_WORDS:
        return None
    rest = found["rest"].strip()
    if not rest and after[found.end() :].lstrip()[:1] in (":", "“", '"'):
        return None  # "Bà nói: “...”": the cue brings in words of its own
    if not rest or rest[0] in ",." or fold(rest).split()[0].strip(",.") in _REPORT_TAILS:
        return found
    if found["cue"].lower() in _RELAYING_CUES:
        return found  # "“...,” BBC dẫn lời Lubomirski.": the words relayed are the quote's
    return None


def _speaks(phrase: str, sentence: int, mentions: Sequence[Mention]) -> bool:
    """The phrase before a cue names someone who can speak: a person, an organisation, a
    pronoun or a role."""
    return (
        bool(speaker_name(phrase, sentence, mentions))
        or is_anaphor(phrase)
        or is_role(phrase)
        or _TITLED_INITIAL.fullmatch(phrase.strip()) is not None
    )


def _signer(text: str, sentence: int, mentions: Sequence[Mention]) -> str | None:
    """The person signing a quote after a dash with no cue ("- Họa sĩ Phạm Sinh."), or None."""
    signed = _SIGNED.match(text)
    return (
        speaker_name(signed["speaker"].replace(_MASK, "."), sentence, mentions) if signed else None
    )


def _named_after(
    text: str, body: str, sentence: int, mentions: Sequence[Mention]
) -> tuple[str, str] | None:
    """(speaker, cue) of the person named right after the quote's comma, then described, with
    no cue ("“...”, Michael Morell, cựu Phó giám đốc CIA, người ủng hộ ... Hillary Clinton."),
    or closing the sentence with a word or two on how they said it that no list of cues can
    hold ("“...”, ông Pompeo mỉa mai.", "“...”, Moyes gay gắt."), or None."""
    named = _NAMED_AFTER.match(text)
    if named is None:
        return None
    first = named["speaker"].replace(_MASK, ".").split(",")[0]
    people = people_in(first, sentence, mentions)
    if len(first.split()) > _MAX_BARE_SPEAKER_WORDS or not people:
        return None
    said = min(people, key=lambda m: first.find(m.text))
    title = first[: first.find(said.text)].strip()
    how = first[first.find(said.text) + len(said.text) :].split()
    # the segment is the name and its title, not a clause ("trong khi ông X đi về"), unless
    # the name closes a whole sentence of words with its manner of saying them
    manner = (
        "," not in named["speaker"]
        and 0 < len(how) <= _MAX_MANNER_WORDS
        and all(word.isalpha() and word.islower() for word in how)
        and _sentence_shaped(body)
    )
    if (how and not manner) or (title and fold(title) not in PRONOUN_TITLES and not is_role(title)):
        return None
    return said.canonical or said.text, " ".join(how)


_OWNED_TAIL = re.compile(r"\s*(?:lời\s+)?của\b")


def _owner(found: re.Match[str]) -> str | None:
    """Whose words a cue that is a noun names, up to a colon ("bình luận của dân mạng:
    “...”"), or whose words a cue retells ("thuật lại lời của Siti sau khi ...:"), or None."""
    said_of = (
        found.re in (_BEFORE, _BEFORE_COLON)
        and found["colon"] == ":"
        and _OWNED_TAIL.match(fold(found["tail"])) is not None
    )
    return owner_of_words(f"{found['cue']}{found['tail']}") if said_of else None


# words that make the cue after them a noun: "dựa vào tuyên bố", "với lời kêu gọi"
_NOUN_MAKERS = frozenset({"vào", "với", "theo", "những", "các", "lời", "bản", "một", "về", "bằng"})
# whose words a cue right before the quote names after it: "tuyên bố “...” của ông X"
_OWNER_AFTER = re.compile(r"\s*của\s+(?P<owner>[^,.;:“”\"]+)")


def _owner_after(found: re.Match[str], after: str) -> str | None:
    """Whose words a cue right before the quote, made a noun by the word before it, names
    after it ("dựa vào tuyên bố “...” của Tổng thống Mỹ Donald Trump"; not "nhấn mạnh “sự an
    toàn cơ bản” của 737 MAX", the quoted words' own "của"), or None."""
    before_cue = fold(found.string[: found.start("cue")]).split()[-1:]
    noun = (
        found.re is _BEFORE
        and not found["tail"].strip()
        and not found["colon"]
        and bool(before_cue)
        and before_cue[0] in _NOUN_MAKERS
    )
    owned = _OWNER_AFTER.match(after) if noun else None
    return owned["owner"].replace(_MASK, ".").strip() if owned else None


def _judges(found: re.Match[str], sentence: int, mentions: Sequence[Mention]) -> bool:
    """The words before a verb of judging name who judges: not a clause, nor someone judged
    ("bị chỉ trích")."""
    phrase = found["speaker"].replace(_MASK, ".").strip()
    if _passive(phrase):
        return False
    return _speaks(phrase, sentence, mentions) or bool(_TITLED_NAME.fullmatch(phrase))


def _past_glued_caption(phrase: str) -> str:
    """The speaker's phrase after a photo caption the page glued to it: "Cá voi đã bị phân
    hủy phần đầu và đuôi Một ngư dân tại vùng biển này" is the fisherman ("Một" opens a
    sentence, never a name)."""
    words = phrase.split()
    glued = [k for k in range(1, len(words)) if words[k] == "Một" and words[k - 1][:1].islower()]
    return " ".join(words[glued[-1] :]) if glued else phrase


def _passive(phrase: str) -> bool:
    """The cue after the phrase is said of its subject, not by it: "bị chỉ trích", "từng được
    đánh giá là", "đã được đề cập và phân tích"."""
    words = fold(phrase).split()
    if words[-1:] == ["và"]:
        # "đã được đề cập và phân tích": the second verb is passive as the first
        return bool({"bị", "được"} & set(words[-4:-1]))
    return words[-1:] in (["bị"], ["được"])


# things with words on them: "các khẩu hiệu viết “Tự do cho các tù nhân chính trị”"
_INSCRIBED = phrases("khẩu hiệu", "biểu ngữ", "băng rôn", "tấm biển", "dòng chữ")


def _inscribed(phrase: str) -> bool:
    words = tuple(fold(phrase).split())
    return any(words[-k:] in _INSCRIBED for k in (1, 2) if len(words) >= k)


def _negated(phrase: str) -> bool:
    """ "không nói", and with a modal between: "không cần xác nhận", "chưa hề nói"."""
    words = fold(phrase).split()
    if words[-1:] and words[-1] in _NEGATED_MODALS:
        words = words[:-1]
    return bool(words) and words[-1] in _NEGATIONS


def _no_speaker(phrase: str, sentence: int, mentions: Sequence[Mention]) -> bool:
    """The words before a cue name no one: a negated or passive cue ("không thể nói"), or a clause
    opening with a connective, without a capitalised word or a role ("sau khi hỏi “...”",
    "“...” - liên quan tới thông tin ...")."""
    if _negated(phrase) or _inscribed(phrase):
        return True
    if _passive(phrase) and not people_in(phrase, sentence, mentions):
        return True  # "không nên bị đánh giá thấp" is no one judging ("ông X khi được hỏi" is X)
    words = fold(phrase).split()
    # "khi Đăng đang giải thích"; the capital opening a sentence names no one ("Khi hỏi")
    named = any(word[:1].isupper() for word in phrase.split()[1:])
    if words[-2:] == ["mà", "khi"] and not named:
        return True  # "Những giọt nước mắt mà khi viết “ký sự pháp đình”": when, and no one
    while words and words[0] in _CONJUNCTIONS:
        words = words[1:]
    opening = phrase.lstrip()[:1].isupper() and _opens_with(words, _SENTENCE_CONNECTIVES)
    opens = _opens_with(words, _CONNECTIVES) or _opens_with(words, _MODALS) or opening
    if not opens or named:
        return False
    phrase = phrase.replace(_MASK, ".")
    # "Mặc dù ông nói": who speaks after the link
    return not any(_speaks(p, sentence, mentions) for p in (phrase, without_sentence_link(phrase)))


def _opens_with(words: Sequence[str], openers: Sequence[tuple[str, ...]]) -> bool:
    return any(tuple(words[: len(opener)]) == opener for opener in openers)


def _subordinate(phrase: str) -> bool:
    """A clause after the quote that a subordinator opens without a comma says when or why
    something else happened and names no speaker: "“... ngồi tù thật sự”, sau khi các công tố
    viên cáo buộc ông Trump ..." ("“...”, khi được hỏi, ông X nói" names X after its
    comma)."""
    return "," not in phrase and _opens_with(fold(phrase).split(), _SUBORDINATORS)


def _sentence_shaped(body: str) -> bool:
    return body[:1].isupper() and len(body.split()) >= _MIN_UNCUED_WORDS


def _attribute(
    quote: tuple[str, str, str],
    sentences: tuple[int, int],
    mentions: Sequence[Mention],
    spoken: Sequence[str],
    texts: Mapping[int, str],
    quoted_until: int = -2,
) -> tuple[str, str] | None:
    """(speaker, cue) of a quote given as (text before, body, text after) and the sentences
    it opens and closes in, or None when it is not speech. ``spoken``: the speakers of the
    quotes before, in order, the last closing in sentence ``quoted_until``."""
    last = spoken[-1] if spoken else None
    # once the text has moved on from the last quote, the person the sentence before has
    # saying something is whom a bare description stands for, and a pronoun may stand for the
    # person it opens with too
    # looked up only on the paths that need them: most quotes name their speaker
    moved_on = sentences[0] - quoted_until > 1

    def reporter() -> str | None:
        return _reporter(sentences[0], texts, mentions) if moved_on else None

    def fresh(pronoun: str) -> str | None:
        address = next((word for word in fold(pronoun).split() if word in PRONOUN_TITLES), "")
        subject = subject_before(sentences[0], mentions, texts, address) if moved_on else None
        return subject or reporter()

    before, body, after = _mask(quote[0]), quote[1], _mask(quote[2])
    short = len(body.split()) < _MIN_INLINE_WORDS
    if (
        (short and (body[:1].islower() or not _closes_clause(after)))
        or names_a_title(before)
        or names_a_topic(before, body)
    ):
        return None
    if len(body.split()) < MIN_SPEECH_WORDS or is_name(body) or body.lstrip()[:1] in ",;:":
        return None  # a comma opening it: the words between two quotes, paired the wrong way
    found = _BEFORE.search(before) or _BEFORE_COLON.search(before)
    if found and found.re is _BEFORE_COLON:
        # not "Hai người nói qua lại, cho đến khi Khoa nổi điên lên vì tin nhắn: “...”", nor
        # "Sẽ không có gì đáng nói, nếu ...: “...”"
        later = found["tail"].partition(",")[2].replace(_MASK, ".")
        speaker = without_manner(found["speaker"].replace(_MASK, "."))  # "ông cũng bày tỏ"
        if people_in(later, sentences[0], mentions) or not _speaks(speaker, sentences[0], mentions):
            found = None
    if found and names_the_words(found["speaker"]) and _owner(found) is None:
        # "với dòng bình luận “...”", but "như câu trả lời của nữ MC:" is hers, and "ông Trump
        # tung với tuyên bố “...”" his
        with_person = fold(found["speaker"]).endswith(" với") and people_in(
            found["speaker"].replace(_MASK, "."), sentences[0], mentions
        )
        found = found if with_person else None
    if found and found["colon"] == "," and found["tail"].strip():
        found = None  # "Theo lời kể của chị Lan, “...”": the cue is a noun's; see _ACCORDING
    if found and found["cue"].lower() in _RELAYING_CUES and found["tail"].split():
        # "Tân Hoa Xã dẫn lời Sam Rainsy - chủ tịch đảng CNPR nhấn mạnh “...”": the relayed
        # speaker's own cue follows; read the words after the relaying cue again
        relayed = _BEFORE.search(before[found.start("tail") :])
        if relayed:
            before, found = relayed.string, relayed
    carried_on = False  # the outer speaker's clause runs on to a second cue of theirs
    if found and _CUE_WORD.search(found["tail"]):
        # "tổng thống Hàn Quốc cho biết giáo hoàng nói với ông rằng “...”": the words are
        # those of the speaker of the cue nearest the quote; "Ngoại trưởng Mike Pompeo trả
        # lời phỏng vấn Đài Fox News về việc này xác nhận “...”" names no one new, nor does
        # "ông Trump viết trên Twitter cho biết “...”", where he wrote: his clause runs on
        inner = _BEFORE.search(before[found.start("tail") :])
        where = inner is not None and fold(inner["speaker"]).split()[:1] == ["trên"]
        carried_on = where
        if inner and not names_the_words(inner["speaker"]) and not where:
            phrase = inner["speaker"].replace(_MASK, ".")
            if _speaks(phrase, sentences[0], mentions):
                before, found = inner.string, inner
            else:
                speaker = found["speaker"].replace(_MASK, ".")
                carried_on = (
                    not people_in(phrase, sentences[0], mentions)
                    and not _passive(speaker)
                    and _speaks(speaker, sentences[0], mentions)
                )
    if found and found["cue"].lower() == "hỏi" and fold(found["speaker"]).endswith(_ASKED):
        # "trước câu hỏi “...”", "Khi được hỏi: “...”": a question put, not someone asking
        found = None
    if found and not found["colon"] and found["tail"].split():
        # words between cue and quote: a long clause, or a short lower-case fragment quoted
        # inside reported speech ("khẳng định X sẽ “cảm thấy an toàn”"), is not a direct quote;
        # nor is a clause a manner cue would report ("các lý do khiến người nhà bệnh nhân bức
        # xúc đều thuộc “...”")
        # a quote right after "rằng" is the reported clause itself ("nói với ông rằng
        # “chắc chắn sẽ đáp lại”")
        closing = fold(found["tail"].split()[-1])
        fragment = (
            body[:1].islower()
            and closing != "rằng"
            and (len(body.split()) < _MIN_UNCUED_WORDS or closing in _PHRASE_OPENERS)
        )
        too_long = len(found["tail"].split()) > _MAX_TAIL_WORDS and not carried_on
        if too_long or fragment or found["cue"].lower() in _MANNERS:
            found = None
    if found is None and len(body.split()) >= _MIN_UNCUED_WORDS:
        found = _reported(before, sentences[0], mentions)
        quoted_before = [m.end() for m in QUOTE_PAIR.finditer(before)] if found is None else []
        since_quote = before[quoted_before[-1] :] if quoted_before else ""
        if since_quote and (
            fold(since_quote).rstrip().endswith("rằng") or _CUE_WORD.search(since_quote)
        ):
            # "Ông Trump cho biết ... đã thực hiện 2 “cuộc gọi rất tốt đẹp” và rằng “...”", "Ông
            # Macron chỉ trích “...” của ..., cho rằng ... nhưng “...”": the clause goes on past
            # the words it quoted before, once a cue has opened it again (not "về hành vi “mua
            # bán trái phép chất ma tuý” và “...”", a second charge)
            unquoted = QUOTE_PAIR.sub(lambda m: "…" * len(m.group()), before)
            if found := _reported(unquoted, sentences[0], mentions):
                before = unquoted
    according = _AFTER_ACCORDING.match(after) if found is None else None
    source = according["speaker"].replace(_MASK, ".") if according else ""
    # a person or a role; "“...”, theo VnExpress" names the outlet that relays the words
    if source and (people_in(source, sentences[1], mentions) or is_role(source)):
        return resolve_speaker(source, sentences[1], mentions, last, texts), ""
    after_cue = (_SAYING_OF.match(after) or _AFTER.search(after)) if found is None else None
    if found is None and after_cue is None:
        bare = _bare_attribution(after)
        if bare and _speaks(bare["speaker"].replace(_MASK, "."), sentences[1], mentions):
            after_cue = bare
    # "công ty không cần xác nhận ...: “...”": the colon introduces no one's words either
    denied = found is not None and _negated(found["speaker"])
    if found and _no_speaker(found["speaker"], sentences[0], mentions):
        found = None
    if after_cue and (
        _no_speaker(after_cue["speaker"], sentences[1], mentions)
        or _CONTRAST.match(after_cue["speaker"])
        or _subordinate(after_cue["speaker"])
        or names_the_words(after_cue["speaker"])
    ):
        after_cue = None
    found = found or after_cue or _INSIDE.search(_mask(body))
    # a speaker named after the quote is in the sentence where the quote closes
    sentence = sentences[1] if after_cue else sentences[0]
    if found and found["cue"].lower() in JUDGING_CUES and not _judges(found, sentence, mentions):
        found = None  # "Trước đó tuy bị chỉ trích", "đã đưa ra kết luận"
    if found:
        phrase, cue = found["speaker"].strip(), found["cue"].lower()
        leading = found.string[: found.start("speaker")]
        placed = leading.rstrip()
        if only_a_place(phrase, sentence, mentions) and not people_in(placed, sentence, mentions):
            # "một lãnh đạo Công an thị xã Thuận An, tỉnh Bình Dương cho biết": the body the
            # place is of (after a person, the address is theirs: "chị Minh Hoàng, phụ huynh
            # Trường tiểu học Hà Huy Tập, quận Bình Thạnh, nói")
            before, _, body_clause = placed.rstrip(",").rpartition(",")
            body_clause = body_clause.strip()
            quoted = set('“”"') & set(body_clause)
            if placed.endswith(",") and len(body_clause.split()) > 1 and not quoted:
                # "Bao Gang United Steel, Công ty thép có trụ sở tại ..., Bắc Trung Quốc,":
                # the name a description of the body is set off after
                bodies = names_in(sentence, mentions, "ORG", "MISC")
                name = max(
                    (b for b in bodies if before.rstrip().endswith(b)), key=len, default=None
                )
                phrase = name if name and opens_with_body(body_clause) else body_clause
        if relayed_speaker := _relayed(found, cue, after if after_cue else ""):
            phrase = relayed_speaker
        if owner := _owner(found):
            phrase = owner  # "Wikitree trích đăng bình luận của dân mạng: “...”"
        elif (owner := _owner_after(found, after)) and speaker_name(owner, sentence, mentions):
            phrase = owner  # "dựa vào tuyên bố “...” của Tổng thống Mỹ Donald Trump"
        elif owner := statement_owner(phrase.replace(_MASK, ".")):
            phrase = owner
        phrase = _past_glued_caption(without_manner(phrase.replace(_MASK, ".").strip()))
        phrase = _WHERE_SAID.sub("", phrase)
        carried = bool(phrase) and all(w in _CARRYING_ON for w in fold(phrase).split())
        if found is after_cue and carried:
            # "Bộ Ngoại giao Iraq hối thúc “...”, đồng thời kêu gọi": who opened the sentence
            opening = opening_mention(sentence, mentions, texts, "PER", "ORG")
            phrase = opening.text if opening else phrase
        set_off = "," in found.string[found.end("speaker") : found.start("cue")]
        went_on = set_off and (_ENDS_ON_CUE.search(phrase) or found.re is _CALLED)
        if fold(phrase).endswith(" và") or went_on:
            # "luật sư X ca ngợi phán quyết của tòa và nhấn mạnh", "UBND tỉnh chỉ đạo, yêu
            # cầu", "Uỷ ban ... cho rằng ..., gọi anh này là": who did the first thing
            phrase = next(
                (
                    phrase[: cue_word.start()].strip()
                    for cue_word in _ANY_CUE_WORD.finditer(phrase)
                    if _speaks(phrase[: cue_word.start()], sentence, mentions)
                ),
                phrase,
            )
        phrase = without_interview_setting(without_sentence_link(phrase))
        phrase = past_contrast(
            linked_subject(phrase, sentence, mentions)
            or clause_head(phrase, sentence, mentions)
            or phrase
        )
        setting, _, person = phrase.rpartition(",")
        if (
            setting
            and _TITLED_NAME.fullmatch(person.strip())
            and not people_in(setting, sentence, mentions)
        ):
            phrase = person.strip()  # "nhìn lồng cá, ông Lục ngậm ngùi nói": what he did first
        if set_off:
            # "ông McCain hối thúc ... bỏ phiếu chống với bà Haspel, cho rằng": a cue set off
            # by a comma goes on with the clause's subject
            named_in = people_in(phrase, sentence, mentions)
            if len(named_in) > 1 and (opening := subject_at(phrase, 0, named_in)):
                phrase = opening.text
            elif not named_in and (pronoun := pronoun_subject(phrase)):
                phrase = pronoun  # "Ông dẫn lại câu thành ngữ nổi tiếng, nói rằng"
        if _carries_on(found, leading, phrase):
            # the clause's subject speaks: the speaker of a quote earlier in the sentence (or,
            # for a sentence opening so, just before), or the person the sentence opens with
            # ("Ông Tony Montalto, người có con gái ..., đã lên tiếng hoan nghênh ...: “...”")
            since = sentences[0] - quoted_until
            if last and (since == 0 or (not leading.strip() and since <= _CARRIED_SENTENCES)):
                return last, cue
            people = [m for m in mentions if m.sentence == sentence and m.type == "PER"]
            if opening := subject_at(leading, 0, people):
                return opening.canonical or opening.text, cue
        # after the quote, the sentence's subject is before it: "X dù chỉ trích đó là “...”,
        # song vẫn khẳng định"
        subject_clause = leading if found.string is not after else before
        linking = _says_nothing(phrase)
        subject = linking and _clause_opener(subject_clause, sentence, mentions)
        if subject:
            # "Ông thị trưởng ... cho biết ..., tuy nhiên khẳng định “...”", "anh X, chủ khách
            # sạn, chỉ nói gọn:": the words before the cue only link it to the clause's subject
            return resolve_speaker(subject, sentence, mentions, last, texts), cue
        if linking and (pair := _joint_subject(subject_clause, sentence, mentions)):
            return pair, cue  # "Ông Trump và ông Kim, trong tuyên bố chung ..., đã cam kết"
        if linking and (head := _unnamed_opener(subject_clause)):
            # "Bài báo cũng báo trước rằng “...”, và quả quyết rằng “...”": what opens the
            # clause, named by no name
            return resolve_speaker(head, sentence, mentions, last, texts), cue
        if not phrase:
            # only a parenthesis or a date stood before the cue ("..., (Hà Nội) cho hay"):
            # the person the words before it set a role after ("Ông Serhiy Leshchenko, cố vấn
            # của Chánh văn phòng Tổng thống Volodymyr Zelenskiy, ngày 22/7 cho biết"), else
            # the person the sentence names last, if any
            head = found.string[: found.start("speaker")].rstrip(" ,").replace(_MASK, ".")
            apposed = appositive_head(head, sentence, mentions) if found.string == before else None
            named = apposed or last_person(sentence, mentions, window=0)
            return (named, cue) if named else None
        # "Adam Sandler, người đóng vai cha của Cameron Boyce ..., viết": whom the clause
        # names is not who speaks, nor is whom "Newt Gingrich, một cố vấn của ông Trump ...,
        # đánh giá" names
        aide = serves_someone(phrase)
        if found.string == before and (
            not people_in(phrase, sentence, mentions)
            or describes_someone(phrase)
            or opens_with_kin(phrase)
            or without_indefinite(phrase) != phrase
            or aide
        ):
            head = before[: found.end("speaker")].replace(_MASK, ".")
            apposed = appositive_head(head, sentence, mentions)
            predicated = is_predicate(phrase)
            # a body described in lower case speaks too: "Phản ứng lại những dòng tweet của
            # ông Trump, văn phòng thủ tướng Canada cho biết"
            speaks = _speaks(phrase, sentence, mentions) or opens_with_body(phrase)
            describing = predicated or not speaks or aide
            if apposed is None and "," in head and describing:
                # "Ông X, chủ tịch hội đồng ..., thảng thốt nói": how, not who; "Nhà khoa học
                # Tasuko Honjo, đoạt giải Nobel ..., đánh giá": what he did, not who; "GS
                # Jonathan Payne từ ĐH Stanford (Mỹ), cũng là trưởng nhóm nghiên cứu chia sẻ"
                earlier = head[: head.rfind(",")]
                apposed = appositive_head(earlier, sentence, mentions)
                addressed = _ends_address(earlier, phrase, sentence, mentions)
                if apposed is None and (predicated or addressed):
                    apposed = predicated_person(earlier, sentence, mentions)
                predicate = phrase[:1].islower() and fold(phrase).split()[0] not in PRONOUN_TITLES
                if apposed is None and predicate:
                    # the person the clause ends on, else the one it opens with ("Chị Trần
                    # Nguyệt Hoa bán gà, ngan, vịt tại chợ Cầu Giấy nuối tiếc nói")
                    named_last = people_in(earlier, sentence, mentions)
                    ending = [m.text for m in named_last if earlier.rstrip().endswith(m.text)]
                    opening = subject_at(earlier, 0, named_last)
                    if opening and len(earlier[: earlier.find(opening.text)].split()) > len(
                        (opening.title or "").split()
                    ):
                        opening = None  # "Vì nếu Joo Hyuk ..., thì công ty": another clause
                    apposed = ending[0] if ending else opening.text if opening else None
                if apposed is None and predicate and fold(phrase).split()[0] in ("được", "bị"):
                    # "Đơn kháng cáo, được đệ trình vào ngày 8-7, kêu gọi": what was filed
                    subject = earlier.rsplit(",", 1)[-1].strip()
                    short = 1 < len(subject.split()) <= _MAX_BARE_SPEAKER_WORDS
                    apposed = subject if short else None
                # "AFP dẫn lời cảnh sát trưởng Kristen Ziman tại thành phố Aurora, ..., vùng
                # ngoại ô ..., cho biết": whom the outlet relays
                apposed = apposed or _relayed_person(earlier, sentence, mentions)
            phrase = apposed or phrase
        named = speaker_name(phrase, sentence, mentions)
        # an opinion is quoted when a named speaker, a role ("Bộ trưởng Tài chính Mỹ cũng cho
        # rằng ...") or a pronoun standing for one ("Ông cho rằng") holds it in several words
        holder = named or is_role(phrase) or is_anaphor(phrase)
        if cue in _OPINION_CUES and not (holder and len(body.split()) >= _MIN_UNCUED_WORDS):
            return None
        if (is_anaphor(phrase) or names_a_kind(phrase)) and not named:
            if organisation := organisation_meant(phrase, sentence, mentions, texts):
                return organisation, cue
            described = office_holder(
                phrase,
                sentence,
                mentions,
                body_representative(phrase, sentence, mentions, texts)
                or latest_holder(phrase, sentence, spoken, texts)
                or recent_unnamed(sentences[0], mentions, texts)
                or fresh(phrase)
                or last,
            )
            return referent(phrase, sentence, mentions, described, texts, sentences[0]), cue
        # a description naming an organisation or a place ("nhà sáng lập Amazon") is someone
        # the text brought in that way, not whoever it just introduced otherwise; a former
        # post ("cựu tiền đạo CLB Dortmund") is said of someone the reader knows already
        qualified = fold(phrase).split()[:1] != ["cựu"] and any(
            m.sentence == sentence and m.type in ("ORG", "LOC") and m.text in phrase
            for m in mentions
        )
        if is_manner(phrase):
            # how, and no one: "“...”, vừa kể hai hàng nước mắt chị vừa rơi" goes on in the
            # words of whom the text was about; "..., tiếp tục khẳng định thương hiệu “Đệ nhất
            # danh Trà”" quotes a name, no one's words
            about = (reporter() or last) if len(body.split()) >= _MIN_UNCUED_WORDS else None
            return (about, cue) if about else None
        topic = (not qualified and reporter()) or last
        if phrase.strip() in spoken and topic not in spoken and is_role(phrase):
            # "lãnh đạo khoa ... nói" again: whom it named before, not "bác sĩ C.", whom the
            # sentence before has "nói" but no one has quoted
            return phrase.strip(), cue
        return resolve_speaker(phrase, sentence, mentions, topic, texts), cue
    if body[:1].islower() and len(body.split()) < _MIN_UNCUED_WORDS:
        return None  # a term quoted inside reported speech ("Theo ông X, ... “bóc lột”")
    if said_by := _signer(after, sentences[1], mentions):
        return said_by, ""
    if named_after := _named_after(after, body, sentences[1], mentions):
        return named_after
    if also := _ALSO_ACCORDING.search(before):
        # "Cũng theo ông Dũng, “...”" is his; "cũng theo" a role or a pronoun, the source
        # quoted before
        phrase = also["speaker"].replace(_MASK, ".")
        by_role = is_role(phrase) or is_anaphor(phrase)
        if named := speaker_name(phrase, sentence, mentions) or (last if by_role else None):
            return named, ""
    for pattern in (_ACCORDING,) if denied else (_ACCORDING, _INTRO):
        intro = pattern.search(before)
        if intro is None:
            continue
        phrase = intro["speaker"].replace(_MASK, ".")
        owner = owner_of_words(phrase) if pattern is _INTRO else None
        if owner and (said_by := speaker_name(owner, sentence, mentions)):
            return said_by, ""
        if pattern is _INTRO and _sentence_shaped(body):
            # "... bị cáo Đoàn Thị Hương đã bật khóc trước tòa. Cô thổn thức trước báo giới:
            # “...”": a pronoun may stand for the person the sentence before opens with
            clause = phrase.rsplit(",", 1)[-1].split()
            opener = " ".join(clause[:1]) if clause and is_anaphor(clause[0]) else ""
            subject = clause_subject(
                phrase, sentence, mentions, (opener and fresh(opener)) or last, texts
            )
            if subject:
                return subject, ""
        # "Reuters trích lời ông Putin trong cuộc họp với ... Sergei Lavrov:": whom the outlet
        # relays; "Theo đại diện Sở Y tế, “...”": the body whoever speaks for it speaks for
        relayed_name = _relayed_person(phrase, sentence, mentions) if pattern is _INTRO else None
        name = (
            (relayed_name and speaker_name(relayed_name, sentence, mentions))
            or speaker_name(phrase, sentence, mentions)
            or (closing_organisation(phrase, sentence, mentions) if pattern is _ACCORDING else None)
        )
        if name:
            return name, ""
        if pattern is _ACCORDING and is_anaphor(phrase):  # "Theo ông, ...: “...”"
            return referent(phrase, sentence, mentions, fresh(phrase) or last, texts), ""
        if pattern is _ACCORDING and is_role(phrase):  # "Bởi theo Thủ tướng: “...”"
            # a role not met before is no one quoted before
            return resolve_speaker(phrase, sentence, mentions, None, texts), ""
    return None


def _reported(before: str, sentence: int, mentions: Sequence[Mention]) -> re.Match[str] | None:
    """A speaker's reported clause the quote stands in, however far from the cue: what a
    named speaker says is quoted in part ("nói rằng ... sẽ “...”", "gọi X là “...”"), where a
    bare clause with scare quotes names no one who speaks."""
    called = _CALLED.search(before)
    if called and (found := _reporting(called, before, sentence, mentions)):
        return found
    found = _REPORTED.search(before)
    if found is None or _CUE_WORD.search(found["tail"]) or found["cue"].lower() in _MANNERS:
        return None
    return _reporting(found, before, sentence, mentions)


def _reporting(
    found: re.Match[str], before: str, sentence: int, mentions: Sequence[Mention]
) -> re.Match[str] | None:
    """``found`` when the phrase before its cue names who speaks, else None."""
    phrase = found["speaker"].replace(_MASK, ".")
    if _passive(phrase) or names_the_words(phrase):
        return None
    # after a comma, the speaker named before it in apposition: "Ông Serhiy Leshchenko, cố
    # vấn của ..., ngày 22/7 cho biết, Ukraine sẽ ... “gây ra nhiều tổn thất cho phía Nga”"
    head = before[: found.end("speaker")].replace(_MASK, ".")
    if appositive_head(head, sentence, mentions):
        return found
    # or a clause after a comma that opens with who speaks ("Trả lời phỏng vấn, ông Najib nói
    # rằng"), not one that ends with them ("trang 38north, ..., đã công bố ... và dẫn kết luận
    # từ 3 chuyên gia cho rằng")
    after_comma = found.start() > 0 and before[found.start()] == ","
    if not _speaks(phrase, sentence, mentions) or (
        after_comma and not _opens_with_speaker(phrase, sentence, mentions)
    ):
        return None
    return found


def _opens_with_speaker(phrase: str, sentence: int, mentions: Sequence[Mention]) -> bool:
    """A person, a body or a role within the first words of ``phrase``."""
    opening = " ".join(phrase.split()[:_OPENING_SPEAKER_WORDS])
    return is_role(opening) or any(
        len(phrase[:at].split()) < _OPENING_SPEAKER_WORDS
        for at, _ in placed_in(phrase, sentence, mentions, "PER", "ORG")
    )


def _relayed(found: re.Match[str], cue: str, after: str) -> str | None:
    """The speaker an outlet relays, named after its cue: "“...” - Thời báo Hoàn Cầu dẫn lời
    ông Meng Jianzhu tuyên bố", "Tân Hoa dẫn lời ông Tập: “...”", "“...” - KCNA dẫn tuyên bố
    của phát ngôn viên ..."; None when the cue is the speaker's own."""
    if statement := _RELAYED_STATEMENT.search(found["speaker"]):
        return statement["source"].replace(_MASK, ".").strip(" .,")
    if unnamed := _UNNAMED_SOURCE.search(found["speaker"]):
        return found["speaker"][: unnamed.start()].replace(_MASK, ".").strip(" .,")
    if found.re in (_AFTER, _AFTER_BARE):
        rest = after[found.end("cue") :]
        if cue not in _RELAYING_CUES:
            # "hãng tin Reuters dẫn lại tuyên bố của Bộ Quốc phòng Trung Quốc"
            # "đài CNN trích một tuyên bố của ông Michael Cohen"
            outlet = without_manner(found["speaker"]).split()
            if outlet and fold(outlet[-1]) == "một":
                outlet = outlet[:-1]
            relaying = bool(outlet) and fold(outlet[-1]) in _RELAYING_VERBS
            joined = _OF.match(rest)
            assert joined is not None  # every part of _OF is optional
            source = rest[joined.end() :]
            if relaying and not (joined["of"] or source[:1].isupper()):
                # "“...” - Hãng tin Tân Hoa Xã dẫn thông báo.": whose, it does not say
                return " ".join(outlet[:-1]).replace(_MASK, ".") or None
            if not relaying:
                return None
            rest = source
    elif found.re in (_BEFORE, _BEFORE_COLON) and cue in _RELAYING_CUES:
        rest = found["tail"]
    else:
        return None
    rest = _RELAYED_END.sub("", rest.replace(_MASK, ".").strip(" .,")).strip(" .,")
    return rest or None


def _relayed_person(text: str, sentence: int, mentions: Sequence[Mention]) -> str | None:
    """The first person named after the last relaying cue of ``text`` ("dẫn lời X"), or None."""
    at = max(text.lower().rfind(cue) for cue in _RELAYING_CUES)
    people = people_in(text[at:], sentence, mentions) if at >= 0 else []
    return min(people, key=lambda m: text.find(m.text, at)).text if people else None


def _ends_address(earlier: str, phrase: str, sentence: int, mentions: Sequence[Mention]) -> bool:
    """``phrase`` is the last place of an address the words before it end with: "Giáo sư
    Lawrence Bonassar, ... Đại học Cornell ở Ithaca, New York, Mỹ cho biết" (not "..., gặp ông
    Trump, Mỹ cho biết")."""
    places = names_in(sentence, mentions, "LOC")
    # what the place is the address of: a place, or a body ("phụ huynh Trường tiểu học Hà Huy
    # Tập, quận Bình Thạnh, nói")
    located = names_in(sentence, mentions, "LOC", "ORG")
    # the place with its level: "quận Bình Thạnh" for "Bình Thạnh"
    place = any(
        phrase.strip() == p
        or (phrase.endswith(" " + p) and len(phrase.split()) <= len(p.split()) + 1)
        for p in places
    )
    return place and earlier.rstrip().endswith(tuple(located))


def _carries_on(found: re.Match[str], leading: str, phrase: str) -> bool:
    """The words between a comma (or the sentence's start, ``leading`` being what comes before
    them) and a cue before the quote only carry on the clause before them, or say how ("...,
    buồn rầu nói", "Từ đó bày tỏ quan điểm:")."""
    leading = leading.rstrip()
    before_quote = found.re in (_BEFORE, _BEFORE_COLON, _REPORTED, _CALLED)
    if not before_quote or (leading and not leading.endswith(",")):
        return False
    words = fold(phrase).split()
    return bool(words) and (all(w in _CARRYING_ON for w in words) or is_manner(phrase))


# words a clause's subject named by no name may take ("Bài báo", "Tờ báo địa phương Nedeljnik")
_OPENER_WORDS = 5


def _says_nothing(phrase: str) -> bool:
    """The words before a cue are only linking words and adverbs: no one is named there."""
    words = fold(phrase).split()
    return bool(words) and all(word in _LINKING_WORDS for word in words)


def _unnamed_opener(leading: str) -> str | None:
    """The few words a clause opens with before its aspect word ("Bài báo | cũng báo trước
    rằng"), or None."""
    words = _outside_quotes(leading.replace(_MASK, ".")).split()
    end = subject_end(words)
    return " ".join(words[:end]) if end is not None and end <= _OPENER_WORDS else None


def _clause_opener(leading: str, sentence: int, mentions: Sequence[Mention]) -> str | None:
    """Who the clause ending with ``leading`` is about: the speaker of the last cue of its own
    ("Ông thị trưởng Matxcơva cho biết ..."), else the person opening one of its parts ("...,
    anh Nguyễn Thanh Hùng, chủ khách sạn Đức Anh,"), not one it names in passing ("dù không
    đề cập tới ông Trump"). A colon opens a clause of its own ("đặt câu hỏi: Vì sao Bộ trưởng
    X ..., nhưng lại nói “...”"), unless only the quote the colon brings in follows it
    ("Macron viết: “...”, nhưng khẳng định “...”" goes on with Macron)."""
    text = _outside_quotes(leading.replace(_MASK, "."))
    own_clause = text.rsplit(":", 1)[-1]
    text = own_clause if own_clause.strip(" ,;") else text.rsplit(":", 1)[0]
    cues = list(_CUE_WORD.finditer(text))
    if cues:
        # the clause of the cue nearest: "sau sự kiện ông Trump phát biểu “cứng” ..., cũng
        # như tuyên bố “...”" goes on with Trump's words
        own = re.split(r"[,;.–]", text[: cues[-1].start()])[-1]
        if (end := subject_end(own.split())) is not None:
            own = " ".join(own.split()[:end])  # "phía Palestine đã kêu gọi ...": its subject
        nearest = max(
            people_in(own, sentence, mentions), key=lambda m: own.rfind(m.text), default=None
        )
        if nearest is not None:
            return nearest.text
        if len(own.split()) <= _MAX_BARE_SPEAKER_WORDS and _speaks(own, sentence, mentions):
            return own.strip()
        # "Bắc Kinh yêu cầu “...”, đồng thời bày tỏ “...”", "Quân đội Mỹ gần đây cũng đã
        # ban hành ..., đồng thời yêu cầu “...”"
        named = without_manner(own.strip()).removeprefix("phía ")
        if named in names_in(sentence, mentions, "LOC", "ORG"):
            return named
    people = people_in(text, sentence, mentions)
    for part in re.finditer(r"(?:^|[,;–-])\s*", text):
        if opening := subject_at(text, part.end(), people):
            return opening.text
    return None


def _joint_subject(leading: str, sentence: int, mentions: Sequence[Mention]) -> str | None:
    """The people of a clause that opens with two of them ("Ông Trump và ông Kim, ..."), as
    "Trump và Kim"."""
    opening = re.split(r"[,;:–]", _outside_quotes(leading.replace(_MASK, ".")))[0]
    people = people_in(opening, sentence, mentions)
    joined = re.fullmatch(r"\s*\S.*\S\s+và\s+\S.*", opening)
    if len(people) != 2 or not joined or len(opening.split()) > _MAX_BARE_SPEAKER_WORDS:
        return None
    first, second = sorted(people, key=lambda m: opening.find(m.text))
    return f"{first.canonical or first.text} và {second.canonical or second.text}"


def _outside_quotes(text: str) -> str:
    """``text`` with its quoted words blanked, those of a quote it closes or leaves open too."""
    text = blank_quotes(text)
    marks = [at for at, char in enumerate(text) if char in MARKS]
    if marks:
        after = text[marks[0] + 1 :].lstrip()[:1]
        if text[marks[0]] == "”" or (text[marks[0]] == '"' and not after.isupper()):
            text = " " * (marks[0] + 1) + text[marks[0] + 1 :]  # the end of a quote before
            marks = marks[1:]
    return text[: marks[0]] if marks else text


# words that make the cue after them a noun: "một tuyên bố", "những chia sẻ"
_COUNTED = (["một"], ["những"], ["các"])


def _reporter(sentence: int, texts: Mapping[int, str], mentions: Sequence[Mention]) -> str | None:
    """The person the sentence before ``sentence`` has saying something ("ông Jay Carney ...
    nhấn mạnh ..."): an uncued quote opening the next sentence goes on in their words."""
    # who speaks inside a quote there ("“Nick đã hỏi tôi: ...” - Nguyễn Á kể", "Bản thân cô
    # Mơ cũng thừa nhận ... ”, bà Lĩnh thông tin") is not it
    text = _outside_quotes(texts.get(sentence - 1, ""))
    named = placed_in(text, sentence - 1, mentions, "PER")
    # the first cue someone is named before: "Đây là ... liên quan đến trấn an kỳ vọng, giáo
    # sư McCarthy nói" has him say it, not the cue word inside what he said
    for cue in _CUE_WORD.finditer(text):
        if fold(text[: cue.start()]).split()[-1:] in _COUNTED:
            continue  # "một tuyên bố của bà X": a statement named, no one saying it here
        people = [m for at, m in named if at < cue.start()]
        # "Ông Vũ Văn Hộ, bố đẻ của cầu thủ Vũ Văn Thanh, chia sẻ": the father speaks
        own = [m for m in people if not related(text[: cue.start()], m.text)] or people
        if own:
            return person_meant(own[-1], texts)
    return None


def _next_sentence_speaker(
    body: str,
    following: Sentence,
    mentions: Sequence[Mention],
    last: str | None,
    texts: Mapping[int, str],
) -> tuple[str, str] | None:
    """(speaker, cue) of a quote closing its sentence when the next one opens with who said
    it and nothing more: "“...”. Bộ trưởng X cho biết tối 20-10.", or signs it on a line
    of its own ("- ông Menendez chỉ trích.", "- bác sĩ JoAnn Manson.")."""
    if len(body.split()) < _MIN_UNCUED_WORDS:
        return None
    text = _mask(following.text)
    bare = _bare_attribution(text) or _SAYING_OF.search(text) or _AFTER.match(text)
    if bare is None:
        signer = _signer(text, following.index, mentions)
        return (signer, "") if signer else None
    phrase = (_relayed(bare, bare["cue"].lower(), text) or bare["speaker"]).replace(_MASK, ".")
    phrase = phrase.strip(" -–")  # "- ông đặt câu hỏi." on a line of its own
    if _negated(phrase) or not _speaks(phrase, following.index, mentions):
        return None
    return resolve_speaker(phrase, following.index, mentions, last, texts), bare["cue"].lower()


def extract_quotes(
    sentences: Sequence[Sentence], mentions: Sequence[Mention] = ()
) -> tuple[Quote, ...]:
    """Quotes are found per block of paragraphs (see ``quote_blocks``)."""
    quotes: list[Quote] = []
    texts = {s.index: s.text for s in sentences}
    spoken: list[str] = []
    quoted_until = -2  # the sentence where the last quote attributed closes
    last_paragraph = -1
    for paragraph in quote_blocks(sentences):
        starts, text = [], ""
        for sentence in paragraph:
            starts.append(len(text))
            text += sentence.text + " "
        if not any(mark in text for mark in MARKS):
            continue  # most paragraphs quote nothing: spare them the masking
        text = mask_inner_quotes(text)
        opened = [text.rfind(mark) for mark in ("“", '"')]
        if sum(text.count(mark) for mark in MARKS) % 2 and max(opened) > text.rfind("”"):
            text += '"'  # a quote left open where the next one is introduced
        listed_after = -1  # where the quote attributed last in this block ends
        for match in QUOTE_PAIR.finditer(text):
            k = max(j for j, start in enumerate(starts) if start <= match.start())
            k_end = max(j for j, start in enumerate(starts) if start < match.end())
            opens_sentence = not text[starts[k] : match.start()].strip()
            if opens_sentence and k > 0 and paragraph[k - 1].text.rstrip().endswith(":"):
                k -= 1  # "Ông X nói:" closing the sentence (or line) before introduces it
            sentence = paragraph[k]
            before = text[starts[k] : match.start()]
            end_of_sentence = starts[k_end] + len(paragraph[k_end].text)
            after = text[match.end() : max(end_of_sentence, match.end())]
            body = next(group for group in match.groups() if group is not None)
            body = body.replace(SCARE_MARK, '"').strip()
            last_speaker = spoken[-1] if spoken else None
            attributed = _attribute(
                (before, body, after),
                (sentence.index, paragraph[k_end].index),
                mentions,
                spoken,
                texts,
                quoted_until,
            )
            if attributed is None and not after.strip(" .…") and k_end + 1 < len(paragraph):
                # who the next sentence names first: “...”. - bà Mai tự tin.
                attributed = _next_sentence_speaker(
                    body, paragraph[k_end + 1], mentions, last_speaker, texts
                )
            if attributed is None and len(body.split()) >= _MIN_UNCUED_WORDS and not before.strip():
                # a quote opening a sentence goes on in the words of the person the sentence
                # before has saying something, or of the speaker just quoted (in the paragraph
                # before, or named in the sentence before)
                reporter = _reporter(sentence.index, texts, mentions)
                recent = last_speaker is not None and (
                    sentence.paragraph - last_paragraph <= 1
                    or any(
                        m.sentence == sentence.index - 1 and last_speaker in (m.text, m.canonical)
                        for m in mentions
                    )
                )
                speaker = reporter or (last_speaker if recent else None)
                attributed = (speaker, "") if speaker else None
            if (
                attributed is None
                and listed_after >= 0
                and fold(text[listed_after : match.start()]).strip(" ,;") in _LIST_JOINS
                and _sentence_shaped(body)
            ):
                # “...”, “...” và “...”: a list of quotes, each the first one's speaker's
                attributed = (spoken[-1], quotes[-1].cue)
            if attributed is None:
                continue
            speaker, cue = attributed
            quotes.append(Quote(text=body, cue=cue, speaker=speaker, sentence=sentence.index))
            spoken.append(speaker)
            quoted_until = paragraph[k_end].index
            last_paragraph = paragraph[k_end].paragraph  # a quote may run over paragraphs
            listed_after = match.end()
    return tuple(quotes)


class QuoteComponent:
    """Assigns ``quotes``: direct quotes with cue verb and speaker, the title's first (see
    ``title_quotes``)."""

    name: ClassVar[str] = "facts.quotes"
    version: ClassVar[str] = "88"
    requires: ClassVar[tuple[str, ...]] = ("sentences", "mentions")
    assigns: ClassVar[tuple[str, ...]] = ("quotes",)

    def __call__(self, article: AnalysedArticle) -> AnalysedArticle:
        quotes = extract_quotes(article.sentences, article.mentions)
        answers = interview_answers(article.sentences, article.mentions, quotes)
        quotes = tuple(sorted(quotes + answers, key=lambda quote: quote.sentence))
        titled = extract_title_quotes(article.title, article.sentences, article.mentions, quotes)
        quotes = with_headline_speaker(quotes, titled, article.mentions)
        return article.model_copy(update={"quotes": titled + quotes})
