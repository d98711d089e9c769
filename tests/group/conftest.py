"""Hand-built analysed articles: grouping is tested without segmentation models."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable

import pytest

from bantin.models import AnalysedArticle, Sentence


def make_article(
    text: str, title: str = "", published: str | None = None, key: str | None = None
) -> AnalysedArticle:
    """An analysed article whose words are the whitespace tokens of ``text`` (one sentence
    per '.'); its id is a hash of ``key`` or of the text, like the real article ids."""
    sentences = []
    for index, chunk in enumerate(part.strip() for part in text.split(".") if part.strip()):
        sentences.append(Sentence(index=index, paragraph=0, text=chunk, words=tuple(chunk.split())))
    terms = Counter(w.lower() for s in sentences for w in s.words if w[:1].isalnum())
    return AnalysedArticle(
        id=hashlib.sha1((key or text).encode()).hexdigest()[:16],
        path=None,
        title=title or None,
        body=(text,),
        published=published,
        sentences=tuple(sentences),
        title_words=tuple(title.lower().split()),
        terms=dict(terms),
    )


# Three reports of each of four events, written for these tests: each event has its own
# names, places and numbers, the way different outlets' reports of one event share them.
EVENTS: dict[str, list[tuple[str, str]]] = {
    "flood": [
        (
            "lũ quét Quảng_Nam",
            "Lũ quét ở Quảng_Nam làm 5 người chết . Nước sông Thu_Bồn dâng cao "
            "ngập 300 ngôi nhà . Ban chỉ_huy phòng_chống thiên_tai tỉnh sơ_tán dân",
        ),
        (
            "mưa lũ Quảng_Nam",
            "Mưa lũ tại Quảng_Nam khiến 5 người thiệt_mạng . Sông Thu_Bồn vượt "
            "báo_động 3 . Hàng trăm ngôi nhà bị ngập , dân được sơ_tán",
        ),
        (
            "Thu_Bồn lũ lớn",
            "Nước sông Thu_Bồn lên nhanh , Quảng_Nam ghi_nhận 5 người chết vì lũ "
            "quét . Ban chỉ_huy phòng_chống thiên_tai yêu_cầu sơ_tán dân",
        ),
    ],
    "football": [
        (
            "Việt_Nam thắng Thái_Lan",
            "Đội_tuyển Việt_Nam thắng Thái_Lan 2-1 trên sân Mỹ_Đình . "
            "Tiến_Linh ghi bàn quyết_định ở phút 88 . Huấn_luyện_viên Troussier hài_lòng",
        ),
        (
            "Tiến_Linh lập công",
            "Tiến_Linh lập công phút 88 giúp Việt_Nam thắng Thái_Lan 2-1 . "
            "Khán_giả Mỹ_Đình ăn_mừng . Troussier khen các cầu_thủ",
        ),
        (
            "chiến_thắng ở Mỹ_Đình",
            "Trên sân Mỹ_Đình , Việt_Nam vượt qua Thái_Lan với tỷ_số 2-1 . "
            "Bàn thắng của Tiến_Linh đến ở phút 88",
        ),
    ],
    "gold": [
        (
            "giá vàng SJC tăng",
            "Giá vàng SJC tăng lên 74 triệu đồng mỗi lượng . Ngân_hàng "
            "Nhà_nước đấu_thầu vàng miếng . Chênh_lệch với giá thế_giới vẫn cao",
        ),
        (
            "vàng SJC 74 triệu",
            "Vàng miếng SJC chạm 74 triệu đồng một lượng . Ngân_hàng Nhà_nước "
            "tổ_chức đấu_thầu . Giá thế_giới thấp hơn nhiều",
        ),
        (
            "đấu_thầu vàng miếng",
            "Ngân_hàng Nhà_nước đấu_thầu vàng miếng khi giá SJC lên 74 triệu "
            "đồng . Chênh_lệch giá trong nước và thế_giới lớn",
        ),
    ],
    "vaccine": [
        (
            "tiêm vắc_xin sởi",
            "Bộ Y_tế triển_khai tiêm vắc_xin sởi cho 1 triệu trẻ_em . "
            "Thành_phố Hồ_Chí_Minh ghi_nhận ổ dịch sởi ở quận Bình_Tân",
        ),
        (
            "dịch sởi Bình_Tân",
            "Ổ dịch sởi ở Bình_Tân khiến Bộ Y_tế đẩy_nhanh tiêm vắc_xin . "
            "1 triệu trẻ_em sẽ được tiêm ở Hồ_Chí_Minh",
        ),
        (
            "chiến_dịch vắc_xin sởi",
            "Hồ_Chí_Minh bắt_đầu chiến_dịch tiêm vắc_xin sởi cho trẻ_em "
            "sau ổ dịch ở Bình_Tân , Bộ Y_tế cấp 1 triệu liều",
        ),
    ],
}


def event_stream() -> tuple[list[AnalysedArticle], list[str]]:
    """The reports of every event interleaved as a real stream would bring them, with labels."""
    articles, labels = [], []
    for round_ in range(3):
        for event, reports in EVENTS.items():
            title, text = reports[round_]
            articles.append(make_article(text, title=title, published=f"2024-05-0{1 + round_}"))
            labels.append(event)
    return articles, labels


@pytest.fixture
def article() -> Callable[..., AnalysedArticle]:
    """Builds a hand-made analysed article: ``article(text, title=..., published=...)``."""
    return make_article


@pytest.fixture
def stream() -> tuple[list[AnalysedArticle], list[str]]:
    return event_stream()


def event_reports(event: str, rounds: range) -> list[AnalysedArticle]:
    """The reports of one event in ``EVENTS``, report ``r`` published on day ``r + 1``."""
    return [
        make_article(EVENTS[event][r][1], title=EVENTS[event][r][0], published=f"2024-05-0{1 + r}")
        for r in rounds
    ]


@pytest.fixture
def reports() -> Callable[[str, range], list[AnalysedArticle]]:
    """``reports(event, rounds)``: some reports of one event of ``EVENTS``."""
    return event_reports
