"""Entities named again in another form: a given name alone that speaks, a stage name with
the given name first, an organisation's short name in brackets; a feeling as a speech cue;
relatives as speakers ("mẹ X", "bố của hoa hậu")."""

from __future__ import annotations

import pytest
from quoting import quotes_of

from bantin.analyse import Analyser, Segmenter
from bantin.analyse.facts import EntityComponent
from bantin.models import Article, Mention


def mentions_of(*paragraphs: str) -> tuple[Mention, ...]:
    article = Article(id="t", path=None, body=paragraphs)
    return Analyser([Segmenter(), EntityComponent()])(article).mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hôm qua, Thư nói với cả nhà rằng cô sẽ đi xa.", "Thư"),
        ("Sau đó Huệ cho biết cô rất vui.", "Huệ"),
        ("Về nhà, Khải đã tâm sự với bạn về chuyện cũ.", "Khải"),
    ],
)
def test_given_name_alone_that_speaks_is_a_person(text: str, name: str) -> None:
    assert (name, "PER") in {(m.text, m.type) for m in mentions_of(text)}


def test_given_name_alone_that_does_not_speak_is_not_guessed() -> None:
    found = {m.text for m in mentions_of("Hôm qua, Thư về quê ăn Tết với gia đình.")}
    assert "Thư" not in found


def test_given_name_alone_that_speaks_gets_the_quote() -> None:
    quotes = quotes_of("Hôm qua, Thư nói với bạn: “Mình đi thôi, muộn rồi”.")
    assert [q.speaker for q in quotes] == ["Thư"]


def test_stage_name_with_the_given_name_first_points_to_the_full_name() -> None:
    mentions = mentions_of("Ca sĩ Trần Ngọc Lan vừa ra album. Lan Trần cho biết cô rất vui.")
    stage = next(m for m in mentions if m.text == "Lan Trần")
    assert (stage.type, stage.canonical) == ("PER", "Trần Ngọc Lan")


def test_two_names_sharing_a_syllable_are_not_linked() -> None:
    mentions = mentions_of("Ca sĩ Trần Ngọc Mai vừa ra album. Nhạc sĩ Lan Trần viết bài hát.")
    stage = next(m for m in mentions if m.text == "Lan Trần")
    assert stage.canonical is None


def test_short_name_in_brackets_after_an_organisation_is_that_organisation() -> None:
    mentions = mentions_of(
        "Hiệp hội Doanh nghiệp phần mềm (Vinasoft) vừa gửi công văn.",
        "Theo Vinasoft, việc này cần làm sớm. Chủ tịch Vinasoft cho biết như vậy.",
    )
    short = [m for m in mentions if m.text == "Vinasoft"]
    assert short
    assert all(m.type == "ORG" for m in short)
    assert all(m.canonical == "Hiệp hội Doanh nghiệp phần mềm" for m in short)


def test_place_in_brackets_after_an_organisation_stays_a_place() -> None:
    mentions = mentions_of(
        "Công ty Bia Sài Gòn (Singapore) vừa báo lãi. Singapore cũng tăng trưởng nhanh."
    )
    assert {m.type for m in mentions if m.text == "Singapore"} == {"LOC"}


def test_quote_before_a_speaker_in_shock_is_speech() -> None:
    quotes = quotes_of(
        "“Tôi muốn tới đó để gặp con”, mẹ Nguyễn Thị Lan bàng hoàng không tin sự thật."
    )
    assert [q.speaker for q in quotes] == ["mẹ Nguyễn Thị Lan"]


def test_pronoun_skips_a_relative_just_quoted_of_the_other_sex() -> None:
    quotes = quotes_of(
        "“Tôi chưa tin được”, mẹ Nguyễn Thị Lan nói.",
        "Ông Trần Văn Nam mong sớm đón con về. “Chúng tôi còn đợi giấy tờ”, ông cho biết.",
    )
    assert [q.speaker for q in quotes] == ["mẹ Nguyễn Thị Lan", "Trần Văn Nam"]


def test_pronoun_for_a_person_named_with_a_kinship_title_is_the_relative() -> None:
    quotes = quotes_of(
        "Ông Trần Văn Nam mong sớm đón con về. Cạnh ông là vợ Trần Văn Nam.",
        "“Chúng tôi còn đợi giấy tờ”, bà cho biết.",
    )
    assert [q.speaker for q in quotes] == ["vợ Trần Văn Nam"]


def test_relative_of_a_person_named_by_role_is_the_speaker() -> None:
    quotes = quotes_of(
        "Hoa hậu Nguyễn Thị Lan vừa qua đời.",
        "“Chúng tôi chưa chắc chắn điều đó”, bố của hoa hậu nghẹn ngào.",
    )
    assert [q.speaker for q in quotes] == ["bố Nguyễn Thị Lan"]


@pytest.mark.parametrize(
    ("text", "name", "glued"),
    [
        ("Chào Đinh Trang, cô nói với khách.", "Đinh Trang", "Chào Đinh Trang"),
        ("Cùng Lê Văn Hòa đi chơi hôm qua.", "Lê Văn Hòa", "Cùng Lê Văn Hòa"),
    ],
)
def test_common_word_opening_the_sentence_is_not_part_of_the_name(
    text: str, name: str, glued: str
) -> None:
    found = {m.text for m in mentions_of(text)}
    assert name in found
    assert glued not in found


def test_photo_credit_before_a_capitalised_word_is_still_skipped() -> None:
    found = {m.text for m in mentions_of("Ảnh: Xuân Mai Khoảng 11h ngày 1/11, anh Vũ đi làm.")}
    assert not {"Mai Khoảng", "Mai"} & found


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        ("Thủ tướng Singapore Lý Hiển Long đã tới Hà Nội.", "Singapore", "Lý Hiển Long"),
        ("Ca sĩ Mỹ Tâm vừa ra mắt album mới.", None, "Mỹ Tâm"),
    ],
)
def test_foreign_place_after_a_title_is_not_a_given_name(
    text: str, place: str | None, person: str
) -> None:
    found = {(m.text, m.type) for m in mentions_of(text)}
    assert (person, "PER") in found
    if place is not None:
        assert (place, "LOC") in found
