"""Speakers and names read on the open stream in the forty-seventh round.

Speakers: a role said again finds its holder however the body is written ("Bộ trưởng GD-ĐT"
after "Bộ trưởng Bộ Giáo dục và đào tạo Phùng Xuân Nhạ", "Chủ tịch UBND tỉnh" after "Chủ tịch Ủy
ban nhân dân tỉnh", "Bộ trưởng Y tế" after "Bộ trưởng Bộ Y tế"); "vị này" after a sentence
naming no one whose clause opens on a person noun ("lãnh đạo công ty ... cho biết") is that
description, in a sentence naming someone the person named (and "ông này" after "một công dân
nước ngoài ..." that citizen); the subject of the clause "khi" opens ("... sau khi Nga cho
biết"); a body named before its description and its place set off ("Bao Gang United Steel, Công
ty thép có trụ sở tại ..., Bắc Trung Quốc, cho biết"); "tổ chức này" after a body whose English
name says it is one ("Hinrich Foundation"), and a body's head alone, capitalised ("Ủy ban đề
nghị"), after the body it heads; "hoặc như Nick đã nói"; where the words were said is no part of
who said them ("Công ty HNA trong một thông báo ngày 4-7 cho biết"); "“...”, đồng thời kêu gọi"
is whoever opened the sentence.
Names: Vietnamese groups the gazetteer now knows (MobiFone, Eximbank, OceanBank, Sabeco, Bảo
Việt, Vinaconex ...) are organisations, not people ("2 lãnh đạo Mobifone"), and a place after
one is where its branch is ("Eximbank Đô Lương", "Bảo Việt Đà Nẵng"); a group's name opening a
firm's goes on with the foreign words that name the firm ("Công ty CP đầu tư Sabeco Pearl",
"Công ty TNHH Samsung Electronics Việt Nam", "Công ty TNHH đầu tư Sabeco HP"), and the firm's
bare name is an organisation in the article that named it so (a brand's word elsewhere stays its
product: "xe Toyota Vios"); a state firm's board (HĐTV) is part of its chair's title; a common
word written with Vietnamese marks opening a sentence opens no foreign name after it ("Việc
Psy", "Bão Irma", "Cả John"), a surname, a compass word or a word any language writes may ("Kim
Jong Un", "Đông Ghouta", "The Nation"); nor does "Dù" ("Dù Hóc Môn"); a model named by its
number after the kind of craft it is ("máy bay 737 MAX 8", not "822 CV", "100 USD"); lower-case
words before a short name in brackets end the organisation's name ("Hội Bảo vệ quyền lợi người
tiêu dùng (Vinastas)"), and the short name stands for it ("Pemex"); a title keeps how senior its
holder is ("Cố vấn cấp cao Jared Kushner"), and "nghiên cứu viên" is one ("Nghiên cứu viên cấp
cao Mark J. Valencia thuộc Viện ..." had been an organisation)."""

from __future__ import annotations

import pytest
from naming import found, mentions_of
from quoting import speakers_in


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        pytest.param(
            (
                "Bộ trưởng Bộ Giáo dục và đào tạo Phùng Xuân Nhạ nói gì về việc này?",
                "Trả lời chất vấn này, bộ trưởng Phùng Xuân Nhạ nhận định đây là vấn đề được"
                " nhiều cử tri quan tâm.",
                "Bộ trưởng GD-ĐT cũng chia sẻ suy nghĩ của mình về việc cho con em ra nước ngoài"
                " học: “Ngoài vấn đề kinh tế còn vấn đề văn hóa”.",
            ),
            "Phùng Xuân Nhạ",
            id="role_with_the_body_abbreviated",
        ),
        pytest.param(
            (
                "Ông Nguyễn Văn Tú, Chủ tịch Ủy ban nhân dân tỉnh Bình Định, đã đến hiện trường.",
                "Chủ tịch UBND tỉnh Bình Định nói: “Chúng tôi sẽ hỗ trợ tối đa cho người dân”.",
            ),
            "Nguyễn Văn Tú",
            id="role_with_the_body_spelled_out_before",
        ),
        pytest.param(
            (
                "Ông Nguyễn Thanh Long, Bộ trưởng Bộ Y tế, đã đến thăm bệnh viện.",
                "“Chúng tôi sẽ làm hết sức”, Bộ trưởng Y tế nói.",
            ),
            "Nguyễn Thanh Long",
            id="ministers_title_without_the_ministrys_head",
        ),
        pytest.param(
            (
                "Chiều 17-12, trao đổi với Tuổi Trẻ Online, lãnh đạo công ty CP xây dựng và khai"
                " thác vật liệu xây dựng Miền Trung cho biết đã đình chỉ công việc của chỉ huy"
                " công trường.",
                "Vị lãnh đạo này cho biết đã chỉ đạo cấp dưới làm rõ phương án an toàn.",
                "“Hiện công ty đang khẩn trương làm các phương án an toàn”, vị này nói.",
            ),
            "lãnh đạo công ty CP xây dựng và khai thác vật liệu xây dựng Miền Trung",
            id="description_without_mot_naming_no_one",
        ),
        pytest.param(
            (
                "Bên cạnh đó, chuyên gia về Triều Tiên Artyom Lukin từ đại học Viễn Đông cho hay,"
                " Bắc Kinh và Moscow hội tụ nhiều lợi ích chiến lược.",
                "“Nga và Trung Quốc đều quan tâm đến sự tồn tại của Triều Tiên”, ông này đánh giá.",
            ),
            "Artyom Lukin",
            id="description_naming_someone",
        ),
        pytest.param(
            (
                "Nguy cơ xung đột leo thang sau khi Nga cho biết sẽ “bắn rơi mọi tên lửa Mỹ bay"
                " đến”.",
            ),
            "Nga",
            id="subject_of_the_clause_khi_opens",
        ),
        pytest.param(
            (
                "Tuy nhiên Bao Gang United Steel, Công ty thép có trụ sở tại Khu tự trị Nội Mông,"
                " Bắc Trung Quốc, cho biết: “Thông tin về trữ lượng đất hiếm là một sự mâu"
                " thuẫn”.",
            ),
            "Bao Gang United Steel",
            id="body_named_before_its_description_and_place",
        ),
        pytest.param(
            (
                "“Mọi người bắt đầu thảo luận về sự phụ thuộc vào Trung Quốc”, báo cáo của Hinrich"
                " Foundation viết.",
                "“Những gián đoạn mới đây đã khiến nhiều quốc gia đánh giá lại rủi ro”, tổ chức"
                " này nhận định.",
            ),
            "Hinrich Foundation",
            id="body_whose_english_name_says_its_kind",
        ),
        pytest.param(
            (
                "Trong một email được Bangkok Post trích đăng, một công dân nước ngoài đang có mặt"
                " ở Pakse mô tả hiện trường vụ tai nạn.",
                "“Ngôi chùa ở trước nhà tôi trở thành một trung tâm cấp cứu”, ông này cho hay.",
            ),
            "công dân nước ngoài",
            id="citizen_brought_in_without_a_name",
        ),
        pytest.param(
            (
                "Chiến dịch thể hiện tinh thần “lá lành đùm lá rách”, hoặc như Nick đã nói “Người"
                " Việt Nam hãy giúp đỡ người Việt Nam”, nhằm cổ súy những cuộc hành trình.",
            ),
            "Nick",
            id="as_someone_said",
        ),
        pytest.param(
            (
                "Ủy ban dự thảo sửa đổi Hiến pháp đề nghị: “Giữ nguyên như dự thảo”.",
                "Về thu hồi đất, nhiều ý kiến đề nghị quy định chặt chẽ.",
                "Do đó, Ủy ban đề nghị Quốc hội cho phép chỉnh lý khoản 3 như sau: “Nhà nước thu"
                " hồi đất trong trường hợp thật cần thiết”.",
            ),
            "Ủy ban dự thảo sửa đổi Hiến pháp",
            id="bodys_head_alone",
        ),
        pytest.param(
            (
                "Công ty HNA trong một thông báo ngày 4-7 cho biết: “Chúng tôi cùng thương tiếc"
                " với sự mất mát của một lãnh đạo tài năng”.",
            ),
            "Công ty HNA",
            id="where_the_words_were_said",
        ),
        pytest.param(
            (
                "Bộ Ngoại giao Iraq hối thúc “một giải pháp chính trị đáp ứng được mong muốn của"
                " người dân Syria”, đồng thời kêu gọi Liên đoàn Ả Rập “thông qua một lập trường"
                " rõ ràng”.",
            ),
            "Bộ Ngoại giao Iraq",
            id="carrying_on_after_the_quote",
        ),
    ],
)
def test_who_speaks(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert speakers_in(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        pytest.param(
            (
                "Bị can khai đã hối lộ 2 lãnh đạo Mobifone là Cao Duy Hải, Lê Nam Trà số tiền"
                " hàng triệu USD.",
            ),
            ("Mobifone", "ORG"),
            id="group_known_to_the_gazetteer",
        ),
        pytest.param(
            ("Vụ 50 tỉ đồng bốc hơi tại Eximbank Đô Lương, Nghệ An đã được đưa ra xét xử.",),
            ("Eximbank", "ORG"),
            id="bank_before_its_branch",
        ),
        pytest.param(
            ("Vụ 50 tỉ đồng bốc hơi tại Eximbank Đô Lương, Nghệ An đã được đưa ra xét xử.",),
            ("Đô Lương", "LOC"),
            id="branch_place_after_a_bank",
        ),
        pytest.param(
            ("Ông Lê Kim Thái - giám đốc Bảo Việt Đà Nẵng có 10 người thân làm chung đơn vị.",),
            ("Bảo Việt", "ORG"),
            id="insurer_before_its_branch",
        ),
        pytest.param(
            ("Ông Tín cho phép Công ty CP đầu tư Sabeco Pearl làm chủ đầu tư dự án.",),
            ("Công ty CP đầu tư Sabeco Pearl", "ORG"),
            id="groups_firm_after_its_trade",
        ),
        pytest.param(
            ("Giám đốc Công ty TNHH Samsung Electronics Việt Nam cho biết như vậy.",),
            ("Công ty TNHH Samsung Electronics Việt Nam", "ORG"),
            id="groups_firm_with_a_company_word",
        ),
        pytest.param(
            ("Ông Tuấn - phó tổng giám đốc Công ty TNHH đầu tư Sabeco HP - cho rằng như vậy.",),
            ("Công ty TNHH đầu tư Sabeco HP", "ORG"),
            id="groups_firm_with_letters",
        ),
        pytest.param(
            (
                "Sabeco thoái vốn khỏi Công ty CP đầu tư Sabeco Pearl.",
                "Sau đó Sabeco Pearl được giao khu đất không qua đấu giá.",
            ),
            ("Sabeco Pearl", "ORG"),
            id="firms_bare_name_where_the_article_named_the_firm",
        ),
        pytest.param(
            ("Ông mua chiếc xe Toyota Vios từ năm ngoái.",),
            ("Toyota Vios", "MISC"),
            id="brands_word_elsewhere_a_product",
        ),
        pytest.param(
            ("Do số lượng máy bay 737 MAX 8 đang khai thác hiện chỉ chiếm một phần nhỏ.",),
            ("737 MAX 8", "MISC"),
            id="model_named_by_its_number",
        ),
        pytest.param(
            ("Hội Bảo vệ quyền lợi người tiêu dùng (Vinastas) cho biết giá đã tăng.",),
            ("Hội Bảo vệ quyền lợi người tiêu dùng", "ORG"),
            id="lower_case_words_before_a_bracketed_short_name",
        ),
        pytest.param(
            ("Kim Jong Un đã triệu tập một cuộc họp khẩn.",),
            ("Kim Jong Un", "PER"),
            id="surname_before_a_foreign_name",
        ),
        pytest.param(
            ("The Nation ngày 19-5 dẫn lời bác sĩ Sukhum cho biết như vậy.",),
            ("The Nation", "ORG"),
            id="english_article_opening_a_name",
        ),
    ],
)
def test_names_read(paragraphs: tuple[str, ...], name: tuple[str, str]) -> None:
    assert name in found(*paragraphs)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Việc Psy xuất hiện tại lễ hội khiến khán giả bất ngờ.", id="viec"),
        pytest.param("Bão Irma dự kiến sẽ gây thiệt hại hàng tỉ USD cho bang Florida.", id="bao"),
        pytest.param(
            "Cả John và David đều bất ngờ khi cha của họ trở thành nhân vật chính.", id="ca"
        ),
        pytest.param("Dù Hóc Môn không phải là địa phương tham gia thử nghiệm.", id="du"),
    ],
)
def test_a_word_opening_a_sentence_is_no_part_of_the_name_after_it(sentence: str) -> None:
    opener = sentence.split()[0]
    assert not any(text.startswith(opener) for text, _ in found(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Tàu cá có công suất 822 CV, hành nghề lưới vây.", id="horsepower"),
        pytest.param("Giá vé máy bay 100 USD mỗi chiều.", id="currency"),
        pytest.param("Bị can bị truy tố theo điều 318 BLHS 2015.", id="law"),
    ],
)
def test_a_number_before_a_unit_or_a_code_is_no_model(sentence: str) -> None:
    assert not any(type_ == "MISC" and text[:1].isdigit() for text, type_ in found(sentence))


def test_a_short_name_in_brackets_stands_for_the_organisation() -> None:
    mentions = mentions_of(
        "Vụ nổ đường ống của Tập đoàn dầu khí quốc gia (Pemex) làm 73 người chết.",
        "Hơn 4.000 binh sĩ đang giám sát các đường ống của Pemex.",
        "Giám đốc Tập đoàn Pemex, ông Octavio Oropeza, cho biết nạn trộm cắp gây thiệt hại lớn.",
    )
    assert {m.canonical for m in mentions if m.text == "Pemex"} == {"Tập đoàn dầu khí quốc gia"}


@pytest.mark.parametrize(
    ("sentence", "titled"),
    [
        pytest.param(
            "Nghiên cứu viên cấp cao Mark J. Valencia thuộc Viện nghiên cứu Biển Đông viết.",
            ("Mark J. Valencia", "PER", "Nghiên cứu viên cấp cao"),
            id="researcher",
        ),
        pytest.param(
            "Cố vấn cấp cao Jared Kushner đã đề xuất bản kế hoạch này.",
            ("Jared Kushner", "PER", "Cố vấn cấp cao"),
            id="senior_adviser",
        ),
    ],
)
def test_a_title_keeps_how_senior_its_holder_is(
    sentence: str, titled: tuple[str, str, str]
) -> None:
    assert titled in {(m.text, m.type, m.title) for m in mentions_of(sentence)}


def test_a_state_firms_board_is_part_of_its_chairs_title() -> None:
    titled = {
        (m.text, m.type, m.title) for m in mentions_of("Chủ tịch HĐTV Mobifone Lê Nam Trà nói.")
    }
    assert ("Lê Nam Trà", "PER", "Chủ tịch HĐTV Mobifone") in titled
    assert not any(type_ == "PER" and "HĐTV" in text for text, type_, _ in titled)
