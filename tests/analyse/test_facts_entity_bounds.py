"""Entities: where an organisation's name ends after a verb that takes an object, directions
given by compass points, and the kind a lower-case word gives the name after it."""

from __future__ import annotations

import pytest
from naming import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "TS Vũ Đình Ánh, Viện Nghiên cứu thị trường giá cả, cho rằng giá sẽ tăng.",
            "Viện Nghiên cứu thị trường giá cả",
        ),
        (
            "Ông Mai Văn Trinh, cục trưởng Cục Quản lý chất lượng, dẫn đầu đoàn.",
            "Cục Quản lý chất lượng",
        ),
        ("Cục Kiểm soát vũ khí của Bộ Ngoại giao Mỹ ra thông báo.", "Cục Kiểm soát vũ khí"),
        (
            "Ông Mai Văn Phấn, phó cục trưởng Cục Đăng ký đất đai, khẳng định như vậy.",
            "Cục Đăng ký đất đai",
        ),
        (
            "Ông A, viện trưởng Viện Nghiên cứu phát triển kinh tế - xã hội Đà Nẵng, cho biết.",
            "Viện Nghiên cứu phát triển kinh tế - xã hội Đà Nẵng",
        ),
    ],
)
def test_a_name_opening_with_a_verb_keeps_its_object(text: str, name: str) -> None:
    assert (name, "ORG") in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ban Quản lý cho biết sẽ kiểm tra lại toàn bộ.", "Ban Quản lý"),
        ("Ông Trinh - cục trưởng Cục Quản lý chất lượng - dẫn đầu lên Sơn La.", None),
        ("Sau khi Bộ Kế hoạch - đầu tư thẩm định, dự án được duyệt.", "Bộ Kế hoạch - đầu tư"),
        ("UBND huyện Củ Chi phối hợp với công an xã.", "UBND huyện Củ Chi"),
        # the segmenter glues the verb to a foreign name: "Affairs_viện_dẫn"
        ("Tạp chí Foreign Affairs viện dẫn các nguồn tin.", "Foreign Affairs"),
        ("Tạp chí Time viện dẫn nguồn tin giấu tên.", "Time"),
    ],
)
def test_a_name_stops_before_the_verb_after_it(text: str, name: str | None) -> None:
    orgs = {text for text, type_ in found(text) if type_ == "ORG"}
    assert not any("dẫn đầu" in o or "thẩm định" in o or "phối" in o for o in orgs)
    assert name is None or name in orgs


@pytest.mark.parametrize(
    "text",
    [
        "Áp thấp di chuyển theo hướng Tây Tây Bắc, mỗi giờ đi 15 km.",
        "Vùng gió mạnh có bán kính khoảng 150km về phía Đông Nam tính từ tâm bão.",
        # a storm's coordinates
        "Tâm bão ở vào khoảng 20,2 độ Vĩ Bắc; 110,2 độ Kinh Đông.",
        "Tâm áp thấp ở khoảng 22,0 độ vĩ Bắc, 110,5 độ Kinh Đông.",
    ],
)
def test_compass_points_after_a_direction_word_name_nothing(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đoàn đi về phía Bắc Kinh sáng nay.", "Bắc Kinh"),
        ("Nắng nóng xuất hiện sớm ở phía Tây Bắc Bộ.", "Bắc Bộ"),
    ],
)
def test_a_place_after_a_direction_word_stays_a_place(text: str, name: str) -> None:
    assert (name, "LOC") in found(text)


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Người trên tàu Stena Impero mang cờ Anh bị bắt.", "Stena Impero", "MISC"),
        ("Hải quân tìm thấy xác tàu ngầm San Juan.", "San Juan", "MISC"),
        ("Tại New York, chỉ số Dow Jones tăng 1,5%.", "Dow Jones", "MISC"),
        ("Hai trường đại học Juntendo và Kitasato đã xin lỗi.", "Juntendo", "ORG"),
        ("Vụ phá rừng xảy ra tại vườn quốc gia Pù Mát.", "Pù Mát", "LOC"),
        ("Y tự sát trong phòng của khách sạn Mandalay Bay.", "Mandalay Bay", "LOC"),
    ],
)
def test_a_lower_case_kind_word_types_the_name_after_it(text: str, name: str, type_: str) -> None:
    assert (name, type_) in found(text)


def test_a_train_driver_is_a_person_not_the_name_of_a_ship() -> None:
    mentions = found(
        "Đoàn tàu do lái tàu Nguyễn Văn Thông, phụ lái tàu Trương Minh Hưng điều khiển."
    )
    assert {("Nguyễn Văn Thông", "PER"), ("Trương Minh Hưng", "PER")} <= mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Theo báo Bangkok Post, cảnh sát đã bắt giữ hai người.", "Bangkok Post"),
        ("Tờ Phnom Penh Post dẫn lời một quan chức.", "Phnom Penh Post"),
    ],
)
def test_a_city_before_a_company_word_names_a_company(text: str, name: str) -> None:
    assert (name, "ORG") in found(text)


def test_a_city_named_with_city_stays_a_place() -> None:
    assert ("Mexico City", "LOC") in found("Các thành phố Paris, Mexico City và Athens cấm xe.")
