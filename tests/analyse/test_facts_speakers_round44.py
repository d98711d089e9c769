"""Speakers read on the open stream in the forty-fourth round: a person named inside the
apposition to the speaker ("ông Barnett Rubin, cố vấn ... dưới thời ông Obama, cho biết"), a
relative or a lawyer named by whose they are ("người thân chị Nhung", "luật sư bảo vệ cháu
T.", "mẹ cháu bé" after "mẹ bé K."), a time closing the description ("Nhiều nhà khoa học
những ngày gần đây"), a cue written as a noun after "trong" ("trong một tuyên bố cho biết"),
a manner before the cue ("Hà Nội hồ hởi cho biết"), what was done to the subject set in
apposition ("Đơn kháng cáo, được đệ trình ..., kêu gọi"), a name quoted after a manner alone
("tiếp tục khẳng định thương hiệu “Đệ nhất danh Trà”"), an outlet citing a source ("Yonhap
dẫn nguồn văn phòng ...", "dẫn một nguồn (thạo) tin", "dẫn thông báo" of no one), "viết
tắt" (abbreviates), the patient after the surgeon, the unnamed source a sentence cites
("Theo lý giải của một lãnh đạo ..."), a doctor in apposition ("Bác sĩ X, bác sĩ phẫu thuật
thần kinh, cho biết"), a cue bringing in its own quote ("Bà nói: “...”" is not the speaker of
the quote before), when a statement was issued ("thông báo của X đưa ra hôm thứ Năm"), a cue
said of a thing ("đã được đề cập và phân tích", "mà khi viết"), a caption glued before the
speaker ("... đuôi Một ngư dân ... cho hay").
Names: a city or a US state after "ở"/"tại" that follows a title ("giám đốc ... ở
Massachusetts"), a craft or an app opening the sentence ("Tàu Hayabusa 2", "Ứng dụng Kakao
Talk"), a country's English name opening a firm's ("Công ty tư vấn China Market Research"),
crown princes and queens ("thái tử Saudi Arabia Mohammed bin Salman"), a business named
for a title ("nhà hàng Hoàng Hậu"), and an acronym taking what it abbreviates: a treaty's kind
("Hiệp định Thương mại tự do (FTA)"), not the known name it only opens ("Liên Hiệp Quốc về
Luật biển (UNCLOS)"), a general surnamed Đường ("tướng Đường Hồng An"), "ĐBQH" (a deputy), a
route between two cities ("đường sắt Nairobi - Mombasa"), a state a school is named after
("tại Massachusetts"), "KP" (a neighbourhood), a designation in brackets ("(TV -3513)")."""

from __future__ import annotations

import pytest
from naming import found, mentions_of
from quoting import quotes_of, speakers_in


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "“Chúng tôi ở đó miễn là chúng tôi muốn, vì bất kỳ lý do nào”, ông Barnett Rubin,"
            " cố vấn về vấn đề Afghanistan dưới thời ông Obama, cho biết.",
            "Barnett Rubin",
        ),
        (
            "“Chúng tôi đã làm việc với nhau nhiều năm”, bà Trần Thị Mai, bạn học cũ với bà"
            " Nguyễn Thị Lan, kể.",
            "Trần Thị Mai",
        ),
        # a title before the second name: the one the sentence goes on with speaks
        (
            "Theo ông Lê Văn Hòa, Giám đốc Sở Y tế Nguyễn Văn Tám cho biết: “Chúng tôi đã làm"
            " việc với nhau nhiều năm”.",
            "Nguyễn Văn Tám",
        ),
    ],
)
def test_a_person_named_inside_the_apposition_is_not_the_speaker(
    sentence: str, speaker: str
) -> None:
    assert speakers_in(sentence) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Chị La Thị Nhung cùng gia đình chạy ra ngoài khi nhà sập.",
                "“Khi chúng tôi quay lại thì không thấy bác Hân ở đâu nữa” - người thân chị"
                " Nhung nói.",
            ),
            "người thân chị Nhung",
        ),
        (
            (
                "Bé T. được đưa đi giám định, luật sư cho rằng hành vi của Vũ Văn Hùng là hiếp"
                " dâm.",
                "“Nếu chị của cháu không phát hiện, chắc chắn Hùng sẽ tiếp tục hành vi phạm"
                " tội”, luật sư bảo vệ cháu T. chia sẻ.",
            ),
            "luật sư bảo vệ cháu T.",
        ),
        (
            (
                "Chị Vũ Ngọc L. (mẹ bé K.) cho biết hôm 31-3, bé K. đang chơi với các bạn.",
                "“Cháu bỏ chạy thì bị vấp ngã, 3 con chó lao tới cắn trúng một phát”, mẹ cháu"
                " bé bàng hoàng kể lại.",
            ),
            "mẹ cháu bé",
        ),
    ],
)
def test_a_relative_or_lawyer_named_by_whose_they_are_is_not_that_person(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert speakers_in(*paragraphs)[-1] == speaker


def test_a_cue_after_trong_is_a_noun_and_the_verb_follows() -> None:
    quotes = quotes_of(
        "“Cần tiếp tục giám sát khả năng rò rỉ các chất phóng xạ do vụ sập đổ gây ra” –"
        " nhóm nghiên cứu của ông Wen Lian Xing trong một tuyên bố cho biết."
    )
    assert [q.cue for q in quotes] == ["cho biết"]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Nhà khoa học Michael Coe, giám đốc chương trình Amazon tại Trung tâm nghiên cứu"
            " Woods Hole ở Massachusetts (Mỹ) khẳng định điều này.",
            "Massachusetts",
        ),
        ("Các chuyên gia tại Marseille đã bắt tay vào nghiên cứu loài chuột này.", "Marseille"),
    ],
)
def test_a_city_after_a_title_and_a_preposition_is_a_place(sentence: str, place: str) -> None:
    assert (place, "LOC") in found(sentence)


def test_a_name_quoted_after_a_manner_alone_is_no_ones_words() -> None:
    quotes = quotes_of(
        "Festival được tổ chức nhằm tôn vinh cây chè, nâng cao hiệu quả sản xuất đối với cây"
        " chè và sản phẩm trà, tiếp tục khẳng định thương hiệu “Đệ nhất danh Trà” với du"
        " khách trong nước và quốc tế."
    )
    assert quotes == ()


@pytest.mark.parametrize(
    ("sentence", "craft"),
    [
        ("Tàu Hayabusa 2 được Nhật Bản phóng lên vũ trụ vào năm 2014.", "Hayabusa"),
        ("Tàu USS Fitzgerald của hải quân Mỹ từng gặp nạn tại Nhật.", "USS Fitzgerald"),
        ("Ứng dụng Kakao Talk của hãng Kakao được người dân Hàn Quốc sử dụng.", "Kakao Talk"),
    ],
)
def test_a_craft_or_an_app_opening_the_sentence_is_named_after_its_kind(
    sentence: str, craft: str
) -> None:
    assert (craft, "MISC") in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "firm"),
    [
        (
            "Theo chuyên gia Xu Xiangdong tại Công ty tư vấn China Market Research &"
            " Consulting, chi tiêu sẽ không giảm mạnh.",
            "Công ty tư vấn China Market Research & Consulting",
        ),
        (
            "Hãng bay China Southern Airlines Co có 16 chiếc dòng Max.",
            "Hãng bay China Southern Airlines Co",
        ),
        # (the descriptive head "Báo" stays out of an English name)
        ("Báo The Japan Times tiết lộ thêm.", "The Japan Times"),
    ],
)
def test_a_countrys_english_name_may_open_a_firms(sentence: str, firm: str) -> None:
    assert (firm, "ORG") in found(sentence)


def test_a_countrys_vietnamese_name_still_closes_the_body_before_its_officer() -> None:
    names = found("Bộ Ngoại giao Singapore Vivian Balakrishnan nói như vậy.")
    assert ("Vivian Balakrishnan", "PER") in names


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "Tuy nhiên, thái tử Saudi Arabia Mohammed bin Salman đã khẳng định không dính líu.",
            "Mohammed bin Salman",
        ),
        ("Đích thân Thái tử Charles, cha của hoàng tử Harry, đã đón cô dâu.", "Charles"),
        ("Nhà vua Akihito và Hoàng hậu Michiko sẽ tiếp kiến Chủ tịch nước.", "Michiko"),
    ],
)
def test_crown_princes_and_queens_are_titled(sentence: str, person: str) -> None:
    assert (person, "PER") in found(sentence)


def test_a_restaurant_named_for_a_title_is_a_business() -> None:
    names = found("Nước thải được nhập chung với hệ thống của nhà hàng Hoàng Hậu, phòng VIP.")
    assert ("Hoàng Hậu", "ORG") in names


def test_an_acronym_for_more_than_a_known_name_is_not_that_names() -> None:
    mentions = mentions_of(
        "Ông tham gia biên dịch Công ước của Liên Hiệp Quốc về Luật biển (UNCLOS) 1982.",
        "Theo UNCLOS, các nước có vùng đặc quyền kinh tế 200 hải lý.",
    )
    assert "Liên Hợp Quốc" not in {m.canonical for m in mentions if m.text == "UNCLOS"}


@pytest.mark.parametrize(
    ("sentences", "acronym", "kind"),
    [
        (
            ("Hai nước ký Hiệp định Thương mại tự do (FTA).", "FTA có hiệu lực từ năm sau."),
            "FTA",
            "MISC",
        ),
        (
            (
                "Tàu được đóng tại nhà máy Mazagon Dock Limited (MDL) ở Mumbai.",
                "Nhà sản xuất MDL đã trang bị radar cho tàu.",
            ),
            "MDL",
            "ORG",
        ),
    ],
)
def test_an_acronym_takes_the_kind_of_the_name_it_abbreviates(
    sentences: tuple[str, ...], acronym: str, kind: str
) -> None:
    assert {m.type for m in mentions_of(*sentences) if m.text == acronym} == {kind}


def test_abbreviating_is_not_writing() -> None:
    quotes = quotes_of(
        "Tuy nhiên, việc một số trạm BOT viết tắt “trạm thu giá dịch vụ sử dụng đường bộ” thành"
        " “trạm thu giá” đã tạo ra nhiều ý kiến trái chiều."
    )
    assert quotes == ()


def test_the_unnamed_source_a_sentence_cites_is_this_one() -> None:
    quotes = quotes_of(
        "Ông Thạch Xem cho biết: “Giá đất bờ kênh được doanh nghiệp hét 120 - 300.000 đồng”.",
        "Theo lý giải của một lãnh đạo TP Sóc Trăng, do khan hiếm đất san lấp nên địa phương"
        " kêu gọi doanh nghiệp lấy đất bờ kênh.",
        "“Một việc vẹn cả hai đường, vừa có đất san lấp, vừa nạo vét dòng kênh”, vị này nói.",
    )
    assert [q.speaker for q in quotes][-1] == "lãnh đạo TP Sóc Trăng"


def test_a_deputy_abbreviated_is_no_organisation() -> None:
    names = found("Cử tri đề nghị đoàn đại biểu Quốc hội (ĐBQH) tỉnh Đồng Nai trả lời.")
    assert not any(text == "ĐBQH" for text, _ in names)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "“Người tiêu dùng không nên ăn sản phẩm này và nên hoàn trả sản phẩm tại nơi mua”"
            " - Hãng tin Tân Hoa Xã dẫn thông báo.",
            "Tân Hoa xã",
        ),
        (
            "Ông Trump “không phải tuýp người thích họp hành kéo dài hàng giờ liền”, báo Wall"
            " Street Journal dẫn một nguồn thạo tin Nhà Trắng nhận xét.",
            "Wall Street Journal",
        ),
    ],
)
def test_an_outlet_relaying_words_it_does_not_attribute_speaks(sentence: str, speaker: str) -> None:
    assert speakers_in(sentence) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "Những giọt nước mắt mà khi viết “ký sự pháp đình”, người ta hay gọi đó là “Giọt lệ"
        " sám hối muộn màng”.",
        "Những nội dung về sự tăng trưởng của GDP cũng đã được đề cập và phân tích trong"
        " chương trình Tạp chí “Phát triển sản phẩm chủ lực” của Đài Phát thanh Hà Nội.",
    ],
)
def test_a_cue_said_of_a_thing_quotes_no_one(sentence: str) -> None:
    assert quotes_of(sentence) == ()


def test_a_route_between_two_cities_names_both() -> None:
    names = found(
        "Chính phủ Kenya dùng cảng Mombasa thế chấp cho dự án đường sắt Nairobi - Mombasa."
    )
    assert {("Nairobi", "LOC"), ("Mombasa", "LOC")} <= names
    assert not any(kind == "PER" for _, kind in names)


def test_a_state_is_no_body_because_a_school_is_named_after_it() -> None:
    names = found(
        "Các trường có Đại học Hawaii và Học viện Công nghệ Massachusetts (MIT).",
        "Các đại học này đều có liên hệ tới một viện hải dương học tại Massachusetts.",
    )
    assert ("Massachusetts", "LOC") in names


def test_a_neighbourhood_abbreviated_is_no_organisation() -> None:
    names = found("Ông Phạm Văn Định (57 tuổi, ngụ KP 5, P. Trảng Dài) cho biết như vậy.")
    assert not any(text == "KP" for text, _ in names)


def test_a_designation_in_brackets_keeps_its_kind() -> None:
    mentions = mentions_of(
        "Tàu JS Setoyuki (TV -3518) và JS Shimayuki (TV -3513) là tàu khu trục lớp Hatsuyuki."
    )
    assert {m.type for m in mentions if m.text.startswith("TV")} == {"MISC"}


# one case per reading of the round: the paragraphs, then who speaks each quote found in them
@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        pytest.param(
            # the child named before does not stand in the way of whom "mẹ cháu" stood for
            (
                "Chị Nguyễn Thị Lan, mẹ cháu Minh, kể: “Cháu đi học về thì bị ngã xuống mương”.",
                "“Tôi chỉ mong cháu sớm khỏe lại”, mẹ cháu nói thêm.",
            ),
            ["Nguyễn Thị Lan", "Nguyễn Thị Lan"],
            id="the mother just quoted is still the mother",
        ),
        pytest.param(
            (
                "Theo tạp chí National Geographic, con số này đã bị thổi phồng.",
                "Nhiều nhà khoa học những ngày gần đây đã lên tiếng “nói lại cho rõ” về đóng góp"
                " của Amazon với lượng oxy ròng trên Trái đất.",
            ),
            ["Nhiều nhà khoa học"],
            id="a time closing the description is no part of it",
        ),
        pytest.param(
            (
                "Chị Trần Thị Nga bán hàng thủy hải sản tại chợ Cầu Giấy, Hà Nội hồ hởi cho biết:"
                " “Nghe tin bão chuẩn bị đổ bộ về Hà Nội, tôi đã nhập hàng số lượng rất lớn”.",
            ),
            ["Trần Thị Nga"],
            id="a manner between the speakers address and the cue is how",
        ),
        pytest.param(
            (
                "Đơn kháng cáo, được đệ trình vào ngày 8-7, kêu gọi “một cuộc điều tra khẩn cấp về"
                " toàn bộ quá trình buộc Thủ tướng Johnson phải từ chức”.",
            ),
            ["Đơn kháng cáo"],
            id="what was done to the subject in apposition leaves it speaking",
        ),
        pytest.param(
            (
                "“Quyết định của Triều Tiên là một bước tiến ý nghĩa”, hãng thông tấn Yonhap dẫn"
                " nguồn văn phòng Tổng thống Hàn Quốc cho hay.",
            ),
            ["văn phòng Tổng thống Hàn Quốc"],
            id="an outlet citing a named source relays it",
        ),
        pytest.param(
            (
                "“Liên quân do Mỹ dẫn đầu lại vừa tiến hành một cuộc tấn công”, hãng tin"
                " Reuters dẫn một nguồn tin giấu tên cho biết.",
            ),
            ["Reuters"],
            id="an outlet citing an unnamed source speaks for it",
        ),
        pytest.param(
            (
                "Bác sĩ Jonathan Rasouli, bác sĩ phẫu thuật thần kinh, cho biết: “Tất cả chúng tôi"
                " đã hỏi cái gì thế này”.",
                "“Tôi rất ghê”, bệnh nhân nữ chia sẻ và giải thích thêm không ai muốn nghĩ tới"
                " việc đó.",
            ),
            ["Jonathan Rasouli", "bệnh nhân nữ"],
            id="the patient after the surgeon is someone else",
        ),
        pytest.param(
            (
                "Tổng thống Donald Trump viết trên Twitter về vụ tai nạn.",
                "Sau đó ông viết tiếp lời chia buồn với các nạn nhân và khẳng định chính quyền của"
                " ông “đang theo dõi sát vụ việc và phối hợp chặt với chính quyền địa phương”.",
            ),
            ["Donald Trump"],
            id="condolences to the victims leave the speaker speaking",
        ),
        pytest.param(
            (
                "“Miễn phù hợp với nhu cầu chiến đấu của chúng tôi là được”, tướng Đường Hồng An"
                " - một chỉ huy của không quân Đài Loan - khẳng định.",
            ),
            ["Đường Hồng An"],
            id="a general surnamed duong is a person",
        ),
        pytest.param(
            (
                "Bác sĩ Jonathan Rasouli, bác sĩ phẫu thuật thần kinh, cho biết: “Tất cả chúng tôi"
                " đã hỏi cái gì thế này”.",
            ),
            ["Jonathan Rasouli"],
            id="a doctor in apposition is the doctor named before",
        ),
        pytest.param(
            (
                "Baheer - người sáng lập nhóm cứu hộ Save Afghans from Hunger cho biết điều này.",
                "Hsiao-Wei Lee, Phó giám đốc quốc gia WFP tại Afghanistan, mô tả tình hình là “rất"
                " ảm đạm”, nơi nhiều ngôi làng “bị tàn phá hoàn toàn hoặc 70% đã sụp đổ”.",
                "Bà nói: “Sẽ mất nhiều tháng và nhiều năm xây dựng lại”.",
            ),
            ["Hsiao-Wei Lee"],
            id="a cue bringing in its own quote is not the one before",
        ),
        pytest.param(
            (
                "“Ít nhất 18 xe tải đang trên đường đến các khu vực bị ảnh hưởng bởi trận động"
                " đất”, thông báo của Chương trình Lương thực Thế giới đưa ra hôm thứ Năm cho"
                " biết.",
            ),
            ["Chương trình Lương thực Thế giới"],
            id="when a statement was issued is not whose it is",
        ),
        pytest.param(
            (
                "Cá voi đã bị phân hủy phần đầu và đuôi Một ngư dân tại vùng biển này cho hay: “Mấy"
                " ngày trước, chúng tôi đã thấy ở ngoài khơi có một vật lạ trôi trên mặt nước”.",
            ),
            ["ngư dân tại vùng biển này"],
            id="a caption glued before the speaker is no part of them",
        ),
    ],
)
def test_who_speaks(paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    assert [q.speaker for q in quotes_of(*paragraphs)] == speakers
