"""Speakers an outlet relays, statements that speak for their issuer, clauses that carry on
their subject, a defendant's lawyer, and people called by the surname their name opens with."""

from __future__ import annotations

import pytest
from naming import found, mentions_of
from quoting import quotes_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the relayed speaker's own cue ends their name: not the prime minister he met
        (
            "“Chúng tôi đã thống nhất về nguyên tắc một thỏa thuận thương mại với Nhật Bản” - "
            "Hãng tin AFP dẫn lời ông Trump tuyên bố sau cuộc gặp với Thủ tướng Nhật Bản "
            "Shinzo Abe bên lề hội nghị.",
            "Trump",
        ),
        # the relaying cue right after the quote, its comma inside the marks
        (
            "Hai tấm ảnh đều do nhiếp ảnh gia Alexi Lubomirski chụp. “Thật là một niềm vinh dự "
            "lớn khi được ghi lại sự kiện tuyệt vời này,” BBC dẫn lời Lubomirski.",
            "Alexi Lubomirski",
        ),
        # an outlet relaying a statement inside the speaker's phrase
        (
            "“Hành động của phía Mỹ là sự xem thường các hợp tác kinh tế song phương”, Tân Hoa "
            "xã dẫn thông cáo Bộ Thương mại Trung Quốc nhấn mạnh.",
            "Bộ Thương mại Trung Quốc",
        ),
        (
            "“Quyết định này của Mỹ không mang tính xây dựng chút nào” - hãng tin Reuters dẫn "
            "lại tuyên bố của Bộ Quốc phòng Trung Quốc.",
            "Bộ Quốc phòng Trung Quốc",
        ),
        # the outlet relays someone's words, and the cue after them is that someone's
        (
            "Hãng thông tấn Yonhap của Hàn Quốc dẫn lời một quan chức của Hội đồng Tham mưu "
            "trưởng liên quân (JCS) Hàn Quốc ngày 19-4 tiết lộ: “Chúng tôi xem nó như một vũ khí "
            "dẫn đường chiến thuật”.",
            "quan chức của Hội đồng Tham mưu trưởng liên quân Hàn Quốc",
        ),
    ],
)
def test_an_outlet_relays_someone_elses_words(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(*text.split("\n"))] == [speaker]


def test_a_statement_speaks_for_its_issuer_and_a_second_cue_keeps_it() -> None:
    text = (
        "Tuyên bố của Đại sứ quán Trung Quốc tại Mỹ nhấn mạnh hành động mới nhất của Washington "
        "“không phục vụ lợi ích của Mỹ, Trung Quốc hay nền kinh tế toàn cầu”, đồng thời cảnh "
        "báo “Trung Quốc sẽ lịch sự đáp trả Mỹ”."
    )
    embassy = "Đại sứ quán Trung Quốc tại Mỹ"
    assert [q.speaker for q in quotes_of(*text.split("\n"))] == [embassy, embassy]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Đại biểu Nguyễn Ngọc Phương (Quảng Bình) thì nêu điển hình chuyện tinh gọn bộ máy ở "
            "Bộ Công an, và đề xuất “phong tặng danh hiệu anh hùng cho lĩnh vực này khi có tổng "
            "kết”.",
            "Nguyễn Ngọc Phương",
        ),
        (
            "Ông Tony Montalto, người có con gái là Gina bị giết trong vụ thảm sát, đã lên tiếng "
            "hoan nghênh nỗ lực của bang Florida: “Đây là sự bắt đầu của cuộc hành trình”.",
            "Tony Montalto",
        ),
        (
            "Bà Phan Thị Đào (60 tuổi) đứng ở mép nước, chỉ tay về phía ngôi nhà, buồn rầu nói: "
            "“Đêm qua nước lũ về nhanh quá, chúng tôi chỉ chạy được người”.",
            "Phan Thị Đào",
        ),
    ],
)
def test_words_that_carry_on_a_clause_leave_its_subject_speaking(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(*text.split("\n"))] == [speaker]


def test_a_pronoun_opening_an_intro_is_the_person_the_sentence_before_opens_with() -> None:
    text = (
        "Công tố viên Muhammad Iskandar Ahmad cho biết: “Chúng tôi nhận được lệnh tiếp tục phiên "
        "xử”.\n"
        "Khi thông tin được công bố, bị cáo Đoàn Thị Hương đã bật khóc trước tòa.\n"
        "Cô thổn thức trước báo giới: “Tôi không tức giận về việc Siti được thả tự do”."
    )
    assert [q.speaker for q in quotes_of(*text.split("\n"))][-1] == "Đoàn Thị Hương"


def test_a_defendants_lawyer_is_the_lawyer_not_the_defendant() -> None:
    text = (
        "Bị cáo Đoàn Thị Hương vẫn bị giam giữ.\n"
        "“Đã có sự phân biệt khi quá trình truy tố thiên vị bên này hơn bên khác”, Đài CNN dẫn "
        "lời luật sư Poh Teik nói.\n"
        "“Công tố viên nhà nước đã hành động không công bằng với cô ấy”, luật sư bào chữa cho "
        "bị cáo Hương nhận định."
    )
    assert [q.speaker for q in quotes_of(*text.split("\n"))] == ["Poh Teik", "Poh Teik"]


def test_a_singers_manager_is_not_the_singer() -> None:
    text = (
        "Ca sĩ Chi Dân ra mắt sản phẩm mới.\n"
        "Quản lý của ca sĩ Chi Dân đã trả lời: “Chi Dân đang đẩy mạnh hoạt động và sẽ ra mắt "
        "bốn ca khúc”."
    )
    assert [q.speaker for q in quotes_of(*text.split("\n"))] != ["Chi Dân"]


def test_a_role_someone_is_named_beside_is_not_theirs() -> None:
    text = (
        "Phó thủ tướng Vương Đình Huệ và Phó tổng thống Indonesia đã thống nhất thúc đẩy đàm "
        "phán.\n"
        "Hai nhà lãnh đạo cũng cam kết “trong khi chờ đàm phán, hai nước sẽ tạo điều kiện cho "
        "ngư dân”.\n"
        "Đặc biệt, Phó tổng thống Indonesia khẳng định sẽ “chỉ đạo các cơ quan liên quan phối hợp "
        "với Việt Nam trong vấn đề ngư dân”."
    )
    assert [q.speaker for q in quotes_of(*text.split("\n"))][-1] == "Phó tổng thống Indonesia"


def test_an_embassy_is_a_body_not_an_ambassador() -> None:
    text = (
        "“Chúng tôi không thể kết nối vụ này với những gì đã xảy ra ở Havana”, Reuters cho "
        "biết.\n"
        "“Các kết quả kiểm tra sức khỏe cho thấy có hiện tượng sang chấn sọ não nhẹ”, đại sứ "
        "quán Mỹ cho biết."
    )
    assert [q.speaker for q in quotes_of(*text.split("\n"))] == ["Reuters", "đại sứ quán Mỹ"]


def test_a_place_in_a_bodys_name_is_no_description_of_a_person() -> None:
    text = (
        "Trưởng đặc khu Hong Kong Lâm Trịnh Nguyệt Nga bảo vệ dự luật.\n"
        "Trong một lá thư, Phòng thương mại Mỹ ở Hong Kong cũng cảnh báo đề xuất sửa đổi sẽ "
        "“làm giảm sự hấp dẫn của Hong Kong với các công ty quốc tế”."
    )
    assert [q.speaker for q in quotes_of(*text.split("\n"))] == ["Phòng thương mại Mỹ ở Hong Kong"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "David Johnson, CEO của Latium, đánh giá: “Động thái này chắc chắn sẽ ảnh hưởng đến "
            "thị trường”.",
            "David Johnson",
        ),
        (
            "Đại biểu Phạm Trọng Nhân (Bình Dương) nêu nhiều dự báo. Ông Nhân đặt câu hỏi: "
            "“Liệu những thành tựu đó có mặt tại Việt Nam hay không?”",
            "Phạm Trọng Nhân",
        ),
        (
            "Cũng ngày 19-11, tổng chưởng lý Saudi Arabia ra thông báo “Kết luận điều tra ban đầu "
            "về vụ việc đã có”.",
            "tổng chưởng lý Saudi Arabia",
        ),
    ],
)
def test_the_speakers_phrase_keeps_the_person_not_the_clause(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(*text.split("\n"))] == [speaker]


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "Thủ tướng Lý Hiển Long dự diễn đàn. “Điều này phụ thuộc vào Trung Quốc và Mỹ”, ông "
            "Lý nói.",
            "Lý",
            "Lý Hiển Long",
        ),
        (
            "Bà Thái Anh Văn bắt đầu chuyến công du. Chuyến đi của bà Thái kéo dài chín ngày.",
            "Thái",
            "Thái Anh Văn",
        ),
    ],
)
def test_a_person_called_by_the_surname_their_name_opens_with_is_that_person(
    text: str, short: str, full: str
) -> None:
    assert [m.canonical for m in mentions_of(text) if m.text == short] == [full]


def test_a_surname_two_people_share_names_neither() -> None:
    text = "Ông Kim Jong Un gặp bà Kim Yo Jong. Ông Kim cho biết sẽ trở về."
    assert [m.canonical for m in mentions_of(text) if m.text == "Kim"] == [None]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Giữa Zhou và chồng cô không còn mấy cảm xúc.", set()),
        (
            "Người phát ngôn Nhà Xanh Kim Eui Kyeom cho biết thêm.",
            {("Nhà Xanh", "ORG"), ("Kim Eui Kyeom", "PER")},
        ),
    ],
)
def test_a_preposition_or_a_known_body_is_no_part_of_a_persons_name(
    text: str, names: set[tuple[str, str]]
) -> None:
    assert found(text) == names


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a manner cue reports no clause: the source the sentence opens with speaks
        (
            "Theo đánh giá của Sở Y tế, các lý do khiến người nhà bệnh nhân bức xúc đều thuộc "
            "“nhóm truyền thông của bệnh viện và nhóm kỹ năng giao tiếp của các bác sĩ”.",
            ["Sở Y tế"],
        ),
        # "về việc này" ends a clause; it refers back to no one
        (
            "Ông Trump nói điều đó.\n"
            "Ngoại trưởng Mỹ Mike Pompeo trả lời phỏng vấn Đài truyền hình Fox News về việc này "
            "xác nhận “đây là lệnh trừng phạt mạnh nhất từng được đặt ra với Iran”.",
            ["Mike Pompeo"],
        ),
        # an acronym after a name ending with a country stands for the body, not the country
        (
            "Ủy ban cải cách và phát triển quốc gia Trung Quốc (NDRC) đã thảo luận về đất hiếm.\n"
            "“Trung Quốc cần phải tăng cường việc kiểm soát xuất khẩu đất hiếm”, NDRC nhấn mạnh.",
            ["NDRC"],
        ),
        (
            "Báo Guardian dẫn lại lời Thủ tướng Úc Scott Morrison nói sau đó: “Các anh biết có "
            "hai người khổng lồ trong phòng họp”.",
            ["Scott Morrison"],
        ),
        (
            "Công văn của UBND xã Dân Lý nêu rõ: “Ngày 16-5, UBND huyện Triệu Sơn công bố dịch tả "
            "heo châu Phi trên địa bàn”.",
            ["UBND xã Dân Lý"],
        ),
        # a sentence opening with a connective goes on with the speaker just quoted
        (
            "Tờ Chosun bình luận: “Đây là một bước lùi so với những gì đã được nhất trí”.\n"
            "Từ đó bày tỏ quan điểm: “Vẫn cần tiếp tục duy trì sức ép và các lệnh trừng phạt”.",
            ["Chosun", "Chosun"],
        ),
        # a body referred back to is a body, not the person quoted before
        (
            "“Chúng tôi sẽ đóng góp 200 triệu euro”, ông Bernard Arnault cho biết.\n"
            "Tổ chức Ân xá Quốc tế cũng lên tiếng.\n"
            "“Chúng tôi kêu gọi cộng đồng quốc tế chung tay” - tổ chức này viết trên Twitter.",
            ["Bernard Arnault", "Ân xá Quốc tế"],
        ),
        (
            "Bloomberg đưa tin tổng thống Mỹ đang rất cần một thỏa thuận.\n"
            "“Ông ấy nói rằng mình sẵn sàng lập thỏa thuận có lợi cho cả đôi bên” - tờ này cho "
            "biết.",
            ["Bloomberg"],
        ),
        # a description in apposition is of the person just named, not someone unnamed
        (
            "Ông William Reinsch, một cựu quan chức của Bộ Thương mại Mỹ, cho biết “vào thời "
            "điểm này đang có một sự mơ hồ rất lớn”.\n"
            "Ông nói thêm rằng kế hoạch xem xét từng đơn để nhận định mối đe dọa “càng gia tăng "
            "sự thiếu chắc chắn của các doanh nghiệp”.",
            ["William Reinsch", "William Reinsch"],
        ),
    ],
)
def test_the_speaker_is_the_source_the_text_means(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in quotes_of(*text.split("\n"))] == speakers
