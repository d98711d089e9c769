"""Names read on the open stream, thirty-eighth round: a name opening the sentence with a
description after a dash is the sentence's subject, not an agency's tag, and the description
says what it is; a country between an outlet's word and the outlet's foreign name, or between a
title and a foreign name whose first word looks Vietnamese ("Anh Liam Fox"), is the country."""

from __future__ import annotations

import pytest
from naming import found


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "Yoshio Kimura - chủ tịch Ủy ban đặc biệt của đảng cầm quyền - nhấn mạnh: “Người Nhật "
            "thật sự cần lao động nước ngoài”.",
            "Yoshio Kimura",
            "PER",
        ),
        (
            "Khazanah Nasional - quỹ đầu tư nhà nước nắm giữ gần 70% cổ phần của MAB, đã rót 6 tỉ "
            "ringgit vào hãng này.",
            "Khazanah Nasional",
            "ORG",
        ),
        (
            "Sayed Abdul Hadi Hedayat - học giả tôn giáo ở Afghanistan - phản đối quy định mới.",
            "Sayed Abdul Hadi Hedayat",
            "PER",
        ),
        (
            "Hôm qua, Qeexo, một công ty Mỹ phát triển công nghệ cảm ứng, cho biết sẽ mở rộng.",
            "Qeexo",
            "ORG",
        ),
    ],
)
def test_a_description_in_apposition_says_what_the_name_is(
    sentence: str, name: str, kind: str
) -> None:
    assert (name, kind) in found(sentence)


def test_an_agencys_tag_opening_the_story_is_still_no_name() -> None:
    names = found("TTO - Chiều 5-3, ông Nguyễn Văn An cho biết đã nhận được đơn.")
    assert ("Nguyễn Văn An", "PER") in names
    assert not any(name == "TTO" for name, _ in names)


def test_a_list_goes_on_after_a_comma_whatever_heads_the_next_item() -> None:
    names = found("Nhiều ngôi sao như ca sĩ Mỹ Tâm, Văn Mai Hương, Cao Thái Sơn, nhóm 365 sẽ hát.")
    assert ("Cao Thái Sơn", "PER") in names


def test_a_country_before_an_outlets_foreign_name_is_the_country() -> None:
    names = found("Trên báo Anh The Mirror, Jasmine khẳng định mình xuất thân từ một gia đình.")
    assert {("Anh", "LOC"), ("The Mirror", "ORG")} <= names


def test_a_capital_opening_an_outlets_name_makes_no_outlet_of_the_rest() -> None:
    assert not any(name == "Bulletin" for name, _ in found("Tờ Manila Bulletin ngày 3-7 đưa tin."))


def test_a_country_after_a_title_before_a_foreign_name_is_the_country() -> None:
    names = found("Bộ trưởng Thương mại quốc tế Anh Liam Fox phát biểu tại London.")
    assert {("Anh", "LOC"), ("Liam Fox", "PER")} <= names


def test_anh_opening_the_sentence_before_a_foreign_name_addresses_him() -> None:
    names = found("Anh Tom Meyers, một người lính cứu hỏa, đã hỗ trợ sơ cứu cho người tài xế.")
    assert ("Tom Meyers", "PER") in names
    assert ("Anh", "LOC") not in names


def test_a_vietnamese_word_before_a_foreign_name_keeps_the_title_in_the_name() -> None:
    assert ("Đức Mẹ Maria", "PER") in found("Bà dừng lại cầu nguyện trước tượng Đức Mẹ Maria.")


def test_a_military_airfield_is_a_place() -> None:
    names = found("Trong phát biểu tại sân bay quân sự Don Mueang, ông nói thẳng như vậy.")
    assert ("Don Mueang", "LOC") in names


def test_a_commander_in_chief_is_a_title_not_a_name() -> None:
    names = found(
        "Cựu Tổng tư lệnh tối cao đồng minh NATO, đô đốc James Stavridis nói với tờ Times."
    )
    assert ("James Stavridis", "PER") in names
    assert not any(kind == "PER" and name != "James Stavridis" for name, kind in names)


def test_a_vietnamese_word_before_a_dash_is_not_typed_by_what_follows() -> None:
    names = found(
        "Nghi can người Mỹ gốc Việt - bị cáo buộc có dự định gia nhập al - Qaeda - ra tòa."
    )
    assert ("Việt", "PER") not in names


def test_where_someone_resides_is_a_place() -> None:
    names = found("Ông Smith (ngụ Orange County) cho biết đã thấy thứ gì đó húc vào chân mình.")
    assert {("Smith", "PER"), ("Orange County", "LOC")} <= names
