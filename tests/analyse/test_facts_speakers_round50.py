"""Speakers read on the open stream in the fiftieth round.

What a speaker calls something, quoted in part after "là", is the speaker's ("Thủ tướng Na Uy
Jonas Gahr Store gọi vụ xả súng là một “cuộc tấn công tàn nhẫn ...”", "ông Guterres, ca ngợi
kết quả ... là “...”"), at the six words a reported clause's quote already needed; the thing
called stands between the verb and "là", which leaves out names and scare quotes ("cái mà nước
này gọi là", "được người dân gọi là"). Such a verb set off by a comma goes on with who did the
first thing ("Người phát ngôn ... đã chỉ trích Mỹ, mô tả ..."). A head noun may follow "là"
("gọi đây là hành động “...”"), and what a speaker describes needs no "là" ("ông Mnangagwa mô tả
mối quan hệ của mình với ông Mugabe “...”"). "và là" between two straight quotes joins them, as
"và" did: it is no scare quote the outer marks would pair across. A pronoun holds an opinion
("Ông cho rằng ... “...”") as a name or a role did, in six words or more. A concession opening
a sentence ("Dù thừa nhận “...”, nhưng ông cho rằng") names no speaker, though a pronoun after
it does ("Mặc dù ông nói “...”"). A reported clause goes on past the words it quoted before
once a cue opens it again ("Ông Macron chỉ trích “...” của ..., cho rằng ... nhưng “...”"), as it
did after "rằng". A charge ("để điều tra về hành vi “...” và “...”") is no speech. "Nhà ngoại
giao Nga" is the diplomat named last, of that country ("Ngoại trưởng Nga Sergei Lavrov"), not
the speaker quoted before; a romanized Korean given name ends in a syllable no Vietnamese word
is even after Vietnamese-looking ones ("Kim In - ryong" had been "Kim In"). A statement
speaking for itself ("“...”, tuyên bố nêu rõ.") is the body that said something in it or put it
out ("Bộ Quốc phòng Úc nhấn mạnh trong một tuyên bố", "Bộ ... có thông cáo báo chí thông tin về
... của Bộ Tài chính"), four sentences back at most, before a body named after its noun."""

from __future__ import annotations

import pytest
from naming import found
from quoting import quotes_of, speakers_in


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        pytest.param(
            (
                "Thủ tướng Na Uy Jonas Gahr Store gọi vụ xả súng là một “cuộc tấn công tàn nhẫn"
                " và gây sốc sâu sắc với những người vô tội”.",
            ),
            "Jonas Gahr Store",
            id="what_a_minister_calls_an_attack",
        ),
        pytest.param(
            (
                "Tổng thư ký LHQ, ông Antonio Guterres, ca ngợi kết quả cuộc tổng tuyển cử vừa"
                " qua là “một khoảnh khắc lịch sử với Nepal”.",
            ),
            "Antonio Guterres",
            id="praise_after_an_apposition",
        ),
        pytest.param(
            (
                "Thượng nghị sĩ Chuck Schumer, lãnh đạo phe Dân chủ tại thượng viện thì gọi đề"
                " xuất là “cú đấm vào mặt tầng lớp trung lưu Mỹ”, nhưng cho biết ông không bất"
                " ngờ.",
            ),
            "Chuck Schumer",
            id="a_cue_word_in_the_thing_called_is_a_noun",
        ),
        pytest.param(
            (
                "Tuy nhiên, nhà lãnh đạo Nga Vladimir Putin cũng cho rằng, sự trừng phạt sẽ là vô"
                " nghĩa và ông miêu tả giải pháp đó là “con đường không đi đến đâu cả”.",
            ),
            "Vladimir Putin",
            id="the_reported_clause_when_the_caller_is_no_speaker",
        ),
        pytest.param(
            (
                "Đánh giá về vụ việc, Tổng thống Mỹ Donald Trump gọi đây là hành động “liều lĩnh"
                " và nguy hiểm đe doạ cả thế giới”.",
            ),
            "Donald Trump",
            id="a_head_noun_after_la",
        ),
        pytest.param(
            (
                "Nhiều lần, ông Mnangagwa mô tả mối quan hệ của mình với ông Mugabe “được phát"
                " triển qua nhiều năm tháng khó khăn, vượt xa ranh giới ông chủ và người hầu”.",
            ),
            "Mnangagwa",
            id="a_description_needs_no_la",
        ),
        pytest.param(
            (
                "Ông Macron phát biểu tại Paris.",
                "Ông cho rằng Pháp nên đi đầu trong cuộc cải tổ châu Âu vì quốc gia này “đang phải"
                " trả giá cho nhiều thập kỷ của một châu Âu đang ngày càng suy yếu”.",
            ),
            "Macron",
            id="a_pronoun_holds_an_opinion",
        ),
        pytest.param(
            (
                "Giáo sư Richard Hudson nói về việc học ngoại ngữ.",
                "Dù thừa nhận “nói là dễ hơn làm”, nhưng ông cho rằng “bạn sẽ thỏa mãn hơn nếu tới"
                " một quốc gia khi trưởng thành”.",
            ),
            "Richard Hudson",
            id="conceding_the_subject_is_the_main_clauses",
        ),
        pytest.param(
            (
                "Ông Trump đến Hà Nội.",
                "Mặc dù ông nói “tôi không vội vàng gì cả với Triều Tiên”, Nhà Trắng vẫn chuẩn bị.",
            ),
            "Trump",
            id="a_pronoun_after_a_concession_speaks",
        ),
        pytest.param(
            (
                "Ông Macron chỉ trích “chủ nghĩa biệt lập” của Tổng thống Mỹ Donald Trump, cho rằng"
                " Washington là đối tác mà châu Âu đã cùng thiết lập trật tự mới nhưng “dường như"
                " đang quay lưng lại với lịch sử chung này”.",
            ),
            "Macron",
            id="a_cue_after_a_quote_opens_the_clause_again",
        ),
        pytest.param(
            (
                "Bộ trưởng Quốc phòng Mỹ James Mattis đến Hà Nội.",
                "Ngoại trưởng Nga Sergei Lavrov cũng đến Moscow.",
                "Nhà ngoại giao Nga nói: “Chúng tôi sẽ không bao giờ chấp nhận điều này”.",
            ),
            "Sergei Lavrov",
            id="a_diplomat_is_the_foreign_minister_named",
        ),
        pytest.param(
            (
                "Ông McMaster nói: “Đã tới lúc hành động”.",
                "Phó Đại sứ Triều Tiên Kim In Ryong tại Liên Hợp Quốc cho hay kế hoạch đã được"
                " công bố.",
                "Nhà ngoại giao Triều Tiên cũng nói: “Bình Nhưỡng đã sẵn sàng để đáp trả”.",
            ),
            "Kim In Ryong",
            id="a_diplomat_is_not_the_adviser_quoted_before",
        ),
        pytest.param(
            (
                "“Lực lượng quốc phòng Úc đã duy trì chính sách can dự quốc tế mạnh mẽ”, Bộ Quốc"
                " phòng Úc nhấn mạnh trong một tuyên bố.",
                "Tuy nhiên, cơ quan này từ chối đưa ra bình luận hay các chi tiết khác.",
                "“Các máy bay và tàu chiến của Úc sẽ tiếp tục thực thi quyền tự do hàng hải”,"
                " tuyên bố nêu rõ.",
            ),
            "Bộ Quốc phòng Úc",
            id="the_statement_a_body_said_something_in",
        ),
        pytest.param(
            (
                "Sáng 5-5, Bộ Tài nguyên - môi trường có thông cáo báo chí thông tin về một số nội"
                " dung kết luận thanh tra của Bộ Tài chính.",
                "Theo Bộ, trong quá trình thanh tra, Bộ đã có báo cáo, giải trình cụ thể.",
                "Bộ cho rằng trong đó chủ yếu là thiếu sót về trình tự thủ tục.",
                "“Thanh tra Bộ Tài chính cũng không phát hiện có tham nhũng, thất thoát” - thông"
                " cáo nêu rõ.",
            ),
            "Bộ Tài nguyên - môi trường",
            id="the_statement_a_body_put_out_three_sentences_back",
        ),
    ],
)
def test_who_speaks(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert speakers_in(*paragraphs)[-1] == speaker


def test_a_verb_set_off_goes_on_with_who_did_the_first_thing() -> None:
    (quote,) = quotes_of(
        "Người phát ngôn của Tổng thống Palestine Mahmoud Abbas đã chỉ trích Mỹ, mô tả quyết định"
        " này là “sự xúc phạm với toàn thế giới, người dân Palestine”."
    )
    assert quote.speaker is not None
    assert quote.speaker.startswith("Người phát ngôn")
    assert "chỉ trích" not in quote.speaker


def test_a_concession_names_no_speaker() -> None:
    assert "Dù" not in speakers_in(
        "Giáo sư Richard Hudson nói về việc học ngoại ngữ.",
        "Dù thừa nhận “nói là dễ hơn làm”, nhưng ông cho rằng “bạn sẽ thỏa mãn hơn nếu tới một"
        " quốc gia khi trưởng thành”.",
    )


def test_words_joining_two_straight_quotes_are_no_scare_quotes() -> None:
    quotes = quotes_of(
        'Ông Trump gọi nhà báo của CNN là " một kẻ thô lỗ và vô cùng kinh khủng " và là " kẻ thù'
        ' thực sự của nhân dân Mỹ ".'
    )
    assert [q.text for q in quotes[:1]] == ["một kẻ thô lỗ và vô cùng kinh khủng"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a name, what others call it, or a thing called with no one calling it
        "Bắc Kinh phản đối cái mà nước này gọi là “những lệnh trừng phạt đơn phương, phi pháp và"
        " vô lý”.",
        "Khu vực này được người dân gọi là “ngôi làng của những người không bao giờ ngủ”.",
        "Israel đã phát hiện cái gọi là “đường hầm khủng bố của những người Palestine”.",
        # charges, the second with no cue since the first
        "Ngày 24-6, Cơ quan CSĐT Công an quận Ninh Kiều cho biết đang tạm giữ hình sự Lê Quang Hồ"
        " để điều tra về hành vi “mua bán trái phép chất ma tuý” và “chống người thi hành công vụ"
        " và gây rối trật tự”.",
        # too short to tell from a term
        "Thủ tướng Malaysia khẳng định quyết định trả tự do cho cô Siti là “đúng luật”.",
    ],
)
def test_no_one_speaks_these_words(sentence: str) -> None:
    assert quotes_of(sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Phó Đại sứ Kim In - ryong tại Liên Hợp Quốc cho hay.", "Kim In - ryong"),
        ("Ông Chen Hung - yao xác nhận đã nhận được thư kiến nghị.", "Chen Hung - yao"),
    ],
)
def test_a_romanized_given_name_of_vietnamese_looking_syllables(sentence: str, name: str) -> None:
    assert (name, "PER") in found(sentence)
