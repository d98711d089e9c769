"""Entities, twenty-ninth round: names listed with places (streets named after people, the last
item after "và"), addresses closed by their ward, leaders of countries in a list, firms named
after a capitalised trade, a firm's short name, and historic states and regions."""

from __future__ import annotations

import pytest
from naming import found


@pytest.mark.parametrize(
    ("text", "streets"),
    [
        (
            "Cáp chưa được ngầm hóa như đường Nguyễn Đình Chiểu, Trần Cao Vân, Võ Văn Tần.",
            ("Trần Cao Vân", "Võ Văn Tần"),
        ),
        (
            "Có những phố trở thành phố hoa sữa như phố Nguyễn Chí Thanh, Trần Đăng Ninh.",
            ("Trần Đăng Ninh",),
        ),
        ("Bàn giao đất ở góc đường Nguyễn Kiệm và Nguyễn Thái Sơn.", ("Nguyễn Thái Sơn",)),
        (
            "Khi gần đến ngã ba Phan Đăng Lưu và Đinh Tiên Hoàng, xe tấp vào trạm.",
            ("Đinh Tiên Hoàng",),
        ),
    ],
)
def test_a_street_list_goes_on_with_streets_named_after_people(
    text: str, streets: tuple[str, ...]
) -> None:
    names = found(text)
    for street in streets:
        assert (street, "LOC") in names
        assert (street, "PER") not in names


def test_a_person_with_an_age_after_a_street_stays_a_person() -> None:
    assert ("Nguyễn Văn An", "PER") in found(
        "Anh ngụ đường Lê Lợi, Nguyễn Văn An (30 tuổi) bị bắt."
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Khu vực thị trấn An Thới và Dương Đông không mưa, trời âm u.", "Dương Đông"),
        ("Cảnh sát ở Los Angeles và Santa Barbara đã yêu cầu sơ tán người dân.", "Santa Barbara"),
        ("Cán bộ cũ của 2 xã Minh Trí và Minh Phú đã đi tù.", "Minh Phú"),
        (
            "Quân đội đánh vào các làng Kaskas Jabour và al - Zayanat gần thị trấn al - Shadadi.",
            "al - Zayanat",
        ),
    ],
)
def test_the_last_name_after_a_place_and_va_is_a_place(text: str, place: str) -> None:
    assert (place, "LOC") in found(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the place says where the person before it is from
        (
            "Những thượng nghị sĩ như Ted Cruz của bang Texas và Dean Heller ở bang Nevada"
            " cũng sẽ bị nhắm.",
            "Dean Heller",
        ),
        # the name speaks
        ("Ông tới thăm Đà Nẵng và Khánh Thi chia sẻ rằng rất vui.", "Khánh Thi"),
    ],
)
def test_a_person_after_a_place_and_va_stays_a_person(text: str, person: str) -> None:
    assert (person, "PER") in found(text)


def test_a_name_the_article_reads_as_a_person_elsewhere_outweighs_its_list() -> None:
    # a misread place before "và" ("Hồ Ngọc Hà" as the lake "Hồ") types the name after it
    # only as a guess; the name said elsewhere wins
    names = found(
        "Mối quan hệ của Hồ Ngọc Hà và Kim Lý thu hút sự quan tâm.",
        "Nhiếp ảnh gia cho biết anh Kim Lý rất chu đáo.",
    )
    assert ("Kim Lý", "PER") in names
    assert ("Kim Lý", "LOC") not in names


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Khu đất số 419 Lê Hồng Phong, phường 2, quận 10 sẽ bị thu hồi.", "Lê Hồng Phong"),
        ("Nhà 57 Lê Duẩn, TP Đà Nẵng trước đây được bán không qua đấu giá.", "Lê Duẩn"),
        (
            "Sau vụ cháy ở quán karaoke 68 Trần Thái Tông, Hà Nội đã tạm dừng cấp phép.",
            "Trần Thái Tông",
        ),
        ("Viện có trụ sở tại số 27, ngách 612/50 La Thành, phường Giảng Võ.", "La Thành"),
    ],
)
def test_an_address_its_ward_closes_is_a_street(text: str, street: str) -> None:
    names = found(text)
    assert (street, "LOC") in names
    assert (street, "PER") not in names


def test_a_class_number_is_no_house_number() -> None:
    assert ("Nguyễn Văn An", "PER") in found("Em học lớp 12 Nguyễn Văn An, Hà Nội.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hiệp ước do các nhà lãnh đạo Mỹ và Liên Xô ký năm 1987.", "Liên Xô"),
        ("Hòa thượng cảm ơn lãnh đạo Đảng và Nhà Nước đã quan tâm.", "Nhà Nước"),
    ],
)
def test_a_title_before_a_list_of_countries_does_not_make_them_people(text: str, name: str) -> None:
    names = found(text)
    assert (name, "PER") not in names
    assert any(t == name for t, _ in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ông Dũng là nguyên phó tổng giám đốc Tổng công ty Đầu tư phát triển và quản lý"
            " hạ tầng giao thông Cửu Long.",
            "Tổng công ty Đầu tư phát triển và quản lý hạ tầng giao thông Cửu Long",
        ),
        (
            "Tổng công ty Phát triển hạ tầng và đầu tư tài chính Việt Nam cho biết như vậy.",
            "Tổng công ty Phát triển hạ tầng và đầu tư tài chính Việt Nam",
        ),
    ],
)
def test_a_firm_is_named_after_a_capitalised_trade(text: str, name: str) -> None:
    assert (name, "ORG") in found(text)


@pytest.mark.parametrize(
    ("text", "firm", "other"),
    [
        (
            "Đó là Công ty Vipico và chủ đầu tư dự án Hòn Ngọc Á Châu.",
            "Công ty Vipico",
            "Hòn Ngọc Á Châu",
        ),
        ("Ông xin lỗi Công ty CNC và Nguyễn Văn Dương.", "Công ty CNC", "Nguyễn Văn Dương"),
        (
            "Tổng công ty Đường sắt yêu cầu Công ty Hòa Bình bồi thường.",
            "Tổng công ty Đường sắt",
            "Công ty Hòa Bình",
        ),
    ],
)
def test_a_firms_name_does_not_run_on_into_what_follows(text: str, firm: str, other: str) -> None:
    names = {t for t, _ in found(text)}
    assert firm in names
    assert other in names


def test_a_firms_short_name_is_the_firm() -> None:
    names = found(
        "Chuyến bay của Jetstar phải quay đầu để cấp cứu một thai phụ.",
        "Hành khách được Jetstar Pacific hỗ trợ chuyển đổi vé miễn phí.",
    )
    assert ("Jetstar", "ORG") in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quan hệ giữa Việt Nam với Liên Xô và LB Nga ngày nay.", "Liên Xô"),
        ("Ông từng sống ở Đông Đức trong những năm 1980.", "Đông Đức"),
        ("Mưa lớn ở Bắc Bộ và Bắc Trung Bộ.", "Bắc Trung Bộ"),
        ("Bão hướng vào khu vực Nam Trung Bộ.", "Nam Trung Bộ"),
        ("Bốn thành phố lớn gồm Đài Bắc, Tân Bắc, Đào Viên và Đài Trung.", "Đào Viên"),
        ("Interpol xem xét kết nạp Kosovo.", "Kosovo"),
    ],
)
def test_historic_states_regions_and_cities_are_places(text: str, name: str) -> None:
    assert (name, "LOC") in found(text)


def test_a_person_whose_name_opens_with_a_city_is_a_person() -> None:
    names = found("Ông Cao Hùng Cường, chủ tịch UBND xã Vĩnh Hòa Phú, cho hay.")
    assert ("Cao Hùng Cường", "PER") in names
    assert ("Cao Hùng", "LOC") not in names
