"""Entities: what a name is from the words around and inside it, and where it ends, in
news layouts the rules first met in VietNews (all texts written for these tests)."""

from __future__ import annotations

import pytest
from naming import found


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Hãng tin Reuters ngày 2-7 cho biết đã liên hệ với công ty.", "Reuters", "ORG"),
        ("Báo Merkur của Đức cho biết có nhiều dấu vết.", "Merkur", "ORG"),
        ("Hãng Sanofi từng đánh giá loại thuốc này là an toàn.", "Sanofi", "ORG"),
    ],
)
def test_kinds_drop_a_descriptive_head_before_a_foreign_name(
    text: str, name: str, type_: str
) -> None:
    assert (name, type_) in found(text)


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Nhà máy của công ty China Mobile vừa đóng cửa.", "China Mobile", "ORG"),
        ("Một người khách nói với tờ Passauer Neue Presse rằng đêm đó yên tĩnh.",
         "Passauer Neue Presse", "ORG"),
        ("Dự án nhà trẻ ở căn cứ Joint Base Andrews bị rút ngân sách.", "Joint Base Andrews",
         "LOC"),
        ("Luật có tên International Megan ’ s Law được thông qua.",
         "International Megan ’ s Law", "MISC"),
    ],
)  # fmt: skip
def test_kinds_type_foreign_names_by_their_common_nouns(text: str, name: str, type_: str) -> None:
    assert (name, type_) in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đoàn đến thăm Chùa Bái Đính vào buổi sáng.", "Chùa Bái Đính"),
        ("Xe khách chạy hướng Cầu Thanh Trì thì gặp nạn.", "Cầu Thanh Trì"),
        ("Họ leo lên đỉnh núi Múa để chụp ảnh.", "núi Múa"),
        ("Lãnh đạo xã Vũ Quý cho biết sự việc đang được điều tra.", "Vũ Quý"),
        ("Hỏa hoạn bùng phát ở các xã Khánh Sơn, Nam Kim và Nam Lộc.", "Nam Kim"),
    ],
)
def test_kinds_read_places_from_their_heads_and_lists(text: str, name: str) -> None:
    assert (name, "LOC") in found(text)


def test_kinds_leave_compass_words_out_of_a_known_place() -> None:
    names = found("Trung tâm quan sát theo dõi tình hình phía Tây Nam Syria.")
    assert ("Syria", "LOC") in names
    assert not any("Tây Nam" in name for name, _ in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ông Huỳnh Hữu Thái làm việc ở Sở Giáo dục và đào tạo tỉnh từ năm 2015.",
         "Sở Giáo dục và đào tạo"),
        ("Chuyên viên Phòng Kế hoạch - tài chính bị khiển trách.", "Phòng Kế hoạch - tài chính"),
        ("Lãnh đạo Cục Phát thanh, truyền hình và thông tin điện tử cho biết đã gửi yêu cầu.",
         "Cục Phát thanh, truyền hình và thông tin điện tử"),
        ("Hồ sơ được chuyển sang VKSND quận 4 vào ngày 21/4.", "VKSND quận 4"),
        ("Hôm qua, TAND tỉnh Sóc Trăng xử sơ thẩm vụ án.", "TAND tỉnh Sóc Trăng"),
        ("Ông Việt, chủ tịch UBND P. 5, cho biết người dân đã được cảnh báo.", "UBND P. 5"),
        ("Trước đó, cơ quan Cảnh sát điều tra Công an quận Hải Châu đã đề xuất mức phạt.",
         "Cảnh sát điều tra Công an quận Hải Châu"),
    ],
)  # fmt: skip
def test_kinds_find_the_end_of_vietnamese_bodies(text: str, name: str) -> None:
    assert (name, "ORG") in found(text)


@pytest.mark.parametrize(
    ("text", "name", "wrong"),
    [
        ("Trước đó, nghi phạm Nguyễn Đình Trường (ngụ xã Nam Tân) bị bắt.", "Nguyễn Đình Trường",
         "Nguyễn Đình"),
        ("Đối tượng Dương Quốc Vương bị khởi tố.", "Dương Quốc Vương", "Dương"),
        ("Dòng trạng thái của nghệ sĩ Mai Trần nhận được sự quan tâm.", "Mai Trần", "Mai"),
        ("Nguyễn Phương tiết lộ kỷ lục lần này chỉ là bước đệm.", "Nguyễn Phương", None),
        ("Theo trợ lý của chủ tịch Hạ viện Nancy Pelosi, cuộc họp đã diễn ra.", "Nancy Pelosi",
         "Hạ viện Nancy Pelosi"),
    ],
)  # fmt: skip
def test_kinds_keep_a_person_s_full_name(text: str, name: str, wrong: str | None) -> None:
    names = {name for name, type_ in found(text) if type_ in ("PER", "ORG")}
    assert name in names
    assert wrong not in names


def test_kinds_read_initials_as_a_person_and_drop_single_letters() -> None:
    names = found("Tài xế L.D. đã bỏ chạy, ông A. cho biết.", "Bà T. ngụ ở P. 11.")
    assert ("L.D.", "PER") in names
    # a person named by one initial after a form of address is kept ("ông A.", "Bà T."), a
    # lone abbreviation is not ("P. 11")
    assert {("A.", "PER"), ("T.", "PER")} <= names
    assert not any(name.strip(".") == "P" for name, _ in names)


@pytest.mark.parametrize(
    ("paragraphs", "kept"),
    [
        (("Anh chia sẻ: “Tôi phấn đấu vì muốn tạo lối đi riêng”.",), False),
        (("Anh chia sẻ rằng mình rất vui.", "Đội tuyển Anh thắng 2-0."), True),
    ],
)
def test_kinds_read_a_sentence_opening_anh_as_a_pronoun(
    paragraphs: tuple[str, ...], kept: bool
) -> None:
    assert (("Anh", "LOC") in found(*paragraphs)) is kept


@pytest.mark.parametrize(
    ("text", "name", "present"),
    [
        ("Mối quan hệ giữa hai Đảng đã có từ lâu.", "Đảng", False),
        ("Những vi phạm làm ảnh hưởng đến uy tín của Đảng và cơ quan.", "Đảng", True),
        ("Sau khi nhận tin, Cơ quan công an đã có mặt.", "Cơ quan công an", False),
        ("Nhiều ý kiến về Hiến pháp năm 1992 đã được gửi.", "Hiến pháp năm 1992", True),
        ("Cộng đồng mạng khen ngợi MV mới của nữ ca sĩ.", "MV", False),
        ("Trường Giang cũng hỗ trợ đàn anh 20 triệu đồng.", "Trường Giang", True),
    ],
)
def test_kinds_tell_names_from_common_nouns(text: str, name: str, present: bool) -> None:
    names = {n for n, _ in found(text)}
    assert (name in names) is present


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Xe lưu thông trên quốc lộ 1 hướng về Hóc Môn.", "quốc lộ 1", "LOC"),
        ("Vụ tai nạn xảy ra trên QL.1A đoạn qua tỉnh.", "QL.1A", "LOC"),
        ("Đại sứ quán Mỹ tại Hà Nội đăng thông tin này.", "Đại sứ quán Mỹ tại Hà Nội", "ORG"),
        ("Theo kết luận của Thanh tra thành phố, quận đã buông lỏng quản lý.",
         "Thanh tra thành phố", "ORG"),
        ("Các nạn nhân đều đến từ bang Rhineland - Palatinate.", "Rhineland - Palatinate",
         "LOC"),
        ("Nhiều trẻ đã được tiêm văcxin Dengvaxia năm ngoái.", "Dengvaxia", "MISC"),
        ("Ủy ban kiểm tra Tỉnh ủy Kiên Giang quyết định thi hành kỷ luật.",
         "Ủy ban kiểm tra Tỉnh ủy Kiên Giang", "ORG"),
    ],
)  # fmt: skip
def test_kinds_read_roads_missions_and_joined_foreign_names(
    text: str, name: str, type_: str
) -> None:
    assert (name, type_) in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cửa hàng nằm gần ngõ Nguyễn Khuyến.", "Nguyễn Khuyến"),
        ("Xe rẽ ở ngã tư Nguyễn Văn Cừ sáng nay.", "Nguyễn Văn Cừ"),
        ("Người dân trong hẻm 372 Dương Thị Mười phát hiện đám cháy.", "Dương Thị Mười"),
        ("Tuyến phố Tràng Tiền đoạn từ Lê Văn Linh đến Phan Đình Phùng sẽ cấm xe.", "Lê Văn Linh"),
        ("Tuyến phố Tràng Tiền đoạn từ Lê Văn Linh đến Phan Đình Phùng sẽ cấm xe.",
         "Phan Đình Phùng"),
        ("Họ sống ở xóm Cao Trãng từ nhiều năm nay.", "Cao Trãng"),
    ],
)  # fmt: skip
def test_kinds_read_a_street_named_after_a_person_as_a_place(text: str, name: str) -> None:
    assert (name, "LOC") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Giải thưởng được trao từ ông Nguyễn Văn An đến bà Lê Thị Hoa.",
        "Chủ tịch xã Nguyễn Văn An cho biết đã nhận đơn.",
    ],
)
def test_kinds_keep_a_person_beside_place_words_a_person(text: str) -> None:
    assert ("Nguyễn Văn An", "PER") in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Máy bay P-3C Orion được trang bị tên lửa mới.", "P-3C Orion"),
        ("Hãng vừa nhận chiếc VNA686 mang biểu tượng mới.", "VNA686"),
    ],
)
def test_kinds_read_a_name_holding_a_designation_as_a_product(text: str, name: str) -> None:
    assert (name, "MISC") in found(text)


def test_kinds_keep_a_channel_and_an_age_group_team_as_organisations() -> None:
    names = found("Đội tuyển U23 Việt Nam thắng, trận đấu phát trên VTV6.")
    assert {("Đội tuyển U23 Việt Nam", "ORG"), ("VTV6", "ORG")} <= names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sở Giao thông vận tải sẽ chủ trì việc này.", "Sở Giao thông vận tải"),
        ("Phòng Cảnh sát phòng cháy chữa cháy quận 12 đã dập lửa.",
         "Phòng Cảnh sát phòng cháy chữa cháy quận 12"),
        ("Bà Lan làm việc tại Sở Lao động - Thương binh và Xã hội từ năm ngoái.",
         "Sở Lao động - Thương binh và Xã hội"),
    ],
)  # fmt: skip
def test_kinds_run_a_department_name_over_its_lower_case_field(text: str, name: str) -> None:
    assert (name, "ORG") in found(text)


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Ông Suga cho biết Nhật sẽ mời ông Trump sang thăm.", "Nhật", "LOC"),
        ("Bé Nhật đang học lớp 3 ở trường làng.", "Nhật", "PER"),
        ("Cô kết hôn với một người đàn ông Nga năm ngoái.", "Nga", "LOC"),
        ("Trong chương trình, nghệ sĩ Anh Vũ xuất hiện bất ngờ.", "Anh Vũ", "PER"),
        ("Phim quy tụ nghệ sĩ Tú Oanh, Anh Tuấn, Minh Cúc.", "Anh Tuấn", "PER"),
        ("Ngoại trưởng Anh Boris Johnson đến thăm Pháp.", "Anh", "LOC"),
    ],
)
def test_kinds_tell_a_country_from_a_given_name(text: str, name: str, type_: str) -> None:
    assert (name, type_) in found(text)


def test_kinds_read_a_head_closing_the_sentence() -> None:
    assert found("Hồ sơ đã được chuyển lên Sở") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đêm nhạc diễn ra tại Cung Văn hóa Hữu Nghị Hà Nội tối qua.",
         "Cung Văn hóa Hữu Nghị Hà Nội"),
        ("Giải đấu diễn ra tại Cung thể thao Tiên Sơn, Đà Nẵng.", "Cung thể thao Tiên Sơn"),
        ("Trận đấu ở Nhà thi đấu Nguyễn Du (TP.HCM) kín khán giả.", "Nhà thi đấu Nguyễn Du"),
    ],
)  # fmt: skip
def test_kinds_read_a_venue_named_after_its_kind_as_a_place(text: str, name: str) -> None:
    assert (name, "LOC") in found(text)
