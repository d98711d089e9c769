"""Editors' corrections of the grouping made again on a regrouped stream.

Regrouping may give a story another id, so each correction names its stories by the articles
they held; a correction the new grouping already agrees with, or that no longer applies (an
article now folded as a copy), is skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from ..errors import ConfigError
from ..models import AnalysedArticle, StoryEdit
from .grouper import StoryGrouper

Members = Callable[[Iterable[str]], list[AnalysedArticle]]


def replay_edits(grouper: StoryGrouper, edits: Sequence[StoryEdit], members: Members) -> None:
    """Apply ``edits`` in order; ``members(ids)`` gives the analysed articles of ``ids``."""
    for edit in edits:
        story = grouper.story_for(edit.article_id)
        to = grouper.story_for(edit.to_article_id) if edit.to_article_id else None
        if story is None or (edit.to_article_id and to is None) or story == to:
            continue
        if edit.kind == "merge" and to is not None:
            grouper.merge_stories(to, [story])
            continue
        current = next(s for s in grouper.stories_ if s.id == story)
        if to is None and len(current.article_ids) == 1:
            continue  # already a story of its own
        try:
            grouper.move_article(edit.article_id, to, members(current.article_ids))
        except ConfigError:
            continue  # regrouped as a copy: it goes where its original goes
