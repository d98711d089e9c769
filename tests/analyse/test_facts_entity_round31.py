"""Entities, thirty-first round: lists of works after one plural cue, titles with a number or
a kind before their quoted name, products named by a model, a body named by its head alone,
"Anh" before an initial, and a sentence that ends on a comma."""

from __future__ import annotations

import pytest
from naming import found


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # a plural cue lists its works without "như"
        (
            "Cô ghi dấu ấn qua các phim Trái tim mùa thu, Cô dâu 15 tuổi, Ngôi nhà hạnh phúc.",
            ["Trái tim mùa thu", "Cô dâu 15 tuổi", "Ngôi nhà hạnh phúc"],
        ),
        (
            "Cô từng đóng các tác phẩm My Girl, Secret Garden.",
            ["My Girl", "Secret Garden"],
        ),
        # the year of each work does not close the list
        (
            "PSY được biết đến với các ca khúc Champion (2002), Father (2005), Right Now (2010).",
            ["Champion", "Father", "Right Now"],
        ),
        (
            "Anh đóng 5 phim truyền hình như Tế Công kỳ án (1997), Thiên long bát bộ (2003).",
            ["Tế Công kỳ án", "Thiên long bát bộ"],
        ),
        # nor does a colon after "như", nor quotes around each title
        (
            "Anh hát các ca khúc như: Chờ đông, Tình xa, Mưa hồng.",
            ["Chờ đông", "Tình xa", "Mưa hồng"],
        ),
        (
            "Bộ Quốc phòng không tham gia vào các bộ phim như “Iron Man”, “X-Men” hay "
            "“Transformers”.",
            ["Iron Man", "X-Men", "Transformers"],
        ),
    ],
)
def test_a_list_of_works_after_one_cue(text: str, titles: list[str]) -> None:
    names = found(text)
    for title in titles:
        assert (title, "MISC") in names
    assert not any(type_ == "PER" for _, type_ in names)


def test_a_single_cue_lists_nothing_and_a_person_ends_a_list() -> None:
    names = found("Ông Dũng xem phim Titanic, ông Hùng cho biết.")
    assert ("Hùng", "PER") in names
    listed = found("Cô đóng các phim Titanic, Nguyễn Văn Hùng cho biết.")
    assert ("Nguyễn Văn Hùng", "PER") in listed


def test_a_title_ends_before_an_adverb() -> None:
    assert ("Đấu trí", "MISC") in found("Bộ phim Đấu trí gần đây vừa ra mắt khán giả.")
    assert ("Người phán xử", "MISC") in found("Phim Người phán xử vừa kết thúc.")


def test_a_title_counts_its_parts_apart() -> None:
    assert ("Người phán xử", "MISC") in found("Phim Người phán xử 2 tập cuối rất hay.")


def test_the_kind_before_a_quoted_title_is_not_the_title() -> None:
    names = found(
        "Các chương trình lớn như: Cuộc vận động “Sinh viên 5 tốt”, Cuộc vận động “Sinh viên "
        "xây dựng môi trường” do Hội tổ chức."
    )
    assert ("Sinh viên 5 tốt", "MISC") in names
    assert ("Sinh viên xây dựng môi trường", "MISC") in names
    assert not any(text.startswith("Cuộc") for text, _ in names)


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Samsung đã giới thiệu Galaxy S4 cùng đồng hồ mới.", "Galaxy S4"),
        ("Sony ra mắt Xperia Z1 tại Berlin.", "Xperia Z1"),
        ("Suzuki XL7 dẫn đầu doanh số nhóm MPV.", "Suzuki XL7"),
        ("UAV Bayraktar TB2 do Thổ Nhĩ Kỳ sản xuất.", "Bayraktar TB2"),
    ],
)
def test_a_name_closed_by_a_model_is_a_product(text: str, product: str) -> None:
    assert (product, "MISC") in found(text)


def test_a_team_or_a_hospital_numbered_is_no_product() -> None:
    assert not any(type_ == "MISC" for _, type_ in found("Bệnh viện 108 tiếp nhận bệnh nhân."))


def test_a_body_named_by_its_head_alone_takes_no_fields() -> None:
    names = found(
        "Luật giao cho Chính phủ quy định trình tự, thủ tục và giải quyết các chế độ bảo hiểm."
    )
    assert ("Chính phủ", "ORG") in names
    fielded = "Trung tâm nghiên cứu, sản xuất và đào tạo chuyên gia công nghệ FPT"
    assert (fielded, "ORG") in found(f"Tổ hợp {fielded} Software rộng 15,25ha.")


def test_anh_before_an_initial_opening_a_sentence_is_a_form_of_address() -> None:
    names = found("Anh T. khẳng định gia đình không kêu gọi cộng đồng góp tiền.")
    assert ("Anh", "LOC") not in names
    assert ("T.", "PER") in names
    assert ("Anh", "LOC") in found("Ông Johnson là Thủ tướng Anh T. May từng nói.")


def test_a_sentence_ending_on_a_comma_after_a_place() -> None:
    # a house-number reading looked past the sentence's end and raised IndexError
    names = found("Trung tâm nhận định còn 4-5 cơn bão hoạt động trên Biển Đông,")
    assert ("Biển Đông", "LOC") in names


def test_a_negation_after_a_ministrys_field_is_not_its_name() -> None:
    # "phòng không" (air defence) is a word, but "quốc phòng" closed before it
    assert ("Bộ Quốc phòng", "ORG") in found("Bộ Quốc phòng không bình luận về vụ việc.")
    assert ("Cục Hàng không Việt Nam", "ORG") in found("Cục Hàng không Việt Nam cho biết.")
    assert ("Bộ Tư lệnh Phòng không", "ORG") in found("Bộ Tư lệnh Phòng không bắn hạ mục tiêu.")


@pytest.mark.parametrize("acronym", ["BHYT", "SGK", "ODA", "CMND", "GPLX", "ATM", "NQ"])
def test_an_acronym_of_a_common_noun_names_nothing(acronym: str) -> None:
    assert found(f"Ông nói về {acronym} trong cuộc họp chiều qua.") == set()


def test_a_head_coach_is_a_title_and_a_collaborator_signs_a_byline() -> None:
    assert found("Van Persie chưa hiểu ý đồ của HLV trưởng nên đã hỏi lại.") == {
        ("Van Persie", "PER")
    }
    assert ("Cường Trần", "PER") in found("CTV Cường Trần/VOV online (theo AP, Reuters)")


@pytest.mark.parametrize(
    "text",
    [
        "Sáng sinh năm 1988, trú tại xóm 7, xã Phú Phúc (Lý Nhân) thì bị bắt.",
        "Sáng sinh năm 1988, trú tại xóm 7, xã Phú Phúc (Lý Nhân, Hà Nam) thì bị bắt.",
    ],
)
def test_a_name_in_brackets_after_a_place_is_where_it_lies(text: str) -> None:
    assert ("Lý Nhân", "LOC") in found(text)


def test_a_full_name_in_brackets_after_a_place_is_a_person() -> None:
    names = found("Buổi lễ diễn ra tại xã Phú Phúc (Nguyễn Văn An chủ trì).")
    assert ("Nguyễn Văn An", "PER") in names
