"""What kind of thing a name is, told by the words before it on the open stream: a kind
with what sets it apart ("núi lửa", "sân bay quốc tế", "công ty cổ phần"), an outlet's kind
opening the sentence ("Tờ Economist"), a list of places a plural cue opens, a title holder
named after their organisation, and cues the segmentation shows are parts of other words
("yêu_cầu", "sân_khấu")."""

from __future__ import annotations

import pytest
from naming import found


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Sóng thần có nguyên nhân từ núi lửa Anak Krakatau phun trào.", "Anak Krakatau", "LOC"),
        ("Máy bay hạ cánh xuống sân bay quốc tế Ngurah Rai ở đảo Bali.", "Ngurah Rai", "LOC"),
        ("Họ được đưa đến thành phố biên giới Ciudad Juarez.", "Ciudad Juarez", "LOC"),
        ("Vào cuối tuần, phố đi bộ Bùi Viện đông nghẹt khách.", "Bùi Viện", "LOC"),
        ("Hai em rủ nhau chèo xuồng ra đập Đạ Bo để câu cá.", "Đạ Bo", "LOC"),
        ("Xe chạy từ cầu Nguyễn Văn Trỗi về phía trung tâm.", "Nguyễn Văn Trỗi", "LOC"),
        (
            "Có thể xem pháo hoa ở Cầu Mống, Phố đi bộ Nguyễn Huệ, Bến Bạch Đằng.",
            "Bến Bạch Đằng",
            "LOC",
        ),
        ("Chủ đầu tư là công ty cổ phần Nova Bắc Nam.", "Nova Bắc Nam", "ORG"),
        (
            "Cuộc họp báo diễn ra tại bệnh viện Chiang Rai Prachanukrok.",
            "Chiang Rai Prachanukrok",
            "ORG",
        ),
        (
            "Còn phải kể tới các ông lớn như Maple Leaf Foods (Canada), Perdue Foods (Mỹ).",
            "Maple Leaf Foods",
            "ORG",
        ),
        ("Cậu bé viết trên mạng xã hội Sina Weibo của trường.", "Sina Weibo", "ORG"),
        ("Điều này không lạ bởi phi đội Red Arrows hay dùng căn cứ này.", "Red Arrows", "ORG"),
        # words the segmentation joins to a kind ("vùng_biển", "huyện_đảo", "quay_phim"): a
        # cue must open its word, so these are cues of their own
        ("Máy bay trực thăng rơi xuống vùng biển Barents hôm qua.", "Barents", "LOC"),
        ("Thi thể được đưa về huyện đảo Lý Sơn.", "Lý Sơn", "LOC"),
        ("Đến khi quay phim Inside Men, anh mới đồng ý.", "Inside Men", "MISC"),
    ],
)
def test_a_kind_and_what_sets_it_apart_type_the_name_after_them(
    text: str, name: str, type_: str
) -> None:
    assert (name, type_) in found(text)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Tờ Daily Telegraph của Anh đưa tin như vậy.", "Daily Telegraph"),
        ("Tờ Economist nhận định giá dầu sẽ còn tăng.", "Economist"),
        ("Trang Foxbusiness dẫn quan điểm của ông Kim Lopdrup.", "Foxbusiness"),
        ("Tạp chí Forbes xếp hạng các tỷ phú.", "Forbes"),
    ],
)
def test_an_outlet_s_kind_opening_the_sentence_is_not_part_of_its_name(
    text: str, outlet: str
) -> None:
    mentions = found(text)
    assert (outlet, "ORG") in mentions
    assert not any(name.startswith(("Tờ", "Trang", "Tạp chí")) for name, _ in mentions)


def test_a_vietnamese_name_opening_the_sentence_stays_a_person() -> None:
    assert ("Trang Nhung", "PER") in found("Trang Nhung cho biết cô rất vui.")


def test_places_a_plural_cue_lists_are_places_whatever_their_shape() -> None:
    mentions = found(
        "Mưa lũ gây ngập ở các huyện Hương Khê, Vũ Quang, Thạch Hà và Đức Thọ.",
        "Sạt lở tại các huyện Quản Bạ, thành phố Hà Giang, huyện Mèo Vạc, Vị Xuyên và "
        "Hoàng Su Phì gây ách tắc nhiều giờ.",
    )
    for place in ("Vũ Quang", "Hoàng Su Phì", "Vị Xuyên", "Đức Thọ"):
        assert (place, "LOC") in mentions


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the list closed with "và": who comes after the comma is someone else
        ("Tại hai tỉnh Nghệ An và Hà Tĩnh, Trần Văn Nam cho biết nước đã rút.", "Trần Văn Nam"),
        # where one lives, then who: a full name after two places is a person's
        (
            "Cùng Tô Hà Đức, trú tại phường Đại Nài, TP. Hà Tĩnh và Dương Ngọc Tú (SN 1993) "
            "mang theo hung khí.",
            "Dương Ngọc Tú",
        ),
        ("Ông Cầu bày tỏ ý kiến tại phiên thảo luận.", "Cầu"),
    ],
)
def test_a_person_after_places_or_a_place_word_stays_a_person(text: str, person: str) -> None:
    assert (person, "PER") in found(text)


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        (
            "Chủ tịch Đảng Cộng sản Kazuo Shii đánh giá cao vai trò của Việt Nam.",
            "Đảng Cộng sản",
            "Kazuo Shii",
        ),
        (
            "Tổng thống đứng cạnh lãnh đạo Cảnh sát Quốc gia Ronald Bato Dela Rosa.",
            "Cảnh sát Quốc gia",
            "Ronald Bato Dela Rosa",
        ),
        (
            "Tiếp Chủ tịch Đảng Công Minh Natsuo Yamaguchi, Chủ tịch nước đánh giá cao.",
            "Đảng Công Minh",
            "Natsuo Yamaguchi",
        ),
    ],
)
def test_a_title_holder_s_foreign_name_after_their_body_is_theirs(
    text: str, body: str, person: str
) -> None:
    mentions = found(text)
    assert (body, "ORG") in mentions
    assert (person, "PER") in mentions


def test_foreign_words_right_after_the_head_are_the_body_s_own_name() -> None:
    orgs = {n for n, t in found("Ông ấy làm việc ở Ngân hàng Standard Chartered.") if t == "ORG"}
    assert "Ngân hàng Standard Chartered" in orgs


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        # "cầu" of "yêu_cầu", "toàn_cầu" is no bridge
        ("Thủ tướng yêu cầu Bộ Y tế chỉ đạo các đơn vị.", "Bộ Y tế", "ORG"),
        ("Ông chủ trì họp và yêu cầu Bộ Tài chính báo cáo.", "Bộ Tài chính", "ORG"),
        # "sân" of "sân_khấu" is no ground: the article names the singer
        (
            "Thu Phương bật khóc khi trở về. Hết mình trên sân khấu Thu Phương đã có nhiều "
            "tiết mục song ca.",
            "Thu Phương",
            "PER",
        ),
    ],
)
def test_a_cue_inside_another_word_is_no_cue(text: str, name: str, type_: str) -> None:
    mentions = found(*text.split(". "))
    assert (name, type_) in mentions
    assert not any(n == name and t != type_ for n, t in mentions)


def test_an_incident_opening_the_sentence_is_no_department() -> None:
    mentions = found("Vụ tai nạn giao thông nghiêm trọng xảy ra rạng sáng nay.")
    assert not any(t == "ORG" for _, t in mentions)
    assert ("Vụ Pháp chế", "ORG") not in found("Vụ tai nạn ở Pháp khiến hai người chết.")
