"""build_brief: a story's dates, published or, for undated pages, inferred from the texts."""

from __future__ import annotations

from bantin.brief import build_brief
from bantin.models import AnalysedArticle, Sentence, Story

TEXT = "Mưa lớn gây sạt lở đất tại huyện Bát Xát, hơn 200 hộ dân phải sơ tán đến nơi an toàn."


def _article(id: str, published: str | None, reference: str | None) -> AnalysedArticle:
    return AnalysedArticle(
        id=id,
        path=f"{id}.txt",
        title="Sạt lở ở Bát Xát",
        body=(TEXT,),
        published=published,
        sentences=(Sentence(index=0, paragraph=0, text=TEXT, words=tuple(TEXT.split())),),
        reference_date=reference,
        reference_inferred=published is None,
    )


def _story(articles: list[AnalysedArticle], first: str | None, last: str | None) -> Story:
    return Story(
        id="s1",
        thread_id="t1",
        title="Sạt lở ở Bát Xát",
        article_ids=tuple(a.id for a in articles),
        first_date=first,
        last_date=last,
    )


def test_build_brief_dates_an_undated_story_by_what_its_texts_imply() -> None:
    members = [
        _article("a", None, "2024-04-22"),
        _article("b", None, None),
        _article("c", None, "2024-04-19"),
    ]
    brief = build_brief(_story(members, None, None), members)
    assert (brief.first_date, brief.last_date, brief.dates_inferred) == (
        "2024-04-19",
        "2024-04-22",
        True,
    )


def test_build_brief_keeps_publication_dates_and_never_mixes_in_inferred_ones() -> None:
    members = [_article("a", "2025-09-10", "2025-09-10"), _article("b", None, "2020-01-01")]
    brief = build_brief(_story(members, "2025-09-10", "2025-09-10"), members)
    assert (brief.first_date, brief.last_date, brief.dates_inferred) == (
        "2025-09-10",
        "2025-09-10",
        False,
    )


def test_build_brief_of_a_story_nothing_dates_stays_undated() -> None:
    members = [_article("a", None, None)]
    brief = build_brief(_story(members, None, None), members)
    assert (brief.first_date, brief.last_date, brief.dates_inferred) == (None, None, False)
