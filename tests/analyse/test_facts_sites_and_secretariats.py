"""Names read on a new development set and the open stream, fortieth round: a web site is
named by its whole domain, and its bare name is the same organisation; a secretariat's body
goes on past "Ban thư ký"; a common word written like a province ("Hòa bình") does not cut a
body's name; "ông ở X", "nghi can ở X" place someone without naming him; a title's
organisation set in apposition ("lãnh đạo Rostec - công ty mẹ") is no person; Vietnamese
abbreviations of common nouns ("HĐXX", "PCCC") name no one."""

from __future__ import annotations

import pytest
from naming import found


def test_a_site_is_named_by_its_domain_not_taken_for_a_reporter() -> None:
    names = found("Trao đổi với PV Nguoiduatin.vn, đại diện công an huyện cho biết.")
    assert ("Nguoiduatin.vn", "ORG") in names
    assert not any(text.startswith("Nguoiduatin") and type_ == "PER" for text, type_ in names)


def test_the_bare_name_of_a_site_is_the_same_organisation() -> None:
    names = found(
        "Sở yêu cầu thu hồi hai tên miền Zalo.vn và Zalo.me.",
        "Theo số liệu của Bộ, Zalo hiện đang có 46,7 triệu tài khoản.",
    )
    assert {("Zalo.vn", "ORG"), ("Zalo.me", "ORG"), ("Zalo", "ORG")} <= names


def test_a_secretariat_is_one_body_with_what_it_serves() -> None:
    names = found(
        "KCNA dẫn lời Ban thư ký Ủy ban Hòa bình Thống nhất Triều Tiên cảnh báo Hàn Quốc."
    )
    assert ("Ban thư ký Ủy ban Hòa bình Thống nhất Triều Tiên", "ORG") in names
    assert not any(text.startswith("Ủy ban Hòa bình") for text, _ in names)


def test_a_capitalised_secretariat_leaves_no_fragment() -> None:
    names = found("Ngân sách hàng năm của APEC cũng do Ban Thư ký APEC quản lý.")
    assert ("APEC", "ORG") in names
    assert ("Ban Thư", "ORG") not in names


def test_a_place_written_with_its_own_lower_case_words_still_closes_a_body() -> None:
    # "Liên bang Nga" is how the gazetteer writes Russia: the agency's name ends there
    names = found("Theo Hãng thông tấn Liên bang Nga ITAR-TASS, ông nói.")
    assert ("Hãng thông tấn Liên bang Nga", "ORG") in names


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Cảnh sát đã lục soát nhà của nghi can ở Wilmington.", "Wilmington"),
        ("Hình ảnh trẻ em ở Douma được cho là trúng chất độc hóa học.", "Douma"),
        ("Đám tang được tổ chức tại quê hương của ông ở Zama, một dãy núi.", "Zama"),
        ("Một người đàn ông ở Tây Java thậm chí trộn thuốc diệt muỗi vào rượu.", "Tây Java"),
    ],
)  # fmt: skip
def test_someone_placed_with_o_or_tai_is_not_named_by_the_place(sentence: str, place: str) -> None:
    names = found(sentence)
    assert (place, "LOC") in names
    assert (place, "PER") not in names


def test_an_office_held_in_a_place_still_names_its_holder() -> None:
    names = found("Đại sứ Mỹ tại Việt Nam Marc Knapper cho biết.")
    assert ("Marc Knapper", "PER") in names


def test_the_organisation_a_title_names_in_apposition_is_no_person() -> None:
    names = found("Serge Chemezov - lãnh đạo Rostec - công ty mẹ của Rosoboronexport cho biết.")
    assert ("Rostec", "ORG") in names
    assert ("Serge Chemezov", "PER") in names


def test_a_person_before_a_title_and_a_body_in_apposition_stays_a_person() -> None:
    names = found("PGS.TS Mai Văn Trinh - cục trưởng Cục Quản lý chất lượng trả lời.")
    assert ("Mai Văn Trinh", "PER") in names


@pytest.mark.parametrize("abbreviation", ["HĐXX", "PCCC", "CSGT", "ANTT"])
def test_an_abbreviation_of_a_common_noun_names_no_one(abbreviation: str) -> None:
    sentence = f"Theo {abbreviation}, việc này cần được xem xét kỹ."
    assert not any(text == abbreviation for text, _ in found(sentence))
