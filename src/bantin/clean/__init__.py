"""Stages 2-4: normalise text, drop site junk, split a page into its stories.

``normalise_text`` -> ``clean_article`` (RawArticle -> CleanArticle) -> ``split_stories``
(CleanArticle -> list[Article]). All are pure functions of one record.
"""

from bantin.clean.article import clean_article
from bantin.clean.normalise import canonical_tone_marks, misplaced_tone_marks, normalise_text
from bantin.clean.split import article_id, is_title_line, split_stories

__all__ = [
    "article_id",
    "canonical_tone_marks",
    "clean_article",
    "is_title_line",
    "misplaced_tone_marks",
    "normalise_text",
    "split_stories",
]
