"""Speakers read on the open stream in the forty-third round: a face or a feeling between
the speaker and the cue ("ông mỉm cười nói"), a cue that is "mentioned above" ("nêu trên"),
the platform someone wrote on ("viết trên Twitter cho biết"), a body described after a comma
("báo Rodong Sinmun, cơ quan ngôn luận ..., viết"), a verb issuing the statement a cue names
("đã thông qua tuyên bố"), "Tờ báo" for the paper just named, and a statement cited under
another of its nouns ("thông báo của ông Bannon", then "Bản thông cáo"). Names: clergy whose
title the segmentation cut ("hòa" + "thượng_Tố_Liên"), an ambassador's seat before the name
("Đại sứ Trung Quốc tại Anh Lưu Hiểu Minh"), foreign firms and funds ("Prudential
Financial")."""

from __future__ import annotations

import pytest
from naming import found, mentions_of
from quoting import quotes_of, speakers


def test_a_smile_between_speaker_and_cue_is_how_not_who() -> None:
    quotes = quotes_of(
        "Ông Võ Viết Thanh là nguyên chủ tịch UBND thành phố.",
        'Tìm gặp ông Thanh, ông mỉm cười nói: "Làm sao mà có chuyện mất bản đồ?".',
        'Ông giải thích: "Lý do đơn giản là Thủ tướng ký quyết định dựa trên tờ trình".',
    )
    assert speakers(quotes) == [("Làm", "Võ Viết Thanh"), ("Lý", "Võ Viết Thanh")]


def test_a_plea_made_earnestly_is_still_the_speakers() -> None:
    quotes = quotes_of(
        'Hòa thượng Tố Liên đã đặt câu hỏi: "Xin hỏi trí thức tìm thấy thuyết ấy ở đâu?" và'
        ' tha thiết yêu cầu "bỏ tục đốt vàng mã đi cho dân đỡ tốn kém".'
    )
    assert [q.speaker for q in quotes] == ["Tố Liên", "Tố Liên"]


@pytest.mark.parametrize(
    ("sentence", "person", "title"),
    [
        (
            "Năm 1952, hòa thượng Tố Liên, vị cao tăng của Phật giáo, đã lên tiếng.",
            "Tố Liên",
            "hòa thượng",
        ),
        ("Hòa thượng Thích Trí Quang đến thăm chùa.", "Thích Trí Quang", "Hòa thượng"),
        ("Đại đức Thích Minh Tuệ đi bộ khắp nơi.", "Thích Minh Tuệ", "Đại đức"),
    ],
)
def test_clergy_whose_title_the_segmentation_cut_are_named(
    sentence: str, person: str, title: str
) -> None:
    people = [(m.text, m.title) for m in mentions_of(sentence) if m.type == "PER"]
    assert people == [(person, title)]


@pytest.mark.parametrize(
    ("sentence", "seat", "person"),
    [
        ("Đại sứ Trung Quốc tại Anh Lưu Hiểu Minh cảnh báo.", "Anh", "Lưu Hiểu Minh"),
        ("Đại sứ Việt Nam tại Mỹ Hà Kim Ngọc dự lễ.", "Mỹ", "Hà Kim Ngọc"),
        ("Theo đại sứ Việt Nam tại Úc Ngô Hướng Nam, có 60.000 sinh viên.", "Úc", "Ngô Hướng Nam"),
    ],
)
def test_an_offices_seat_comes_before_the_name(sentence: str, seat: str, person: str) -> None:
    names = found(sentence)
    assert (seat, "LOC") in names
    assert (person, "PER") in names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ca sĩ Mỹ Tâm hát ca khúc mới.", ("Mỹ Tâm", "PER")),
        ("Anh Tuấn ở Mỹ Tho kể lại.", ("Mỹ Tho", "LOC")),
        ("Ông Tuấn ở Mỹ Đình cho biết.", ("Mỹ Đình", "LOC")),
    ],
)
def test_a_country_syllable_opens_names_elsewhere(sentence: str, name: tuple[str, str]) -> None:
    assert name in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "firm"),
    [
        ("Ông Quincy Krosby làm việc cho Prudential Financial từ lâu.", "Prudential Financial"),
        (
            "Tiền được chia cho các tổ chức từ thiện như Rebuild Texas Fund, ASPCA.",
            "Rebuild Texas Fund",
        ),
        ("Nhiều tập đoàn như SCG Chemicals của Thái Lan tham gia dự án.", "SCG Chemicals"),
    ],
)
def test_foreign_firms_and_funds_are_organisations(sentence: str, firm: str) -> None:
    assert (firm, "ORG") in found(sentence)


def test_an_appositive_after_a_name_does_not_make_the_firm_speak() -> None:
    quotes = quotes_of(
        "Quincy Krosby, chiến lược gia thị trường của Prudential Financial, nhận định Trung"
        ' Quốc đã "làm dịu thị trường tiền tệ và thị trường chứng khoán đang khởi sắc trở lại".'
    )
    assert [q.speaker for q in quotes] == ["Quincy Krosby"]


def test_a_cue_that_means_mentioned_above_is_no_cue() -> None:
    quotes = quotes_of(
        "Đặc phái viên Trung Quốc Tạ Phong chỉ trích Mỹ.",
        'Đáp lại, vị đặc phái viên Trung Quốc ở Hong Kong nêu trên cho rằng "các chính trị gia'
        ' Mỹ nên lập tức ngừng thông đồng với những người ly khai", theo Reuters.',
    )
    assert [(q.speaker, q.cue) for q in quotes] == [("Tạ Phong", "cho rằng")]


def test_shares_mentioned_above_say_nothing() -> None:
    quotes = quotes_of(
        'AVG quyết định mua số cổ phần nêu trên với lý do "ước tính giá trị tương lai của khu'
        ' đất tại Hà Đông sẽ được chuyển thành dự án bất động sản".'
    )
    assert quotes == ()


def test_the_platform_written_on_is_not_the_speaker() -> None:
    quotes = quotes_of(
        'Tuần trước, ông Trump viết trên Twitter cho biết "thỏa thuận thương mại của chúng ta'
        ' với Trung Quốc đang tiến triển tốt đẹp", nhưng có lẽ nó cần thêm thời gian.'
    )
    assert [(q.speaker, q.cue) for q in quotes] == [("Trump", "viết")]


def test_a_paper_described_after_a_comma_is_the_speaker() -> None:
    quotes = quotes_of(
        '"Cả đất nước đang tràn đầy sức nóng như một nồi nấu kim loại từ khi biết tin" - báo'
        " Rodong Sinmun, cơ quan ngôn luận của Đảng Lao động Triều Tiên, viết trong bài xã luận."
    )
    assert [q.speaker for q in quotes] == ["Rodong Sinmun"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Trong ngày 4-12 hạ viện quốc hội Nga đã thông qua tuyên bố cáo buộc tổng thống"
            ' Ukraine đã "có ý đồ liều lĩnh và bất chấp đạo lý khi thay đổi tình hình".',
            "hạ viện quốc hội Nga",
        ),
        (
            'Bộ Ngoại giao Nga ra tuyên bố: "Chúng tôi phản đối mạnh mẽ hành động khiêu khích'
            ' này của phía Mỹ".',
            "Bộ Ngoại giao Nga",
        ),
        (
            "Theo Hãng tin AFP, tuyên bố được IS phát đi thông qua Hãng tin Amaq của tổ chức này"
            ' khẳng định: "Vụ tấn công nhằm vào một trung tâm mua sắm do một nhóm có liên kết'
            ' với IS thực hiện".',
            "Nhà nước Hồi giáo",
        ),
        (
            'Thông báo do Bộ Y tế ban hành nêu rõ: "Các cơ sở y tế phải sẵn sàng tiếp nhận bệnh'
            ' nhân trong mọi tình huống".',
            "Bộ Y tế",
        ),
    ],
)
def test_who_issued_the_statement_a_cue_names_speaks(sentence: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(sentence)] == [speaker]


def test_the_paper_alone_is_the_paper_just_named() -> None:
    quotes = quotes_of(
        "Nhật báo China Daily nhấn mạnh, nếu Mỹ thông qua dự luật, hành động này sẽ chỉ khuyến"
        " khích thêm nhà lãnh đạo Thái Anh Văn.",
        'Tờ báo viết: "Nếu bà Thái vẫn không từ bỏ ý định, hành động này sẽ dẫn tới hậu quả'
        ' khôn lường".',
    )
    assert [q.speaker for q in quotes] == ["China Daily"]


def test_a_statement_cited_under_another_noun_is_its_issuers() -> None:
    quotes = quotes_of(
        "Cựu chiến lược gia Nhà Trắng Steve Bannon nói ông rất tiếc về cuốn sách.",
        'Theo đài CNN, thông báo của ông Bannon về sự việc nêu: "Donald Trump, Jr. là một'
        ' người yêu nước và cũng là một người tốt".',
        'Bản thông cáo sau đó có bổ sung: "Tôi lấy làm tiếc vì những thông tin không chính xác'
        ' liên quan tới ông Don Jr".',
    )
    assert [q.speaker for q in quotes] == ["Steve Bannon", "Steve Bannon"]


def test_a_statement_under_its_own_noun_comes_first() -> None:
    quotes = quotes_of(
        "Trong thông cáo ngày 7-6, Bộ Ngoại giao Campuchia cho rằng tuyên bố của ông Lý phản"
        " ánh lập trường của thủ tướng Singapore khi đó.",
        'Thông cáo viết: "Singapore khi đó là nước tổ chức cuộc họp đã dẫn tới việc thành lập'
        ' chính phủ hỗn hợp".',
    )
    assert [q.speaker for q in quotes] == ["Bộ Ngoại giao Campuchia"]


def test_a_statement_issued_under_someones_name_is_the_bodys() -> None:
    quotes = quotes_of(
        "Ngoại trưởng Mỹ Mike Pompeo nói các lệnh trừng phạt sẽ còn.",
        "Đáp lại, thông báo của Bộ Ngoại giao Triều Tiên được phát đi dưới tên của một giám đốc"
        " viện nghiên cứu.",
        'Thông báo viết: "Phía Mỹ cho rằng các lệnh trừng phạt có thể dẫn tới giải trừ hạt nhân".',
    )
    assert [q.speaker for q in quotes] == ["Bộ Ngoại giao Triều Tiên"]


def test_a_middle_name_viet_is_no_cue() -> None:
    quotes = quotes_of(
        'Ông Võ Viết Thanh nhớ lại: "Trong chuyến thăm đồng bào ở Đắk Nông, đồng chí Năm Xuân'
        ' có nhận định như vậy".'
    )
    assert [(q.speaker, q.cue) for q in quotes] == [("Võ Viết Thanh", "nhớ lại")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Em Trần Đức Anh, học sinh lớp 10, Trường Trung học phổ thông Ngọc Tảo (huyện Phúc Thọ)"
        ' hào hứng cho biết: "Em dự định sẽ đăng ký xét tuyển đại học vào ngành khoa học".',
        "Em Trần Đức Anh, học sinh lớp 10, Trường Trung học phổ thông Ngọc Tảo chia sẻ: “Em dự"
        " định sẽ đăng ký xét tuyển đại học vào ngành khoa học”.",
    ],
)
def test_the_school_after_a_students_role_is_where_she_studies(sentence: str) -> None:
    assert [q.speaker for q in quotes_of(sentence)] == ["Trần Đức Anh"]


def test_information_denied_is_no_cue() -> None:
    quotes = quotes_of(
        "William Watson, chủ tịch của AdvanFort bác bỏ thông tin tàu xâm nhập vùng biển Ấn Độ:"
        ' "Lực lượng bảo vệ bờ biển đã tiếp cận chúng tôi và đề nghị theo họ vào cảng".'
    )
    assert [q.cue for q in quotes] != ["thông tin"]
    assert [q.speaker for q in quotes] == ["William Watson"]


def test_information_confirmed_is_confirmed() -> None:
    quotes = quotes_of(
        'Bộ Công an xác nhận thông tin: "Đã bắt giữ 3 đối tượng liên quan đến vụ việc nghiêm'
        ' trọng này".'
    )
    assert [(q.speaker, q.cue) for q in quotes] == [("Bộ Công an", "xác nhận")]


@pytest.mark.parametrize(
    ("sentence", "court"),
    [
        ("TAND cấp cao tại Hà Nội đã ký quyết định kháng nghị.", "TAND cấp cao tại Hà Nội"),
        (
            "Giữ quyền công tố là kiểm sát viên Viện KSND cấp cao tại Hà Nội.",
            "Viện KSND cấp cao tại Hà Nội",
        ),
        ("Công ty có thể kháng nghị lên Tòa án cấp cao.", "Tòa án cấp cao"),
    ],
)
def test_superior_courts_and_procuracies_are_named_whole(sentence: str, court: str) -> None:
    assert (court, "ORG") in found(sentence)


def test_a_senior_official_is_no_organisation() -> None:
    names = found("Một quan chức cấp cao của Bộ Ngoại giao Mỹ nói như vậy.")
    assert not any("cấp cao" in text for text, _ in names)


def test_telling_on_air_is_telling() -> None:
    quotes = quotes_of(
        "Bà Vanessa Saenz, 37 tuổi, đã chứng kiến vụ xả súng.",
        'Bà kể trên Đài Fox News là đã nghe thấy " những tiếng như pháo hoa nổ " khi bà lái xe'
        " tìm chỗ đậu trong bãi.",
    )
    assert [(q.speaker, q.cue) for q in quotes] == [("Vanessa Saenz", "kể")]


def test_writing_on_twitter_runs_on_to_the_clause_quoted() -> None:
    quotes = quotes_of(
        "Hu Xijin, biên tập viên của Thời Báo Hoàn Cầu, viết trên tài khoản Twitter của mình"
        ' cho rằng cảnh báo của bộ trưởng " là phản ứng trước một loạt biện pháp mang tính phân'
        ' biệt đối xử của Mỹ với sinh viên Trung Quốc ".'
    )
    assert [q.speaker for q in quotes] == ["Hu Xijin"]


def test_the_statement_mentioned_above_is_its_issuers() -> None:
    quotes = quotes_of(
        "Trong một tuyên bố được đưa ra sau cuộc họp, ngày 23-3, MAC khẳng định chính quyền"
        " Đài Bắc nên nâng cao nỗ lực chống chảy máu tài năng.",
        '" Chính quyền có thể đẩy mạnh và cho thấy lợi thế của Đài Loan, giúp đỡ người trẻ hiểu'
        ' được những rủi ro tiềm tàng ", tuyên bố nêu trên nói.',
    )
    assert [q.speaker for q in quotes] == ["MAC"]


def canonical_of(text: str, *paragraphs: str) -> set[str | None]:
    return {m.canonical for m in mentions_of(*paragraphs) if m.text == text and m.type == "PER"}


def test_a_man_called_by_surname_is_not_his_wife() -> None:
    paragraphs = (
        "Bắc Kinh xác nhận ông Mạnh Hoàng Vĩ đang bị bắt giữ để điều tra.",
        "Theo bà Grace Mạnh, trước khi mất tích, ông Mạnh có gửi cho bà một biểu tượng.",
        "Bà Mạnh có cuộc họp báo tại Lyon.",
    )
    assert canonical_of("Mạnh", *paragraphs) == {"Mạnh Hoàng Vĩ", "Grace Mạnh"}


def test_a_short_name_before_several_full_ones_stays_short_when_its_sex_does_not_tell() -> None:
    paragraphs = (
        '" Giành phần thắng là thắng lợi cho đất nước " - ông Trump mở đầu bài phát biểu.',
        "Đệ nhất phu nhân Melania Trump ngồi cạnh cậu học trò Joshua Trump đến từ Delaware.",
    )
    assert canonical_of("Trump", *paragraphs) == {None}


def test_a_short_name_before_the_only_full_name_of_its_sex_is_that_person() -> None:
    paragraphs = (
        "Các nghị sĩ đã trình dự thảo nghị quyết lên án ông Trump.",
        "Tổng thống Donald Trump phản bác.",
        "Bà Melania Trump không bình luận.",
    )
    assert canonical_of("Trump", *paragraphs) == {"Donald Trump"}


def test_crossing_a_bridge_keeps_the_bridges_name() -> None:
    names = found("Lưu lượng xe qua cầu Văn Lang chỉ đạt 45 - 50% so với dự báo.")
    assert ("Văn Lang", "LOC") in names


@pytest.mark.parametrize(
    ("sentence", "work"),
    [
        (
            'Trước khi ra mắt hồi ký " Raising Trump ", bà Ivana Trump đã lên tiếng.',
            "Raising Trump",
        ),
        ("Cuốn hồi ký Becoming của bà Michelle Obama bán chạy.", "Becoming"),
    ],
)
def test_a_memoir_is_a_work(sentence: str, work: str) -> None:
    assert (work, "MISC") in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Đặc biệt, trong Văn kiện Đại hội lần thứ XIII của Đảng nhấn mạnh: “Khẩn trương"
            " triển khai phát triển ngành công nghiệp văn hóa”.",
            "Văn kiện Đại hội lần thứ XIII của Đảng",
        ),
        (
            'Về việc một số báo cũng đặt câu hỏi " phải chăng phố đi bộ Bùi Viện đã thành phố ăn'
            ' nhậu ", Chủ tịch UBND quận 1 cho biết đã rà soát.',
            "một số báo",
        ),
    ],
)
def test_the_words_opening_a_clause_are_not_the_speaker(sentence: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(sentence)] == [speaker]


def test_a_role_of_another_country_is_not_the_person_quoted_last() -> None:
    quotes = quotes_of(
        'Bà Pelosi trong tuyên bố nêu: " Người dân Hong Kong đang gửi thông điệp mạnh mẽ tới thế'
        ' giới ".',
        "Bà là Chủ tịch Hạ viện Mỹ Nancy Pelosi.",
        'Đáp lại, vị đặc phái viên Trung Quốc ở Hong Kong nêu trên cho rằng " các chính trị gia'
        ' Mỹ nên lập tức ngừng thông đồng với những người ly khai ", theo Reuters.',
    )
    assert [q.speaker for q in quotes][-1] == "vị đặc phái viên Trung Quốc ở Hong Kong"


def test_a_report_made_public_is_the_reports() -> None:
    quotes = quotes_of(
        '" Triều Tiên dường như đang sở hữu vài trăm tên lửa Nodong có khả năng phóng tới Nhật'
        ' Bản ", sách trắng thường niên của Nhật Bản được công bố hôm nay viết.'
    )
    assert [q.speaker for q in quotes] == ["sách trắng thường niên của Nhật Bản"]
