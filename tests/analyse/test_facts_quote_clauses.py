"""Quotes whose speaker is the subject of a clause around the cue, cues written as nouns or
with how the words were said, and uncued quotes going on in someone's words."""

from __future__ import annotations

import pytest
from quoting import quotes_of


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "cue"),
    [
        # a verb of saying written with a manner before it, no colon
        (
            ("Ca sĩ Tùng Dương đã thẳng thắn tuyên bố “Già trẻ, lớn bé mà đắm đuối với Bolero là"
             " một sự thụt lùi”.",),
            "Tùng Dương",
            "tuyên bố",
        ),
        (("“Vẫn còn quá sớm để hi vọng quá nhiều”, ông Moon Jae In thẳng thắn.",),
         "Moon Jae In", "thẳng thắn"),
        (("Emily Blunt hồi đáp: “Cảm ơn mọi người rất nhiều vì đã ủng hộ”.",),
         "Emily Blunt", "hồi đáp"),
        (("“Niềm tin vẫn còn rất nhiều và chúng ta phải tìm cách khơi dậy”, ông Nguyễn Thế Lam"
          " đúc kết.",), "Nguyễn Thế Lam", "đúc kết"),
        (("“Nên cấp một sổ đỏ thôi để người dân thuận tiện”, ông Lê Văn Hải kiến nghị.",),
         "Lê Văn Hải", "kiến nghị"),
        (("“Nay em nó đi rồi, không biết hai đứa con sẽ làm sao”, chị Lê Thị Kim Loan khóc"
          " nghẹn.",), "Lê Thị Kim Loan", "khóc nghẹn"),
        (("“Quy định này không phù hợp với việc bố trí công chức theo vị trí việc làm”, Bộ"
          " trưởng Lê Vĩnh Tân giải trình.",), "Lê Vĩnh Tân", "giải trình"),
        # a statement with a determiner, or with its owner described, speaks for its owner
        (("“Về mặt công nghệ, hệ thống Wilson đã là một thành công” - một thông báo của Ocean"
          " Cleanup cho biết.",), "Ocean Cleanup", "cho biết"),
        (("“Chúng tôi không muốn tạo nên căng thẳng quá mức cho công chúng”, tuyên bố của ông"
          " Vern Miyagi, người phụ trách cơ quan khẩn cấp, chia sẻ.",), "Vern Miyagi", "chia sẻ"),
        # the clause's subject, not the clause (by its canonical name)
        (("Trước đó, phía Palestine đã kêu gọi các cuộc biểu tình lớn, đồng thời nhấn mạnh người"
          " dân sẽ “không lùi bước cho đến khi đạt được mục tiêu của mình”.",),
         "Palestine", "nhấn mạnh"),
        (("Họ chắc chắn sẽ tập trung vào việc Bình Nhưỡng tuyên bố cho Mỹ “thời gian và cơ hội"
          " để cân nhắc lại mọi chuyện”.",), "Triều Tiên", "tuyên bố"),
        (("Hôm nay Bình Nhưỡng đã đóng cửa bãi thử hạt nhân mà Hãng thông tấn Trung ương Triều"
          " Tiên (KCNA) tuyên bố: “Việc ngừng bãi thử hạt nhân là một quá trình quan trọng”.",),
         "KCNA", "tuyên bố"),
    ],
)  # fmt: skip
def test_quotes_read_the_cue_and_the_clause_subject(
    paragraphs: tuple[str, ...], speaker: str, cue: str
) -> None:
    (quote,) = quotes_of(*paragraphs)
    assert (quote.speaker, quote.cue) == (speaker, cue)


@pytest.mark.parametrize(
    "text",
    [
        # "nói trên" is "the one mentioned", "ý nói" "meaning", "trang thông tin" a website
        "Chú thích kèm theo đoạn băng nói trên là dòng “Buổi sáng kiên cường của chúng tôi”.",
        "Người Mỹ có câu “Để nhảy tango cần phải có hai người”, ý nói cần nỗ lực của hai phía.",
        # a petition named, not made; a strategy reflecting, not speaking
        "Theo đó, kiến nghị “đi bao nhiêu trả bấy nhiêu theo mức phí đã quy định” được gửi đi.",
        "Chiến lược của Nhà Trắng phản ánh những ưu tiên trong chủ thuyết “Nước Mỹ trên hết”.",
        "Sở Giao thông vận tải phải giải trình “bất thường trợ giá xe buýt trong năm qua”.",
    ],
)
def test_quotes_skip_cue_words_that_say_something_else(text: str) -> None:
    assert quotes_of(text) == ()


def test_quotes_read_a_pronoun_subject_before_its_aspect_word() -> None:
    quotes = quotes_of(
        "Ông Đoàn Ngọc Hải thừa nhận đã xử lý vi phạm trên vỉa hè quận 1 hôm 21-9.",
        "Trong lúc xử lý, ông đã có phát biểu: “Mình sống ở quận 1 là phải biết luật, chấp"
        " hành luật”.",
    )
    assert [q.speaker for q in quotes] == ["Đoàn Ngọc Hải"]


def test_quotes_go_on_after_a_quote_running_over_two_paragraphs() -> None:
    quotes = quotes_of(
        "Ông Nguyễn Bảo Toàn, phó tổng giám đốc công ty Ánh Dương, cho biết công ty luôn đặt"
        " trách nhiệm cộng đồng lên hàng đầu.",
        "“Mỗi lái xe đều phải nghiêm túc thực hiện đúng quy chế trong kinh doanh.",
        "Những hành vi không đúng mực sẽ bị xử lý kỷ luật nghiêm”, phó tổng giám đốc công ty"
        " Ánh Dương nói.",
        "“Nhân viên lái xe phải luôn ý thức trách nhiệm công dân và tuân thủ luật giao thông”.",
    )
    assert [q.speaker for q in quotes] == ["Nguyễn Bảo Toàn", "Nguyễn Bảo Toàn"]


def test_quotes_go_on_in_the_words_of_whoever_the_sentence_before_has_say_them() -> None:
    # "trấn an" inside what he said is no cue of anyone's
    quotes = quotes_of(
        "Đây là một vấn đề liên quan đến trấn an kỳ vọng, giáo sư Michael McCarthy nói. “Một"
        " cuộc đấu tranh như vậy sẽ đòi hỏi duy trì áp lực và sự lạc quan bền vững”."
    )
    assert [q.speaker for q in quotes] == ["Michael McCarthy"]


def test_quotes_take_the_signature_on_the_next_line_before_going_on() -> None:
    quotes = quotes_of(
        "Ông Ngô Trí Phải nói: “Tết này gia đình tui vui lắm vì sắp có cầu mới bắc qua sông”.",
        "“Tụi tui bàn với mấy đứa nhỏ hết rồi, chuyến này tính mở vựa nông sản”.",
        "- bà Huỳnh Thị Mai tự tin.",
    )
    assert [q.speaker for q in quotes] == ["Ngô Trí Phải", "Huỳnh Thị Mai"]
