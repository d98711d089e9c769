"""Descriptions a speaker is given: a clause on "người" in apposition to a name ("Adam
Sandler, người đóng vai cha của Cameron Boyce ..., viết") is about the person named before
it; a family speaks for the person it names ("gia đình Cameron Boyce bày tỏ"), who is not the
speaker; a statement an agency relays ("AFP dẫn tuyên bố mới nhất của X - ... - cho biết",
"CNN trích một tuyên bố của X") is X's; a role held somewhere the unnamed speaker before was
not ("người phát ngôn của hãng bay Citilink" after "người phát ngôn sân bay tại Bali") is
someone else; an outlet relays whom it names after "dẫn lời", though a place and a description
in apposition come between; and "lúc đầu" says when someone spoke."""

from __future__ import annotations

import pytest
from quoting import quotes_of


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Adam Sandler, người đóng vai cha của Cameron Boyce trong phim Grown Ups, viết "
                "trên Twitter: “Cậu ấy còn quá trẻ để ra đi như vậy”.",
            ),
            "Adam Sandler",
        ),
        (
            (
                "Triệu Vũ, người tự nhận là bạn đời của Đàm Vĩnh Hưng, cho biết: “Tôi rất buồn "
                "khi đọc những bình luận đó”.",
            ),
            "Triệu Vũ",
        ),
        (
            (
                "Nam diễn viên Cameron Boyce qua đời hôm 6-7.",
                "“Chúng tôi vô cùng đau buồn và yêu cầu tôn trọng sự riêng tư” - gia đình "
                "Cameron Boyce bày tỏ.",
            ),
            "gia đình Cameron Boyce",
        ),
        (
            (
                "“Lãnh thổ do IS kiểm soát đã bị siết chặt”, AFP dẫn tuyên bố mới nhất của "
                "Mustefa Bali - phát ngôn viên SDF - cho biết.",
            ),
            "Mustefa Bali",
        ),
        (
            (
                "“Tôi đã dùng quỹ riêng của mình để thanh toán khoản tiền này”, đài CNN trích "
                "một tuyên bố của ông Michael Cohen - luật sư riêng của ông Trump.",
            ),
            "Michael Cohen",
        ),
        (
            (
                "“Chị ấy vẫn không có mặt tại cửa khởi hành”, người phát ngôn sân bay tại Bali "
                "nói.",
                "Người phát ngôn của hãng bay Citilink cho biết: “Các nhân viên đã cố ngăn cản "
                "hành khách này”.",
            ),
            "Người phát ngôn của hãng bay Citilink",
        ),
        (
            (
                "Nga và Iran hậu thuẫn chính quyền Syria.",
                "Mỹ lúc đầu tuyên bố: “Ông Assad phải ra đi và không có vai trò gì nữa”.",
            ),
            "Mỹ",
        ),
        (
            (
                "Hãng tin AFP dẫn lời cảnh sát trưởng Kristen Ziman tại thành phố Aurora, bang "
                "Illinois, vùng ngoại ô cách Chicago khoảng 65km về phía tây, cho biết: “Lúc này "
                "chúng tôi đã xác nhận có 5 người chết”.",
            ),
            "Kristen Ziman",
        ),
        # what the rules leave alone: family planning is no family
        (
            (
                "Phó tổng cục trưởng Tổng cục Dân số - kế hoạch hóa gia đình Nguyễn Văn Tân nói: "
                "“Chúng tôi sẽ thay đổi chính sách hộ khẩu trong thời gian tới”.",
            ),
            "Nguyễn Văn Tân",
        ),
        # a role repeated for the unnamed speaker quoted before
        (
            (
                "“Chị ấy vẫn không có mặt tại cửa khởi hành”, người phát ngôn sân bay tại Bali "
                "nói.",
                "Người phát ngôn sân bay cho biết: “Chúng tôi đã gọi loa ba lần nhưng không ai "
                "trả lời”.",
            ),
            "người phát ngôn sân bay tại Bali",
        ),
        (
            (
                "Ông Văn Minh, người dân có nhà ngay trên quốc lộ 1, cho biết: “Bụi bay mù mịt "
                "suốt ngày đêm”.",
            ),
            "Văn Minh",
        ),
    ],
)
def test_who_the_description_names(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert quotes_of(*paragraphs)[-1].speaker == speaker
