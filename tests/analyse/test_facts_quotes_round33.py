"""Quotes and names, thirty-third round (errors of `dev_quotes33`, a fresh sample annotated
before the round): a speaker named after the quote with a word or two on how they said it,
headline quotes in single marks, a second quote of a clause after "và rằng", a speaker right
after a quote that closed without a period, a role and an initial, a body's spokesperson,
"khiến", new cues; firms named like people, "HTX", "PGĐ"; slogans and names after "tên"."""

from __future__ import annotations

import pytest
from naming import found
from quoting import quotes_of, speakers_in


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“Giờ họ đang giữ lời hứa đó, thật đáng tiếc”, ông Mike Pompeo mỉa mai.", "Mike Pompeo"),
        ("“Cậu sẽ làm theo, hoặc ra ngoài sân ngay”, ông David Moyes gay gắt.", "David Moyes"),
        # "Thể" closes the name, not a negation ("không thể")
        (
            "“Đơn cử như khi xây dựng sân bay Long Thành phải mất tới 3 năm”, Bộ trưởng "
            "Nguyễn Văn Thể bày tỏ.",
            "Nguyễn Văn Thể",
        ),
    ],
)
def test_a_speaker_named_after_the_quote_with_how_they_said_it(sentence: str, speaker: str) -> None:
    assert speakers_in(sentence) == [speaker]


def test_the_words_after_the_name_are_its_cue() -> None:
    (quote,) = quotes_of("“Giờ họ đang giữ lời hứa đó, thật đáng tiếc”, ông Mike Pompeo mỉa mai.")
    assert quote.cue == "mỉa mai"


def test_a_clause_after_the_name_is_no_manner_of_saying() -> None:
    assert (
        speakers_in(
            "“Tôi sẽ quay lại đây vào năm sau cùng gia đình”, ông Mike Pompeo đi về khách sạn ngay."
        )
        == []
    )


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Bộ trưởng Nguyễn Văn Thể: ' Chủ động giải quyết vấn đề BOT '", "Nguyễn Văn Thể"),
        ("Bộ trưởng Nguyễn Văn Thể: ‘ Chủ động giải quyết vấn đề BOT ’", "Nguyễn Văn Thể"),
        ("Bộ trưởng Nguyễn Văn Thể: 'Chủ động giải quyết vấn đề BOT'", "Nguyễn Văn Thể"),
    ],
)
def test_a_headline_quotes_in_single_marks(title: str, speaker: str) -> None:
    quotes = quotes_of(
        "Bộ trưởng Giao thông vận tải Nguyễn Văn Thể đã làm việc với các nhà đầu tư.",
        title=title,
    )
    assert [(q.text, q.speaker, q.in_title) for q in quotes] == [
        ("Chủ động giải quyết vấn đề BOT", speaker, True)
    ]


def test_an_apostrophe_in_a_headline_opens_no_quote() -> None:
    quotes = quotes_of(
        "Ông Nguyễn Văn Thể đã làm việc với các nhà đầu tư ở Đắk R’Lấp.",
        title="Ông Nguyễn Văn Thể làm việc ở Đắk R’Lấp và Tuy Đức với 'các nhà đầu tư lớn'",
    )
    assert quotes == ()


def test_a_second_quote_of_the_clause_after_va_rang() -> None:
    quotes = quotes_of(
        'Ông Trump cho biết các quan chức phía Trung Quốc đã thực hiện 2 " cuộc gọi rất tốt '
        'đẹp " và rằng " họ muốn đạt được một thoả thuận ".'
    )
    assert [(q.text, q.speaker) for q in quotes] == [("họ muốn đạt được một thoả thuận", "Trump")]


def test_a_speaker_right_after_a_quote_closed_without_a_period() -> None:
    speakers = speakers_in(
        'Facebooker Hanh Tun bình luận: "Thật chẳng hiểu tại sao một ca sĩ danh tiếng lại có '
        'thể hành động như vậy" Bạn Duc Trung Nguyen thì đặt ra nghi vấn: "Phải chăng anh ấy '
        'đang muốn lợi dụng chuyện buồn nhà người ta?" Những hình ảnh bị nhiều người phản đối.'
    )
    assert speakers[0] == "Hanh Tun" and "Duc Trung Nguyen" in (speakers[1] or "")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('MC Liu Xin sau đó phản hồi rằng " đã nghe thấy hết " nhưng sẽ không đến.', "Liu Xin"),
        # those a situation makes speak, not the situation
        (
            'Tình trạng này khiến khán giả đặt ra câu hỏi: "Phải chăng Việt Nam đang loạn các '
            'cuộc thi hoa hậu".',
            "khán giả",
        ),
    ],
)
def test_new_cues(sentence: str, speaker: str) -> None:
    assert speakers_in(sentence) == [speaker]


def test_a_role_and_an_initial_is_not_the_person_the_role_named_before() -> None:
    speakers = speakers_in(
        "Lúc 20h30, tài xế N.X.T. (39 tuổi) lái xe máy qua khu vực ngã tư Thủ Đức.",
        "Lúc 20h45, ông T.V.Q. (34 tuổi) lái xe máy về nhà sau cuộc nhậu.",
        "“Tôi uống duy nhất 1 lon bia, bạn bè ép nhậu nên tôi bỏ về trước”, tài xế Q. nói.",
    )
    assert speakers == ["T.V.Q."]


def test_a_spokesperson_of_the_presidents_office_is_not_the_president() -> None:
    speakers = speakers_in(
        "“Tổng thống Hàn Quốc Park Geun-hye đã bày tỏ cảm ơn đối với sự lựa chọn của Manila. "
        "Phía đối tác Philippines cũng đang quyết định lựa chọn hợp đồng có liên quan.”, phát "
        "ngôn viên Văn phòng Tổng thống Hàn Quốc nói."
    )
    assert speakers == ["phát ngôn viên Văn phòng Tổng thống Hàn Quốc"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a slogan names a movement
        'Sau 5 năm thực hiện phong trào thi đua " Lực lượng CSGT đường bộ - đường sắt, mỗi '
        'ngày mỗi người có việc làm tốt phục vụ nhân dân " đã có 14.000 lượt cán bộ tham gia.',
        'Theo ông Nam, tên "Hoa hậu Hòa bình" đã gắn với thương hiệu của cuộc thi.',
    ],
)
def test_a_name_in_quotes_is_no_speech(sentence: str) -> None:
    assert speakers_in(sentence) == []


def test_firms_named_like_people_are_organisations() -> None:
    mentions = found(
        "Ông Hải, Giám đốc Công ty Hoàng Long cho biết.",
        "Bà H. là người được Công ty Huỳnh Văn Nô ủy quyền.",
        "Ông NGUYỄN TRUNG HẢI, PGĐ HTX Thành Công nói.",
    )
    assert {("Công ty Hoàng Long", "ORG"), ("Công ty Huỳnh Văn Nô", "ORG")} <= mentions
    assert ("HTX Thành Công", "ORG") in mentions
    assert not any(kind == "PER" and "Long" in text for text, kind in mentions)


def test_a_person_before_an_abbreviated_title_speaks() -> None:
    assert speakers_in(
        "Ông NGUYỄN TRUNG HẢI, PGĐ HTX Thành Công: “Muốn hòa lưới Quốc gia khó, chúng tôi "
        "cũng muốn lắm nhưng chưa được.”"
    ) == ["NGUYỄN TRUNG HẢI"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the cue is a noun ("câu trả lời") whose owner the words after it name
        (
            'Trên màn hình, khán giả thấy rõ dòng chữ như câu trả lời của nữ MC cho đối thủ: " '
            'Những cảm xúc của tôi dựa trên những thực tế ".',
            "nữ MC",
        ),
        (
            'Toàn văn lời đáp trả của Thủ tướng Hun Sen: " Tôi lấy làm tiếc sâu sắc khi đọc bài '
            'viết ngày 31-5 trên Facebook của Thủ tướng Singapore ".',
            "Hun Sen",
        ),
    ],
)
def test_whose_words_a_noun_names(sentence: str, speaker: str) -> None:
    assert speakers_in(sentence) == [speaker]
