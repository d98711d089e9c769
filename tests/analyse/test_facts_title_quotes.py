"""Quotes in titles (speaker from the title or the body, repeats left to the body) and the
round-9 speaker rules: apposition, a pronoun after a name, whose words a colon introduces,
a signature after a dash, scare quotes after a comma, a new quote ending an open one."""

from __future__ import annotations

import pytest
import quoting

from bantin.analyse.facts.quote_shapes import owner_of_words
from bantin.analyse.facts.referents import opens_with_kin
from bantin.analyse.facts.title_quotes import repeats, words_of
from bantin.models import Quote


def quotes_of(title: str | None, *paragraphs: str) -> tuple[Quote, ...]:
    return quoting.quotes_of(*paragraphs, title=title)


def title_quotes(title: str, *paragraphs: str) -> list[Quote]:
    return [q for q in quotes_of(title, *paragraphs) if q.in_title]


_BODY = (
    "Ca sĩ Minh Khôi vừa ra mắt album mới tại Hà Nội.",
    "Trong buổi họp báo, Minh Khôi nói về những dự định sắp tới của mình.",
)


@pytest.mark.parametrize(
    ("title", "text", "cue"),
    [
        (  # speaker, colon, quote
            "Minh Khôi: “Tôi sẽ hát cho khán giả quê nhà”",
            "Tôi sẽ hát cho khán giả quê nhà",
            "",
        ),
        (  # a title before the name and an exclamation after the quote
            'Ca sĩ Minh Khôi: " Tôi chưa bao giờ nghĩ đến chuyện giải nghệ "!',
            "Tôi chưa bao giờ nghĩ đến chuyện giải nghệ",
            "",
        ),
        (  # speaker and cue before the quote
            "Minh Khôi khẳng định “Album này là món quà cho mẹ tôi”",
            "Album này là món quà cho mẹ tôi",
            "khẳng định",
        ),
        (  # the quote first, the speaker after a dash
            "“Tôi muốn làm nhạc cho người trẻ” - Minh Khôi chia sẻ",
            "Tôi muốn làm nhạc cho người trẻ",
            "chia sẻ",
        ),
    ],
)
def test_title_quotes_take_the_speaker_the_title_names(title: str, text: str, cue: str) -> None:
    found = title_quotes(title, *_BODY)
    assert [(q.text, q.speaker, q.cue, q.sentence) for q in found] == [(text, "Minh Khôi", cue, -1)]


def test_title_quotes_take_the_speaker_of_the_body_quote_in_the_same_words() -> None:
    # the title names two people and no speaker; the body quotes one of them in its words
    found = title_quotes(
        "Xôn xao ảnh Hoàng Nam ôm Thu Hà: “Ảnh bị cắt ghép từ buổi tập, em thấy rất buồn”",
        "Chiều 27/6, diễn viên Thu Hà cho biết: “Khi nhìn thấy ảnh bị cắt ghép từ buổi tập "
        "của đoàn phim, em thấy rất buồn.”",
        "Trước đó, Hoàng Nam không trả lời báo chí.",
    )
    assert [q.speaker for q in found] == ["Thu Hà"]


def test_title_quotes_take_the_person_the_body_gives_the_title_role() -> None:
    found = title_quotes(
        "Bí thư Thành ủy Hà Nội: “Vụ việc này mang tính cá biệt”",
        "Phóng viên phỏng vấn ông Phạm Quang Minh, Bí thư Thành ủy Hà Nội, về vụ việc.",
        "Công an Hà Nội đã vào cuộc điều tra.",
    )
    assert [q.speaker for q in found] == ["Phạm Quang Minh"]


def test_title_quotes_take_a_name_the_title_writes_as_the_body_does() -> None:
    # however the entity rules read the name, the title writes it as the body does
    found = title_quotes(
        "Bị tố sống ảo, Hồ Ngọc Hà lên tiếng: “Tôi sống thật, yêu thật, làm việc thật”",
        "Cách đây vài ngày, Hồ Ngọc Hà đăng ảnh đeo nhẫn kim cương.",
    )
    assert [(q.speaker, q.cue) for q in found] == [("Hồ Ngọc Hà", "lên tiếng")]


def test_title_quotes_leave_a_repeated_quote_to_the_body() -> None:
    quotes = quotes_of(
        "Minh Khôi: “Tôi sẽ hát cho khán giả quê nhà”",
        "Ca sĩ Minh Khôi vừa ra mắt album mới.",
        "Minh Khôi nói: “Năm nay, tôi sẽ hát cho khán giả quê nhà, ở Nghệ An.”",
    )
    assert [(q.in_title, q.sentence) for q in quotes] == [(False, 1)]


def test_title_quotes_pass_over_a_named_person_for_the_relative_who_speaks() -> None:
    # "Mẹ Á hậu ...: “...”": not the person named; with nothing else to go on, no quote
    found = title_quotes(
        "Mẹ ca sĩ Minh Khôi: “Tôi vẫn chưa tin chuyện đã xảy ra”",
        *_BODY,
    )
    assert found == []


@pytest.mark.parametrize(
    "title",
    [
        "Cặp sao phim “Người phán xử tương lai” lên tiếng về tin hẹn hò",  # a film's name
        "“Kẻ khóc người cười” trong vụ đánh bạc ở Hà Nội",  # a phrase of the headline
        "Minh Khôi bị “tố” sống ảo trên mạng xã hội",  # scare quotes
        "Tập 4 “Tôi là Hoa hậu Việt Nam 2017”: thí sinh mất điểm",  # a show's name
        "Vụ cháy chung cư: “Chúng tôi chạy ra hành lang thì khói đã dày đặc”",  # no speaker
    ],
)
def test_title_quotes_skip_what_is_no_speech_or_has_no_speaker(title: str) -> None:
    assert title_quotes(title, *_BODY) == []


def test_title_quotes_need_no_title() -> None:
    assert quotes_of(None, *_BODY) == ()


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("Tôi sẽ hát", "Năm nay, tôi sẽ hát cho khán giả.", True),
        ("Tôi mừng muốn khóc", "Tôi mừng lắm, mừng phát khóc", False),
        ("", "Tôi sẽ hát", False),
    ],
)
def test_repeats_compares_words_not_punctuation(short: str, long: str, expected: bool) -> None:
    assert repeats(words_of(short), words_of(long)) is expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("Mẹ Á hậu tử nạn", True), ("Bố cháu bé tử vong", True), ("Ca sĩ Minh Khôi", False)],
)
def test_opens_with_kin_tells_a_relative_speaking(phrase: str, expected: bool) -> None:
    assert opens_with_kin(phrase) is expected


def test_owner_of_words_reads_whose_words_a_colon_introduces() -> None:
    assert owner_of_words("nhiều câu hỏi về phát ngôn ồn ào của ca sĩ Lan Hương") == (
        "ca sĩ Lan Hương"
    )
    assert owner_of_words("Minh Khôi nhận được nhiều câu hỏi") is None


@pytest.mark.parametrize(
    ("paragraphs", "start", "speaker"),
    [
        (  # a person in apposition to a role naming someone else: the person speaks
            (
                "“Việc tạm ngưng giao dịch căn hộ là không có cơ sở pháp lý”, ông Lê Văn Châu, "
                "trợ lý của Bộ trưởng Trần Quang Minh, nhận định.",
            ),
            "Việc tạm ngưng",
            "Lê Văn Châu",
        ),
        (  # a pronoun right after the person the clause names, whoever was quoted last
            (
                "Đạo diễn Trần Văn Dũng nói: “Đây là chuyện cá nhân, các bạn đừng hỏi thêm.”",
                "Liên lạc với Nguyễn Thu Hà, cô cho hay: “Chúng tôi không có mâu thuẫn gì cả.”",
            ),
            "Chúng tôi không có",
            "Nguyễn Thu Hà",
        ),
        (  # whose words the clause before a colon names
            (
                "Ca sĩ Minh Khôi nhận nhiều câu hỏi về phát ngôn của ca sĩ Lan Hương: “Nhạc của "
                "Minh Khôi nổi tiếng thì nhạc Việt như cái chợ”.",
            ),
            "Nhạc của Minh Khôi",
            "Lan Hương",
        ),
        (  # a person signing the quote after a dash, no cue
            (
                "Ông Phạm Văn Sinh góp ý về triển lãm.",
                "“Tôi cho rằng triển lãm này không nhân văn chút nào” - Họa sĩ Phạm Văn Sinh "
                "thẳng thắn.",
            ),
            "Tôi cho rằng",
            "Phạm Văn Sinh",
        ),
        (  # a thousands group does not end the speaker's phrase
            (
                "“Tôi yêu cầu đưa tên ông ấy vào danh sách ứng cử”, bản kiến nghị với hơn "
                "4.000 người ký tên nêu rõ.",
            ),
            "Tôi yêu cầu",
            "bản kiến nghị",
        ),
    ],
)
def test_quotes_resolve_round9_speakers(
    paragraphs: tuple[str, ...], start: str, speaker: str
) -> None:
    quotes = quotes_of(None, *paragraphs)
    said = next(q.speaker for q in quotes if q.text.startswith(start))
    assert said is not None and speaker in said


def test_quotes_pair_around_straight_scare_quotes_after_a_comma() -> None:
    quotes = quotes_of(
        None,
        'Trước đó, ông Trần Văn Dũng viết một dòng trạng thái bức xúc, " dằn mặt " một diễn '
        'viên trẻ: " Mới những bước chân đầu tiên đã tưởng mình là sao ".',
    )
    assert [q.text[:9] for q in quotes] == ["Mới những"]


def test_quotes_end_an_open_quote_where_a_line_opens_a_new_one() -> None:
    quotes = quotes_of(
        None,
        'Ông Phạm Văn Sinh cho biết thêm: " Theo văn hóa ở cả phương Tây và phương Đông, ai '
        "cũng phải tôn trọng cơ thể người.",
        "Việc lấy xác người thật ra để phô diễn, tôi thấy không ổn.",
        '" Tôi cho rằng, ở triển lãm này, nói về góc độ xã hội thì không nhân văn " - Họa sĩ '
        "Phạm Văn Sinh thẳng thắn.",
    )
    assert [(q.text[:12], q.speaker) for q in quotes] == [
        ("Theo văn hóa", "Phạm Văn Sinh"),
        ("Tôi cho rằng", "Phạm Văn Sinh"),
    ]


def test_quotes_find_a_pronoun_closing_a_long_quote_from_where_the_quote_opened() -> None:
    quotes = quotes_of(
        None,
        "Ông Trần Văn Dũng đang chờ đón con gái về nước.",
        "“Chúng tôi còn đợi thủ tục từ phía bạn. Họ nói sẽ đưa cháu về vào ngày 2/11. Mọi "
        "việc đã chuẩn bị xong cả rồi. Người nhà giúp đỡ gia đình rất nhiều”, ông cho biết.",
    )
    assert [q.speaker for q in quotes] == ["Trần Văn Dũng"]


def test_quotes_give_a_pronoun_no_one_was_found_for_to_the_person_the_title_quotes() -> None:
    # two singers named paragraphs back: the pronoun alone stands for neither
    paragraphs = (
        "Ca sĩ Thu Minh Hà và ca sĩ Mỹ Tâm vừa trở về từ Mỹ.",
        "Tuần trước, một bức ảnh đeo nhẫn kim cương được đăng lên mạng.",
        "Bức ảnh thu hút nhiều sự chú ý.",
        "Nhiều tài khoản bình luận về chiếc nhẫn.",
        "Sáng nay, trên trang cá nhân, cô viết: “Nhiều người chưa hiểu chuyện gì đã tự đăng "
        "lên, tự bình luận.”",
    )
    untitled = quotes_of(None, *paragraphs)
    titled = quotes_of("Thu Minh Hà: “Tôi sống thật, yêu thật, làm việc thật”", *paragraphs)
    assert [q.speaker for q in untitled] == ["cô"]
    assert [(q.in_title, q.speaker) for q in titled] == [
        (True, "Thu Minh Hà"),
        (False, "Thu Minh Hà"),
    ]


def test_quotes_do_not_take_a_name_in_the_setting_before_a_pronoun() -> None:
    # "Trong thư gửi ... X, ông viết": X names where he wrote, not who writes
    quotes = quotes_of(
        None,
        "Đại tướng Võ Văn Tân là người đồng hành với chương trình từ đầu.",
        "Trong thư gửi nhạc sĩ Nguyễn Minh Khang, ông viết: “Chương trình này khơi dậy tinh "
        "thần của thanh niên hôm nay.”",
    )
    assert [q.speaker for q in quotes] == ["Võ Văn Tân"]


def test_quotes_keep_the_person_the_sentences_before_a_pronoun_name() -> None:
    # the sentences before the pronoun name someone: no need to look back from the quote
    quotes = quotes_of(
        None,
        "Diễn viên Lê Thu Trang từng lập tài khoản riêng để đăng ảnh các con.",
        "Tháng 7/2021, người mẫu Gigi Hoàng chia sẻ một bức thư lên trang cá nhân.",
        "Nữ người mẫu cho biết cô cố gắng nhất có thể.",
        "“Tôi chưa bao giờ có ý định giới thiệu khuôn mặt con gái mình. Mong muốn của tôi là "
        "con bé được tự chọn”, cô giải thích.",
    )
    assert [q.speaker for q in quotes] == ["Gigi Hoàng"]
