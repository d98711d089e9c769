"""The seed pages: the facts ../shared/README.md lists must be in the two stories' facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from bantin.analyse import Analyser
from bantin.brief.facts import story_facts
from bantin.clean import clean_article, split_stories
from bantin.ingest import read_paths
from bantin.models import AnalysedArticle, RawArticle, StoryFacts


@pytest.fixture(scope="module")
def seed_articles(seeds_dir: Path) -> dict[tuple[str, int], AnalysedArticle]:
    analyser = Analyser()
    articles = {}
    for raw in read_paths([str(seeds_dir)]):
        assert isinstance(raw, RawArticle)
        for part in split_stories(clean_article(raw)):
            articles[(Path(raw.path or "").name[:3], part.part)] = analyser(part)
    return articles


@pytest.fixture(scope="module")
def withdrawal(seed_articles: dict[tuple[str, int], AnalysedArticle]) -> StoryFacts:
    return story_facts([seed_articles[("000", 0)], seed_articles[("001", 0)]])


@pytest.fixture(scope="module")
def ecowas(seed_articles: dict[tuple[str, int], AnalysedArticle]) -> StoryFacts:
    return story_facts([seed_articles[("000", 1)]])


def names(facts: StoryFacts, type_: str) -> set[str]:
    return {e.name for e in facts.entities if e.type == type_}


def test_seed_withdrawal_names_people_orgs_and_places(withdrawal: StoryFacts) -> None:
    assert {"Pat Ryder", "Kurt Campbell", "Ali Lamine Zein"} <= names(withdrawal, "PER")
    assert {"Lầu Năm Góc", "AFRICOM", "Nhà nước Hồi giáo", "al-Qaeda", "TTXVN"} <= names(
        withdrawal, "ORG"
    )
    assert {"Niger", "Niamey", "Mali", "Burkina Faso", "Naples"} <= names(withdrawal, "LOC")


def test_seed_withdrawal_merges_aliases(withdrawal: StoryFacts) -> None:
    by_name = {e.name: e for e in withdrawal.entities}
    assert {"Hoa Kỳ", "Washington"} <= set(by_name["Mỹ"].aliases)
    assert "Bộ Quốc phòng Mỹ" in by_name["Lầu Năm Góc"].aliases
    # page 001 names the State Department in full once, then six times short
    assert "Bộ Ngoại giao" in by_name["Bộ Ngoại giao Mỹ"].aliases
    assert len(by_name["Mỹ"].article_ids) == 2


def test_seed_withdrawal_quotes_pat_ryder(withdrawal: StoryFacts) -> None:
    ryder = [q for q in withdrawal.quotes if q.speaker == "Pat Ryder"]
    assert ryder and ryder[0].text.startswith("Chúng tôi có thể xác nhận")


def test_seed_withdrawal_keeps_the_anonymous_official_anonymous(withdrawal: StoryFacts) -> None:
    # page 001 brings in "Một quan chức cấp cao của Bộ Ngoại giao", speaking on condition of
    # anonymity, then names Deputy Secretary Kurt Campbell: the official's later words
    # ("Quan chức Bộ Ngoại giao cho biết") are not Campbell's
    speakers = {q.text[:12]: q.speaker for q in withdrawal.quotes}
    # "Quan chức này" after "quan chức cấp cao của Bộ Ngoại giao bày tỏ hy vọng" is the senior
    # official, though another was quoted last; the first quote's "Một" is no part of the name
    for start in ("Thủ tướng đã", "Chúng tôi đã", "Tôi nghĩ khô", "Thủ tướng nh", "Họ không muố"):
        assert speakers[start] == "quan chức cấp cao của Bộ Ngoại giao"
    assert "Kurt Campbell" not in speakers.values()


def test_seed_withdrawal_number_agreement(withdrawal: StoryFacts) -> None:
    agreement = {(n.value, n.unit): n.agreement for n in withdrawal.numbers}
    assert agreement[(1000.0, None)] == "all"
    assert agreement[(110e6, "USD")] == "some"
    assert agreement[(100.0, None)] == "some"
    assert agreement[(6.0, "năm")] == "some"


def test_seed_withdrawal_timeline_in_order_with_inferred_years(withdrawal: StoryFacts) -> None:
    dates = [(t.date, t.inferred) for t in withdrawal.timeline]
    assert dates == sorted(dates)
    for expected in [
        ("2023-07", False),
        ("2024-03", True),
        ("2024-04-19", True),
        ("2024-04-22", True),
    ]:
        assert expected in dates


def test_seed_withdrawal_flags_the_nigeria_label(withdrawal: StoryFacts) -> None:
    labels = [d for d in withdrawal.discrepancies if d.kind == "entity_label"]
    assert any("Ali Lamine Zein" in d.detail and "Nigeria" in d.detail for d in labels)


def test_seed_ecowas_story_facts(ecowas: StoryFacts) -> None:
    assert {
        "Abdourahamane Tiani",
        "Omar Alieu Touray",
        "Kathleen Fitzgibbons",
        "Mohamed Bazoum",
    } <= names(ecowas, "PER")
    by_name = {e.name: e for e in ecowas.entities}
    assert "Cộng đồng Kinh tế các quốc gia Tây Phi" in by_name["ECOWAS"].aliases
    assert "Reuter" in by_name["Reuters"].aliases
    assert "Bazoum" in by_name["Mohamed Bazoum"].aliases
    speakers = {q.text[:12]: q.speaker for q in ecowas.quotes}
    assert speakers["Ngay cả bây "] == "Omar Alieu Touray"
    # the State Department's spokesman, unnamed, is not the ECOWAS chairman quoted before him
    # but the one Reuters quoted a sentence earlier ("một người phát ngôn của Bộ Ngoại giao Mỹ")
    assert speakers["Không có yêu"] == "người phát ngôn của Bộ Ngoại giao Mỹ"
    assert {(n.value, n.unit) for n in ecowas.numbers} >= {(48.0, "giờ"), (3.0, "năm")}
    assert ("2023-08-25", True) in [(t.date, t.inferred) for t in ecowas.timeline]
