"""Quotes inside reported speech: words quoted after "rằng" or a cue, nested reporting,
"cũng theo", roles and pronouns resolved to the right person (texts written for these
tests)."""

from __future__ import annotations

import pytest
from quoting import quotes_of


@pytest.mark.parametrize(
    ("text", "speaker", "start"),
    [
        # straight marks with inner spaces right after a cue are the words said, not scare quotes
        (
            'Trong thư, ông Nguyễn Văn Bình khẳng định " sẽ trả lại từng đồng " nếu thất bại.',
            "Nguyễn Văn Bình",
            "sẽ trả lại",
        ),
        # after "rằng" a short lower-case quote is the reported clause itself
        (
            'Ông Lê Minh nói với báo Tuổi Trẻ rằng " tôi muốn thúc đẩy hợp tác " với đối tác.',
            "Lê Minh",
            "tôi muốn",
        ),
    ],
)
def test_reported_speech_takes_words_quoted_after_a_cue(
    text: str, speaker: str, start: str
) -> None:
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.text[: len(start)]) == (speaker, start)


def test_reported_speech_gives_nested_reporting_to_the_nearest_speaker() -> None:
    text = (
        "Theo hãng tin AFP, Thủ tướng Lê Văn Hòa cho biết Giáo sư Trần Minh nói với ông rằng"
        ' " chắc chắn sẽ quay lại " vào năm tới.'
    )
    (quote,) = quotes_of(text)
    assert quote.speaker == "Trần Minh"


def test_reported_speech_still_skips_a_noun_phrase_after_a_preposition() -> None:
    text = (
        "Ông Lê Minh giải thích rằng đánh giá dựa trên “một phần lớn dữ liệu tình báo và"
        " phản gián của các cơ quan liên bang”."
    )
    assert quotes_of(text) == ()


def test_reported_speech_takes_an_opinion_of_a_role_named_before() -> None:
    first = "Bộ trưởng Tài chính Pháp Jean Dupont đã ký lệnh mới."
    second = (
        'Bộ trưởng Tài chính Pháp cũng cho rằng lệnh mới sẽ " giúp giữ ổn định giá cả trên'
        ' toàn bộ thị trường trong nước ".'
    )
    (quote,) = quotes_of(first, second)
    assert (quote.speaker, quote.cue) == ("Jean Dupont", "cho rằng")


def test_reported_speech_gives_also_according_to_the_source_quoted_before() -> None:
    text = (
        "Ông Trần Văn Hải, giám đốc Sở Tài chính, cho biết: “Sở sẽ rà soát các khoản chi của"
        " các đơn vị”. Cũng theo người đứng đầu ngành tài chính tỉnh: “Chúng tôi sẽ kiểm tra"
        " toàn bộ các khoản chi trong năm nay”."
    )
    quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == ["Trần Văn Hải", "Trần Văn Hải"]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "“Mọi người trong xóm đều chạy ra ngoài để dập lửa nhưng không kịp” - một người"
            " dân thuật lại.",
            "người dân",
            "thuật lại",
        ),
        (
            'Hai bên sẽ bàn về thương mại, trong đó " bao gồm các biện pháp giảm thâm hụt'
            ' thương mại giữa hai nước ", thông cáo từ Bộ Ngoại giao Pháp nêu.',
            "Bộ Ngoại giao Pháp",
            "nêu",
        ),
    ],
)
def test_reported_speech_reads_cues_after_the_quote(text: str, speaker: str, cue: str) -> None:
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.cue) == (speaker, cue)


def test_reported_speech_does_not_read_a_role_into_an_address() -> None:
    text = (
        "Bị can Lê Văn Tám bị bắt (SN 1990, trú tại xã An Phú, huyện Gia Lâm). “Đối tượng"
        " Lê Văn Tám chưa có tiền án, tiền sự, là lao động tự do”, lãnh đạo Công an huyện Gia"
        " Lâm thông tin thêm."
    )
    (quote,) = quotes_of(text)
    assert quote.speaker == "lãnh đạo Công an huyện Gia Lâm"


def test_reported_speech_resolves_a_pronoun_to_the_subject_of_the_sentence_before() -> None:
    first = (
        "Ông Trần Văn Nam, người ủng hộ Tổng thống Mỹ Donald Trump, kêu gọi mọi người góp"
        " tiền xây tường."
    )
    second = 'Trong cam kết, ông khẳng định " sẽ trả lại từng xu " nếu không đạt mục tiêu.'
    (quote,) = quotes_of(first, second)
    assert quote.speaker == "Trần Văn Nam"
