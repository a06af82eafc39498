"""Train / validation / test by story, stratified by verdict, the same for the same seed.

Whole stories are assigned (never single claims), largest first, each to the split where it brings the
per-label counts closest to the target ratios; the seed only orders stories of equal size, so a different
seed gives a different but equally balanced assignment. Deviations are measured relative to each label's
total, so every verdict weighs the same: the many unlabelled candidates cannot crowd the few verified
claims of a rare verdict into one split.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping

SPLITS = ("train", "validation", "test")
RATIOS = (0.8, 0.1, 0.1)
UNLABELLED = "unlabelled"


def _tiebreak(seed: int, story: str) -> bytes:
    return hashlib.blake2b(f"{seed}\0{story}".encode(), digest_size=8).digest()


def assign_splits(strata: Mapping[str, Counter[str]], *, seed: int = 0,
                  ratios: tuple[float, float, float] = RATIOS) -> dict[str, str]:
    """Map each story to a split; `strata[story]` counts the story's claims per label (or `UNLABELLED`).

    The cost of a placement is the squared distance of every split's per-label counts from its target
    share of that label's total, divided by that total; each story goes where the cost is lowest (the
    first split on ties).
    """
    totals: Counter[str] = Counter()
    for counts in strata.values():
        totals.update(counts)
    labels = sorted(totals)
    target = {(s, label): ratio * totals[label] for s, ratio in zip(SPLITS, ratios) for label in labels}
    current = dict.fromkeys(target, 0.0)
    order = sorted(strata, key=lambda story: (-sum(strata[story].values()), _tiebreak(seed, story)))
    assigned: dict[str, str] = {}
    for story in order:
        counts = strata[story]

        def cost(split: str, counts: Counter[str] = counts) -> float:  # bound to this story's counts
            return sum(((current[(s, label)] + (counts[label] if s == split else 0) - target[(s, label)])
                        / (totals[label] or 1)) ** 2 for s in SPLITS for label in counts)

        best = min(SPLITS, key=lambda split: (cost(split), SPLITS.index(split)))
        for label, n in counts.items():
            current[(best, label)] += n
        assigned[story] = best
    return assigned
