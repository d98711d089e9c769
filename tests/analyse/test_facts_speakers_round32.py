"""Quotes and names, thirty-second round: an indefinite description in apposition, a role set
by a dash and followed by its parent body, whoever speaks for a person, a cue set off by a
comma, a colon that only brings in the first quote of a sentence, a clause that goes on past a
list, a statement's issuing body, a pronoun paragraphs after the one person named; names glued
to their verb after a form of address or a title, "Hồ" as a surname, "huyện Đông Anh", "tên",
hospitals, unions and small states."""

from __future__ import annotations

import pytest
from naming import found
from quoting import speakers_in


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # "một đơn vị ... nói trên" describes the body just named; it refers back to no one
        (
            "Tại buổi sơ kết, Thiếu tướng Nguyễn Đức Thịnh – Cục trưởng Cục Cảnh sát điều tra "
            "tội phạm về trật tự quản lý kinh tế và chức vụ (C46), một đơn vị trực thuộc tổng "
            "cục nói trên, nói: “Tội phạm kinh tế có xu hướng gia tăng”.",
            "Nguyễn Đức Thịnh",
        ),
        # a dash sets a long role after the name; the body after its comma is the role's
        (
            "Đại tá Vũ Hồng Nam - Trưởng phòng Cảnh sát điều tra tội phạm về trật tự quản lý "
            "kinh tế và chức vụ (PC46), Công an TP HCM nói: “Môi trường kinh doanh thông "
            "thoáng đang bị tội phạm lợi dụng”.",
            "Vũ Hồng Nam",
        ),
        # the clause opens with the speaker and runs on past a list before the cue
        (
            "Chị Trần Nguyệt Hoa bán gà, ngan, vịt tại chợ Cầu Giấy nuối tiếc nói: “Ai mà biết "
            "trước mọi người lại mua nhiều thực phẩm tích trữ đến thế”.",
            "Trần Nguyệt Hoa",
        ),
    ],
)
def test_the_speaker_before_an_apposition(sentence: str, speaker: str) -> None:
    assert speakers_in(sentence) == [speaker]


def test_a_person_in_a_clause_of_condition_is_not_the_speaker() -> None:
    speakers = speakers_in(
        "Vì nếu Joo Hyuk thực sự không liên quan đến bạo lực học đường, lại bất ngờ bị vu oan, "
        "thì công ty không cần xác nhận với nạn nhân mà trực tiếp đâm đơn kiện là hợp lý nhất: "
        "“Nếu sai sự thật thì đúng là cứ kiện thôi, liên hệ với bên tố cáo làm gì”."
    )
    # (nor is the company, whose cue is negated: the quote is no one's the text names)
    assert not any("Joo Hyuk" in (speaker or "") for speaker in speakers)


def test_a_hospital_director_named_before_is_the_speaker_of_his_role() -> None:
    assert speakers_in(
        "Hôm qua, PGS.TS Đào Xuân Cơ - Giám đốc BV Bạch Mai cho biết có nhiều nguyên nhân.",
        "“Chúng tôi cũng đề nghị phải có hướng dẫn cụ thể về giá” - Giám đốc BV Bạch Mai nói.",
    ) == ["Đào Xuân Cơ"]


@pytest.mark.parametrize(
    ("sentence", "hospital"),
    [
        ("Ông được đưa vào BV Việt Tiệp cấp cứu.", "BV Việt Tiệp"),
        ("Ông được đưa vào BV Nguyễn Tri Phương cấp cứu.", "BV Nguyễn Tri Phương"),
        ("Giám đốc BV Bạch Mai Đào Xuân Cơ bày tỏ lo ngại.", "BV Bạch Mai"),
    ],
)
def test_bv_heads_a_hospitals_name(sentence: str, hospital: str) -> None:
    assert (hospital, "ORG") in found(sentence)


def test_a_surname_glued_to_its_verb_after_a_form_of_address_is_a_name() -> None:
    # the segmenter writes "Lưu_nói": after "ông" the capitalised syllable is a name, and the
    # surname stands for the Chinese name it opens
    assert ("Lưu", "PER") in found("Các cuộc đàm phán không đổ vỡ, ông Lưu nói và bày tỏ lạc quan.")
    assert speakers_in(
        "Phó Thủ tướng Trung Quốc Lưu Hạc cho biết hai bên sẽ tổ chức thêm các cuộc đàm phán.",
        "“Các cuộc đàm phán đã không đổ vỡ”, ông Lưu nói và bày tỏ lạc quan về một thỏa thuận.",
    ) == ["Lưu Hạc"]


def test_a_colon_bringing_in_a_quote_does_not_hide_the_subject_of_a_second_one() -> None:
    assert speakers_in(
        "Trên trang Twitter cá nhân, Tổng thống Pháp Emmanuel Macron viết: “Nước Pháp đã một "
        "lần nữa phải trả giá bằng máu”, nhưng khẳng định “sẽ không nhân nhượng trước những "
        "kẻ thù của tự do, dù chỉ 1 ly”."
    ) == ["Emmanuel Macron", "Emmanuel Macron"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # who speaks for a person is not that person
        (
            "“Nguyên tắc này rất quan trọng trong chính sách đối ngoại của Mỹ”, thư ký báo chí "
            "của ông Obama từng nhấn mạnh.",
            "thư ký báo chí của ông Obama",
        ),
        (
            "“Chúng tôi sẽ không nhượng bộ trong việc này”, người phát ngôn của ông Trump nói.",
            "người phát ngôn của ông Trump",
        ),
        # unless the spokeswoman is named after a comma
        (
            "“Chúng tôi sẽ không nhượng bộ trong việc này”, người phát ngôn của ông Trump, bà "
            "Sarah Sanders, nói.",
            "Sarah Sanders",
        ),
    ],
)
def test_whoever_speaks_for_a_person(sentence: str, speaker: str) -> None:
    assert speakers_in(sentence) == [speaker]


def test_a_cue_set_off_by_a_comma_goes_on_with_the_clauses_subject() -> None:
    assert speakers_in(
        "Phản đối đề cử của Tổng thống Donald Trump, ông McCain hối thúc các cộng sự tại "
        "Thượng viện bỏ phiếu chống với bà Haspel, cho rằng việc “bà từ chối thừa nhận sự phi "
        "đạo đức của việc dùng nhục hình là điều khiến bà không đủ tư cách” giữ cương vị này."
    ) == ["McCain"]


def test_an_indefinite_description_naming_someone_else_is_in_apposition() -> None:
    assert speakers_in(
        "Trong khi đó, cựu chủ tịch Hạ viện Newt Gingrich, một cố vấn của ông Trump và là người "
        "từ lâu chỉ trích bộ máy công chức liên bang đánh giá: “Chúng tôi đang chứng kiến sự "
        "phản kháng đối với chính quyền mới”."
    ) == ["Newt Gingrich"]


def test_a_statement_speaks_for_the_body_that_issued_it() -> None:
    assert speakers_in(
        "Trong thông cáo ngày 7-6, Bộ Ngoại giao Campuchia cho rằng tuyên bố của ông Lý phản "
        "ánh lập trường của thủ tướng Singapore khi đó.",
        "Thông cáo viết: “Singapore khi đó là nước tổ chức cuộc họp 3 bên đã dẫn tới việc "
        "thành lập chính phủ hỗn hợp”.",
    ) == ["Bộ Ngoại giao Campuchia"]


def test_a_surname_after_a_form_of_address_is_read_whatever_the_segmenter_glues() -> None:
    # "ông Công_đề_xuất", "ông Kim_dùng": the name the segmenter glued to the next word
    assert ("Công", "PER") in found("“Cần có hiệp hội kinh doanh bar”, ông Công đề xuất.")


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Thủ tướng Vanuatu Charlot Salwai cho biết như vậy.", "Vanuatu"),
        ("Anh đã bảo đảm bằng văn bản về Gibraltar.", "Gibraltar"),
        ("Bão Maria tàn phá Puerto Rico.", "Puerto Rico"),
    ],
)
def test_small_states_and_territories_are_places(sentence: str, place: str) -> None:
    assert (place, "LOC") in found(sentence)


def test_a_count_of_days_after_a_hospital_is_not_its_unit_number() -> None:
    names = found("Bệnh nhân điều trị tại BV Việt Tiệp 2 ngày không đỡ nên đã chuyển viện.")
    assert ("BV Việt Tiệp", "ORG") in names


def test_a_name_glued_to_its_verb_after_a_lower_case_title() -> None:
    assert ("Thi", "PER") in found("“Kết quả phải sau hai ngày mới có”, bác sĩ Thi thông tin.")
    # a capitalised title takes capitalised qualifiers, and "tân" qualifies a title
    assert ("Trái", "PER") not in found("Cô được chọn đi thi Hoa hậu Trái đất 2023.")
    assert ("Naruhito", "PER") in found(
        "Việc mời ông Trump diện kiến tân Nhật hoàng Naruhito là một lời nhắc khéo."
    )


def test_a_pronoun_paragraphs_after_the_only_man_named() -> None:
    assert speakers_in(
        "Báo Guardian đưa tin ông Stephen Hawking từng gây tranh cãi về công nghệ gen.",
        "Tác giả cuốn Lược sử thời gian đã đưa ra các dự đoán trên trong một loạt bài báo.",
        "Các dự đoán được tổng hợp thành một cuốn sách mới.",
        "Cuốn sách sẽ ra mắt vào tuần tới tại London.",
        "“Tôi chắc rằng trong thế kỷ này con người sẽ khám phá ra cách chỉnh sửa trí thông "
        "minh”, ông viết.",
    ) == ["Stephen Hawking"]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Dự án được xây dựng tại huyện Đông Anh (Hà Nội).", "Đông Anh"),
        ("Ông sống ở xã Đông Anh từ nhỏ.", "Đông Anh"),
    ],
)
def test_a_unit_named_with_a_compass_word_is_not_the_country_after_it(
    sentence: str, place: str
) -> None:
    names = found(sentence)
    assert (place, "LOC") in names
    assert ("Anh", "LOC") not in names


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Khoảng 18h, một người tên Dũng cùng với một người bạn đến quán.", "Dũng"),
        ("Một người đàn ông tên Minh đã báo cảnh sát.", "Minh"),
        ("Đối tượng tên Tuấn đã bỏ trốn.", "Tuấn"),
        ("Cô gái tên Hoa sống ở Hà Nội.", "Hoa"),
    ],
)
def test_a_person_named_with_ten(sentence: str, person: str) -> None:
    assert (person, "PER") in found(sentence)


def test_ten_after_no_person_names_no_one() -> None:
    assert not any(kind == "PER" for _, kind in found("Cuộc tập trận có tên Lá chắn phương Đông."))


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Cách đây vài ngày, Hồ Ngọc Hà đăng ảnh đeo nhẫn kim cương.", "Hồ Ngọc Hà"),
        ("Trong đêm nhạc, Hồ Quỳnh Hương hát ba ca khúc.", "Hồ Quỳnh Hương"),
    ],
)
def test_ho_opening_a_full_name_is_a_surname_not_a_lake(sentence: str, person: str) -> None:
    assert (person, "PER") in found(sentence)


def test_ho_before_a_known_place_is_a_lake() -> None:
    # (the lake keeps its word since the fifty-third round, as the later dev sets write it)
    assert ("hồ Hoàn Kiếm", "LOC") in found("Anh đi dạo quanh hồ Hoàn Kiếm mỗi sáng.")
    # nor is a place word after it a given name
    assert not any(
        kind == "PER" for _, kind in found("Tối qua, tại khu du lịch Hồ Núi Cốc, lễ hội khai mạc.")
    )


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Ông Nguyễn Thanh Hùng, chủ tịch Nghiệp đoàn nghề cá Bình Châu, khẳng định.",
            "Nghiệp đoàn nghề cá Bình Châu",
        ),
        ("Ông là chủ tịch Công đoàn Việt Nam.", "Công đoàn Việt Nam"),
        # a firm's legal form is no foreign name after the union's head
        (
            "Chủ tịch Công đoàn Công ty TNHH Lixil Việt Nam cho biết.",
            "Công đoàn Công ty TNHH Lixil Việt Nam",
        ),
    ],
)
def test_unions_are_bodies(sentence: str, body: str) -> None:
    assert (body, "ORG") in found(sentence)
