"""Speakers and names read on the open stream in the forty-eighth round.

Speakers: a Vietnamese full name's middle says its holder's sex when no title does, so "anh
nói" is not the woman quoted last ("Đặng Thị Thung"); the clause after "trước việc" names who
spoke ("Truyền thông thế giới choáng váng trước việc tuần báo Der Spiegel thừa nhận"); an
organisation speaks under its kind's noun ("Hãng tin Reuters", "lực lượng IS"), and in its
bulletin ("bản tin bằng 6 thứ tiếng của Hãng thông tấn trung ương Triều Tiên (KCNA)"); "tạp
chí" alone is the magazine just named ("Forbes"); "được đền đáp" (repaid) is no one answering.
Names: a body's fields listed with commas up to "và" are one name ("Ủy ban Văn hóa, Giáo dục,
Thanh niên, Thiếu niên và Nhi đồng"); a capital after "thành phố" is the city, not its
country's government ("thành phố Tokyo"); "không" inside a word of flight ("hàng không", "không
gian") goes on to the place closing a body's name ("Cơ quan hàng không dân dụng Myanmar"), not to a
firm's own name ("Hãng hàng không Malaysia Airlines"); a press secretary, an assistant or an aide
holds the whole title ("Thư ký báo chí Tổng thống Nga Dmitry Peskov"), and is not the holder of
the role they serve ("Tổng thống Nga nói" after "Trợ lý Tổng thống Nga Yuri Ushakov"); a court's
"Cấp cao" the segmentation glued to its head is still the court's ("TAND Cấp cao tại TP. HCM");
a city of more than one word is a place untitled ("Đại học California, San Diego"); a firm's bare
name is the firm though it has a person's shape ("Hoàng Nhất Nam" beside "Công ty bất động sản
Hoàng Nhất Nam"); trades Viet22K lacks are words ("Công ty CP Đầu tư và thương mại ..."); a
compass word after a title opens a person's name ("NSND Trung Anh", not the compass and England);
"VIP", "CNG" are common nouns; "Nord Stream 1" is not "Nord Stream 2"; "Viet Nam" is Việt Nam;
"Human Rights Watch" is an organisation; a place in brackets after a body is where it is, not the
body's short name ("Bệnh viện Chợ Rẫy (TP. HCM)" had been a place standing for the city); fans
("CĐV") are no part of their club's name."""

from __future__ import annotations

import pytest
from naming import found, mentions_of
from quoting import quotes_of, speakers_in


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        pytest.param(
            (
                "Bác sĩ Bùi Tấn Chung đến thăm mẹ Việt Nam anh hùng Đặng Thị Thung.",
                "“Đời mẹ chỉ có vậy” - mẹ Thung trải lòng.",
                "Bác sĩ Chung thăm khám xong, anh xếp lại đồ đạc trong nhà.",
                "Lúc ra về, anh nói nhỏ với tôi: “Mình vinh hạnh được chăm sóc các mẹ”.",
            ),
            "Bùi Tấn Chung",
            id="a_middle_name_says_she_is_a_woman",
        ),
        pytest.param(
            (
                "Truyền thông thế giới choáng váng trước việc tuần báo Der Spiegel thừa nhận nhà"
                " báo Claas Relotius “đã dựng chuyện và bịa ra các nhân vật” trong ít nhất 14"
                " bài báo.",
            ),
            "Der Spiegel",
            id="the_clause_after_before_the_fact",
        ),
        pytest.param(
            (
                "Hãng tin Reuters bình luận: “Thủ tướng May đang ở thế đi cũng dở, ở cũng chẳng"
                " xong”.",
            ),
            "Reuters",
            id="an_organisation_under_its_kind",
        ),
        pytest.param(
            (
                "“Tại sở chỉ huy, lãnh đạo tối cao Kim Jong Un đã hạ lệnh bắt đầu cuộc tập trận”,"
                " bản tin bằng 6 thứ tiếng của Hãng thông tấn trung ương Triều Tiên (KCNA) nhấn"
                " mạnh.",
            ),
            "KCNA",
            id="an_agency_in_its_bulletin",
        ),
        pytest.param(
            (
                "Tạp chí Forbes nhấn mạnh rằng đây là bảng xếp hạng con người.",
                "“Bất cứ ai theo dõi ván cờ Syria đều thấy rõ sự thay đổi” - tạp chí viết.",
            ),
            "Forbes",
            id="the_magazine_alone",
        ),
    ],
)
def test_who_speaks(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert speakers_in(*paragraphs)[-1] == speaker


def test_a_word_ending_on_a_cue_is_no_cue() -> None:
    quotes = quotes_of(
        "Sự nồng nhiệt của khán giả được đền đáp bằng ca khúc mới nhất của Ngọc Sơn: “Tôi yêu"
        " người nông dân”."
    )
    assert [q.cue for q in quotes if q.cue == "đáp"] == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        pytest.param(
            "Bà Hoàng Thị Hoa, phó chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và"
            " Nhi đồng của Quốc hội, khẳng định việc ghi danh là chính xác.",
            "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng",
            id="committee",
        ),
        pytest.param(
            "Công trình thuộc sự quản lý của Bộ Đất đai, Cơ sở hạ tầng, Giao thông và Du lịch"
            " Nhật Bản.",
            "Bộ Đất đai, Cơ sở hạ tầng, Giao thông và Du lịch Nhật Bản",
            id="ministry",
        ),
    ],
)
def test_fields_listed_with_commas_make_one_name(sentence: str, name: str) -> None:
    assert (name, "ORG") in found(sentence)


def test_separate_bodies_listed_stay_apart() -> None:
    assert {"Bộ Y tế", "Bộ Công an", "Bộ Tài chính"} <= {
        text for text, _ in found("Bộ Y tế, Bộ Công an và Bộ Tài chính đã họp bàn.")
    }


def test_a_capital_after_city_is_the_city() -> None:
    mentions = mentions_of(
        "Một quan chức thành phố Tokyo cho biết thành phố sẽ tiếp tục nghiên cứu.",
        "Tokyo phản đối quyết định của Seoul.",
    )
    canonical = [(m.text, m.canonical) for m in mentions if m.text == "Tokyo"]
    assert canonical == [("Tokyo", "Tokyo"), ("Tokyo", "Nhật Bản")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        pytest.param(
            "Một quan chức thuộc Cơ quan hàng không dân dụng Myanmar thông báo ngày 5-9.",
            "Cơ quan hàng không dân dụng Myanmar",
            id="authority",
        ),
        pytest.param(
            "Ông là chuyên gia của Viện không gian quốc gia Brazil.",
            "Viện không gian quốc gia Brazil",
            id="space_institute",
        ),
        pytest.param(
            "Máy bay của Hãng hàng không Malaysia Airlines mất tích năm 2014.",
            "Malaysia Airlines",
            id="a_firm_keeps_its_own_name",
        ),
    ],
)
def test_a_word_of_flight_is_part_of_a_body_name(sentence: str, name: str) -> None:
    assert (name, "ORG") in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Bộ không cho Mỹ tham gia dự án.", "Nhóm quan chức Mỹ này cho biết sẽ trở lại."],
)
def test_not_is_no_part_of_a_body_name(sentence: str) -> None:
    assert ("Mỹ", "LOC") in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "holder", "title"),
    [
        pytest.param(
            "Thư ký báo chí Tổng thống Nga Dmitry Peskov cho biết vụ việc đã được báo cáo.",
            "Dmitry Peskov",
            "Thư ký báo chí Tổng thống Nga",
            id="press_secretary",
        ),
        pytest.param(
            "Trợ lý Ngoại trưởng Mỹ Susan Thornton có mặt tại Hà Nội.",
            "Susan Thornton",
            "Trợ lý Ngoại trưởng Mỹ",
            id="assistant",
        ),
    ],
)
def test_an_aide_holds_the_whole_title(sentence: str, holder: str, title: str) -> None:
    assert [m.title for m in mentions_of(sentence) if m.text == holder] == [title]


def test_an_aide_is_not_the_holder_of_the_role_they_serve() -> None:
    said = speakers_in(
        "Trợ lý Tổng thống Nga Yuri Ushakov cho biết hai bên sẽ gặp nhau.",
        "“Chúng tôi đã nhận được lời mời”, Tổng thống Nga nói.",
    )
    assert said[-1] != "Yuri Ushakov"


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        pytest.param(
            ("Ngày 12-7, TAND Cấp cao tại TP. HCM đã mở phiên tòa phúc thẩm.",),
            ("TAND Cấp cao tại TP. HCM", "ORG"),
            id="high_court",
        ),
        pytest.param(
            ("Nghiên cứu của trường y đại học California, San Diego vừa được công bố.",),
            ("San Diego", "LOC"),
            id="city_of_two_words",
        ),
        pytest.param(
            (
                "Khách hàng vây trụ sở Công ty bất động sản Hoàng Nhất Nam (Đà Nẵng) để đòi đất.",
                "Hoàng Nhất Nam cũng kiến nghị UBND tỉnh Quảng Nam tạo điều kiện.",
            ),
            ("Hoàng Nhất Nam", "ORG"),
            id="firm_with_a_person_shaped_name",
        ),
        pytest.param(
            ("Ông là chủ tịch Công ty CP Đầu tư và thương mại Dầu khí sông Đà.",),
            ("Công ty CP Đầu tư và thương mại Dầu khí sông Đà", "ORG"),
            id="trade_the_dictionary_lacks",
        ),
    ],
)
def test_names_read(paragraphs: tuple[str, ...], name: tuple[str, str]) -> None:
    assert name in found(*paragraphs)


def test_a_person_named_like_a_firm_keeps_a_title() -> None:
    assert ("Hoàng Nhất Nam", "PER") in found(
        "Công ty bất động sản Hoàng Nhất Nam (Đà Nẵng) bị kiện.", "Ông Hoàng Nhất Nam cho biết."
    )


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        pytest.param(
            "NSND Trung Anh cho biết bộ phim sẽ ra mắt.", ("Trung Anh", "PER"), id="compass"
        ),
        pytest.param(
            "Dàn diễn viên có NSND Trung Anh, Tú Oanh, Anh Tuấn.", ("Anh Tuấn", "PER"), id="cast"
        ),
        pytest.param("Liveshow diễn ra tại Viet Nam năm 2013.", ("Viet Nam", "LOC"), id="viet_nam"),
        pytest.param(
            "Tổ chức Human Rights Watch cáo buộc Mỹ.", ("Human Rights Watch", "ORG"), id="hrw"
        ),
    ],
)
def test_names_known(sentence: str, name: tuple[str, str]) -> None:
    assert name in found(sentence)


def test_common_abbreviations_are_no_organisations() -> None:
    assert not any(
        text in ("VIP", "CNG")
        for text, _ in found("Khách VIP được phục vụ riêng.", "Xe buýt chạy bằng khí CNG.")
    )


def test_a_numbered_pipeline_is_not_another() -> None:
    canonical = {
        m.text: m.canonical
        for m in mentions_of("Nord Stream 1 ngừng hoạt động, còn Nord Stream 2 chưa vận hành.")
    }
    assert canonical["Nord Stream 1"] != canonical["Nord Stream 2"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        pytest.param(
            "Bệnh nhân được chuyển đến Bệnh viện Nhi Đồng 2 (TP. HCM) cấp cứu.",
            "Bệnh viện Nhi Đồng 2",
            id="hospital",
        ),
        pytest.param(
            "Ông làm việc tại Công ty TNHH đầu tư xây dựng Thế giới xanh (TP. HCM) từ năm 2010.",
            "Công ty TNHH đầu tư xây dựng Thế giới xanh",
            id="firm_closing_in_lower_case",
        ),
    ],
)
def test_a_place_in_brackets_is_where_the_body_is(sentence: str, name: str) -> None:
    mentions = mentions_of(sentence)
    assert [(m.type, m.canonical) for m in mentions if m.text == name] == [("ORG", None)]


def test_fans_are_no_part_of_the_club() -> None:
    assert ("Arsenal", "ORG") in found("HLV Wenger khen ngợi CĐV Arsenal sau trận đấu.")
