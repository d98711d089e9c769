"""Story facts: alias merging, number agreement and conflicts, timeline, discrepancies."""

from __future__ import annotations

from bantin.brief.facts import story_facts
from bantin.models import AnalysedArticle, DateMention, Mention, NumberMention, Sentence


def article(
    id: str,
    mentions: tuple[Mention, ...] = (),
    numbers: tuple[NumberMention, ...] = (),
    sentences: tuple[str, ...] = (),
    dates: tuple[DateMention, ...] = (),
    reference: str | None = None,
) -> AnalysedArticle:
    return AnalysedArticle(
        id=id,
        path=None,
        body=sentences,
        sentences=tuple(
            Sentence(index=i, paragraph=i, text=text, words=()) for i, text in enumerate(sentences)
        ),
        mentions=mentions,
        numbers=numbers,
        dates=dates,
        reference_date=reference,
    )


def mention(text: str, type_: str = "LOC", canonical: str | None = None, **kw: str) -> Mention:
    return Mention(text=text, type=type_, sentence=0, canonical=canonical, **kw)  # type: ignore[arg-type]


def test_story_facts_short_name_of_a_qualified_organisation_is_that_organisation() -> None:
    ministry = "Bộ Ngoại giao"
    facts = story_facts(
        [
            # named in full once, then short: one ministry
            article("a", (mention(f"{ministry} Mỹ", "ORG"), *[mention(ministry, "ORG")] * 3)),
            # two countries' ministries: the short name could be either, and stays apart
            article(
                "b",
                (
                    mention(f"{ministry} Trung Quốc", "ORG"),
                    mention(f"{ministry} Nhật Bản", "ORG"),
                    mention(ministry, "ORG"),
                ),
            ),
        ]
    )
    by_name = {e.name: e for e in facts.entities}
    assert by_name[f"{ministry} Mỹ"].aliases == (ministry,)
    assert by_name[f"{ministry} Mỹ"].mentions == 4
    assert by_name[ministry].article_ids == ("b",) and by_name[ministry].mentions == 1


def test_story_facts_organisation_qualified_by_no_place_is_not_merged() -> None:
    facts = story_facts([article("a", (mention("Bộ Y tế", "ORG"), mention("Bộ Y tế Mới", "ORG")))])
    assert {e.name for e in facts.entities} == {"Bộ Y tế", "Bộ Y tế Mới"}


def number(value: float, about: str, unit: str | None = None) -> NumberMention:
    return NumberMention(value=value, unit=unit, about=about, text=f"{value:g}", sentence=0)


def test_story_facts_merge_gazetteer_aliases_across_articles() -> None:
    facts = story_facts(
        [
            article("a", (mention("Mỹ", canonical="Mỹ"), mention("Pentagon", "ORG"))),
            article("b", (mention("Hoa Kỳ", canonical="Mỹ"), mention("Lầu Năm Góc", "ORG"))),
        ]
    )
    by_name = {e.name: e for e in facts.entities}
    assert by_name["Mỹ"].aliases == ("Hoa Kỳ",)
    assert by_name["Mỹ"].article_ids == ("a", "b")
    assert by_name["Lầu Năm Góc"].aliases == ("Pentagon",)
    assert by_name["Lầu Năm Góc"].type == "ORG"


def test_story_facts_merge_a_surname_with_the_full_name() -> None:
    facts = story_facts(
        [
            article("a", (mention("Mohamed Bazoum", "PER"),)),
            article("b", (mention("Bazoum", "PER"),)),
        ]
    )
    (person,) = facts.entities
    assert (person.name, person.aliases, person.mentions) == ("Mohamed Bazoum", ("Bazoum",), 2)


def test_story_facts_keep_an_ambiguous_surname_apart() -> None:
    facts = story_facts(
        [
            article(
                "a",
                (mention("Joe Smith", "PER"), mention("Ann Smith", "PER"), mention("Smith", "PER")),
            )
        ]
    )
    assert {e.name for e in facts.entities} == {"Joe Smith", "Ann Smith", "Smith"}


def test_story_facts_number_agreement_all_some_and_conflict() -> None:
    facts = story_facts(
        [
            article(
                "a", numbers=(number(1000, "binh lính"), number(48, "", "giờ"), number(5, "tàu"))
            ),
            article("b", numbers=(number(1000, "quân"), number(7, "tàu"))),
        ]
    )
    agreement = {(n.value, n.unit): n.agreement for n in facts.numbers}
    assert agreement == {
        (1000, None): "all",
        (48, "giờ"): "some",
        (5, None): "conflict",
        (7, None): "conflict",
    }
    (conflict,) = facts.discrepancies
    assert conflict.kind == "number" and conflict.article_ids == ("a", "b")


def test_story_facts_leave_out_a_number_that_says_neither_unit_nor_what_it_counts() -> None:
    facts = story_facts([article("a", numbers=(number(17, ""), number(6, "", "năm")))])
    assert [(n.value, n.unit) for n in facts.numbers] == [(6, "năm")]


def test_story_facts_near_duplicates_do_not_confirm_numbers() -> None:
    facts = story_facts(
        [
            article("a", numbers=(number(1000, "binh lính"),)),
            article("copy", numbers=(number(1000, "binh lính"),)),
            article("b", numbers=(number(12, "máy bay"),)),
        ],
        duplicate_of={"copy": "a"},
    )
    agreement = {n.value: n.agreement for n in facts.numbers}
    assert agreement == {1000: "some", 12: "some"}


def test_story_facts_date_an_undated_article_from_the_rest_of_the_story() -> None:
    dated = article(
        "a",
        sentences=("Lầu Năm Góc hôm 22/4 cho biết.",),
        dates=(DateMention(text="hôm 22/4", date="2024-04-22", inferred=True, sentence=0),),
        reference="2024-04-22",
    )
    undated = article(
        "b",
        sentences=("Hôm thứ Sáu, Hoa Kỳ đồng ý.", "Cuộc đảo chính năm ngoái."),
        dates=(
            DateMention(text="Hôm thứ Sáu", date=None, inferred=True, sentence=0),
            DateMention(text="năm ngoái", date=None, inferred=True, sentence=1),
        ),
    )
    timeline = story_facts([dated, undated]).timeline
    assert [(t.date, t.inferred, t.article_id) for t in timeline] == [
        ("2023", True, "b"),
        ("2024-04-19", True, "b"),
        ("2024-04-22", True, "a"),
    ]


def test_story_facts_flag_a_person_labelled_with_a_confusable_place() -> None:
    niger = tuple(mention("Niger", canonical="Niger") for _ in range(4))
    labelled = mention("Ali Lamine Zein", "PER", title="Thủ tướng Nigeria")
    facts = story_facts(
        [article("a", niger), article("b", (labelled, mention("Nigeria", canonical="Nigeria")))]
    )
    (flag,) = facts.discrepancies
    assert flag.kind == "entity_label" and flag.article_ids == ("b",)
    assert "Nigeria" in flag.detail and "Niger" in flag.detail


def test_story_facts_of_no_articles_are_empty() -> None:
    facts = story_facts([])
    assert (facts.entities, facts.numbers, facts.timeline, facts.discrepancies) == ((), (), (), ())
