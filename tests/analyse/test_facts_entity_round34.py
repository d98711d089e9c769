"""Entities, thirty-fourth round (from ``tests/facts_dev/dev_entities34.jsonl``): schools
written as "THPT" before a person's name, contests named by their last word, an initial before
the next sentence, places listed in brackets, units numbered with "số", a commune that shares
a newspaper's name, and common words that open a phrase."""

from __future__ import annotations

import pytest
from naming import found


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Tại điểm thi THPT Nguyễn Thượng Hiền, Đà Nẵng sáng 25-6, bà Liếu đợi cháu.",
         "THPT Nguyễn Thượng Hiền"),
        ("Em là học sinh lớp 9, THCS Trần Phú, năm nay thi vào lớp 10.", "THCS Trần Phú"),
    ],
)  # fmt: skip
def test_a_school_level_before_a_persons_name_names_the_school(text: str, school: str) -> None:
    names = found(text)
    assert (school, "ORG") in names
    person = school.split(" ", 1)[1]
    assert (person, "PER") not in names


@pytest.mark.parametrize(
    ("text", "contest"),
    [
        ("Djokovic bảo vệ thành công chức vô địch Thượng Hải Masters sau trận chung kết.",
         "Thượng Hải Masters"),
        ("Anh cũng đã vô địch China Open sau chiến thắng trước Rafael Nadal.", "China Open"),
        ("Hà Nội FC sẽ dự AFC Cup năm nay.", "AFC Cup"),
        ("Tay vợt đã sớm rời cuộc chơi tại Giải Đan Mạch mở rộng khi bị loại ngay vòng 1.",
         "Giải Đan Mạch mở rộng"),
    ],
)  # fmt: skip
def test_a_contest_is_named_by_its_last_word(text: str, contest: str) -> None:
    names = found(text)
    assert (contest, "MISC") in names
    assert not any(contest.startswith(n) and n != contest for n, _ in names)


def test_open_is_a_verb_when_an_object_follows() -> None:
    names = found("Giải Sao Mai mở rộng đối tượng dự thi năm nay.")
    assert ("Giải Sao Mai", "MISC") in names
    assert ("Giải Sao Mai mở rộng", "MISC") not in names


@pytest.mark.parametrize("opener", ["Do", "Vì", "Khi"])
def test_a_function_word_after_an_initial_opens_the_next_sentence(opener: str) -> None:
    names = found(f"Nhóm này đánh anh L. {opener} bị đánh và hoảng sợ, anh L. bỏ xe chạy.")
    assert names == {("L.", "PER")}


def test_a_given_name_after_an_initial_stays_with_it() -> None:
    assert ("T. Hương", "PER") in found("Chị T. Hương cho biết chị không biết.")


def test_places_listed_in_brackets_up_to_a_known_place() -> None:
    names = found("Người dân gần hồ Linh Đàm (Đại Kim, Hoàng Mai, Hà Nội) phát hiện một xác chết.")
    assert {("Đại Kim", "LOC"), ("Hoàng Mai", "LOC"), ("Hà Nội", "LOC")} <= names


def test_a_country_in_brackets_does_not_make_places_of_people() -> None:
    names = found("Đội tuyển Việt Nam (Nguyễn Quang Hải, Hà Nội) đã thắng.")
    assert ("Nguyễn Quang Hải", "PER") in names


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Đại úy Tiến, đội trưởng Đội tuần tra kiểm soát giao thông số 2, cho biết.",
         "Đội tuần tra kiểm soát giao thông số 2"),
        ("Theo Phòng cảnh sát PCCC số 3, đám cháy đã được dập tắt.", "Phòng cảnh sát PCCC số 3"),
    ],
)  # fmt: skip
def test_a_unit_numbered_with_so(text: str, unit: str) -> None:
    assert (unit, "ORG") in found(text)


def test_a_house_number_after_a_firm_is_its_address() -> None:
    names = found("Trụ sở Công ty Minh Long số 5 đường Lê Lợi bị khám xét.")
    assert ("Công ty Minh Long", "ORG") in names


def test_a_commune_named_like_a_newspaper_is_a_place() -> None:
    names = found("Nguyễn Hồng Quân ở xã Tiền Phong, huyện Mê Linh, theo báo Tiền Phong.")
    assert ("Tiền Phong", "LOC") in names
    assert ("Tiền Phong", "ORG") in names  # the newspaper, where a paper's word names it


@pytest.mark.parametrize(
    "text",
    [
        "Khoảng 6h, tại Khu du lịch quốc gia hồ Tuyền Lâm (Đà Lạt) đã xảy ra hoả hoạn.",
        "Séc này, cả hai liên tiếp rượt đuổi tỉ số.",
        "Anh này cho biết sẽ về quê.",
        "Tay vợt này không vượt trội so với các tay vợt xếp sau ở Top 20.",
    ],
)
def test_common_words_are_no_places(text: str) -> None:
    names = found(text)
    assert not any(name in ("Khu", "Séc", "Anh", "Top") for name, _ in names)


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Quân đội dự kiến diễn tập ở Quần đảo Cayman.", "Quần đảo Cayman", "LOC"),
        ("Djokovic vượt qua Juan Martin Del Potro một cách kịch tính.",
         "Juan Martin Del Potro", "PER"),
        ("Người yêu thiên văn sẽ chiêm ngưỡng mưa sao băng Delta Aquarids.",
         "Delta Aquarids", "MISC"),
        ("Nguy cơ lây lan của biến thể Omicron vẫn cao.", "Omicron", "MISC"),
        ("Biên đạo Ngọc Quang tái ngộ chương trình.", "Ngọc Quang", "PER"),
    ],
)  # fmt: skip
def test_kinds_from_the_words_around_a_name(text: str, name: str, type_: str) -> None:
    assert (name, type_) in found(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sau khi Mỹ rút khỏi TPP, CPTPP và EVFTA có hiệu lực.", ["TPP", "CPTPP", "EVFTA"]),
        ("Thanh long trồng theo tiêu chuẩn Việt GAP, Global GAP.", ["Việt GAP", "Global GAP"]),
    ],
)
def test_agreements_and_standards_are_no_organisations(text: str, names: list[str]) -> None:
    found_names = found(text)
    for name in names:
        assert (name, "MISC") in found_names


def test_a_bus_operator_after_nha_xe() -> None:
    assert ("Hoàng Long", "ORG") in found("Hành khách đi nhà xe Hoàng Long từ Hà Nội.")
