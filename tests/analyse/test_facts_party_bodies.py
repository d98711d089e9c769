"""Entities, twenty-ninth round (second half): the Party's committees and other bodies the
heads did not know (Đảng ủy, Đảng bộ, Quận ủy, Thị ủy, Nghị viện, Xí nghiệp), bodies that run
on to a committee, and a dash after a place's name closing an apposition."""

from __future__ import annotations

import pytest
from naming import found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Ông Tặng - bí thư Đảng uỷ xã Tân Hộ Cơ - cho biết như vậy.", "Đảng ủy xã Tân Hộ Cơ"),
        ("Ban chấp hành Đảng bộ tỉnh Hậu Giang đã tiến hành bầu.", "Đảng bộ tỉnh Hậu Giang"),
        ("Ông Đỗ Mạnh Hải - bí thư Quận ủy Long Biên - cho rằng như vậy.", "Quận ủy Long Biên"),
        ("Ngày 19-4, Thị ủy Bỉm Sơn đã gửi công văn.", "Thị ủy Bỉm Sơn"),
        ("Dự luật vừa được Nghị viện châu Âu thông qua.", "Nghị viện châu Âu"),
        (
            "Lái tàu thuộc Xí nghiệp đầu máy Sài Gòn đã nhận trách nhiệm.",
            "Xí nghiệp đầu máy Sài Gòn",
        ),
        ("Tin tặc còn viết thư đến Wikileaks để phối hợp.", "Wikileaks"),
    ],
)
def test_the_partys_committees_and_other_bodies_are_organisations(text: str, body: str) -> None:
    assert (body, "ORG") in found(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Ông Thanh chịu trách nhiệm về vi phạm của Ban thường vụ Tỉnh ủy.",
            "Ban thường vụ Tỉnh ủy",
        ),
        (
            "Đó là Ban thường vụ Đảng ủy Quân chủng Hải quân đã vi phạm nguyên tắc.",
            "Ban thường vụ Đảng ủy Quân chủng Hải quân",
        ),
        (
            "Thành ủy kỷ luật Ban thường vụ Đảng ủy Sở nhiệm kỳ 2010 - 2015.",
            "Ban thường vụ Đảng ủy Sở",
        ),
        ("Ông Hải là ủy viên Ban thường vụ Quận ủy.", "Ban thường vụ Quận ủy"),
    ],
)
def test_a_committees_standing_board_runs_on_to_the_committee(text: str, body: str) -> None:
    assert (body, "ORG") in found(text)


def test_a_body_named_by_its_head_alone_does_not_run_on_to_the_next() -> None:
    names = found("Ngoài ra, Thành ủy giao Đảng ủy phường Tân Mai tổ chức kiểm điểm.")
    assert ("Thành ủy", "ORG") in names
    assert ("Đảng ủy phường Tân Mai", "ORG") in names


def test_a_committee_with_no_name_is_no_entity() -> None:
    names = found("Ông Dũng là phó bí thư Đảng ủy, chủ tịch Hội đồng thành viên.")
    assert not any(t.startswith("Đảng") for t, _ in names)


def test_the_party_of_a_ministry_is_not_a_party_committee() -> None:
    names = {
        t for t, _ in found("Tập thể Ban cán sự Đảng Bộ TN - MT giai đoạn 2010-2016 bị kỷ luật.")
    }
    assert "MT" not in names
    assert not any(t.endswith("Bộ TN") for t in names)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Huyện yêu cầu ông Tặng - chủ tịch UBND xã Tân Hộ Cơ - hoàn trả mặt bằng.",
            "UBND xã Tân Hộ Cơ",
        ),
        (
            "Huyện yêu cầu ông Tặng - bí thư Huyện ủy Tân Hồng - hoàn trả mặt bằng.",
            "Huyện ủy Tân Hồng",
        ),
    ],
)
def test_a_dash_after_a_places_name_closes_the_apposition(text: str, body: str) -> None:
    assert (body, "ORG") in found(text)


def test_a_dash_between_two_fields_still_pairs_them() -> None:
    assert ("Sở Giáo dục - đào tạo TP Cần Thơ", "ORG") in found(
        "Sở Giáo dục - đào tạo TP Cần Thơ cho biết như vậy."
    )
