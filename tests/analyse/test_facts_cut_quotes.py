"""Quotes whose sentence an outlet or the sentence splitter cut at the quote's closing mark:
the words after the mark open a sentence of their own ("... USD.” Theo ông Medvedev, “...”"),
and a line going on in lower case below a quote is who said it ("...”." then "chị nói.")."""

from __future__ import annotations

from quoting import quotes_of, speakers


def test_a_source_after_a_quote_closed_by_its_period_introduces_the_next_quote() -> None:
    quotes = quotes_of(
        'Thủ tướng Nga Dmitry Medvedev tuyên bố: "Chúng tôi sẽ cung cấp thêm dầu cho Trung Quốc.'
        ' Tổng trị giá là 85 tỷ USD." Theo ông Medvedev, "đây là một khoản tiền khổng lồ đối với'
        ' bất kỳ nước nào, kể cả với Trung Quốc".',
    )
    assert speakers(quotes) == [("Chúng", "Dmitry Medvedev"), ("đây", "Dmitry Medvedev")]


def test_a_lower_case_line_below_a_quote_names_its_speaker() -> None:
    quotes = quotes_of(
        "Chị Lê Thị Tuyết nhận lại balô ở ga Diêu Trì.",
        "Sau đó, chị nhờ cha chở xuống ga nhận lại.",
        '" Sau khi nhận được tiền, chiều nay em đã cùng gia đình đi chợ chuẩn bị đón tết rồi.',
        'Em cảm ơn rất nhiều vì trên đời này còn rất nhiều người tốt ".',
        "chị nói.",
    )
    assert speakers(quotes) == [("Sau", "Lê Thị Tuyết")]


def test_a_lower_case_line_below_a_short_exclamation_leaves_it_closing_its_line() -> None:
    quotes = quotes_of(
        'Ông Prabowo Subianto nhiều lần tuyên bố sẽ đặt " Indonesia trên hết! "',
        "bằng việc xem xét hàng tỉ USD đầu tư từ Trung Quốc.",
    )
    assert speakers(quotes) == [("Indonesia", "Prabowo Subianto")]
