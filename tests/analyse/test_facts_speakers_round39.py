"""Speakers, thirty-ninth round (errors read on quotes of the open stream, judged by hand): a
body opening the clause before "đồng thời" with a time word after its name, a statement's
owner after "thông tin của", "ông" after an organisation was quoted, a denial relayed by an
outlet, and someone unnamed of a person named after "của"."""

from __future__ import annotations

import pytest
from quoting import speakers_in


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Quân đội Mỹ gần đây cũng đã ban hành một cảnh báo về “các vụ tấn công” liên quan tới "
            "nguồn laser cường độ cao ở Djibouti, đồng thời yêu cầu các phi công Mỹ “hết sức thận "
            "trọng khi di chuyển qua khu vực này”.",
            "Quân đội Mỹ",
        ),
        (
            "Thông tin của Bloomberg khẳng định “các lãnh đạo Việt Nam cho biết đang tiếp tục thảo "
            "luận với Gulf Energy” về một kế hoạch trị giá hàng tỉ đôla.",
            "Bloomberg",
        ),
        (
            "“Con tôi không phải đứa thần kinh. Rõ ràng đã có gì đó sai sai trong vụ việc”, đài "
            "NBC dẫn lời gia đình cậu phủ nhận.",
            "gia đình cậu",
        ),
    ],
)
def test_the_speaker_of_one_sentence(sentence: str, speaker: str) -> None:
    # a body going on after "đồng thời" past a time word; information of an outlet; a denial
    # an outlet relays
    assert speakers_in(sentence) == [speaker]


def test_a_man_quoted_after_an_organisation_is_not_the_organisation() -> None:
    spoken = speakers_in(
        "“Điện Kremlin không đồng tình với báo cáo này” - ông Dmitry Peskov nhấn mạnh.",
        "Điện Kremlin cũng cho biết bản danh sách sắp tới “sẽ không khởi nguồn cho một làn sóng "
        "trừng phạt mới”.",
        "“Vì thế chúng ta sẽ phải phân tích xem chuyện gì sẽ xảy ra tiếp theo” - ông kết luận.",
    )
    assert spoken[0] == spoken[-1] == "Dmitry Peskov"


def test_someone_unnamed_of_a_person_is_not_that_person() -> None:
    spoken = speakers_in(
        "Biên tập viên này dẫn lời một quan chức cấp bộ không nêu tên trong nội các của bà May "
        "khẳng định rằng: “Cái kết đã cận kề. Bà ấy sẽ phải ra đi trong 10 ngày tới”.",
        "“Đó chỉ là một câu chuyện tưởng tượng”, một trợ lý giấu tên của ông Trump nói với "
        "Reuters.",
    )
    assert len(spoken) == 2
    assert not any(speaker in ("May", "Trump") for speaker in spoken)
