"""Entities the extractor used to drop: a body named inside a title ("trưởng Ban Kinh tế
Trung ương"), and one foreign word whose sentence says what it is ("Fournier cho biết",
"Theo Newsweek,"); and a quote's speaker not taken from inside the quote before."""

from __future__ import annotations

import pytest
from naming import found
from quoting import quotes_of, speakers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Ông Nguyễn Văn Bình - trưởng Ban Kinh tế Trung ương - trao quyết định.",
            "Ban Kinh tế Trung ương",
        ),
        (
            "Trưởng Ban Tuyên giáo Trung ương Võ Văn Thưởng đã chứng kiến lễ ký kết.",
            "Ban Tuyên giáo Trung ương",
        ),
        (
            "Ông Tuấn, phó trưởng Phòng Cảnh sát PCCC quận 12, cho biết như vậy.",
            "Phòng Cảnh sát PCCC quận 12",
        ),
        (
            "Ông Khuôn - trưởng Phòng Y tế Q. Thủ Đức - nói một số nhà thuốc phàn nàn.",
            "Phòng Y tế Q. Thủ Đức",
        ),
        # the name stops before the verb: "tham dự" is what the official did
        (
            "Ông Trần Tuấn Anh, Trưởng ban Kinh tế Trung ương tham dự buổi Lễ.",
            "ban Kinh tế Trung ương",
        ),
    ],
)
def test_a_body_named_inside_a_title_is_an_organisation(text: str, body: str) -> None:
    orgs = {name for name, type_ in found(text) if type_ == "ORG"}
    assert body in orgs
    assert not any("tham dự" in o for o in orgs)


def test_the_person_after_such_a_title_keeps_it() -> None:
    mentions = found("Trưởng Ban Dân vận Trung ương Hà Thị Khiết phát biểu.")
    assert ("Hà Thị Khiết", "PER") in mentions


@pytest.mark.parametrize(
    "text",
    [
        "Trưởng ban biên tập dự thảo cho biết sẽ tiếp thu ý kiến.",
        "Ông Hùng, trưởng Ban Chỉ đạo đổi mới doanh nghiệp, chịu trách nhiệm.",
        "Ông Lâm, Chánh Văn phòng Bộ Y tế, phát biểu.",
    ],
)
def test_a_role_or_a_whole_office_is_no_body_of_its_own(text: str) -> None:
    orgs = {name for name, type_ in found(text) if type_ == "ORG"}
    assert not any(o.lower().startswith(("ban", "phòng")) for o in orgs)


def test_a_verb_ends_a_name_but_not_a_company_s_trade() -> None:
    assert ("Công an phường Thống Nhất", "ORG") in found(
        "Công an phường Thống Nhất kiểm tra quán bar."
    )
    assert ("Công ty TNHH xử lý nước Trâm Anh", "ORG") in found(
        "Ông Quốc - giám đốc Công ty TNHH xử lý nước Trâm Anh - bị truy tố."
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tôi bắt đầu ghi chép ngay, Fournier cho biết.", "Fournier"),
        ("Trong khi đó, phi hành gia Whitson đã bốn lần đi bộ ngoài không gian.", "Whitson"),
        ("Nhà vật lý Hawking được nhắc tới trong bộ phim.", "Hawking"),
    ],
)
def test_one_foreign_word_that_speaks_or_has_a_title_is_a_person(text: str, name: str) -> None:
    assert (name, "PER") in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Theo Newsweek, một người phụ nữ đã đến bệnh viện.", "Newsweek"),
        ("Khoản phí được cộng vào vé máy bay, theo Malaymail.", "Malaymail"),
    ],
)
def test_one_foreign_word_a_report_cites_is_an_outlet(text: str, name: str) -> None:
    assert (name, "ORG") in found(text)


def test_what_a_sentence_says_of_a_word_holds_for_its_bare_mentions() -> None:
    mentions = found(
        "Duan, 32 tuổi, đến từ Hà Nội.",
        "Tôi không quan tâm lắm, Duan nói.",
        "Quãng thời gian đầu sang Nhật là thực tế khó khăn của Duan.",
    )
    assert [type_ for name, type_ in mentions if name == "Duan"] == ["PER"]
    assert len([m for m in mentions if m[0] == "Duan"]) == 1


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Công ty đã bỏ trống trụ sở số 25 Pasteur nói trên.", "Pasteur"),
        ("Crew Dragon mang theo Ripley, một thiết bị thử nghiệm hình người.", "Ripley"),
        ("Bà Clark, giáo sư tại đại học Texas, Dallas cũng cho biết như vậy.", "Dallas"),
        ("Chuyên gia tại Bệnh viện New York - Presbyterian cho biết như vậy.", "Presbyterian"),
    ],
)
def test_no_speaker_or_outlet_where_the_words_mean_something_else(text: str, absent: str) -> None:
    assert not any(name == absent and type_ in ("PER", "ORG") for name, type_ in found(text))


def test_a_company_named_elsewhere_stays_a_company_when_it_speaks() -> None:
    mentions = found(
        "Apple thua hãng Qualcomm tại tòa án Đức.",
        "Qualcomm cho biết hãng sẽ nộp tiền ký quỹ.",
    )
    assert ("Qualcomm", "ORG") in mentions
    assert ("Qualcomm", "PER") not in mentions


def test_who_speaks_inside_the_quote_before_does_not_say_the_next_one() -> None:
    quotes = quotes_of(
        "“Nick đã hỏi tôi: Cuốn sách này giá bao nhiêu?” - nhà nhiếp ảnh Nguyễn Á kể. “Tôi"
        " nói, khoảng 12 USD. Nick nói: Anh đúng là người chuyên nghiệp, vì anh làm không"
        " phải vì tiền”."
    )
    assert ("Tôi", "Nguyễn Á") in speakers(quotes)
