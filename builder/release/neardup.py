"""Near-duplicate texts found as they stream past: word shingles, datasketch MinHash signatures and LSH.

Syndicated agency copies run in several titles with small edits (another headline, a cut paragraph), so
exact hashes miss them, and comparing every pair of articles does not scale. Each text is queried against
the LSH index of the texts before it and then added to it, so one pass finds every pair while only the
index and a 512-byte signature per text stay in memory, never the texts. datasketch's hashing is seeded
and independent of the process (no salted `hash()`), so the same texts give the same pairs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

_WORD = re.compile(r"\w+")
PERMUTATIONS = 128
BANDS, ROWS = 64, 2  # 1 − (1 − 0.3²)^64 ≈ 0.998: pairs of Jaccard 0.3 almost always become candidates


def shingles(text: str, size: int = 5) -> set[bytes]:
    """The distinct `size`-word shingles of `text` (case-folded words), UTF-8 encoded for hashing."""
    words = _WORD.findall(text.casefold())
    return {" ".join(words[i:i + size]).encode() for i in range(max(1, len(words) - size + 1))} if words else set()


def signature(grams: set[bytes], seed: int = 0) -> MinHash:
    minhash = MinHash(num_perm=PERMUTATIONS, seed=seed)
    minhash.update_batch(sorted(grams))
    return minhash


class NearDuplicates:
    """Feed (key, text) with `add`; `pairs` are the near-duplicate pairs among everything added.

    A pair is a near-duplicate when the estimated Jaccard similarity of their shingle sets reaches
    `jaccard`, or when the smaller set is (estimated) mostly contained in the larger one: a shortened
    agency copy shares most of its shingles with the full text while the Jaccard similarity stays low.
    """

    def __init__(self, *, jaccard: float = 0.5, containment: float = 0.8, seed: int = 0) -> None:
        self.jaccard, self.containment, self.seed = jaccard, containment, seed
        self._lsh = MinHashLSH(num_perm=PERMUTATIONS, params=(BANDS, ROWS))
        self._seen: dict[str, tuple[np.ndarray, int]] = {}  # key → (signature as uint32, shingle count)
        self.pairs: set[tuple[str, str]] = set()

    def add(self, key: str, text: str) -> None:
        grams = shingles(text)
        minhash = signature(grams, self.seed)
        values = minhash.hashvalues.astype(np.uint32)  # datasketch's hash values are below 2³²
        for other in self._lsh.query(minhash):
            if self._similar(values, len(grams), *self._seen[other]):
                self.pairs.add((min(key, other), max(key, other)))
        self._lsh.insert(key, minhash, check_duplication=False)
        self._seen[key] = values, len(grams)

    def _similar(self, left: np.ndarray, left_size: int, right: np.ndarray, right_size: int) -> bool:
        similarity = float(np.count_nonzero(left == right)) / left.size
        smaller = min(left_size, right_size)
        shared = similarity / (1 + similarity) * (left_size + right_size)
        return similarity >= self.jaccard or bool(smaller and shared / smaller >= self.containment)


def near_duplicates(texts: Iterable[tuple[str, str]], *, jaccard: float = 0.5, containment: float = 0.8,
                    seed: int = 0) -> list[tuple[str, str]]:
    """The near-duplicate pairs among (key, text) items, each pair sorted, the list sorted."""
    finder = NearDuplicates(jaccard=jaccard, containment=containment, seed=seed)
    for key, text in texts:
        finder.add(key, text)
    return sorted(finder.pairs)
