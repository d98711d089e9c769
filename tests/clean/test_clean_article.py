"""clean_article: junk lines dropped with a reason, bylines moved to contributors."""

from __future__ import annotations

from pathlib import Path

import pytest

from bantin.clean import clean_article
from bantin.ingest import read_paths
from bantin.models import CleanArticle, RawArticle

PAGES = Path(__file__).resolve().parents[1] / "pages"
SEED_JUNK = ["Video đang HOT", "READ", "Trả lời", "Email của bạn", "Ảnh:", "Giao tranh tại Sudan"]


def clean_file(path: Path) -> CleanArticle:
    (raw,) = list(read_paths([str(path)]))
    assert isinstance(raw, RawArticle)
    return clean_article(raw)


def page(text: str) -> CleanArticle:
    return clean_article(RawArticle(path="p.txt", text=text))


# One case per page fixture: texts the kept lines must contain and must not contain.
PAGE_CASES = [
    (
        "captions_links_comments.txt",
        ["CẦN THƠ – Hôm thứ Hai", "bao tiêu dài hạn", "mã vùng trồng"],
        ["Ảnh", "READ", "Xem thêm", "Video đang HOT", "Trả lời", "Email", "đóng góp"],
        {"photo_caption": 2, "read_link": 2, "known_phrase": 3, "contributor": 1},
    ),
    (
        "two_stories.txt",
        ["khởi công cây cầu", "Dàn nhạc giao hưởng quốc gia biểu diễn"],
        [],
        {},
    ),
    (
        "boilerplate.html",
        ["tuyến xe buýt điện thứ mười hai"],
        ["Bản quyền", "Trang chủ"],
        {},
    ),
]


@pytest.mark.parametrize(("name", "must", "must_not", "drops"), PAGE_CASES)
def test_clean_article_page_fixtures(
    name: str, must: list[str], must_not: list[str], drops: dict[str, int]
) -> None:
    clean = clean_file(PAGES / name)
    kept = "\n".join(clean.lines)
    for text in must:
        assert text in kept
    for text in must_not:
        assert text not in kept
    reasons: dict[str, int] = {}
    for dropped in clean.dropped:
        reasons[dropped.reason] = reasons.get(dropped.reason, 0) + 1
    assert reasons == drops


def test_clean_article_records_line_numbers_into_the_page() -> None:
    clean = clean_file(PAGES / "captions_links_comments.txt")
    page_lines = (PAGES / "captions_links_comments.txt").read_text(encoding="utf-8").split("\n")
    for number, line in zip(clean.line_numbers, clean.lines, strict=True):
        assert page_lines[number].strip() == line
    assert clean.contributors == (
        "Lan Anh ở Cần Thơ và Quốc Bảo ở Tiền Giang đã đóng góp cho báo cáo này.",
    )


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Xem thêm: Giá xăng giảm lần thứ ba liên tiếp", "read_link"),
        ("ĐỌC THÊM  Bão số 3 đổ bộ vào đất liền", "read_link"),
        (">> Hàng nghìn người xếp hàng mua vé", "read_link"),
        ("Toàn cảnh phiên họp sáng nay. (Ảnh: Quang Vinh)", "photo_caption"),
        ("Đoàn xe cứu trợ lên đường. Ảnh tư liệu: Nguyễn Hùng/TTXVN", "photo_caption"),
        ("Hiện trường vụ việc (ảnh: Báo Giao thông).", "photo_caption"),
        ("Ảnh minh hoạ.", "photo_caption"),
        ("Chia sẻ bài viết:", "known_phrase"),
    ],
)
def test_clean_article_drops_junk_line(line: str, reason: str) -> None:
    text = f"Một câu mở đầu bài báo đủ dài để là nội dung.\n{line}\nMột câu kết thúc bài báo."
    clean = page(text)
    assert [(d.line, d.reason) for d in clean.dropped] == [(1, reason)]
    assert len(clean.lines) == 2


@pytest.mark.parametrize(
    "line",
    [
        "Xem thêm các quy định mới, người dân có thể truy cập cổng thông tin của bộ.",
        "Ông cho biết ảnh hưởng của bão: nhiều nhà bị tốc mái, đường sá hư hỏng nặng.",
        "Trả lời câu hỏi của phóng viên, ông Nam nói sẽ xem xét lại quy trình.",
        "Readers có thể gửi ý kiến qua thư điện tử.",
        "Về tình hình: ổn định.",
    ],
)
def test_clean_article_keeps_text_that_only_looks_like_junk(line: str) -> None:
    clean = page(f"Một câu mở đầu.\n{line}\nMột câu kết thúc.")
    assert line in clean.lines and not clean.dropped


@pytest.mark.parametrize(
    "tail",
    ["Theo VnExpress", "(Theo Reuters)", "Minh Anh (tổng hợp)", "Thực hiện: Hoàng Long", "PV"],
)
def test_clean_article_moves_final_byline_to_contributors(tail: str) -> None:
    clean = page(f"Tiêu đề bài viết ở đây\nNội dung bài báo có một câu.\n{tail}")
    assert clean.contributors == (tail,)
    assert tail not in clean.lines


@pytest.mark.parametrize(
    "tail", ["Theo ông, việc này sẽ còn kéo dài.", "Người dân đã trở về nhà an toàn."]
)
def test_clean_article_keeps_final_sentence(tail: str) -> None:
    clean = page(f"Tiêu đề bài viết ở đây\nNội dung bài báo có một câu.\n{tail}")
    assert clean.lines[-1] == tail and clean.contributors == ()


def test_clean_article_drops_final_teaser_glued_to_its_lead() -> None:
    teaser = "Bão số 5 suy yếu: Miền Trung mưa to Sáng 6/10, bão số 5 đã suy yếu thành..."
    clean = page(f"Tiêu đề bài viết ở đây\nNội dung bài báo có một câu.\n{teaser}")
    assert [d.reason for d in clean.dropped] == ["teaser"]
    assert teaser not in clean.lines


def test_clean_article_keeps_final_line_that_merely_trails_off() -> None:
    last = "Người dân mong sớm có nước sạch, điện, đường, trường học…"
    assert last in page(f"Tiêu đề bài viết ở đây\nNội dung.\n{last}").lines


@pytest.mark.parametrize(
    ("text", "caption", "starts"),
    [
        (
            "Người dân xếp hàng chờ mua vé sáng nay - Ảnh: AFP Theo hãng tin AFP, hàng "
            "nghìn người đã đổ về quảng trường từ sớm để chứng kiến buổi lễ.",
            "Người dân xếp hàng chờ mua vé sáng nay - Ảnh: AFP",
            "Theo hãng tin AFP",
        ),
        (
            "Cuộc họp kết thúc lúc 11 giờ. Bộ trưởng phát biểu tại hội nghị. (Ảnh: Minh Đức/TTXVN) "
            "Hội nghị đã thông qua nhiều nội dung quan trọng về cải cách thủ tục hành chính.",
            "Bộ trưởng phát biểu tại hội nghị. (Ảnh: Minh Đức/TTXVN)",
            "Cuộc họp kết thúc lúc 11 giờ. Hội nghị",
        ),
    ],
)
def test_clean_article_cuts_inline_caption_at_start(text: str, caption: str, starts: str) -> None:
    clean = page(text)
    assert [(d.reason, d.text) for d in clean.dropped] == [("inline_caption", caption)]
    assert clean.lines[0].startswith(starts) and "Ảnh" not in clean.lines[0]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("(Tin Mới) - Sáng nay, tại thủ đô đã diễn ra hội nghị tổng kết công tác năm.", "Tin Mới"),
        ("(TNO) Sáng nay tại thành phố diễn ra lễ khai mạc hội chợ quốc tế lần thứ ba.", "TNO"),
        ("Tinmoi.vn - Chồng của người phụ nữ này là một chuyên gia chất nổ của nhóm.", "Tinmoi.vn"),
        ("TTO - Sáng nay, Bộ Y tế cho biết đã có thêm nhiều ca mắc mới trong ngày.", "TTO"),
    ],
)
def test_clean_article_cuts_the_outlet_tag_opening_the_article(text: str, outlet: str) -> None:
    clean = page(text)
    assert [(d.reason, d.text) for d in clean.dropped] == [("outlet_tag", outlet)]
    assert clean.lines[0][0].isupper() and outlet not in clean.lines[0]


@pytest.mark.parametrize(
    "text",
    [
        # an acronym that is no known outlet, before a dash: a relation, not a signature
        "ASEAN - Trung Quốc ký kết thỏa thuận hợp tác mới về thương mại trong năm nay.",
        "Mỹ - Trung Quốc đàm phán lại về thuế quan trong tuần tới tại Geneva.",
        "(TNO) Hội nghị.",  # too short to be the lead the tag signs
        "(theo báo chí) các nước sẽ họp lại vào tuần sau để bàn tiếp về thỏa thuận.",
    ],
)
def test_clean_article_keeps_text_that_only_looks_like_an_outlet_tag(text: str) -> None:
    assert page(text).lines == (text,)


def test_clean_article_leaves_uncertain_inline_credit() -> None:
    text = (
        "Cầu thủ được triệu tập lên đội tuyển - Ảnh: Anh Tài Như tin đã đưa, liên đoàn đã "
        "gửi lời mời tham dự giải đấu quốc tế vào cuối năm nay."
    )
    assert page(text).lines == (text,)


def test_clean_article_is_pure_and_deterministic() -> None:
    raw = RawArticle(path="p.txt", text=(PAGES / "captions_links_comments.txt").read_text())
    before = raw.model_dump()
    assert clean_article(raw) == clean_article(raw)
    assert raw.model_dump() == before


def test_clean_article_empty_text_gives_no_lines() -> None:
    assert page("\n \n").lines == ()


def test_clean_article_seeds_keep_no_site_junk(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        clean = clean_file(path)
        for line in clean.lines:
            for junk in SEED_JUNK:
                assert junk not in line, (path.name, junk, line)
        assert all(d.reason for d in clean.dropped)


def test_clean_article_seed_contributor_line_moves(seeds_dir: Path) -> None:
    contributors = [c for p in sorted(seeds_dir.glob("*.txt")) for c in clean_file(p).contributors]
    assert len(contributors) == 1 and "đã đóng góp cho báo cáo" in contributors[0]


def test_clean_article_keeps_photo_essay_text_and_drops_its_credit() -> None:
    essay = (
        "Áo khoác dáng rộng đang được nhiều người ưa chuộng. Thiết kế dễ phối cùng quần jeans. "
        "Bạn có thể chọn màu trung tính để dễ kết hợp hơn. Ảnh: Vogue."
    )
    clean = page(f"Tiêu đề bài viết ở đây\n{essay}\nMột câu kết thúc.")
    assert clean.lines[1].endswith("dễ kết hợp hơn.")
    assert [(d.reason, d.text) for d in clean.dropped] == [("photo_credit", "Ảnh: Vogue.")]


@pytest.mark.parametrize(
    ("line", "reason"),
    [("Ảnh HV.", "photo_caption"), ("(Ảnh Facebook nhân vật)", "photo_caption")],
)
def test_clean_article_drops_credit_without_colon(line: str, reason: str) -> None:
    clean = page(f"Một câu mở đầu.\n{line}\nMột câu kết thúc.")
    assert [d.reason for d in clean.dropped] == [reason]


@pytest.mark.parametrize(
    "line",
    [
        "Ảnh hưởng của bão rất lớn.",
        "Phóng viên: Trân trọng cảm ơn ông!",
        "Tin: Giá vàng tăng mạnh.",
    ],
)
def test_clean_article_keeps_lines_that_start_like_credits_or_bylines(line: str) -> None:
    clean = page(f"Một câu mở đầu.\n{line}\nMột câu kết thúc.")
    assert line in clean.lines and clean.contributors == ()
