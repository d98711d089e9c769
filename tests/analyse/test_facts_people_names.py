"""Bare two-syllable names the news uses for people (stage names, players), places that
open with a surname ("Lâm Hà") and three-syllable places ("Tân Sơn Nhất"): counted on a
corpus by ``NameUsage`` and typed where nothing around them says what they are; and places
opening with a capitalised "Tân" or "Châu"."""

from __future__ import annotations

import pytest
from naming import found
from quoting import speakers_in

from bantin.analyse.facts.name_usage import NameUsage

SINGERS = "Năm 2003, Phương Thanh, Lam Trường, Hồng Nhung và Chi Bảo cổ vũ cho đội tuyển."


def test_stage_names_in_a_list_are_people() -> None:
    names = found(SINGERS)
    for singer in ("Phương Thanh", "Lam Trường", "Hồng Nhung", "Chi Bảo"):
        assert (singer, "PER") in names


def test_a_place_the_news_does_not_write_after_a_title_stays_a_place() -> None:
    assert ("Cái Răng", "LOC") in found("Cái Răng ngập sâu sau trận mưa lớn đêm qua.")


def test_a_stage_name_can_speak() -> None:
    text = (
        "Một lần tham gia gameshow, khi MC Quỳnh Châu nhắc nhở Anh Tú cẩn thận trong lúc đốt "
        'nến, Diệu Nhi liền phản ứng: "Sao em lo lắng vậy Châu?".'
    )
    assert speakers_in(text) == ["Diệu Nhi"]


def test_names_after_a_persons_title_in_two_texts_are_people() -> None:
    usage = NameUsage.count(
        [
            "Tối qua ca sĩ Lam Trường hát. Ca sĩ Lam Trường cúi chào.",
            "Khán giả vỗ tay khi anh Lam Trường ra sân khấu.",
            "Nam ca sĩ Đan Trường vừa ra album.",  # one text only
            "Tối qua Lam Trường và Đan Trường cùng hát.",
        ]
    )
    assert usage.after_person["lam trường"] == 2  # one vote per text
    assert usage.capitalised["lam trường"] == 4
    assert usage.people() == ["lam trường"]


@pytest.mark.parametrize(
    ("texts", "name", "place_votes"),
    [
        # written after place words too
        (["Ông Tân Bình cho biết, huyện Tân Bình có mưa.", "Người dân quận Tân Bình đi bầu.",
          "Chợ ở phường Tân Bình đông khách.", "Anh Tân Bình kể lại."], "tân bình", 3),
        # a common word, mostly written lower case
        (["Chị Hạnh Phúc bán hàng ở chợ.", "Bà Hạnh Phúc kể chuyện.",
          "Gia đình hạnh phúc là mơ ước. Họ sống hạnh phúc."], "hạnh phúc", 0),
    ],
)  # fmt: skip
def test_names_after_a_title_in_two_texts_may_still_not_be_people(
    texts: list[str], name: str, place_votes: int
) -> None:
    usage = NameUsage.count(texts)
    assert usage.after_person[name] == 2
    assert usage.after_place[name] == place_votes
    assert usage.people() == []


def test_only_a_whole_name_of_two_syllables_on_one_line_counts() -> None:
    usage = NameUsage.count(
        [
            "Ông Nguyễn Văn An cho biết. Bà Nguyễn Văn An nói.",
            "Trump gặp ông Tập\nTổng thống Mỹ nói. Ông Tập\nTổng thống Mỹ nói.",
        ]
    )
    assert "nguyễn văn" not in usage.after_person
    assert "tập tổng" not in usage.after_person


def test_a_capitalised_tan_opens_a_place_not_a_title() -> None:
    names = found("Nhà bị sập ở các huyện Hòn Đất, Tân Hiệp, An Biên và Kiên Hải.")
    for place in ("Hòn Đất", "Tân Hiệp", "An Biên", "Kiên Hải"):
        assert (place, "LOC") in names
    assert ("Hiệp", "PER") not in names


def test_tan_before_a_title_still_means_new() -> None:
    names = found("Tân Thủ tướng Anh Boris Johnson phát biểu trước Quốc hội.")
    assert ("Boris Johnson", "PER") in names
    assert not any(name.startswith("Tân") for name, _ in names)


def test_a_capitalised_chau_opens_a_district_not_a_continent() -> None:
    names = found("Công an TP Châu Đốc đã khởi tố vụ án. Đất Đỏ, Châu Đức cũng phát triển du lịch.")
    assert ("Công an TP Châu Đốc", "ORG") in names
    assert ("Châu Đức", "LOC") in names
    assert not {("Đốc", "LOC"), ("Đức", "LOC")} & names


def test_a_place_opening_with_a_surname_is_a_place() -> None:
    names = found("Tại huyện Di Linh, Lâm Hà, Bảo Lộc (Lâm Đồng) cà phê được thu mua với giá cao.")
    assert ("Lâm Hà", "LOC") in names


def test_names_after_place_words_in_five_texts_are_places() -> None:
    texts = [f"Mưa lớn ở huyện Lâm Hà, ngày {day}." for day in range(5)]
    usage = NameUsage.count([*texts, "Ông Lâm Hà Anh cho biết."])  # a longer name: no vote
    assert usage.after_place["lâm hà"] == 5
    assert usage.places() == ["lâm hà"]
    assert NameUsage.count(texts[:4]).places() == []


def test_a_place_that_is_also_a_given_name_or_a_street_stays_a_name() -> None:
    communes = [f"Người dân xã Thái Sơn đi bầu lần {k}." for k in range(5)]
    given = ["Anh Nguyễn Thái Sơn cho biết.", "Chị Lê Thái Sơn kể lại."]
    assert NameUsage.count([*communes, *given]).after_surname["thái sơn"] == 2
    assert NameUsage.count([*communes, *given]).places() == []
    wards = [f"Phường Trần Phú ngập lần {k}." for k in range(5)]
    streets = [f"Đường Trần Phú, đoạn {k}, ngập sâu." for k in range(5)]
    assert NameUsage.count([*wards, *streets]).places() == []
    assert NameUsage.count(wards).places() == ["trần phú"]


@pytest.mark.parametrize(
    "text",
    [
        "Máy bay hạ cánh xuống Tân Sơn Nhất lúc 9 giờ sáng.",
        "Du khách đến Ngũ Hành Sơn rất đông trong dịp lễ.",
    ],
)
def test_a_three_syllable_place_no_surname_opens_is_a_place(text: str) -> None:
    place = next(name for name in ("Tân Sơn Nhất", "Ngũ Hành Sơn") if name in text)
    assert (place, "LOC") in found(text)


def test_a_three_syllable_name_no_listed_surname_opens_may_be_a_person() -> None:
    names = found("Tập Cận Bình và Đàm Vĩnh Hưng cùng xuất hiện.")
    assert {("Tập Cận Bình", "PER"), ("Đàm Vĩnh Hưng", "PER")} <= names


def test_three_syllable_names_after_place_words_in_five_texts_are_places() -> None:
    airports = [f"Chuyến bay hạ cánh ở sân bay Tân Sơn Nhất, lần {k}." for k in range(5)]
    usage = NameUsage.count(
        [
            *airports,
            "Ông Tập Cận Bình phát biểu.",
            "Ông Nguyễn Văn An Khang đến.",  # four syllables: no vote
        ]
    )
    assert usage.after_place["tân sơn nhất"] == 5
    assert usage.after_person == {"tập cận bình": 1}
    assert usage.places() == ["tân sơn nhất"]
    assert usage.people() == []  # three syllables are a person's by their shape already
    assert NameUsage.count(airports[:4]).places() == []


def test_a_three_syllable_name_a_surname_opens_or_a_person_word_precedes_stays_a_name() -> None:
    wards = [f"Người dân phường Nguyễn Trung Trực đi bầu lần {k}." for k in range(5)]
    assert NameUsage.count(wards).places() == []  # named after a person
    districts = [f"Mưa ở quận Đông Hải Long, ngày {k}." for k in range(5)]
    people = ["Ông Đông Hải Long nói.", "Anh Đông Hải Long kể."]
    assert NameUsage.count([*districts, *people]).places() == []
    assert NameUsage.count(districts).places() == ["đông hải long"]
