"""What surrounds a speaker in the clause before a cue: when it spoke ("Bà từng nói", "Trung
Quốc trước đó kêu gọi", "ngày 2-5, Công an TP Biên Hòa"), a first verb the cue is joined to
("X ca ngợi phán quyết và nhấn mạnh"), a name after "là" ("luật sư của nguyên đơn là X"), a
long role in apposition, two people as one subject, and quotes that are no one's words: a case
as an earlier story headlined it, "đòi hỏi", and a contrast after the quote."""

from __future__ import annotations

import pytest
from quoting import quotes_of


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Bà Marta Rovira là người chỉ trích ông Puigdemont.",
                "Bà từng nói rằng: “Điều đầu tiên tôi làm nếu nắm quyền là kêu gọi đối thoại”.",
            ),
            "Marta Rovira",
        ),
        (
            ("Trung Quốc trước đó kêu gọi Mỹ “ngừng thông đồng với phe ly khai ở Hong Kong”.",),
            "Trung Quốc",
        ),
        (
            (
                "“Ông Trump đang hướng tới chiến dịch tái tranh cử, còn ông Kim muốn nới lỏng "
                "cấm vận” - tờ Nikkei Asian Review ngày 1-7 cho biết.",
            ),
            "Nikkei Asian Review",  # the outlet, named
        ),
        (
            (
                "Trong khi đó, luật sư của nguyên đơn là Moshe Maimon ca ngợi phán quyết của tòa "
                "và nhấn mạnh: “Các tài liệu nội bộ một lần nữa khẳng định sự thật”.",
            ),
            "Moshe Maimon",
        ),
        (
            (
                "Mẹ của nạn nhân là bà Nguyễn Thị Lan cho biết: “Tôi rất đau lòng khi nghe tin "
                "con gặp nạn”.",
            ),
            "Nguyễn Thị Lan",
        ),
        (
            (
                "Giáo sư James Logan, nhà nghiên cứu chính, trưởng khoa Kiểm soát dịch bệnh tại "
                "Đại học Y học nhiệt đới và Vệ sinh dịch tễ London, trả lời trên tờ Newsweek: "
                "“Đây là kết quả lớn của cả nhóm chúng tôi”.",
            ),
            "James Logan",
        ),
        (
            (
                "Năm ngoái, Tổng thống Mỹ Donald Trump và lãnh đạo Triều Tiên Kim Jong Un đã gặp "
                "nhau tại Singapore.",
                "Ông Trump và ông Kim, trong tuyên bố chung của cuộc gặp ấy, đã cam kết “xây dựng "
                "mối quan hệ Mỹ - Triều Tiên mới”.",
            ),
            "Donald Trump và Kim Jong Un",
        ),
        # what the rules leave alone: the relative of someone named, a first verb that is no cue
        (
            ("Mẹ của bé Trà My cho biết: “Tôi rất đau lòng khi nghe tin con gặp nạn”.",),
            "Mẹ của bé Trà My",
        ),
        (
            (
                "Bộ trưởng Lê Văn Thành cảm ơn các đại biểu và nhấn mạnh: “Chúng ta phải làm tốt "
                "hơn nữa trong năm tới”.",
            ),
            "Lê Văn Thành",
        ),
    ],
)
def test_who_the_clause_before_the_cue_names(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert quotes_of(*paragraphs)[-1].speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # an earlier story's headline, not the police's words
        "Liên quan vụ “Truy tìm tài xế ôtô tông 6 người cùng gia đình rồi bỏ trốn”, ngày 2-5, "
        "Công an TP Biên Hòa xác nhận tài xế đã ra trình diện.",
        # "hỏi" of "đòi hỏi" (demand) asks nothing, and a contrast after the quote is not its
        # speaker
        "Còn ở Tokyo, thậm chí một số trường đòi hỏi “chứng nhận màu tóc tự nhiên”, mặc dù một "
        "số quan chức giáo dục nói rằng việc nộp chứng nhận ấy chỉ là tự nguyện.",
    ],
)
def test_words_that_are_no_ones_speech(text: str) -> None:
    assert quotes_of(text) == ()


def test_a_scare_quote_after_cases_is_still_reported() -> None:
    quotes = quotes_of(
        "Thủ tướng Anh và đại diện cảnh sát đã lên tiếng khẳng định các vụ việc “có thể là hành "
        "động khủng bố”."
    )
    assert [q.speaker for q in quotes] == ["Thủ tướng Anh và đại diện cảnh sát"]


@pytest.mark.parametrize(
    ("opening", "seat", "holder"),
    [
        ("Tổng thống Mỹ Donald Trump đã tới Hà Nội hôm qua.", "Ông chủ Nhà Trắng", "Donald Trump"),
        (
            "Tổng thống Nga Vladimir Putin đã gặp ông Trump.",
            "Người đứng đầu Điện Kremlin",
            "Vladimir Putin",
        ),
    ],
)
def test_a_seat_of_government_stands_for_the_president_the_article_names(
    opening: str, seat: str, holder: str
) -> None:
    quotes = quotes_of(opening, f"{seat} nói: “Đây là một chuyến đi rất quan trọng với chúng tôi”.")
    assert quotes[-1].speaker == holder


def test_a_seat_names_no_one_when_two_presidents_share_the_title() -> None:
    quotes = quotes_of(
        "Tổng thống Donald Trump đã gặp Tổng thống Moon Jae-in tại Seoul.",
        "Ông chủ Nhà Trắng nói: “Đây là một chuyến đi rất quan trọng với chúng tôi”.",
    )
    assert quotes[-1].speaker not in ("Donald Trump", "Moon Jae-in")
