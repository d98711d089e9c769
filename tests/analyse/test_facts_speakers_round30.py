"""Quotes, thirtieth round: reported clauses after a comma and after an apposition, "Cũng
theo" a name, a dash or a relation in apposition, a name mentioned twice, a surname glued to
its verb, ministries written in lower case, and slogans."""

from __future__ import annotations

import pytest
from naming import found
from quoting import quotes_of, speakers_in


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the clause opens after a comma of setting, then names who speaks
        (
            "Trả lời phóng viên, ông Nguyễn Văn An cho biết đơn vị sẽ “làm hết sức để bảo đảm "
            "an toàn cho người dân”.",
            "Nguyễn Văn An",
        ),
        # the speaker, a role holding another person's name, then a date before the cue
        (
            "Ông Serhiy Leshchenko, cố vấn của Chánh văn phòng Tổng thống Volodymyr Zelenskiy, "
            "ngày 22/7 cho biết, Ukraine sẽ tiếp tục sử dụng HIMARS để “gây ra nhiều tổn thất "
            "cho phía Nga”.",
            "Serhiy Leshchenko",
        ),
        (
            "Ông Serhiy Leshchenko, cố vấn của Chánh văn phòng Tổng thống Volodymyr Zelenskiy, "
            "ngày 22/7 cho biết: “Chúng tôi sẽ gây ra nhiều tổn thất cho phía Nga”.",
            "Serhiy Leshchenko",
        ),
        # a dash sets what the speaker is after the name, whatever it says
        (
            "Anh Hùng – Chủ tiệm tạp hóa trên đường Ngô Quyền (phường Tân An) cho biết: “Chẳng "
            "ai dám ghé đến mua hàng.”",
            "Hùng",
        ),
        # a relation in apposition is the person just named, not the relative
        (
            "Trao đổi với Tuổi Trẻ chiều 13-3, ông Đoàn Văn Thạnh, cha của Đoàn Thị Hương, cho "
            "biết: “Chúng tôi không biết làm gì hơn ngoài việc chờ đợi”.",
            "Đoàn Văn Thạnh",
        ),
    ],
)
def test_the_speaker_of_a_clause_set_after_commas_and_dashes(sentence: str, speaker: str) -> None:
    assert speakers_in(sentence) == [speaker]


def test_a_relative_with_no_name_before_stays_the_relative() -> None:
    assert speakers_in("Mẹ bé Trà My cho biết: “Chúng tôi không biết làm gì hơn lúc này”.") == [
        "Mẹ bé Trà My"
    ]


def test_a_clause_after_a_comma_that_names_no_one_first_quotes_no_one() -> None:
    # "... và Thủ tướng kiến nghị ... bởi các chuyên gia đánh giá": the clause after the comma
    # opens with a committee's members, far from whoever assesses
    quotes = quotes_of(
        "Ông Lưu Đức Hải nói như vậy.",
        "Trước đó, Ủy ban Văn hóa, giáo dục, thanh niên, thiếu niên và nhi đồng Quốc hội có văn "
        "bản kiến nghị xem xét việc xây dựng tuyến đường sắt bởi các chuyên gia đánh giá phương "
        "án mà Hà Nội lựa chọn “không chỉ vi phạm Luật di sản văn hóa mà còn tiềm ẩn nhiều nguy "
        "cơ”.",
    )
    assert "Lưu Đức Hải" not in [q.speaker for q in quotes]


def test_also_according_to_a_name_quotes_that_person() -> None:
    assert speakers_in(
        "Ông Nguyễn Văn Dũng nói như vậy.",
        "Cũng theo ông Dũng, “trong quá trình sử dụng cột điện, chúng tôi thấy bị gãy, hư hỏng "
        "nhiều nên có khuyến cáo không đưa vào sử dụng nữa”.",
    ) == ["Nguyễn Văn Dũng"]


def test_an_uncued_quote_goes_on_in_the_words_of_who_spoke_not_of_a_name_repeated_after() -> None:
    # Maduro is named before and after Pence's cue; the cue is Pence's
    assert speakers_in(
        "Phó tổng thống Mỹ Mike Pence tăng cường nỗ lực buộc Tổng thống Venezuela Nicolas Maduro "
        "từ chức.",
        "Phát biểu tại Houston, nhiều người ủng hộ lật đổ ông Maduro, ông Pence ngày 5-4 cho biết "
        "Mỹ đang tiến hành các nỗ lực lớn hơn để ngăn chính quyền ông Maduro lấy lợi nhuận từ dầu "
        "mỏ.",
        "“Mỹ sẽ tiếp tục sử dụng tất cả các áp lực kinh tế và ngoại giao để đem về một cuộc "
        "chuyển tiếp hòa bình” tại Venezuela.",
    ) == ["Mike Pence"]


def test_a_surname_glued_to_the_verb_after_it_is_still_the_speaker() -> None:
    # the segmentation reads "Lưu_cảnh_báo" as one word
    assert speakers_in(
        "Đại sứ Lưu Hiểu Minh nói như vậy.",
        "Ông Lưu cảnh báo nếu Anh vi phạm nguyên tắc không can thiệp công việc nội bộ, “sẽ có "
        "những hậu quả trong quan hệ giữa hai nước”.",
    ) == ["Lưu Hiểu Minh"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lực lượng huấn luyện đúng phương châm “thiết thực, cơ bản, vững chắc, an toàn tuyệt "
        "đối” trong năm nay.",
        "Ông đánh giá cao hướng tiếp cận của Chính phủ với tinh thần “có vướng mắc thì phải gỡ "
        "vướng” trong bối cảnh hiện nay.",
    ],
)
def test_a_slogan_is_no_quote(sentence: str) -> None:
    assert quotes_of(sentence) == ()


def test_words_between_two_quotes_paired_the_wrong_way_are_no_quote() -> None:
    quotes = quotes_of(
        "Ông Nguyễn Thành Nhân nói: “Làm bất cứ điều gì cơ quan nhà nước cũng phải cân nhắc. "
        'Bộ trưởng đã nói rõ sẽ có hình thức xử phạt nặng hơn", ông Nguyễn Thành Nhân, Trưởng '
        "Phòng Quản lý Cục Nghệ thuật Biểu diễn cho biết thêm. Ông nói thêm: “Chúng tôi sẽ "
        "xem xét kỹ trường hợp này”.",
    )
    assert all(not q.text.lstrip().startswith(",") for q in quotes)


@pytest.mark.parametrize(
    ("text", "ministry"),
    [
        (
            "Trong tuyên bố, bộ Ngoại giao Triều Tiên cảnh báo Washington.",
            "bộ Ngoại giao Triều Tiên",
        ),
        ("Lãnh đạo bộ Công an đã chỉ đạo điều tra.", "bộ Công an"),
        ("Các bộ Kế hoạch và Đầu tư, Tài chính chưa tham mưu.", "bộ Kế hoạch và Đầu tư"),
    ],
)
def test_a_ministry_written_in_lower_case(text: str, ministry: str) -> None:
    assert (ministry, "ORG") in found(text)


@pytest.mark.parametrize(
    ("text", "not_a_body"),
    [
        ("Hong Kong được soạn bộ Luật cơ bản để sở hữu một số quyền.", "bộ Luật"),
        ("Anh là cán bộ Công an huyện.", "bộ Công an huyện"),
        ("Hai đảng Dân chủ và Cộng hòa đều đồng ý.", "đảng Dân chủ và Cộng hòa"),
    ],
)
def test_no_ministry_in_a_code_of_law_a_cadre_or_two_parties(text: str, not_a_body: str) -> None:
    assert (not_a_body, "ORG") not in found(text)


def test_a_surname_glued_to_a_verb_is_a_person() -> None:
    assert ("Lưu", "PER") in found("Ông Lưu cảnh báo nếu Anh vi phạm nguyên tắc.")


def test_a_title_before_a_firm_named_with_its_officer_elsewhere_is_the_officer() -> None:
    # "Hanel" after "Tổng Giám đốc" is the firm the article names with its director
    assert speakers_in(
        "Tổng Giám đốc Hanel Bùi Thị Hải Yến nhấn mạnh điều này.",
        "Khẳng định hệ thống là niềm tự hào của Hanel, Tổng Giám đốc Hanel chia sẻ thêm: "
        '"Thực tế đã minh chứng, hệ thống đã góp phần quan trọng trong công tác giám sát".',
    ) == ["Bùi Thị Hải Yến"]


def test_a_name_a_title_qualifies_is_a_person_when_it_is_vietnamese() -> None:
    names = found(
        "Bộ tem 50 năm thực hiện Di chúc Chủ tịch Hồ Chí Minh được phát hành tại Bảo tàng Hồ "
        "Chí Minh."
    )
    assert ("Hồ Chí Minh", "PER") in names


def test_a_role_a_country_qualifies_is_not_held_by_another_countrys_holder() -> None:
    # Trump is "Tổng thống Mỹ"; the "Tổng thống Hàn Quốc" is Moon, titled only "Tổng thống"
    assert speakers_in(
        "Tổng thống Mỹ Donald Trump đã tới Seoul gặp Tổng thống Moon Jae In.",
        "Tổng thống Trump nói về Triều Tiên, còn Tổng thống Moon nói về kinh tế.",
        "Về phần mình, Tổng thống Hàn Quốc tuyên bố ủng hộ giải pháp của Mỹ là “tối đa hóa sức "
        "ép và trừng phạt Triều Tiên cho tới khi Bình Nhưỡng chịu từ bỏ hạt nhân”.",
    ) == ["Moon Jae In"]


def test_an_analyst_at_a_firm_is_the_speaker_not_the_firm() -> None:
    assert ("Spi Asset Management", "ORG") in found(
        "Stephen Innes, một nhà phân tích tại Spi Asset Management, cho biết."
    )
    assert speakers_in(
        "Stephen Innes, một nhà phân tích tại Spi Asset Management, cho biết: “Sẽ là một bất "
        "ngờ lớn nếu Saudi Arabia sản xuất nhiều dầu hơn”."
    ) == ["Stephen Innes"]
