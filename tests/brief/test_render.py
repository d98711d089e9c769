"""render: the JSON contract, and Markdown/HTML showing every sentence with its source."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from bantin.brief import render
from bantin.brief.render import ENTITY_KINDS
from bantin.errors import ConfigError
from bantin.fixtures import fixture_records
from bantin.models import Brief, QuoteFact, Rejection

BRIEFS = fixture_records().briefs
REJECTED = fixture_records().rejections
LANDSLIDE = BRIEFS[0]  # three sources (one a copy) and every facts section filled
FACT_SECTIONS = ("entities", "quotes", "numbers", "timeline", "discrepancies")


def _number(brief: Brief, article_id: str) -> int:
    return [a.id for a in brief.articles].index(article_id) + 1


# --------------------------------------------------------------------------- JSON


def test_render_json_keeps_the_contract_fields_in_order() -> None:
    document = json.loads(render(BRIEFS, "json", REJECTED))
    assert list(document) == ["stories", "rejected"]
    story = document["stories"][0]
    assert list(story) == [
        "id", "thread_id", "title", "articles", "summary", *FACT_SECTIONS,
        "first_date", "last_date", "dates_inferred",
    ]  # fmt: skip
    assert list(story["articles"][0]) == [
        "id", "path", "title", "source", "source_basis", "published", "duplicate_of",
    ]  # fmt: skip
    assert list(story["summary"][0]) == ["text", "article_id", "sentence"]
    assert document["rejected"] == [
        {"path": r.path, "reason": r.reason, "detail": r.detail} for r in REJECTED
    ]


def test_render_json_round_trips_and_keeps_vietnamese_unescaped() -> None:
    text = render(BRIEFS, "json")
    assert LANDSLIDE.title in text  # ensure_ascii=False: "Sạt lở", not "\\u1ea1"
    stories = json.loads(text)["stories"]
    assert [Brief.model_validate(story) for story in stories] == list(BRIEFS)


# --------------------------------------------------------------------------- Markdown


def test_render_md_follows_each_summary_sentence_with_its_source_number() -> None:
    text = render([LANDSLIDE], "md")
    for sentence in LANDSLIDE.summary:
        assert f"{sentence.text} [{_number(LANDSLIDE, sentence.article_id)}]" in text
    # The second outlet's sentence must not be credited to the first source.
    second = LANDSLIDE.articles[1].id
    assert any(s.article_id == second for s in LANDSLIDE.summary)


def test_render_md_numbers_sources_and_marks_copies() -> None:
    text = render([LANDSLIDE], "md")
    for n, ref in enumerate(LANDSLIDE.articles, start=1):
        line = next(line for line in text.splitlines() if line.startswith(f"{n}. "))
        assert f"**{ref.source}**" in line
        assert f"`{ref.path}`" in line
        assert f"`{ref.id}`" in line  # what `bantin article` and `bantin move` take
        if ref.duplicate_of:
            assert f"copy of [{_number(LANDSLIDE, ref.duplicate_of)}]" in line
        else:
            assert "copy of" not in line


@pytest.mark.parametrize("section", FACT_SECTIONS)
def test_render_md_shows_a_facts_section_only_when_it_has_items(section: str) -> None:
    heading = {
        "entities": "Entities",
        "quotes": "Quotes",
        "numbers": "Key numbers",
        "timeline": "Timeline",
        "discrepancies": "Discrepancies",
    }[section]
    full = render([LANDSLIDE], "md")
    emptied = render([LANDSLIDE.model_copy(update={section: ()})], "md")
    assert re.search(rf"^## .*{heading}$", full, re.MULTILINE)
    assert not re.search(rf"^## .*{heading}$", emptied, re.MULTILINE)


def test_render_md_shows_aliases_quotes_agreement_and_inferred_dates() -> None:
    text = render([LANDSLIDE], "md")
    for entity in LANDSLIDE.entities:
        for alias in entity.aliases:
            assert alias in text
    quote = LANDSLIDE.quotes[0]
    assert f"{quote.speaker}** ({quote.cue}) — “{quote.text}” [1]" in text
    assert "mâu thuẫn / conflict" in text and "mọi nguồn / all sources" in text
    entry = LANDSLIDE.timeline[0]
    assert entry.inferred
    assert f"{entry.date} (năm suy ra / inferred) — {entry.text}" in text


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_render_quote_without_cue_shows_no_empty_brackets(fmt: str) -> None:
    quote = LANDSLIDE.quotes[0].model_copy(update={"cue": "", "speaker": "Ông Ba"})
    brief = LANDSLIDE.model_copy(update={"quotes": [quote]})
    text = render([brief], fmt)
    assert "Ông Ba" in text and "()" not in text


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_render_number_without_subject_shows_no_empty_dash(fmt: str) -> None:
    number = LANDSLIDE.numbers[0].model_copy(update={"about": "", "text": "6 năm"})
    text = render([LANDSLIDE.model_copy(update={"numbers": [number]})], fmt)
    assert "6 năm ·" in text and "6 năm —" not in text


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_render_single_source_story_never_claims_all_sources(fmt: str) -> None:
    # The landslide story has three articles, one a copy: drop the second independent outlet.
    independent = [ref for ref in LANDSLIDE.articles if ref.duplicate_of is None]
    assert len(independent) >= 2
    kept = tuple(ref for ref in LANDSLIDE.articles if ref.id != independent[1].id)
    numbers = tuple(n for n in LANDSLIDE.numbers if n.agreement == "all")
    one_source = LANDSLIDE.model_copy(update={"articles": kept, "numbers": numbers})
    assert numbers
    assert "single source" in render([one_source], fmt)
    assert "all sources" not in render([one_source], fmt)
    assert "all sources" in render([LANDSLIDE.model_copy(update={"numbers": numbers})], fmt)


def test_render_md_leaves_an_exact_date_unmarked() -> None:
    exact = LANDSLIDE.timeline[0].model_copy(update={"inferred": False})
    text = render([LANDSLIDE.model_copy(update={"timeline": (exact,)})], "md")
    assert f"- {exact.date} — {exact.text}" in text
    assert "inferred" not in text


def test_render_md_lists_each_rejection_on_one_line_at_the_end() -> None:
    text = render(BRIEFS, "md", REJECTED)
    tail = text.split("Rejected inputs", 1)[1]
    assert [line for line in tail.splitlines() if line] == [f"- {r.message()}" for r in REJECTED]
    assert "Rejected inputs" not in render(BRIEFS, "md")


def test_render_md_without_outlet_or_path() -> None:
    ref = LANDSLIDE.articles[0].model_copy(update={"source": None, "path": None})
    text = render([LANDSLIDE.model_copy(update={"articles": (ref, *LANDSLIDE.articles[1:])})], "md")
    assert "1. **nguồn không rõ / unknown outlet**" in text
    assert "`(stdin)`" in text


def test_render_with_no_briefs() -> None:
    assert json.loads(render([], "json")) == {"stories": [], "rejected": []}
    assert "No stories" in render([], "md")
    assert "No stories" in render([], "html")


# --------------------------------------------------------------------------- HTML


class _Page(HTMLParser):
    """Element ids, link targets and (sentence text, cited anchor) pairs of a rendered page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: dict[str, str] = {}
        self.hrefs: list[str] = []
        self.citations: list[tuple[str, str]] = []
        self.external: list[str] = []
        self._open: list[tuple[str, str]] = []  # (tag, id) of the open elements with an id
        self._texts: dict[str, str] = {}
        self._sentence: str | None = None
        self._last_sentence = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        if attr.get("id"):
            self._open.append((tag, attr["id"] or ""))
            self._texts[attr["id"] or ""] = ""
        if tag in ("script", "link", "img", "iframe") or attr.get("src"):
            self.external.append(tag)
        if tag == "span" and attr.get("class") == "sentence":
            self._sentence = ""
        if tag == "a" and attr.get("href"):
            self.hrefs.append(attr["href"] or "")
            if self._last_sentence:
                self.citations.append((self._last_sentence, (attr["href"] or "")[1:]))
                self._last_sentence = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self._sentence is not None:
            self._last_sentence, self._sentence = self._sentence, None
        if self._open and self._open[-1][0] == tag:
            _, done = self._open.pop()
            self.ids[done] = self._texts.pop(done)

    def handle_data(self, data: str) -> None:
        for key in self._texts:
            self._texts[key] += data
        if self._sentence is not None:
            self._sentence += data


def _parse(text: str) -> _Page:
    page = _Page()
    page.feed(text)
    return page


def test_render_html_cites_each_summary_sentence_next_to_it() -> None:
    page = _parse(render([LANDSLIDE], "html"))
    assert [text for text, _ in page.citations] == [s.text for s in LANDSLIDE.summary]
    for (_, anchor), sentence in zip(page.citations, LANDSLIDE.summary, strict=True):
        cited = LANDSLIDE.articles[_number(LANDSLIDE, sentence.article_id) - 1]
        assert cited.source is not None
        assert cited.source in page.ids[anchor]


def test_render_html_links_resolve_within_the_page() -> None:
    page = _parse(render(BRIEFS, "html", REJECTED))
    assert page.hrefs
    assert {href[1:] for href in page.hrefs} <= set(page.ids)
    assert page.external == []  # self-contained: no scripts, stylesheets or images to fetch


def test_render_html_escapes_text_from_articles() -> None:
    hostile = "<script>alert('x')</script>"
    quote = QuoteFact(speaker='A "B" & C', cue="nói", text="<b>đậm</b>", article_id="x", sentence=0)
    brief = LANDSLIDE.model_copy(update={"title": hostile, "quotes": (quote,)})
    text = render([brief], "html", [Rejection(path="<img src=x>.txt", reason="empty")])
    assert "<script>" not in text and "<b>" not in text and "<img" not in text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in text
    assert "A &#34;B&#34; &amp; C" in text
    assert _parse(text).external == []


def test_render_html_shows_every_facts_section() -> None:
    text = render([LANDSLIDE], "html")
    for section in FACT_SECTIONS:
        assert f'<section class="{section}">' in text
    bare = render([LANDSLIDE.model_copy(update=dict.fromkeys(FACT_SECTIONS, ()))], "html")
    for section in FACT_SECTIONS:
        assert f'<section class="{section}">' not in bare


def test_render_unknown_format_raises_config_error() -> None:
    with pytest.raises(ConfigError, match="'format' must be one of md, json, html; got 'pdf'"):
        render(BRIEFS, "pdf")  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_render_marks_dates_inferred_from_the_text(fmt: str) -> None:
    published = render([LANDSLIDE], fmt)
    inferred = render([LANDSLIDE.model_copy(update={"dates_inferred": True})], fmt)
    span = f"{LANDSLIDE.first_date} → {LANDSLIDE.last_date}"
    assert span in published and "inferred from the text" not in published
    assert f"{span} (ngày suy ra từ nội dung / inferred from the text)" in inferred


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_render_lists_entities_by_kind_people_first(fmt: str) -> None:
    text = render([LANDSLIDE], fmt)
    start = text.index(("## " if fmt == "md" else "<h2>") + "Nhân vật")
    kinds = [k for k in ENTITY_KINDS if any(e.type == k for e in LANDSLIDE.entities)]
    assert len(kinds) >= 2
    headings = [text.index(ENTITY_KINDS[k], start) for k in kinds]
    assert headings == sorted(headings)  # people, organisations, places, other
    ends = [*headings[1:], len(text)]
    for entity in LANDSLIDE.entities:
        kind = kinds.index(entity.type)
        assert headings[kind] < text.index(entity.name, headings[kind]) < ends[kind]
    assert f"({LANDSLIDE.entities[0].type})" not in text[start:]  # the heading says the kind
