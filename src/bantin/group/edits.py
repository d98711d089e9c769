"""Editors' corrections of the grouping made again on a regrouped stream.

Each correction is made again where it was first made: after the articles the store held
then, so the articles that came later are grouped against the corrected stories, as they
were. Regrouping may give a story another id, so a correction names its stories by the
articles they held; one the new grouping already agrees with, or that no longer applies (an
article now folded as a copy), is skipped.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress

from ..errors import ConfigError
from ..models import AnalysedArticle, StoryEdit
from .grouper import StoryGrouper

Members = Callable[[Iterable[str]], list[AnalysedArticle]]


def group_with_edits(
    grouper: StoryGrouper,
    batches: Iterable[Sequence[AnalysedArticle]],
    edits: Sequence[StoryEdit],
    members: Members,
) -> None:
    """Group ``batches`` (the stored articles in the order they were stored), making each of
    ``edits`` again once its ``after_articles`` have been grouped; ``members(ids)`` gives the
    analysed articles of ``ids``."""
    pending = deque(sorted(edits, key=lambda edit: edit.after_articles))  # stable: in order
    grouped = 0
    for batch in batches:
        start = 0
        while start < len(batch):
            while pending and pending[0].after_articles <= grouped:
                _replay(grouper, pending.popleft(), members)
            end = len(batch)
            if pending:
                end = min(end, start + pending[0].after_articles - grouped)
            grouper.partial_fit(batch[start:end])
            grouped += end - start
            start = end
    while pending:
        _replay(grouper, pending.popleft(), members)


def _replay(grouper: StoryGrouper, edit: StoryEdit, members: Members) -> None:
    """Make ``edit`` again on the stories now holding its articles."""
    story = grouper.story_for(edit.article_id)
    to = grouper.story_for(edit.to_article_id) if edit.to_article_id else None
    if story is None or (edit.to_article_id and to is None) or story == to:
        return
    if edit.kind == "merge" and to is not None:
        grouper.merge_stories(to, [story])
        return
    current = next(s for s in grouper.stories_ if s.id == story)
    # Refused when regrouped as a copy (it goes where its original goes) or already alone.
    with suppress(ConfigError):
        grouper.move_article(edit.article_id, to, members(current.article_ids))
