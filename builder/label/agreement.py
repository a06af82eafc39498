"""Inter-annotator agreement: Krippendorff's alpha (nominal), pairwise percent agreement, and how often
each annotator sides with the majority.

A *unit* is one claim; its values are the answers its annotators gave to one question (unanswered ones
left out). Units with fewer than two answers carry no information about agreement and are skipped, as
Krippendorff prescribes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import permutations
from typing import Any

from builder.label.adjudicate import QUESTIONS, decide


def _pairable(units: Iterable[Sequence[Hashable]]) -> list[Sequence[Hashable]]:
    return [u for u in units if len(u) >= 2]


def alpha_nominal(units: Iterable[Sequence[Hashable]]) -> float | None:
    """Krippendorff's alpha for nominal data; None when undefined (under two pairable values, or one
    category only, where expected disagreement is zero)."""
    coincidences: Counter[tuple[Hashable, Hashable]] = Counter()
    for values in _pairable(units):
        weight = 1 / (len(values) - 1)
        for c, k in permutations(values, 2):
            coincidences[c, k] += weight
    totals: Counter[Hashable] = Counter()
    for (c, _), o in coincidences.items():
        totals[c] += o
    n = sum(totals.values())
    observed = sum(o for (c, k), o in coincidences.items() if c != k)
    expected = sum(totals[c] * totals[k] for c in totals for k in totals if c != k)
    if n < 2 or expected == 0:
        return None
    return 1 - (n - 1) * observed / expected


def percent_agreement(units: Iterable[Sequence[Hashable]]) -> float | None:
    """Share of agreeing pairs of answers within units; None without any pair."""
    agreeing = pairs = 0
    for values in _pairable(units):
        pairs += len(values) * (len(values) - 1)
        agreeing += sum(1 for a, b in permutations(values, 2) if a == b)
    return agreeing / pairs if pairs else None


@dataclass(frozen=True)
class QuestionAgreement:
    question: str
    units: int  # claims with at least two answers
    alpha: float | None
    percent: float | None


@dataclass
class AnnotatorStats:
    annotator: str
    annotations: int = 0
    # share of this annotator's answers equal to the claim's majority label (claims with a majority only)
    with_majority: dict[str, float | None] = field(default_factory=dict)


def question_agreement(by_claim: Mapping[str, Sequence[dict[str, Any]]], question: str) -> QuestionAgreement:
    units = [[a[question] for a in annotations if a[question] is not None] for annotations in by_claim.values()]
    return QuestionAgreement(question, len(_pairable(units)), alpha_nominal(units), percent_agreement(units))


def annotator_stats(by_claim: Mapping[str, Sequence[dict[str, Any]]]) -> list[AnnotatorStats]:
    """Per annotator: annotation count and agreement with the majority per question, most active first."""
    stats: dict[str, AnnotatorStats] = {}
    hits: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for claim_annotations in by_claim.values():
        for a in claim_annotations:
            stats.setdefault(a["annotator"], AnnotatorStats(a["annotator"])).annotations += 1
        for question in QUESTIONS:
            winner = decide([a[question] for a in claim_annotations]).label
            if winner is None:
                continue
            for a in claim_annotations:
                if a[question] is not None:
                    hits[a["annotator"], question].append(a[question] == winner)
    for name, entry in stats.items():
        for question in QUESTIONS:
            votes = hits.get((name, question), [])
            entry.with_majority[question] = sum(votes) / len(votes) if votes else None
    return sorted(stats.values(), key=lambda s: (-s.annotations, s.annotator))


def project_agreement(by_claim: Mapping[str, Sequence[dict[str, Any]]]) -> list[QuestionAgreement]:
    return [question_agreement(by_claim, q) for q in QUESTIONS]
