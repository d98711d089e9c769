"""Entities, twenty-sixth round: bodies whose name holds a newspaper's common words, firms
named after their legal form and trade, officers run into their body's name, years of the
sexagenary cycle, places after a direction, spelling variants of countries."""

from __future__ import annotations

import pytest
from naming import found, mentions_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chiều 28-6, Tòa án Nhân dân TP. HCM đã xét xử phúc thẩm.", "Tòa án Nhân dân TP. HCM"),
        ("Ngân hàng Nhân dân Trung Quốc hạ lãi suất.", "Ngân hàng Nhân dân Trung Quốc"),
        ("Ông Hun Sen là chủ tịch Đảng Nhân dân Campuchia.", "Đảng Nhân dân Campuchia"),
        ("Báo Rodong Sinmun là cơ quan của Đảng Lao động Triều Tiên.", "Đảng Lao động Triều Tiên"),
        ("Bộ Lao động Ba Lan đặt mục tiêu mới.", "Bộ Lao động Ba Lan"),
        # a comma inside a field of a ministry's name
        (
            "Bộ Lao động, thương binh và xã hội cho biết như vậy.",
            "Bộ Lao động, thương binh và xã hội",
        ),
    ],
)
def test_a_newspapers_common_words_inside_a_bodys_name(text: str, name: str) -> None:
    names = found(text)
    assert (name, "ORG") in names
    assert not any(t in ("Nhân dân", "Lao động") for t, _ in names)


def test_the_newspaper_itself_is_still_found() -> None:
    assert ("Nhân dân", "ORG") in found("Theo báo Nhân dân, giá sẽ tăng.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Thi hành án đối với Công ty cổ phần đầu tư xây dựng và phát triển hạ tầng Phú An.",
            "Công ty cổ phần đầu tư xây dựng và phát triển hạ tầng Phú An",
        ),
        (
            "Công ty TNHH một thành viên Nam Triệu phải bồi thường.",
            "Công ty TNHH một thành viên Nam Triệu",
        ),
        ("Vụ án xảy ra tại Công ty TNHH MTV Thái Sơn.", "Công ty TNHH MTV Thái Sơn"),
        (
            "Công ty TNHH tư vấn xây dựng thương mại Long Minh cùng nhóm từ thiện đến.",
            "Công ty TNHH tư vấn xây dựng thương mại Long Minh",
        ),
    ],
)
def test_a_firm_is_named_after_its_legal_form_and_trade(text: str, name: str) -> None:
    names = found(text)
    assert (name, "ORG") in names
    assert not any(t in ("Công ty cổ phần", "Công ty TNHH", "Công ty TNHH MTV") for t, _ in names)


def test_a_firm_with_no_name_after_its_trade_is_not_stretched() -> None:
    names = {t for t, _ in found("Công ty cổ phần này đã bị Sở Tài chính phạt.")}
    assert not any("Sở" in t and "Công ty" in t for t in names)


def test_an_officer_run_into_the_body_is_split_off() -> None:
    mentions = mentions_of(
        "Phát ngôn viên Bộ Ngoại giao Mỹ Morgan Ortagus nói rằng chương trình vi phạm.",
        "Bà Ortagus tuyên bố ngày 28-5.",
        "Phát ngôn viên Bộ Ngoại giao Ortagus nói rằng Bộ chưa công bố đánh giá.",
    )
    last = {(m.text, m.type) for m in mentions if m.sentence == 2}
    assert last == {("Bộ Ngoại giao", "ORG"), ("Ortagus", "PER")}


def test_a_place_a_title_made_a_person_does_not_split_a_body() -> None:
    names = found(
        "Ông Quý làm thị trưởng Nam Kinh từ năm 2009 và là phó Bí thư Hội đồng nhân dân Nam Kinh."
    )
    assert ("Hội đồng nhân dân Nam Kinh", "ORG") in names


@pytest.mark.parametrize(
    "text",
    [
        "Đường hoa Xuân Mậu Tuất 2018 sẽ khai mạc ngày 12-12.",
        "Năm Đinh Dậu là năm con gà.",
        "Nhân dịp đón xuân Kỷ Hợi, đoàn đến thăm.",
        "Trong dịp cao điểm tết Mậu Tuất, khách nên đến ga sớm.",
    ],
)
def test_a_year_of_the_sexagenary_cycle_is_no_name(text: str) -> None:
    names = {t for t, _ in found(text)}
    assert not any(branch in t for t in names for branch in ("Tuất", "Dậu", "Hợi"))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Máy bay đã rơi ở phía Nam Puget Sound.", "Puget Sound"),
        ("Phiến quân ở phía Đông Nam Deir ez - Zor.", "Deir ez - Zor"),
        ("Quân đội tấn công ở vùng nông thôn phía Bắc Hama.", "Hama"),
    ],
)
def test_a_foreign_place_after_a_direction(text: str, place: str) -> None:
    names = found(text)
    assert (place, "LOC") in names
    assert not any(t.startswith(("Nam ", "Bắc ", "Đông ")) for t, _ in names)


def test_a_region_after_a_direction_keeps_its_compass_word() -> None:
    assert ("Bắc Bộ", "LOC") in found("Mưa lớn ở phía Tây Bắc Bộ.")


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        # a stem and a branch after a title or a street's word are a name
        ("Ông Đinh Ngọ nói như vậy.", "Đinh Ngọ", "PER"),
        ("Nhà ở đường Mậu Thân bị cháy.", "Mậu Thân", "LOC"),
        # a foreign given name before a firm's makes a person; alone the firm is the firm
        (
            "“Nó sẽ đến đón bạn” - Florian Reuter, giám đốc của Volocopter, mô tả.",
            "Florian Reuter",
            "PER",
        ),
        ("Nikola Tesla là cha đẻ của dòng điện xoay chiều.", "Nikola Tesla", "PER"),
        ("Theo Reuter, giá dầu tăng.", "Reuter", "ORG"),
        ("Người đàn ông nhảy xuống rạch Ông Lớn.", "Ông Lớn", "LOC"),
        ("Tàu vào kênh Ông Kèo.", "Ông Kèo", "LOC"),
        ("Xây dựng 2 cầu Thị Vải và Rạch Ngoài.", "Rạch Ngoài", "LOC"),
        ("Hi Lạp phản đối.", "Hi Lạp", "LOC"),
        ("Thổ Nhĩ Kì đóng cửa biên giới.", "Thổ Nhĩ Kì", "LOC"),
        ("Chỉ số Dow Jones giảm 767 điểm.", "Dow Jones", "MISC"),
        ("Phố Wall lo ngại.", "Phố Wall", "LOC"),
        ("Theo Business Insider, giá tăng.", "Business Insider", "ORG"),
        ("Theo Washington Examiner, giá tăng.", "Washington Examiner", "ORG"),
        ("Giao tranh ở thành phố Deir ez - Zor.", "Deir ez - Zor", "LOC"),
        ("Nhà triết học Hi Lạp Aristotle đã đề cập.", "Aristotle", "PER"),
        (
            "Hiệp định Thương mại Tự do Bắc Mỹ được ký năm 1994.",
            "Hiệp định Thương mại Tự do Bắc Mỹ",
            "MISC",
        ),
    ],
)
def test_names_of_this_round(text: str, name: str, type_: str) -> None:
    assert (name, type_) in found(text)


def test_an_acronym_after_an_acronym_is_not_its_expansion() -> None:
    mentions = mentions_of("Hiệp định Thương mại tự do Việt Nam - EU (EVFTA) có hiệu lực.")
    evfta = next(m for m in mentions if m.text == "EVFTA")
    assert evfta.canonical != "Liên minh châu Âu"


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        (
            "Thượng úy Phú, trạm trưởng Trạm kiểm soát biên phòng Thuận An, cho biết.",
            "Trạm kiểm soát biên phòng Thuận An",
            "ORG",
        ),
        ("Bé được đưa đến Trạm y tế xã Nghĩa Bình cấp cứu.", "Trạm y tế xã Nghĩa Bình", "ORG"),
        ("Trạm thu phí Định An sẽ xả trạm 7 ngày.", "Trạm thu phí Định An", "LOC"),
        ("Xe dừng ở Trạm dừng nghỉ Quảng Ninh.", "Trạm dừng nghỉ Quảng Ninh", "LOC"),
    ],
)
def test_a_station_is_named_with_its_kind(text: str, name: str, type_: str) -> None:
    names = found(text)
    assert (name, type_) in names
    assert not any(t == "Trạm" for t, _ in names)


def test_a_working_group_is_no_person() -> None:
    names = found("Ông Dũng, tổ trưởng Tổ công tác của Thủ tướng, cho biết như vậy.")
    assert not any(t == "Tổ" for t, _ in names)
