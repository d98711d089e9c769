from __future__ import annotations

import pytest

from bantin.analyse import Analyser, Segmenter, TermCounter, find_dateline
from bantin.analyse.component import check_chain
from bantin.analyse.segment import split_sentences
from bantin.errors import PipelineError
from bantin.models import AnalysedArticle, Article, extend


def make_article(*body: str, title: str | None = "Tiêu đề bài viết") -> AnalysedArticle:
    article = Article(id="a1", path="page.txt", title=title, body=body)
    return extend(article, AnalysedArticle)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("NAPLES, Ý – Hôm thứ Sáu, Hoa Kỳ đã thông báo.", "NAPLES, Ý –"),
        ("HÀ NỘI (TTXVN) - Sáng nay, Quốc hội họp.", "HÀ NỘI (TTXVN) -"),
        ("WASHINGTON — Tổng thống phát biểu.", "WASHINGTON —"),
        ("Ông Nguyễn Văn A - người phát ngôn - cho biết.", None),
        ("Hà Nội - Sáng nay trời mưa.", None),
        ("Lầu Năm Góc hôm 22/4 cho biết.", None),
    ],
)
def test_find_dateline_reads_only_capitalised_places(paragraph: str, expected: str | None) -> None:
    assert find_dateline(paragraph) == expected


def test_segmenter_splits_paragraphs_before_sentences() -> None:
    # No final punctuation on the first paragraph: underthesea alone would glue it to the next.
    article = make_article("Một dòng không dấu chấm", "Câu thứ hai. Câu thứ ba có 1.000 người.")
    analysed = Segmenter()(article)
    assert [s.text for s in analysed.sentences] == [
        "Một dòng không dấu chấm",
        "Câu thứ hai.",
        "Câu thứ ba có 1.000 người.",
    ]
    assert [s.paragraph for s in analysed.sentences] == [0, 1, 1]
    assert [s.index for s in analysed.sentences] == [0, 1, 2]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Theo Tin.vn, bão đã tan. Trời nắng.", ["Theo Tin.vn, bão đã tan.", "Trời nắng."]),
        (
            "Ông T.Q.H. (45 tuổi) bị bắt. Chị K. có mặt.",
            ["Ông T.Q.H. (45 tuổi) bị bắt.", "Chị K. có mặt."],
        ),
        ("Anh N.V.B. cho biết. Xong.", ["Anh N.V.B. cho biết.", "Xong."]),
        ("Chị L.D. T cho biết. Xong.", ["Chị L.D. T cho biết.", "Xong."]),
        ("Ông Đ. N.A., trú tại xã Liên Hà. Xong.", ["Ông Đ. N.A., trú tại xã Liên Hà.", "Xong."]),
        ("Chị H.T. M.L tố giác. Xong.", ["Chị H.T. M.L tố giác.", "Xong."]),
        ("Cháu Ng. N.Ph (SN 1991) đi học.", ["Cháu Ng. N.Ph (SN 1991) đi học."]),
        ("Nạn nhân là C.M. D.. Cả hai bị bắt.", ["Nạn nhân là C.M. D..", "Cả hai bị bắt."]),
        ("Nhà ông Đ. Tại đây có lũ.", ["Nhà ông Đ.", "Tại đây có lũ."]),
        ("Gặp anh N.V.B. Ở đó có lũ.", ["Gặp anh N.V.B.", "Ở đó có lũ."]),
        ("Tỷ số là 2-1. H. Kane ghi bàn.", ["Tỷ số là 2-1.", "H. Kane ghi bàn."]),
        ("Lũ về. (Ảnh minh họa) Nước dâng.", ["Lũ về.", "(Ảnh minh họa) Nước dâng."]),
    ],
)
def test_split_sentences_undoes_cuts_where_no_sentence_starts(
    paragraph: str, expected: list[str]
) -> None:
    assert split_sentences(paragraph) == expected


def test_segmenter_joins_syllables_of_a_word() -> None:
    analysed = Segmenter()(make_article("Mỹ bắt đầu đàm phán với Niger."))
    words = analysed.sentences[0].words
    assert "bắt_đầu" in words and "đàm_phán" in words
    assert " ".join(w.replace("_", " ") for w in words).startswith("Mỹ bắt đầu đàm phán")


def test_term_counter_drops_stopwords_and_punctuation() -> None:
    analysed = TermCounter()(Segmenter()(make_article("Mỹ và Niger đàm phán. Mỹ rút quân!")))
    assert analysed.terms["mỹ"] == 2
    assert analysed.terms["đàm_phán"] == 1
    assert "và" not in analysed.terms
    assert "." not in analysed.terms and "!" not in analysed.terms


def test_term_counter_title_words_are_lowercased_content_words() -> None:
    article = make_article("Nội dung.", title="Hoa Kỳ rút quân khỏi Niger")
    analysed = TermCounter()(Segmenter()(article))
    assert "hoa_kỳ" in analysed.title_words
    assert all(w == w.lower() for w in analysed.title_words)


def test_analyser_records_component_versions() -> None:
    analysed = Analyser([Segmenter(), TermCounter()])(Article(id="x", path=None, body=("Câu.",)))
    assert analysed.stages == {"segment": Segmenter.version, "terms": TermCounter.version}


def test_check_chain_rejects_a_component_before_its_requirement() -> None:
    with pytest.raises(PipelineError, match="requires sentences"):
        check_chain([TermCounter(), Segmenter()])


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            'Ông nói: "Dầu sẽ tới. Giá 85 tỷ USD." Theo ông Medvedev, "đây là tiền lớn".',
            ['Ông nói: "Dầu sẽ tới.', 'Giá 85 tỷ USD."', 'Theo ông Medvedev, "đây là tiền lớn".'],
        ),
        (
            "Ông nói: “Tôi đi. Anh về.” Thu Phương chia sẻ.",
            ["Ông nói: “Tôi đi.", "Anh về.”", "Thu Phương chia sẻ."],
        ),
        # the mark goes on with its sentence when what follows it is lower-case
        ('Ông nói: "Tôi đi. Anh về.", ông Ba nói.', ['Ông nói: "Tôi đi.', 'Anh về.", ông Ba nói.']),
        # a straight mark after an even number of them opens a quote
        ('Ông nói. "Tôi đi." Anh về.', ["Ông nói.", '"Tôi đi."', "Anh về."]),
    ],
)
def test_split_sentences_ends_a_sentence_at_the_mark_closing_its_quote(
    paragraph: str, expected: list[str]
) -> None:
    assert split_sentences(paragraph) == expected
