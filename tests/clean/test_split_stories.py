"""split_stories: one Article per story on a page, conservative on single-story pages."""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import pytest

from bantin.clean import article_id, clean_article, is_title_line, split_stories
from bantin.ingest import read_paths
from bantin.models import Article, RawArticle

PAGES = Path(__file__).resolve().parents[1] / "pages"


def split_file(path: Path) -> list[Article]:
    (raw,) = list(read_paths([str(path)]))
    assert isinstance(raw, RawArticle)
    return split_stories(clean_article(raw))


def test_split_stories_two_story_page() -> None:
    first, second = split_file(PAGES / "two_stories.txt")
    assert first.title and first.title.startswith("Thành phố khởi công cầu vượt")
    assert second.title and second.title.startswith("Dàn nhạc giao hưởng")
    assert first.body[0].startswith("Sáng 12/3") and second.body[0].startswith("Tối 20/5")
    assert (first.part, second.part) == (0, 1)
    assert first.path == second.path == str(PAGES / "two_stories.txt")
    assert first.lead == first.body[0] and first.id != second.id
    assert not any("Dàn nhạc" in line for line in first.body)


def test_split_stories_keeps_article_with_subheadings_whole() -> None:
    body = "Lực lượng cứu hộ tiếp tục tìm kiếm các nạn nhân mất tích trong vụ sạt lở đất ở huyện."
    text = "\n".join(
        [
            "Sạt lở đất vùi lấp nhiều nhà dân ở miền núi phía bắc",
            *[body] * 4,
            "Nỗ lực tìm kiếm người mất tích xuyên đêm",  # a sub-heading, same story
            "Trong đêm cùng ngày, lực lượng cứu hộ tiếp tục tìm kiếm các nạn nhân mất tích.",
            *[body] * 4,
        ]
    )
    (article,) = split_stories(clean_article(RawArticle(path="p.txt", text=text)))
    assert article.title == "Sạt lở đất vùi lấp nhiều nhà dân ở miền núi phía bắc"
    assert len(article.body) == 10


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ECOWAS kêu gọi chính quyền quân sự sớm lập lại trật tự", True),
        ("Giao tranh tại Sudan: Các bên bắt đầu đàm phán", True),
        ("Đây là một câu hoàn chỉnh có dấu chấm ở cuối.", False),
        ("Chúng tôi đồng tình với phương án này”, ông Bái nói", False),
        ("1. Rà soát lại kiến thức cơ bản trước kỳ thi", False),
        ("Điều 5: Quyền và nghĩa vụ của các bên liên quan", False),
        ("nhưng đã bị từ chối vì không đủ điều kiện", False),
        ("Quá ngắn", False),
    ],
)
def test_is_title_line(line: str, expected: bool) -> None:
    assert is_title_line(line) is expected


def test_split_stories_uses_given_title_and_prepends_given_lead() -> None:
    raw = RawArticle(
        path="f.jsonl",
        text="Tiêu đề có sẵn trên trang\nNội dung chính của bài báo.",
        title="Tiêu đề có sẵn trên trang",
        lead="Sa pô của bài, tóm tắt nội dung.",
        external_id="x1",
        published="2024-04-22",
    )
    (article,) = split_stories(clean_article(raw))
    assert article.title == "Tiêu đề có sẵn trên trang"
    assert article.body == ("Sa pô của bài, tóm tắt nội dung.", "Nội dung chính của bài báo.")
    assert article.lead == article.body[0]
    assert (article.external_id, article.published) == ("x1", "2024-04-22")


def test_split_stories_does_not_repeat_lead_already_in_text() -> None:
    raw = RawArticle(
        path="f",
        text="Sa pô đã nằm trong bài. Tiếp theo là nội dung.",
        lead="Sa pô đã nằm trong bài.",
    )
    (article,) = split_stories(clean_article(raw))
    assert article.body == ("Sa pô đã nằm trong bài. Tiếp theo là nội dung.",)


def test_split_stories_drops_the_outlet_tag_of_a_given_lead() -> None:
    lead = "Sáng nay tại thủ đô đã diễn ra hội nghị tổng kết công tác của ngành."
    raw = RawArticle(path="f", text="Nội dung chính của bài báo.", lead=f"(Tin Mới) - {lead}")
    (article,) = split_stories(clean_article(raw))
    assert article.body == (lead, "Nội dung chính của bài báo.")
    assert [(d.line, d.reason) for d in article.dropped] == [(-1, "outlet_tag")]
    assert "Tin Mới" in article.dropped[0].text


def test_split_stories_empty_page_gives_no_article() -> None:
    assert split_stories(clean_article(RawArticle(path="p", text="Video đang HOT\n"))) == []


def test_article_id_ignores_case_and_spacing() -> None:
    assert article_id(["Hà Nội  mưa", "to"]) == article_id(["hà nội mưa to"])
    assert article_id(["Hà Nội mưa to"]) != article_id(["Hà Nội mưa nhỏ"])
    assert len(article_id(["x"])) == 16


def test_split_stories_seed_000_two_stories_seed_001_one(seeds_dir: Path) -> None:
    by_name = {p.name[:3]: split_file(p) for p in sorted(seeds_dir.glob("*.txt"))}
    withdrawal, ecowas = by_name["000"]
    assert withdrawal.title and "rút quân" in withdrawal.title
    assert ecowas.title and ecowas.title.startswith("ECOWAS")
    assert not any("ECOWAS" in line for line in withdrawal.body)
    assert not any("Sudan" in line for article in by_name["000"] for line in article.body)
    (single,) = by_name["001"]
    assert single.body[0].startswith("NAPLES, Ý –")
    assert len(single.contributors) == 1 and not any("đóng góp" in b for b in single.body)


def test_split_stories_rarely_splits_evaluation_articles(shared_data: Path) -> None:
    """Each evaluation document is one story: a small slice must not be split."""
    articles = 0
    with (shared_data / "abmusu-val.jsonl").open(encoding="utf-8") as handle:
        for line in islice(handle, 60):
            for doc in json.loads(line)["documents"]:
                raw = RawArticle(path="val", text=doc["text"], title=doc["title"])
                assert len(split_stories(clean_article(raw))) == 1, doc["id"]
                articles += 1
    assert articles > 100
