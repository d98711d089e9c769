"""Numbers: Vietnamese digit formats, scales, units, qualifiers, what they count."""

from __future__ import annotations

import pytest

from bantin.analyse import Analyser, Segmenter
from bantin.analyse.facts import NumberComponent
from bantin.analyse.facts.numbers import parse_number
from bantin.models import AnalysedArticle, Article


def numbers_of(text: str) -> AnalysedArticle:
    article = Article(id="t", path=None, body=(text,))
    return Analyser([Segmenter(), NumberComponent()])(article)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.000", 1000.0),
        ("1,5", 1.5),
        ("1.234.567", 1234567.0),
        ("1.234,5", 1234.5),
        ("2.5", 2.5),
        ("48", 48.0),
        ("1,2,3", None),
        ("0.034", 0.034),  # a thousands group never follows a leading 0
        ("abc", None),
    ],
)
def test_parse_number_reads_vietnamese_formats(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier", "about"),
    [
        ("Mỹ sẽ rút hơn 1.000 binh lính khỏi nước này.", 1000.0, None, "hơn", "binh lính"),
        ("Căn cứ trị giá 110 triệu USD đã hoạt động.", 110e6, "USD", None, "căn cứ"),
        ("Ông được yêu cầu rời đi trong 48 giờ.", 48.0, "giờ", None, ""),
        ("Có ít nhất 100 huấn luyện viên đã đến.", 100.0, None, "ít nhất", "huấn luyện viên"),
        ("Giá xăng tăng gần 1,5 nghìn đồng mỗi lít.", 1500.0, "đồng", "gần", ""),
        ("Khoảng 30 % cử tri chưa quyết định.", 30.0, "%", "khoảng", "cử tri"),
    ],
)
def test_extract_numbers_reads_value_unit_qualifier_and_head(
    text: str, value: float, unit: str | None, qualifier: str | None, about: str
) -> None:
    numbers = numbers_of(text).numbers
    assert len(numbers) == 1
    found = numbers[0]
    assert (found.value, found.unit, found.qualifier) == (value, unit, qualifier)
    assert found.about == about


@pytest.mark.parametrize(
    "text",
    [
        "Cuộc họp diễn ra ngày 22/4 tại thủ đô.",
        "Hội nghị khai mạc lúc 9 giờ sáng nay.",
        "Sự kiện xảy ra vào tháng 7/2023 ở Niger.",
        "Dự án được khởi công năm 2015.",
        "Đây là lần thứ 3 đội bóng vô địch.",
        "Gió đông bắc cấp 2 - 3.",
        "Sáng nay 23 - 10, tại xã diễn ra buổi diễn tập.",
        "Lúc 20h ngày 11/7, nhóm này bỏ đi.",
        "Trong các ngày họp 29-30/6, hai bên đã thảo luận.",
        "Đội tuyển chuẩn bị cho SEA Games 27 ở nước bạn.",
        "Anh giao hàng tại hẻm 113 đường Võ Duy Ninh.",
        "Em là học sinh lớp 10 của trường.",
        "Lợi nhuận quý 3 năm trước đã giảm.",
        "Chiều 1.11, bên hành lang Quốc hội, ông trả lời báo chí.",
    ],
)
def test_extract_numbers_skips_dates_times_years_and_ordinals(text: str) -> None:
    assert numbers_of(text).numbers == ()


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # underthesea glues a number to the next word ("1.600_vũ_khí") or a scale to a unit
        ("Anh sẽ gửi 1.600 vũ khí chống tăng cho Kiev.", [(1600.0, None)]),
        ("Anh đã chi 2,3 tỷ bảng Anh cho vũ khí.", [(2.3e9, "bảng")]),
        # a year is written without a thousands separator: this is a count
        ("Cơn bão khiến 2.000 người chết.", [(2000.0, None)]),
        # the first end of a range takes the unit of the second
        ("Nhiệt độ cao nhất từ 31 - 34 độ.", [(31.0, "độ"), (34.0, "độ")]),
        ("Giá dao động 2 - 3 triệu đồng.", [(2e6, "đồng"), (3e6, "đồng")]),
        # "chiều" is also a direction: "mỗi chiều" (each way) before a price
        ("Giá vàng giảm mỗi chiều 30.000 đồng/lượng.", [(30000.0, "đồng")]),
    ],
)
def test_extract_numbers_reads_glued_words_separated_thousands_and_ranges(
    text: str, values: list[tuple[float, str | None]]
) -> None:
    assert [(n.value, n.unit) for n in numbers_of(text).numbers] == values


@pytest.mark.parametrize(
    "text",
    [
        # models and registrations: VietNews writes "S -300", with no space after the hyphen
        "Nga chuyển giao hệ thống S -300 cho Syria.",
        "Máy bay ném bom Tu -22 M3 đã cất cánh.",
        "Xe khách 51 B -105.60 lật trên đèo.",
        "Xe 61A 276.34 bị giữ lại.",
        "Ô tô mang BKS: 47K - 8361 chạy ngược chiều.",
        "Tàu cá NA 95899 TS bị chìm.",
        "Thí sinh 14000619 được nâng điểm.",
        "Sự cố xảy ra tại Km 15+500 đường cao tốc.",
        # times written with the hour's letter, and "g" for "giờ"
        "Khoảng 13h35, hai xe va chạm.",
        "Đến 23g45, đống đất vẫn chưa được dọn.",
        "Khoảng 15g cùng ngày, trời đổ mưa.",
        "Xe tải bị cấm chạy từ 20g đêm.",
        # ordinals, days and road numbers before a bare number
        "Hội nghị thượng đỉnh lần 2 diễn ra tại Hà Nội.",
        "Mưa lớn từ đêm 14 rạng sáng 15-11.",
        "Xe container lật trên quốc lộ 1.",
        "Bộ Xây dựng dẫn văn bản 338 về điểm ngập.",
    ],
)
def test_extract_numbers_skips_identifiers_clock_times_and_ordinals(text: str) -> None:
    assert numbers_of(text).numbers == ()


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Tàu đi với tốc độ 30 km/h.", [(30.0, "km/h")]),
        ("Gió mạnh 15 m/s.", [(15.0, "m/s")]),
        ("Hồ giữ lại 200 triệu m3 nước.", [(200e6, "m3")]),
        ("Gỗ thiệt hại gần 300 m³.", [(300.0, "m3")]),
        ("Cảnh sát thu 700g ma túy đá.", [(700.0, "g")]),
        ("Thuốc prednisolone 5mg bị làm giả.", [(5.0, "mg")]),
        ("Vé có giá 50.000đ một lượt.", [(50000.0, "đồng")]),
        ("Ông phải trả 20.000 ringgit.", [(20000.0, "ringgit")]),
        ("Tàu cách bờ 12 hải lý.", [(12.0, "hải lý")]),
        ("Cuộc phẫu thuật kéo dài 56 tiếng đồng hồ.", [(56.0, "giờ")]),
        ("Họ chỉ mất 11 tiếng để phản ứng.", [(11.0, "giờ")]),
        # "tiếng" before a sound counts sounds; "g" of a weighed thing after a small number
        ("Đại sứ thỉnh 9 tiếng chuông.", [(9.0, None)]),
        # an age written after its word
        ("Ông Fidel Castro qua đời ở tuổi 90.", [(90.0, "tuổi")]),
        ("Đồ uống 10 g chia 2 lần mỗi ngày.", [(10.0, "g"), (2.0, "lần")]),
        # "trong vòng" (within) before a unit is a duration, not a round
        ("Dự án hoàn thành trong vòng 28 tháng.", [(28.0, "tháng")]),
        ("Đội tuyển thắng 2 lần trong 3 tháng.", [(2.0, "lần"), (3.0, "tháng")]),
    ],
)
def test_extract_numbers_reads_speeds_volumes_weights_and_hours(
    text: str, values: list[tuple[float, str | None]]
) -> None:
    assert [(n.value, n.unit) for n in numbers_of(text).numbers] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Giá phòng tăng 20-40% so với ngày thường.", [(20.0, "%"), (40.0, "%")]),
        ("Mỗi tháng bán ra 50-60 tấn xúc xích.", [(50.0, "tấn"), (60.0, "tấn")]),
        ("Doanh thu giảm 1-2 tỉ đồng mỗi ngày.", [(1e9, "đồng"), (2e9, "đồng")]),
        ("Nước sâu 15-30 cm.", [(15.0, "cm"), (30.0, "cm")]),
        ("Bị cáo bị đề nghị từ 11-13 năm tù.", [(11.0, "năm"), (13.0, "năm")]),
        # dates keep their month or year word: "ngày 14-15 tháng 3", "1-5 năm nay"
        ("Hội chợ mở ngày 14-15 tháng 3.", []),
        ("Dịp lễ 30-4 và 1-5 năm nay, tỉnh đón 7.000 khách.", [(7000.0, None)]),
        ("Lễ hội diễn ra ngày 2-9 năm 2019.", []),
        # a score or a date with nothing measured after it stays whole
        ("Đội nhà thắng 3-0 trên sân khách.", []),
    ],
)
def test_extract_numbers_reads_both_ends_of_a_range_written_without_spaces(
    text: str, values: list[tuple[float, str | None]]
) -> None:
    assert [(n.value, n.unit) for n in numbers_of(text).numbers] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a military unit, a naval region and a document named by number count nothing
        ("Quân khu 7 huy động 300 chiến sĩ.", [(300.0, None)]),
        ("Hoạt động tái thiết chủ yếu với các đơn vị thuộc sư đoàn 4.", []),
        ("Bộ Tư lệnh vùng 5 Hải quân tặng 5 phần quà.", [(5.0, None)]),
        ("Ông Dương vi phạm quy định 47 - QĐ / TW của Ban Chấp hành.", []),
        # a region of several places and a zone's width still count
        ("Khu vực 11 quận nội thành hiện hữu gồm quận 4, 5.", [(11.0, None)]),
        ("Vùng 3 tỉnh miền núi bị lũ.", [(3.0, None)]),
        ("Tàu tiến vào vùng 12 hải lý quanh đảo.", [(12.0, "hải lý")]),
        # numbers listed after a label are labels too; a count after one is a count
        ("Cấm xe tại quận 1, 3 và 5.", []),
        ("Điều 3, 5 triệu đồng được chi cho dự án.", [(5e6, "đồng")]),
        ("Tại đường số 7, 2 người bị thương.", [(2.0, None)]),
        ("Trong hai tháng 7 và 8, ông nhận được 55 thông tin.", [(55.0, None)]),
        ("Anh thuộc lữ đoàn 147 Hải quân đánh bộ.", []),
        # a time of day is no quantity; a duration in hours is
        ("Khoảng 9 giờ tối, xe bị lật.", []),
        ("Cuộc họp kéo dài 3 giờ.", [(3.0, "giờ")]),
    ],
)
def test_extract_numbers_skips_numbers_that_name_units_and_documents(
    text: str, values: list[tuple[float, str | None]]
) -> None:
    assert [(n.value, n.unit) for n in numbers_of(text).numbers] == values
