"""Names read on the open stream in the forty-second round: the segmentation takes a syllable
from a one-syllable head ("Ủy" + "ban_Thường_vụ_Quốc_hội"), a country's name opens a body's
field ("Ủy ban Pháp_luật", law, not France) or a hamlet's name ("khu Mỹ Tân"), "trưởng
thôn" heads the place named after it, an investigation branch names the crimes it deals with
("Phòng CSĐT tội phạm về ma túy"), and "Trung ương Đoàn" is the Youth Union's central body,
not a person surnamed Đoàn."""

from __future__ import annotations

import pytest
from naming import found
from quoting import quotes_of, speakers

from bantin.analyse.facts.syllables import Syllables


@pytest.mark.parametrize(
    "sentence",
    [
        "Ủy ban Thường vụ Quốc hội họp phiên thứ 20.",
        "Theo Ủy ban Thường vụ Quốc hội, dự án luật cần sửa.",
        "Dự luật đã được Ủy ban Thường vụ Quốc hội thảo luận sáng nay.",
    ],
)
def test_a_standing_committee_is_one_organisation(sentence: str) -> None:
    names = found(sentence)
    assert ("Ủy ban Thường vụ Quốc hội", "ORG") in names
    assert ("Ủy ban Thường", "ORG") not in names


def test_a_syllable_taken_from_a_one_syllable_head_is_given_back() -> None:
    syllables = Syllables.of(("Ủy", "ban_Thường_vụ_Quốc_hội", "họp"))
    assert syllables.text == ("Ủy", "ban", "Thường", "vụ", "Quốc", "hội", "họp")
    # "ban" goes on "Ủy"; "vụ" goes on "Thường", a word of its own again
    assert syllables.joined == (False, True, False, True, True, True, False)


def test_a_foreign_name_glued_to_the_heads_word_stays_with_it() -> None:
    assert ("Sở thú Munich", "ORG") in found("Sở thú Munich (Đức) đã tổ chức chương trình.")


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Chủ nhiệm Ủy ban Pháp luật Nguyễn Khắc Định phát biểu.", "Ủy ban Pháp luật"),
        ("Ủy ban Pháp luật của Quốc hội thẩm tra dự án.", "Ủy ban Pháp luật"),
        ("Vụ trưởng Vụ Pháp chế (Bộ Y tế) cho biết.", "Vụ Pháp chế"),
    ],
)
def test_a_country_opening_a_bodys_field_is_the_field(sentence: str, body: str) -> None:
    names = found(sentence)
    assert (body, "ORG") in names
    assert not any(text.endswith("Pháp") for text, _ in names)


def test_a_country_after_a_parties_name_still_closes_it() -> None:
    names = found("Ông A tiếp đoàn đại biểu Đảng Cộng sản Pháp nhân chuyến thăm thành phố.")
    assert ("Đảng Cộng sản Pháp", "ORG") in names


@pytest.mark.parametrize("unit", ["khu", "xã", "thôn", "khu phố"])
def test_a_country_opening_a_units_name_is_the_units(unit: str) -> None:
    names = found(f"Người dân {unit} Mỹ Tân bức xúc vì rác thải.")
    assert ("Mỹ Tân", "LOC") in names
    assert ("Mỹ", "LOC") not in names


def test_a_person_after_a_unit_named_as_a_country_is_not_the_units() -> None:
    names = found("Chủ tịch UBND xã Nga Phan Văn Hùng nói.")
    assert ("Phan Văn Hùng", "PER") in names


def test_a_village_chief_heads_the_place_named_after_the_title() -> None:
    names = found("Ông Nguyễn Văn A, trưởng thôn Minh Tân, cho biết nước đã rút.")
    assert ("Minh Tân", "LOC") in names
    assert ("Minh Tân", "PER") not in names
    assert ("Nguyễn Văn Hùng", "PER") in found("Trưởng thôn Nguyễn Văn Hùng cho biết.")
    quotes = quotes_of('Lũ về nhanh. " Nước đã rút rồi ", trưởng thôn Minh Tân cho biết.')
    assert speakers(quotes) == [("Nước", "trưởng thôn Minh Tân")]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Ngày 22/7, Phòng CSĐT tội phạm về ma túy Công an tỉnh Quảng Nam cho biết.",
            "Phòng CSĐT tội phạm về ma túy Công an tỉnh Quảng Nam",
        ),
        (
            "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (C03) điều tra.",
            "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu",
        ),
    ],
)
def test_an_investigation_branch_names_its_crimes(sentence: str, body: str) -> None:
    assert (body, "ORG") in found(sentence)


def test_the_youth_unions_central_body_is_no_person() -> None:
    names = found("Ông Nguyễn Long Hải, Bí thư Trung ương Đoàn, phát biểu tại hội nghị.")
    assert ("Trung ương Đoàn", "ORG") in names
    assert ("Đoàn", "PER") not in names
    assert ("Đoàn Văn Hậu", "PER") in found("Anh Đoàn Văn Hậu ghi bàn.")


def test_a_country_closing_a_sentence_after_a_unit_is_read() -> None:
    # the name's end is the sentence's: nothing after it to go on with
    assert ("Mỹ", "LOC") in found("Người dân xã Mỹ")
