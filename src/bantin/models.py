"""The one data model every stage shares.

Records are frozen pydantic models so they survive a JSON round trip and can be shipped to
Dask workers unchanged. The chain follows the pipeline:

    RawArticle (a page as read) -> CleanArticle (normalised, junk dropped)
    -> Article (one story cut out of a page) -> AnalysedArticle (sentences, terms, facts)
    -> Story (articles grouped across the stream) -> Brief (what a reader sees).

A stage adds its own fields and never rewrites the fields of earlier stages. Fields of
``AnalysedArticle`` that a later analysis component fills start out empty, so one record type
carries the whole per-article analysis (spaCy's ``Doc`` with ``assigns``), while the pipeline
checks at start-up that every component's ``requires`` are met.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal, NamedTuple, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Record(BaseModel):
    """Base for every record: frozen, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


R = TypeVar("R", bound=Record)


def extend(record: Record, cls: type[R], **fields: Any) -> R:
    """Build the next stage's record from ``record`` plus the fields this stage adds.

    Refuses to overwrite a field the earlier record already has, so a stage cannot silently
    rewrite another stage's output.
    """
    base = {name: getattr(record, name) for name in type(record).model_fields}
    clash = sorted(set(fields) & set(base))
    if clash:
        raise ValueError(f"{cls.__name__} would overwrite earlier fields: {', '.join(clash)}")
    return cls.model_construct(**base, **fields)


# --------------------------------------------------------------------------- ingest


class RawArticle(Record):
    """One input page or one dataset document, decoded but otherwise untouched."""

    path: str | None = Field(description="Input file the page came from; None for stdin.")
    text: str
    external_id: str | None = Field(default=None, description="Id given by the input (JSONL).")
    title: str | None = None
    lead: str | None = None
    source: str | None = Field(default=None, description="Outlet or site name.")
    url: str | None = None
    published: str | None = Field(default=None, description="ISO 8601 date or datetime.")
    author: str | None = None
    encoding: str = "utf-8"
    format: Literal["txt", "html", "jsonl"] = "txt"
    line: int | None = Field(
        default=None, description="1-based line of a JSONL input, so problems can name it."
    )


class Rejection(Record):
    """An input that could not become an article, with a stable reason code."""

    path: str
    reason: str = Field(description="Stable code: empty, binary, undecodable, too_large, ...")
    detail: str = ""

    def message(self) -> str:
        return f"{self.path}: {self.reason}" + (f" ({self.detail})" if self.detail else "")


# --------------------------------------------------------------------------- clean


class DroppedLine(Record):
    """A line removed as site junk, kept so every drop can be audited."""

    line: int = Field(description="Line of the page; -1 for the lead the input gave.")
    text: str
    reason: str = Field(description="e.g. known_phrase, photo_caption, read_link, teaser")


SourceBasis = Literal["input", "url", "tag", "credit"]


class CleanArticle(RawArticle):
    """A normalised page: display text kept readable, junk lines dropped with reasons."""

    lines: tuple[str, ...] = Field(description="Kept lines, NFC, canonical tone marks.")
    line_numbers: tuple[int, ...] = Field(description="Line number in the page of each kept line.")
    dropped: tuple[DroppedLine, ...] = ()
    contributors: tuple[str, ...] = Field(default=(), description="Byline/contributor lines.")
    found_source: str | None = Field(
        default=None,
        description="When the input gives no source: the outlet the page names itself by.",
    )
    found_source_basis: SourceBasis | None = Field(
        default=None,
        description="How found_source was found: the URL's host ('url'), the tag opening "
        "the page ('tag', '(Dân trí) - '), or a credit ('credit', 'Theo TTXVN').",
    )


class Article(Record):
    """One story's text cut out of a page; the unit every later stage works on."""

    id: str = Field(description="Hash of the normalised body text: the deduplication key.")
    path: str | None
    part: int = Field(default=0, description="Index of this story on its page.")
    external_id: str | None = None
    title: str | None = None
    lead: str | None = None
    body: tuple[str, ...] = Field(description="Paragraphs, in page order, title excluded.")
    source: str | None = Field(
        default=None, description="The outlet: as the input gives it, else as the page names it."
    )
    source_basis: SourceBasis | None = Field(
        default=None, description="How the source is known: 'input', 'url', 'tag' or 'credit'."
    )
    url: str | None = None
    published: str | None = None
    author: str | None = None
    contributors: tuple[str, ...] = ()
    dropped: tuple[DroppedLine, ...] = ()


# --------------------------------------------------------------------------- analyse


class Sentence(Record):
    index: int = Field(description="Position among the article's body sentences, from 0.")
    paragraph: int
    text: str
    words: tuple[str, ...] = Field(description="Word-segmented tokens, syllables joined by '_'.")


class Mention(Record):
    """A named entity mention in one sentence."""

    text: str
    type: Literal["PER", "ORG", "LOC", "MISC"]
    sentence: int
    canonical: str | None = Field(default=None, description="Gazetteer name when known.")
    title: str | None = Field(
        default=None, description="Role written before a person's name: 'Thủ tướng Nigeria'."
    )


class Quote(Record):
    text: str
    cue: str
    speaker: str | None
    sentence: int = Field(description="Body sentence the quote is in; -1 for a title quote.")
    in_title: bool = Field(default=False, description="The quote is in the article's title.")


class NumberMention(Record):
    value: float
    unit: str | None
    about: str
    text: str
    sentence: int
    qualifier: str | None = Field(default=None, description="hơn, ít nhất, gần, khoảng ...")


class DateMention(Record):
    text: str
    date: str | None = Field(description="YYYY-MM-DD, YYYY-MM or YYYY once resolved.")
    inferred: bool = Field(description="True when the year (or more) was not written out.")
    sentence: int


class AnalysedArticle(Article):
    """An article with everything per-article analysis knows about it."""

    dateline: str | None = None
    sentences: tuple[Sentence, ...] = ()
    title_words: tuple[str, ...] = ()
    terms: dict[str, float] = Field(default_factory=dict, description="Weighted term vector.")
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    numbers: tuple[NumberMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    reference_date: str | None = Field(
        default=None, description="Date relative expressions were resolved against."
    )
    reference_inferred: bool = True
    stages: dict[str, str] = Field(
        default_factory=dict, description="Name and version of each component that ran."
    )


# --------------------------------------------------------------------------- group


class Story(Record):
    """Articles that report the same event."""

    id: str
    thread_id: str
    title: str
    article_ids: tuple[str, ...]
    duplicate_of: dict[str, str] = Field(
        default_factory=dict, description="Near-duplicate article id -> the article it copies."
    )
    first_date: str | None = None
    last_date: str | None = None


class StateEntry(NamedTuple):
    """One keyed piece of the grouper's learned state (e.g. one story, one term's count).

    A tuple, not a record: a batch saves thousands of them, and validating tuples is cheap.
    """

    section: str
    key: str
    value: str  # JSON text, opaque to everything but the grouper


class GrouperState(Record):
    """The grouper's learned state: a small header plus keyed entries.

    Keyed so a batch stores only what it changed: a ``complete`` state replaces whatever the
    store holds, an incomplete one (the changes since the last save) is merged into it.
    """

    header: str = Field(description="JSON text: state version, parameters, counters.")
    entries: tuple[StateEntry, ...] = ()
    complete: bool = True


# --------------------------------------------------------------------------- brief


class ArticleRef(Record):
    id: str
    path: str | None
    title: str | None
    source: str | None
    source_basis: SourceBasis | None = None
    published: str | None
    duplicate_of: str | None = None


class SummarySentence(Record):
    text: str
    article_id: str
    sentence: int


EntityType = Literal["PER", "ORG", "LOC", "MISC"]


class EntityFact(Record):
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    mentions: int
    article_ids: tuple[str, ...]


class QuoteFact(Record):
    speaker: str | None
    cue: str
    text: str
    article_id: str
    sentence: int = Field(description="Body sentence the quote is in; -1 for a title quote.")
    in_title: bool = Field(default=False, description="The quote is in the article's title.")


class NumberFact(Record):
    value: float
    unit: str | None
    about: str
    text: str
    article_ids: tuple[str, ...]
    agreement: Literal["all", "some", "conflict"]


class TimelineEntry(Record):
    date: str
    inferred: bool
    text: str
    article_id: str
    sentence: int
    expression: str | None = Field(default=None, description="The date as written: 'hôm 22/4'.")


class Discrepancy(Record):
    kind: str
    detail: str
    article_ids: tuple[str, ...]


class StoryFacts(Record):
    """What the articles of one story say, merged: the facts sections of a brief."""

    entities: tuple[EntityFact, ...] = ()
    quotes: tuple[QuoteFact, ...] = ()
    numbers: tuple[NumberFact, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()


class Brief(Record):
    """The sourced brief of one story."""

    id: str
    thread_id: str
    title: str
    articles: tuple[ArticleRef, ...]
    summary: tuple[SummarySentence, ...]
    entities: tuple[EntityFact, ...] = ()
    quotes: tuple[QuoteFact, ...] = ()
    numbers: tuple[NumberFact, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()
    first_date: str | None = Field(
        default=None, description="First publication date of its articles (or inferred)."
    )
    last_date: str | None = Field(
        default=None, description="Last publication date of its articles (or inferred)."
    )
    dates_inferred: bool = Field(
        default=False,
        description="No article has a publication date: the dates are those its articles'"
        " texts imply (``AnalysedArticle.reference_date``).",
    )


# --------------------------------------------------------------------------- store


class StorySummaryRow(Record):
    """One line of a story listing (``bantin stories``, ``/stories.json``)."""

    id: str
    thread_id: str
    title: str
    n_articles: int = Field(description="Articles in the story, near-duplicates included.")
    n_sources: int = Field(
        description="Independent sources: distinct outlets (or input files when the outlet "
        "is unknown) among the articles that are not near-duplicates."
    )
    first_date: str | None = None
    last_date: str | None = None
    dates_inferred: bool = Field(
        default=False, description="The dates are inferred from the texts, not published."
    )


class StoryEdit(Record):
    """An editor's correction of the grouping (``bantin merge``, ``bantin move``), kept so that
    ``bantin regroup`` makes it again. Stories are also named by an article they held, since
    regrouping may give a story another id."""

    kind: Literal["merge", "move"]
    story_id: str = Field(description="merge: the story folded; move: the story left.")
    article_id: str = Field(
        description="merge: the first article of the story folded; move: the article moved."
    )
    to_story_id: str | None = Field(
        description="merge: the story kept; move: the story entered, None for a new one."
    )
    to_article_id: str | None = Field(description="The first article of ``to_story_id``.")
    after_articles: int = Field(
        description="Articles the store held when it was made: ``regroup`` makes it again at"
        " that point of the stream, so later articles are grouped as they were."
    )
    made: str = Field(description="When (ISO 8601, UTC).")


class StoryQuery(Record):
    """Which stories a listing shows (``bantin stories``, ``/stories``): its input schema."""

    search: str | None = Field(
        default=None,
        description="Words the title must all contain, ignoring case and diacritics "
        "('rut quan' finds 'rút quân').",
    )
    thread: str | None = Field(default=None, description="Only the stories of this thread.")
    entity: str | None = Field(
        default=None,
        description="Only stories whose brief names this person, organisation or place "
        "(its name or an alias, whole words, any case; a word typed with marks must match "
        "them, 'Hùng' is not 'Hưng', one typed without marks matches any).",
    )
    since: date | None = Field(
        default=None, description="Only stories with an article published on or after this day."
    )
    until: date | None = Field(
        default=None, description="Only stories with an article published on or before this day."
    )
    limit: int = Field(default=100, ge=1, le=1000, description="Stories per page.")
    offset: int = Field(default=0, ge=0, description="Stories skipped, most recent first.")

    @field_validator("search", "thread", "entity", "since", "until", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        # A submitted form sends its empty boxes as "": that asks for nothing.
        return None if isinstance(value, str) and not value.strip() else value


class StoryPage(Record):
    """One page of a story listing: its output schema."""

    data: tuple[StorySummaryRow, ...]
    count: int = Field(description="Stories matching the query, whatever the page.")
    next_offset: int | None = Field(
        default=None, description="The offset of the next page; null on the last one."
    )


class EntityQuery(Record):
    """Which names an entity index shows (``bantin entities``, ``/entities``): its input
    schema. Dates select stories as a story listing does; counts are over those stories."""

    type: EntityType | None = Field(
        default=None, description="Only people (PER), organisations (ORG), places (LOC) or MISC."
    )
    search: str | None = Field(
        default=None,
        description="Words the name must all contain, ignoring case and diacritics.",
    )
    since: date | None = Field(
        default=None, description="Only stories with an article published on or after this day."
    )
    until: date | None = Field(
        default=None, description="Only stories with an article published on or before this day."
    )
    limit: int = Field(default=100, ge=1, le=1000, description="Names per page.")
    offset: int = Field(default=0, ge=0, description="Names skipped, most stories first.")

    @field_validator("type", "search", "since", "until", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("type", mode="before")
    @classmethod
    def _type_in_any_case(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value


class EntityRow(Record):
    """One name across the stories that name it: who and what is in the news."""

    name: str = Field(description="As the briefs write it (their canonical name).")
    type: EntityType
    n_stories: int = Field(description="Stories whose brief names it.")
    n_articles: int = Field(description="Articles naming it, summed over those stories.")
    n_mentions: int = Field(description="Times it is named, summed over those stories.")
    first_date: str | None = Field(default=None, description="The earliest of those stories.")
    last_date: str | None = Field(default=None, description="The latest of those stories.")


class EntityPage(Record):
    """One page of an entity index: its output schema."""

    data: tuple[EntityRow, ...]
    count: int = Field(description="Names matching the query, whatever the page.")
    next_offset: int | None = Field(
        default=None, description="The offset of the next page; null on the last one."
    )


# --------------------------------------------------------------------------- audit


class ArticleDetail(Record):
    """One stored article as bantin read it, and where it went (``bantin article``,
    ``/articles/{id}``): what an editor checks when a brief cites it or leaves it out."""

    article: AnalysedArticle
    story_id: str | None = Field(
        default=None, description="The story it is in; None while a run is grouping it."
    )
    story_title: str | None = None
    thread_id: str | None = None
    duplicate_of: str | None = Field(
        default=None, description="The article it is a near-duplicate of, in its story."
    )
    copies: tuple[str, ...] = Field(default=(), description="Near-duplicates folded under it.")
    run_id: int | None = Field(default=None, description="The run that stored it.")


class ArticleRow(Record):
    """One line of an article list (the articles a run stored)."""

    id: str
    path: str | None
    part: int
    title: str | None
    source: str | None
    published: str | None
    story_id: str | None


class RunRow(Record):
    """One write to the store (``bantin runs``, ``/runs``): a ``bantin run`` or ``POST
    /articles``, a ``regroup``, or an editor's merge or move."""

    id: int
    started: str = Field(description="ISO 8601, UTC.")
    finished: str | None = Field(
        description="None while the run goes on, or when it died: the batches it stored are"
        " kept, and running the same input again completes the work."
    )
    paths: tuple[str, ...] = Field(
        description="The inputs it was given; for a regroup or a correction, what it did"
        " ('regroup', 'merge s1 into s2', 'move ARTICLE to STORY')."
    )
    added: int = Field(description="Articles it stored (counted, so a run that died counts too).")
    rejected: int = Field(description="Inputs it could not use.")


class RunPage(Record):
    """One page of the run log, newest first: ``/runs.json``."""

    data: tuple[RunRow, ...]
    count: int
    next_offset: int | None = None


class RunDetail(Record):
    """One run with its rejections and a page of the articles it stored (``/runs/{id}.json``)."""

    run: RunRow
    rejections: tuple[Rejection, ...]
    articles: tuple[ArticleRow, ...]
    next_offset: int | None = Field(
        default=None, description="Offset of the next page of articles; null on the last one."
    )
