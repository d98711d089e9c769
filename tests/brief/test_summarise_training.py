"""The scorer's training: oracle labels against a reference, and a deterministic fit."""

from __future__ import annotations

import numpy as np

from bantin.brief.sentence_features import story_sentences
from bantin.brief.summarise import SentenceScorer
from bantin.brief.summary_training import fit_scorer, oracle_labels
from bantin.models import AnalysedArticle, Sentence

TEXTS = (
    "mưa lớn gây ngập nhiều tuyến phố ở trung tâm thành phố sáng nay",
    "lực lượng cứu hộ đã sơ tán hơn 200 hộ dân khỏi vùng trũng",
    "đội bóng địa phương giành chiến thắng trong trận đấu tối qua",
    "giá vàng trong nước tăng nhẹ vào phiên giao dịch cuối tuần",
)


def article(article_id: str, texts: tuple[str, ...]) -> AnalysedArticle:
    sentences = tuple(
        Sentence(index=i, paragraph=i, text=t + ".", words=tuple(t.split()))
        for i, t in enumerate(texts)
    )
    return AnalysedArticle(id=article_id, path=None, body=texts, sentences=sentences)


def test_oracle_labels_pick_the_sentences_the_reference_copies() -> None:
    story = story_sentences([article("a", TEXTS)])
    reference = (TEXTS[0] + " " + TEXTS[1]).split()
    assert oracle_labels(story, [reference]).tolist() == [1.0, 1.0, 0.0, 0.0]


def test_oracle_labels_empty_when_nothing_overlaps() -> None:
    story = story_sentences([article("a", TEXTS)])
    assert oracle_labels(story, [["không", "liên_quan"]]).sum() == 0


def test_fit_scorer_is_deterministic_and_learns_the_labels() -> None:
    stories = [([article(f"s{k}", TEXTS[k:] + TEXTS[:k])], [TEXTS[k].split()]) for k in range(4)]
    first, second = fit_scorer(stories), fit_scorer(stories)
    assert first.to_json() == second.to_json()
    assert isinstance(first, SentenceScorer)
    # Each story's reference copies its first sentence: the lead must outscore the rest.
    rows = story_sentences(stories[0][0]).features
    scores = first(rows)
    assert int(np.argmax(scores)) == 0
