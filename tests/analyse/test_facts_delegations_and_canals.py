"""Bodies the news names by a long head: a province's delegation to the National Assembly
("Đoàn Đại biểu Quốc hội tỉnh Gia Lai", "Đoàn ĐBQH TP Đà Nẵng"), the Youth Union and touring
troupes, and departments whose two fields are written without their "và" ("Bộ Thông tin
truyền thông"). A province's deputies sit in the one assembly ("đại biểu Quốc hội tỉnh Gia
Lai" is the assembly and the province); a person's name after "UBND tỉnh" is its officer, as
no province is named after a person. "kênh" before a Vietnamese name is a canal, and a house
number after "tại" gives an address without "số". A firm's Vietnamese name may open with a
country's ("Công ty Nhật Cường", "Công ty TNHH Mỹ Hưng"), and a model's designation may come
with its dash spaced as VietNews writes it ("S -400", "F -35"). A deputy's constituency in
brackets ("Trần Đình Thắng (TP. HCM)") is no expansion of the person's name, and a firm named
after its country ("công ty Trung Quốc Goertek") is a firm, as is a taxi firm named after a
place ("hãng taxi Hải Vân"); a train's crew have titles ("Trưởng tàu Võ Đức Kỷ")."""

from __future__ import annotations

import pytest
from naming import found


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        (
            "Ông Nguyễn Thanh Quang, trưởng Đoàn Đại biểu Quốc hội TP Đà Nẵng, cho biết.",
            "Đoàn Đại biểu Quốc hội TP Đà Nẵng",
            "ORG",
        ),
        ("Đoàn ĐBQH TP Đà Nẵng đã tiếp xúc cử tri.", "Đoàn ĐBQH TP Đà Nẵng", "ORG"),
        ("Đoàn đại biểu Quốc hội tỉnh Gia Lai họp.", "Đoàn đại biểu Quốc hội tỉnh Gia Lai", "ORG"),
        ("Bí thư Đoàn Thanh niên xã Tân Hòa cho biết.", "Đoàn Thanh niên xã Tân Hòa", "ORG"),
        ("Đoàn ca múa dân tộc Dak Lak biểu diễn.", "Đoàn ca múa dân tộc Dak Lak", "ORG"),
        (
            "Thứ trưởng Bộ Thông tin truyền thông Hoàng Vĩnh Bảo cho biết.",
            "Bộ Thông tin truyền thông",
            "ORG",
        ),
        ("Sở Kế hoạch đầu tư Hà Nội đã họp.", "Sở Kế hoạch đầu tư Hà Nội", "ORG"),
        # the assembly and the province its deputy represents
        ("Bà Lan, đại biểu Quốc hội tỉnh Gia Lai, cho biết.", "Quốc hội", "ORG"),
        ("Bà Lan, đại biểu Quốc hội tỉnh Gia Lai, cho biết.", "Gia Lai", "LOC"),
        ("Ông Bình, đại biểu Quốc hội TP Hà Nội, cho biết.", "TP Hà Nội", "LOC"),
        # the body and its officer
        ("Phó chủ tịch UBND tỉnh Nguyễn Văn Dũng chỉ đạo.", "UBND tỉnh", "ORG"),
        ("Phó chủ tịch UBND tỉnh Nguyễn Văn Dũng chỉ đạo.", "Nguyễn Văn Dũng", "PER"),
        # canals, and a bare house number after "tại"
        ("Cá chết trên kênh Nhiêu Lộc - Thị Nghè.", "Nhiêu Lộc", "LOC"),
        ("Rác ùn ứ trên kênh Tàu Hũ.", "Tàu Hũ", "LOC"),
        ("Trụ sở không có tại 36B Trần Phú, phường Vĩnh Nguyên.", "Trần Phú", "LOC"),
        ("Công ty Nhật Cường bị khám xét.", "Công ty Nhật Cường", "ORG"),
        ("Ông Sướng lập Công ty TNHH Mỹ Hưng năm 1996.", "Công ty TNHH Mỹ Hưng", "ORG"),
        ("Thổ Nhĩ Kỳ mua hệ thống S -400 của Nga.", "S -400", "MISC"),
        ("Mỹ không bán tiêm kích F -35 cho Ankara.", "F -35", "MISC"),
        ("Máy bay vận tải Il -76 hạ cánh.", "Il -76", "MISC"),
        ("Máy bay V -22 Osprey hạ cánh.", "V -22", "MISC"),  # one letter, though a numeral
        # a deputy's constituency in brackets, and a firm after its country
        ("Đại biểu Trần Đình Thắng (TP. HCM) phát biểu.", "Trần Đình Thắng", "PER"),
        ("Ông Jiang Bin, chủ tịch công ty Trung Quốc Goertek, cho biết.", "Goertek", "ORG"),
        # a train's crew by their titles, a taxi firm named after a place, a ship after its
        # commander's title
        ("Trưởng tàu Võ Đức Kỷ cho biết tàu đã xuất phát.", "Võ Đức Kỷ", "PER"),
        ("Tài xế của hãng taxi Hải Vân bị sa thải.", "Hải Vân", "ORG"),
        ("Đại tá Peter Roberts, chỉ huy trưởng tàu USNS Mercy, phát biểu.", "USNS Mercy", "MISC"),
        # what the rules leave alone
        ("Ngân hàng Nhật Bản cho vay ưu đãi.", "Ngân hàng Nhật Bản", "ORG"),
        ("Chương trình phát trên kênh VTV3 tối nay.", "VTV3", "ORG"),
        ("Hai nước phát huy vai trò kênh Đảng trong quan hệ.", "Đảng", "ORG"),
        ("Quốc hội Campuchia đã họp phiên bất thường.", "Quốc hội Campuchia", "ORG"),
        ("Chủ tịch UBND tỉnh Lâm Đồng cho biết.", "UBND tỉnh Lâm Đồng", "ORG"),
        ("Ông Đoàn Văn Tòng cho biết sẽ khởi kiện.", "Đoàn Văn Tòng", "PER"),
        ("Người dân ở 5 Nguyễn Văn Cừ báo cháy.", "Nguyễn Văn Cừ", "LOC"),
    ],
)
def test_the_name_and_its_type(text: str, name: str, type_: str) -> None:
    assert (name, type_) in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "sang" goes somewhere: the troupe's name ends before it
        ("Đoàn nghệ thuật Nội Mông sang Việt Nam biểu diễn.", "Đoàn nghệ thuật Nội Mông"),
        # a count of hospitals is no address
        ("Hội nghị diễn ra tại 12 Bệnh viện Trung ương.", "Bệnh viện Trung ương"),
    ],
)
def test_where_a_name_ends(text: str, name: str) -> None:
    assert name in {found_name for found_name, _ in found(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Ôtô biển số 51 G -305 lưu thông trên quốc lộ.",  # a number plate
        "Đội tuyển U -23 Việt Nam thắng trận.",  # a team's age group
        "Hàng tập kết tại lô III -16, khu công nghiệp.",  # a lot's roman numeral
    ],
)
def test_no_designation(text: str) -> None:
    assert not {name for name, type_ in found(text) if type_ == "MISC" and "-" in name}
