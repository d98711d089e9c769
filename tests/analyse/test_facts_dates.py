"""Dates: Vietnamese temporal expressions resolved against a reference date."""

from __future__ import annotations

from datetime import date

import pytest

from bantin.analyse import Analyser, Segmenter
from bantin.analyse.facts import DateComponent
from bantin.analyse.facts.dates import find_expressions, resolve
from bantin.models import AnalysedArticle, Article, DroppedLine, Sentence

# Monday 22 April 2024
REFERENCE = date(2024, 4, 22)


def expressions(text: str) -> list[tuple[str, str | None, bool]]:
    sentence = Sentence(index=0, paragraph=0, text=text, words=())
    return [(e.text, *resolve(e, REFERENCE)) for e in find_expressions(sentence)]


@pytest.mark.parametrize(
    ("text", "expression", "iso", "inferred"),
    [
        ("Lầu Năm Góc hôm 22/4 cho biết", "hôm 22/4", "2024-04-22", True),
        ("hồi tháng 3, chính quyền thông báo", "hồi tháng 3", "2024-03", True),
        ("Ngày 25/8, tổ chức này kêu gọi", "Ngày 25/8", "2023-08-25", True),
        ("sau cuộc đảo chính vào tháng 7/2023", "vào tháng 7/2023", "2023-07", False),
        ("tại Abuja ngày 2/8/2023", "ngày 2/8/2023", "2023-08-02", False),
        ("NAPLES – Hôm thứ Sáu, Hoa Kỳ đồng ý", "Hôm thứ Sáu", "2024-04-19", True),
        ("Vào tuần trước, Washington đồng ý", "Vào tuần trước", "2024-04-15", True),
        ("Cuối tuần trước, người biểu tình tập trung", "Cuối tuần trước", "2024-04-20", True),
        ("cuộc đảo chính năm ngoái", "năm ngoái", "2023", True),
        ("Thông báo vào tháng trước", "vào tháng trước", "2024-03", True),
        ("bà nhậm chức vào đầu tháng này", "vào đầu tháng này", "2024-04", True),
        ("Hôm qua, cảnh sát cho biết", "Hôm qua", "2024-04-21", True),
        ("Trước đó vào đêm qua, sinh viên đã tham dự", "vào đêm qua", "2024-04-21", True),
        ("chiều nay, đoàn sẽ khởi hành", "chiều nay", "2024-04-22", True),
        ("Cách đây hai ngày, ông ra mắt sách", "Cách đây hai ngày", "2024-04-20", True),
        ("dự án khởi công từ năm 2015", "từ năm 2015", "2015", False),
        ("vụ việc xảy ra hôm 17.10 tại đây", "hôm 17.10", "2023-10-17", True),
        ("Chiều nay, đoàn công tác đến tỉnh", "Chiều nay", "2024-04-22", True),
        ("hồi tháng Hai vừa qua, giá tăng", "hồi tháng Hai vừa qua", "2024-02", True),
        ("từ cuối tháng 3 vừa qua, cửa hàng đóng", "từ cuối tháng 3 vừa qua", "2024-03", True),
        ("hội chợ diễn ra 12 - 14/4 ở Huế", "12 - 14/4", "2024-04-12", True),
        ("nghỉ lễ 2/9 kéo dài bốn ngày", "lễ 2/9", "2023-09-02", True),
        ("khách đông vào dịp 30/4 hằng năm", "vào dịp 30/4", "2024-04-30", True),
        ("phát sóng lúc 20h30 thứ năm 23/3 trên kênh", "thứ năm 23/3", "2024-03-23", True),
        ("bị bắt vào chiều tối nay (3-2) tại huyện", "vào chiều tối nay (3-2)", "2024-02-03", True),
        ("xét xử từ tháng 11 năm ngoái đến nay", "từ tháng 11 năm ngoái", "2023-11", True),
        (
            "đêm nhạc vào tối thứ bảy (20.4) tại Hà Nội",
            "vào tối thứ bảy (20.4)",
            "2024-04-20",
            True,
        ),
        ("dự kiến khai trương vào tháng 10 năm nay", "vào tháng 10 năm nay", "2024-10", True),
    ],
)
def test_resolve_reads_vietnamese_expressions(
    text: str, expression: str, iso: str, inferred: bool
) -> None:
    assert expressions(text) == [(expression, iso, inferred)]


@pytest.mark.parametrize(
    "text",
    [
        "mối quan hệ trở nên căng thẳng sau cuộc đảo chính",
        "đây là lần thứ hai đội bóng vô địch",
        "trong những năm qua, thành phố phát triển",
        "giải thưởng xuất sắc nhất tháng sau khi vô địch",
        "kỷ niệm Cách mạng Tháng Mười Nga",
        "nhiều tháng năm gian khó",
        "đội khách dẫn trước (2-1) sau hiệp một",
        "số nợ được giãn sang các năm sau",
        "nợ quỹ hoàn thuế của những năm trước",
    ],
)
def test_find_expressions_ignores_ordinary_words(text: str) -> None:
    assert expressions(text) == []


def analysed(paragraphs: tuple[str, ...], **fields: object) -> AnalysedArticle:
    article = Article(id="t", path=None, body=paragraphs, **fields)  # type: ignore[arg-type]
    return Analyser([Segmenter(), DateComponent()])(article)


def test_date_component_resolves_against_publication_date() -> None:
    article = analysed(("Hôm qua, ông cho biết.",), published="2013-10-23T07:35:00")
    assert (article.reference_date, article.reference_inferred) == ("2013-10-23", False)
    assert [d.date for d in article.dates] == ["2013-10-22"]


def test_date_component_infers_reference_from_the_pages_own_dates() -> None:
    article = analysed(
        ("Lầu Năm Góc hôm 22/4 cho biết đã bắt đầu đàm phán.", "Đảo chính xảy ra vào tháng 7/2023.")
    )
    assert (article.reference_date, article.reference_inferred) == ("2024-04-22", True)
    assert [d.date for d in article.dates] == ["2024-04-22", "2023-07"]


def test_date_component_keeps_a_day_just_before_a_dated_one_in_its_year() -> None:
    article = analysed(("Tối 10/6, rạng sáng 11/6/2018, nhiều người tụ tập trên quốc lộ.",))
    assert (article.reference_date, article.reference_inferred) == ("2018-06-11", True)
    assert [d.date for d in article.dates] == ["2018-06-10", "2018-06-11"]


@pytest.mark.parametrize(
    ("paragraphs", "reference"),
    [
        # background deep in the text, months before its last dated event: that year's
        (("FBI khám xét Mar-a-Lago.", "Ông rời nhiệm sở.", "FBI đột kích ngày 8/8/2022.",
          "Ông Trump rời Nhà Trắng đến Mar-a-Lago vào ngày 20/1."), "2022-08-08"),
        # the reported day dates the page months after the event it recalls
        (("Quân đội rút đi.", "Đảo chính xảy ra vào tháng 7/2023.", "Mỹ cho biết hôm 22/4."),
         "2024-04-22"),
        (("Cô kết hôn tháng 12/2021.", "Anh bị bắt.", "Không ai biết.",
          "Ngày 9/6, trong đám cưới của vợ cũ, anh xuất hiện."), "2022-06-09"),
        (("Ngày 24/8, HoSE cho biết.", "Thông tư ban hành ngày 16/11/2020."), "2021-08-24"),
    ],
)  # fmt: skip
def test_date_component_moves_a_year_on_only_for_a_reported_day(
    paragraphs: tuple[str, ...], reference: str
) -> None:
    assert analysed(paragraphs).reference_date == reference


def test_date_component_reads_full_dates_of_dropped_captions_only() -> None:
    dropped = (
        DroppedLine(line=3, text="Cuộc họp ở Abuja ngày 2/8/2023. Ảnh: AFP", reason="caption"),
        DroppedLine(line=9, text="Giao tranh tại Sudan: Ngày 6/5, hai bên họp", reason="teaser"),
    )
    article = analysed(("Ngày 25/8, khối này kêu gọi đối thoại.",), dropped=dropped)
    assert article.reference_date == "2023-08-25"


def test_date_component_leaves_relative_dates_unresolved_without_any_year() -> None:
    article = analysed(("Hôm thứ Sáu, Hoa Kỳ đồng ý rút quân. Năm ngoái đã có đảo chính.",))
    assert article.reference_date is None
    assert [d.date for d in article.dates] == [None, None]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Cổ vật được trưng bày từ tháng 4 đến tháng 6.2013 tại bảo tàng.", "2013-04"),
        ("Lễ hội kéo dài từ ngày 28/12 - ngày 2/1/2014 ở thành phố.", "2013-12-28"),
        ("Hội chợ mở từ ngày 10/6 đến ngày 15/6/2018 tại Hà Nội.", "2018-06-10"),
    ],
)
def test_date_component_gives_a_range_the_year_written_at_its_end(text: str, first: str) -> None:
    article = analysed((text,), published="2012-10-26")
    assert article.dates[0].date == first and not article.dates[0].inferred


@pytest.mark.parametrize(
    ("text", "expression", "iso"),
    [
        ("Từ ngày mai (1-5), giá xăng giảm", "Từ ngày mai (1-5)", "2024-05-01"),
        ("Hôm qua (21-4), đoàn đã tới", "Hôm qua (21-4)", "2024-04-21"),
        # a date a few weeks ahead is scheduled, not last year's
        ("tòa ấn định ngày xử vào hôm 3.6", "vào hôm 3.6", "2024-06-03"),
        ("vụ việc xảy ra hôm 3.8", "hôm 3.8", "2023-08-03"),
    ],
)
def test_resolve_reads_a_date_in_brackets_and_a_date_scheduled_ahead(
    text: str, expression: str, iso: str
) -> None:
    assert expressions(text) == [(expression, iso, True)]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Bảo tàng trưng bày “Cung đàn tháng 7” đến hết ngày 31/10.", ["ngày 31/10"]),
        ("Nhà hát diễn vở 'Mùa thu tháng 9' vào tối nay.", ["vào tối nay"]),
        ("Ông nói: “Tôi về vào tháng 8”.", ["vào tháng 8"]),
    ],
)
def test_find_expressions_skips_a_month_closing_a_quoted_title(text: str, dates: list[str]) -> None:
    assert [e for e, _, _ in expressions(text)] == dates
