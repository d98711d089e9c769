"""Speakers and names read on the open stream in the forty-first round: a body described in
lower case ("văn phòng thủ tướng Canada") speaks for itself, not for the person named before
it; a statement "của mình" is the clause's subject's; an address set bare in apposition ("tổ
51, Hòa Hiệp Nam") is the person's before it; "cố vấn cấp cao của ông Trump" is not Trump; a
book's title, and a title listed after it, is no speech; a capitalised "Tân" before no title
is a name's syllable ("thôn Minh Tân", "anh Tân"), not "new"."""

from __future__ import annotations

from naming import found
from quoting import quotes_of, speakers

from bantin.analyse.facts.speakers import is_role


def test_a_body_described_in_lower_case_speaks_for_itself() -> None:
    quotes = quotes_of(
        "Ông Trump chỉ trích Canada trên Twitter.",
        "Phản ứng lại những dòng tweet của ông Trump, văn phòng thủ tướng Canada cho biết: "
        '" Chúng tôi tập trung vào mọi thứ chúng tôi đạt được ở đây trong hội nghị này. "',
    )
    assert speakers(quotes) == [("Chúng", "văn phòng thủ tướng Canada")]


def test_an_office_named_after_its_title_is_no_role_but_a_chief_is() -> None:
    assert not is_role("văn phòng thủ tướng Canada")
    assert is_role("cảnh sát trưởng bang Arizona")
    assert is_role("người phát ngôn Văn phòng Tổng thống Hàn Quốc")


def test_a_statement_of_its_own_is_its_issuers() -> None:
    quotes = quotes_of(
        "Ngày 22-8, Đại sứ quán Trung Quốc tại Canada tuyên bố quan hệ đang khó khăn.",
        "Trong thông cáo của mình, Đại sứ quán Trung Quốc tại Canada phát biểu: "
        '" Chúng tôi sẽ luôn bảo vệ lợi ích của người dân và đất nước Trung Quốc. "',
        '" Canada cần thả bà Mạnh Vãn Châu ngay lập tức và đảm bảo bà an toàn trở về ", '
        "bản thông cáo viết.",
    )
    assert [speaker for _, speaker in speakers(quotes)] == [
        "Đại sứ quán Trung Quốc tại Canada",
        "Đại sứ quán Trung Quốc tại Canada",
    ]


def test_an_address_in_apposition_is_the_persons_before_it() -> None:
    quotes = quotes_of(
        "Người dân tập trung phản ứng việc dựng hàng rào.",
        "Chị Phạm Thị Phương Thảo, tổ 51, Hòa Hiệp Nam, bức xúc nói: "
        '" Hôm qua công ty rào kín lại không cho dân đi nên người dân rất bức xúc. "',
    )
    assert speakers(quotes) == [("Hôm", "Phạm Thị Phương Thảo")]


def test_someones_senior_adviser_is_not_that_person() -> None:
    quotes = quotes_of(
        "Ông Trump nói Mỹ sẽ ký thỏa thuận với Trung Quốc.",
        '" Chúng tôi đang làm những việc bình thường. Chúng tôi không xúc tiến một thỏa thuận '
        'nào " - cố vấn cấp cao của ông Trump nói thêm.',
    )
    assert len(quotes) == 1
    assert quotes[0].speaker != "Trump"


def test_titles_of_books_listed_together_are_no_speech() -> None:
    quotes = quotes_of(
        "Sofie Munster, người sáng lập tạp chí Nordic Parenting, trong hai cuốn "
        '" Yêu thương thôi chưa đủ " và " Sự khôn ngoan là điều bạn thực hành ", thì khuyên '
        "các bậc cha mẹ tạo cho con thói quen tự lập.",
        'Trong cuốn " The Taking of MH 370 ", ông Wise viết: " Tên không tặc số một ngồi ở '
        'khoang thương gia, khoang dịch vụ được phục vụ tốt nhất. "',
    )
    assert speakers(quotes) == [("Tên", "Wise")]


def test_a_capitalised_tan_before_no_title_is_part_of_a_name() -> None:
    assert ("Minh Tân", "LOC") in found("Ông Sang trú tại tổ 7, phường Minh Tân, TP Yên Bái.")
    assert ("Tân", "PER") in found("Theo đó, rạng sáng 14-4, anh Tân chạy xe máy qua cầu.")
    names = found("Tân Thủ tướng Anh Theresa May phát biểu tại London.")
    assert ("Theresa May", "PER") in names
    assert not any(text.startswith("Tân") for text, _ in names)
