"""Near-duplicate texts found as they stream past: word shingles, datasketch MinHash signatures, LSH banding.

Syndicated agency copies run in several titles with small edits (another headline, a cut paragraph), so
exact hashes miss them, and comparing every pair of articles does not scale. Each text is queried against
the LSH index of the texts before it and then added to it, so one pass finds every pair; the index and
the signatures are on disk, never the texts in memory. datasketch's hashing is seeded
and independent of the process (no salted `hash()`), so the same texts give the same pairs.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash

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

    The LSH bands and the signatures live in a temporary on-disk SQLite database: datasketch's
    `MinHashLSH` keeps a set per band and key in memory (about 25 KB per text with 64 bands, 1.6 GB for
    64,000 articles) and offers only Redis or Cassandra instead. The banding is datasketch's: a text is a
    candidate when all `ROWS` values of one of the `BANDS` bands of its signature agree.
    """

    def __init__(self, *, jaccard: float = 0.5, containment: float = 0.8, seed: int = 0) -> None:
        self.jaccard, self.containment, self.seed = jaccard, containment, seed
        self.db = sqlite3.connect("")  # "": private, on disk, deleted when closed
        self.db.executescript("""
            PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -16000;
            CREATE TABLE texts (number INTEGER PRIMARY KEY, key TEXT, signature BLOB, size INTEGER);
            CREATE TABLE bands (bucket INTEGER, number INTEGER);
            CREATE INDEX bands_bucket ON bands (bucket);""")
        self.pairs: set[tuple[str, str]] = set()
        self._count = 0

    def add(self, key: str, text: str) -> None:
        grams = shingles(text)
        values = signature(grams, self.seed).hashvalues.astype(np.uint32)  # datasketch's values are below 2³²
        buckets = [_bucket(band, values[band * ROWS:(band + 1) * ROWS]) for band in range(BANDS)]
        candidates = self.db.execute(
            f"SELECT key, signature, size FROM texts WHERE number IN (SELECT number FROM bands WHERE bucket IN "
            f"({', '.join('?' * BANDS)}))", buckets)
        for other, blob, size in candidates:
            if self._similar(values, len(grams), np.frombuffer(blob, dtype=np.uint32), size):
                self.pairs.add((min(key, other), max(key, other)))
        self._count += 1
        self.db.execute("INSERT INTO texts VALUES (?, ?, ?, ?)", (self._count, key, values.tobytes(), len(grams)))
        self.db.executemany("INSERT INTO bands VALUES (?, ?)", ((bucket, self._count) for bucket in buckets))

    def _similar(self, left: np.ndarray, left_size: int, right: np.ndarray, right_size: int) -> bool:
        similarity = float(np.count_nonzero(left == right)) / left.size
        smaller = min(left_size, right_size)
        shared = similarity / (1 + similarity) * (left_size + right_size)
        return similarity >= self.jaccard or bool(smaller and shared / smaller >= self.containment)

    def close(self) -> None:
        self.db.close()


def _bucket(band: int, values: np.ndarray) -> int:
    """A band's values as one signed 64-bit integer (SQLite's), the band's number mixed in."""
    digest = hashlib.blake2b(values.tobytes(), digest_size=8, person=band.to_bytes(2, "little")).digest()
    return int.from_bytes(digest, "little", signed=True)


def near_duplicates(texts: Iterable[tuple[str, str]], *, jaccard: float = 0.5, containment: float = 0.8,
                    seed: int = 0) -> list[tuple[str, str]]:
    """The near-duplicate pairs among (key, text) items, each pair sorted, the list sorted."""
    finder = NearDuplicates(jaccard=jaccard, containment=containment, seed=seed)
    try:
        for key, text in texts:
            finder.add(key, text)
    finally:
        finder.close()
    return sorted(finder.pairs)
