"""Quotes: cue verbs and speakers, including across sentences."""

from __future__ import annotations

import pytest
from quoting import quotes_of


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Thiếu tướng Pat Ryder nói: “Chúng tôi xác nhận các cuộc thảo luận đã bắt đầu”.",
            "Pat Ryder",
            "nói",
        ),
        (
            "“Không có yêu cầu nào như vậy được gửi đi”, ông Mustafa Qadri, tác giả, nhận định.",
            "Mustafa Qadri",
            "nhận định",
        ),
        (
            'Chủ tịch Ủy ban ECOWAS Omar Alieu Touray nêu rõ: "Vẫn chưa quá muộn để xem xét lại".',
            "Omar Alieu Touray",
            "nêu rõ",
        ),
        (
            "Người phát ngôn Bộ Ngoại giao cho biết: “Chúng tôi không nhận được yêu cầu nào”.",
            "Người phát ngôn Bộ Ngoại giao",
            "cho biết",
        ),
    ],
)
def test_quotes_find_cue_and_speaker(text: str, speaker: str, cue: str) -> None:
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.cue) == (speaker, cue)


def test_quotes_resolve_anaphoric_speakers_to_the_last_person() -> None:
    quotes = quotes_of(
        "Thiếu tướng Pat Ryder cho biết phái đoàn đã lên đường.",
        "Người phát ngôn này cho biết: “Chúng tôi sẽ rút quân một cách có trật tự”.",
        "Ông nói thêm: “Mọi việc sẽ hoàn tất trong vài tháng tới”.",
    )
    assert [q.speaker for q in quotes] == ["Pat Ryder", "Pat Ryder"]


def test_quotes_resolve_a_role_to_the_person_named_with_it() -> None:
    quotes = quotes_of(
        "Người phát ngôn Bộ Ngoại giao Mỹ Vedant Patel ngày 24/8 đã lên tiếng.",
        "Người phát ngôn Bộ Ngoại giao Mỹ cho biết: “Chúng tôi sẽ tiếp tục phối hợp chặt chẽ”.",
    )
    assert [q.speaker for q in quotes] == ["Vedant Patel"]


def test_quotes_continue_the_speaker_across_sentences() -> None:
    quotes = quotes_of(
        "Keane lý giải: “Tôi nhớ rất rõ cuộc nói chuyện đó. Ông ấy đã thay đổi”. "
        "“Tôi không cảm thấy phiền phức trước những lời ông ấy nói về mình”."
    )
    assert [q.speaker for q in quotes] == ["Keane", "Keane"]
    assert quotes[0].text.startswith("Tôi nhớ rất rõ") and quotes[0].text.endswith("thay đổi")


@pytest.mark.parametrize(
    "text",
    [
        "Chính quyền coi sự hiện diện đó là “bất hợp pháp” và yêu cầu rút quân.",
        "Tạp chí này cho biết thêm “Quả táo” sẽ trình làng sản phẩm mới.",
        "Các lực lượng chống lại Tổ chức “Nhà nước Hồi giáo” tự xưng.",
    ],
)
def test_quotes_skip_names_and_scare_quotes(text: str) -> None:
    assert quotes_of(text) == ()


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (  # an appositive closed by a comma before the cue
            ("Ông Trần Văn Bình - đại biểu tỉnh Nam Định, phát biểu: “Chúng tôi đồng ý”.",),
            "Trần Văn Bình",
        ),
        (  # the outlet relays; the speaker follows "dẫn lời"
            ("“Mưa lớn sẽ kéo dài đến hết tuần” - báo Lao Động dẫn lời ông Lê Văn Hải cho biết.",),
            "Lê Văn Hải",
        ),
        (  # a role given in apposition earlier stands for its holder
            (
                "Đại tá Phan Văn Kiên, Giám đốc Công an tỉnh Hòa Bình, trao quyết định.",
                "“Đơn vị sẽ hoàn thành mọi nhiệm vụ được giao”, Giám đốc Công an tỉnh Hòa Bình "
                "nhấn mạnh.",
            ),
            "Phan Văn Kiên",
        ),
        (  # an all-capitals name introducing a quote with a colon
            ("Ông NGUYỄN VĂN TÙNG – Phó Giám đốc Sở Y tế:“Bệnh viện đã sẵn sàng tiếp nhận”.",),
            "NGUYỄN VĂN TÙNG",
        ),
    ],
)
def test_quotes_resolve_speaker_from_context(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert [q.speaker for q in quotes_of(*paragraphs)] == [speaker]


def test_quotes_keep_indefinite_description_as_speaker() -> None:
    quotes = quotes_of(
        "Ông Lê Văn Hải nói: “Mưa lớn sẽ kéo dài đến hết tuần”.",
        "Một quan chức địa phương cho biết: “Chúng tôi đã sơ tán người dân khỏi vùng trũng”.",
    )
    assert [q.speaker for q in quotes] == ["Lê Văn Hải", "quan chức địa phương"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "start"),
    [
        # straight quotes with spaces inside, running over two lines
        (
            (
                'Ông Trần Văn Bình cho biết: " Chúng tôi đã kiểm tra toàn bộ khu vực.',
                'Kết quả sẽ được công bố vào tuần sau ".',
            ),
            "Trần Văn Bình",
            "Chúng tôi đã kiểm tra",
        ),
        # curly quotes over two lines, speaker after the quote with an initial ("chị K.")
        (
            ("“ Tôi không nghĩ chuyện này lại xảy ra.", "Cả nhà đều rất sốc ”, chị Lê Thị K. kể."),
            "Lê Thị K",
            "Tôi không nghĩ",
        ),
        # scare quotes inside a quote do not cut it
        (
            ('“ Không có chuyện tranh giành " đất vàng " ở đây ”, Đại tá Phạm Văn Hòa nói.',),
            "Phạm Văn Hòa",
            "Không có chuyện tranh giành",
        ),
        # the speaker set between dashes inside the quote
        (
            (
                "“Dự án phải xong trước mùa mưa - Ông Ngô Văn Tài phát biểu - nếu không"
                " sẽ rất khó”.",
            ),
            "Ngô Văn Tài",
            "Dự án phải xong",
        ),
        # an abbreviation's period does not end the speaker's phrase
        (
            (
                "Đại tá Nguyễn Văn Quang - Trưởng phòng Công an TP. HCM nhấn mạnh:"
                " “ Tình hình đã ổn định ”.",
            ),
            "Nguyễn Văn Quang",
            "Tình hình đã ổn định",
        ),
    ],
)
def test_quotes_follow_vietnews_layouts(
    paragraphs: tuple[str, ...], speaker: str, start: str
) -> None:
    (quote,) = quotes_of(*paragraphs)
    assert quote.text.startswith(start)
    assert quote.speaker is not None and speaker in quote.speaker


@pytest.mark.parametrize(
    "text",
    [
        "Dư luận cho rằng đây là một vụ “ăn chặn” có tổ chức.",
        "Nhiều người cho rằng “Có công mài sắt, có ngày nên kim” vẫn đúng trong chuyện này.",
    ],
)
def test_quotes_take_an_opinion_cue_only_for_a_named_speaker(text: str) -> None:
    assert quotes_of(text) == ()


def test_quotes_take_an_opinion_cue_for_a_named_speaker_and_a_sentence() -> None:
    (quote,) = quotes_of("Luật sư Trần Quốc Hưng cho rằng: “Việc tạm giam là không cần thiết nữa”.")
    assert (quote.speaker, quote.cue) == ("Trần Quốc Hưng", "cho rằng")


def test_quotes_skip_a_fragment_quoted_inside_reported_speech() -> None:
    text = "Tổng thống Lê Văn Minh khẳng định các chuyên gia sẽ “được an toàn”."
    assert quotes_of(text) == ()


def test_quotes_take_the_person_a_role_is_in_apposition_to() -> None:
    text = (
        "Ông Nguyễn Quang Minh, Phó trưởng phòng tuyên truyền, cục CSGT trả lời báo chí rằng:"
        " “Lực lượng chức năng sẽ kiểm tra toàn bộ tài xế”."
    )
    (quote,) = quotes_of(text)
    assert quote.speaker == "Nguyễn Quang Minh"


@pytest.mark.parametrize(
    "text",
    [
        "Ông Lê Văn Hải phát biểu tại lễ công bố đề án “Xây dựng thành phố thông minh”.",
        "Trang mạng đăng bài viết “Công an bắt nhầm người đang làm nhiệm vụ” rồi gỡ xuống.",
        "Theo luật sư Phan Văn Minh, hoạt động này “có tính chất bóc lột” người vay.",
        "Sở yêu cầu dừng website “abc.com.vn”, ông Hồ Văn Nam cho biết.",
    ],
)
def test_quotes_skip_titles_and_quoted_terms(text: str) -> None:
    assert quotes_of(text) == ()


def test_quotes_take_the_speaker_from_a_line_ending_with_a_colon() -> None:
    (quote,) = quotes_of("Tại tòa, bị cáo Nguyễn Văn Dũng nói:", "“ Tôi xin lỗi gia đình bị hại ”.")
    assert (quote.speaker, quote.cue) == ("Nguyễn Văn Dũng", "nói")


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # scare quotes in a straight-quoted paragraph do not pair with its own marks
        (
            (
                '" Những cơ sở làm ăn tốt thì phải hỗ trợ họ.',
                'Nơi nào làm ăn chưa " ngon " thì chính quyền phải hướng dẫn.',
                'Có như vậy mới tạo được điểm đến tin cậy " - ông Võ Văn Hoan gợi ý.',
            ),
            ["Võ Văn Hoan"],
        ),
        # a quote left open ends where the next speaker is introduced
        (
            (
                "Một tài khoản bình luận: “ Tình nghệ sĩ quá tươi đẹp.",
                "Chúc chú mau bình phục sức khỏe.",
                "Tài khoản khác viết: “ Anh ấy là vậy mà, tình cảm trên hết ”.",
            ),
            ["tài khoản", "Tài khoản khác"],
        ),
        # "Mr." before a name, and a cue of reply
        (
            ('Ngay lập tức Mr. Đàm đáp trả: " Không phải gì nữa, rõ ràng không phải gì nữa ".',),
            ["Đàm"],
        ),
        # a sentence-opening "Anh" is "he": the person named just before
        (
            (
                "Ca sĩ Nguyễn Phương tiết lộ kỷ lục này chỉ là bước đệm.",
                "Anh chia sẻ: “ Tôi phấn đấu vì muốn tạo ra lối đi riêng cho chính mình ”.",
            ),
            ["Nguyễn Phương"],
        ),
    ],
)
def test_quotes_read_vietnews_paragraph_layouts(
    paragraphs: tuple[str, ...], speakers: list[str]
) -> None:
    assert [q.speaker for q in quotes_of(*paragraphs)] == speakers


def test_quotes_skip_a_short_noun_phrase_quoted_inside_reported_speech() -> None:
    # a longer one is the speaker's words in part (test_facts_reported_quotes)
    text = "Ông Vershinin giải thích rằng Nga có một “ kênh liên lạc rất tốt ” với Mỹ."
    assert quotes_of(text) == ()


def test_quotes_resolve_a_description_to_the_person_the_article_is_about() -> None:
    quotes = quotes_of(
        "Nghệ sĩ một thời của đoàn Kim Cương chia sẻ: “ Cảm ơn em đã ghé thăm tôi hôm nay ”.",
        "Trên trang cá nhân, nghệ sĩ Mai Trần đăng bức ảnh chụp trong phòng bệnh.",
        "Nghệ sĩ Mai Trần sinh năm 1954, từng nổi tiếng với nhiều vai diễn.",
        "Nghệ sĩ Mạc Can cũng đến thăm.",
    )
    assert [q.speaker for q in quotes] == ["Mai Trần"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (  # a pronoun after the person named earlier in its sentence
            (
                "Chia sẻ về khó khăn lớn nhất mà Nguyễn Văn Long gặp phải, cậu nói: “Có lẽ là vòng"
                " phỏng vấn của ban giám khảo”.",
            ),
            "Nguyễn Văn Long",
        ),
        (  # a description that an earlier sentence put right before the name
            (
                "Nhà nhiếp ảnh Trần Văn Minh tại buổi ra mắt sách ở Hà Nội.",
                "“Tôi đã làm cuốn sách này trong suốt hai năm” - nhà nhiếp ảnh cho biết.",
            ),
            "Trần Văn Minh",
        ),
        (  # a statement speaks for the person who issued it
            (
                "Tuyên bố ngày 23/6 được Người phát ngôn Lê Thị Hoa đưa ra sau cuộc tập trận.",
                "“Việc tập trận xâm phạm nghiêm trọng chủ quyền của nước này”, tuyên bố nói.",
            ),
            "Lê Thị Hoa",
        ),
        (  # an indefinite description in apposition to the name
            (
                "Elga Reyes, một người dùng mạng xã hội khác, viết: “Đó là khoảnh khắc đáng sợ"
                " nhất từ trước đến giờ”.",
            ),
            "Elga Reyes",
        ),
        (  # an outlet relays a speaker who has a cue of their own
            (
                "Tân Hoa Xã dẫn lời Sam Rainsy - chủ tịch đảng đối lập nhấn mạnh “cuộc biểu tình"
                " hòa bình lần này là hành động đòi công lý của các cử tri”.",
            ),
            "Sam Rainsy",
        ),
        (  # a short quote nested in the quote does not break it
            (
                "“Khi đến trụ sở xã, các đối tượng này “chuyển hướng” quay sang tố cáo lực lượng"
                " công an”, đại tá Trương Văn Danh nói.",
            ),
            "Trương Văn Danh",
        ),
    ],
)
def test_quotes_resolve_pronouns_descriptions_and_relays(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert [q.speaker for q in quotes_of(*paragraphs)] == [speaker]


def test_quotes_give_an_uncued_quote_to_the_person_reported_just_before() -> None:
    quotes = quotes_of(
        "“Chúng tôi hiểu sự thất vọng của các đồng minh”, ông John Kerry nói sau cuộc họp.",
        "Phát ngôn viên Nhà Trắng, ông Jay Carney nhấn mạnh Mỹ luôn coi trọng hợp tác. “Chúng"
        " tôi luôn muốn duy trì mối quan hệ cốt lõi trong lĩnh vực an ninh”.",
    )
    assert [q.speaker for q in quotes] == ["John Kerry", "Jay Carney"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a parenthesis between the speaker and the cue
            "“Chúng tôi không nghe thấy tiếng động nào”, bà Nguyễn Thị Lan (ngụ quận Long Biên,"
            " Hà Nội) cho hay.",
            "Nguyễn Thị Lan",
        ),
        (  # a cue of the reporter's idiom: "thông tin"
            "Đại tá Lê Văn Tuấn thông tin: “Cơ quan điều tra đang củng cố hồ sơ vụ án”.",
            "Lê Văn Tuấn",
        ),
        (  # the clause's own words around a description are not the speaker's
            "Theo đại diện Ủy ban nhân dân thành phố nói: “Chúng tôi đã nhận được thông báo”.",
            "đại diện Ủy ban nhân dân thành phố",
        ),
    ],
)
def test_quotes_read_the_speaker_around_parentheses_and_clause_words(
    text: str, speaker: str
) -> None:
    assert [q.speaker for q in quotes_of(text)] == [speaker]


def test_quotes_skip_a_question_put_to_someone() -> None:
    assert quotes_of("Trước câu hỏi “Bị cáo hiểu thế nào về trò chơi này?”, bị cáo im lặng.") == ()


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            ('"Thật khó để tìm kiếm các nạn nhân dưới nước," ông Sommad nói với phóng viên.',),
            "Sommad",
        ),
        (
            ("Sau buổi diễn, Khánh Vy cho biết cô rất xúc động.",
             "“Tôi đã chờ ngày này suốt nhiều năm qua.” Khánh Vy chia sẻ."),
            "Khánh Vy",
        ),
        (
            ('" Clip và chứng cứ tôi đã cung cấp cho cơ quan chức năng … " anh T. nói.',),
            "T.",  # the person named by an initial
        ),
    ],
)  # fmt: skip
def test_quotes_read_a_speaker_after_the_quote_with_no_mark_between(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    (quote,) = quotes_of(*paragraphs)
    assert quote.speaker == speaker


def test_quotes_read_the_speaker_opening_the_next_sentence() -> None:
    (quote,) = quotes_of(
        "“Ngân sách cho giảm nghèo không giảm mà còn tăng lên mỗi năm”. "
        "Bộ trưởng Nguyễn Thị Hà cho biết trong chương trình tối 20-10."
    )
    assert quote.speaker == "Nguyễn Thị Hà"


def test_quotes_ignore_a_next_sentence_that_opens_its_own_clause() -> None:
    quotes = quotes_of(
        "“Ngân sách cho giảm nghèo không giảm mà còn tăng lên mỗi năm”. "
        "Bộ Tài chính cho biết đã chi thêm 5.000 tỷ đồng."
    )
    assert quotes == ()


def test_quotes_ignore_a_negated_cue() -> None:
    quotes = quotes_of(
        "Đêm nhạc mang tên “Mùa thu của em”, với những cảm xúc không thể nói thành lời."
    )
    assert quotes == ()


def test_quotes_give_the_quote_to_the_subject_not_the_object() -> None:
    (quote,) = quotes_of(
        "Nguyễn Văn An đã quay sang chỉ mặt Trần Văn Bình nói: “Anh thay đổi thái độ quá nhanh”."
    )
    assert quote.speaker == "Nguyễn Văn An"


def test_quotes_do_not_read_a_name_closing_a_quote_as_the_role_holder() -> None:
    quotes = quotes_of(
        "“Tôi bị hoảng loạn trước giờ làm lễ”, Britney Spears cho biết.",
        "“Hôn lễ là giấc mơ và tôi yêu Sam Asghari”, ngôi sao nhạc pop cho biết.",
    )
    assert [q.speaker for q in quotes] == ["Britney Spears", "Britney Spears"]


def test_quotes_give_an_uncued_quote_to_a_person_reported_in_the_paragraph_before() -> None:
    (quote,) = quotes_of(
        "Ông Nguyễn Văn Tâm, Giám đốc Sở Y tế, cho biết tình hình đã được kiểm soát.",
        "“Chúng tôi đã triển khai đầy đủ các biện pháp phòng dịch trên địa bàn”.",
    )
    assert quote.speaker == "Nguyễn Văn Tâm"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ông Nguyễn Văn Tâm cho biết, “Chúng tôi sẽ xử lý nghiêm các sai phạm thời gian tới”.",
            "Nguyễn Văn Tâm",
        ),
        (
            "Theo đại diện Sở Y tế, “đơn vị sẽ kiểm tra toàn bộ các cơ sở trong tháng tới”.",
            "Sở Y tế",
        ),
    ],
)
def test_quotes_read_a_speaker_introducing_the_quote_with_a_comma(text: str, speaker: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Chúng tôi sẽ tiếp tục hỗ trợ người dân vùng lũ thời gian tới”. Đó là chia sẻ"
            " của ông Nguyễn Văn Tâm, Chủ tịch UBND xã.",
            "Nguyễn Văn Tâm",
        ),
        (
            "Theo lời kể của chị Trần Thị Lan, “lúc đó nước lên rất nhanh, cả nhà không kịp"
            " chạy”.",
            "Trần Thị Lan",
        ),
        ("“Tôi không biết phải làm sao nữa”, bà Nguyễn Thị Lan nghẹn ngào.", "Nguyễn Thị Lan"),
        ("Ông Nguyễn Văn Tâm, 60 tuổi, cho hay: “Chưa bao giờ tôi thấy lũ lớn như năm nay”.",
         "Nguyễn Văn Tâm"),
    ],
)  # fmt: skip
def test_quotes_read_common_ways_of_naming_the_speaker(text: str, speaker: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker
