"""Speakers, thirty-fifth round (errors read on quotes of the open stream, judged by hand): a
pronoun whose sentence, or the sentence before it, is about someone new; a title the segmenter
glued to the name; an analyst's noun that is no cue; whom an outlet relays; a description
quoted before; a clause set against the one before; a firm's branch after its officer."""

from __future__ import annotations

import pytest
from naming import found
from quoting import speakers_in


def test_a_pronoun_in_a_later_clause_is_the_person_its_sentence_opens_with() -> None:
    assert speakers_in(
        "Ông Tuấn nói: “Thôi anh suy nghĩ ít thôi, mình có sống với dư luận đâu”.",
        "Ông Hùng khẳng định có thể xác minh số tiền này qua số series, ông nói: “Không phải cái "
        "gì chúng tôi cũng biết, có điều chúng tôi luôn biết được những thứ cần biết”.",
    ) == ["Tuấn", "Hùng"]


def test_a_pronoun_after_a_setting_is_not_the_person_the_setting_names() -> None:
    assert (
        speakers_in(
            "Ông Tuấn nói: “Thôi anh suy nghĩ ít thôi, mình có sống với dư luận đâu”.",
            "Khi gặp ông Hùng ở cơ quan, ông nói: “Không phải cái gì chúng tôi cũng biết, có điều "
            "chúng tôi luôn biết được những thứ cần biết”.",
        )[1]
        != "Hùng"
    )


def _loch_ness(fourth: str) -> list[str | None]:
    """The speakers of a page that quotes a professor, brings in a captain, then says
    ``fourth`` before "“...”, ông nói"."""
    return speakers_in(
        "Giáo sư Neil Gemmell đã tới hồ Loch Ness để thu thập mẫu nước.",
        "“Hơn 1.000 người tuyên bố họ đã nhìn thấy một con quái vật”, ông nói với AFP.",
        "Ông Dave Bell, thuyền trưởng du thuyền, cho biết năm ngoái họ ghi nhận 11 trường hợp.",
        fourth,
        "“Tôi thấy khó tin rằng có tới hơn 1.000 người có thể sai”, ông nói.",
    )


def test_a_pronoun_follows_a_sentence_that_goes_on_about_someone_new() -> None:
    said = _loch_ness("Dù bản thân chưa từng thấy con vật, ông vẫn tin có cái gì đó ở dưới hồ.")
    assert said == ["Neil Gemmell", "Dave Bell"]


def test_a_sentence_about_no_one_leaves_the_pronoun_to_the_last_speaker() -> None:
    said = _loch_ness("Mẫu nước sẽ được gửi tới các phòng thí nghiệm ở Australia và Pháp.")
    assert said[1] != "Dave Bell"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đại tá Giang khẳng định có thể xác minh số tiền.", "Giang"),
        ("Tài xế Hùng kể lại sự việc với phóng viên.", "Hùng"),
    ],
)
def test_a_title_the_segmenter_glued_to_the_name_leaves_it_a_name(text: str, name: str) -> None:
    assert (name, "PER") in found(text)


def test_a_contest_title_keeps_its_words() -> None:
    assert not any(kind == "PER" for _, kind in found("Hoa hậu Hoàn vũ Việt Nam 2022 diễn ra."))


def test_an_analyst_is_no_one_analysing() -> None:
    assert speakers_in(
        "“Tổng thống Trump đã hoãn áp thuế bổ sung, song các thị trường vẫn đang rất lo ngại”, "
        "chuyên gia phân tích chiến lược cấp cao Masahiro Ichikawa tại Công ty Sumitomo Mitsui "
        "nhận định."
    ) == ["Masahiro Ichikawa"]


def test_the_person_an_outlet_relays_speaks_not_those_at_the_meeting() -> None:
    assert speakers_in(
        "Hãng thông tấn Reuters trích lời ông Putin trong một cuộc họp với Bộ trưởng Quốc phòng "
        "Sergei Shoigu và Bộ trưởng Ngoại giao Sergei Lavrov tại Điện Kremlin: “Đối tác phía Mỹ "
        "đã tuyên bố ngừng tham gia vào thỏa thuận, chúng ta cũng làm điều tương tự”."
    ) == ["Putin"]


def test_a_description_quoted_before_is_the_same_speaker() -> None:
    said = speakers_in(
        "“Đã có tin trên báo chí nêu nguồn tin từ cơ quan công an không đúng sự thật”, lãnh đạo "
        "khoa phẫu thuật tạo hình cho biết.",
        "Theo vị lãnh đạo này, bác sĩ C. và người nhà bệnh nhân mới trao đổi rất ngắn và bác sĩ "
        "hầu như chưa kịp nói gì đã bị đánh.",
        "“Khoa cũng không cứng nhắc trong việc đóng tiền mới điều trị”, lãnh đạo khoa phẫu "
        "thuật tạo hình nói.",
    )
    assert said == ["lãnh đạo khoa phẫu thuật tạo hình"] * 2


def test_a_clause_set_against_the_one_before_has_its_own_subject() -> None:
    (speaker,) = speakers_in(
        "Thủ tướng Israel Benjamin Netanyahu gọi đây là “chuyến công du lịch sử” của Hoàng tử "
        "William, trong khi Thứ trưởng Ngoại giao Anh phụ trách Trung Đông khẳng định đây là "
        "một “cơ hội quan trọng và độc nhất để thắt chặt quan hệ ngoại giao và văn hóa”."
    )
    assert speaker is not None and speaker.startswith("Thứ trưởng Ngoại giao Anh")


def test_a_pronoun_beyond_a_long_quote_is_the_one_person_named_before_it() -> None:
    opening = [
        "Thảo Nhi Lê được quan tâm hơn sau khi đăng quang Á hậu.",
        *(f"Người đẹp khoe dáng trong bộ ảnh thứ {n} trên trang cá nhân." for n in range(2, 10)),
        "Cô luôn giữ cho mình một suy nghĩ tích cực về chuyện ăn uống.",
    ]
    said = speakers_in(
        *opening,
        "“Ngày xưa tôi từng có ý nghĩ tiêu cực về cơ thể, tôi thấy mình chưa đẹp. Khi đó, tôi "
        "bắt cơ thể thay đổi, nhịn ăn, nhịn uống nhưng càng béo ra. Đến khi tôi thoải mái hơn "
        "thì cơ thể lại đẹp hơn. Đó là kinh nghiệm của tôi”, cô chia sẻ.",
    )
    assert said == ["Thảo Nhi Lê"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chính Manon lên tiếng xác nhận cô “đang trong một mối quan hệ yêu đương với Benzema”.",
        "Trên truyền hình, chính Manon lên tiếng xác nhận cô “đang trong một mối quan hệ yêu "
        "đương với Benzema”.",
    ],
)
def test_a_name_stressed_by_chinh_is_the_name(sentence: str) -> None:
    said = speakers_in("Benzema đã chinh phục nữ diễn viên Manon Marsault.", sentence)
    assert said == ["Manon Marsault"]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Ông Jullian Caillet, Tổng giám đốc Abbott Việt Nam, cho biết sẽ hỗ trợ.", "Abbott"),
        ("Bà Mai Lan, giám đốc Oxfam Việt Nam, nói rõ.", "Oxfam"),
    ],
)
def test_a_word_between_an_officer_and_the_country_is_the_firms_branch(
    text: str, firm: str
) -> None:
    names = found(text)
    assert (firm, "ORG") in names
    assert (firm, "PER") not in names


def test_a_coach_before_a_country_is_still_a_person() -> None:
    assert ("Troussier", "PER") in found("Ông Tom, HLV Troussier Việt Nam cho biết.")


def test_the_officer_of_a_branch_speaks() -> None:
    assert speakers_in(
        "Theo đó, Abbott sẽ tài trợ 500.000 hộp sữa cho trẻ em vùng bão.",
        "Ông Jullian Caillet, Tổng giám đốc Abbott Việt Nam, cho biết: “Thấu hiểu được khó khăn "
        "của những người dân bị ảnh hưởng bởi hai cơn bão, chúng tôi đã quyết định cộng tác”.",
    ) == ["Jullian Caillet"]


def test_a_role_ending_on_the_country_it_is_held_in_is_the_person_quoted_before() -> None:
    assert speakers_in(
        "Trước câu hỏi về trọng tài, ông Nguyễn Văn Sỹ nói: “Tôi nghĩ rất nhiều tình huống đã bị "
        "ảnh hưởng chứ không ít”.",
        "“Trận này, hai đội thi đấu, dấu ấn chuyên môn chưa cao”, cựu HLV U23 Việt Nam nói.",
    ) == ["Nguyễn Văn Sỹ", "Nguyễn Văn Sỹ"]


def test_a_former_post_is_said_of_the_person_the_text_has_speaking() -> None:
    assert speakers_in(
        "Trong ngày ra mắt đội bóng mới, Robert Lewandowski đã tiết lộ về khả năng ra sân.",
        "Phát biểu trong buổi họp báo đầu tiên, cựu tiền đạo CLB Dortmund cho biết: “Trong bóng "
        "đá, điều quan trọng nhất là giành được chiến thắng”.",
    ) == ["Robert Lewandowski"]


def test_a_name_closing_a_role_is_still_the_speaker() -> None:
    (speaker,) = speakers_in(
        "Bộ trưởng an ninh Indonesia Wiranto cho biết: “Chúng tôi đã có sẵn kế hoạch đối phó với "
        "các cuộc biểu tình quy mô lớn”."
    )
    assert speaker is not None and speaker.endswith("Wiranto")


def test_an_office_the_last_speaker_does_not_hold_is_someone_else() -> None:
    said = speakers_in(
        "Tổng thống Palestine Mahmud Abbas nhấn mạnh mong muốn “thắt chặt tình hữu nghị giữa "
        "hai dân tộc thông qua sự kiện lịch sử này”.",
        "Chuyến thăm sẽ kéo dài ba ngày.",
        "“Đây là cơ hội quan trọng và độc nhất để thắt chặt quan hệ ngoại giao”, Thứ trưởng "
        "Ngoại giao Anh phụ trách Trung Đông và Bắc Phi khẳng định.",
    )
    assert said[0] == "Mahmud Abbas"
    assert said[1] is not None and said[1].startswith("Thứ trưởng Ngoại giao Anh")
