"""Entities, fifty-second round (read on random VietNews pages): a district's party committee
whose name opens without a mark, US states that share a country's name, trains, landmarks
named in English, a government before its leader's title, units written in camel case, the
islands of the Caribbean, bodies named for two countries, English newspapers' "The", Japan's
dailies, the labour confederation, police departments' codes, schools after a place word,
departments "for prevention and control" and acronyms an article defines for another body
than the gazetteer's."""

from __future__ import annotations

import pytest
from naming import found, mentions_of


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        # a Vietnamese place whose first syllable has no mark is no foreign officer's name
        ("Ông Men Pholly - bí thư Huyện ủy Tri Tôn - vừa được điều động.", "Huyện ủy Tri Tôn",
         "ORG"),
        ("Chủ tịch Hạ viện Nancy Pelosi phát biểu.", "Nancy Pelosi", "PER"),
        # a government, then the title and name of the one who leads it
        ("Chính phủ Thủ tướng Turnbull đã phải đưa ra luật mới.", "Turnbull", "PER"),
        ("Chính phủ Anh phản đối kế hoạch này.", "Chính phủ Anh", "ORG"),
        # a train's code after "tàu" is the train, not an organisation
        ("Trực ban đón tàu SH3 vào đường số 3, còn tàu SE26 vào đường số 2.", "SH3", "MISC"),
        ("Đoàn tàu SE3 trật bánh tại ga Nha Trang.", "SE3", "MISC"),
        ("Kênh VTV1 phát sóng trực tiếp trận đấu.", "VTV1", "ORG"),
        # a city's name and a landmark's word in English
        ("Ông Scott Abraham sống ở thành phố Miami Beach.", "Miami Beach", "LOC"),
        ("Bão đổ bộ vào thị trấn Mexico Beach của Florida.", "Mexico Beach", "LOC"),
        ("China Mobile tăng giá cước.", "China Mobile", "ORG"),
        ("Các nước Estonia, đảo quốc Saint Vincent và Grenadines, Niger và Việt Nam.",
         "Saint Vincent và Grenadines", "LOC"),
        ("Trạm biến áp 110 kV Tháp Chàm đã được đóng điện.", "Tháp Chàm", "LOC"),
        # two countries paired by a dash inside a body's name
        ("Cô giáo bị hành hung tại Trường mầm non Việt - Lào, TP Vinh.",
         "Trường mầm non Việt - Lào", "ORG"),
        ("Bệnh nhân được chuyển lên Bệnh viện Hữu nghị Việt - Đức.",
         "Bệnh viện Hữu nghị Việt - Đức", "ORG"),
        # a newspaper's English name after "báo" is the name, "The" included
        ("Báo The Star ngày 9-9 dẫn lời tiến sĩ Sen Nathan.", "The Star", "ORG"),
        ("Tờ The Diplomat nhận định như vậy.", "The Diplomat", "ORG"),
        ("Báo Thanh Niên đưa tin.", "Thanh Niên", "ORG"),
        ("Cũng theo Mainichi, Tokyo muốn tăng cường phòng vệ.", "Mainichi", "ORG"),
        # the Vietnam General Confederation of Labour, and a province's police departments
        ("Chủ tịch Tổng LĐLĐ Việt Nam phát biểu.", "Tổng LĐLĐ Việt Nam", "ORG"),
        ("Một lãnh đạo PC67 Hà Nội cho biết PC67 đã cử cán bộ.", "PC67", "ORG"),
        # a school after a place word, and a department "for prevention and control"
        ("Trong đêm, khu vực Trường mầm non Minh Huệ ngập sâu gần 2m.",
         "Trường mầm non Minh Huệ", "ORG"),
        ("Khu vực Trường Sa có mưa rào.", "Trường Sa", "LOC"),
        ("Đại diện Cục Phòng, chống tệ nạn xã hội, Bộ Lao động nhấn mạnh.",
         "Cục Phòng, chống tệ nạn xã hội", "ORG"),
    ],
)  # fmt: skip
def test_a_name_is_read_whole_and_typed(text: str, name: str, type_: str) -> None:
    assert (name, type_) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ba trạm biến áp công suất 100kVA (mỗi máy) được lắp thêm.",
        "Hệ thống điện mặt trời mái nhà công suất 10 kWp, độ pH của nước là 7.",
        "Pin dung lượng 4.000 mAh, huyết áp 120 mmHg.",
    ],
)
def test_units_written_in_camel_case_name_nothing(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    ("text", "written", "canonical"),
    [
        # a US state that shares a country's name is the state
        ("Nhiều người dân Florida chọn bang Georgia làm nơi tránh bão.", "Georgia", None),
        ("Tổng thống Gruzia thăm Georgia hôm qua.", "Georgia", "Gruzia"),
        # a state named for a capital is the state, not the government seated there
        ("Cháy rừng lan rộng ở bang Washington.", "Washington", "Washington"),
        ("Washington cũng đồng ý với đề xuất.", "Washington", "Mỹ"),
        ("Cục hàng không liên bang Mỹ (FAA) cấm bay.", "Mỹ", "Mỹ"),
    ],
)
def test_a_state_is_told_from_the_country_of_its_name(
    text: str, written: str, canonical: str | None
) -> None:
    mention = next(m for m in mentions_of(text) if m.text == written)
    assert (mention.type, mention.canonical) == ("LOC", canonical)


@pytest.mark.parametrize(
    ("text", "acronym", "canonical"),
    [
        # an article defining an acronym the gazetteer gives another body means its own
        ("Nhóm quân đội Syria mới (NSA) được Mỹ ủng hộ. NSA đã giành quyền kiểm soát Al - Tanf.",
         "NSA", "Nhóm quân đội Syria mới"),
        ("Ủy ban bầu cử Thái Lan (EC) công bố kết quả. EC cho biết.", "EC",
         "Ủy ban bầu cử Thái Lan"),
        # a spelling of the gazetteer's body, or a body known by its acronym alone, is that one
        ("Tổ chức Y tế thế giới (WHO) cảnh báo. WHO cho biết.", "WHO", "Tổ chức Y tế Thế giới"),
        ("Tập đoàn Bưu chính viễn thông VN (VNPT) cho biết. VNPT sẽ đầu tư.", "VNPT", "VNPT"),
    ],
)  # fmt: skip
def test_an_acronym_the_article_defines_names_the_body_it_defines(
    text: str, acronym: str, canonical: str
) -> None:
    assert {m.canonical for m in mentions_of(text) if m.text == acronym} == {canonical}
