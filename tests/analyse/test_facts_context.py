"""Entities typed by their sentence: people by what they do, works by their cue, models by
their designation; companies named after a country."""

from __future__ import annotations

import pytest
from naming import found


@pytest.mark.parametrize(
    "text",
    [
        "Đạo diễn Trần Văn Minh và Khánh Vy vừa hoàn thành dự án mới.",
        "Sau buổi diễn, Khánh Vy cho biết cô đã chuẩn bị rất kỹ.",
    ],
)
def test_context_types_a_name_acting_as_a_person_as_a_person(text: str) -> None:
    assert ("Khánh Vy", "PER") in found(text)


def test_context_leaves_a_name_qualifying_a_noun_untyped_as_a_person() -> None:
    assert ("Hòa Vang", "PER") not in found("Người dân Hòa Vang cho biết nước đã rút.")


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Nhiều thế hệ yêu thích ca khúc “Dậy mà đi” của nhạc sĩ Lưu Hữu Phước.", "Dậy mà đi"),
        (
            "Cô từng đóng bộ phim Trái tim không ngủ yên của đạo diễn Lê Hoàng.",
            "Trái tim không ngủ yên",
        ),
        ("Anh tham gia chương trình Gương mặt thân quen năm ngoái.", "Gương mặt thân quen"),
    ],
)
def test_context_reads_the_title_a_work_cue_introduces(text: str, work: str) -> None:
    assert (work, "MISC") in found(text)


def test_context_reads_a_list_of_works_after_one_cue() -> None:
    works = found("Cô nổi tiếng với những phim như Nice Guy, My Girl và I Miss You.")
    assert {("Nice Guy", "MISC"), ("My Girl", "MISC"), ("I Miss You", "MISC")} <= works


def test_context_does_not_read_a_slogan_in_quotes_as_a_title() -> None:
    names = {
        name for name, _ in found("Chương trình “Tiếp sức mùa thi, trao gửi yêu thương” kết thúc.")
    }
    assert not any("trao gửi" in name for name in names)


@pytest.mark.parametrize("model", ["ATR-72", "ARDEX-13"])
def test_context_reads_a_designation_as_misc(model: str) -> None:
    assert (model, "MISC") in found(f"Hôm qua, chiếc {model} đã kết thúc an toàn.")


def test_context_reads_a_nationality_then_a_person_not_a_company() -> None:
    names = found("Nhân chứng là người Colombia Alex Cifuentes Villa.")
    assert ("Colombia", "LOC") in names
    assert not any(type_ == "ORG" for _, type_ in names)


def test_context_skips_an_agency_tag_in_camel_case() -> None:
    names = {name for name, _ in found("(iHay) Phương Thanh bất ngờ nhận được bộ ảnh.")}
    assert "iHay" not in names


def test_context_leaves_out_a_foreign_title_it_cannot_end() -> None:
    names = {name for name, _ in found("Họ đóng chung phim Goddess of Fire, Jung Yi năm ấy.")}
    assert "Goddess" not in names


def test_context_reads_a_level_of_government_after_a_locative_as_a_cue() -> None:
    # the abbreviated level stays in the name as written ("TP Biên Hòa")
    assert found("Mưa đá xảy ra tại TP Biên Hòa chiều qua.") == {("TP Biên Hòa", "LOC")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tư tưởng của Chủ tịch Hồ Chí Minh luôn soi đường.", ("Hồ Chí Minh", "PER")),
        ("Ông Linh gặp người phụ nữ tên Nguyễn Thị T.V. ở chợ.", ("Nguyễn Thị T.V.", "PER")),
        (
            "Sở phạt Công ty TNHH Điện lực Vĩnh Tân 1 (chủ đầu tư) 50 triệu đồng.",
            ("Công ty TNHH Điện lực Vĩnh Tân 1", "ORG"),
        ),
    ],
)
def test_context_reads_where_a_name_ends(text: str, name: tuple[str, str]) -> None:
    assert name in found(text)


def test_context_does_not_take_a_quantity_into_a_name() -> None:
    names = {name for name, _ in found("Sở phạt Công ty Điện lực Vĩnh Tân 50 triệu đồng.")}
    assert not any("50" in name for name in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Samsung, Zentrox và Apple đều có mặt tại triển lãm.", ("Zentrox", "ORG")),
        ("Đoàn đã đến Hà Nội, Zentrova và Đà Nẵng trong tuần.", ("Zentrova", "LOC")),
    ],
)
def test_context_types_a_listed_name_like_its_neighbours(text: str, name: tuple[str, str]) -> None:
    assert name in found(text)


def test_context_does_not_list_a_lone_vietnamese_syllable() -> None:
    names = {name for name, _ in found("Đồng hành cùng nhà bán lẻ Việt, GHTK mở rộng mạng lưới.")}
    assert "Việt" not in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ca sĩ Mỹ Tâm vừa ra mắt album mới.", {("Mỹ Tâm", "PER")}),
        ("Đại sứ Mỹ Marc Knapper thăm Huế.", {("Mỹ", "LOC"), ("Marc Knapper", "PER")}),
    ],
)
def test_context_reads_a_place_after_a_title_as_a_given_name_only_before_another(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= found(text)


def test_context_reads_a_work_cue_opening_the_sentence() -> None:
    assert ("Bố già", "MISC") in found("Bộ phim Bố già của đạo diễn Lê Hoàng đạt doanh thu cao.")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Anh chụp ảnh cùng đồng nghiệp: danh ca Thu Lan, Thanh Duy, Minh Luân... ở Mỹ.",
            ("Thu Lan", "Thanh Duy", "Minh Luân"),
        ),
        ("Nhiều nghệ sĩ như Tú Oanh, Nguyệt Hằng cũng nhận vai nhỏ.", ("Tú Oanh", "Nguyệt Hằng")),
    ],
)
def test_context_types_a_list_a_title_opens_as_people(text: str, names: tuple[str, ...]) -> None:
    assert {(name, "PER") for name in names} <= found(text)


def test_context_leaves_a_list_of_places_without_a_title_as_places() -> None:
    assert ("Thanh Duy", "PER") not in found("Đoàn đi qua các xã Thanh Duy, Minh Luân và Thu Lan.")


def test_context_reads_a_person_verb_after_an_aspect_word() -> None:
    assert ("Thu Phương", "PER") in found("Trong đêm nhạc tối qua, Thu Phương đã bật khóc.")


def test_context_types_a_list_after_a_title_and_other() -> None:
    text = "Anh đăng ảnh chụp cùng các nghệ sĩ khác như Thu Lan, Minh Luân kèm lời chúc."
    assert {("Thu Lan", "PER"), ("Minh Luân", "PER")} <= found(text)


def test_context_does_not_make_a_list_places_from_a_guessed_place() -> None:
    names = found("Anh chụp ảnh cùng Thu Lan, Minh Luân và Kha Ly.", "Ca sĩ Minh Luân ra album.")
    assert ("Minh Luân", "PER") in names and ("Minh Luân", "LOC") not in names


def test_context_does_not_read_an_apposition_as_a_list_of_people() -> None:
    text = "Bác sĩ NGUYỄN THỊ HOA, Khoa Nội, Bệnh viện tỉnh: “Bệnh nhân đã ổn định”."
    assert ("Khoa", "PER") not in found(text)
