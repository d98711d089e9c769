"""Word lists and text keys shared by the fact extractors.

The lists are general Vietnamese news vocabulary (titles, organisation and place heads, cue
verbs, units), not tuned to any dataset. Keys fold case and the two tone-mark placements
(hoà/hòa, thuỷ/thủy) so a gazetteer entry matches however an outlet spells it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .surnames import KINH_SURNAMES, MINORITY_SURNAMES
from .surnames import PLACE_WORD_SURNAMES as _PLACE_WORD_SURNAMES

# old-style (hòa) -> new-style (hoà) placement on the vowel pairs where outlets disagree
_TONE_PAIRS = {
    f"{first}{tone}{second}": f"{first}{second}{tone}"
    for first, second in (("o", "a"), ("o", "e"), ("u", "y"))
    for tone in ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
}


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-cased, NFC, one tone-mark placement, straight apostrophes and hyphens: the
    matching key."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("’", "'").replace("–", "-"))
    for old, new in _TONE_PAIRS.items():
        decomposed = decomposed.replace(old, new)
    return unicodedata.normalize("NFC", decomposed)


# marks after which a capital letter opens a sentence or a quote rather than a name
OPENERS = frozenset("“\"‘'(:-–…")


def is_capitalised(syllable: str) -> bool:
    return bool(syllable) and syllable[0].isupper()


def is_acronym(syllable: str) -> bool:
    letters = [c for c in syllable if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def phrases(*items: str) -> frozenset[tuple[str, ...]]:
    # a comma is a token of its own, as in a sentence's syllables: "văn hóa, thể thao"
    return frozenset(tuple(fold(item).replace(",", " , ").split()) for item in items)


def first_words(*lexicons: frozenset[tuple[str, ...]]) -> frozenset[str]:
    """The words any phrase of ``lexicons`` starts with: a cheap test before a lookup."""
    return frozenset(phrase[0] for lexicon in lexicons for phrase in lexicon)


class PhraseTable:
    """The longest phrase at a syllable of a lexicon kept beside the module that reads it
    (``Syllables.phrase_at`` serves the shared lexicons): fields of a department ("giao
    thông vận tải"), kinds of venue, legal forms written out ("cổ phần")."""

    def __init__(self, lexicon: frozenset[tuple[str, ...]]) -> None:
        self.lexicon = lexicon
        self.starts = first_words(lexicon)
        self.longest = max(map(len, lexicon))

    def end(self, keys: tuple[str, ...], i: int) -> int:
        """End of the longest phrase at ``keys[i]``, or ``i``."""
        if i >= len(keys) or keys[i] not in self.starts:
            return i
        for size in range(min(self.longest, len(keys) - i), 0, -1):
            if keys[i : i + size] in self.lexicon:
                return i + size
        return i


# The articles an Arabic name may open with or hold, joined by a spaced dash ("al - Assad").
ARABIC_ARTICLES = frozenset({"al", "el"})

# Titles of a company's board of directors (HĐQT) or, in a state firm, of members (HĐTV),
# whose company follows them: "Chủ tịch HĐQT Thaco Trần Bá Dương", "nguyên Chủ tịch HĐQT
# Oceanbank", "Chủ tịch HĐTV Mobifone Lê Nam Trà".
BOARD_TITLES = phrases(
    "chủ tịch hđqt", "phó chủ tịch hđqt", "thành viên hđqt",
    "chủ tịch hđtv", "phó chủ tịch hđtv", "thành viên hđtv",
)  # fmt: skip
# Titles and roles before a person's name ("Thiếu tướng Pat Ryder", "ông Bazoum").
# words before a title that say which holder of it is meant ("tân Nhật hoàng", "cựu Hoàng
# hậu"): what follows them is a title more often than a name
TITLE_QUALIFIERS = frozenset({"tân", "cựu", "nguyên", "phó", "quyền"})
TITLES = BOARD_TITLES | phrases(
    "ông", "bà", "anh", "chị", "cô", "cụ", "chú", "bác", "em", "bé", "ngài", "quý ông",
    "tổng thống", "phó tổng thống", "thủ tướng", "phó thủ tướng", "chủ tịch", "phó chủ tịch",
    "tổng bí thư", "bí thư", "tổng thư ký", "thư ký", "thư ký báo chí", "trợ lý", "phụ tá",
    "bộ trưởng", "thứ trưởng", "ngoại trưởng",
    "đại sứ", "đbqh",
    "đặc phái viên", "tướng", "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng",
    "tướng không quân", "tướng hải quân", "tướng lục quân",
    "đại tá", "thượng tá", "trung tá", "thiếu tá", "đại úy", "thượng úy", "trung úy",
    "thiếu úy", "đô đốc", "chuẩn đô đốc", "giám đốc", "phó giám đốc", "tổng giám đốc",
    "gđ", "pgđ", "tgđ", "ptgđ", "gđđh", "gđkt",
    "chánh văn phòng", "trưởng ban", "trưởng phòng", "người phát ngôn", "phát ngôn viên",
    "thống đốc", "thủ hiến", "thị trưởng", "nghị sĩ", "thượng nghị sĩ", "hạ nghị sĩ", "vua",
    "nữ hoàng",
    "hoàng tử", "thái tử", "hoàng hậu", "công chúa", "quốc vương", "tiểu vương", "giáo hoàng",
    "tiến sĩ", "ts", "pgs", "gs", "ths",
    "bs", "tskh", "ks", "kts", "ncs", "cki", "ckii",
    "giáo sư", "bác sĩ", "luật sư", "nhà báo", "nhà văn", "ca sĩ", "nhạc sĩ", "diễn viên",
    "nghệ sĩ", "đạo diễn", "hlv", "huấn luyện viên", "hlv trưởng", "huấn luyện viên trưởng",
    "cầu thủ", "tiền đạo", "tiền vệ", "hậu vệ",
    "thủ môn", "tay vợt", "võ sĩ", "vận động viên", "danh thủ", "thủ lĩnh", "lãnh đạo",
    "người đứng đầu", "chỉ huy", "tư lệnh", "phó tư lệnh", "tổng tư lệnh", "chủ nhiệm",
    "viện trưởng", "hiệu trưởng", "trưởng", "phó", "ứng viên", "cựu", "tân", "nữ", "sir", "mr",
    "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "thẩm phán", "công tố viên", "điều tra viên",
    "nghi phạm", "bị cáo", "nạn nhân",
    "cục trưởng", "phó cục trưởng", "tổng cục trưởng", "vụ trưởng", "phó vụ trưởng",
    "bị can", "nghi can", "đối tượng", "tài xế", "lái xe", "lái tàu", "phụ lái", "phụ lái tàu",
    "trưởng tàu", "phó tàu", "thuyền trưởng", "máy trưởng", "chỉ huy trưởng",
    "cảnh sát trưởng",
    "bị hại", "phóng viên", "pv",
    "biên tập viên", "btv", "mc", "bình luận viên", "cộng tác viên", "ctv",
    "người dẫn chương trình", "nhà thiết kế", "ntk", "nsnd", "nsưt", "ns", "hoa hậu", "á hậu",
    "người mẫu", "siêu mẫu", "danh hài", "danh ca", "nghệ nhân", "họa sĩ", "hoạ sĩ", "nhà thơ",
    "nhiếp ảnh gia", "nhà nhiếp ảnh", "biên đạo", "biên đạo múa", "rapper",
    # clergy ("Hòa thượng Thích Trí Quảng"), people by trade or fame, kin ("mẹ Britney")
    "hòa thượng", "hoà thượng", "thượng tọa", "thượng toạ", "đại đức", "ni sư", "linh mục",
    "giám mục", "tổng giám mục", "hồng y", "mục sư", "sư thầy", "ngôi sao", "nhà ngoại giao",
    "chính trị gia", "chính khách", "nhà lập pháp", "chiến lược gia", "cố vấn",
    "nhà bình luận", "nhà đàm phán", "doanh nhân", "tỷ phú", "tỉ phú", "nhà khoa học", "kỹ sư",
    "chuyên gia",
    "nhà sáng lập", "người sáng lập", "ceo", "phi hành gia", "nhà sử học", "nhà vật lý",
    "nhà toán học", "nhà kinh tế học", "nhà hoạt động", "nhà phân tích", "học giả", "tác giả",
    "nhà thiên văn học", "nhà nghiên cứu", "nghiên cứu viên", "nghiên cứu sinh", "nhà kinh tế",
    "nhà làm phim", "nhà soạn nhạc",
    "nhà độc tài", "nhà tài phiệt", "nhà triết học", "triết gia", "nhà sinh học",
    "nhà sinh vật học", "nhà vật lý học", "nhà hải dương học", "nhà khí tượng học",
    "nhà tâm lý học", "nhà khảo cổ học", "nhà địa chất", "nhà thám hiểm", "nhà phát minh",
    "mẹ", "cha", "vợ", "chồng", "con trai", "con gái", "dì",
    "em gái", "em trai", "anh trai", "chị gái", "ông xã", "bà xã",
    # readers and users online who speak under a name ("Bạn Duc Trung Nguyen", "Facebooker
    # Hanh Tun", "Nickname Chibi Tran")
    "bạn đọc", "độc giả", "khán giả", "facebooker", "nickname",
)  # fmt: skip

# Forms of address before a name written lower case inside a sentence ("ông Cầu", "bé Na").
FORMS_OF_ADDRESS = frozenset({"ông", "bà", "anh", "chị", "cô", "em", "chú", "bác", "cụ", "bé"})

# Services of the armed forces: a body's name on their own ("Hải quân"), or with their
# country's ("Không quân Syria").
ARMED_SERVICES = phrases("hải quân", "không quân", "lục quân")

# Heads of a firm, which a Vietnamese name opening with a country's may follow, and a
# company's legal form after its head, not yet its name: "Công ty TNHH xử lý nước Trâm Anh"
FIRM_HEADS = phrases("công ty", "tổng công ty", "tập đoàn", "ngân hàng", "hợp tác xã", "htx")
LEGAL_FORMS = frozenset({"TNHH", "CP", "MTV", "CPTM", "JSC"})
# Capitalised heads that open an organisation's name ("Bộ Ngoại giao Niger").
ORG_HEADS = phrases(
    "bộ", "bộ tư lệnh", "ủy ban", "uỷ ban", "ủy ban nhân dân", "ubnd", "hđnd", "công ty",
    "tập đoàn", "tổng công ty", "ngân hàng", "tổ chức", "quỹ", "hội", "hiệp hội", "liên đoàn",
    "liên minh", "đảng", "quân đội", "tòa án", "tòa", "viện", "viện kiểm sát", "trường",
    "đại học", "học viện", "bệnh viện", "bv", "trung tâm", "câu lạc bộ", "clb", "sở", "cục",
    "tổng cục", "ban", "văn phòng", "đài", "báo", "hãng", "nhà máy", "cảnh sát", "công an",
    # a secretariat with the body it serves: "Ban Thư ký APEC" (not "Ban" + "Thư")
    "ban thư ký",
    "quốc hội", "chính phủ", "thượng viện", "hạ viện", "hội đồng", "mặt trận", "phong trào",
    "chính quyền",
    "nhóm", "quân khu", "bộ chỉ huy", "ban chỉ huy", "đại sứ quán", "tổng lãnh sự quán", "vụ",
    "kho bạc",
    "bảo tàng", "cơ quan", "liên doanh", "thành ủy", "tỉnh ủy", "huyện ủy", "thành đoàn",
    "quận ủy", "thị ủy", "đảng ủy", "đảng bộ", "nghị viện", "xí nghiệp",
    "tỉnh đoàn", "đh", "nhà xuất bản", "thư viện", "nhà hát", "tổng liên đoàn", "hợp tác xã",
    "htx",
    "giáo hội", "công đoàn", "nghiệp đoàn", "ủy hội", "uỷ hội",
    "chi cục", "đội", "phòng", "thanh tra", "vksnd", "vksndtc", "tand", "tandtc", "catp", "caq",
    # forces and their posts: "Lực lượng Phòng vệ", "Bộ đội Biên phòng tỉnh An Giang", "Đồn
    # Biên phòng Vĩnh Ngươn", "Cảng vụ Hàng hải Mỹ Tho"; "Đoàn luật sư TP. HCM"
    "lực lượng", "quân chủng", "bộ đội biên phòng", "đồn biên phòng", "cảng vụ", "quỹ tín dụng",
    "đoàn luật sư", "bảo hiểm xã hội", "trạm y tế", "trạm kiểm soát", "trạm biên phòng",
    "trạm kiểm soát biên phòng", "tổ công tác",
    # "Đoàn" heads a body only with what it is ("Đoàn Đại biểu Quốc hội tỉnh Gia Lai", "Đoàn
    # ca múa dân tộc Dak Lak"); alone it is a surname
    "đoàn đại biểu quốc hội", "đoàn đbqh", "đoàn đại biểu qh", "đoàn thanh niên", "đoàn ca múa",
    "đoàn ca múa nhạc", "đoàn nghệ thuật", "đoàn kịch", "đoàn xiếc",
) | ARMED_SERVICES  # fmt: skip

# What a "Trường" names when it is a school ("Trường THPT", "Trường Đại học"); otherwise
# it is a given name or a place ("Trường Giang cũng hỗ trợ", "Trường Sa").
SCHOOL_KINDS = phrases(
    "thpt", "thcs", "th", "mn", "đh", "cđ", "tiểu học", "trung học", "mầm non", "đại học",
    "cao đẳng", "phổ thông", "trung cấp", "chuyên", "sĩ quan", "chính trị", "quốc tế", "dân tộc",
    "năng khiếu", "nghề", "quân sự", "an ninh", "cảnh sát", "song ngữ", "hữu nghị", "mẫu giáo",
)  # fmt: skip

# Heads of bodies often named after a person: "Trường THPT Phạm Văn Đồng", "Bệnh viện
# Nguyễn Tri Phương" (a person's name after other heads is someone else's).
NAMED_FOR_PEOPLE = phrases("trường", "đại học", "bệnh viện", "bv")

# Heads that name one body on their own: "Thành ủy", "Quốc hội".
SELF_NAMED_HEADS = (
    phrases(
        "thành ủy",
        "tỉnh ủy",
        "huyện ủy",
        "quận ủy",
        "quốc hội",
        "hạ viện",
        "thượng viện",
        "đảng",
        "bộ đội biên phòng",
        "chính phủ",
        "đoàn luật sư",
        "đoàn đại biểu quốc hội",
        "đoàn đbqh",
        "đoàn đại biểu qh",
        "đoàn thanh niên",
    )
    | ARMED_SERVICES
)
# Heads that open a name written in lower case too, before a capitalised name: "đảng Cộng
# sản Trung Quốc", "đảng Dân chủ", "bộ Ngoại giao Mỹ".
LOWER_CASE_HEADS = phrases("đảng", "trường", "bộ")
# Heads that name a body only when a capitalised name follows them: "Lực lượng Phòng vệ",
# not "Lực lượng chức năng" or "lực lượng an ninh Nga".
NAMED_ONLY_HEADS = phrases("lực lượng")
# Heads that only say what kind of body the name after them is ("Hãng tin Reuters", "Báo
# Merkur"): before a known organisation or a foreign name they are not part of it.
DESCRIPTOR_HEADS = phrases(
    "hãng", "hãng tin", "hãng thông tấn", "báo", "tờ", "tờ báo", "đài", "tạp chí", "kênh",
    "trang", "trang tin", "hãng nghiên cứu", "hãng tư vấn",
)  # fmt: skip
# A body a unit's name runs on to: "Cảnh sát điều tra Công an quận Hải Châu".
PARENT_HEADS = phrases(
    "công an", "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng ủy", "đảng bộ"
)  # fmt: skip
# Bodies whose name gives their seat: "Đại sứ quán Mỹ tại Hà Nội".
MISSION_HEADS = phrases("đại sứ quán", "tổng lãnh sự quán", "lãnh sự quán")
# Roads named by a number: "quốc lộ 1", "QL.1A", "hương lộ 2".
ROAD_WORDS = phrases("quốc lộ", "tỉnh lộ", "hương lộ", "đường tỉnh", "ql", "ql.", "tl", "tl.")
# Heads too generic to name anything with only lower-case words after them ("Cơ quan
# công an").
GENERIC_HEADS = phrases("cơ quan")
# Bodies every organisation has, named by their function ("Hội đồng quản trị", "Ban tổ
# chức"): a name only with a qualifier after them ("Ban tổ chức các giải bóng đá ...").
FUNCTION_BODIES = phrases(
    "hội đồng quản trị", "hội đồng thành viên", "ban tổ chức", "ban giám khảo", "ban giám đốc",
    "ban điều hành", "ban kiểm soát", "ban chỉ đạo", "ban huấn luyện", "ban lãnh đạo",
    "ban chỉ huy",
)  # fmt: skip
# Capitalised heads of a place's name ("Chùa Bái Đính", "Cầu Thanh Trì"); written lower
# case they are part of a one-syllable name only ("núi Múa", "đèo Cả").
LOC_HEADS = phrases(
    "chùa", "đền", "cầu", "công viên", "nhà thờ", "tháp", "chợ", "bến xe", "ga", "sông",
    "suối", "núi", "đảo", "đèo", "hang", "động", "vịnh", "quảng trường", "lăng", "sân bay",
    "cảng", "thác", "bến", "văn miếu", "quần đảo", "bán đảo", "thung lũng",
)  # fmt: skip
# Of those, the heads a one-syllable name is never used without: "núi Múa", "đèo Cả"
# (but "sông Hàn" is "Hàn").
BOUND_LOC_HEADS = phrases("núi", "đèo", "hang", "động", "thác", "chùa", "đền", "lăng", "tháp")
# Compass words before a place: "Tây Nam Syria", "Đông Bắc Á".
COMPASS = phrases(
    "đông", "tây", "nam", "bắc", "đông nam", "tây nam", "đông bắc", "tây bắc", "trung"
)

# Lower-case words before a name that say what kind of thing it is.
ORG_CUES = phrases(
    "công ty", "hãng", "hãng tin", "hãng thông tấn", "tờ", "báo", "tạp chí", "đài", "kênh",
    "tập đoàn", "ngân hàng", "đội", "câu lạc bộ", "clb", "nhóm", "tổ chức", "trang", "mạng",
    "đội bóng", "đội tuyển", "đội khách", "đội chủ nhà", "đoàn", "quán", "nhà hàng",
    "cửa hàng", "tiệm", "hiệu", "thương hiệu", "nhãn hiệu", "quán nhậu", "quán bar", "quán ăn",
    "quán karaoke", "quán cà phê", "quán ốc", "tiệm vàng", "thẩm mỹ viện", "vũ trường",
    "đại học", "đảng", "nhà xe", "hãng xe",
    # a kind and what sets it apart, then the name: "công ty cổ phần Nova", "hãng nghiên cứu
    # Bloomberg New Energy Finance", "bệnh viện Chiang Rai Prachanukrok"
    "công ty cổ phần", "công ty cp", "công ty tnhh", "công ty tnhh mtv", "hãng nghiên cứu",
    "hãng hàng không", "hãng xe", "hãng taxi", "công ty taxi", "nhà mạng", "bệnh viện",
    "bệnh viện đa khoa",
    "phi đội", "hải đội", "phái đoàn", "nhật báo", "băng đảng", "công đoàn", "trang web",
    "kênh truyền hình", "đài truyền hình", "đài phát thanh", "báo điện tử", "mạng xã hội",
)  # fmt: skip
# Lower-case words before the title of a work ("phim Trái tim không ngủ yên", "ca khúc
# “Dậy mà đi”"): a title runs on over lower-case words, or is set in quotes.
WORK_CUES = phrases(
    "phim", "bộ phim", "ca khúc", "bài hát", "album", "cuốn sách", "tiểu thuyết", "tác phẩm",
    "chương trình", "gameshow", "liveshow", "đêm nhạc", "chuyên mục", "vở", "vở kịch",
    "nhạc phẩm", "bản nhạc", "truyện", "tập phim", "mv", "quay phim", "hồi ký", "cuốn hồi ký",
    "bộ sách", "quyển sách",
)  # fmt: skip
# Words before the name of a craft, a device or a program, opening a sentence as readily as
# elsewhere ("Tàu Hayabusa 2 được phóng", "Ứng dụng Kakao Talk của hãng Kakao").
PRODUCT_CUES = phrases(
    "hệ điều hành", "ứng dụng", "phần mềm", "mẫu xe", "dòng xe", "mẫu điện thoại", "điện thoại",
    "máy bay", "tàu sân bay", "tên lửa", "vệ tinh", "tàu", "tàu ngầm", "tàu chở dầu",
    "tàu khu trục", "tàu chiến", "tàu vũ trụ", "chuyên cơ", "tàu tuần dương", "khinh hạm",
    "tiêm kích", "trực thăng", "chiến đấu cơ", "xe tăng",
    # warships named the Sino-Vietnamese way: "tuần dương hạm Lake Champlain"
    "chiến hạm", "tuần dương hạm", "khu trục hạm", "hộ vệ hạm", "mẫu hạm", "hàng không mẫu hạm",
    "soái hạm",
)  # fmt: skip
# Lower-case words before a name of a work, product, event or culture ("phim Titanic").
MISC_CUES = WORK_CUES | PRODUCT_CUES | phrases(
    "văn hóa", "nền văn hóa", "phim", "bộ phim", "ca khúc", "bài hát", "album", "cuốn sách",
    "tiểu thuyết", "tác phẩm", "cuộc thi", "giải đấu", "chiến dịch", "lễ hội", "chương trình",
    "gameshow", "vắc xin", "văcxin", "vắcxin", "vaccine", "chỉ số", "mưa sao băng", "sao băng",
    "sao chổi", "chòm sao", "tiểu hành tinh", "biến thể", "biến chủng",
)  # fmt: skip
# Capitalised heads that open the name of an event, a law or a holiday ("Tết Nguyên đán").
MISC_HEADS = phrases(
    "ngày", "tết", "lễ hội", "cách mạng", "chiến tranh", "hiệp định", "hiến pháp", "luật",
    "đạo luật",
    "bộ luật", "giải", "cúp", "chiến dịch", "cuộc thi", "festival", "đại lễ",
    # the human genus, before its species: "Homo Erectus", "Homo sapiens"
    "homo",
)  # fmt: skip
# Common nouns of other languages inside a foreign name that make it a body, a place or a
# work rather than a person ("Passauer Neue Presse", "Joint Base Andrews").
FOREIGN_KIND_WORDS: dict[str, str] = {
    **dict.fromkeys(
        ("press", "presse", "zeitung", "journal", "herald", "tribune", "gazette", "daily",
         "review", "network", "systems", "solutions", "services", "partners", "capital",
         "ventures", "studio", "studios", "entertainment", "records", "pictures", "shows",
         "communications", "fan", "magazine", "radio", "television", "channel",
         "international", "global", "labs", "store", "online", "examiner", "insider", "mail",
         "standard", "observer", "telegraph", "guardian", "express", "independent", "inquirer",
         "mirror", "monitor", "chronicle"),
        "ORG",
    ),
    **dict.fromkeys(
        ("base", "airport", "tower", "street", "avenue", "square", "park", "bridge", "station",
         "plaza", "mall", "hotel", "resort", "island", "islands", "river", "lake", "valley",
         "mountain", "beach", "bay", "port", "center", "centre"),
        "LOC",
    ),
    **dict.fromkeys(
        ("law", "act", "tour", "festival", "awards", "award", "cup", "championship", "open",
         "prize", "treaty", "summit", "show", "expo", "games"),
        "MISC",
    ),
}  # fmt: skip
# Last words of outlets' names: "National Geographic", "News Week", "Daily Mail", "The Times"
OUTLET_SUFFIXES = frozenset(
    fold(w)
    for w in (
        "news", "times", "post", "journal", "review", "report", "daily", "weekly", "herald",
        "tribune", "gazette", "observer", "monitor", "magazine", "insider", "geographic",
        "interest", "telegraph", "examiner", "week", "mail", "mirror", "bulletin", "inquirer",
        "chronicle", "courier",
    )
)  # fmt: skip
# Last words of foreign company and club names ("Nokia Corporation", "Leeds United").
ORG_SUFFIXES = OUTLET_SUFFIXES | frozenset(
    fold(w)
    for w in (
        "group", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "co.", "company",
        "bank", "airlines", "airways", "motors", "motor", "electronics", "holdings", "tires",
        "tyres", "energy", "pharma", "telecom", "securities", "technologies", "industries",
        "fc", "united", "city", "club", "athletic", "rovers", "wanderers", "sporting", "media",
        "foundation", "institute", "university", "agency",
        "foods", "farm", "farms", "research", "finance", "restaurants", "brands",
        "pharmaceuticals", "insurance", "association", "council", "committee", "society",
        "stations", "hospital", "college", "school", "economics", "analytics", "capital",
        "partners", "consulting", "advisors", "associates", "investments", "ventures", "labs",
        "systems", "solutions", "studios", "entertainment", "pictures", "records",
        "intelligence", "insights", "management", "markets", "investment", "investors",
        "financial", "fund", "logistics", "petroleum", "network", "networks", "automotive",
        "chemicals", "semiconductor", "robotics",
        # a government's bodies: "Land Transport Authority", "Securities and Exchange Commission"
        "authority", "administration", "commission", "bureau", "department", "ministry",
        "office", "organization", "organisation", "federation",
    )
)  # fmt: skip
# The last word of a contest's name: "China Open", "Thượng Hải Masters", "AFC Cup"
EVENT_SUFFIXES = frozenset(
    ("open", "masters", "cup", "games", "championship", "championships", "classic")
)
# The first word of a name that is a verb taking an object ("Cục Quản lý chất lượng", "Viện
# Nghiên cứu thị trường giá cả"): the lower-case words after it are that object, so part of
# the name, though nothing capitalised closes it
OBJECT_TAKING = phrases(
    "quản lý", "nghiên cứu", "kiểm tra", "kiểm soát", "bảo vệ", "giám định", "cứu trợ",
    "ứng phó", "phòng chống", "xúc tiến", "đăng ký", "bảo tồn", "điều phối", "quan trắc",
    "điều tiết", "phát triển", "bảo trợ",
)  # fmt: skip
# Verbs that follow an organisation named short ("Ban Quản lý cho biết", "Cục Quản lý kiểm
# tra"), and so end it rather than name its object
VERBS_AFTER_NAMES = phrases(
    "cho biết", "cho hay", "thông báo", "yêu cầu", "đề nghị", "đề xuất", "kiểm tra",
    "phối hợp", "tổ chức", "ban hành", "công bố", "xác nhận", "khẳng định", "chỉ đạo",
    "phê duyệt", "tiếp nhận", "triển khai", "thực hiện", "tiến hành", "thông tin", "phát hiện",
    "hướng dẫn", "xử lý", "xử phạt", "cảnh báo", "đánh giá", "tham gia", "chịu trách",
    "trả lời", "giải thích", "nhận định", "cho rằng", "lưu ý", "khuyến cáo", "đồng ý",
    "kiến nghị", "dẫn đầu", "tham dự", "chủ trì", "phát biểu", "cáo buộc", "chỉ trích",
    "tố cáo", "lên án", "kêu gọi", "bác bỏ", "phủ nhận",
    # an outlet relaying someone: "Báo Bưu Điện Hoa Nam Buổi Sáng dẫn lời Xu Liping"
    "dẫn lời", "dẫn lại lời", "trích lời", "dẫn nguồn", "đưa tin",
)  # fmt: skip
# Lower-case words that close an organisation's name ("Cục Cảnh sát giao thông").
ORG_TAILS = phrases(
    "trung ương", "quốc gia", "toàn quốc", "nông thôn", "giao thông", "tối cao", "nhân dân",
    "quốc tế", "thế giới", "cổ phần", "trách nhiệm hữu hạn", "đa khoa", "quốc phòng", "công an",
    "cảnh sát", "cấp cao",
    # what a security body guards: "Bộ An ninh nội địa", "Cục An ninh ngoại giao"
    "nội địa", "ngoại giao", "công cộng", "dân sự", "dân dụng",
)  # fmt: skip
# A ministry's field, written in lower case after a minister's title: "Bộ trưởng quốc phòng Mỹ
# James Mattis", "Thứ trưởng ngoại giao Nga"
MINISTRY_FIELDS = phrases(
    "quốc phòng", "ngoại giao", "tài chính", "nội vụ", "tư pháp", "y tế", "giáo dục",
    "thương mại", "năng lượng", "an ninh nội địa", "an ninh quốc gia", "công an", "kinh tế",
    "công thương", "xây dựng", "ngoại thương", "môi trường", "nông nghiệp", "lao động",
    "văn hóa", "văn hoá", "giao thông", "thông tin", "tài nguyên", "di trú", "nhập cư",
    "tình báo", "thể thao", "du lịch", "khoa học", "truyền thông", "an ninh",
)  # fmt: skip
# Words opening a clause that concedes something ("Dù thừa nhận ..., nhưng ông cho rằng"):
# its subject is the main clause's
CONCESSIONS = ("mặc dù", "dù", "dẫu")
# Verbs of saying that introduce, interrupt or follow a direct quote (longest first where
# one starts another: "cho biết thêm" before "cho biết").
# numbers written as words ("hai tuần trước", "Hai nhà lãnh đạo")
WORD_NUMBERS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                "chín": 9, "mười": 10}  # fmt: skip

# how the words were said, standing for "said" after a quote ("“...”, bà Lan nghẹn ngào") or
# before a colon ("chị L. bức xúc: “...”"), never reporting a clause ("các lý do khiến người
# nhà bệnh nhân bức xúc đều thuộc “...”")
MANNER_CUES = (
    "nghẹn ngào",
    "bàng hoàng",
    "bức xúc",
    "hào hứng",
    "phấn khởi",
    "trăn trở",
    "than thở",
    "ngậm ngùi",
    "ngao ngán",
    "xúc động",
    "xót xa",
    "thở dài",
    "thẳng thắn",
    "nghẹn giọng",
    "khóc nghẹn",
    "hài hước",
    "hóm hỉnh",
    "hồ hởi",
)
SPEECH_CUES = (
    *MANNER_CUES,
    "kể lại",
    "thuật lại",
    "cho biết thêm",
    "cho biết",
    "cho hay",
    "nói thêm",
    "nói rằng",
    "nói",
    "nêu rõ",
    "nêu",
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
    "đặt câu hỏi",
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
    "dẫn lại lời",
    "dẫn lời",
    "trích lời",
    "quả quyết",
    "phân tích",
    "nhận thấy",
    "cho rằng",
    "gợi ý",
    "đáp trả",
    "đáp lại",
    "đề nghị",
    "nhắc lại",
    "phàn nàn",
    "chỉ đạo",
    "bộc bạch",
    "thổ lộ",
    "chỉ ra",
    "hé lộ",
    "đề xuất",
    "thú nhận",
    "trần tình",
    "nhắc nhở",
    "khuyên",
    "hồi tưởng",
    "ví von",
    "thông tin",
    "băn khoăn",
    "trải lòng",
    "giãi bày",
    "giải bày",  # the news's other spelling
    "phân trần",
    "thắc mắc",
    "chất vấn",
    "góp ý",
    "chốt lại",
    "dẫn chứng",
    "nhìn nhận",
    "dự báo",
    "hồi đáp",
    "đáp",
    "dặn dò",
    "đúc kết",
    "diễn giải",
    "khai nhận",
    "bật mí",
    "phản hồi",
    "đặt ra câu hỏi",
    "đặt ra nghi vấn",
    "đặt nghi vấn",
    "nêu nghi vấn",
)
# verbs of judging or attacking in words, of worrying, of setting out and of petitioning: they
# attribute a quote to a speaker named next to them ("“...”, ông Lopez Obrador phản pháo",
# "“...”, cử tri lo lắng", "“...”, ông Châu kiến nghị"), but are as often said of someone's
# deeds or state, or nouns ("bị giới giang hồ đe dọa", "đưa ra kết luận", "người dân lo lắng về
# ...", "trình bày “Tạ ơn mẹ”", a song, "kiến nghị “dẹp loạn danh hiệu”", "chiến lược ...
# phản ánh những ưu tiên", "chỉ đạo Sở GTVT giải trình “...”"), so they report nothing further
JUDGING_CUES = (
    "phản pháo",
    "bóng gió",
    "ám chỉ",
    "cáo buộc",
    "tố cáo",
    "chỉ trích",
    "châm chọc",
    "ca ngợi",
    "đe dọa",
    "kết luận",
    "lập luận",
    "mô tả",
    "dự đoán",
    "so sánh",
    "đặt vấn đề",
    "lo lắng",
    "lo ngại",
    "trình bày",
    "kiến nghị",
    "phản ánh",
    "giải trình",
    "phủ nhận",
    "bác bỏ",
)
# a cue that is part of a noun or of another verb is no one speaking: "nhà phân tích Danielle
# Ryan nói", "câu nói nửa đùa nửa thật", "bài viết", "tiếng nói", "nghe nói", "một số trường
# đòi hỏi “...”", "học hỏi", "được đền đáp" (repaid), "đoạn băng nói trên", "vị đặc phái viên
# nêu trên" (the one mentioned; "kể trên Đài Fox News" tells on air), "ý nói" (meaning), "Trang
# thông tin này ghi rõ", "kênh thông tin", "không nêu tên" (unnamed), "chuyên gia phân tích
# chiến lược X nhận định" (an analyst; "chuyên gia phân tích rằng" is one analysing), "bác bỏ
# thông tin" (the news denied); "Viết" capitalised is a middle name ("Ông Võ Viết Thanh nhớ
# lại"); "viết tắt" abbreviates; "trao đổi thông tin" exchanges news; "kể từ" is "since"; the
# cues that "trên" after them makes "mentioned above"
_ABOVE_CUES = ("nói", "nêu", "kể")
_CUE_IN_NOUN = (
    r"(?<![Nn]hà )(?!(?:(?<=[Cc]âu )|(?<=[Tt]iếng )|(?<=[Nn]ghe )|(?<=[Gg]iọng )|(?<=[Ýý] ))nói\b)"
    r"(?!(?:(?<=[Gg]ia )|(?<=[Gg]iới ))phân tích (?!rằng\b)\w)"
    rf"(?!(?:{'|'.join(_ABOVE_CUES)}) trên\b"
    r"(?!\s+(?:(?-i:[A-ZĐ])|đài|sóng|kênh|trang|mạng|báo|tờ|tài khoản)))"
    r"(?!nêu tên\b)(?!(?<=[Bb]ài )viết\b)(?!(?-i:Viết)\b)(?!viết tắt\b)"
    r"(?!(?:(?<=[Đđ]òi )|(?<=[Hh]ọc ))hỏi\b)"
    r"(?!(?:(?<=[Đđ]ền )|(?<=[Bb]áo )|(?<=[Vv]ấn ))đáp\b)"
    r"(?!(?:(?<=[Tt]rang )|(?<=[Kk]ênh )|(?<=[Cc]ổng )|(?<=[Nn]guồn )|(?<=[Tt]hiếu )|(?<=[Đđ]ổi ))"
    r"thông tin\b)"
    r"(?!kể từ\b)"
    r"(?!(?:(?<=[Bb]ác bỏ )|(?<=[Pp]hủ nhận )|(?<=[Xx]ác nhận ))thông tin\b)"
)
# "mentioned above", closing a description ("vị đặc phái viên ... nêu trên")
MENTIONED_ABOVE = phrases(*(f"{cue} trên" for cue in _ABOVE_CUES))
# verbs that issue a statement ("Bộ Ngoại giao đưa ra tuyên bố", "tuyên bố được IS phát đi")
ISSUING_VERBS = ("đưa ra", "công bố", "phát đi", "ban hành")
# the cues as one regular-expression alternation, longest first as listed
SPEECH_CUE_PATTERN = _CUE_IN_NOUN + "(?:" + "|".join(re.escape(c) for c in SPEECH_CUES) + ")"
ATTRIBUTION_CUE_PATTERN = (
    _CUE_IN_NOUN + "(?:" + "|".join(re.escape(c) for c in SPEECH_CUES + JUDGING_CUES) + ")"
)
# the cues as phrases of folded words, looked up one word at a time
_SPEECH_CUE_PHRASES = phrases(*SPEECH_CUES)


def cue_at(words: Sequence[str], at: int) -> bool:
    """A verb of saying opens at ``words[at]`` (folded words)."""
    return any(tuple(words[at : at + size]) in _SPEECH_CUE_PHRASES for size in (1, 2, 3))


# Lower-case words that never continue a name: function words, verbs of reporting and
# action that follow a subject ("Bộ Tài chính yêu cầu ...").
# abbreviated words opening a foreign name, their period split off: "St. Anthony", "Mt. Fuji"
NAME_ABBREVIATIONS = frozenset({"St", "Ste", "Mt", "Ft"})
NAME_STOPS = frozenset(
    fold(w)
    for w in (
        "là", "và", "của", "cho", "với", "tại", "ở", "trong", "về", "đến", "tới", "từ", "theo",
        "khi", "này", "đó", "thì", "mà", "các", "những", "một", "đã", "đang", "sẽ", "vừa",
        "mới", "có", "được", "bị", "không", "chưa", "cũng", "vẫn", "còn", "đều", "lại", "nên",
        "nói", "biết", "phản", "ủng", "gặp", "thăm", "cảnh", "mời", "hay", "yêu", "đề", "ký",
        "ra", "vào", "lên", "xuống", "tuyên", "khẳng", "gửi", "trao", "chỉ", "quyết", "ban",
        "họp", "làm", "đưa", "nhận", "xác", "cần", "muốn", "phải", "sau", "trước", "nhưng",
        "hoặc", "người", "ông", "bà", "anh", "chị", "năm", "ngày", "tháng", "lúc", "như", "để",
        "do", "vì", "nếu", "bởi", "qua", "trên", "dưới", "giữa", "sáng", "chiều", "tối", "hôm",
        "rằng", "nhiệm", "khóa", "khoá", "lần", "thứ", "số", "thuộc", "gồm", "kêu", "đánh",
        "bắt", "tìm", "chức", "sang",
    )
)  # fmt: skip
LOC_CUES = phrases(
    "tỉnh", "thành phố", "tp", "tp.", "huyện", "xã", "quận", "phường", "thị xã", "thị trấn",
    "sông", "núi", "đảo", "quần đảo", "biển", "vịnh", "đường", "phố", "thủ đô", "bang", "vùng",
    "miền", "làng", "thôn", "ấp", "bản", "hồ", "cảng", "sân bay", "khu vực", "châu",
    "tiểu bang", "đèo", "bán đảo", "eo biển", "cao nguyên", "sa mạc", "thung lũng", "bãi bồi",
    "ở", "tại", "q.", "p.",
    # where someone lives: "ngụ Grand Junction", "trú Gia Lâm"
    "ngụ", "trú",
    "tx", "tx.", "xứ", "khu", "sân", "sân vận động", "quảng trường", "công viên", "chùa", "đền",
    "nhà thờ", "tháp", "chợ", "bến xe", "suối", "hang", "lăng", "thác", "rạch",
    # streets and the places along them: "ngõ Văn Chương", "hẻm 372 Dương Thị Mười", "ngã ba
    # Trần Nhân Tông", "đoạn từ Lê Văn Linh đến ...", "xóm Cao Trãng"
    "ngõ", "ngách", "hẻm", "ngã ba", "ngã tư", "ngã năm", "ngã sáu", "nút giao", "đại lộ",
    "đoạn", "đoạn từ", "xóm", "khóm", "tổ dân phố",
    # where a name is a venue or an estate: "vườn quốc gia Pù Mát", "khách sạn Mandalay Bay",
    # "hạt San Diego" (a US county)
    "vườn quốc gia", "khu bảo tồn", "khách sạn", "khu đô thị", "kđt", "hạt",
    # a kind and what sets it apart: "núi lửa Anak Krakatau", "sân bay quốc tế Ngurah Rai",
    # "thành phố biên giới Ciudad Juarez", "phố đi bộ Bùi Viện", "đập Đạ Bo", "cầu Rồng"
    "núi lửa", "sân bay quốc tế", "sân bay quân sự", "cảng hàng không", "cảng hàng không quốc tế",
    "thành phố biên giới", "thị trấn biên giới", "thành phố cảng", "phố đi bộ", "đập",
    "đập thủy điện", "hồ thủy điện", "cầu", "bến", "bến phà", "bến cảng", "cửa khẩu",
    "khu công nghiệp", "kcn", "khu kinh tế", "khu di tích", "di tích", "văn miếu",
    "trạm thu phí",
    # words the segmentation joins that end or open on a kind of place: "vùng_biển Barents",
    # "lòng_đường Trần Nhân Tông", "huyện_đảo Lý Sơn"
    "vùng biển", "vùng đất", "vùng núi", "đường phố", "tuyến đường", "tuyến phố", "lòng đường",
    "lề đường", "con đường", "khu phố", "tiểu khu", "lòng sông", "bờ biển", "cửa biển",
    "quốc đảo", "huyện đảo", "xã đảo", "đặc khu", "giáo xứ", "đình làng", "lâu đài",
    "nghĩa trang", "đường cao tốc", "cầu vượt", "hang động", "đường hầm", "đập tràn", "hồ chứa",
    "hồ chứa nước", "dãy núi", "ngọn núi", "hòn đảo", "nông thôn",
)  # fmt: skip

# Levels of government after an administrative head ("Công an huyện", "UBND xã Tân Lập").
ADMIN_LEVELS = phrases(
    "tỉnh",
    "thành phố",
    "tp",
    "tp.",
    "huyện",
    "xã",
    "quận",
    "phường",
    "thị xã",
    "thị trấn",
    "p.",
    "q.",
    "tx",
    "tx.",
)

# Prepositions before a capital city that mean the place, not its government.
LOCATIVES = phrases("ở", "tại", "đến", "tới", "từ", "thủ đô", "về", "rời", "rời khỏi", "quanh")

# Vietnamese surnames (Kinh and ethnic minorities'): a capitalised run starting with one is a
# person's name.
SURNAMES = frozenset(fold(name) for name in (*KINH_SURNAMES, *MINORITY_SURNAMES))
PLACE_WORD_SURNAMES = frozenset(map(fold, _PLACE_WORD_SURNAMES))


# After these consonants a closing "i" and "y" are one sound the news writes both ways
# ("quản lý"/"quản lí", "kỹ thuật"/"kĩ thuật", "mỹ phẩm"); underthesea's lists mostly write "i".
_I_OR_Y = re.compile(r"^(?:[hklmst]|qu)[iíìỉĩịyýỳỷỹỵ]$")
_I_TO_Y = str.maketrans("iíìỉĩịyýỳỷỹỵ", "yýỳỷỹỵiíìỉĩị")


def _spellings(word: str) -> set[str]:
    """``word`` as written and with the closing "i"/"y" of its syllables swapped."""
    spellings = {""}
    for syllable in word.split(" "):
        forms = {syllable}
        if _I_OR_Y.match(syllable.lower()):
            forms.add(syllable.translate(_I_TO_Y))
        spellings = {f"{done} {form}".lstrip() for done in spellings for form in forms}
    return spellings


def _dictionary(name: str) -> list[str]:
    """The words of one of underthesea's Vietnamese word lists ("Viet22K", "Viet39K"), in
    both spellings of a closing "i"/"y"."""
    import underthesea

    path = Path(underthesea.__file__).parent / "corpus" / "data" / f"{name}.txt"
    words = path.read_text(encoding="utf-8").split("\n")
    return [spelling for word in words for spelling in _spellings(word)]


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Single-syllable Vietnamese dictionary words (underthesea's Viet22K list).

    A capitalised syllable at the start of a sentence that is an ordinary word ("Theo",
    "Trong") is not a name.
    """
    return frozenset(fold(word) for word in _dictionary("Viet22K") if word and " " not in word)


def _pairs(words: list[str]) -> frozenset[tuple[str, str]]:
    pairs = (fold(word).split() for word in words)
    return frozenset((p[0], p[1]) for p in pairs if len(p) == 2)


# trades firms are named for that underthesea's Viet22K list lacks ("Công ty CP Đầu tư và
# thương mại ...")
_TRADES_UNLISTED = (
    "đầu tư", "truyền thông", "thủy sản", "điện lực", "dệt may", "may mặc", "phần mềm", "xi măng",
    "nhà đất", "khởi nghiệp", "xuất khẩu", "thực phẩm", "cơ khí", "lâm sản", "tiếp thị",
    "kiểm toán",
)  # fmt: skip


# words opening on a country's one-syllable name that the list lacks: "Mỹ phẩm" (cosmetics)
# and "Nhật báo" (a daily) opening a sentence name no country
_COUNTRY_WORDS_UNLISTED = (
    "mỹ phẩm", "mỹ thuật", "mỹ nhân", "mỹ nữ", "mỹ nghệ", "mỹ kim", "mỹ viện", "mỹ mãn",
    "mỹ miều", "mỹ học", "mỹ vị", "nhật báo", "nhật ký", "nhật kí", "nhật thực",
)  # fmt: skip


@lru_cache(maxsize=1)
def common_compounds() -> frozenset[tuple[str, str]]:
    """Two-syllable Vietnamese dictionary words ("cao su"): a surname opening one of them
    starts a company's name ("Cao Su Miền Nam"), not a person's."""
    return _pairs([*_dictionary("Viet22K"), *_TRADES_UNLISTED, *_COUNTRY_WORDS_UNLISTED])


@lru_cache(maxsize=1)
def segmented_words() -> frozenset[tuple[str, str]]:
    """Two-syllable words of the larger Viet39K list ("toàn cầu", "tượng đài"): the pairs
    the segmentation joins that are words, not its slips ("xa_đảo", "tra_mạng")."""
    return _pairs(_dictionary("Viet39K"))


def _name_list(file: str) -> frozenset[str]:
    text = resources.files("bantin").joinpath(f"data/{file}").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line)


@lru_cache(maxsize=1)
def people_names() -> frozenset[str]:
    """Two-syllable Vietnamese names the news writes after a person's title and seldom after
    a place word ("ca sĩ Lệ Quyên", "anh Lan Anh"), folded: counted on VietNews by
    ``scripts/train_names.py`` (see ``name_usage``)."""
    return _name_list("people_names.txt")


@lru_cache(maxsize=1)
def world_places() -> frozenset[str]:
    """Cities of 200,000 people or more outside Vietnam and the US states, folded, from
    GeoNames by ``scripts/build_world_places.py`` ("atlanta", "tartus", "nevada")."""
    return _name_list("world_places.txt")


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Vietnamese names shaped like a person's that the news writes after place words and not
    after a person's title: two syllables opening with a surname ("huyện Lâm Hà", "TP Châu
    Đốc") or three opening with none ("sân bay Tân Sơn Nhất"), folded; from the same count."""
    return _name_list("place_names.txt")
