"""Quoted text that is no speech: a word or a name in quotes, the title of what the words
before it name ("đề án “…”"), and a verb of saying used as a noun ("dòng bình luận “…”")."""

from __future__ import annotations

import re

from .lexicon import ISSUING_VERBS, fold, phrases

# a quote between marks: outlets mix straight and curly marks ("..." / “...” / "...”, with or
# without inner spaces); curly quotes may hold straight scare quotes (“tranh giành " gái nhảy "
# ...”)
QUOTE_PAIR = re.compile(r"“([^“”]+)”|\"([^\"“”]+)[\"”]|“([^“”\"]+)\"")


def blank_quotes(text: str) -> str:
    """``text`` with every paired quote blanked, its length and offsets kept: the words around
    the quotes are the narrative's, those inside someone's."""
    return QUOTE_PAIR.sub(lambda m: " " * len(m.group()), text)


# nouns whose name follows in quotes: a quote right after them is a title, not speech
_NAMING_NOUNS = frozenset(
    tuple(fold(phrase).split())
    for phrase in (
        "đề án", "dự án", "chương trình", "bài", "bài viết", "bài báo", "tựa", "tựa đề", "tiêu đề",
        "bài điều tra", "loạt bài", "loạt bài điều tra", "bài phản ánh", "phóng sự",
        "cuốn sách", "sách", "cuốn", "quyển", "bộ phim", "phim", "ca khúc", "bài hát", "vở",
        "vụ án", "tội", "tội danh", "khẩu hiệu", "phương châm", "tinh thần", "chủ đề", "thông điệp",
        # a charge: "để điều tra về hành vi “mua bán trái phép chất ma tuý”"
        "về hành vi", "về các hành vi",
        "cuộc thi",
        "hội thảo", "website", "trang", "biệt danh", "danh hiệu", "giải thưởng", "chuyên mục",
        "chiến dịch", "phong trào", "phong trào thi đua", "cuộc vận động", "tác phẩm", "album",
        "liveshow", "đêm nhạc", "câu hát", "câu chuyện", "kế hoạch", "sáng kiến", "chính sách",
        "chiến lược", "học thuyết",
        "tên", "tên gọi", "gọi là", "tên là", "mang tên", "có tên", "mv", "mv ca nhạc", "single",
        "tiểu thuyết", "vở kịch", "vở diễn", "show", "gameshow", "tập phim", "bxh",
        "bảng xếp hạng", "hạng mục", "đề tài", "công trình nghiên cứu", "luận án", "luận văn",
        # a case, as an earlier story headlined it: "Liên quan vụ “Truy tìm tài xế ...”" (not
        # "các vụ việc “có thể là hành động khủng bố”")
        "liên quan vụ", "liên quan đến vụ", "liên quan tới vụ", "liên quan vụ việc",
        "liên quan đến vụ việc", "liên quan tới vụ việc",
        # a quoted word or phrase as such: "viết tắt của cụm từ “tình báo đặc biệt”"
        "cụm từ", "thuật ngữ", "khái niệm", "từ khóa", "từ khoá", "chữ",
        # a report as a story headlined it: "xung quanh thông tin “Chủ quán nhậu gửi đơn ...”"
        "xung quanh thông tin", "về thông tin",
    )
)  # fmt: skip
# a single quoted word ("Soon") is a term, and a short run of capitalised words ("Sắc Màu
# Tuổi Thơ") a name, not speech
MIN_SPEECH_WORDS = 2
_MAX_NAME_WORDS = 6
# words before a cue that make it a noun ("dòng bình luận", "lời nhắn nhủ", "với nhận định",
# "theo thông tin")
_NOUN_MARKERS = frozenset({"dòng", "lời", "bài", "câu", "những", "các", "là", "bản", "với", "theo"})


def is_name(body: str) -> bool:
    """A few capitalised words and no sentence mark: the name of a place, a group or a work."""
    words = body.split()
    return (
        len(words) <= _MAX_NAME_WORDS
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
        and not any(mark in body for mark in ".,;:!?")
    )


def names_the_words(phrase: str) -> bool:
    """The cue after ``phrase`` is a noun naming what was said: "với dòng bình luận",
    "cho đó là thông tin"."""
    words = fold(phrase).split()
    return bool(words) and words[-1] in _NOUN_MARKERS


# a quote listed after another one: "hai cuốn “...” và “...”"
_LISTED_AFTER = re.compile(r"[“\"][^“”\"]*[”\"]\s*(?:,|và|hay|hoặc)\s*$")


# verbs of what was talked about: "nói về “Chính sách Hướng Đông”" names a topic
_TALKED_ABOUT = phrases(
    "nói về", "bàn về", "nói đến", "nói tới", "đề cập đến", "đề cập tới", "nhắc đến", "nhắc tới",
)  # fmt: skip
# what a state or a trend is called by: "tình trạng “trên nóng, dưới lạnh”"
_STATES = phrases("tình trạng", "hiện tượng", "trào lưu", "cơn sốt", "cái gọi là")


def names_a_topic(before: str, body: str) -> bool:
    """The quote is the name of what was talked about: a few words opening with a capital
    right after "nói về" ("nói về “Chính sách Hướng Đông”"); a lower-case phrase there may be
    the speaker's own words. So is a few words' name for a state or a trend ("tình trạng
    “trên nóng, dưới lạnh”"); a clause there is someone's ("tình trạng “căng thẳng leo thang
    không phải do Nga khơi mào”")."""
    words = tuple(fold(before).split()[-2:])
    if len(body.split()) > _MAX_NAME_WORDS:
        return False
    return (words in _TALKED_ABOUT and body[:1].isupper()) or any(
        words[-size:] in _STATES for size in (1, 2)
    )


def names_a_title(before: str) -> bool:
    """The quote is the name of what the words before it introduce: "đề án “Xây dựng ...”",
    "tựa bài viết “...”", "vụ án “Lạm dụng chức vụ ...”", or listed after such a name ("hai
    cuốn “Yêu thương thôi chưa đủ” và “Sự khôn ngoan là điều bạn thực hành”")."""
    if listed := _LISTED_AFTER.search(before):
        return names_a_title(before[: listed.start()])
    words = fold(before).replace("“", " ").replace('"', " ").split()
    return any(tuple(words[-size:]) in _NAMING_NOUNS for size in range(1, 6) if len(words) >= size)


# what someone said, named by a noun and its owner: "phát ngôn ồn ào của ca sĩ Ngọc Anh:"
_SAYINGS = (
    r"phát ngôn|lời|câu nói|chia sẻ|nhận xét|nhận định|đánh giá|bình luận|dòng trạng thái"
    r"|tuyên bố"
)
_OWNER_OPENS = r"[^,;:.“”\"]{0,30}?\bcủa\s+(?P<owner>[^,;:.“”\"]{2,60}?)\s*"
_OWNER = _OWNER_OPENS + "$"
_SAYING_OF = re.compile(rf"\b(?:{_SAYINGS})\b{_OWNER}", re.IGNORECASE)
# a statement as the subject of a cue: "Tuyên bố của Đại sứ quán Trung Quốc tại Mỹ nhấn mạnh",
# "tuyên bố Triều Tiên cho hay"; what it was about is not whose it is ("Tuyên bố của Mỹ về
# vấn đề Biển Đông")
_STATEMENTS = (
    rf"(?:(?:một|bản)\s+)?(?:{_SAYINGS}|thông cáo|thông báo|thông tin|báo cáo|công văn|văn bản"
    r"|thông điệp|(?<=bản )tin|(?:bài\s+)?xã luận|bài viết|bài báo|điện mừng|điện chúc mừng"
    r"|điện chia buồn|(?:bức |lá )?thư(?!\s+(?:ký|viện|mục|pháp))"
    # a body's page: "Facebook của Hải quân Thái Lan viết"
    r"|(?:trang |tài khoản )?(?:facebook|twitter))"
)
# "tuyên bố của ông Vern Miyagi, người phụ trách ...": the owner, then what he is; "tuyên bố
# từ Bộ Nội vụ Ai Cập": whence it came (not "thông báo từ ngày 1-6": since when); "Trong điện
# mừng của Lãnh đạo Việt Nam gửi Lãnh đạo Lào có đoạn": whom it was sent to comes after
_FROM_OWNER = (
    r"(?:của|từ(?!\s+(?:ngày|tháng|năm|hôm|sáng|chiều|tối|đêm|đầu|cuối|lúc|khi|nay|đó|\d)))"
)
_STATEMENT_OF = re.compile(
    rf"^\s*(?:trong\s+)?{_STATEMENTS}\b{_OWNER_OPENS.replace('của', _FROM_OWNER)}"
    r"(?:\s(?:gửi|tới)\s[^,;:“”\"]*)?(?:,[^;:“”\"]*)?$",
    re.IGNORECASE,
)
_STATEMENT_NAMED = re.compile(
    rf"^\s*(?i:{_STATEMENTS})\s+(?P<owner>[A-ZĐ][^,;:.“”\"]{{1,60}}?)\s*$"
)
# issued by someone: "tuyên bố được IS phát đi thông qua Hãng tin Amaq", "thông báo do Bộ Y
# tế ban hành" (the cue "tuyên bố" may have taken the noun: "được IS phát đi ... khẳng định")
_STATEMENT_BY = re.compile(
    rf"^\s*(?:{_STATEMENTS}\s+)?(?:được|do)\s+(?P<owner>[^,;:.“”\"]{{2,60}}?)\s+"
    rf"(?:{'|'.join((*ISSUING_VERBS, 'đăng tải', 'đăng', 'gửi'))})\b",
    re.IGNORECASE,
)
# what it was about, and where it was put out: "thông cáo của CCTV trên Twitter"
_ABOUT = re.compile(r"\s+(?:về|liên quan|trên)\s.*$")
# when and how the owner issued it: "thông báo của WFP đưa ra hôm thứ Năm"
_ISSUED = re.compile(rf"\s+(?:{'|'.join(ISSUING_VERBS)})\b.*$", re.IGNORECASE)
# whom or when the words were for, after their owner: "lời của Siti sau khi gặp ông Widodo"
_OWNER_COMPLEMENT = re.compile(
    r"\s+(?:cho|với|gửi|tới|đến|sau khi|trước khi|khi|lúc|tại|trong)\s.*$"
)


def owner_of_words(intro: str) -> str | None:
    """Whose words the phrase introducing a quote with a colon names, or None: "Chi Dân nhận
    được câu hỏi về phát ngôn của ca sĩ Ngọc Anh: “...”" quotes Ngọc Anh."""
    found = _SAYING_OF.search(intro)
    # whose, not to whom: "câu trả lời của nữ MC cho đối thủ"
    return _OWNER_COMPLEMENT.sub("", found["owner"]) if found else None


def statement_owner(phrase: str) -> str | None:
    """Whose statement a speaker's phrase is, or None: "Thông cáo của Bộ Ngoại giao" is the
    ministry's, "tuyên bố được IS phát đi" the group's."""
    found = _STATEMENT_OF.search(phrase)
    if found and fold(phrase).split()[0] == "trong" and "," in phrase[found.end("owner") :]:
        found = None  # "Trong thông cáo của mình, Bộ Ngoại giao": the clause names who spoke
    found = found or _STATEMENT_NAMED.search(phrase) or _STATEMENT_BY.search(phrase)
    return _ISSUED.sub("", _ABOUT.sub("", found["owner"])) if found else None
