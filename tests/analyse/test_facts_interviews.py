"""Interviews printed as a transcript ("PV: ...?" / "Ông X: ...") and round-ups of what each
person said ("Duy Mạnh: Tôi ..."): the label before the colon is the speaker."""

from __future__ import annotations

from quoting import quotes_of, speakers


def test_answers_in_an_interview_go_to_the_person_labelled() -> None:
    quotes = quotes_of(
        "PV: Thưa ông, vì sao danh mục bài hát được cấp phép lại gây tranh cãi?",
        "Ông Nguyễn Văn Khải: Danh mục này được lập để khán giả dễ tra cứu. "
        "Nó không thay thế quy định cấp phép.",
        "PV: Khi nào danh mục được cập nhật?",
        "Ông Khải: Việc cập nhật sẽ làm hằng quý theo đề nghị của các đơn vị biểu diễn.",
    )
    assert speakers(quotes) == [("Danh", "Nguyễn Văn Khải"), ("Việc", "Nguyễn Văn Khải")]
    # the answer runs to the end of its paragraph; the questions are no one's quotes
    assert quotes[0].text.endswith("quy định cấp phép.")


def test_an_outlet_asking_the_questions_makes_an_interview() -> None:
    quotes = quotes_of(
        "Kinh tế Sài Gòn: Theo ông, nên đánh thuế nhà thứ hai từ khi nào?",
        "– Ông Đặng Hoài Phong: Cần có lộ trình rõ ràng, bắt đầu từ các thành phố lớn.",
    )
    assert speakers(quotes) == [("Cần", "Đặng Hoài Phong")]


def test_outside_an_interview_only_words_in_the_first_person_are_quotes() -> None:
    quotes = quotes_of(
        "Nhiều nghệ sĩ lên tiếng về cách hành xử trên mạng xã hội.",
        "Ca sĩ Duy Khang: Bản thân tôi chưa bao giờ đăng những dòng trạng thái như vậy.",
        "Diễn viên Minh Thư: Tự đóng cảnh quay nguy hiểm",
    )
    assert speakers(quotes) == [("Bản", "Duy Khang")]


def test_a_place_or_a_caption_labels_no_answer() -> None:
    quotes = quotes_of(
        "PV: Mưa lớn đã gây thiệt hại ra sao ở các tỉnh?",
        "Hà Giang: Chúng tôi đã sơ tán hơn 300 hộ dân khỏi vùng sạt lở.",
        "Ảnh Nguyễn Hà: Tôi đứng trước căn nhà bị lũ cuốn trôi.",
    )
    assert quotes == ()


def test_a_round_up_repeating_a_quote_adds_nothing() -> None:
    quotes = quotes_of(
        "Ca sĩ Duy Khang khẳng định: “Bản thân tôi chưa bao giờ đăng những dòng trạng thái "
        "như vậy trên trang cá nhân”.",
        "Duy Khang: Bản thân tôi chưa bao giờ đăng những dòng trạng thái như vậy trên trang "
        "cá nhân.",
    )
    assert speakers(quotes) == [("Bản", "Duy Khang")]


def test_a_label_naming_a_thing_after_a_noun_or_a_clause_is_no_speaker() -> None:
    quotes = quotes_of(
        "PV: Phần phim mới khác phần trước ở điểm nào?",
        "Kịch bản Jane Foster: Tôi là người được chọn, lời thoại mở đầu phim viết.",
        "Ông Trương Văn Kiên hỏi: Vì sao tôi chưa nhận được câu trả lời của sở?",
    )
    assert quotes == ()


def test_a_label_may_bracket_a_workplace_or_call_someone_by_title_and_given_name() -> None:
    quotes = quotes_of(
        "PV đã trao đổi với luật sư Bùi Đình Tường về vụ việc.",
        "PV: Thí sinh gian lận có phải hoàn trả học phí không?",
        "Luật sư Lê Văn Hòa (đoàn Luật sư TP Hà Nội): Nhà trường có quyền yêu cầu bồi hoàn.",
        "Luật sư Tường: Theo tôi, phụ huynh nên chủ động hoàn trả khoản tiền này.",
    )
    assert speakers(quotes) == [("Nhà", "Lê Văn Hòa"), ("Theo", "Bùi Đình Tường")]


def test_a_title_and_a_given_name_after_a_quote_are_the_person_named_in_full() -> None:
    quotes = quotes_of(
        "Bị cáo Phan Văn Tuấn Vũ vẫn khẳng định mình không phạm tội.",
        "Bị cáo Trần Phương Bình xin lỗi các bị cáo khác.",
        "“Mong hội đồng xét xử xem xét lại toàn bộ chứng cứ của vụ án”, bị cáo Vũ nói.",
    )
    assert speakers(quotes) == [("Mong", "Phan Văn Tuấn Vũ")]
    quotes = quotes_of(
        "Thiếu tướng Vũ Xuân Viên, Giám đốc Công an TP Đà Nẵng, chủ trì buổi họp.",
        "Công an đã thu hồi 3.000 tờ rơi.",
        "“Loại tội phạm này mới xuất hiện nhưng gây hậu quả nghiêm trọng”, Tướng Viên nói.",
    )
    assert speakers(quotes) == [("Loại", "Vũ Xuân Viên")]
