"""What the quote tests share: the quotes the real pipeline (segmenter, entities, quotes)
finds in an article made of the given paragraphs."""

from __future__ import annotations

from bantin.analyse import Analyser, Segmenter
from bantin.analyse.facts import EntityComponent, QuoteComponent
from bantin.models import Article, Quote


def quotes_of(*paragraphs: str, title: str | None = None) -> tuple[Quote, ...]:
    article = Article(id="t", path=None, title=title, body=paragraphs)
    return Analyser([Segmenter(), EntityComponent(), QuoteComponent()])(article).quotes


def speakers(quotes: tuple[Quote, ...]) -> list[tuple[str, str | None]]:
    """(first word of the quote, speaker) for each quote."""
    return [(q.text.split()[0], q.speaker) for q in quotes]


def speakers_in(*paragraphs: str) -> list[str | None]:
    """The speaker of each quote found in an article of ``paragraphs``."""
    return [q.speaker for q in quotes_of(*paragraphs)]
