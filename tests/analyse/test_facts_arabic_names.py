"""Arabic names as Vietnamese outlets write them, the article joined by a spaced dash: "Bashar
al - Assad" is one person, not "Bashar"; "Jabhat al - Nusra" a group, "Deir al - Zor" a
place; a name that opens with its article ("ông al - Assad") needs a title or a cue to say
what it is."""

from __future__ import annotations

import pytest
from naming import found


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Tổng thống Syria Bashar al - Assad tuyên bố.", "Bashar al - Assad", "PER"),
        ("Abu Bakr al - Baghdadi được nhìn thấy ở Mosul.", "Abu Bakr al - Baghdadi", "PER"),
        ("Ngoại trưởng Adel al - Jubeir nhấn mạnh điều đó.", "Adel al - Jubeir", "PER"),
        ("Lực lượng của ông al - Assad rút lui.", "al - Assad", "PER"),
        ("Nhóm Hayat Tahrir al - Sham kiểm soát thành phố.", "Nhóm Hayat Tahrir al - Sham", "ORG"),
        ("Các tay súng Jaish al - Islam rút khỏi Douma.", "Jaish al - Islam", "ORG"),
        ("Trả lời nhật báo Asharq al - Awsat, ông nói vậy.", "Asharq al - Awsat", "ORG"),
        ("Mạng lưới al - Qaeda đứng sau vụ tấn công.", "al - Qaeda", "ORG"),
        ("Quân đội tiến vào Deir al - Zor hôm qua.", "Deir al - Zor", "LOC"),
        ("Thị trấn al - Bab thất thủ.", "al - Bab", "LOC"),
        # a place's word opens a place's name without the article too
        ("Vụ tấn công ở Khan Sheikhoun khiến nhiều người chết.", "Khan Sheikhoun", "LOC"),
        ("Phiến quân rút khỏi Kafr Zita hôm qua.", "Kafr Zita", "LOC"),
        # what the rules leave alone
        ("Thái tử Mohammed bin Salman đã gặp ông.", "Mohammed bin Salman", "PER"),
        ("Ông Jean - Claude Juncker cho biết.", "Jean - Claude Juncker", "PER"),
        ("Thủ tướng Sheikh Hasina cho biết.", "Sheikh Hasina", "PER"),
    ],
)
def test_the_name_and_its_type(text: str, name: str, type_: str) -> None:
    assert (name, type_) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # an article-first name that nothing around it types is no guess
        "Không kích căn cứ không quân al - Shayrat hôm qua.",
        "Eid Al - Adha là dịp lễ lớn đối với tất cả tín đồ Hồi giáo.",
    ],
)
def test_an_untyped_article_name_is_left_out(text: str) -> None:
    assert not {name for name, _ in found(text) if "Shayrat" in name or "Adha" in name}
