"""What changed since the previous release: claims added, removed and relabelled.

Users who trained or evaluated on one version need to know which of its claims moved; the previous
release folder holds everything needed (its candidates and its verified labels), so no history is kept
elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from builder.release.features import LABELS, label_names

UNVERIFIED = "unverified"


@dataclass(frozen=True)
class Changes:
    previous: str | None  # previous version, None for a first release
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    relabelled: list[tuple[str, str, str]] = field(default_factory=list)  # (claim_id, before, after)

    def as_dict(self) -> dict[str, Any]:
        return {"previous": self.previous, "added": self.added, "removed": self.removed,
                "relabelled": [{"claim_id": c, "before": b, "after": a} for c, b, a in self.relabelled]}


def label(fidelity: str | None, verdict: str | None) -> str:
    """One readable label per claim: `fidelity/verdict`, a dash for an unanswered question."""
    return f"{fidelity or '-'}/{verdict or '-'}"


def release_labels(folder: Path, files: list[str]) -> dict[str, str]:
    """Claim id → label (or `UNVERIFIED`) of every candidate claim of a release folder."""
    labels: dict[str, str] = {}
    for name in sorted(f for f in files if f.startswith("candidates/")):
        ids = pq.read_table(folder / name, columns=["claim_id"], page_checksum_verification=True)
        for claim_id in ids.column("claim_id").to_pylist():
            labels[claim_id] = UNVERIFIED
    for name in sorted(f for f in files if f.startswith("claims/")):
        table = pq.read_table(folder / name, columns=["claim_id", *LABELS],
                              page_checksum_verification=True).to_pydict()
        for claim_id, *values in zip(table["claim_id"], *(table[q] for q in LABELS)):
            names = [None if v == -1 else label_names(q)[v] for q, v in zip(LABELS, values)]
            labels[claim_id] = label(*names)
    return labels


def compare(previous: str | None, before: dict[str, str], after: dict[str, str]) -> Changes:
    if previous is None:
        return Changes(None)
    return Changes(previous,
                   added=sorted(after.keys() - before.keys()),
                   removed=sorted(before.keys() - after.keys()),
                   relabelled=sorted((c, before[c], after[c]) for c in after.keys() & before.keys()
                                     if before[c] != after[c]))
