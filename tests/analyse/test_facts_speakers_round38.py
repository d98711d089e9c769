"""Speakers, thirty-eighth round (errors read on quotes of the open stream, judged by hand): a
cue that a preposition makes a noun ("với dự báo", "theo thông tin"), a clause after the quote
that says when something else happened, the words named as someone's statement after a dash, a
reporter or a spokesperson who is not the person quoted last, a person named before "của" and
their employer, and a pronoun in the clause of the person its sentence is about."""

from __future__ import annotations

import pytest
from quoting import speakers_in


@pytest.mark.parametrize(
    "sentence",
    [
        "Báo Gazeta của Nga đăng bài phân tích với dòng tít “Khủng hoảng là không tránh khỏi”, "
        "với dự báo các thị trường đang phát triển như Nga sẽ chịu ảnh hưởng lớn.",
        "Tờ tiền mệnh giá 10 franc đã được bầu chọn tại một cuộc bỏ phiếu với “diễn biến đầy kịch "
        "tính, và kết quả sít sao chưa từng thấy”, theo thông tin từ IBNS.",
        "Tập đoàn Boeing, trong một thông cáo báo chí, đã ca ngợi tài đàm phán của nhà lãnh đạo "
        "Mỹ với nhận định: “Tổng thống Trump đã đạt được một thỏa thuận rất tốt cho người dân Mỹ”.",
    ],
)
def test_a_cue_after_a_preposition_is_a_noun_naming_no_speaker(sentence: str) -> None:
    assert not any(
        speaker and speaker.split()[0].lower() in ("với", "theo", "đã")
        for speaker in speakers_in(sentence)
    )


def test_a_clause_saying_when_something_else_happened_names_no_speaker() -> None:
    spoken = speakers_in(
        "Ngày 9-12, dân biểu Dân chủ Adam Schiff của bang California cho hay Tổng thống Mỹ "
        "Donald Trump có thể “đối mặt với viễn cảnh ngồi tù thật sự”, sau khi các công tố viên "
        "cáo buộc ông Trump đã chỉ đạo chi tiền."
    )
    assert not any(speaker and "công tố viên" in speaker for speaker in spoken)


def test_a_reporter_asking_is_not_the_official_who_answered() -> None:
    assert speakers_in(
        "Ông Lê Quang Trung, giám đốc Sở Xây dựng, nói: “Chúng tôi đã tính toán tổng diện tích "
        "tháo dỡ và xây dựng lại”.",
        "Phóng viên Tuổi Trẻ nêu câu hỏi: “Người dân lo chủ đầu tư sẽ tập trung triển khai các "
        "công trình thương mại trước?”.",
    ) == ["Lê Quang Trung", "Phóng viên Tuổi Trẻ"]


@pytest.mark.parametrize(
    ("paragraphs", "spoken"),
    [
        pytest.param(
            (
                "“Không có người Mỹ nào phải bị từ chối nhận vào học vì chủng tộc của họ” - Đài "
                "CNN dẫn tuyên bố của Bộ trưởng Tư pháp Jeff Sessions.",
                "“Harvard sẽ tiếp tục bảo vệ quyền của mình trong việc cân nhắc yếu tố sắc tộc” - "
                "Fox News dẫn lời người phát ngôn của trường khẳng định.",
            ),
            ["Jeff Sessions", "người phát ngôn của trường"],
            id="not the minister quoted before",
        ),
        pytest.param(
            (
                "Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng nói: “Việt Nam kiên quyết phản đối "
                "hoạt động nói trên”.",
                "“Chúng tôi yêu cầu phía Trung Quốc chấm dứt ngay các hoạt động này” - người phát "
                "ngôn Bộ Ngoại giao nhấn mạnh.",
            ),
            ["Lê Thị Thu Hằng", "Lê Thị Thu Hằng"],
            id="the spokesperson named so before",
        ),
    ],
)
def test_a_spokesperson_is_whoever_was_named_with_the_job(
    paragraphs: tuple[str, ...], spoken: list[str]
) -> None:
    assert speakers_in(*paragraphs) == spoken


def test_a_pronoun_in_a_clause_is_the_person_the_clause_opens_with() -> None:
    spoken = speakers_in(
        "“Tại sao quý vị quan tâm đến ông ta?” - Thủ tướng Prayut Chan-ocha chất vấn.",
        "Hôm 21-6, nhân chuyến thăm của Thủ tướng Prayut tại London, ông Thaksin Shinawatra chấp "
        "nhận trả lời phỏng vấn đài BBC trong đó ông nói “Thái Lan cần được bầu cử tự do, công "
        "bằng và minh bạch”.",
    )
    assert spoken[1] == "Thaksin Shinawatra"


def test_a_former_director_is_not_whoever_the_quote_names() -> None:
    spoken = speakers_in(
        "Ông Clapper bày tỏ lo ngại về khả năng Tổng thống Trump đã đề cập tới việc rời NATO.",
        "“Nếu đây là một chủ đề thảo luận bí mật giữa ông Putin và ông Trump, điều đó thật là "
        "kinh khủng”, cựu giám đốc nói.",
    )
    assert spoken and spoken[-1] != "Trump"


def test_an_indefinite_description_is_someone_new() -> None:
    spoken = speakers_in(
        "Đại biểu Phạm Thị Minh Hiền nói: “Điều này dễ làm cho dân hiểu sai về pháp luật”.",
        "Đại biểu Hiền nêu tại diễn đàn trẻ em được tổ chức vào tháng 8 vừa qua, một đại biểu đã "
        "lên tiếng: “Nhiều kẻ phạm tội xâm hại tình dục trẻ em vẫn nhởn nhơ ngoài vòng pháp luật”.",
    )
    assert spoken[0] == "Phạm Thị Minh Hiền"
    assert spoken[1] != "Phạm Thị Minh Hiền"


def test_a_concession_goes_on_with_the_clauses_subject() -> None:
    spoken = speakers_in(
        "Giám đốc điều hành Facebook, Mark Zuckerberg, cho biết công ty chưa phát hiện “bất cứ "
        "ảnh hưởng đáng kể nào” với sự tăng trưởng người dùng, mặc dù thừa nhận “chuyện này không "
        "tốt chút nào”."
    )
    assert spoken == ["Mark Zuckerberg", "Mark Zuckerberg"]


def test_someone_who_resides_somewhere_is_the_subject_a_pronoun_stands_for() -> None:
    spoken = speakers_in(
        "Dylan McWilliams, 20 tuổi, từng bị gấu và rắn tấn công.",
        "Theo National Geographic, tuần trước, McWilliams - ngụ Grand Junction, Colorado, Mỹ đang "
        "bơi ngoài khơi đảo Kauai thì thấy thứ gì đó húc vào chân mình.",
        "Anh kể lại: “Tôi thấy một con cá mập phía dưới và tôi bắt đầu đá nó”.",
    )
    assert spoken == ["Dylan McWilliams"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        pytest.param(
            "“Tương lai của Philippines nằm ở Hiệp hội Các quốc gia Đông Nam Á và châu Á” - đây "
            "là phát biểu của ông Duterte trong bài diễn văn tại Phnom Penh.",
            "Duterte",
            id="words named as his statement after a dash",
        ),
        pytest.param(
            "“Đây sẽ là cuộc chuyển giao dễ dàng về mặt thực hiện chính sách” - BBC dẫn lời nhà "
            "kinh tế trưởng John Silvia của Wells Fargo, nhận định.",
            "John Silvia",
            id="a person named before their employer",
        ),
        pytest.param(
            "Khi ông Trump tung với tuyên bố “Chúng ta đã chuẩn bị rất tốt cho năm mới sau khi đã "
            "kết thúc tuyệt vời năm cũ” thì nhiều người cũng hứng khởi.",
            "Trump",
            id="a statement a named person comes out with",
        ),
        pytest.param(
            "Tuy nhiên TSIB cũng nhấn mạnh rằng: “Việc truyền tín hiệu AIS không bắt buộc áp dụng "
            "cho tàu chiến và tàu chở lính”.",
            "TSIB",
            id="the link to the sentence before",
        ),
        pytest.param(
            "PGS.TS Lê Anh Tuấn thuộc Viện nghiên cứu biến đổi khí hậu, Trường đại học Cần Thơ "
            "bày tỏ: “Tôi có cảm giác như những văn bản này do một nơi viết ra, chỉ là khác người "
            "ký”.",
            "Lê Anh Tuấn",
            id="a person of an institute of a university",
        ),
    ],
)
def test_the_one_quote_of_the_sentence_is_the_speakers(sentence: str, speaker: str) -> None:
    assert speakers_in(sentence) == [speaker]
