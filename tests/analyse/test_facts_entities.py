"""Entities: gazetteer aliases, titles, organisation heads, acronyms, capitals as governments."""

from __future__ import annotations

import pytest
from naming import found, mentions_of

from bantin.analyse.facts.gazetteer import default_gazetteer
from bantin.analyse.facts.lexicon import fold


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("Hoa Kỳ", "Mỹ"),
        ("United States", "Mỹ"),
        ("Pentagon", "Lầu Năm Góc"),
        ("Bộ Quốc phòng Mỹ", "Lầu Năm Góc"),
        ("Cộng đồng Kinh tế các quốc gia Tây Phi", "ECOWAS"),
        ("Reuter", "Reuters"),
        ("thỏa thuận hoà bình", None),
    ],
)
def test_gazetteer_lookup_folds_aliases_to_one_name(alias: str, canonical: str | None) -> None:
    entry = default_gazetteer().lookup(alias)
    assert (entry.canonical if entry else None) == canonical


def test_fold_ignores_case_and_tone_mark_placement() -> None:
    assert fold("Hoà Bình") == fold("hòa bình")
    assert fold("Thuỷ") == fold("thủy")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Người phát ngôn Lầu Năm Góc, Thiếu tướng Pat Ryder nói rằng cuộc họp đã kết thúc.",
            "Pat Ryder",
        ),
        ("Trước đó, Tướng Abdourahamane Tiani cam kết sẽ tổ chức bầu cử.", "Abdourahamane Tiani"),
        ("Ngoại trưởng Mỹ Antony Blinken đã tới thủ đô vào chiều qua.", "Antony Blinken"),
        ("Chủ tịch Ủy ban ECOWAS Omar Alieu Touray nêu rõ lập trường.", "Omar Alieu Touray"),
        (
            "Cuộc gặp có mặt Thứ trưởng Ngoại giao Kurt Campbell và nhiều quan chức.",
            "Kurt Campbell",
        ),
    ],
)
def test_entities_strip_titles_from_person_names(text: str, name: str) -> None:
    assert (name, "PER") in found(text)


def test_entities_keep_the_title_written_before_a_person() -> None:
    mentions = mentions_of("Cuộc họp với Thủ tướng Nigeria Ali Lamine Zein kéo dài một giờ.")
    person = next(m for m in mentions if m.text == "Ali Lamine Zein")
    assert person.title == "Thủ tướng Nigeria"


def test_entities_read_a_title_after_chuc_as_an_office_not_a_person() -> None:
    people = {
        m.text
        for m in mentions_of(
            "Ông Yang Hyun Suk rút khỏi mọi chức vụ, kể cả chức chủ tịch YG Entertainment."
        )
        if m.type == "PER"
    }
    assert people == {"Yang Hyun Suk"}


def test_entities_read_organisations_after_their_head() -> None:
    assert ("Bộ Ngoại giao Niger", "ORG") in found(
        "Người phát ngôn cho biết Bộ Ngoại giao Niger đã gửi thông báo."
    )


def test_entities_link_an_acronym_to_its_expansion() -> None:
    mentions = mentions_of(
        "Hôm qua, Hiệp hội Bảo vệ Người tiêu dùng Quốc gia (HBNQ) đã ra thông cáo."
    )
    by_text = {m.text: m for m in mentions}
    assert (
        by_text["HBNQ"].canonical == by_text["Hiệp hội Bảo vệ Người tiêu dùng Quốc gia"].canonical
    )


def test_entities_read_a_capital_as_its_government_unless_it_is_a_place() -> None:
    mentions = mentions_of(
        "Washington cũng đồng ý rút quân. Một phái đoàn sẽ đến Niamey rồi về Washington."
    )
    canonical = [(m.text, m.canonical) for m in mentions if m.text in ("Washington", "Niamey")]
    assert canonical == [("Washington", "Mỹ"), ("Niamey", "Niamey"), ("Washington", "Washington")]


def test_entities_read_ha_noi_as_the_city_not_as_viet_nam() -> None:
    mentions = mentions_of(
        "Hà Nội đề nghị Bộ Y tế vào cuộc. Không nên quy trách nhiệm cho Bộ Y tế, TP Hà Nội"
        " hay cho phường."
    )
    places = [(m.text, m.canonical) for m in mentions if m.type == "LOC"]
    assert places == [("Hà Nội", "Hà Nội"), ("TP Hà Nội", "Hà Nội")]


def test_entities_read_a_capital_turned_toward_as_its_government() -> None:
    mentions = mentions_of("Washington lo ngại việc Niger hướng tới Moscow về an ninh.")
    assert [(m.text, m.canonical) for m in mentions if m.text == "Moscow"] == [("Moscow", "Nga")]


def test_entities_link_a_surname_to_the_full_name() -> None:
    mentions = mentions_of(
        "Quân đội phế truất Tổng thống Mohamed Bazoum và quản thúc ông Bazoum tại gia."
    )
    assert [(m.text, m.canonical) for m in mentions if m.type == "PER"] == [
        ("Mohamed Bazoum", None),
        ("Bazoum", "Mohamed Bazoum"),
    ]


def test_entities_skip_common_words_opening_a_sentence() -> None:
    names = {text for text, _ in found("Theo Reuters, giá dầu tăng. Trong khi đó Hà Nội vẫn mưa.")}
    assert "Reuters" in names and "Hà Nội" in names
    assert not {"Theo", "Trong", "Theo Reuters"} & names


def test_entities_do_not_read_a_common_word_as_a_country() -> None:
    assert ("Mỹ", "LOC") not in found("Ngành thẩm mỹ phát triển mạnh ở xã Mỹ Thuận.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # lower-case words up to a closing word, a place or "và" + a capitalised field
        (
            "Hôm qua, Ngân hàng Đầu tư và Phát triển nông thôn cho biết lãi suất giảm.",
            "Ngân hàng Đầu tư và Phát triển nông thôn",
        ),
        ("Lực lượng của Cục Cảnh sát giao thông đã có mặt.", "Cục Cảnh sát giao thông"),
        ("Đại diện Hội Nông dân tập thể Việt Nam phát biểu.", "Hội Nông dân tập thể Việt Nam"),
        ("Ông được Sở Văn hóa, Thể thao và Du lịch khen.", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Công an quận 5 đã bắt giữ nghi phạm.", "Công an quận 5"),
        ("Bệnh nhân được đưa đến Bệnh viện mắt Trung ương.", "Bệnh viện mắt Trung ương"),
        # a surname opening a dictionary word is part of a company's name, not a person
        ("Công ty Cổ phần Cao Su Miền Nam báo lãi.", "Công ty Cổ phần Cao Su Miền Nam"),
    ],
)
def test_entities_run_organisation_names_over_lower_case_words(text: str, name: str) -> None:
    assert (name, "ORG") in found(text)


def test_entities_stop_an_organisation_name_at_a_verb() -> None:
    names = found("Bộ Tài chính yêu cầu các doanh nghiệp giữ giá tại Hà Nội.")
    assert ("Bộ Tài chính", "ORG") in names
    assert ("Hà Nội", "LOC") in names


def test_entities_read_a_province_as_its_club_in_a_football_story() -> None:
    football = found(
        "HLV Văn Sỹ vui khi đội bóng Thanh Hóa thắng Nam Định 2-1 trong trận đấu tại Hà Nội."
    )
    assert {("Thanh Hóa", "ORG"), ("Nam Định", "ORG"), ("Hà Nội", "LOC")} <= football
    assert ("Nam Định", "LOC") in found("Mưa lớn kéo dài ở Nam Định và Thanh Hóa.")


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Apple bán iPhone 5s từ tuần sau.", "iPhone 5s"),
        ("Hãng vừa nhận chiếc Boeing 787 đầu tiên.", "Boeing 787"),
        ("Máy tính bảng iPad chạy hệ điều hành iOS 7.", "iOS 7"),
    ],
)
def test_entities_read_products_as_misc(text: str, product: str) -> None:
    assert (product, "MISC") in found(text)


def test_entities_split_two_places_joined_by_a_hyphen() -> None:
    names = found("Tuyến cao tốc Hà Nội-Nam Định thông xe.")
    assert {("Hà Nội", "LOC"), ("Nam Định", "LOC")} <= names


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Cổ phiếu của Hanwha Corporation tăng mạnh.", "Hanwha Corporation", "ORG"),
        ("Người hâm mộ Leeds United thất vọng.", "Leeds United", "ORG"),
        ("Người phát ngôn WTO từ chối bình luận.", "WTO", "ORG"),
        ("Dịp Tết Nguyên đán năm nay rất đông khách.", "Tết Nguyên đán", "MISC"),
        ("Người dân ở huyện Sông Cầu đã di dời.", "Sông Cầu", "LOC"),
        ("Tổng thống Bashar al-Assad phát biểu.", "Bashar al-Assad", "PER"),
        ("Bà Lê Anh Thư nhận giải.", "Lê Anh Thư", "PER"),
    ],
)
def test_entities_type_names_from_their_cues(text: str, name: str, type_: str) -> None:
    assert (name, type_) in found(text)


def test_entities_skip_source_credits() -> None:
    names = {text for text, _ in found("Giá dầu tăng mạnh trong tuần. Văn Nam (theo Bloomberg)")}
    assert "Bloomberg" not in names


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Doanh số Toyota Vios tăng mạnh.", ("Toyota Vios", "MISC"), ("Toyota", "ORG")),
        ("Bản cập nhật iOS 15.6 sửa lỗi.", ("iOS 15.6", "MISC"), ("iOS", "MISC")),
        ("Anh Quang đến trình báo công an.", ("Quang", "PER"), ("Anh", "LOC")),
        ("Anh ấy đã rời đi từ sáng.", None, ("Anh", "LOC")),
        ("Số DN giải thể tăng theo Thông tư 15/2020/TT-BTC.", None, ("DN", "ORG")),
        ("Ông Phạm Văn Tâm - giám đốc sở, cho biết.", ("Phạm Văn Tâm", "PER"), None),
        # readers and users online are named after the word for them
        ("Facebooker Hanh Tun bình luận về vụ việc.", ("Hanh Tun", "PER"), None),
        ("Bạn đọc Nguyễn Minh Tuấn chia sẻ hình ảnh.", ("Nguyễn Minh Tuấn", "PER"), None),
        ("Nick Vujicic đến Việt Nam.", ("Nick Vujicic", "PER"), None),
        # a country's name opening a dictionary word is no place
        ("Ý kiến của người dân rất quan trọng.", None, ("Ý", "LOC")),
        ("Tôi đang khoác lên mình Áo dài truyền thống.", None, ("Áo", "LOC")),
        ("TPHCM xứng đáng là thành phố Anh hùng.", ("TPHCM", "LOC"), ("Anh", "LOC")),
        ("Các nước Anh, Pháp, Úc, Nhật trao kháng nghị.", ("Nhật", "LOC"), None),
    ],
)
def test_entities_read_products_forms_of_address_and_abbreviations(
    text: str, expected: tuple[str, str] | None, absent: tuple[str, str] | None
) -> None:
    mentions = found(text)
    assert expected is None or expected in mentions
    assert absent is None or absent not in mentions


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        (
            "Học sinh Trường THPT tư thục Lê Văn Hưu đều nghỉ học.",
            "Trường THPT tư thục Lê Văn Hưu",
            "ORG",
        ),
        (
            "Trung tâm Văn hóa Hàn Quốc tại Việt Nam tổ chức lễ hội.",
            "Trung tâm Văn hóa Hàn Quốc tại Việt Nam",
            "ORG",
        ),
        ("Sau đó Công an tỉnh đã vào cuộc điều tra.", "Công an tỉnh", "ORG"),
        ("Quán karaoke nằm trên đường Trường Chinh của quận.", "Trường Chinh", "LOC"),
    ],
)
def test_entities_read_organisation_and_place_boundaries(text: str, name: str, type_: str) -> None:
    assert (name, type_) in found(text)


def test_entities_keep_a_person_after_other_heads_apart() -> None:
    # the person's name after "Thành ủy" is someone's, not the body's; a city is not a seat
    assert {("Thành ủy", "ORG"), ("Nguyễn Công Soái", "PER")} <= found(
        "Bí thư Thành ủy Nguyễn Công Soái phát biểu."
    )
    assert ("Đảng Cộng sản Pháp", "ORG") in found("Đoàn Đảng Cộng sản Pháp tại Đà Nẵng đã về.")


@pytest.mark.parametrize(
    "closing",
    [
        ("Lê Minh Phương",),
        ("Mộc Lan (Tổng hợp)", "Hiện trường vụ việc."),
        ("Hà Thu (Theo Lao Động)",),
    ],
)
def test_entities_skip_the_closing_byline(closing: tuple[str, ...]) -> None:
    names = {name for name, _ in found("Ông Trần Văn Nam đến Đắk Lắk hôm qua.", *closing)}
    assert names == {"Trần Văn Nam", "Đắk Lắk"}


@pytest.mark.parametrize(
    "text",
    [
        "Thấy Trung Hiếu đi về phía mình, bà Phạm Thị Lan đứng dậy.",
        "Vậy Trung Hiếu có dự định gì trong năm nay?",
    ],
)
def test_entities_leave_a_clause_opening_verb_out_of_the_name(text: str) -> None:
    names = {name for name, _ in found(text)}
    assert "Trung Hiếu" in names and not any(name.startswith(("Thấy", "Vậy")) for name in names)


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Kế hoạch đã được Cục Hàng không Việt Nam phê duyệt.", "Cục Hàng không Việt Nam", "ORG"),
        ("Lãnh đạo Bộ NN & PTNT đã đến kiểm tra.", "Bộ NN & PTNT", "ORG"),
        ("Người dân TP. HCM đi nghỉ lễ.", "TP. HCM", "LOC"),
        ("Bà Vũ Thị Lan làm người mẫu, MC Phương Mai dẫn chương trình.", "Phương Mai", "PER"),
    ],
)
def test_entities_read_news_abbreviations(text: str, name: str, type_: str) -> None:
    assert (name, type_) in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Theo báo Lao Động, công nhân đã đình công.", {("Lao Động", "ORG")}),
        ("Tỉnh đoàn phối hợp với báo Tuổi trẻ trao học bổng.", {("Tuổi trẻ", "ORG")}),
        ("Lao động tự do chiếm phần lớn dân số.", set()),
        ("Thanh niên này đã bỏ trốn.", set()),
    ],
)
def test_entities_tell_a_newspaper_from_the_common_words_of_its_name(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(n, t) for n, t in found(text) if t == "ORG"} == expected


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (  # an acronym before a person's name is the body they lead
            "Thủ lĩnh CNRP Sam Rainsy yêu cầu tẩy chay kỳ họp.",
            {("CNRP", "ORG"), ("Sam Rainsy", "PER")},
            {"CNRP Sam Rainsy"},
        ),
        (  # a body named by its function alone is no organisation
            "Hội đồng Quản trị của công ty đã thông qua việc chuyển nhượng.",
            set(),
            {"Hội đồng Quản trị"},
        ),
        (  # a surname and middle name take the capitalised common word after them
            "Riêng Trương Văn Được bị tạm giữ hình sự.",
            {("Trương Văn Được", "PER")},
            {"Trương Văn"},
        ),
        (  # a newspaper's name written in lower case inside a longer name
            "Đại diện Hội Liên hiệp Thanh niên Việt Nam phát biểu.",
            {("Hội Liên hiệp Thanh niên Việt Nam", "ORG")},
            {"Hội Liên hiệp Thanh niên"},
        ),
        (  # one common word capitalised is not an organisation
            "Trung ương Đoàn tổ chức Lễ ra quân tại thành phố Huế.",
            set(),
            {"Lễ"},
        ),
        (  # a language is not its country
            "Cậu lập kỷ lục trong phần thi tiếng Anh.",
            set(),
            {"Anh"},
        ),
        (  # a form of address before a given name spelled without marks
            "Anh My cũng đã xây mộ cho vợ.",
            set(),
            {"Anh"},
        ),
    ],
)
def test_entities_split_and_skip_by_shape(
    text: str, expected: set[tuple[str, str]], absent: set[str]
) -> None:
    mentions = found(text)
    assert expected <= mentions
    assert not absent & {name for name, _ in mentions}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Theo GS.TS Nguyễn Lộc, chương trình cần đổi mới.", "Nguyễn Lộc", "GS.TS"),
        ("PGS.TS Trần Văn Hải cho biết hôm qua.", "Trần Văn Hải", "PGS.TS"),
        ("Theo ThS.BS Lê Thị Mai, bệnh nhân đã ổn định.", "Lê Thị Mai", "ThS.BS"),
        ("Theo PGS-TS Lê Hùng, việc này khó.", "Lê Hùng", "PGS-TS"),
        # a vocative opening the sentence is no part of the name
        ("Thưa PGS. Nghiêm Đình Vỳ, ông nghĩ sao?", "Nghiêm Đình Vỳ", "PGS."),
        ("Thưa GS Nghiêm Đình Vỳ, ông nghĩ sao?", "Nghiêm Đình Vỳ", "GS"),
    ],
)
def test_entities_read_degrees_joined_in_one_word_as_a_title(
    text: str, name: str, title: str
) -> None:
    found = [(m.text, m.type, (m.title or "").replace(" ", "")) for m in mentions_of(text)]
    assert found == [(name, "PER", title)]
