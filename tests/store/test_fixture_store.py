"""The shared fixture store stays coherent: what other tests rely on it to contain."""

from __future__ import annotations

from collections import Counter

from bantin.fixtures import fixture_records

RECORDS = fixture_records()
ARTICLES = {a.id: a for a in RECORDS.articles}


def test_fixture_records_cover_the_cases_tests_need() -> None:
    threads = Counter(story.thread_id for story in RECORDS.stories)
    assert max(threads.values()) == 2, "a thread of two stories"
    assert any(story.duplicate_of for story in RECORDS.stories), "a near-duplicate"
    assert any(a.source is None and a.published is None for a in RECORDS.articles)
    assert any(brief.discrepancies and brief.timeline for brief in RECORDS.briefs)
    assert len(ARTICLES) == len(RECORDS.articles), "article ids are unique content hashes"


def test_fixture_briefs_match_their_stories_and_articles() -> None:
    for story, brief in zip(RECORDS.stories, RECORDS.briefs, strict=True):
        assert (brief.id, brief.thread_id, brief.title) == (story.id, story.thread_id, story.title)
        assert tuple(ref.id for ref in brief.articles) == story.article_ids
        assert {ref.id: ref.duplicate_of for ref in brief.articles if ref.duplicate_of} == (
            story.duplicate_of
        )
        for sentence in brief.summary:
            assert ARTICLES[sentence.article_id].sentences[sentence.sentence].text == sentence.text
        for quote in brief.quotes:
            assert quote.text in ARTICLES[quote.article_id].sentences[quote.sentence].text


def test_fixture_sentences_are_their_words_rejoined() -> None:
    for article in RECORDS.articles:
        assert [s.index for s in article.sentences] == list(range(len(article.sentences)))
        for sentence in article.sentences:
            syllables = " ".join(sentence.words).replace("_", " ")
            assert "".join(syllables.split()) == "".join(sentence.text.split())
            assert " ," not in sentence.text and " ." not in sentence.text
