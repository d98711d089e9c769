"""Near-duplicate detection: MinHash over 3-syllable shingles, MinHashLSH for candidates.

A syndicated copy or re-post shares almost all its shingles with the original (Jaccard ≈ 0.97
measured), while another outlet's report of the same event shares very few (≈ 0.04), so a
high threshold separates copying from independent confirmation.
"""

from __future__ import annotations

import base64
import re
import zlib
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..models import AnalysedArticle

SHINGLE_SYLLABLES = 3
# Runs of letters or digits: syllables of the display text, punctuation dropped.
_SYLLABLE = re.compile(r"[^\W_]+")


def shingle_hashes(article: AnalysedArticle) -> np.ndarray:
    """32-bit hashes of the body's lower-cased 3-syllable shingles (distinct, sorted).

    Each syllable is hashed once (CRC-32) and the hashes of three neighbours are mixed with
    numpy, which is several times faster than hashing every shingle's text.
    """
    text = " ".join(sentence.text for sentence in article.sentences).lower()
    syllables = np.fromiter(
        (zlib.crc32(s.encode()) for s in _SYLLABLE.findall(text)), dtype=np.uint64
    )
    if len(syllables) < SHINGLE_SYLLABLES:
        return np.unique(syllables)
    mixed = syllables[:-2] * np.uint64(1_000_003) ^ syllables[1:-1] * np.uint64(7_919)
    mixed ^= syllables[2:]
    return np.unique(mixed & np.uint64(0xFFFFFFFF))


class DuplicateIndex:
    """The MinHash signatures of every original article, searchable by LSH."""

    def __init__(self, threshold: float, num_perm: int) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.signatures: dict[str, MinHash] = {}
        self.positions: dict[str, int] = {}
        # Drawing the random permutations costs more than hashing an article: draw once.
        template = MinHash(num_perm=num_perm)
        self.permutations = template.permutations
        self.scheme = template.scheme

    def signature(self, article: AnalysedArticle) -> MinHash | None:
        hashes = shingle_hashes(article)
        if not len(hashes):
            return None
        minhash = MinHash(
            num_perm=self.num_perm,
            hashfunc=int,
            permutations=self.permutations,
            scheme=self.scheme,
        )
        minhash.update_batch(hashes.tolist())
        return minhash

    def original_of(self, signature: MinHash) -> str | None:
        """The earliest-added original whose estimated Jaccard reaches the threshold."""
        best: tuple[float, int, str] | None = None
        for key in self.lsh.query(signature):
            similarity = signature.jaccard(self.signatures[key])
            if similarity >= self.threshold:
                rank = (-similarity, self.positions[key], key)
                best = rank if best is None or rank < best else best
        return best[2] if best else None

    def add(self, article_id: str, signature: MinHash) -> None:
        self.lsh.insert(article_id, signature)
        self.signatures[article_id] = signature
        self.positions[article_id] = len(self.positions)

    def dump(self, keys: Iterable[str] | None = None) -> dict[str, tuple[int, str]]:
        """Signatures of ``keys`` (default all; keys without one are skipped) as their
        insertion position and the base64 of their uint32 hash values."""
        chosen = self.signatures if keys is None else [k for k in keys if k in self.signatures]
        return {
            key: (
                self.positions[key],
                base64.b64encode(self.signatures[key].hashvalues.astype("<u4").tobytes()).decode(),
            )
            for key in chosen
        }

    def load(self, dumped: Iterable[tuple[str, Sequence[Any]]]) -> None:
        """Add what ``dump`` wrote, in the order of the saved positions."""
        for key, (_, text) in sorted(dumped, key=lambda item: int(item[1][0])):
            values = np.frombuffer(base64.b64decode(text), dtype="<u4").astype(np.uint64)
            self.add(
                key,
                MinHash(
                    num_perm=self.num_perm,
                    hashfunc=int,
                    hashvalues=values,
                    permutations=self.permutations,
                    scheme=self.scheme,
                ),
            )
