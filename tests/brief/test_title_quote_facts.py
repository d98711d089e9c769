"""A quote in a title: listed once per story, and shown as the headline's in the brief."""

from __future__ import annotations

import pytest

from bantin.brief import render
from bantin.brief.facts import story_facts
from bantin.fixtures import fixture_records
from bantin.models import AnalysedArticle, Quote


def article(id: str, *quotes: Quote) -> AnalysedArticle:
    return AnalysedArticle(id=id, path=None, body=(), quotes=quotes)


def said(text: str, sentence: int = 0, in_title: bool = False) -> Quote:
    return Quote(text=text, cue="", speaker="Minh Khôi", sentence=sentence, in_title=in_title)


def test_story_quotes_list_a_headline_quote_another_article_repeats_once() -> None:
    facts = story_facts(
        [
            article("a", said("Tôi sẽ hát cho khán giả quê nhà", -1, in_title=True)),
            article("b", said("Năm nay, tôi sẽ hát cho khán giả quê nhà, ở Nghệ An.", 3)),
        ]
    )
    assert [(q.article_id, q.sentence, q.in_title) for q in facts.quotes] == [("b", 3, False)]


def test_story_quotes_keep_a_headline_quote_no_body_repeats() -> None:
    facts = story_facts(
        [
            article("a", said("Tôi mừng muốn khóc vì đợi lâu lắm rồi", -1, in_title=True)),
            article("b", said("Tôi mừng lắm, mừng phát khóc lên.", 2)),
        ]
    )
    assert [(q.article_id, q.in_title) for q in facts.quotes] == [("a", True), ("b", False)]


def test_story_quotes_list_a_copied_quote_once_whatever_its_punctuation() -> None:
    facts = story_facts(
        [
            article("a", said("Tôi sẽ hát, cho khán giả.")),
            article("b", said("Tôi sẽ hát cho khán giả")),
        ]
    )
    assert [q.article_id for q in facts.quotes] == ["a"]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_render_marks_a_headline_quote(fmt: str) -> None:
    brief = fixture_records().briefs[0]
    quote = brief.quotes[0]
    titled = brief.model_copy(
        update={"quotes": [quote.model_copy(update={"in_title": True, "sentence": -1}), quote]}
    )
    text = render([titled], fmt)
    assert text.count("trong tiêu đề / in the headline") == 1
    assert "in the headline" not in render([brief], fmt)
