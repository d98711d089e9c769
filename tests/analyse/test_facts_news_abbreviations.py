"""Abbreviations the news writes before names: "TT" for a president ("TT Trump"), but not in
"Bộ TT - TT" (information and communications) or before a township's Vietnamese name;
"ĐBQH" for a member of the National Assembly; and a company's name the gazetteer knows ("Hòa
Phát") is not the end of a person's name followed by a lower-case word ("Hòa phát biểu")."""

from __future__ import annotations

from naming import found


def test_tt_before_a_foreign_name_is_the_president() -> None:
    names = found("TT Trump cho biết ông sẽ gặp TT Putin vào tháng tới.")
    assert {("Trump", "PER"), ("Putin", "PER")} <= names
    assert not any(name.startswith("TT") for name, _ in names)


def test_tt_in_a_ministrys_abbreviation_is_no_title() -> None:
    names = found("Bộ trưởng Bộ TT - TT Nguyễn Mạnh Hùng phát biểu tại hội nghị.")
    assert ("Bộ TT - TT", "ORG") in names
    assert ("Nguyễn Mạnh Hùng", "PER") in names


def test_a_deputy_of_the_national_assembly_is_a_person() -> None:
    names = found("ĐBQH Trần Hoàng Ngân cho rằng cần tạm dừng thu phí.")
    assert ("Trần Hoàng Ngân", "PER") in names
    assert not any("ĐBQH" in name for name, _ in names)


def test_a_companys_name_does_not_end_a_persons_before_a_lower_case_word() -> None:
    names = found("Ông Phạm Văn Hòa phát biểu tại hội trường.")
    assert ("Phạm Văn Hòa", "PER") in names
    assert not any(kind == "ORG" for _, kind in names)
    assert ("Hội Cựu Thanh niên xung phong Việt Nam", "ORG") in found(
        "Hội Cựu Thanh niên xung phong Việt Nam tổ chức lễ kỷ niệm."
    )


def test_a_newspaper_after_a_word_opening_the_sentence_is_still_the_newspaper() -> None:
    assert ("Tuổi trẻ Online", "ORG") in found("Như Tuổi trẻ Online đã phản ánh, mưa lớn.")
