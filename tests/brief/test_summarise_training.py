"""The summariser's training: oracle and concept labels against a reference, deterministic fits."""

from __future__ import annotations

import numpy as np

from bantin.brief.concepts import story_concepts
from bantin.brief.sentence_features import story_sentences
from bantin.brief.summary_training import concept_labels, fit_summary_model, oracle_labels
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


def test_concept_labels_mark_the_bigrams_a_reference_writes() -> None:
    reference = ["lực_lượng", "cứu_hộ", "đã", "sơ_tán"]
    concepts = [("lực_lượng", "cứu_hộ"), ("cứu_hộ", "đã"), ("lực_lượng", "sơ_tán")]
    assert concept_labels(concepts, [["khác"], reference]).tolist() == [1.0, 1.0, 0.0]


def test_fit_summary_model_is_deterministic_and_learns_the_labels() -> None:
    stories = [([article(f"s{k}", TEXTS[k:] + TEXTS[:k])], [TEXTS[k].split()]) for k in range(4)]
    first, second = fit_summary_model(stories), fit_summary_model(stories)
    assert first.to_json() == second.to_json()
    # Each story's reference copies its first sentence: the lead must outscore the rest, and
    # the lead's bigrams must outweigh those of the other sentences.
    articles = stories[0][0]
    story = story_sentences(articles)
    scores = first.sentence(story.features)
    assert int(np.argmax(scores)) == 0
    concepts = story_concepts(articles, story, scores)
    weights = first.concept(concepts.features)
    in_lead = concepts.incidence[0].toarray().ravel() > 0
    assert weights[in_lead].min() > weights[~in_lead].max()
