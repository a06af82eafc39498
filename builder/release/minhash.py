"""Near-duplicate texts by word shingles, MinHash signatures and LSH banding.

Syndicated agency copies run in several titles with small edits (another headline, a cut paragraph), so
exact hashes miss them; comparing every pair of articles does not scale. MinHash estimates the Jaccard
similarity of two shingle sets from fixed-size signatures, and banding the signatures yields the few
pairs worth estimating. Everything is seeded and hash-based, so the same texts give the same pairs.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable

import numpy as np

_WORD = re.compile(r"\w+")


def _hash64(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")


def shingles(text: str, size: int = 5) -> np.ndarray:
    """The distinct 64-bit hashes of the `size`-word shingles of `text` (case-folded words)."""
    words = _WORD.findall(text.casefold())
    grams = {" ".join(words[i:i + size]) for i in range(max(1, len(words) - size + 1))} if words else set()
    hashes = sorted(_hash64(g) for g in grams)
    return np.array(hashes, dtype=np.uint64)


class MinHasher:
    """`permutations` seeded multiply-shift hash functions: the top 32 bits of (a·x + b) mod 2⁶⁴, a odd.

    Multiply-shift mixes all 64 input bits into the top ones, so the minimum is not biased towards small
    inputs (a plain (a·x + b) mod p over small x is, and then underestimates the similarity).
    """

    def __init__(self, permutations: int = 128, seed: int = 0) -> None:
        # coefficients from a hash of (seed, index), not numpy's RNG, whose streams may change between versions
        self.a = np.array([_hash64(f"a:{seed}:{i}") | 1 for i in range(permutations)], dtype=np.uint64)
        self.b = np.array([_hash64(f"b:{seed}:{i}") for i in range(permutations)], dtype=np.uint64)

    def signature(self, hashes: np.ndarray) -> np.ndarray:
        if hashes.size == 0:
            return np.full(self.a.size, np.iinfo(np.uint64).max, dtype=np.uint64)
        return ((np.outer(hashes, self.a) + self.b) >> np.uint64(32)).min(axis=0)


def estimated_jaccard(left: np.ndarray, right: np.ndarray) -> float:
    return float(np.count_nonzero(left == right)) / left.size


def candidate_pairs(signatures: dict[str, np.ndarray], rows: int = 2) -> list[tuple[str, str]]:
    """Pairs of keys whose signatures agree on all `rows` values of at least one band, sorted.

    Two rows a band catch pairs with a Jaccard similarity of 0.3 almost always (1 − (1 − 0.3²)^64 ≈ 0.998
    with 128 permutations) while unrelated texts (≈ 0.001) rarely collide; candidates are then estimated.
    """
    pairs: set[tuple[str, str]] = set()
    keys = sorted(signatures)
    if not keys:
        return []
    bands = len(signatures[keys[0]]) // rows
    for band in range(bands):
        buckets: dict[bytes, list[str]] = defaultdict(list)
        for key in keys:
            buckets[signatures[key][band * rows:(band + 1) * rows].tobytes()].append(key)
        for members in buckets.values():
            pairs.update((a, b) for i, a in enumerate(members) for b in members[i + 1:])
    return sorted(pairs)


def near_duplicates(texts: Iterable[tuple[str, str]], *, jaccard: float = 0.5, containment: float = 0.8,
                    seed: int = 0) -> list[tuple[str, str]]:
    """Pairs of (key, text) items that are near-duplicates, sorted.

    A pair is a near-duplicate when the estimated Jaccard similarity of their shingle sets reaches
    `jaccard`, or when the smaller set is (estimated) mostly contained in the larger one: a shortened
    agency copy shares most of its shingles with the full text while the Jaccard similarity stays low.
    """
    hasher = MinHasher(seed=seed)
    signatures, sizes = {}, {}
    for key, text in texts:
        hashes = shingles(text)
        signatures[key], sizes[key] = hasher.signature(hashes), hashes.size
    found = []
    for a, b in candidate_pairs(signatures):
        similarity = estimated_jaccard(signatures[a], signatures[b])
        smaller = min(sizes[a], sizes[b])
        shared = similarity / (1 + similarity) * (sizes[a] + sizes[b])
        if similarity >= jaccard or (smaller and shared / smaller >= containment):
            found.append((a, b))
    return found
