"""Near-duplicate detection: MinHash over 3-syllable shingles, MinHashLSH for candidates.

A syndicated copy or re-post shares almost all its shingles with the original (Jaccard ≈ 0.97
measured), while another outlet's report of the same event shares very few (≈ 0.04), so a
high threshold separates copying from independent confirmation.
"""

from __future__ import annotations

import base64
import re
import zlib
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..models import AnalysedArticle

SHINGLE_SYLLABLES = 3
# Runs of letters or digits: syllables of the display text, punctuation dropped.
_SYLLABLE = re.compile(r"[^\W_]+")


def shingles(article: AnalysedArticle) -> set[bytes]:
    """Lower-cased 3-syllable shingles of the body (words split back into syllables)."""
    syllables = _SYLLABLE.findall(" ".join(s.text for s in article.sentences).lower())
    if len(syllables) < SHINGLE_SYLLABLES:
        return {" ".join(syllables).encode()} if syllables else set()
    return {
        " ".join(syllables[i : i + SHINGLE_SYLLABLES]).encode()
        for i in range(len(syllables) - SHINGLE_SYLLABLES + 1)
    }


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
        grams = shingles(article)
        if not grams:
            return None
        minhash = MinHash(
            num_perm=self.num_perm, hashfunc=_hash32, permutations=self.permutations,
            scheme=self.scheme,
        )
        minhash.update_batch(list(grams))
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

    def dump(self) -> dict[str, str]:
        """Signatures as base64 of their uint32 hash values, in insertion order."""
        return {
            key: base64.b64encode(sig.hashvalues.astype("<u4").tobytes()).decode()
            for key, sig in self.signatures.items()
        }

    def load(self, dumped: Iterable[tuple[str, str]]) -> None:
        for key, text in dumped:
            values = np.frombuffer(base64.b64decode(text), dtype="<u4").astype(np.uint64)
            self.add(key, MinHash(
                num_perm=self.num_perm,
                hashfunc=_hash32,
                hashvalues=values,
                permutations=self.permutations,
                scheme=self.scheme,
            ))


def _hash32(data: bytes) -> int:
    """CRC-32: deterministic across processes and several times faster than SHA-1 here."""
    return zlib.crc32(data)
