"""Entities, fifty-first round (read on random VietNews pages): "Hồ Chí Minh" after a common
noun, Saudi Arabia and Lebanon as the news writes them, firms numbered after a trade, warships
and their prefixes, valleys, river flats and the Mekong River Commission."""

from __future__ import annotations

import pytest
from naming import found, mentions_of

from bantin.analyse.facts.lexicon import common_compounds, segmented_words


@pytest.mark.parametrize(
    "text",
    [
        "Cuộc vận động học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        "Ông đã từng được trao Giải thưởng Hồ Chí Minh năm 2016.",
        "Hồ Chí Minh đọc bản Tuyên ngôn Độc lập.",
    ],
)
def test_ho_chi_minh_after_a_common_noun_is_the_person_not_a_lake(text: str) -> None:
    names = found(text)
    assert ("Hồ Chí Minh", "PER") in names
    assert not any(name == "Chí Minh" for name, _ in names)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Hãng tin Reuters trích lời Bộ trưởng Năng lượng Saudi Khalid al - Falih cho biết.",
         "Saudi"),
        ("Quan hệ đối tác Saudi - Nga đã mở đường cho thỏa thuận.", "Saudi"),
        ("Ả rập Saudi đã tạm dừng các hợp đồng mới.", "Ả rập Saudi"),
        ("Thái tử Ảrập Saudi Mohammed bin Salman đến thăm Pháp.", "Ảrập Saudi"),
        ("Lãnh đạo nhánh Hezbollah Li Băng, ông Hassan Nasrallah, kêu gọi biểu tình.",
         "Li Băng"),
        ("Israel không kích miền nam Libăng đêm qua.", "Libăng"),
    ],
)  # fmt: skip
def test_saudi_arabia_and_lebanon_as_the_news_writes_them(text: str, country: str) -> None:
    mention = next(m for m in mentions_of(text) if m.text == country)
    assert (mention.type, mention.canonical) in (("LOC", "Saudi Arabia"), ("LOC", "Liban"))


def test_a_minister_of_saudi_arabia_is_named_without_his_country() -> None:
    names = found("Bộ trưởng Năng lượng Saudi Khalid al - Falih cho biết thỏa thuận sẽ kéo dài.")
    assert ("Khalid al - Falih", "PER") in names


def test_firms_named_saudi_keep_the_word() -> None:
    names = found("Tập đoàn Saudi Aramco lãi lớn trong quý này.")
    assert ("Tập đoàn Saudi Aramco", "ORG") in names
    assert ("Saudi", "LOC") not in names


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Đó là Công ty CP Xây dựng 939 và một doanh nghiệp khác.", "Công ty CP Xây dựng 939"),
        ("Công ty TNHH MTV 189 đóng tàu cho Hải quân.", "Công ty TNHH MTV 189"),
        ("Dự án do Công ty Cổ phần Đầu tư và Xây dựng 501 làm chủ đầu tư.",
         "Công ty Cổ phần Đầu tư và Xây dựng 501"),
    ],
)  # fmt: skip
def test_a_firms_number_after_a_trade_or_legal_form_is_its_name(text: str, firm: str) -> None:
    assert (firm, "ORG") in found(text)


def test_an_amount_after_a_firm_is_no_part_of_its_name() -> None:
    names = found("Công ty CP Xây dựng 500 tỷ đồng mới được thành lập.")
    assert not any(name.endswith("500") for name, _ in names)


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        ("USS Dewey đã đi qua khu vực gần đảo Vành Khăn.", "USS Dewey"),
        ("Theo đó, USS Carl Vinson cập cảng Đà Nẵng.", "USS Carl Vinson"),
        ("Tàu ngầm ARA San Juan mất tích ở Nam Đại Tây Dương.", "ARA San Juan"),
        ("Các tàu khu trục và tuần dương hạm Lake Champlain sẽ có nhiều hoạt động.",
         "Lake Champlain"),
    ],
)  # fmt: skip
def test_a_warship_is_misc(text: str, ship: str) -> None:
    assert (ship, "MISC") in found(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Nghị sĩ Ro Khanna đại diện khu vực Thung lũng Silicon.", "Thung lũng Silicon"),
        ("Thuyền hút cát lậu ở bãi bồi Lương Quán trên sông Hương.", "Lương Quán"),
    ],
)
def test_valleys_and_river_flats_are_places(text: str, place: str) -> None:
    assert (place, "LOC") in found(text)


def test_the_mekong_river_commission_is_a_body() -> None:
    names = found("Việt Nam vận động một số quốc gia tham gia Ủy hội Mekong.")
    assert ("Ủy hội Mekong", "ORG") in names
    assert ("Mekong", "LOC") not in names


@pytest.mark.parametrize("word", ["quản lý", "tỷ lệ", "hy vọng", "ký kết", "quy định"])
def test_dictionary_words_are_known_in_both_spellings_of_i_and_y(word: str) -> None:
    pair = tuple(word.split())
    assert pair in segmented_words() or pair in common_compounds()


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Bộ An ninh nội địa đã cảnh báo về nguy cơ tấn công.", "Bộ An ninh nội địa"),
        ("Cục An ninh ngoại giao thuộc Bộ Ngoại giao Mỹ sẽ hỗ trợ điều tra.",
         "Cục An ninh ngoại giao"),
        ("Hiệp hội Vận tải công cộng có đưa ra hướng dẫn.", "Hiệp hội Vận tải công cộng"),
    ],
)  # fmt: skip
def test_what_a_security_body_guards_closes_its_name(text: str, body: str) -> None:
    assert (body, "ORG") in found(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Theo cơ quan Land Transport Authority của Singapore, giao thông đang được cải thiện.",
         "Land Transport Authority"),
        ("Cơ quan này hợp tác với Federal Aviation Administration trong cuộc điều tra.",
         "Federal Aviation Administration"),
    ],
)  # fmt: skip
def test_a_foreign_government_body_is_an_organisation(text: str, body: str) -> None:
    assert (body, "ORG") in found(text)


@pytest.mark.parametrize(
    "text", ["Mỹ phẩm giả bán tràn lan trên mạng.", "Mỹ nhân Sài thành khoe sắc trong đêm hội."]
)
def test_a_word_opening_on_a_countrys_name_names_no_country(text: str) -> None:
    assert ("Mỹ", "LOC") not in found(text)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Xe tải từ đây lên miền Đông Nam Bộ mất cả ngày.", "Đông Nam Bộ"),
        ("Các tỉnh Tây Nam Bộ đang vào mùa lũ.", "Tây Nam Bộ"),
        ("Vùng Đông Nam bộ có mưa rào.", "Đông Nam bộ"),
    ],
)
def test_a_region_of_the_south_is_one_place(text: str, region: str) -> None:
    names = found(text)
    assert (region, "LOC") in names
    assert not any(name in ("Đông", "Tây") for name, _ in names)


def test_the_khmer_rouge_is_a_body_and_khmer_a_language() -> None:
    names = found(
        "Nhiều người sống ở Campuchia từ trước thời Khmer Đỏ. Họ nói thông thạo tiếng Khmer."
    )
    assert ("Khmer Đỏ", "ORG") in names
    assert not any(name == "Khmer" for name, _ in names)


@pytest.mark.parametrize(
    "text",
    [
        "Ở khu chợ, tiếng Kinh, tiếng Xê Đăng í ới.",
        "Anh ấy nói được tiếng Quan Thoại và tiếng Ả Rập.",
        # the name's run is no name shape: "Quan thoại", "Trung"
        "Họ là những người biết nói tiếng Quan thoại, trong đó có cả trẻ em.",
        "Các cửa hàng có bảng hiệu tiếng Trung nằm hai bên đường.",
    ],
)
def test_a_language_is_no_name(text: str) -> None:
    assert found(text) == set()


def test_famous_somewhere_still_names_the_place() -> None:
    assert ("Mỹ", "LOC") in found("Nhiều nhân vật nổi tiếng Mỹ vướng vào các cáo buộc.")


@pytest.mark.parametrize(
    "text",
    [
        "Anh đưa con trai đi xét nghiệm ADN và kết quả cháu không phải con anh.",
        "Các nhà khoa học dự đoán màu tóc từ DNA của nghi phạm.",
        "Số người nhiễm AIDS giảm, bệnh nhân được chụp CT và MRI miễn phí.",
        "Mức thuế VAT sẽ tăng từ năm sau.",
    ],
)
def test_what_medicine_and_finance_abbreviate_names_nothing(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Hiệp hội giấy và bột giấy Việt Nam họp thường niên.",
         "Hiệp hội giấy và bột giấy Việt Nam"),
        ("Viện nghiên cứu và phát triển TP. HCM công bố báo cáo.",
         "Viện nghiên cứu và phát triển TP. HCM"),
    ],
)  # fmt: skip
def test_two_lower_case_fields_paired_after_the_head_name_a_body(text: str, body: str) -> None:
    assert (body, "ORG") in found(text)


def test_and_after_a_capitalised_field_ends_the_body() -> None:
    names = found(
        "Nhà thầu hợp đồng với Ban An toàn giao thông tỉnh và công an điều tiết giao thông."
    )
    assert not any(name.endswith("điều tiết giao thông") for name, _ in names)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Xe đi trên đường Giải Phóng rồi rẽ vào ngõ 553.", "Giải Phóng"),
        ("Xe chạy trên đường Cách Mạng Tháng Tám, quận 3.", "Cách Mạng Tháng Tám"),
        ("Tôi mua ở một cửa hàng trên đường Cách Mạng Tháng 8.", "Cách Mạng Tháng 8"),
        ("Ông đã tham quan quảng trường Hiệp định Paris ở ngoại ô.", "Hiệp định Paris"),
    ],
)
def test_a_place_named_for_an_event_is_a_place(text: str, street: str) -> None:
    assert (street, "LOC") in found(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Ông đoạt Giải Cánh diều vàng năm nay.", "Giải Cánh"),
        ("Kỷ niệm Cách mạng Tháng Tám thành công.", "Cách mạng Tháng Tám"),
    ],
)
def test_an_event_without_a_place_word_stays_an_event(text: str, event: str) -> None:
    assert (event, "MISC") in found(text)


def test_a_database_is_no_name() -> None:
    names = found("Sáng 28-3, Công an TP. HCM triển khai xây dựng CSDL về dân cư.")
    assert not any("CSDL" in name for name, _ in names)


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Cảnh sát trưởng Las Vegas Joseph Lombardo cho biết.", "Joseph Lombardo", "PER"),
        ("Cảnh sát trưởng Catalonia bị tước quyền.", "Catalonia", "LOC"),
    ],
)
def test_a_police_chief_is_a_title_not_a_body(text: str, name: str, type_: str) -> None:
    names = found(text)
    assert (name, type_) in names
    assert not any(found_name.startswith("Cảnh sát trưởng") for found_name, _ in names)


def test_an_audit_firm_is_named_for_its_trade() -> None:
    names = found("Công ty TNHH Kiểm toán và tư vấn thuế (ATC) thẩm định giá cổ phần.")
    assert ("Công ty TNHH Kiểm toán và tư vấn thuế", "ORG") in names
