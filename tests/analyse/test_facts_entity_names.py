"""Entities: city prefixes, initials, minority surnames, glued names, common-noun acronyms,
given names after a title, businesses after their kind."""

from __future__ import annotations

import pytest
from naming import found

from bantin.analyse import Analyser, Segmenter
from bantin.analyse.facts import EntityComponent, QuoteComponent
from bantin.analyse.facts.acronyms import defined_common_acronyms
from bantin.analyse.facts.syllables import Syllables, syllable_offsets
from bantin.models import Article, Sentence


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Hai người bị bắt ở TP. Đà Nẵng hôm qua.", ("TP. Đà Nẵng", "LOC"), ("Đà Nẵng", "LOC")),
        ("Cây cầu nối TP Hội An với biển.", ("TP Hội An", "LOC"), ("Hội An", "LOC")),
        ("Cây cầu nối thành phố Hội An với biển.", ("Hội An", "LOC"), ("TP Hội An", "LOC")),
    ],
)
def test_city_prefix_written_in_its_name_stays_in_it(
    text: str, expected: tuple[str, str], absent: tuple[str, str]
) -> None:
    mentions = found(text)
    assert expected in mentions
    assert absent not in mentions


def test_initials_of_a_person_keep_their_period_and_type() -> None:
    mentions = found(
        "Nạn nhân là anh Nguyễn Văn N. (SN 1980), trú tại P. 11.",
        "Sau đó ông N. được đưa đi cấp cứu, xe mang tên P.T.D. bị bỏ lại.",
    )
    assert {("Nguyễn Văn N.", "PER"), ("N.", "PER"), ("P.T.D.", "PER")} <= mentions
    assert ("P.", "PER") not in mentions


def test_districts_named_by_number_are_places() -> None:
    mentions = found(
        "Cháu ngụ ở Phường 13, Quận 8, còn bà ở phường 14 quận 10; Công an quận 5 vào cuộc."
    )
    assert {("Phường 13", "LOC"), ("Quận 8", "LOC"), ("phường 14", "LOC")} <= mentions
    assert {("quận 10", "LOC"), ("Công an quận 5", "ORG")} <= mentions
    assert ("quận 5", "LOC") not in mentions


@pytest.mark.parametrize("name", ["Lầu A Co", "Lù Văn Được", "Điểu Lâm"])
def test_minority_surnames_open_a_person_name(name: str) -> None:
    text = "Công an bắt quả tang Lầu A Co (27 tuổi) cùng Lù Văn Được và Điểu Lâm, 33 tuổi."
    assert (name, "PER") in found(text)


def test_place_word_surname_before_a_middle_name_is_a_person() -> None:
    mentions = found("Cháu bé tên Hồ Thị Thúy Quỳnh đi lạc gần hồ Hoàn Kiếm, tỉnh Sơn La.")
    assert ("Hồ Thị Thúy Quỳnh", "PER") in mentions
    assert ("Sơn La", "LOC") in mentions


def test_name_glued_after_a_dictionary_word_is_not_part_of_it() -> None:
    syllables = Syllables.of(("bắt", "quả_tang_Lầu", "A_Co"))
    assert syllables.text[1:4] == ("quả", "tang", "Lầu")
    assert syllables.in_common_word[1:3] == (True, True)
    assert not syllables.in_common_word[3]
    assert not syllables.continues_word[3]


def test_acronyms_of_common_nouns_and_units_are_not_names() -> None:
    mentions = found(
        "Dịch lở mồm long móng (LMLM) bùng phát ở Quảng Trị, nhiều xã có dịch LMLM.",
        "Máy có RAM 16 GB và kết nối LTE tốc độ 150 Mbps.",
    )
    texts = {text for text, _ in mentions}
    assert ("Quảng Trị", "LOC") in mentions
    assert not texts & {"LMLM", "GB", "LTE", "Mbps", "RAM"}


def test_defined_acronym_needs_lower_case_words_with_its_initials() -> None:
    sentences = [
        Sentence(
            index=0,
            paragraph=0,
            text="Các huấn luyện viên (HLV) và Ủy ban nhân dân (UBND) họp.",
            words=(),
        ),
        Sentence(
            index=1, paragraph=0, text="Ông làm việc ở công ty du lịch (VTR) nhiều năm.", words=()
        ),
    ]
    assert defined_common_acronyms(sentences) == frozenset({"hlv"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Khách mời là ca sĩ Bảo Thy, nhạc sĩ Đức Huy và nghệ sĩ Việt Hương.", ("Đức Huy", "PER")),
        ("Đại sứ Mỹ Tim Walz đã đến Hà Nội.", ("Mỹ", "LOC")),
    ],
)
def test_one_syllable_place_after_a_title_opens_a_vietnamese_name_only(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in found(text)


def test_business_named_after_its_kind_is_an_organisation() -> None:
    mentions = found("Nhóm bạn ăn nhậu tại quán nhậu Bom Bo rồi sang quán karaoke Hiếu Hà.")
    assert {("Bom Bo", "ORG"), ("Hiếu Hà", "ORG")} <= mentions


def test_speaker_role_is_not_read_into_a_person_named_before_a_place() -> None:
    article = Article(
        id="t",
        path=None,
        body=(
            "Tối hôm đó, Đạt chở chị H. về huyện Bình Giang chơi.",
            "“Đối tượng đã thừa nhận hành vi của mình”, lãnh đạo Công an huyện Bình Giang"
            " thông tin thêm.",
        ),
    )
    analysed = Analyser([Segmenter(), EntityComponent(), QuoteComponent()])(article)
    assert ("H.", "PER") in {(m.text, m.type) for m in analysed.mentions}
    (quote,) = analysed.quotes
    assert quote.speaker != "H."


def test_mention_text_is_written_as_in_the_sentence() -> None:
    mentions = found("Hai bị cáo được đưa đến TAND Tp.HCM, nơi al-Qaeda bị nhắc tới.")
    assert {("TAND Tp.HCM", "ORG"), ("al-Qaeda", "ORG")} <= mentions


@pytest.mark.parametrize(
    ("text", "syllables", "offsets"),
    [
        ("TAND Tp.HCM xử", ("TAND", "Tp.", "HCM", "xử"), [(0, 4), (5, 8), (8, 11), (12, 14)]),
        ("Ông A nói", ("Ông", "B", "nói"), []),
    ],
)
def test_syllable_offsets_find_each_syllable_in_order(
    text: str, syllables: tuple[str, ...], offsets: list[tuple[int, int]]
) -> None:
    assert syllable_offsets(text, syllables) == offsets
