"""The outlet of a page whose input does not give one: read from its URL, tag or credits."""

from __future__ import annotations

from pathlib import Path

import pytest

from bantin.brief.render import outlet_label
from bantin.clean import clean_article, split_stories
from bantin.ingest import read_paths
from bantin.models import RawArticle

LEAD = "Sáng nay, hàng nghìn người dân Hà Nội đã đổ ra đường đón mừng đội tuyển bóng đá trở về."
URL = "https://www.vnexpress.net/doi-tuyen-ve-nuoc-1.html"
BODY = "Đội tuyển về đến sân bay Nội Bài lúc 10 giờ, trong sự chào đón của người hâm mộ."


def found(text: str, **fields: str) -> tuple[str | None, str | None]:
    clean = clean_article(RawArticle(path="p.txt", text=text, **fields))
    return clean.found_source, clean.found_source_basis


@pytest.mark.parametrize(
    ("text", "fields", "expected"),
    [
        # the outlet signing the first line
        (f"(Dân trí) - {LEAD}\n{BODY}", {}, ("Dân trí", "tag")),
        (f"VOV.VN - {LEAD}\n{BODY}", {}, ("VOV.VN", "tag")),
        # ... or the lead the input gives
        (BODY, {"lead": f"TTO - {LEAD}"}, ("TTO", "tag")),
        # a credit at the end, as "Theo X" or a "Nguồn:" byline
        (f"{LEAD}\n{BODY}\nTheo TTXVN", {}, ("TTXVN", "credit")),
        (f"{LEAD}\n{BODY}\nNguồn: VTV", {}, ("VTV", "credit")),
        # the outlet's own correspondent
        (f"{LEAD}\nTheo phóng viên TTXVN tại châu Phi, {BODY}", {}, ("TTXVN", "credit")),
        # the URL's host first: it is where the page was published
        (f"(Dân trí) - {LEAD}", {"url": URL}, ("vnexpress.net", "url")),
    ],
)  # fmt: skip
def test_a_page_names_its_outlet(text: str, fields: dict[str, str], expected: tuple) -> None:
    assert found(text, **fields) == expected


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (f"{LEAD}\n{BODY}", {}),
        # the input's own source is the source: nothing is looked for
        (f"(Dân trí) - {LEAD}\n{BODY}", {"source": "dantri.com.vn"}),
        # a person's correspondent report, a fact sourced inside the text, a URL with no host
        (f"{LEAD}\nTheo phóng viên Nguyễn Văn An tại hiện trường, {BODY}", {}),
        (f"{LEAD}\nTheo Reuters, {BODY}", {}),
        (f"{LEAD}\n{BODY}", {"url": "bai-viet-123.html"}),
        # "ASEAN - ..." opens a sentence; it is no outlet's tag
        (f"ASEAN - Trung Quốc ký kết thỏa thuận hợp tác mới về thương mại và đầu tư.\n{BODY}", {}),
    ],
)  # fmt: skip
def test_no_outlet_is_made_up(text: str, fields: dict[str, str]) -> None:
    assert found(text, **fields) == (None, None)


def test_the_articles_of_a_page_carry_its_outlet_and_how_it_is_known() -> None:
    given = RawArticle(path="p.txt", text=f"{LEAD}\n{BODY}", source="dantri.com.vn")
    credited = RawArticle(path="p.txt", text=f"{LEAD}\n{BODY}\nTheo TTXVN")
    ((article,),) = [split_stories(clean_article(given))]
    assert (article.source, article.source_basis) == ("dantri.com.vn", "input")
    ((article,),) = [split_stories(clean_article(credited))]
    assert (article.source, article.source_basis) == ("TTXVN", "credit")


def test_a_credit_reads_as_where_the_text_came_from() -> None:
    assert outlet_label("TTXVN", "credit") == "theo / via TTXVN"
    assert outlet_label("TTXVN", "tag") == "TTXVN"
    assert outlet_label(None, None) == "nguồn không rõ / unknown outlet"


def test_the_seed_pages_outlets(seeds_dir: Path) -> None:
    # 000 is TTXVN's ("Theo phóng viên TTXVN tại châu Phi"), both of its stories; 001, a
    # translation of an American paper, names none
    outlets = {}
    for raw in read_paths([str(seeds_dir)]):
        assert isinstance(raw, RawArticle) and raw.path is not None
        for article in split_stories(clean_article(raw)):
            outlets[(Path(raw.path).name[:3], article.part)] = article.source, article.source_basis
    assert outlets == {
        ("000", 0): ("TTXVN", "credit"),
        ("000", 1): ("TTXVN", "credit"),
        ("001", 0): (None, None),
    }
