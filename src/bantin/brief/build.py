"""Assemble the brief of one story from its articles: sources, summary and facts."""

from __future__ import annotations

from collections.abc import Sequence

from ..models import AnalysedArticle, ArticleRef, Brief, Story
from .facts import story_facts
from .summarise import summarise


def build_brief(story: Story, articles: Sequence[AnalysedArticle], max_words: int = 120) -> Brief:
    """The sourced brief of ``story``; ``articles`` are its members, in story order."""
    sources = sources_brief(story, articles)
    members = _members(story, articles)
    facts = story_facts(members, duplicate_of=story.duplicate_of)
    summary = summarise(members, max_words=max_words, duplicate_of=story.duplicate_of)
    return sources.model_copy(
        update={
            "summary": tuple(summary),
            "entities": facts.entities,
            "quotes": facts.quotes,
            "numbers": facts.numbers,
            "timeline": facts.timeline,
            "discrepancies": facts.discrepancies,
        }
    )


def sources_brief(story: Story, articles: Sequence[AnalysedArticle]) -> Brief:
    """The part of ``story``'s brief that needs no analysis: its sources and dates, with no
    summary or facts (what a reader still gets when those fail)."""
    members = _members(story, articles)
    refs = tuple(
        ArticleRef(
            id=a.id,
            path=a.path,
            title=a.title,
            source=a.source,
            source_basis=a.source_basis,
            published=a.published,
            duplicate_of=story.duplicate_of.get(a.id),
        )
        for a in members
    )
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
        summary=(),
        first_date=first_date,
        last_date=last_date,
        dates_inferred=dates_inferred,
    )


def _members(story: Story, articles: Sequence[AnalysedArticle]) -> list[AnalysedArticle]:
    by_id = {a.id: a for a in articles}
    return [by_id[i] for i in story.article_ids if i in by_id]
