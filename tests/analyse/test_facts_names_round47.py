"""Names read on the open stream in the forty-seventh round.

Vietnamese groups the gazetteer now knows (MobiFone, Eximbank, OceanBank, Sabeco, Bảo Việt,
Vinaconex ...) are organisations, not people ("2 lãnh đạo Mobifone"), and a place after one
is where its branch is ("Eximbank Đô Lương", "Bảo Việt Đà Nẵng"); a group's name opening a
firm's goes on with the foreign words that name the firm ("Công ty CP đầu tư Sabeco Pearl",
"Công ty TNHH Samsung Electronics Việt Nam", "Công ty TNHH đầu tư Sabeco HP"), and the firm's
bare name is an organisation in the article that named it so (a brand's word elsewhere stays
its product: "xe Toyota Vios"); a state firm's board (HĐTV) is part of its chair's title."""

from __future__ import annotations

import pytest
from naming import found, mentions_of


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
    ],
)
def test_names_read(paragraphs: tuple[str, ...], name: tuple[str, str]) -> None:
    assert name in found(*paragraphs)


def test_a_state_firms_board_is_part_of_its_chairs_title() -> None:
    titled = {
        (m.text, m.type, m.title) for m in mentions_of("Chủ tịch HĐTV Mobifone Lê Nam Trà nói.")
    }
    assert ("Lê Nam Trà", "PER", "Chủ tịch HĐTV Mobifone") in titled
    assert not any(type_ == "PER" and "HĐTV" in text for text, type_, _ in titled)
