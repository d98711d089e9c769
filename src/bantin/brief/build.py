"""Assemble the brief of one story from its articles: sources, summary and facts."""

from __future__ import annotations

from collections.abc import Sequence

from ..models import AnalysedArticle, ArticleRef, Brief, Story
from .facts import story_facts
from .summarise import summarise


def build_brief(story: Story, articles: Sequence[AnalysedArticle], max_words: int = 120) -> Brief:
    """The sourced brief of ``story``; ``articles`` are its members, in story order."""
    by_id = {a.id: a for a in articles}
    members = [by_id[i] for i in story.article_ids if i in by_id]
    refs = tuple(
        ArticleRef(
            id=a.id,
            path=a.path,
            title=a.title,
            source=a.source,
            published=a.published,
            duplicate_of=story.duplicate_of.get(a.id),
        )
        for a in members
    )
    facts = story_facts(members, duplicate_of=story.duplicate_of)
    first_date, last_date, dates_inferred = story.first_date, story.last_date, False
    if first_date is None:
        # Undated pages (scraped text): date the story by what its texts imply, marked so.
        implied = sorted(a.reference_date for a in members if a.reference_date)
        if implied:
            first_date, last_date, dates_inferred = implied[0], implied[-1], True
    return Brief(
        id=story.id,
        thread_id=story.thread_id,
        title=story.title,
        articles=refs,
        summary=tuple(summarise(members, max_words=max_words, duplicate_of=story.duplicate_of)),
        entities=facts.entities,
        quotes=facts.quotes,
        numbers=facts.numbers,
        timeline=facts.timeline,
        discrepancies=facts.discrepancies,
        first_date=first_date,
        last_date=last_date,
        dates_inferred=dates_inferred,
    )
