"""Entities, fifty-first round (read on random VietNews pages): "Hồ Chí Minh" after a common
noun, Saudi Arabia and Lebanon as the news writes them, regions of the south, firms numbered
after a trade, warships, valleys and river flats, bodies named by lower-case fields, places
named for events, police chiefs, languages and the abbreviations of medicine and finance."""

from __future__ import annotations

import pytest
from naming import found, mentions_of

from bantin.analyse.facts.lexicon import common_compounds, segmented_words


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        # a given name without marks still closes a full name ("minh" is no common word)
        ("Cuộc vận động học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
         "Hồ Chí Minh", "PER"),
        ("Ông đã từng được trao Giải thưởng Hồ Chí Minh năm 2016.", "Hồ Chí Minh", "PER"),
        ("Hồ Chí Minh đọc bản Tuyên ngôn Độc lập.", "Hồ Chí Minh", "PER"),
        # a country before a minister's name is his title's
        ("Bộ trưởng Năng lượng Saudi Khalid al - Falih cho biết thỏa thuận sẽ kéo dài.",
         "Khalid al - Falih", "PER"),
        ("Tập đoàn Saudi Aramco lãi lớn trong quý này.", "Tập đoàn Saudi Aramco", "ORG"),
        # a firm's number after a trade or a legal form
        ("Đó là Công ty CP Xây dựng 939 và một doanh nghiệp khác.", "Công ty CP Xây dựng 939",
         "ORG"),
        ("Công ty TNHH MTV 189 đóng tàu cho Hải quân.", "Công ty TNHH MTV 189", "ORG"),
        ("Dự án do Công ty Cổ phần Đầu tư và Xây dựng 501 làm chủ đầu tư.",
         "Công ty Cổ phần Đầu tư và Xây dựng 501", "ORG"),
        ("Công ty TNHH Kiểm toán và tư vấn thuế (ATC) thẩm định giá cổ phần.",
         "Công ty TNHH Kiểm toán và tư vấn thuế", "ORG"),
        # warships, by their navy's prefix or a Sino-Vietnamese word for them
        ("USS Dewey đã đi qua khu vực gần đảo Vành Khăn.", "USS Dewey", "MISC"),
        ("Theo đó, USS Carl Vinson cập cảng Đà Nẵng.", "USS Carl Vinson", "MISC"),
        ("Hải quân Argentina mất liên lạc với ARA San Juan hôm thứ Tư.", "ARA San Juan", "MISC"),
        ("Các tàu khu trục và tuần dương hạm Lake Champlain sẽ có nhiều hoạt động.",
         "Lake Champlain", "MISC"),
        ("Nghị sĩ Ro Khanna đại diện khu vực Thung lũng Silicon.", "Thung lũng Silicon", "LOC"),
        ("Thuyền hút cát lậu ở bãi bồi Lương Quán trên sông Hương.", "Lương Quán", "LOC"),
        ("Việt Nam vận động một số quốc gia tham gia Ủy hội Mekong.", "Ủy hội Mekong", "ORG"),
        # what a security body guards closes its name
        ("Bộ An ninh nội địa đã cảnh báo về nguy cơ tấn công.", "Bộ An ninh nội địa", "ORG"),
        ("Cục An ninh ngoại giao thuộc Bộ Ngoại giao Mỹ sẽ hỗ trợ điều tra.",
         "Cục An ninh ngoại giao", "ORG"),
        ("Hiệp hội Vận tải công cộng có đưa ra hướng dẫn.", "Hiệp hội Vận tải công cộng", "ORG"),
        ("Theo cơ quan Land Transport Authority của Singapore, giao thông đang được cải thiện.",
         "Land Transport Authority", "ORG"),
        ("Cơ quan này hợp tác với Federal Aviation Administration trong cuộc điều tra.",
         "Federal Aviation Administration", "ORG"),
        ("Xe tải từ đây lên miền Đông Nam Bộ mất cả ngày.", "Đông Nam Bộ", "LOC"),
        ("Các tỉnh Tây Nam Bộ đang vào mùa lũ.", "Tây Nam Bộ", "LOC"),
        ("Vùng Đông Nam bộ có mưa rào.", "Đông Nam bộ", "LOC"),
        # two lower-case fields paired by "và" right after the head
        ("Hiệp hội giấy và bột giấy Việt Nam họp thường niên.",
         "Hiệp hội giấy và bột giấy Việt Nam", "ORG"),
        ("Viện nghiên cứu và phát triển TP. HCM công bố báo cáo.",
         "Viện nghiên cứu và phát triển TP. HCM", "ORG"),
        # a place named for an event; an event without a place word stays one
        ("Xe đi trên đường Giải Phóng rồi rẽ vào ngõ 553.", "Giải Phóng", "LOC"),
        ("Xe chạy trên đường Cách Mạng Tháng Tám, quận 3.", "Cách Mạng Tháng Tám", "LOC"),
        ("Tôi mua ở một cửa hàng trên đường Cách Mạng Tháng 8.", "Cách Mạng Tháng 8", "LOC"),
        ("Ông đã tham quan quảng trường Hiệp định Paris ở ngoại ô.", "Hiệp định Paris", "LOC"),
        ("Ông đoạt Giải Cánh diều vàng năm nay.", "Giải Cánh", "MISC"),
        ("Kỷ niệm Cách mạng Tháng Tám thành công.", "Cách mạng Tháng Tám", "MISC"),
        # a police chief is a title
        ("Cảnh sát trưởng Las Vegas Joseph Lombardo cho biết.", "Joseph Lombardo", "PER"),
        ("Cảnh sát trưởng Catalonia bị tước quyền.", "Catalonia", "LOC"),
        ("Nhiều người sống ở Campuchia từ trước thời Khmer Đỏ.", "Khmer Đỏ", "ORG"),
        # "nổi tiếng" is famous: what follows is still a name
        ("Nhiều nhân vật nổi tiếng Mỹ vướng vào các cáo buộc.", "Mỹ", "LOC"),
    ],
)  # fmt: skip
def test_a_name_is_read_whole_and_typed(text: str, name: str, type_: str) -> None:
    assert (name, type_) in found(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", "Chí Minh"),
        ("Tập đoàn Saudi Aramco lãi lớn trong quý này.", "Saudi"),
        ("Công ty CP Xây dựng 500 tỷ đồng mới được thành lập.", "Công ty CP Xây dựng 500"),
        ("Việt Nam vận động một số quốc gia tham gia Ủy hội Mekong.", "Mekong"),
        ("Mỹ phẩm giả bán tràn lan trên mạng.", "Mỹ"),
        ("Mỹ nhân Sài thành khoe sắc trong đêm hội.", "Mỹ"),
        ("Xe tải từ đây lên miền Đông Nam Bộ mất cả ngày.", "Đông"),
        ("Người dân ở đây từ thời Khmer Đỏ nói thông thạo tiếng Khmer.", "Khmer"),
        ("Nhà thầu hợp đồng với Ban An toàn giao thông tỉnh và công an điều tiết giao thông.",
         "Ban An toàn giao thông tỉnh và công an điều tiết giao thông"),
        ("Cảnh sát trưởng Catalonia bị tước quyền.", "Cảnh sát trưởng Catalonia"),
        ("Sáng 28-3, Công an TP. HCM triển khai xây dựng CSDL về dân cư.", "CSDL"),
    ],
)  # fmt: skip
def test_a_part_or_a_common_word_is_no_name(text: str, part: str) -> None:
    assert part not in {name for name, _ in found(text)}


@pytest.mark.parametrize(
    "text",
    [
        # languages, whose run may be no name's shape ("Quan thoại", "Trung")
        "Ở khu chợ, tiếng Kinh, tiếng Xê Đăng í ới.",
        "Anh ấy nói được tiếng Quan Thoại và tiếng Ả Rập.",
        "Họ là những người biết nói tiếng Quan thoại, trong đó có cả trẻ em.",
        "Các cửa hàng có bảng hiệu tiếng Trung nằm hai bên đường.",
        # what medicine, science and finance abbreviate
        "Anh đưa con trai đi xét nghiệm ADN và kết quả cháu không phải con anh.",
        "Các nhà khoa học dự đoán màu tóc từ DNA của nghi phạm.",
        "Số người nhiễm AIDS giảm, bệnh nhân được chụp CT và MRI miễn phí.",
        "Mức thuế VAT sẽ tăng từ năm sau.",
    ],
)
def test_nothing_is_named(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    ("text", "written", "country"),
    [
        ("Hãng tin Reuters trích lời Bộ trưởng Năng lượng Saudi Khalid al - Falih cho biết.",
         "Saudi", "Saudi Arabia"),
        ("Quan hệ đối tác Saudi - Nga đã mở đường cho thỏa thuận.", "Saudi", "Saudi Arabia"),
        ("Ả rập Saudi đã tạm dừng các hợp đồng mới.", "Ả rập Saudi", "Saudi Arabia"),
        ("Thái tử Ảrập Saudi Mohammed bin Salman đến thăm Pháp.", "Ảrập Saudi", "Saudi Arabia"),
        ("Lãnh đạo nhánh Hezbollah Li Băng, ông Hassan Nasrallah, kêu gọi biểu tình.",
         "Li Băng", "Liban"),
        ("Israel không kích miền nam Libăng đêm qua.", "Libăng", "Liban"),
    ],
)  # fmt: skip
def test_saudi_arabia_and_lebanon_as_the_news_writes_them(
    text: str, written: str, country: str
) -> None:
    mention = next(m for m in mentions_of(text) if m.text == written)
    assert (mention.type, mention.canonical) == ("LOC", country)


@pytest.mark.parametrize("word", ["quản lý", "tỷ lệ", "hy vọng", "ký kết", "quy định"])
def test_dictionary_words_are_known_in_both_spellings_of_i_and_y(word: str) -> None:
    pair = tuple(word.split())
    assert pair in segmented_words() or pair in common_compounds()
