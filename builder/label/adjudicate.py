"""From several annotations of one claim to one verified record: majority per question, else review.

A label wins when more than half of the annotators who answered the question chose it. Without such a
majority the adjudicated label is null and the claim `needs_review`. The per-claim agreement is the share
of answers that agree with the winning label (without a majority: with the most frequent one).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

QUESTIONS = ("fidelity", "verdict")


@dataclass(frozen=True)
class Decision:
    label: str | None
    share: float | None  # share of answers agreeing with the (most frequent) label; None without answers
    contested: bool  # answers exist but no label has a majority


def decide(answers: Sequence[str | None]) -> Decision:
    given = [a for a in answers if a is not None]
    if not given:
        return Decision(None, None, False)
    (top, count), = Counter(given).most_common(1)
    share = count / len(given)
    return Decision(top, share, False) if 2 * count > len(given) else Decision(None, share, True)


def _most_common_text(texts: Sequence[str]) -> str | None:
    """The most frequent text; among equally frequent ones the first given (the earliest annotation)."""
    if not texts:
        return None
    counts = Counter(texts)
    return max(texts, key=lambda t: (counts[t], -texts.index(t)))


def verified_record(claim: dict[str, Any], annotations: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The verified record of `claim` from its annotation records (ordered by annotation id)."""
    decisions = {q: decide([a[q] for a in annotations]) for q in QUESTIONS}
    verdict = decisions["verdict"].label
    backing = [a for a in annotations if verdict is None or a["verdict"] == verdict]
    evidence, seen = [], set()
    for a in backing:
        item = a["evidence"]
        key = json.dumps(item, sort_keys=True)
        if (item["urls"] or item["quote"]) and key not in seen:
            seen.add(key)
            evidence.append(item)
    fidelity = decisions["fidelity"].label
    corrections = [a["corrected_text"] for a in annotations
                   if a["corrected_text"] and (fidelity is None or a["fidelity"] == fidelity)]
    return {
        "claim": claim,
        "fidelity": fidelity,
        "verdict": verdict,
        "evidence": evidence,
        "corrected_text": _most_common_text(corrections),
        "annotation_count": len(annotations),
        "agreement": {q: decisions[q].share for q in QUESTIONS},
        "needs_review": any(d.contested for d in decisions.values()),
    }
