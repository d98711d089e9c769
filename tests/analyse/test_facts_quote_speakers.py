"""Quote speakers: relatives, given names, pronouns by sex, adverbs, and what is not speech."""

from __future__ import annotations

import pytest
from quoting import quotes_of

from bantin.analyse.facts.referents import full_name, related, without_manner
from bantin.models import Mention, Quote


def speaker_of(quotes: tuple[Quote, ...], start: str) -> str | None:
    return next(q.speaker for q in quotes if q.text.startswith(start))


@pytest.mark.parametrize(
    ("phrase", "name", "expected"),
    [
        ("mẹ bé Minh An", "Minh An", True),
        ("vợ diễn viên Quốc Bảo", "Quốc Bảo", True),
        ("Một người bạn thân thiết của Minh Khôi", "Minh Khôi", True),
        ("Bạn Hoàng Lan", "Hoàng Lan", False),
        ("Theo lời kể của chị Lan", "Lan", False),
        ("Thiếu tướng Nguyễn Văn Tư", "Nguyễn Văn Tư", False),
    ],
)
def test_related_tells_a_relative_from_the_person_named(
    phrase: str, name: str, expected: bool
) -> None:
    assert related(phrase, name) is expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("anh còn", "anh"), ("nhân vật này thẳng thừng", "nhân vật này"), ("ông Tư", "ông Tư")],
)
def test_without_manner_drops_adverbs_before_the_cue(phrase: str, expected: str) -> None:
    assert without_manner(phrase) == expected


def test_full_name_finds_the_person_a_title_and_given_name_stand_for() -> None:
    named = Mention(text="Nguyễn Văn Tư", type="PER", sentence=0)
    assert full_name("ông Tư", 2, [named]) == "Nguyễn Văn Tư"
    assert full_name("ông Tư", 2, []) is None
    assert full_name("Thủ tướng", 2, [named]) is None


@pytest.mark.parametrize(
    ("paragraphs", "start", "speaker"),
    [
        (  # a title and the given name: the person named in full before
            (
                "Thiếu tướng Nguyễn Văn Tư, Giám đốc Công an tỉnh Bình Lâm, xác nhận vụ việc.",
                "“Chúng tôi đang làm rõ trách nhiệm của từng người”, ông Tư thông tin thêm.",
            ),
            "Chúng tôi",
            "Nguyễn Văn Tư",
        ),
        (  # a role set off by a dash and holding a comma
            (
                "Ông Trần Văn Bình – Bí thư thị trấn Hòa An, huyện Phú Lộc cho biết: “Chúng tôi"
                " đã có mặt bảo vệ hiện trường ngay sau đó”.",
            ),
            "Chúng tôi",
            "Trần Văn Bình",
        ),
        (  # adverbs between a pronoun and its cue
            (
                "Ca sĩ Minh Thu vừa ra mắt album mới.",
                "Thậm chí, cô còn chia sẻ: “Tôi muốn hát cho khán giả nghe thử bài này”.",
            ),
            "Tôi muốn",
            "Minh Thu",
        ),
        (  # a cue used as a noun ("dòng bình luận") does not name the speaker
            (
                "Ca sĩ Vũ Hà còn chia sẻ đoạn phim ca sĩ Trần Tùng Dương hát với dòng bình"
                " luận: “Ôi giọng hát quanh co như đang leo đèo”.",
            ),
            "Ôi giọng",
            "Vũ Hà",
        ),
        (  # "ông" does not stand for the woman just quoted but for the man named before
            (
                "“Các đại sứ đều có quyền bày tỏ quan điểm cá nhân”, bà Lê Thị Hà nói.",
                "Trước đó ông Phạm Minh Quân đã trả lời phỏng vấn một tờ báo.",
                "Ông nói: “Tôi dĩ nhiên muốn thúc đẩy quan hệ hai nước”.",
            ),
            "Tôi dĩ nhiên",
            "Phạm Minh Quân",
        ),
        (  # a colon and no cue: the subject the clause opens with
            (
                "Trước mặt mọi người, Trần Thị Linh không ngại dằn mặt Hoàng Văn Vũ: “Mày"
                " đóng giả nạn nhân cứ như thật ấy”.",
            ),
            "Mày đóng",
            "Trần Thị Linh",
        ),
    ],
)
def test_quotes_resolve_the_speaker_the_words_refer_to(
    paragraphs: tuple[str, ...], start: str, speaker: str
) -> None:
    assert speaker_of(quotes_of(*paragraphs), start) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "start", "speaker_opens"),
    [
        (  # a relative speaks: the relative, not the child named after "mẹ bé"
            (
                "Bé Trần Minh An mất tích từ chiều 19/7.",
                "“Từ khi con mất tích, không ngày nào chúng tôi không nhớ thương con”, mẹ bé"
                " Minh An nói.",
            ),
            "Từ khi",
            "mẹ",
        ),
        (  # a friend speaks his own words
            (
                "Một người bạn thân thiết của Minh Khôi chia sẻ: “Thật may mắn, anh ấy đã sớm"
                " trở về quê hương”.",
            ),
            "Thật may",
            "người bạn thân thiết",
        ),
    ],
)
def test_quotes_give_the_words_of_a_relative_or_friend_to_them(
    paragraphs: tuple[str, ...], start: str, speaker_opens: str
) -> None:
    speaker = speaker_of(quotes_of(*paragraphs), start)
    assert speaker is not None and speaker.startswith(speaker_opens)


def test_quotes_read_a_curly_quote_inside_a_straight_one_as_part_of_it() -> None:
    quotes = quotes_of(
        'Ông Lâm Văn Sơn cho biết: " Người này còn hỏi mọi người “ có ai thấy con chó không ”.'
        ' Sau đó anh ta bỏ đi về phía cầu ".'
    )
    assert [q.text[:14] for q in quotes] == ["Người này còn "]
    assert quotes[0].speaker == "Lâm Văn Sơn"


@pytest.mark.parametrize(
    "text",
    [
        "Hoa hậu Lê Mai chia sẻ dòng chữ: “Soon”.",  # one word is a term
        "Theo TTXVN, cơ quan chức năng điều tra vụ việc tại nhóm trẻ “Hoa Mặt Trời Nhỏ”.",
        "Khi được hỏi: “Anh có định kết hôn trong năm nay không?”, nam ca sĩ chỉ cười.",
    ],
)
def test_quotes_skip_terms_names_and_questions_put(text: str) -> None:
    assert quotes_of(text) == ()


def test_a_role_in_another_organisation_is_not_the_person_just_quoted() -> None:
    quotes = quotes_of(
        "Chủ tịch Ủy ban ECOWAS Omar Alieu Touray nêu rõ: “Vẫn chưa quá muộn để xem xét lại”.",
        "Tuy nhiên, người phát ngôn Bộ Ngoại giao Mỹ cho biết: “Không có yêu cầu nào như vậy”.",
    )
    assert speaker_of(quotes, "Vẫn chưa") == "Omar Alieu Touray"
    assert speaker_of(quotes, "Không có") == "người phát ngôn Bộ Ngoại giao Mỹ"


def test_a_role_in_the_same_organisation_is_the_person_just_quoted() -> None:
    quotes = quotes_of(
        "Chủ tịch Ủy ban ECOWAS Omar Alieu Touray nêu rõ: “Vẫn chưa quá muộn để xem xét lại”.",
        "Chủ tịch ECOWAS cho biết thêm: “Khu vực sẽ không chấp nhận đảo chính”.",
    )
    assert speaker_of(quotes, "Khu vực") == "Omar Alieu Touray"


def test_a_role_repeating_an_unnamed_persons_description_is_that_person() -> None:
    quotes = quotes_of(
        "Một quan chức cấp cao của Bộ Ngoại giao nói: “Chúng tôi đã đồng ý rút quân khỏi đây”.",
        "Cuộc họp diễn ra giữa Thứ trưởng Ngoại giao Kurt Campbell và Thủ tướng Ali Lamine Zein.",
        "Quan chức Bộ Ngoại giao cho biết: “Họ không muốn phá hủy mối quan hệ giữa hai nước”.",
    )
    assert speaker_of(quotes, "Họ không") == "quan chức cấp cao của Bộ Ngoại giao"


def test_an_unnamed_speaker_is_shown_without_the_mot_that_brought_them_in() -> None:
    quotes = quotes_of(
        "Một quan chức cấp cao của Bộ Ngoại giao nói: “Chúng tôi đã đồng ý rút quân khỏi đây”.",
        "Quan chức Bộ Ngoại giao cho biết: “Họ không muốn phá hủy mối quan hệ giữa hai nước”.",
    )
    assert {q.speaker for q in quotes} == {"quan chức cấp cao của Bộ Ngoại giao"}


def test_mot_counting_people_stays_in_the_speaker() -> None:
    quotes = quotes_of("Một số chuyên gia nhận định: “Giá vàng sẽ còn tăng mạnh trong năm nay”.")
    assert speaker_of(quotes, "Giá vàng") == "Một số chuyên gia"


def test_a_description_with_nay_is_the_holder_mentioned_last_not_the_one_quoted_last() -> None:
    quotes = quotes_of(
        "Quan chức cấp cao của Bộ Ngoại giao cho biết: “Chúng tôi đã đồng ý đàm phán rút quân”.",
        "“Họ không quan tâm đến sự hiện diện quân sự từ Nga”, quan chức Bộ Ngoại giao Mỹ nói.",
        "Quan chức cấp cao của Bộ Ngoại giao bày tỏ hy vọng quan hệ sẽ hồi sinh. Quan chức này "
        "cho biết: “Thủ tướng nhiều lần nhấn mạnh mối quan hệ đối tác lịch sử”.",
    )
    assert speaker_of(quotes, "Họ không") == "quan chức Bộ Ngoại giao Mỹ"
    speaker = speaker_of(quotes, "Thủ tướng")
    assert speaker is not None and speaker.lower() == "quan chức cấp cao của bộ ngoại giao"


def test_a_description_with_nay_after_the_speaker_just_quoted_stays_theirs() -> None:
    quotes = quotes_of(
        "Quan chức cấp cao của Bộ Ngoại giao cho biết: “Chúng tôi đã đồng ý đàm phán rút quân”.",
        "“Họ không quan tâm đến sự hiện diện quân sự từ Nga”, quan chức Bộ Ngoại giao Mỹ nói.",
        "Quan chức này cho biết thêm: “Thủ tướng nhiều lần nhấn mạnh mối quan hệ đối tác”.",
    )
    assert speaker_of(quotes, "Thủ tướng") == "quan chức Bộ Ngoại giao Mỹ"


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause a connective opens names no one: the quoted words are not speech
        'FBI khám Mar-a-Lago khi ông Trump rời Nhà Trắng, và sau khi hỏi "một số đáng kể"'
        " các nhân chứng.",
        "Về phần mình, “SI” - viết tắt của cụm từ “tình báo đặc biệt” - liên quan tới thông"
        " tin chặn bắt được.",
    ],
)
def test_a_connective_clause_or_a_quoted_phrase_is_no_speaker(sentence: str) -> None:
    assert quotes_of(sentence) == ()


def test_a_group_as_subject_speaks_not_the_person_quoted_before() -> None:
    quotes = quotes_of(
        "Ông Phan Đăng Long nói: “Chúng tôi chưa nhận được đề xuất nào của thành phố cả”.",
        "Hà Nội còn nghiên cứu, trong khi các nhà khoa học lại khẳng định: “Tất cả gần như"
        " đã xong chỉ chờ Hà Nội quyết”.",
    )
    assert speaker_of(quotes, "Chúng tôi") == "Phan Đăng Long"
    assert speaker_of(quotes, "Tất cả") == "các nhà khoa học"
