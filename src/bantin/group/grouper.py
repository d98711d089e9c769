"""StoryGrouper: single-pass, incremental grouping of analysed articles into stories.

Each arriving article is compared with the few stories an inverted index proposes (never with
all of them) and joins the best one whose score reaches ``threshold``, else opens a story. The
score mixes TF-IDF cosines of body and title, shared named entities and numbers, and decays with
the days between the article and the story. Near-duplicates (MinHash) join their original's
story without counting as independent sources. Stories are linked into threads when they open.
"""

from __future__ import annotations

import heapq
import json
import math
from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..errors import ConfigError, check_range
from ..models import AnalysedArticle, Story
from .duplicates import DuplicateIndex
from .story import StoryState, stable_id
from .vectors import (
    DocumentFrequencies,
    SparseVector,
    day_number,
    dot,
    entity_counts,
    normalised,
    number_counts,
    pruned,
    tfidf,
    top_terms,
)

STATE_VERSION = 1
PARAMS = (
    "threshold", "body_weight", "title_weight", "entity_weight", "number_weight", "time_scale",
    "size_prior", "thread_threshold", "duplicate_threshold", "candidates", "index_terms",
    "posting_limit", "article_terms", "centroid_terms", "num_perm",
)  # fmt: skip
Vectors = tuple[SparseVector, SparseVector, SparseVector, SparseVector]


class StoryGrouper:
    """Groups a stream of ``AnalysedArticle`` into ``Story`` records, batch after batch.

    Parameters (validated at construction):
      threshold: score an article needs to join a story, in [0, 1].
      body_weight, title_weight, entity_weight, number_weight: how much each cosine counts.
      time_scale: days over which the score halves for an article outside a story's dates.
      size_prior: added to the score times log(story size); below 0 it resists the chaining
        that lets one story swallow its neighbours.
      thread_threshold: looser similarity (the lower of the body and entity cosines, no time
        decay) that puts a new story in the thread of an earlier one.
      duplicate_threshold: MinHash Jaccard above which an article is a copy of an earlier one.
      candidates: stories scored per article (best by shared indexed terms).
      index_terms: heaviest terms of each story put in the inverted index.
      posting_limit: most recent stories kept per index term (keeps cost per article flat).
      article_terms: terms of an article's body (and entities, numbers) that are scored.
      centroid_terms: terms a story centroid keeps.
      num_perm: MinHash permutations.
    """

    def __init__(
        self,
        *,
        threshold: float = 0.24,
        body_weight: float = 0.5,
        title_weight: float = 0.2,
        entity_weight: float = 0.3,
        number_weight: float = 0.1,
        time_scale: float = 3.0,
        size_prior: float = -0.03,
        thread_threshold: float = 0.15,
        duplicate_threshold: float = 0.8,
        candidates: int = 10,
        index_terms: int = 20,
        posting_limit: int = 100,
        article_terms: int = 60,
        centroid_terms: int = 200,
        num_perm: int = 64,
    ) -> None:
        self.threshold = threshold
        self.body_weight = body_weight
        self.title_weight = title_weight
        self.entity_weight = entity_weight
        self.number_weight = number_weight
        self.time_scale = time_scale
        self.size_prior = size_prior
        self.thread_threshold = thread_threshold
        self.duplicate_threshold = duplicate_threshold
        self.candidates = candidates
        self.index_terms = index_terms
        self.posting_limit = posting_limit
        self.article_terms = article_terms
        self.centroid_terms = centroid_terms
        self.num_perm = num_perm
        self._validate()
        self._reset()

    # ------------------------------------------------------------------ parameters

    def get_params(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in PARAMS}

    def _validate(self) -> None:
        owner = type(self).__name__
        for name in ("threshold", "thread_threshold", "duplicate_threshold"):
            check_range(owner, name, getattr(self, name), 0.0, 1.0)
        for name in ("body_weight", "title_weight", "entity_weight", "number_weight"):
            check_range(owner, name, getattr(self, name), 0.0, 1.0)
        check_range(owner, "time_scale", self.time_scale, 1e-3, 1e4)
        check_range(owner, "size_prior", self.size_prior, -1.0, 1.0)
        for name, high in (
            ("candidates", 10_000),
            ("index_terms", 1_000),
            ("posting_limit", 1_000_000),
            ("article_terms", 100_000),
            ("centroid_terms", 100_000),
            ("num_perm", 1_024),
        ):
            check_range(owner, name, getattr(self, name), 1, high, kind=int)
        if self.body_weight + self.title_weight + self.entity_weight + self.number_weight <= 0:
            raise ConfigError(f"the weights of {owner} must not all be 0")

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

    @property
    def stories_(self) -> list[Story]:
        """Every story so far, in the order they were opened."""
        return list(self._stories)

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
        for article in articles:
            if article.id in self.story_of_:
                continue
            changed[self._add(article)] = None
        opened = len(self._stories)
        for index in changed:
            if index < opened:
                self._stories[index] = self.states_[index].to_story()
        self._stories.extend(state.to_story() for state in self.states_[opened:])
        self.changed_story_ids_ = [self.states_[i].id for i in changed]
        self.removed_story_ids_ = []
        return self

    def _add(self, article: AnalysedArticle) -> int:
        self.frequencies_.add([*article.terms, *article.title_words])
        day = day_number(article.published)
        signature = self.duplicates_.signature(article)
        original = self.duplicates_.original_of(signature) if signature else None
        if original is not None:
            index = self.story_of_[original]
            state = self.states_[index]
            state.article_ids.append(article.id)
            state.duplicate_of[article.id] = original
            state.add_date(article.published, day)
            self.story_of_[article.id] = index
            return index
        if signature is not None:
            self.duplicates_.add(article.id, signature)
        vectors = self._vectors(article)
        scored = self._scored(vectors, day)
        best = max(scored, key=lambda item: (item[2], -item[0]), default=None)
        if best is not None and best[2] >= self.threshold:
            index = best[0]
        else:
            index = self._open_story(article, scored)
        state = self.states_[index]
        state.article_ids.append(article.id)
        state.add_date(article.published, day)
        state.add_original(vectors, self.centroid_terms)
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
        )

    def _candidates(self, vectors: Vectors) -> list[int]:
        """Stories sharing the article's heaviest terms, most shared weight first."""
        query: dict[str, float] = {}
        for vector in vectors[:2]:
            for term, weight in vector.items():
                query[term] = query.get(term, 0.0) + weight
        hits: dict[int, float] = {}
        for term in top_terms(query, self.index_terms):
            for index in self.postings_.get(term, ()):
                hits[index] = hits.get(index, 0.0) + query[term]
        ranked = heapq.nsmallest(self.candidates, hits.items(), key=lambda hit: (-hit[1], hit[0]))
        return [index for index, _ in ranked]

    def similarity(self, vectors: Vectors, state: StoryState) -> float:
        """Weighted cosine of article and story centroid over the signals both have."""
        weights = (self.body_weight, self.title_weight, self.entity_weight, self.number_weight)
        total = used = 0.0
        for vector, centroid, length, weight in zip(
            vectors, state.centroids, state.norms, weights, strict=True
        ):
            if vector and length and weight:
                total += weight * dot(vector, centroid) / length
                used += weight
        return total / used if used else 0.0

    @staticmethod
    def _cosine(vectors: Vectors, state: StoryState, signal: int) -> float:
        length = state.norms[signal]
        return dot(vectors[signal], state.centroids[signal]) / length if length else 0.0

    def _scored(self, vectors: Vectors, day: float | None) -> list[tuple[int, float, float]]:
        """(story, thread similarity, score) of each candidate story.

        The score is the weighted similarity, decayed with the days between article and story,
        plus the size prior. The thread similarity ignores dates and asks for both shared words
        and shared named entities (the lower of the two cosines): a later event in the same
        affair names the same actors; entities alone would chain every story naming "Việt Nam"
        into one thread, words alone every story on one topic.
        """
        scored = []
        for index in self._candidates(vectors):
            state = self.states_[index]
            similarity = self.similarity(vectors, state)
            related = min(self._cosine(vectors, state, 0), self._cosine(vectors, state, 2))
            decay = math.pow(0.5, state.days_apart(day) / self.time_scale)
            prior = self.size_prior * math.log(state.size) if state.size else 0.0
            scored.append((index, related, similarity * decay + prior))
        return scored

    def _open_story(self, article: AnalysedArticle, scored: list[tuple[int, float, float]]) -> int:
        """A new story, in the thread of the most similar story regardless of dates."""
        story_id = stable_id("s", article.id)
        thread_id = "t" + story_id[1:]
        related = max(scored, key=lambda item: (item[1], -item[0]), default=None)
        if related is not None and related[1] >= self.thread_threshold:
            thread_id = self.states_[related[0]].thread_id
        title = article.title or (article.body[0][:80] if article.body else article.id)
        self.states_.append(
            StoryState(id=story_id, thread_id=thread_id, title=title, article_ids=[])
        )
        return len(self.states_) - 1

    def _index(self, index: int) -> None:
        state = self.states_[index]
        merged: dict[str, float] = dict(state.body)
        for term, weight in state.title_vector.items():
            merged[term] = merged.get(term, 0.0) + weight
        for term in top_terms(merged, self.index_terms):
            posting = self.postings_.setdefault(term, [])
            if index in posting[-self.posting_limit :]:
                continue
            posting.append(index)
            if len(posting) > 2 * self.posting_limit:
                del posting[: -self.posting_limit]

    # ------------------------------------------------------------------ persistence

    def get_state(self) -> str:
        """Everything learned so far as JSON text; ``set_state`` continues from it exactly."""
        return json.dumps(
            {
                "version": STATE_VERSION,
                "params": self.get_params(),
                "documents": self.frequencies_.documents,
                "frequencies": dict(self.frequencies_.counts),
                "stories": [state.dump() for state in self.states_],
                "story_of": self.story_of_,
                "postings": self.postings_,
                "signatures": self.duplicates_.dump(),
            },
            ensure_ascii=False,
        )

    def set_state(self, text: str) -> StoryGrouper:
        """Restore what ``get_state`` saved (the saved parameters win over this instance's)."""
        data = json.loads(text)
        if data.get("version") != STATE_VERSION:
            raise ConfigError(
                f"grouper state version {data.get('version')!r} is not {STATE_VERSION}: "
                "regroup the articles from the store"
            )
        for name, value in data["params"].items():
            setattr(self, name, value)
        self._validate()
        self._reset()
        self.frequencies_ = DocumentFrequencies(data["frequencies"], data["documents"])
        self.states_ = [StoryState.load(item) for item in data["stories"]]
        self.story_of_ = dict(data["story_of"])
        self.postings_ = {term: list(ids) for term, ids in data["postings"].items()}
        self.duplicates_.load(data["signatures"].items())
        self._stories = [state.to_story() for state in self.states_]
        return self
