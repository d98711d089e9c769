"""An editor's corrections of the grouping: fold stories of one event together
(``merge_stories``), move an article to the story it belongs to (``move_article``).

Each works on the grouper's saved state, so later runs group on from the corrected stories,
and is stored in one transaction with the stories it changed and a ``StoryEdit`` that
``regroup`` replays. The changed stories are briefed again before the call returns.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from .errors import check_range
from .group import StoryGrouper
from .models import Brief, Rejection, StoryEdit
from .pipeline import LocalEngine, refresh_briefs, stored_grouper
from .store import Store
from .store.lock import writing

OnWait = Callable[[str], None] | None
OnRejection = Callable[[Rejection], None] | None


def merge_stories(
    into: str,
    others: Sequence[str],
    *,
    db: str | os.PathLike[str] = "bantin.db",
    max_words: int = 120,
    lock_timeout: float | None = None,
    on_wait: OnWait = None,
    on_rejection: OnRejection = None,
) -> Brief:
    """Fold the stories ``others`` into the story ``into`` (an editor found them one event)
    and return its new brief; the folded stories' ids are gone."""

    def edit(grouper: StoryGrouper, store: Store) -> list[StoryEdit]:
        opened_by = {s.id: s.article_ids[0] for s in grouper.stories_}
        grouper.merge_stories(into, others)
        return [
            StoryEdit(
                kind="merge", story_id=story_id, article_id=opened_by[story_id],
                to_story_id=into, to_article_id=opened_by[into],
                after_articles=store.article_count(), made=_now(),
            )
            for story_id in grouper.removed_story_ids_
        ]  # fmt: skip

    what = f"merge {' '.join(others)} into {into}"
    (brief,) = _apply(what, edit, db, max_words, lock_timeout, on_wait, on_rejection)
    return brief


def move_article(
    key: str,
    to: str | None = None,
    *,
    db: str | os.PathLike[str] = "bantin.db",
    max_words: int = 120,
    lock_timeout: float | None = None,
    on_wait: OnWait = None,
    on_rejection: OnRejection = None,
) -> list[Brief]:
    """Move the article ``key`` names (its id, input id or path, as ``bantin article`` takes
    them), with its near-duplicate copies, into the story ``to``, or into a story of its own
    when ``to`` is None; return the briefs of the stories it left and entered (the one it
    left is gone when nothing was left in it)."""

    def edit(grouper: StoryGrouper, store: Store) -> list[StoryEdit]:
        article_id = store.article_detail(key).article.id
        story_id = grouper.story_for(article_id)
        story = next((s for s in grouper.stories_ if s.id == story_id), None)
        members = store.articles(story.article_ids) if story is not None else []
        opened_by = {s.id: s.article_ids[0] for s in grouper.stories_}
        grouper.move_article(article_id, to, members)
        assert story_id is not None  # move_article refuses an article never grouped
        return [
            StoryEdit(
                kind="move", story_id=story_id, article_id=article_id, to_story_id=to,
                to_article_id=opened_by[to] if to is not None else None,
                after_articles=store.article_count(), made=_now(),
            )
        ]  # fmt: skip

    what = f"move {key} to {to or 'a story of its own'}"
    return _apply(what, edit, db, max_words, lock_timeout, on_wait, on_rejection)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _apply(
    what: str,
    edit: Callable[[StoryGrouper, Store], list[StoryEdit]],
    db: str | os.PathLike[str],
    max_words: int,
    lock_timeout: float | None,
    on_wait: OnWait,
    on_rejection: OnRejection,
) -> list[Brief]:
    """Run ``edit`` on the stored grouper under the writer lock, store what it changed in
    one transaction, brief the changed stories as a run named ``what`` (a failed brief stored
    with it and told to ``on_rejection``) and return their briefs."""
    check_range("editing", "max_words", max_words, 10, 5000, int)
    store = Store(db, create=False)
    try:
        with writing(db, lock_timeout, on_wait):
            grouper = stored_grouper(store)
            edits = edit(grouper, store)
            changed = set(grouper.changed_story_ids_)
            store.write_batch(
                stories=[s for s in grouper.stories_ if s.id in changed],
                removed_story_ids=grouper.removed_story_ids_,
                grouper_state=grouper.state_changes(),
                edits=edits,
            )
            run_id = store.start_run([what])
            failed = refresh_briefs(
                store, LocalEngine(), max_words, 256, run_id=run_id, on_rejection=on_rejection
            )
            store.finish_run(run_id, added=0, rejected=len(failed))
            return [store.brief(story_id) for story_id in grouper.changed_story_ids_]
    finally:
        store.close()
