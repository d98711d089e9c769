"""The caches of the per-article path give what the uncached path gives, and stay bounded."""

from __future__ import annotations

from datetime import date

import pytest
from underthesea import word_tokenize

from bantin.analyse.facts import DateComponent
from bantin.analyse.facts.dates import resolve_dates
from bantin.analyse.facts.syllables import Syllables, _read_word
from bantin.analyse.segment import segment_words
from bantin.analyse.terms import content_key, content_words
from bantin.models import AnalysedArticle, Article, Sentence, extend

# Varied segmented words: a name glued to the word after it (read in context: after a name it
# splits off, after a common word it does not), a name glued to a word before it, hyphenated
# pairs, an Arabic particle, camel case, punctuation and an empty piece.
WORD_SEQUENCES = [
    ("Mai", "Trần_nhận", "giải"),
    ("xin", "Trần_nhận", "giải"),
    ("Trần_nhận", "giải"),
    ("bắt", "quả_tang_Lầu", "đang", "trộm"),
    ("Hà_Nội-Nam_Định", "và", "Li-băng"),
    ("ông", "al-Assad", "nói", ","),
    ("Chia_sẻ", "với", "iPhone", "“", "Hoa_hậu_Hoàn_Vũ", "”", "_"),
    ("Nguyễn_Phương_tiết_lộ", "."),
]


def _fields(syllables: Syllables) -> tuple[tuple[object, ...], ...]:
    return (
        syllables.text,
        syllables.keys,
        syllables.in_common_word,
        syllables.continues_word,
        syllables.at_start,
        syllables.joined,
    )


def test_syllables_read_the_same_whatever_the_word_cache_holds() -> None:
    _read_word.cache_clear()
    cold = [_fields(Syllables.of(words)) for words in WORD_SEQUENCES]
    # warm, in the other order: each word was last read in another sentence
    warm = [_fields(Syllables.of(words)) for words in reversed(WORD_SEQUENCES)][::-1]
    assert warm == cold
    assert _read_word.cache_info().hits > 0


def test_syllables_read_a_glued_name_from_the_word_before_it() -> None:
    after_name = Syllables.of(("Mai", "Trần_nhận"))
    after_word = Syllables.of(("xin", "Trần_nhận"))  # same cached word, other context
    assert after_name.in_common_word != after_word.in_common_word


@pytest.mark.parametrize(
    "text",
    [
        "Bác sĩ bây giờ có thể thản nhiên báo tin bệnh nhân bị ung thư.",
        "Xem thêm tại đây.",
        "Ông Nguyễn Văn A, 45 tuổi, ở TP.HCM.",
        "”.",
        "   ",
    ],
)
def test_segment_words_is_underthesea_segmentation_cached_or_not(text: str) -> None:
    expected = tuple(word_tokenize(text, format="text").split()) if text.strip() else ()
    assert segment_words(text) == expected
    assert segment_words(text) == expected  # the second read comes from the cache


def test_content_words_judge_each_word_as_the_uncached_key_does() -> None:
    words = ["Hà_Nội", "và", "VÀ", ",", "“", "COVID-19", "bởi_vì", "iPhone", "", "2023", "..."]
    expected = [k for w in words if (k := content_key.__wrapped__(w)) is not None]
    assert content_words(words) == expected
    assert content_words(words) == expected  # from the cache
    assert "và" not in expected and "hà_nội" in expected


@pytest.mark.parametrize("cached", [segment_words, _read_word, content_key])
def test_caches_are_bounded(cached: object) -> None:
    info = cached.cache_info()  # type: ignore[attr-defined]
    assert info.maxsize is not None and info.maxsize <= 65536


def test_date_component_resolves_as_resolve_dates_with_the_reference_it_infers() -> None:
    body = (
        "Ngày 25/8/2023, khối này kêu gọi đối thoại.",
        "Từ tháng 4 đến tháng 6.2013, hôm thứ Hai và ngày 3/9 họ họp.",
    )
    article = extend(Article(id="a", path="p.txt", title="T", body=body), AnalysedArticle)
    sentences = tuple(
        Sentence(index=k, paragraph=k, text=text, words=()) for k, text in enumerate(body)
    )
    analysed = DateComponent()(article.model_copy(update={"sentences": sentences}))
    # no publication date: the reference is inferred from the same expressions
    assert analysed.reference_date is not None and analysed.reference_inferred
    reference = date.fromisoformat(analysed.reference_date)
    assert analysed.dates == resolve_dates(sentences, reference)
    assert len(analysed.dates) >= 3
