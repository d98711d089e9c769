"""What the words around a cue say about who speaks, on shapes of the open stream: a cue
that is part of a noun ("nhà phân tích", "câu nói"), a cue only linked to the sentence's
subject ("..., tuy nhiên khẳng định"), a form of address and a name the scanner did not read
("bà Xuân bật khóc nói"), a speaker named and described after the quote with no cue, and the
head of a body ("người đứng đầu Bộ KH & CN") the article names by title."""

from __future__ import annotations

import pytest
from quoting import quotes_of


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # "như" (as) brings in how someone once put it; the name alone is the speaker
        (
            (
                "Người truyền cảm hứng cho em là mẹ, như Zain từng chia sẻ với trang "
                "Abutalhazahack: “Em nghĩ ra các ý tưởng, nhưng mẹ mới là người truyền cảm hứng”.",
            ),
            "Zain",
        ),
        # a cue inside a noun: the analyst is named after it, and speaks with "nói"
        (
            (
                "“Một sự thật không mấy dễ chịu dành cho Washington”, nhà phân tích Danielle "
                "Ryan nói.",
            ),
            "Danielle Ryan",
        ),
        # the words before the cue only link it to the sentence's subject
        (
            (
                "Chia sẻ về việc làm của mình, anh Nguyễn Thanh Hùng, chủ khách sạn Đức Anh, chỉ "
                "nói gọn: “Cũng không có gì, chúng tôi chỉ làm việc của mình”.",
            ),
            "Nguyễn Thanh Hùng",
        ),
        (
            (
                "Một nữ tác giả khác, Sofie Munster - người sáng lập tạp chí Nordic Parenting, "
                "thì khuyên “các bậc cha mẹ nên tạo cho con trẻ thói quen tự lập từ nhỏ”.",
            ),
            "Sofie Munster",
        ),
        # a colon opens a clause of its own, whose subject the linking words go on with
        (
            (
                "Ông Nguyễn Nhật đã trao đổi khi báo chí đặt câu hỏi: Vì sao Bộ trưởng Nguyễn "
                "Văn Thể từng ký duyệt một số dự án BOT, nhưng lại nói “BOT là sản phẩm lỗi, cần "
                "phải xem xét lại toàn bộ”.",
            ),
            "Nguyễn Văn Thể",
        ),
        # the speaker of the last cue before them
        (
            (
                "Nhiều người lo ngại xung đột sau khi ông Kim Jong Un đáp trả sau sự kiện ông "
                "Trump phát biểu “cứng” với Bình Nhưỡng, cũng như tuyên bố “Kim Jong Un sẽ không "
                "ở lại đó lâu nữa đâu”.",
            ),
            "Trump",
        ),
        # what she did as she spoke is no part of who she is, whether the scanner reads her
        # name or not ("Năm" is a number too)
        (
            (
                "Còn chị Phương mắt rớm lệ, nói: “Chồng tôi mất rồi, hai chị em mình cùng cố "
                "gắng nhé”.",
            ),
            "Phương",
        ),
        (
            ("Còn bà Năm mắt rớm lệ, nói: “Chồng tôi mất rồi, hai chị em mình cùng cố gắng nhé”.",),
            "bà Năm",
        ),
        (
            (
                "Bà Lê Thị Hải là chuyên gia của Bộ Y tế.",
                "“Chi phí mua rượu bia mỗi năm là 4 tỉ USD, rất đáng giật mình”, bà Hải dẫn "
                "thông tin.",
            ),
            "Lê Thị Hải",
        ),
        # named and described after the quote, with no cue
        (
            (
                "Ông Trump ít khi nghe báo cáo tình báo hằng ngày.",
                "“Tổng thống đắc cử đang để lỡ cơ hội vàng tìm hiểu về các mối đe dọa an ninh "
                "quốc gia”, Michael Morell, cựu Phó giám đốc CIA, người ủng hộ bà Hillary "
                "Clinton trong suốt chiến dịch.",
            ),
            "Michael Morell",
        ),
        # a long appositive after a parenthesis still describes the first person named
        (
            (
                "“Tôi nghĩ rằng ông ấy sẽ thực hiện điều đó một cách nghiêm túc”, ông Devin "
                "Nunes (R - Calif), Chủ tịch Ủy ban Tình báo Hạ viện và là thành viên cấp cao "
                "trong nhóm chuyển giao của ông Trump cho hay.",
            ),
            "Devin Nunes",
        ),
        # an outlet relaying a statement "từ" its source
        (
            (
                "Máy bay Israel hôm 24/8 đã tấn công các lực lượng Iran gần Damascus.",
                "“Cuộc tấn công nhắm vào các thành viên của Lực lượng Quds đang chuẩn bị tấn "
                "công”, Reuters dẫn tuyên bố từ Israel.",
            ),
            "Israel",
        ),
        # the head of a body, named before by the title that heads it
        (
            (
                "Bộ trưởng Bộ KH & CN Chu Ngọc Anh đã có mặt tại buổi gặp mặt.",
                "Theo người đứng đầu Bộ KH & CN, “chính điều này hạn chế tầm chiến lược và khả "
                "năng dự báo”.",
            ),
            "Chu Ngọc Anh",
        ),
        (
            (
                "Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung đã trả lời báo chí ngày 8-1.",
                "Người đứng đầu chính quyền TP Hà Nội nói quy định là nhằm “chống tình trạng cắt "
                "xén nội dung buổi tiếp dân”.",
            ),
            "Nguyễn Đức Chung",
        ),
    ],
)
def test_who_the_words_around_the_cue_name(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert quotes_of(*paragraphs)[-1].speaker == speaker


def test_a_cue_inside_a_noun_attributes_nothing() -> None:
    assert quotes_of('Chúng ta thường nghe nói " đi máy bay mà sợ là ngớ ngẩn ".') == ()
    quotes = quotes_of(
        "“Con bé yêu công việc, nó chẳng muốn người ta ghi nhận gì đâu”, câu nói nửa đùa nửa "
        "thật khiến cả hai cha con cùng bật cười."
    )
    assert all(q.speaker != "câu" for q in quotes)


def test_a_clause_after_the_quote_names_no_speaker() -> None:
    quotes = quotes_of(
        "“Chúng tôi sẽ không bao giờ rời bỏ nơi này dù có chuyện gì xảy ra”, trong khi ông "
        "Nguyễn Văn Nam đi về."
    )
    assert all(q.speaker != "Nguyễn Văn Nam" for q in quotes)


def test_the_head_of_a_body_is_not_someone_heading_another() -> None:
    quotes = quotes_of(
        "Giám đốc Sở Y tế Hà Nội Nguyễn Văn Bình đã có mặt tại buổi họp.",
        "Người đứng đầu Bộ Y tế nhấn mạnh: “Chúng ta phải xử lý nghiêm mọi sai phạm trong ngành”.",
    )
    assert quotes[-1].speaker != "Nguyễn Văn Bình"


def test_a_person_named_in_passing_is_not_the_subject_linking_words_go_on_with() -> None:
    quotes = quotes_of(
        "14 quốc gia còn lại, dù không đề cập trực tiếp tới ông Trump hay chính quyền "
        "Washington, đã bày tỏ “sự tiếc nuối sâu sắc tới quyết định gần đây liên quan tới "
        "Jerusalem”."
    )
    assert all(q.speaker not in ("Trump", "Donald Trump") for q in quotes)
