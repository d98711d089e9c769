"""An article's record as Markdown and HTML: every sentence under the number briefs cite it
by, every cut line with its reason, article text escaped."""

from __future__ import annotations

import re

from bantin.audit import render_article, render_run
from bantin.fixtures import fixture_records
from bantin.models import ArticleDetail, DroppedLine, RunDetail, RunRow, Sentence


def _detail(**article_changes: object) -> ArticleDetail:
    article = fixture_records().articles[0].model_copy(update=article_changes)
    return ArticleDetail(article=article, story_id="s-batxat", story_title="Sạt lở", thread_id="t")


def test_markdown_numbers_every_sentence_and_lists_every_cut_with_its_reason() -> None:
    dropped = (
        DroppedLine(line=-1, text="(Tin Nhanh) -", reason="outlet_tag"),
        DroppedLine(line=4, text="Video đang HOT", reason="known_phrase"),
    )
    detail = _detail(dropped=dropped)
    text = render_article(detail, "md")
    for sentence in detail.article.sentences:
        assert f"[s{sentence.index}] {sentence.text}" in text
    assert "sapo đầu vào / the lead given · outlet_tag — (Tin Nhanh) -" in text
    assert "dòng / line 4 · known_phrase — Video đang HOT" in text
    assert "`s-batxat`" in text


def test_markdown_of_an_article_in_no_story_says_so_and_has_no_cut_section() -> None:
    detail = ArticleDetail(article=fixture_records().articles[0])
    text = render_article(detail, "md")
    assert "chưa xếp vào tin nào / not in a story yet" in text
    assert "Đã cắt" not in text


def test_html_anchors_each_sentence_and_escapes_the_article_text() -> None:
    hostile = Sentence(index=2, paragraph=1, text="<script>alert(1)</script> & co", words=())
    article = fixture_records().articles[0]
    detail = _detail(sentences=(*article.sentences[:2], hostile))
    page = render_article(detail, "html")
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in page
    assert re.findall(r'id="(s\d+)"', page) == ["s0", "s1", "s2"]
    assert 'href="/stories/' not in page  # a file on disk links nowhere
    assert 'href="/stories/s-batxat"' in render_article(detail, "html", served=True)


def test_a_run_that_never_finished_says_so_and_lists_its_rejections() -> None:
    records = fixture_records()
    run = RunRow(id=4, started="2025-09-10T00:00:00+00:00", finished=None, paths=("a",),
                 added=0, rejected=2)  # fmt: skip
    detail = RunDetail(run=run, rejections=records.rejections, articles=())
    text = render_run(detail, "md")
    assert "chưa xong / unfinished" in text
    for rejection in records.rejections:
        assert f"- {rejection.message()}" in text


def test_only_a_web_address_becomes_a_link() -> None:
    hostile = render_article(_detail(url="javascript:alert(document.cookie)"), "html")
    assert 'href="javascript:' not in hostile
    assert "javascript:alert(document.cookie)" in hostile  # shown, as text
    linked = render_article(_detail(url="https://baomoi.vn/bai-viet-1.epi"), "html")
    assert 'href="https://baomoi.vn/bai-viet-1.epi"' in linked
