"""Names the open stream writes after a lower-case school, a district's level, an English
company word or a company's title: "trường THPT Lê Quý Đôn" is a school named for a person,
"UBND huyện Đức Phổ" does not end at Germany, "Oxford Economics" is a firm, "Chủ tịch HĐQT
Thaco Trần Bá Dương" is Thaco's chairman, and a commentator's middle initial is part of his
name."""

from __future__ import annotations

import pytest
from naming import found


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Em học ở trường THPT Lê Quý Đôn từ năm 2015.", "THPT Lê Quý Đôn", "ORG"),
        ("Em là học sinh lớp 10 trường THCS Nguyễn Du, TP Huế.", "THCS Nguyễn Du", "ORG"),
        (
            "Chuyên gia Michael Sharnoff từ trường An ninh Quốc gia Daniel Morgan cho biết.",
            "An ninh Quốc gia Daniel Morgan",
            "ORG",
        ),
        ("Em học ở Trường THPT Lê Quý Đôn từ năm 2015.", "Trường THPT Lê Quý Đôn", "ORG"),
        (
            "Ông Lê Thanh Tân, nguyên phó chủ tịch UBND huyện Đức Phổ, cho biết.",
            "UBND huyện Đức Phổ",
            "ORG",
        ),
        (
            "Ông Louis Kuijs, người đứng đầu mảng kinh tế châu Á của Oxford Economics nhận định.",
            "Oxford Economics",
            "ORG",
        ),
        (
            "Bình luận viên David E. Sanger của tờ New York Times nhận định.",
            "David E. Sanger",
            "PER",
        ),
        # a company between a title and its holder's full name
        ("Chủ tịch HĐQT Thaco Trần Bá Dương cho biết.", "Thaco", "ORG"),
        ("Chủ tịch HĐQT Thaco Trần Bá Dương cho biết.", "Trần Bá Dương", "PER"),
        ("Tổng giám đốc Hòa Phát Trần Tuấn Dương cho biết.", "Hòa Phát", "ORG"),
        ("Ông Hà Văn Thắm, nguyên Chủ tịch HĐQT Oceanbank, bị bắt.", "Oceanbank", "ORG"),
        # what the longer names leave alone: a person after the province is the chairman,
        # not part of the place
        (
            "Chủ tịch UBND tỉnh Quảng Ngãi Trần Ngọc Căng cho biết.",
            "UBND tỉnh Quảng Ngãi",
            "ORG",
        ),
        # a capitalised verb after the province is no part of its name
        ("UBND tỉnh Hà Nam Phê duyệt dự án mới.", "UBND tỉnh Hà Nam", "ORG"),
        # a title holder's own names are no company
        ("Thủ tướng Nguyễn Xuân Phúc cho biết.", "Nguyễn Xuân Phúc", "PER"),
        ("Chủ tịch Tập Cận Bình cho biết.", "Tập Cận Bình", "PER"),
        ("Bộ trưởng Quốc phòng Ngô Xuân Lịch cho biết.", "Ngô Xuân Lịch", "PER"),
    ],
)
def test_the_name_and_its_type(text: str, name: str, type_: str) -> None:
    assert (name, type_) in found(text)
