"""Speakers and names read on the open stream in the forty-sixth round.

Speakers: "Dù vậy", "Do đó" and kin open a sentence, not a speaker's name ("Dù vậy TSA cũng
xác nhận"); the clause of the sentence that brought someone in by description keeps no full
stop ("..., theo một quan chức cảnh sát cấp cao." then "vị này nói"); whom a speaker talked
to is no part of who speaks ("“...”, trao đổi với PV, đại diện Sở Y tế cho biết"); a place
set off after a body ("một lãnh đạo Công an thị xã Thuận An, tỉnh Bình Dương cho biết") is
where the body is, not who speaks; a pronoun doing something first before a cue set off by
a comma ("Ông dẫn lại câu thành ngữ nổi tiếng, nói rằng") is the person it stands for, "Anh
chàng" someone new; an outlet relaying "phân tích chi tiết của" an expert relays the expert;
a role set off before "ông" and a name ("Ngoại trưởng Pakistan, ông Shah Mahmood Qureshi,")
is that person's, and the role said again is them (not "nhà lãnh đạo Triều Tiên Kim Jong Un,
Sarah Sanders, ...", a role with its own holder); a deputy called by their province
("đại biểu Nghệ An") is the deputy named with it in parentheses; a body that did something
first before a cue set off by a comma ("UBND tỉnh chỉ đạo, yêu cầu") is the body; a name
inside a body's name is no person of the phrase ("Bác Hồ" quoted is not in "Phó Bí thư Thành
ủy TP Hồ Chí Minh"); an outlet's name ends before "dẫn lời"; how far away someone stood is no
one; "buộc phải" is no part of who speaks; a cue made a noun ("dựa vào tuyên bố “...” của
Tổng thống Mỹ Donald Trump") is the words of whom "của" names after the quote; whom a clause
talked to ("trao đổi với nhà báo Christiane Amanpour ...") holds no role after it.
Names: a capitalised kinship word after a form of address is the given name it addresses
("ông Anh", "bà Em", "ông Cha"), and "Cha" after a foreign given name a family name ("Victor
Cha"); a ministry's fields abbreviated with a spaced dash between a title and a name
("Thứ trưởng TN - MT Võ Tuấn Nhân", "Bộ TN - MT" opening a sentence); a body's branch in a
numbered district ("BHXH Q. 1"); forces and hospitals by number ("Cục Hậu cần Quân khu 9",
"Bệnh viện Nhân Dân 115"); schools with foreign names after "trường" ("trường Royal
Holloway"); a street after an alley's number ("86/5 Trần Phú"); Nord Stream 2."""

from __future__ import annotations

import pytest
from naming import found, mentions_of
from quoting import speakers_in


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        pytest.param(
            (
                "Dù vậy TSA cũng xác nhận sẽ “bắt những người liên quan phải chịu trách nhiệm"
                " thích đáng sau vụ việc”.",
            ),
            "TSA",
            id="sentence_link_before_a_body",
        ),
        pytest.param(
            (
                "Cả cửa hàng nhanh chóng chìm trong biển lửa, theo một quan chức cảnh sát cấp cao.",
                "“12 người chết tại chỗ, 4 người khác bị thương đã được đưa đến bệnh viện”,"
                " vị này nói.",
            ),
            "quan chức cảnh sát cấp cao",
            id="description_closing_its_sentence",
        ),
        pytest.param(
            (
                "“Chúng tôi sẽ xử lý nghiêm vụ việc này theo đúng quy định”, trao đổi với PV,"
                " đại diện Sở Y tế cho biết.",
            ),
            "đại diện Sở Y tế",
            id="whom_they_talked_to",
        ),
        pytest.param(
            (
                "Trao đổi với Tuổi Trẻ, một lãnh đạo Công an thị xã Thuận An, tỉnh Bình Dương"
                " cho biết: “Bà T. không muốn công an xử lý người đã gây ra vụ việc”.",
            ),
            "lãnh đạo Công an thị xã Thuận An",
            id="place_after_a_body",
        ),
        pytest.param(
            (
                "Ông Tập Cận Bình phát biểu trên sóng truyền hình.",
                "Ông dẫn lại câu thành ngữ nổi tiếng, nói rằng người dân Trung Quốc sẽ “gặp"
                " núi mở đường, gặp sông xây cầu” trong hành trình cải cách.",
            ),
            "Tập Cận Bình",
            id="pronoun_doing_something_first",
        ),
        pytest.param(
            (
                "“Vị trí điểm phóng và việc chỉ có một vệt phản lực cho thấy đó là tên lửa đạn"
                " đạo tầm ngắn” - Đài CNN dẫn phân tích chi tiết của chuyên gia Jeffrey Lewis,"
                " thuộc Viện Middlebury.",
            ),
            "Jeffrey Lewis",
            id="outlet_relaying_an_analysis",
        ),
        pytest.param(
            (
                "Sau thông báo của chính quyền Ấn Độ, Ngoại trưởng Pakistan, ông Shah Mahmood"
                " Qureshi, cảnh báo Ấn Độ không nên thách thức Pakistan.",
                "Ngoại trưởng Pakistan cũng khẳng định lực lượng phòng vệ của Pakistan “đã"
                " được chuẩn bị đầy đủ để ứng phó với bất cứ biến cố nào”.",
            ),
            "Shah Mahmood Qureshi",
            id="role_set_off_before_the_name",
        ),
        pytest.param(
            (
                "Tổng thống Mỹ Donald Trump đã gửi thư cho nhà lãnh đạo Triều Tiên Kim Jong Un,"
                " Sarah Sanders, thư ký báo chí của Nhà Trắng, tiết lộ hôm Chủ nhật.",
                "Nhà lãnh đạo Triều Tiên cho biết sẽ nghiên cứu nội dung thư kỹ lưỡng xét trên"
                " “khả năng đánh giá chính trị” của nhà lãnh đạo Mỹ.",
            ),
            "Kim Jong Un",
            id="role_with_its_own_holder_before_the_name",
        ),
        pytest.param(
            (
                "Phát biểu tại phiên thảo luận, đại biểu Nguyễn Hữu Cầu (Nghệ An) thẳng thắn đề"
                " cập vấn đề bộ máy.",
                "Ông Cầu chỉ ra số lượng tổng cục của các bộ hiện nay là 40.",
                "“Tôi đề nghị Quốc hội làm rõ cấp trung gian là cấp nào để giảm cho đúng”, đại"
                " biểu Nghệ An nói.",
            ),
            "Nguyễn Hữu Cầu",
            id="deputy_called_by_their_province",
        ),
        pytest.param(
            (
                "Trước tình trạng trên, UBND tỉnh chỉ đạo, yêu cầu Công an tỉnh Khánh Hòa phải"
                " “điều tra, xử lý các băng nhóm có biểu hiện cạnh tranh không lành mạnh”.",
            ),
            "UBND tỉnh",
            id="body_directing_first",
        ),
        pytest.param(
            (
                "Bà Trần Thị Hoa, một người bán sâm, cho biết giá năm nay cao hơn.",
                "“Củ này bao nhiêu, nói phát một thôi”, bà Hoa hỏi.",
                "Anh chàng tay mân mê củ sâm, đáp: “Cái này trồng mấy năm rồi, mình bán 15 triệu”.",
            ),
            "Anh chàng tay mân mê củ sâm",
            id="someone_new_by_a_noun_of_address",
        ),
        pytest.param(
            (
                "Phát biểu tại Hội thảo, đồng chí Nguyễn Văn Hiếu, Phó Bí thư Thành ủy TP Hồ Chí"
                " Minh nhấn mạnh: “Học tập đồng chí Mai Chí Thọ, Thành phố xứng đáng mang tên"
                " Bác Hồ kính yêu”.",
            ),
            "Nguyễn Văn Hiếu",
            id="name_inside_a_bodys_name_is_no_person",
        ),
        pytest.param(
            (
                "Báo Bưu Điện Hoa Nam Buổi Sáng dẫn lời Xu Liping, giáo sư tại Viện nghiên cứu"
                " châu Á - Thái Bình Dương, nhận xét rằng Anh đã “phô diễn sức mạnh cơ bắp nhằm"
                " vào Trung Quốc”.",
            ),
            "Xu Liping",
            id="outlet_relaying_ends_before_the_name",
        ),
        pytest.param(
            (
                "Một người phụ nữ đang đi dạo cùng gia đình, cách khu vực nổ thiên thạch khoảng"
                " 1km chia sẻ: “Khi đang đi dạo, bỗng nhiên nhìn thấy một tia sáng ngang qua"
                " trời”.",
            ),
            "người phụ nữ",
            id="how_far_away_is_no_one",
        ),
        pytest.param(
            (
                "Sau khi bức hình được chia sẻ rộng rãi, cảnh sát Trung Quốc buộc phải lên tiếng"
                " trên mạng Weibo: “Đẹp không phải là tội, nhưng dùng nhan sắc để phạm tội là"
                " vấn đề”.",
            ),
            "cảnh sát Trung Quốc",
            id="had_to_speak",
        ),
        pytest.param(
            (
                "Tuyên bố này dựa vào tuyên bố “tất cả lựa chọn đều đang được cân nhắc” của Tổng"
                " thống Mỹ Donald Trump trước đó.",
            ),
            "Donald Trump",
            id="whose_statement_after_the_quote",
        ),
        pytest.param(
            (
                "Hãng Boeing nhấn mạnh “sự an toàn cơ bản” của 737 MAX, tự tin rằng dòng máy bay"
                " này sẽ an toàn.",
            ),
            "Boeing",
            id="the_quoted_words_own_of",
        ),
        pytest.param(
            (
                "Theo đài Channel News Asia, trao đổi với nhà báo Christiane Amanpour của đài CNN"
                " tại Singapore, Thủ tướng Singapore nói: “Ông ấy là một nhà lãnh đạo trẻ, tự"
                " tin”.",
            ),
            "Thủ tướng Singapore",
            id="whom_they_talked_to_holds_no_role",
        ),
    ],
)
def test_who_speaks(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert speakers_in(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        pytest.param(
            "Theo ông Anh, đây là trận động đất ở mức độ nhỏ.", ("Anh", "PER"), id="given_name_anh"
        ),
        pytest.param(
            "Bà Em kể trước đây gia đình bà ở phường Bình Khánh, quận 2.",
            ("Em", "PER"),
            id="given_name_em",
        ),
        pytest.param(
            "“Cả thế giới sẽ theo dõi hội nghị” - ông Cha nhận định.",
            ("Cha", "PER"),
            id="family_name_cha",
        ),
        pytest.param(
            "Chuyên gia Victor Cha cho rằng hai bên sẽ thống nhất được tuyên bố.",
            ("Victor Cha", "PER"),
            id="foreign_family_name",
        ),
        pytest.param(
            "Vợ chồng cựu thủ tướng Tony Blair Anh đã tới dự lễ cưới.",
            ("Tony Blair", "PER"),
            id="country_after_a_foreign_name",
        ),
        pytest.param(
            "Ông Thương, phó giám đốc BHXH Q. 1, cho biết vậy.",
            ("BHXH Q. 1", "ORG"),
            id="branch_in_a_district",
        ),
        pytest.param(
            "Nhận tin báo, lực lượng PCCC Q. 2 điều nhiều xe chữa cháy.",
            ("PCCC Q. 2", "ORG"),
            id="fire_police_in_a_district",
        ),
        pytest.param(
            "Bà Lê Thị P. 50 tuổi kể lại sự việc.", ("Lê Thị P.", "PER"), id="initial_before_an_age"
        ),
        pytest.param(
            "Bộ TN - MT phê duyệt báo cáo đánh giá tác động môi trường.",
            ("Bộ TN - MT", "ORG"),
            id="ministry_opening_a_sentence",
        ),
        pytest.param(
            "Ông Phúc là giám đốc Bệnh viện Quân y 120, Cục Hậu cần Quân khu 9.",
            ("Cục Hậu cần Quân khu 9", "ORG"),
            id="numbered_military_region",
        ),
        pytest.param(
            "Bệnh viện Quân y 175 đã tiếp nhận bệnh nhân.",
            ("Bệnh viện Quân y 175", "ORG"),
            id="numbered_military_hospital",
        ),
        pytest.param(
            "Đoàn đến thăm hiệp sĩ đang điều trị tại Bệnh viện Nhân Dân 115.",
            ("Bệnh viện Nhân Dân 115", "ORG"),
            id="hospital_sharing_a_papers_name",
        ),
        pytest.param(
            "Họ đi cùng trường Royal Holloway thuộc Đại học London.",
            ("Royal Holloway", "ORG"),
            id="foreign_school",
        ),
        pytest.param(
            "Kim Doo Yeon, hiệu trưởng Trường Haankkum, cho biết vậy.",
            ("Trường Haankkum", "ORG"),
            id="foreign_school_capitalised",
        ),
        pytest.param(
            "Năm ngoái, trường Montessori ở New York cho phép trả học phí.",
            ("Montessori", "ORG"),
            id="school_without_its_city",
        ),
        pytest.param(
            "Các nhà lãnh đạo như Trường Chinh, Lê Duẩn đã trưởng thành như vậy.",
            ("Trường Chinh", "PER"),
            id="person_named_truong",
        ),
        pytest.param(
            "Giáo sư Han de Wit - Trường Boston College, Mỹ - cho biết.",
            ("Boston College", "ORG"),
            id="college_named_for_a_city",
        ),
        pytest.param(
            "Khách đi ăn nhà hàng Hưng Phát 86/5 Trần Phú, giá như này liệu có bị chặt chém không?",
            ("Trần Phú", "LOC"),
            id="street_after_an_alley_number",
        ),
        pytest.param(
            "Sáng 12/3 Nguyễn Văn A bị bắt tại nhà riêng.",
            ("Nguyễn Văn A", "PER"),
            id="person_after_a_date",
        ),
        pytest.param(
            "Tuyến đường ống Nord Stream 2 được lên kế hoạch để vận chuyển khí đốt.",
            ("Nord Stream 2", "MISC"),
            id="pipeline",
        ),
    ],
)
def test_names_read(sentence: str, name: tuple[str, str]) -> None:
    assert name in found(sentence)


def test_a_ministrys_abbreviated_fields_are_its_name() -> None:
    titled = {
        (m.text, m.type, m.title)
        for m in mentions_of("Thứ trưởng TN - MT Võ Tuấn Nhân nói tại buổi họp báo.")
    }
    assert ("Võ Tuấn Nhân", "PER", "Thứ trưởng TN - MT") in titled
    assert ("TN - MT", "ORG", None) in titled
