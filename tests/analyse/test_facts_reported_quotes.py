"""Words a speaker's reported clause quotes in part, roles qualified by a country, joined
degrees before a name, and what stays no quote."""

from __future__ import annotations

import pytest
from quoting import quotes_of

from bantin.models import Quote


def said(quotes: tuple[Quote, ...]) -> list[tuple[str, str | None]]:
    """(first three words of the quote, speaker) for each quote."""
    return [(" ".join(q.text.split()[:3]), q.speaker) for q in quotes]


@pytest.mark.parametrize(
    ("sentence", "speaker", "opening"),
    [
        # far from the cue, after "rằng" and a clause of its own
        (
            "Ông Logan nói rằng bước đi mới nhất của Bắc Kinh sẽ “làm gia tăng căng thẳng và "
            "gây bất ổn khu vực”.",
            "Logan",
            "làm gia tăng",
        ),
        # across a comma after the cue
        (
            "Người phát ngôn Dmitry Peskov ngày 24-1 khẳng định, mọi sự can thiệp từ bên ngoài "
            "là “hoàn toàn không thể chấp nhận được”, và Moskva sẽ phản đối.",
            "Dmitry Peskov",
            "hoàn toàn không",
        ),
        # an opinion a named speaker holds in several words of theirs, lower case
        (
            "Trong lời tựa, ông Draper cho rằng “nhiều vùng rộng lớn của bang đang bị quản trị "
            "rất kém”.",
            "Draper",
            "nhiều vùng rộng",
        ),
        # an organisation reported after its cue
        (
            "IPEN cho rằng “các nước phát triển vẫn luôn xuất khẳu rác nhựa độc hại sang châu Á”.",
            "IPEN",
            "các nước phát",
        ),
    ],
)
def test_a_quote_inside_a_reported_clause_is_the_speakers(
    sentence: str, speaker: str, opening: str
) -> None:
    assert said(quotes_of(sentence)) == [(opening, speaker)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a term of a few words in someone's reported clause stays a term
        "Thủ tướng Lý Hiển Long cho biết chính phủ đang thực hiện “một chiến dịch cần thiết” ở "
        "khu vực này.",
        # passive: the person is judged, not speaking
        "Nguyễn Thị Lan - người đẹp đến từ Nghệ An từng được đánh giá là gương mặt triển vọng, "
        "tuy nhiên, cô mất phong độ trong những tập gần đây của “Tôi là Hoa hậu Hoàn vũ Việt Nam "
        "2017”.",
        # the title of a study the reported clause names
        "Bà Võ Thị Thu - chi cục trưởng Chi cục Thủy sản - cho biết trước thực trạng cá chết, "
        "chi cục căn cứ vào kết quả đề tài “Nghiên cứu khả năng thả cá dựa trên sức tải của "
        "kênh”.",
        # no one who speaks before the cue
        "Những lời đồn thổi trên mạng xã hội nói rằng giá đất ở khu vực ven sông này sẽ “tăng "
        "gấp ba lần chỉ trong vòng một năm tới”.",
    ],
)
def test_terms_titles_and_clauses_without_a_speaker_stay_no_quote(sentence: str) -> None:
    assert quotes_of(sentence) == ()


def test_a_role_qualified_by_a_country_is_not_another_countrys_holder() -> None:
    quotes = quotes_of(
        "Cuộc chiến gây thêm căng thẳng với chính quyền của Tổng thống Syria Bashar al - Assad.",
        "Ông Trump vừa qua khẳng định: “Chúng ta sẽ sớm chuyển sang một giai đoạn mới”.",
        "Tổng thống Mỹ cũng nói thêm rằng Washington sẽ ủng hộ đàm phán để mở ra con đường "
        "“chuyển đổi chính trị theo ý nguyện của người dân Syria”.",
    )
    assert said(quotes) == [("Chúng ta sẽ", "Trump"), ("chuyển đổi chính", "Trump")]


def test_a_role_the_article_gives_one_holder_is_still_that_holder() -> None:
    quotes = quotes_of(
        "Tổng thống Syria Bashar al - Assad đã tiếp phái đoàn Nga tại Damascus.",
        "“Nga là một đối tác quan trọng trên con đường tái thiết đất nước”, Tổng thống Syria nói.",
    )
    assert said(quotes) == [("Nga là một", "Bashar al - Assad")]


@pytest.mark.parametrize("degree", ["PGS.TS", "ThS.BS", "GS.TSKH"])
def test_joined_degrees_before_a_name_do_not_end_the_speakers_phrase(degree: str) -> None:
    quotes = quotes_of(
        "“Bệnh nhân mất rất nhiều máu, nếu không cấp cứu kịp thời sẽ nguy đến tính mạng” - "
        f"{degree} Đỗ Văn Quế kể lại."
    )
    assert said(quotes) == [("Bệnh nhân mất", "Đỗ Văn Quế")]
