"""The seed pages grouped as ../shared/README.md expects: one story with two sources, and the
older ECOWAS story apart from it but in the same thread."""

from __future__ import annotations

from pathlib import Path

from bantin.analyse import Analyser
from bantin.clean import clean_article, split_stories
from bantin.group import StoryGrouper
from bantin.ingest import read_paths
from bantin.models import RawArticle


def test_seeds_group_into_two_stories_of_one_thread(seeds_dir: Path) -> None:
    analyser = Analyser()
    articles = [
        analyser(part)
        for raw in read_paths([str(seeds_dir)])
        if isinstance(raw, RawArticle)
        for part in split_stories(clean_article(raw))
    ]
    grouper = StoryGrouper().partial_fit(articles)
    paths = {a.id: Path(a.path or "").name for a in articles}
    stories = sorted(grouper.stories_, key=lambda s: -len(s.article_ids))
    assert len(stories) == 2
    shared, alone = stories
    assert sorted(paths[i][:3] for i in shared.article_ids) == ["000", "001"]
    assert [paths[i][:3] for i in alone.article_ids] == ["000"]
    assert shared.thread_id == alone.thread_id
    assert not shared.duplicate_of  # two outlets' reports, not a copy
