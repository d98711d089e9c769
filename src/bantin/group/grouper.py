"""StoryGrouper: single-pass, incremental grouping of analysed articles into stories.

Each arriving article is compared with the few stories an inverted index proposes (never with
all of them) and joins the one a learned pair scorer finds likeliest to report its event, when
that probability reaches ``threshold``, else opens a story. The scorer (``scorer.py``) weighs
TF-IDF cosines of body and title, shared named entities, numbers and syllables, how far each
beats the other candidates, the story's size, and whether both name the same event days and
title numbers (``features.py``); the days between article and story lower its log-odds.
Near-duplicates (MinHash) join their original's story without counting as independent sources.
Stories are linked into threads when they open.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from ..errors import ConfigError, NotFoundError, check_range
from ..models import AnalysedArticle, GrouperState, StateEntry, Story
from .duplicates import DuplicateIndex
from .features import FEATURES, EventKeys, event_keys, pair_features, with_margins
from .scorer import PairScorer, shipped_scorer
from .story import StoryState, Vectors, stable_id
from .syllables import article_syllables, shipped_syllables
from .vectors import (
    DocumentFrequencies,
    day_number,
    entity_counts,
    normalised,
    number_counts,
    pruned,
    tfidf,
    top_keys,
)

STATE_VERSION = 3
PARAMS = (
    "threshold", "time_scale", "thread_threshold", "duplicate_threshold", "candidates",
    "index_terms", "posting_limit", "article_terms", "centroid_terms", "num_perm",
)  # fmt: skip
BODY, ENTITIES = FEATURES.index("body"), FEATURES.index("entities")


class Pair(NamedTuple):
    """A candidate story for an article: its index, thread similarity and pair features."""

    story: int
    related: float
    features: list[float]
    days_apart: float | None


class StoryGrouper:
    """Groups a stream of ``AnalysedArticle`` into ``Story`` records, batch after batch.

    Parameters (validated at construction):
      threshold: probability of one event (from the pair scorer) an article needs to join a
        story, in [0, 1].
      time_scale: days between an article and a story's dates that cost one unit of log-odds
        (the scorer's training set has no dates, so this one is set by hand).
      thread_threshold: looser similarity (the lower of the body and entity cosines, no time
        decay) that puts a new story in the thread of an earlier one.
      duplicate_threshold: MinHash Jaccard above which an article is a copy of an earlier one.
      candidates: stories scored per article (best by shared indexed terms).
      index_terms: heaviest terms of each story put in the inverted index.
      posting_limit: most recent stories kept per index term (keeps cost per article flat).
      article_terms: terms of an article's body (and entities, numbers) that are scored.
      centroid_terms: terms a story centroid keeps.
      num_perm: MinHash permutations.
      scorer: the pair scorer; None for the one shipped with the package. A fixed model, not
        learned state: it is not saved by ``get_state``.
    """

    def __init__(
        self,
        *,
        threshold: float = 0.3,
        time_scale: float = 14.0,
        thread_threshold: float = 0.15,
        duplicate_threshold: float = 0.8,
        candidates: int = 10,
        index_terms: int = 20,
        posting_limit: int = 100,
        article_terms: int = 60,
        centroid_terms: int = 200,
        num_perm: int = 64,
        scorer: PairScorer | None = None,
    ) -> None:
        self.threshold = threshold
        self.time_scale = time_scale
        self.thread_threshold = thread_threshold
        self.duplicate_threshold = duplicate_threshold
        self.candidates = candidates
        self.index_terms = index_terms
        self.posting_limit = posting_limit
        self.article_terms = article_terms
        self.centroid_terms = centroid_terms
        self.num_perm = num_perm
        self.scorer = scorer
        self._validate()
        self.scorer_ = scorer if scorer is not None else shipped_scorer()
        self._syllables = shipped_syllables()
        self._reset()

    # ------------------------------------------------------------------ parameters

    def get_params(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in PARAMS}

    def _validate(self) -> None:
        owner = type(self).__name__
        for name in ("threshold", "thread_threshold", "duplicate_threshold"):
            check_range(owner, name, getattr(self, name), 0.0, 1.0)
        check_range(owner, "time_scale", self.time_scale, 1e-3, 1e4)
        for name, high in (
            ("candidates", 10_000),
            ("index_terms", 1_000),
            ("posting_limit", 1_000_000),
            ("article_terms", 100_000),
            ("centroid_terms", 100_000),
            ("num_perm", 1_024),
        ):
            check_range(owner, name, getattr(self, name), 1, high, kind=int)
        if self.scorer is not None and not isinstance(self.scorer, PairScorer):
            raise ConfigError(
                f"'scorer' of {owner} must be a PairScorer or None; got {self.scorer!r}"
            )

    # ------------------------------------------------------------------ learning

    def _reset(self) -> None:
        self.frequencies_ = DocumentFrequencies()
        self.duplicates_ = DuplicateIndex(self.duplicate_threshold, self.num_perm)
        self.states_: list[StoryState] = []
        self.story_of_: dict[str, int] = {}
        self.postings_: dict[str, list[int]] = {}
        self.changed_story_ids_: list[str] = []
        self.removed_story_ids_: list[str] = []
        # Frozen views of the states, rebuilt only for the stories a call changed.
        self._stories: list[Story] = []
        # What changed since the last ``state_changes``, so a save writes only that.
        self._unsaved_terms: set[str] = set()
        self._unsaved_articles: list[str] = []
        self._unsaved_stories: set[int] = set()
        self._unsaved_postings: set[str] = set()

    @property
    def stories_(self) -> list[Story]:
        """Every story so far, in the order they were opened (merged ones gone)."""
        return [story for story in self._stories if story.article_ids]

    def story_for(self, article_id: str) -> str | None:
        """The id of the story holding ``article_id``, or None when it was never grouped."""
        index = self.story_of_.get(article_id)
        return None if index is None else self.states_[index].id

    def partial_fit(self, articles: Sequence[AnalysedArticle]) -> StoryGrouper:
        """Assign ``articles`` (in order) to existing stories or open new ones.

        Stories from earlier calls keep their articles; ``changed_story_ids_`` lists the stories
        this call opened or extended. An article id seen before is skipped.
        """
        changed: dict[int, None] = {}
        # The stories of one page come one after the other (split_stories): the splitter found
        # them different events, so a later part never joins the story of an earlier one.
        page_stories: set[int] = set()
        for article in articles:
            if article.part == 0:
                page_stories = set()
            if article.id in self.story_of_:
                page_stories.add(self.story_of_[article.id])
                continue
            index = self._add(article, page_stories)
            page_stories.add(index)
            changed[index] = None
            self._unsaved_terms.update(article.terms, article.title_words)
            self._unsaved_articles.append(article.id)
        opened = len(self._stories)
        for index in changed:
            if index < opened:
                self._stories[index] = self.states_[index].to_story()
        self._stories.extend(state.to_story() for state in self.states_[opened:])
        self.changed_story_ids_ = [self.states_[i].id for i in changed]
        self._unsaved_stories.update(changed)
        self.removed_story_ids_ = []
        return self

    def merge_stories(self, into: str, others: Sequence[str]) -> StoryGrouper:
        """Fold the stories ``others`` into the story ``into``, as an editor who found them
        one event asks: their articles, centroids, dates and event keys join it, so later
        articles on any of them join it too. ``changed_story_ids_`` is ``[into]`` and
        ``removed_story_ids_`` the folded stories, which stay behind empty: a story's place
        keys its saved state and its index postings.
        """
        positions = {state.id: i for i, state in enumerate(self.states_) if state.article_ids}
        folded = list(dict.fromkeys(story_id for story_id in others if story_id != into))
        missing = [story_id for story_id in (into, *folded) if story_id not in positions]
        if missing:
            raise NotFoundError(
                f"no story {', '.join(repr(m) for m in missing)} among the grouped stories:"
                " use ids that `bantin stories` lists"
            )
        if not folded:
            raise ConfigError("merge_stories needs a story to fold other than 'into' itself")
        target = positions[into]
        for story_id in folded:
            index = positions[story_id]
            state = self.states_[index]
            self.states_[target].absorb(state, self.centroid_terms)
            self.story_of_.update(dict.fromkeys(state.article_ids, target))
            self.states_[index] = StoryState(
                id=state.id, thread_id=state.thread_id, title=state.title, article_ids=[]
            )
            self._stories[index] = self.states_[index].to_story()
            self._unindex(index)
        self._index(target)
        self._stories[target] = self.states_[target].to_story()
        self.changed_story_ids_ = [into]
        self.removed_story_ids_ = folded
        self._unsaved_stories.update([target, *(positions[story_id] for story_id in folded)])
        return self

    def move_article(
        self, article_id: str, to: str | None, members: Sequence[AnalysedArticle]
    ) -> StoryGrouper:
        """Move an article, with its near-duplicate copies, out of its story: into the story
        ``to``, or into a story of its own (same thread) when ``to`` is None — an editor found
        it reports another event. ``members`` are the analysed articles of its story, from
        which what the story keeps is computed again (a centroid cannot shed one article's
        share: it was pruned since). ``changed_story_ids_`` lists the stories it left and
        entered; ``removed_story_ids_`` the story it left when nothing is left there.
        """
        source = self.story_of_.get(article_id)
        if source is None:
            raise NotFoundError(f"article {article_id!r} was never grouped: run it first")
        state = self.states_[source]
        if article_id in state.duplicate_of:
            raise ConfigError(
                f"article {article_id!r} is a copy of {state.duplicate_of[article_id]!r}:"
                " move that original, and its copies go with it"
            )
        given = {article.id: article for article in members}
        missing = [i for i in state.article_ids if i not in given]
        if missing:
            raise ConfigError(f"move_article needs every article of its story; missing {missing}")
        moving = [article_id, *(i for i, o in state.duplicate_of.items() if o == article_id)]
        if to is None and len(moving) == len(state.article_ids):
            raise ConfigError(f"article {article_id!r} is already a story of its own ({state.id})")
        target = self._target_of_move(to, source, given[article_id])
        staying = [given[i] for i in state.article_ids if i not in moving]
        self.states_[source] = self._rebuilt(state, staying)
        entering = self.states_[target]
        for moved_id in moving:
            self._join(entering, given[moved_id], state.duplicate_of.get(moved_id))
            self.story_of_[moved_id] = target
        changed = [source, target] if staying else [target]
        for index in (source, target):
            self._stories[index] = self.states_[index].to_story()
            self._index(index)
        if not staying:
            self._unindex(source)
        self.changed_story_ids_ = [self.states_[i].id for i in changed]
        self.removed_story_ids_ = [] if staying else [state.id]
        self._unsaved_stories.update([source, target])
        return self

    def _target_of_move(self, to: str | None, source: int, article: AnalysedArticle) -> int:
        if to is None:
            thread_id = self.states_[source].thread_id
            taken = {state.id for state in self.states_}
            story_id, salt = stable_id("s", article.id), ""
            while story_id in taken:  # the article opened the story it leaves
                salt += "+"
                story_id = stable_id("s", article.id + salt)
            self.states_.append(
                StoryState(id=story_id, thread_id=thread_id, title=_title(article), article_ids=[])
            )
            self._stories.append(self.states_[-1].to_story())
            return len(self.states_) - 1
        target = next((i for i, s in enumerate(self.states_) if s.id == to and s.article_ids), None)
        if target is None:
            raise NotFoundError(
                f"no story {to!r} among the grouped stories: use ids that `bantin stories` lists"
            )
        if target == source:
            raise ConfigError(f"the article is already in story {to!r}")
        return target

    def _rebuilt(self, old: StoryState, members: Sequence[AnalysedArticle]) -> StoryState:
        """``old`` as if only ``members`` had joined it, in their order (same id and thread;
        the title of its first article)."""
        title = _title(members[0]) if members else old.title
        state = StoryState(id=old.id, thread_id=old.thread_id, title=title, article_ids=[])
        for article in members:
            self._join(state, article, old.duplicate_of.get(article.id))
        return state

    def _join(
        self,
        state: StoryState,
        article: AnalysedArticle,
        original: str | None,
        signals: tuple[Vectors, EventKeys] | None = None,
    ) -> None:
        """Add ``article`` to ``state``: a copy of ``original`` counts only for the dates;
        ``signals`` are its vectors and event keys when already computed."""
        state.article_ids.append(article.id)
        state.add_date(article.published, day_number(article.published))
        if original is not None:
            state.duplicate_of[article.id] = original
            return
        vectors, keys = signals or (self._vectors(article), event_keys(article))
        state.add_original(vectors, self.centroid_terms)
        state.add_event_keys(keys.days, keys.title_numbers)

    def _add(self, article: AnalysedArticle, excluded: set[int]) -> int:
        self.frequencies_.add([*article.terms, *article.title_words])
        # Only a publication date places an article in time: the date an undated page's text
        # implies (facts.dates) is too loose for it — inside one AbMuSu event such dates spread
        # by a median 180 days (a "2/9" National Day story is inferred as 1945).
        day = day_number(article.published)
        signature = self.duplicates_.signature(article)
        original = self.duplicates_.original_of(signature) if signature else None
        if original is not None and self.story_of_[original] not in excluded:
            index = self.story_of_[original]
            self._join(self.states_[index], article, original)
            self.story_of_[article.id] = index
            return index
        if signature is not None:
            self.duplicates_.add(article.id, signature)
        vectors = self._vectors(article)
        keys = event_keys(article)
        pairs = self._pairs(vectors, keys, day)
        chosen = self._choose(article, [pair for pair in pairs if pair.story not in excluded])
        index = self._open_story(article, pairs) if chosen is None else chosen
        self._join(self.states_[index], article, None, (vectors, keys))
        self.story_of_[article.id] = index
        self._index(index)
        return index

    def _vectors(self, article: AnalysedArticle) -> Vectors:
        # Only an article's heaviest terms are kept: the long tail of a body barely moves a
        # cosine but dominates its cost.
        keep = self.article_terms
        return (
            normalised(pruned(tfidf(article.terms, self.frequencies_), keep)),
            tfidf(Counter(article.title_words), self.frequencies_),
            normalised(pruned(tfidf(entity_counts(article), self.frequencies_), keep)),
            pruned(normalised({k: 1.0 for k in number_counts(article)}), keep),
            self._syllables.vector(article_syllables(article), keep),
        )

    def _candidates(self, vectors: Vectors) -> list[int]:
        """Stories sharing the article's heaviest terms, most shared weight first."""
        query: dict[str, float] = {}
        for vector in vectors[:2]:
            for term, weight in vector.items():
                query[term] = query.get(term, 0.0) + weight
        hits: defaultdict[int, float] = defaultdict(float)
        for term in top_keys(query, self.index_terms):
            weight = query[term]
            for index in self.postings_.get(term, ()):
                hits[index] += weight
        return top_keys(hits, self.candidates)

    def _pairs(self, vectors: Vectors, keys: EventKeys, day: float | None) -> list[Pair]:
        """Each candidate story with its thread similarity and its pair features.

        The thread similarity ignores dates and asks for both shared words and shared named
        entities (the lower of the two cosines): a later event in the same affair names the
        same actors; entities alone would chain every story naming "Việt Nam" into one thread,
        words alone every story on one topic.
        """
        candidates = self._candidates(vectors)
        states = [self.states_[index] for index in candidates]
        rows = with_margins([pair_features(vectors, keys, state) for state in states])
        return [
            Pair(index, min(row[BODY], row[ENTITIES]), row, state.days_apart(day))
            for index, state, row in zip(candidates, states, rows, strict=True)
        ]

    def _choose(self, article: AnalysedArticle, pairs: list[Pair]) -> int | None:
        """The candidate story the scorer finds likeliest, when it reaches ``threshold``.

        Each ``time_scale`` days between article and story lower the log-odds by one.
        """
        best, best_probability = None, -1.0
        for pair in pairs:
            offset = -(pair.days_apart or 0.0) / self.time_scale
            probability = self.scorer_.probability(pair.features, offset)
            if probability >= self.threshold and probability > best_probability:
                best, best_probability = pair.story, probability
        return best

    def _open_story(self, article: AnalysedArticle, pairs: list[Pair]) -> int:
        """A new story, in the thread of the most similar story regardless of dates."""
        story_id = stable_id("s", article.id)
        thread_id = "t" + story_id[1:]
        related = max(pairs, key=lambda pair: (pair.related, -pair.story), default=None)
        if related is not None and related.related >= self.thread_threshold:
            thread_id = self.states_[related.story].thread_id
        self.states_.append(
            StoryState(id=story_id, thread_id=thread_id, title=_title(article), article_ids=[])
        )
        return len(self.states_) - 1

    def _index(self, index: int) -> None:
        state = self.states_[index]
        merged: dict[str, float] = dict(state.body)
        for term, weight in state.title_vector.items():
            merged[term] = merged.get(term, 0.0) + weight
        for term in top_keys(merged, self.index_terms):
            posting = self.postings_.setdefault(term, [])
            if index in posting[-self.posting_limit :]:
                continue
            posting.append(index)
            self._unsaved_postings.add(term)
            if len(posting) > 2 * self.posting_limit:
                del posting[: -self.posting_limit]

    def _unindex(self, index: int) -> None:
        """Take a story left empty by an editor out of the index: no article is scored
        against it again (rare, so a pass over every posting is cheap enough)."""
        for term, posting in self.postings_.items():
            if index in posting:
                posting[:] = [i for i in posting if i != index]
                self._unsaved_postings.add(term)

    # ------------------------------------------------------------------ persistence

    def get_state(self) -> GrouperState:
        """Everything learned so far; ``set_state`` continues from it exactly."""
        return self._state(
            range(len(self.states_)), self.frequencies_.counts, self.postings_, None, True
        )

    def state_changes(self) -> GrouperState:
        """What changed since the previous call (or ``set_state``), to merge into a saved state.

        A batch then writes what it touched instead of a state that grows with every article.
        """
        changes = self._state(
            sorted(self._unsaved_stories),
            self._unsaved_terms,
            self._unsaved_postings,
            self._unsaved_articles,
            False,
        )
        self._unsaved_stories, self._unsaved_terms, self._unsaved_postings = set(), set(), set()
        self._unsaved_articles = []
        return changes

    def _state(
        self,
        stories: Iterable[int],
        terms: Iterable[str],
        postings: Iterable[str],
        article_ids: Iterable[str] | None,
        complete: bool,
    ) -> GrouperState:
        header = {
            "version": STATE_VERSION,
            "params": self.get_params(),
            "documents": self.frequencies_.documents,
        }
        counts = self.frequencies_.counts
        dumped = json.dumps
        entries = [
            *(StateEntry("story", str(i), dumped(self.states_[i].dump())) for i in stories),
            *(StateEntry("df", term, str(counts[term])) for term in terms),
            *(StateEntry("posting", term, dumped(self.postings_[term])) for term in postings),
            *(StateEntry("minhash", key, dumped(value))
              for key, value in self.duplicates_.dump(article_ids).items()),
        ]  # fmt: skip
        return GrouperState(header=dumped(header), entries=tuple(entries), complete=complete)

    def set_state(self, state: GrouperState) -> StoryGrouper:
        """Restore a saved state (the saved parameters win over this instance's)."""
        header = json.loads(state.header)
        if header.get("version") != STATE_VERSION:
            raise ConfigError(
                f"grouper state version {header.get('version')!r} is not {STATE_VERSION}"
                " (written by another bantin): run 'bantin regroup --db STORE' first"
            )
        for name, value in header["params"].items():
            setattr(self, name, value)
        self._validate()
        self._reset()
        sections: dict[str, list[StateEntry]] = {}
        for entry in state.entries:
            sections.setdefault(entry.section, []).append(entry)
        counts = {e.key: int(e.value) for e in sections.get("df", ())}
        self.frequencies_ = DocumentFrequencies(counts, header["documents"])
        stories = sorted(sections.get("story", ()), key=lambda e: int(e.key))
        self.states_ = [StoryState.load(json.loads(e.value)) for e in stories]
        for index, story in enumerate(self.states_):
            self.story_of_.update(dict.fromkeys(story.article_ids, index))
        self.postings_ = {e.key: json.loads(e.value) for e in sections.get("posting", ())}
        self.duplicates_.load((e.key, json.loads(e.value)) for e in sections.get("minhash", ()))
        self._stories = [story.to_story() for story in self.states_]
        return self


def _title(article: AnalysedArticle) -> str:
    """A story's title: its first article's title, else the start of its text."""
    return article.title or (article.body[0][:80] if article.body else article.id)
