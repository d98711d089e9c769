"""What the entity tests share: the mentions the real pipeline (segmenter, entities) finds in
an article made of the given paragraphs."""

from __future__ import annotations

from bantin.analyse import Analyser, Segmenter
from bantin.analyse.facts import EntityComponent
from bantin.models import Article, Mention


def mentions_of(*paragraphs: str) -> tuple[Mention, ...]:
    article = Article(id="t", path=None, body=paragraphs)
    return Analyser([Segmenter(), EntityComponent()])(article).mentions


def found(*paragraphs: str) -> set[tuple[str, str]]:
    """(text, type) of each mention."""
    return {(m.text, m.type) for m in mentions_of(*paragraphs)}
