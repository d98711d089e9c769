"""Speakers, fifty-second round (read on random quoting pages): a cue negated through a modal
("không cần xác nhận") says nothing, a group ("Những người này") is not the one person
quoted before, the name of a state or of a report is no one's words, and "giải bày" is
"giãi bày"."""

from __future__ import annotations

import pytest
from quoting import quotes_of, speakers_in


@pytest.mark.parametrize(
    "text",
    [
        "Thì công ty không cần xác nhận với nạn nhân mà trực tiếp đâm đơn kiện là hợp lý nhất: "
        "“Nếu sai sự thật thì đúng là cứ kiện thôi, liên hệ với bên tố cáo làm gì”.",
        "Ông Nam chưa hề nói với báo chí rằng “tôi sẽ bán toàn bộ cổ phần của công ty”.",
        # a state's or a trend's name, a report as a story headlined it
        "Dẫn chứng tình trạng “trên nóng, dưới lạnh”, Bộ trưởng Mai Tiến Dũng cho biết thêm.",
        "Và dù không muốn thấy tình trạng “Anh hóa”, ông Juncker cũng cho biết thêm như vậy.",
        "Ông Ngô Hoàng Hiếu cho biết như thế xung quanh thông tin “Chủ quán nhậu gửi đơn đòi"
        " tiền nợ của lãnh đạo thị trấn”.",
        "Ngay sau khi báo Tuổi Trẻ có bài điều tra “Phế liệu từ Campuchia tuồn qua biên giới”,"
        " Bộ đội Biên phòng tỉnh An Giang đã chỉ đạo lập tổ công tác.",
    ],
)
def test_no_one_is_quoted(text: str) -> None:
    assert speakers_in(text) == []


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Đáp lại những cáo buộc này, đại diện của Management SOOP cho biết: “Chúng tôi đã"
                " xác minh các lập luận của người cung cấp thông tin”.",
                "Những người này cho rằng lời tố cáo kia là trò đùa ác ý: “Tôi với Nam Joo Hyuk"
                " thực ra cũng không thân lắm đâu”.",
            ),
            "Những người này",
        ),
        (
            (
                "Các nhà khoa học cho biết: “Chúng tôi đã hoàn thành thí nghiệm đầu tiên”.",
                "Những nhà khoa học này cho biết thêm: “Kết quả sẽ được công bố vào tháng tới”.",
            ),
            "Các nhà khoa học",
        ),
    ],
)
def test_a_group_stands_for_no_one_person(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert speakers_in(*paragraphs)[-1] == speaker


def test_a_clause_named_as_a_state_is_still_the_speakers() -> None:
    text = (
        "Ngoại trưởng Nga Sergei Lavrov bày tỏ lấy làm tiếc về tình trạng “căng thẳng leo thang"
        " không phải do Nga khơi mào”."
    )
    assert speakers_in(text) == ["Sergei Lavrov"]


def test_giai_bay_is_a_cue_in_both_spellings() -> None:
    text = (
        "Trong một tuyên bố, thẩm phán Anthony Kennedy giải bày: “Vinh dự lớn nhất đối với tôi là"
        " được phụng sự quốc gia suốt 43 năm”."
    )
    assert [(q.speaker, q.cue) for q in quotes_of(text)] == [("Anthony Kennedy", "giải bày")]
