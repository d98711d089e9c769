"""Whom a pronoun or a bare description after a quote stands for once the text has moved on
from the last quote; cues said after a quote ("giãi bày", "thắc mắc", "ngậm ngùi"); "Theo
ông, ...: “...”"; and a speaker set off by a clause or an appositive."""

from __future__ import annotations

import pytest
from quoting import quotes_of, speakers


def test_a_pronoun_after_a_new_subject_is_that_subject_not_the_last_speaker() -> None:
    found = quotes_of(
        "Ông Lê Trọng Nhi hỏi: “Có nên đặt tên trường là Đàng Hoàng được không?”",
        "Ông Cao Xuân Hạo là nhà ngôn ngữ học. Ông Hạo không trả lời ngay. "
        "Sau một lúc suy nghĩ, ông nói: “Anh cho tôi suy nghĩ thêm khoảng hai tuần nhé”.",
    )
    assert speakers(found)[-1] == ("Anh", "Cao Xuân Hạo")


def test_a_pronoun_right_after_a_quote_still_stands_for_its_speaker() -> None:
    found = quotes_of(
        "“Chúng tôi sẽ làm hết sức mình để giúp người dân”, ông Nguyễn Văn Long nói. "
        "Anh Trần Văn Bình cũng có mặt tại buổi làm việc. "
        "“Mọi việc sẽ được giải quyết trong tuần này”, ông nói thêm.",
    )
    assert speakers(found)[-1] == ("Mọi", "Nguyễn Văn Long")


def test_a_bare_description_stands_for_the_person_the_sentence_before_has_speaking() -> None:
    found = quotes_of(
        "Bộ trưởng Tài chính Pháp Bruno Le Maire nói: “Không có mối đe dọa nào lớn hơn "
        "một cuộc chiến thương mại”.",
        "Anh: Ảnh hưởng rất nghiêm trọng",
        "Bộ trưởng Tài chính Anh Philip Hammond nói với Đài Sky News rằng ông hiện lạc quan. "
        "“Chúng tôi lạc quan rằng hai bên cuối cùng sẽ đạt được một thỏa thuận” - vị chính trị "
        "gia 63 tuổi cho biết.",
    )
    assert speakers(found)[-1] == ("Chúng", "Philip Hammond")


def test_a_description_naming_an_organisation_is_not_someone_just_introduced() -> None:
    found = quotes_of(
        "“Chúng ta đang hủy diệt hành tinh này”, ông Jeff Bezos nhận định.",
        "Nhà tỉ phú dự báo sẽ mất hàng trăm năm trước khi con người lên sống ngoài không gian.",
        "Trong lá thư gửi ông hồi năm 2016, John Glenn - phi hành gia Mỹ - dự báo rằng du hành "
        "không gian sẽ sớm phổ biến như đi máy bay.",
        "“Nếu anh quay lại cách đây 100 năm, sẽ chẳng ai tin anh có thể mua một tấm vé rồi bay "
        "khắp thế giới” - nhà sáng lập Amazon tự tin dự báo.",
    )
    assert speakers(found)[-1] == ("Nếu", "Jeff Bezos")


def test_a_role_in_an_earlier_sentence_is_read_from_the_apposition_not_the_clause() -> None:
    # "Thủ tướng" is whom the provincial chairman reported to, not his role
    found = quotes_of(
        "Thủ tướng Nguyễn Xuân Phúc làm việc với lãnh đạo tỉnh Sóc Trăng.",
        "Ông Trần Văn Chuyện - chủ tịch UBND tỉnh Sóc Trăng - đã báo cáo với Thủ tướng về tình "
        "hình kinh tế của địa phương.",
        "Bởi theo Thủ tướng: “Nuôi nhiều mà không có nhà máy chế biến thì cũng không nâng được "
        "giá trị sản phẩm”.",
    )
    assert speakers(found) == [("Nuôi", "Nguyễn Xuân Phúc")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Thực ra Quảng Trị mới là nơi khắc nghiệt nhất, tổ chức ở đó sẽ có ý nghĩa hơn”, "
            "đại tá Trương Mai Hương giãi bày.",
            "Trương Mai Hương",
        ),
        (
            "“Cây đang phát triển tốt, không hiểu vì sao thành phố lại bứng đi”, ông Nguyễn Văn "
            "Tâm thắc mắc.",
            "Nguyễn Văn Tâm",
        ),
        (
            "“Giờ trắng tay, nhà không sửa được mà nợ nuôi cá biết lấy đâu ra”, ông Nguyễn Tiến "
            "Lục ngậm ngùi.",
            "Nguyễn Tiến Lục",
        ),
    ],
)
def test_cues_said_after_a_quote(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(text)] == [speaker]


def test_a_setting_before_the_speaker_after_a_quote_is_no_part_of_them() -> None:
    found = quotes_of(
        "Ông Nguyễn Tiến Lục có bè nuôi cá vược cũng bị chết trắng. “Vợ chồng tui tính đến tết "
        "sẽ bán lứa cá để sửa lại căn nhà”, nhìn lồng cá, ông Lục ngậm ngùi nói.",
    )
    assert [q.speaker for q in found] == ["Nguyễn Tiến Lục"]


def test_a_verb_phrase_after_the_name_is_what_the_speaker_did() -> None:
    found = quotes_of(
        "Nhà khoa học Tasuko Honjo, đoạt giải Nobel Y khoa năm 2018, đánh giá cao thiết bị: "
        "“Phương pháp này vô cùng cần thiết cho nghiên cứu cơ bản”.",
    )
    assert [q.speaker for q in found] == ["Tasuko Honjo"]


def test_according_to_a_pronoun_is_the_person_meant() -> None:
    found = quotes_of(
        "“Mục đích chính là giảm ùn tắc chứ không phải thu phí”, ông Đồng Văn Khiêm nhấn mạnh.",
        "Theo ông, nếu thu phí thì phải có con số cụ thể để người dân giám sát: “Phải nói rõ "
        "vào giờ cao điểm có bao nhiêu xe tải, bao nhiêu ôtô con”.",
    )
    assert speakers(found)[-1] == ("Phải", "Đồng Văn Khiêm")


def test_a_speaker_inside_the_quote_before_is_not_the_next_ones() -> None:
    # the person named inside a quote closing the sentence before ("cô Mơ") is not its speaker
    found = quotes_of(
        "Bà Bùi Thị Lĩnh là hiệu trưởng nhà trường. “Tôi đã yêu cầu cô giáo viết bản tường "
        "trình. Bản thân cô Phạm Thị Mơ cũng thừa nhận có dùng roi đánh em”, bà Lĩnh thông tin. "
        "“Cô giáo đã chủ động đến xin lỗi gia đình em học sinh”, bà cho hay.",
    )
    assert speakers(found)[-1] == ("Cô", "Bùi Thị Lĩnh")
