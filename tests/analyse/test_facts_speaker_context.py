"""Quote speakers the sentences around a quote give: a reported clause before a colon, a
relative named by "của", a list of quotes, whose comments or statement, and an unnamed
person or the public brought in just before."""

from __future__ import annotations

from quoting import quotes_of, speakers


def test_a_reported_clause_with_commas_before_the_colon_keeps_its_speaker() -> None:
    quotes = quotes_of(
        "Mới đây, bố ruột của ca sĩ Ngọc Hân đã kể nhiều điều về con gái. Ông cho biết cô là "
        "người sống chăm chỉ, lạc quan: “Hân luôn dặn cả nhà phải nghĩ tích cực dù gặp chuyện gì”."
    )
    assert speakers(quotes) == [("Hân", "bố Ngọc Hân")]


def test_a_person_named_inside_the_speakers_name_is_not_the_speaker() -> None:
    quotes = quotes_of(
        "Bố ca sĩ Ngọc Hân đến dự. “Lịch làm việc của Hân ở Hoa hậu Hoàn vũ rất dày, nhưng "
        "gia đình luôn ủng hộ con” - bố Ngọc Hân tiết lộ."
    )
    assert speakers(quotes) == [("Lịch", "bố Ngọc Hân")]


def test_each_quote_of_a_list_is_the_first_ones_speakers() -> None:
    quotes = quotes_of(
        "Một tờ báo trích đăng bình luận của cư dân mạng: “Nếu chỉ hỏi vậy thì mọi người có "
        "thể bỏ qua cho anh ấy”, “Anh ấy đùa như vậy là rất thô lỗ với bạn diễn” và “Tôi "
        "chưa bao giờ thấy ai cư xử như thế trên phim trường”."
    )
    assert [s for _, s in speakers(quotes)] == ["cư dân mạng"] * 3


def test_short_quoted_names_after_a_quote_are_no_list_of_speech() -> None:
    quotes = quotes_of(
        "Ông Minh Tuấn nói: “Chúng tôi sẽ công bố kết quả vào tuần sau”, "
        "“Tham ô tài sản” và “Xâm phạm thi thể” là các tội danh được nêu."
    )
    assert speakers(quotes) == [("Chúng", "Minh Tuấn")]


def test_a_statement_speaks_for_whoever_the_text_says_issued_it() -> None:
    quotes = quotes_of(
        "Báo chí dẫn thông cáo của công ty quản lý nữ diễn viên về việc cô qua đời. "
        "“Chúng tôi vô cùng đau lòng khi phải thông báo tin này tới người hâm mộ” – thông "
        "cáo có đoạn viết."
    )
    assert speakers(quotes) == [("Chúng", "công ty quản lý nữ diễn viên")]


def test_vi_nay_is_the_unnamed_person_brought_in_just_before() -> None:
    quotes = quotes_of(
        "Một chuyên gia tư vấn nói với phóng viên: “Mức giá này cao hơn hẳn bốn năm trước "
        "khi chưa có dịch bệnh”.",
        "Các đài truyền hình đã đưa ra mức giá khác. Đại diện một công ty truyền thông thừa "
        "nhận mức giá hiện tại là quá cao. “Chúng ta không thể mua bằng mọi giá”, vị này "
        "cho biết.",
    )
    assert speakers(quotes)[-1] == ("Chúng", "Đại diện một công ty truyền thông")


def test_an_unnamed_person_inside_a_quote_is_no_antecedent() -> None:
    quotes = quotes_of(
        "“Chuyện này không chỉ xảy ra với nữ diễn viên. Một diễn viên nam từng bị chửi bới "
        "ngay tại trường quay”, chị Thu Trang nhớ lại. “Tôi không thể chịu nổi khi nhìn "
        "cảnh đó”, cô nói."
    )
    assert speakers(quotes) == [("Chuyện", "Thu Trang"), ("Tôi", "Thu Trang")]


def test_the_public_opening_the_clause_before_a_colon_speaks() -> None:
    quotes = quotes_of(
        "Khán giả và người hâm mộ đã gửi nhiều lời khuyên cho Diệu Linh: “Chị cứ coi như "
        "không thấy thì tim sẽ không đau đâu”."
    )
    assert speakers(quotes) == [("Chị", "Khán giả")]


def test_a_quote_naming_a_ranking_is_no_speech() -> None:
    quotes = quotes_of(
        "Thí sinh Võ Thanh Hà tiếp tục khẳng định vị thế của mình trên BXH “Người đẹp được "
        "yêu thích nhất” với hơn 3.000 lượt bình chọn."
    )
    assert quotes == ()


def test_a_relative_opening_the_clause_before_a_colon_speaks() -> None:
    quotes = quotes_of(
        "Vợ cũ của Tạ Đình Phong còn có những câu nói khác như: “Liên tục sinh non 4 lần mới "
        "có con trai đầu lòng”."
    )
    assert speakers(quotes) == [("Liên", "vợ Tạ Đình Phong")]
