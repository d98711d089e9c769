"""The summariser on hand-built stories: budget, attribution, redundancy, junk, leads, order."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bantin.brief import summarise
from bantin.brief.sentence_features import FEATURE_NAMES, source_groups, story_sentences
from bantin.brief.summarise import Summariser
from bantin.brief.summary_model import SummaryModel
from bantin.errors import ConfigError
from bantin.models import AnalysedArticle, Sentence

SHARED_FACT = "Ủy ban tỉnh Bình Yên công bố kế hoạch xây cầu mới bắc qua sông Hồng trong năm nay."


TITLE = "Tỉnh Bình Yên xây cầu mới"


def article(article_id: str, *texts: str, title: str = TITLE) -> AnalysedArticle:
    sentences = tuple(
        Sentence(index=i, paragraph=i // 2, text=text, words=tuple(text.split()))
        for i, text in enumerate(texts)
    )
    return AnalysedArticle(
        id=article_id,
        path=None,
        body=texts,
        title=title,
        title_words=tuple(w.lower() for w in title.split()),
        sentences=sentences,
    )


def story() -> list[AnalysedArticle]:
    return [
        article(
            "a",
            SHARED_FACT,
            "Cây cầu dài 1.200 mét, có bốn làn xe và tổng vốn đầu tư 2.000 tỷ đồng.",
            "Ảnh: Nguyễn Văn A",
            "Vì sao người dân hai bên bờ sông lại mong cây cầu đến vậy?",
            "Cây cầu mới cho người dân hai bên bờ sông Hồng",
            "“Chúng tôi rất mong cây cầu sớm được xây dựng xong để con đi học.”",
            "Người dân hai bên bờ sông mong cây cầu sớm hoàn thành để đi lại thuận tiện hơn.",
        ),
        article(
            "b",
            "Ủy ban tỉnh Bình Yên vừa công bố kế hoạch xây cầu mới qua sông Hồng trong năm nay.",
            "Theo kế hoạch, công trình khởi công vào tháng 9 và hoàn thành sau ba năm thi công.",
            "Nhà thầu sẽ được chọn qua đấu thầu rộng rãi trong nước và quốc tế vào tháng tới.",
        ),
        article(
            "c",
            "Tỉnh Bình Yên công bố kế hoạch xây cầu mới bắc qua sông Hồng ngay trong năm nay.",
            "Dự án cầu được kỳ vọng giảm tải cho bến phà cũ vốn quá tải vào giờ cao điểm.",
        ),
    ]


@pytest.mark.parametrize("max_words", [12, 30, 60, 120])
def test_summarise_respects_word_budget(max_words: int) -> None:
    chosen = summarise(story(), max_words=max_words)
    assert sum(len(s.text.split()) for s in chosen) <= max_words


def test_summarise_sentences_round_trip_to_their_article() -> None:
    articles = story()
    by_id = {a.id: a for a in articles}
    chosen = summarise(articles, max_words=120)
    assert chosen
    for sentence in chosen:
        assert by_id[sentence.article_id].sentences[sentence.sentence].text == sentence.text


@pytest.mark.parametrize("include_lead", [False, True])
def test_summarise_excludes_redundant_restatements(include_lead: bool) -> None:
    # Three sources open with the same fact in slightly different words: it is said once,
    # even when the budget leaves room for all three.
    chosen = Summariser(include_lead=include_lead)(story(), max_words=500)
    restatements = [s for s in chosen if "công bố kế hoạch xây cầu" in s.text]
    assert len(restatements) == 1


@pytest.mark.parametrize(
    "junk",
    [
        "Ảnh: Nguyễn Văn A",  # photo credit
        "Vì sao người dân hai bên bờ sông lại mong cây cầu đến vậy?",  # question
        "Cây cầu mới cho người dân hai bên bờ sông Hồng",  # subheading, no final stop
        "“Chúng tôi rất mong cây cầu sớm được xây dựng xong để con đi học.”",  # no speaker
    ],
)
def test_summarise_never_uses_junk_even_with_budget_left(junk: str) -> None:
    # Room for everything: only the eligibility rules can keep junk out.
    texts = {s.text for s in summarise(story(), max_words=500)}
    assert len(texts) >= 5
    assert junk not in texts


def test_summarise_uses_several_sources() -> None:
    chosen = summarise(story(), max_words=80)
    assert len({s.article_id for s in chosen}) >= 2


def test_summarise_is_deterministic() -> None:
    assert summarise(story(), max_words=60) == summarise(story(), max_words=60)


def test_summarise_orders_by_source_position() -> None:
    articles = story()
    position = {a.id: i for i, a in enumerate(articles)}
    chosen = summarise(articles, max_words=120)
    keys = [(position[s.article_id], s.sentence) for s in chosen]
    assert keys == sorted(keys)


def test_summarise_puts_earlier_publications_first() -> None:
    a, b, c = story()
    dated = [
        a.model_copy(update={"published": "2024-04-20"}),
        b.model_copy(update={"published": "2024-04-19"}),
        c.model_copy(update={"published": "2024-04-21"}),
    ]
    chosen = summarise(dated, max_words=120)
    published = {x.id: x.published for x in dated}
    dates = [published[s.article_id] for s in chosen]
    assert len(set(dates)) >= 2
    assert dates == sorted(dates)


def test_summarise_of_nothing_is_empty() -> None:
    assert summarise([], max_words=50) == []
    assert summarise([article("empty")], max_words=50) == []


def test_summarise_of_one_word_sentences_is_empty_not_an_error() -> None:
    # A record of a word or two ("Hà Nội"): sentences, but no word pair to weigh.
    assert summarise([article("short", "Hà Nội"), article("x", "x")], max_words=50) == []


def test_a_story_past_the_candidate_cap_keeps_every_lead(monkeypatch: pytest.MonkeyPatch) -> None:
    import bantin.brief.sentence_features as features

    monkeypatch.setattr(features, "MAX_CANDIDATES", 6)
    articles = [
        article(f"a{i}", *(f"Câu số {k} của bài {i} ở đây." for k in range(4))) for i in range(4)
    ]
    candidates = story_sentences(articles).candidates
    assert len(candidates) == 6
    assert {(c.article, c.sentence.index) for c in candidates} >= {(i, 0) for i in range(4)}
    assert all(c.sentence.index <= 1 for c in candidates)
    assert summarise(articles, max_words=30)  # still summarised, from what was kept


def test_summarise_ignores_articles_without_sentences() -> None:
    articles = [article("empty"), story()[1], article("also-empty")]
    chosen = summarise(articles, max_words=60, duplicate_of={"also-empty": "b"})
    assert chosen
    assert {s.article_id for s in chosen} == {"b"}


def test_duplicates_are_one_source() -> None:
    articles = story()
    assert source_groups(articles, {"c": "b"}) == [0, 1, 1]
    assert source_groups(articles, {"c": "b", "b": "c"}) == [0, 1, 1]  # cycles end


def test_duplicates_add_no_support() -> None:
    articles = [*story()[:2], article("copy", *(s.text for s in story()[1].sentences))]
    support = FEATURE_NAMES.index("support_max")
    copy_rows = [k for k, c in enumerate(story_sentences(articles).candidates) if c.article == 2]
    with_copy = story_sentences(articles).features[copy_rows, support]
    folded = story_sentences(articles, {"copy": "b"}).features[copy_rows, support]
    # The copy matches b word for word; folded into b, only a can confirm it.
    assert np.all(with_copy == pytest.approx(1.0))
    assert np.all(folded < with_copy)


@pytest.mark.parametrize(
    "params",
    [
        {"max_similarity": 2},
        {"max_similarity": -0.1},
        {"min_words": 0},
        {"min_words": 2.5},
        {"include_lead": 1},
    ],
)
def test_summariser_rejects_bad_parameters(params: dict[str, float]) -> None:
    with pytest.raises(ConfigError):
        Summariser(**params)  # type: ignore[arg-type]


def test_summarise_rejects_bad_budget() -> None:
    with pytest.raises(ConfigError):
        summarise(story(), max_words=0)


def test_summary_model_json_round_trip() -> None:
    model = SummaryModel.load()
    again = SummaryModel.from_json(model.to_json())
    rows = story_sentences(story()).features
    assert np.allclose(model.sentence(rows), again.sentence(rows))
    assert again.to_json() == model.to_json()


@pytest.mark.parametrize(
    "part, change",
    [
        ("sentence", {"feature_names": ["position"]}),
        ("concept", {"feature_names": ["frequency"]}),
        ("concept", {"coef": [1.0]}),
    ],
)
def test_summary_model_rejects_stale_json(part: str, change: dict[str, object]) -> None:
    data = SummaryModel.load().to_json()
    data[part] = {**data[part], **change}  # type: ignore[dict-item]
    with pytest.raises(ConfigError):
        SummaryModel.from_json(data)


def test_summary_model_rejects_json_without_both_parts() -> None:
    with pytest.raises(ConfigError):
        SummaryModel.from_json({"sentence": SummaryModel.load().to_json()["sentence"]})


def test_summarise_includes_an_article_lead() -> None:
    # The leads here are restatements of each other: exactly one of them opens the summary.
    chosen = summarise(story(), max_words=60)
    assert [s.sentence for s in chosen].count(0) == 1


def test_seed_withdrawal_summary_uses_both_pages_and_no_junk(seeds_dir: Path) -> None:
    from bantin.analyse import Analyser
    from bantin.clean import clean_article, split_stories
    from bantin.ingest import read_paths
    from bantin.models import RawArticle

    analyser = Analyser()
    pages = [r for r in read_paths([str(seeds_dir)]) if isinstance(r, RawArticle)]
    # The withdrawal story is the first story of each page; page 000 also carries ECOWAS.
    articles = [analyser(split_stories(clean_article(page))[0]) for page in pages]
    chosen = summarise(articles, max_words=120)
    assert {s.article_id for s in chosen} == {a.id for a in articles}
    assert any(s.sentence == 0 for s in chosen)
    text = " ".join(s.text for s in chosen)
    for junk in ("Video đang HOT", "READ", "Trả lời", "Email của bạn", "Ảnh:", "Sudan"):
        assert junk not in text
