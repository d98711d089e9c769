"""Entities, fifty-third round (read on random VietNews pages): photographers' initials that
look like an abbreviated district, two acronyms a slash joins inside a body's name, a paper's
owner in brackets, bodies named for what they regulate or develop, a minister whose surname
is spelled like a Vietnamese syllable, the steering committees for disasters and rescue, the
ends of a road, credits without their colon, currencies' codes, names opening with "St.", the
human genus, and rivers and lakes named with their word."""

from __future__ import annotations

import pytest
from naming import found, mentions_of


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        # two acronyms a slash joins are one field of the body's name
        ("Cục Phòng, chống HIV/AIDS (Bộ Y tế) cho biết.", "Cục Phòng, chống HIV/AIDS", "ORG"),
        ("Trung tâm Phòng chống HIV/AIDS tỉnh Nghệ An cho biết.",
         "Trung tâm Phòng chống HIV/AIDS tỉnh Nghệ An", "ORG"),
        # what a body regulates, develops or protects is part of its name
        ("Ông Nguyễn Anh Tuấn, cục trưởng Cục Điều tiết điện lực, cho biết.",
         "Cục Điều tiết điện lực", "ORG"),
        ("Quỹ người nghèo nằm dưới sự quản lý của Bộ Phát triển xã hội và an ninh con người "
         "Thái Lan.", "Bộ Phát triển xã hội và an ninh con người Thái Lan", "ORG"),
        ("Giám đốc Quỹ Bảo trợ trẻ em thuộc Sở này đã làm giả hồ sơ.", "Quỹ Bảo trợ trẻ em",
         "ORG"),
        ("Bộ Phát triển quốc tế Anh quyết định tăng ngân sách.", "Bộ Phát triển quốc tế Anh",
         "ORG"),
        # but not the ministry it belongs to, a branch after a dash, nor the minister after it
        ("Học bổng do Ngân hàng Nông nghiệp và Phát triển nông thôn - Chi nhánh Phú Nhuận tài "
         "trợ.", "Ngân hàng Nông nghiệp và Phát triển nông thôn", "ORG"),
        ("Cục trưởng Cục Điều tiết điện lực Bộ Công thương cho biết.", "Bộ Công thương", "ORG"),
        ("Bộ trưởng Bộ Phát triển gia đình và xã hội Desmond Lee phát biểu.", "Desmond Lee",
         "PER"),
        ("Bộ trưởng Bộ Phát triển gia đình và xã hội Desmond Lee phát biểu.",
         "Bộ Phát triển gia đình và xã hội", "ORG"),
        ("Cục Phòng chống HIV / AIDS Bộ Y tế cho biết.", "Bộ Y tế", "ORG"),
        # a verb after a field written out whole is what the body does
        ("Rạng sáng 15-8, Đội cảnh sát điều tra tội phạm về ma túy phối hợp Công an phường 1 "
         "kiểm tra căn biệt thự.", "Đội cảnh sát điều tra tội phạm về ma túy", "ORG"),
        ("Phòng cảnh sát giao thông phối hợp Công an huyện Đức Trọng chặn xe.",
         "Công an huyện Đức Trọng", "ORG"),
        # a dash closing an acronym's pair opens a clause, no romanized given name
        ("Ông Đoàn Khắc Hiệp - trưởng phòng khai thác cảng SP - PSA - cho biết hằng năm.",
         "SP - PSA", "LOC"),
        ("Thủ tướng Thái Lan Prayut Chan - o - cha phát biểu.", "Prayut Chan - o - cha", "PER"),
        # a department whose field is written in lower case
        ("Cục trồng trọt, Cục bảo vệ thực vật và chính quyền các địa phương cần triển khai.",
         "Cục bảo vệ thực vật", "ORG"),
        ("Theo thống kê của Tổng cục hải quan, cả nước tồn đọng 21.000 container.",
         "Tổng cục hải quan", "ORG"),
        # a place's administration, written capitalised, is a body; whose it is otherwise
        ("Chính quyền Afghanistan cho biết 5 người thiệt mạng.", "Chính quyền Afghanistan", "ORG"),
        ("Chính quyền tỉnh Paktika thông báo hơn 1.000 người thiệt mạng.",
         "Chính quyền tỉnh Paktika", "ORG"),
        ("Ông làm việc cho chính quyền Mỹ nhiều năm.", "Mỹ", "LOC"),
        ("Chính quyền Tổng thống Obama phản đối.", "Obama", "PER"),
        # a steering committee, named in lower case, and its fields in either order
        ("Ban chỉ huy quân sự huyện Quỳ Hợp đã điều động cán bộ chiến sĩ.",
         "Ban chỉ huy quân sự huyện Quỳ Hợp", "ORG"),
        ("Theo Ban chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Bắc Kạn, mưa lớn.",
         "Ban chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Bắc Kạn", "ORG"),
        ("Theo Ban Chỉ huy phòng chống thiên tai - tìm kiếm cứu nạn tỉnh Thừa Thiên - Huế, trận "
         "mưa lớn.", "Ban Chỉ huy phòng chống thiên tai - tìm kiếm cứu nạn tỉnh Thừa Thiên - Huế",
         "ORG"),
        ("Một lãnh đạo Ban chỉ huy Tìm kiếm cứu nạn và phòng chống thiên tai huyện Đông Hải cho "
         "biết.", "Ban chỉ huy Tìm kiếm cứu nạn và phòng chống thiên tai huyện Đông Hải", "ORG"),
        # a head naming its body alone, then what it does
        ("Đại biểu Quốc hội trả lời cử tri Q. Thủ Đức chiều 8-5.", "Quốc hội", "ORG"),
        # the two ends of a road or a line, whatever their names' shape
        ("Dự án Cam Lộ - La Sơn đang lập hồ sơ thiết kế.", "La Sơn", "LOC"),
        ("Dự án Cao Bồ - Mai Sơn đã phê duyệt hồ sơ.", "Cao Bồ", "LOC"),
        ("Các tuyến đường Cộng Hòa - Trường Chinh cũng ùn tắc.", "Trường Chinh", "LOC"),
        # (not two guessed names, a foreign person's name, nor a full name)
        ("Biên đạo Ngọc Quang dẫn dắt cặp đôi Ngọc Anh – Ngọc Tuấn.", "Ngọc Anh", "PER"),
        ("Nhạc trưởng người Canada – Charles Olivieri-Munroe chỉ huy dàn nhạc.",
         "Charles Olivieri-Munroe", "PER"),
        ("Ông Nguyễn Văn An - Hà Nội phát biểu.", "Nguyễn Văn An", "PER"),
        ("Ca sĩ Mỹ Tâm - Hà Nội biểu diễn.", "Mỹ Tâm", "PER"),
        # a foreign name opening with "St.", "Mt.", whose period the segmenter splits off
        ("Một chiếc xe tải phát nổ gần nhà thờ St. Anthony ở thủ đô Colombo.", "St. Anthony",
         "LOC"),
        ("Đội bóng của Minneapolis và St. Paul giành chiến thắng.", "St. Paul", "LOC"),
        # an agency credited without a colon is still named
        ("Các chuyên gia khám nghiệm hiện trường (Ảnh AP).", "AP", "ORG"),
        # a district abbreviated before its name is still a district
        ("Ông Nguyễn Văn A, ngụ Q. Bình Thạnh, TP. HCM.", "Bình Thạnh", "LOC"),
    ],
)  # fmt: skip
def test_a_name_is_read_whole_and_typed(text: str, name: str, type_: str) -> None:
    assert (name, type_) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Xe máy lấn làn ôtô trên đường Phạm Văn Đồng - Ảnh: Q. ĐỊNH",
        "Cảnh sát giao thông xuất trình thẻ ngành - Ảnh: P. THẢO",
        "Xe đón khách tại sân bay - Ảnh: H.LỘC - Q. THẾ",
    ],
)
def test_a_photographers_initial_is_no_district(text: str) -> None:
    assert not {name for name, type_ in found(text) if type_ == "LOC" and name.isupper()}


@pytest.mark.parametrize(
    "text",
    [
        # a photographer credited without a colon
        "Bộ trưởng trả lời báo chí - Ảnh NHẬT KHÁNH",
        "Khu nhà ven sông tại bến Phú Định quận 8 - Ảnh TỰ TRUNG",
        # currencies by their codes
        "Số hàng hóa trị giá hơn 10.000 SGD, tức 20 triệu JPY.",
    ],
)
def test_credits_and_currencies_name_nothing(text: str) -> None:
    assert not {name for name, _ in found(text) if name.isupper() or name.startswith("Ảnh")}


@pytest.mark.parametrize(
    ("text", "written", "canonical"),
    [
        # the brackets name the paper's owner, whose Vietnamese name the acronym abbreviates
        ("Theo Báo Tin Tức (TTXVN), mưa lớn kéo dài.", "TTXVN", "TTXVN"),
        ("Theo Báo Tin Tức (TTXVN), mưa lớn kéo dài.", "Báo Tin Tức", None),
        # an English acronym may still be defined for a body it translates
        ("Nhóm quân đội Syria mới (NSA) được Mỹ ủng hộ.", "NSA", "Nhóm quân đội Syria mới"),
    ],
)
def test_an_owner_in_brackets_is_no_acronym_of_the_paper(
    text: str, written: str, canonical: str | None
) -> None:
    assert {m.canonical for m in mentions_of(text) if m.text == written} == {canonical}


def test_a_gazetteer_name_is_found_with_its_abbreviations_period_split_off() -> None:
    (mention,) = mentions_of("Ông sống ở St. Petersburg nhiều năm.")
    assert (mention.text, mention.canonical) == ("St. Petersburg", "St. Petersburg")


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        # a river or a lake keeps its word, and is not the city or province of its name
        ("Nước sông Sài Gòn dâng cao.", "sông Sài Gòn", None),
        ("Khu du lịch quốc gia hồ Tuyền Lâm rất đẹp.", "hồ Tuyền Lâm", None),
        ("Lũ trên sông Đồng Nai lên nhanh.", "sông Đồng Nai", None),
        ("Nước sông Hồng lên nhanh.", "sông Hồng", "sông Hồng"),
        ("Đồng hồ Rolex ở Thụy Sĩ rất đắt.", "Thụy Sĩ", "Thụy Sĩ"),
    ],
)
def test_a_river_or_a_lake_is_named_with_its_word(
    text: str, name: str, canonical: str | None
) -> None:
    assert [(m.text, m.canonical) for m in mentions_of(text) if m.type == "LOC"] == [
        (name, canonical)
    ]


def test_the_human_genus_names_a_species() -> None:
    assert ("Homo Erectus", "MISC") in found("Loài Homo Erectus đã biết nói.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region is written capitalised; lower case it is a direction
        ("Mưa lớn ở miền Nam kéo dài.", {("miền Nam", "LOC")}),
        ("Không khí lạnh tràn xuống miền bắc.", set()),
        ("Quân đội tiến vào miền nam Lebanon.", {("Lebanon", "LOC")}),
    ],
)
def test_a_region_is_named_only_capitalised(text: str, expected: set[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng chỉ đạo Tổng cục rà soát quy định, phối hợp với các tỉnh.",
        "Các doanh nghiệp cung cấp thông tin để Sở giám sát; sửa lại đường.",
        "Vụ tai nạn, theo công an, xảy ra lúc 5 giờ.",
    ],
)
def test_a_department_named_by_its_head_alone_then_its_task_is_no_name(text: str) -> None:
    assert not {name for name, kind in found(text) if kind == "ORG" and " " in name}
