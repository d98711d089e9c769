"""Story-level facts: the per-article mentions of one story merged across its articles.

- entities: aliases merged (gazetteer names, "Name (ACRONYM)" pairs, a surname or a shorter
  form of a person's full name), counted over all articles;
- numbers: the same quantity in every independent source is ``all``, in some ``some``;
  different values for the same thing are ``conflict`` and listed as discrepancies.
  Near-duplicates (``duplicate_of``) copy another article and confirm nothing;
- timeline: dates resolved again for articles without a reference date of their own, against
  the other articles' reference dates (an undated page of the same event happened then too);
- discrepancies also flag a person labelled with a place whose name is confusable with the
  place the story is about ("Thủ tướng Nigeria" in a story about Niger), for a human to check.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Literal

from ..analyse.facts.dates import resolve_dates
from ..analyse.facts.gazetteer import default_gazetteer
from ..analyse.facts.lexicon import fold
from ..analyse.facts.title_quotes import repeats, words_of
from ..models import (
    AnalysedArticle,
    DateMention,
    Discrepancy,
    EntityFact,
    Mention,
    NumberFact,
    QuoteFact,
    StoryFacts,
    TimelineEntry,
)

# a place must be mentioned this many times more than a confusable one to count as the
# story's place, before the rarer name is flagged
_DOMINANCE = 3


def _name(mention: Mention) -> str:
    return mention.canonical or mention.text


def _person_names(mentions: Iterable[Mention]) -> dict[str, str]:
    """Each person's name -> the longest name of the story it is a shortening of.

    "Bazoum" and "Mohamed Bazoum" are one person; so are "Sir Alex" forms that end a longer
    name. A short form shared by two different full names stays as it is.
    """
    names = {_name(m) for m in mentions if m.type == "PER"}
    longer: dict[str, str] = {}
    for short in names:
        fuller = [
            full for full in names if full != short and fold(full).endswith(" " + fold(short))
        ]
        if len(fuller) == 1:
            longer[short] = fuller[0]
    return longer


def _qualified_organisations(mentions: Sequence[Mention]) -> dict[str, str]:
    """Each organisation one article names both with its country and without -> the full
    name: news names a body in full once, then short ("Bộ Ngoại giao Mỹ", then "Bộ Ngoại
    giao"). A short name the article qualifies with two countries stays as it is."""
    gazetteer = default_gazetteer()
    names = {_name(m) for m in mentions if m.type == "ORG"}
    fuller: dict[str, list[str]] = defaultdict(list)
    for full in names:
        for short in names:
            country = full[len(short) + 1 :] if full.startswith(short + " ") else ""
            if (entry := gazetteer.lookup(country)) is not None and entry.type == "LOC":
                fuller[short].append(full)
    return {short: fulls[0] for short, fulls in fuller.items() if len(fulls) == 1}


def _entities(articles: Sequence[AnalysedArticle]) -> tuple[EntityFact, ...]:
    gazetteer = default_gazetteer()
    mentions = [(a.id, m) for a in articles for m in a.mentions]
    longer = _person_names(m for _, m in mentions)
    qualified = {a.id: _qualified_organisations(a.mentions) for a in articles}
    groups: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
    display: dict[str, str] = {}
    for article_id, mention in mentions:
        name = _name(mention)
        if mention.type == "ORG":
            name = qualified[article_id].get(name, name)
        entry = gazetteer.lookup(name)
        name = entry.canonical if entry else longer.get(name, name)
        key = fold(name)
        display.setdefault(key, name)
        groups[key].append((article_id, mention))
    facts = []
    for key, members in groups.items():
        types = Counter(m.type for _, m in members)
        entry = gazetteer.lookup(display[key])
        name = display[key]
        aliases = sorted({m.text for _, m in members if fold(m.text) != key})
        facts.append(
            EntityFact(
                name=name,
                type=entry.type if entry else types.most_common(1)[0][0],
                aliases=tuple(aliases),
                mentions=len(members),
                article_ids=tuple(dict.fromkeys(article_id for article_id, _ in members)),
            )
        )
    facts.sort(key=lambda f: (-len(f.article_ids), -f.mentions, f.name))
    return tuple(facts)


def _quotes(articles: Sequence[AnalysedArticle]) -> tuple[QuoteFact, ...]:
    """Every quote of the story once: a copied article repeats a quote, and a headline
    repeats (a part of) one another article quotes in its body."""
    said = [words_of(q.text) for a in articles for q in a.quotes if not q.in_title]
    listed: set[tuple[str, ...]] = set()
    facts = []
    for article in articles:
        for quote in article.quotes:
            words = words_of(quote.text)
            if words in listed or (quote.in_title and any(repeats(words, other) for other in said)):
                continue
            listed.add(words)
            facts.append(
                QuoteFact(
                    speaker=quote.speaker,
                    cue=quote.cue,
                    text=quote.text,
                    article_id=article.id,
                    sentence=quote.sentence,
                    in_title=quote.in_title,
                )
            )
    return tuple(facts)


def _numbers(
    articles: Sequence[AnalysedArticle], independent: Sequence[str]
) -> tuple[tuple[NumberFact, ...], list[Discrepancy]]:
    by_quantity: dict[tuple[float, str | None], list[tuple[str, str, str]]] = defaultdict(list)
    for article in articles:
        for number in article.numbers:
            # a bare "17" (a house number, "2 trong 1") says nothing to a reader
            if number.unit or number.about:
                by_quantity[(number.value, number.unit)].append(
                    (article.id, number.about, number.text)
                )
    sources = set(independent)
    facts: list[NumberFact] = []
    for (value, unit), found in by_quantity.items():
        article_ids = tuple(dict.fromkeys(article_id for article_id, _, _ in found))
        agreement: Literal["all", "some"] = "all" if sources <= set(article_ids) else "some"
        about = next((about for _, about, _ in found if about), "")
        facts.append(
            NumberFact(
                value=value, unit=unit, about=about, text=found[0][2],
                article_ids=article_ids, agreement=agreement,
            )
        )  # fmt: skip
    discrepancies, conflicting = _number_conflicts(facts, sources)
    facts = [
        f.model_copy(update={"agreement": "conflict"}) if id(f) in conflicting else f for f in facts
    ]
    facts.sort(key=lambda f: (-len(f.article_ids), f.about == "", f.about))
    return tuple(facts), discrepancies


def _number_conflicts(
    facts: Sequence[NumberFact], sources: set[str]
) -> tuple[list[Discrepancy], set[int]]:
    """Different values, same unit, for the same thing, each from different sources.

    Returns the discrepancies and the ``id()`` of the facts in conflict.
    """
    by_thing: dict[tuple[str, str | None], list[NumberFact]] = defaultdict(list)
    for fact in facts:
        if fact.about:
            by_thing[(fold(fact.about), fact.unit)].append(fact)
    discrepancies, conflicting = [], set()
    for (about, _unit), values in by_thing.items():
        owners = [set(f.article_ids) & sources for f in values]
        if len(values) < 2 or not all(owners):
            continue
        if any(a & b for i, a in enumerate(owners) for b in owners[i + 1 :]):
            continue  # one source giving both values: two different quantities
        labels = ", ".join(f"{f.text} ({', '.join(f.article_ids)})" for f in values)
        discrepancies.append(
            Discrepancy(
                kind="number",
                detail=f"{about}: {labels}",
                article_ids=tuple(sorted(set().union(*owners))),
            )
        )
        conflicting |= {id(f) for f in values}
    return discrepancies, conflicting


def _story_reference(articles: Sequence[AnalysedArticle]) -> date | None:
    known = [date.fromisoformat(a.reference_date) for a in articles if a.reference_date]
    return max(known) if known else None


def _dates(article: AnalysedArticle, story_reference: date | None) -> tuple[DateMention, ...]:
    if article.reference_date is None and story_reference is not None:
        # an undated page of the story: resolve against the story's dates, marked inferred
        resolved = resolve_dates(article.sentences, story_reference)
        return tuple(d.model_copy(update={"inferred": True}) for d in resolved)
    return article.dates


def _timeline(articles: Sequence[AnalysedArticle]) -> tuple[TimelineEntry, ...]:
    reference = _story_reference(articles)
    entries: dict[tuple[str, str], TimelineEntry] = {}
    for article in articles:
        sentences = {s.index: s.text for s in article.sentences}
        for mention in _dates(article, reference):
            if mention.date is None:
                continue
            text = sentences.get(mention.sentence, mention.text)
            entry = TimelineEntry(
                date=mention.date,
                inferred=mention.inferred,
                text=text,
                article_id=article.id,
                sentence=mention.sentence,
                expression=mention.text,
            )
            entries.setdefault((mention.date, fold(text)), entry)
    return tuple(sorted(entries.values(), key=lambda e: (e.date, e.article_id, e.sentence)))


def _confusable(first: str, second: str) -> bool:
    """Names one slip of a translator apart: one extends the other (Niger/Nigeria)."""
    a, b = fold(first), fold(second)
    return a != b and (a.startswith(b) or b.startswith(a))


def _names_place(title: str, place: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(fold(place))}(?!\w)", fold(title)) is not None


def _label_discrepancies(articles: Sequence[AnalysedArticle]) -> list[Discrepancy]:
    """A person labelled with a place confusable with the place the story is about."""
    gazetteer = default_gazetteer()
    places = Counter(
        entry.canonical
        for a in articles
        for m in a.mentions
        if m.type == "LOC" and (entry := gazetteer.lookup(_name(m)))
    )
    found: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        for mention in article.mentions:
            if mention.type != "PER" or not mention.title:
                continue
            for place, count in places.items():
                if not _names_place(mention.title, place):
                    continue
                for main, main_count in places.items():
                    if _confusable(place, main) and main_count >= _DOMINANCE * count:
                        detail = (
                            f"{mention.text} is called '{mention.title}' in a story about {main}"
                        )
                        found[detail].add(article.id)
    return [
        Discrepancy(kind="entity_label", detail=detail, article_ids=tuple(sorted(ids)))
        for detail, ids in found.items()
    ]


def story_facts(
    articles: Sequence[AnalysedArticle], duplicate_of: Mapping[str, str] | None = None
) -> StoryFacts:
    """The facts sections of one story's brief, merged over ``articles``."""
    duplicate_of = duplicate_of or {}
    independent = [a.id for a in articles if a.id not in duplicate_of]
    numbers, number_conflicts = _numbers(articles, independent)
    return StoryFacts(
        entities=_entities(articles),
        quotes=_quotes(articles),
        numbers=numbers,
        timeline=_timeline(articles),
        discrepancies=tuple(number_conflicts + _label_discrepancies(articles)),
    )
