"""Speakers, fifty-second round (read on random quoting pages): a cue negated through a modal
("không cần xác nhận") says nothing, and a group ("Những người này") is not the one person
quoted before."""

from __future__ import annotations

import pytest
from quoting import speakers_in


@pytest.mark.parametrize(
    "text",
    [
        "Thì công ty không cần xác nhận với nạn nhân mà trực tiếp đâm đơn kiện là hợp lý nhất: "
        "“Nếu sai sự thật thì đúng là cứ kiện thôi, liên hệ với bên tố cáo làm gì”.",
        "Ông Nam chưa hề nói với báo chí rằng “tôi sẽ bán toàn bộ cổ phần của công ty”.",
    ],
)
def test_a_negated_cue_names_no_speaker(text: str) -> None:
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
