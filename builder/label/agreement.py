"""Inter-annotator agreement: Krippendorff's alpha (nominal) with a bootstrap confidence interval,
pairwise percent agreement, and each annotator's pairwise agreement with the other annotators.

A *unit* is one claim; its values are the answers its annotators gave to one question (unanswered ones
left out). For `verdict` only counted verdicts are values (faithful judges, evidence where needed; see
`adjudicate`), the same answers adjudication uses. Units with fewer than two values carry no information
about agreement and are skipped, as Krippendorff prescribes. Alpha comes from the `krippendorff` package;
the hand-computed cases in tests/test_label_agreement.py hold it to the published definition.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import permutations
from typing import Any

import krippendorff
import numpy as np

from builder.label.adjudicate import QUESTIONS, counted_verdict
from builder.records.types import Annotation

BOOTSTRAP_DRAWS = 1000
BOOTSTRAP_SEED = 0
CONFIDENCE = 0.95


def _pairable(units: Iterable[Sequence[Hashable]]) -> list[Sequence[Hashable]]:
    return [u for u in units if len(u) >= 2]


def _value_counts(units: Sequence[Sequence[Hashable]]) -> np.ndarray:
    """units × categories matrix of how many annotators gave each category (the package's input)."""
    categories = sorted({v for u in units for v in u}, key=str)
    index = {c: i for i, c in enumerate(categories)}
    counts = np.zeros((len(units), len(categories)), dtype=np.int64)
    for row, values in enumerate(units):
        for value in values:
            counts[row, index[value]] += 1
    return counts


def _alpha_of_counts(counts: np.ndarray) -> float | None:
    """Alpha of a value-count matrix; None where it is undefined (no pair, or one category used only)."""
    counts = counts[:, counts.sum(axis=0) > 0]
    if counts.shape[1] < 2 or not (counts.sum(axis=1) >= 2).any():
        return None
    return float(krippendorff.alpha(value_counts=counts, level_of_measurement="nominal"))


def alpha_nominal(units: Iterable[Sequence[Hashable]]) -> float | None:
    """Krippendorff's alpha for nominal data; None when undefined (under two pairable values, or one
    category only, where expected disagreement is zero)."""
    pairable = _pairable(units)
    return _alpha_of_counts(_value_counts(pairable)) if pairable else None


def alpha_interval(units: Iterable[Sequence[Hashable]], *, draws: int = BOOTSTRAP_DRAWS, seed: int = BOOTSTRAP_SEED,
                   confidence: float = CONFIDENCE) -> tuple[float, float] | None:
    """Percentile bootstrap interval of alpha: units (claims) drawn with replacement, `draws` times.

    Claims, not single answers, are resampled because answers to one claim are not independent. Draws
    where alpha is undefined are left out; None when alpha itself is undefined. Seeded: the same units
    give the same interval.
    """
    pairable = _pairable(units)
    if not pairable or alpha_nominal(pairable) is None:
        return None
    counts = _value_counts(pairable)
    rng = np.random.default_rng(seed)
    values = [a for a in (_alpha_of_counts(counts[rng.integers(0, len(counts), len(counts))])
                          for _ in range(draws)) if a is not None]
    if not values:
        return None
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(values, [tail, 100 - tail])
    return float(low), float(high)


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
    interval: tuple[float, float] | None  # bootstrap confidence interval of alpha
    percent: float | None

    def as_dict(self) -> dict[str, Any]:
        """As the release manifest records it (rounded: the figures are estimates, the bytes must be stable)."""
        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 4)
        return {"units": self.units, "alpha": r(self.alpha),
                "alpha_ci95": None if self.interval is None else [r(x) for x in self.interval],
                "percent": r(self.percent), "bootstrap": {"draws": BOOTSTRAP_DRAWS, "seed": BOOTSTRAP_SEED}}


@dataclass
class AnnotatorStats:
    annotator: str
    annotations: int = 0
    # share of pairs (this annotator's answer, another annotator's answer to the same claim) that agree
    with_others: dict[str, float | None] = field(default_factory=dict)


_ANSWER: dict[str, Callable[[Annotation], str | None]] = {
    "fidelity": lambda a: a["fidelity"],
    "verdict": counted_verdict,
}


def question_units(by_claim: Mapping[str, Sequence[Annotation]], question: str) -> list[list[str]]:
    """Per claim, the answers to `question` that adjudication counts."""
    answer = _ANSWER[question]
    return [[v for v in map(answer, annotations) if v is not None] for annotations in by_claim.values()]


def question_agreement(by_claim: Mapping[str, Sequence[Annotation]], question: str) -> QuestionAgreement:
    units = question_units(by_claim, question)
    return QuestionAgreement(question, len(_pairable(units)), alpha_nominal(units), alpha_interval(units),
                             percent_agreement(units))


def annotator_stats(by_claim: Mapping[str, Sequence[Annotation]]) -> list[AnnotatorStats]:
    """Per annotator: annotation count and pairwise agreement with the others per question, most active first.

    Measured against each other annotator's answer, never against a majority the annotator is part of
    (that would credit everyone with agreeing with themselves).
    """
    stats: dict[str, AnnotatorStats] = {}
    pairs: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for claim_annotations in by_claim.values():
        for a in claim_annotations:
            stats.setdefault(a["annotator"], AnnotatorStats(a["annotator"])).annotations += 1
        for question, answer in _ANSWER.items():
            for a, b in permutations(claim_annotations, 2):
                mine, theirs = answer(a), answer(b)
                if a["annotator"] != b["annotator"] and mine is not None and theirs is not None:
                    pairs[a["annotator"], question].append(mine == theirs)
    for name, entry in stats.items():
        for question in QUESTIONS:
            votes = pairs.get((name, question), [])
            entry.with_others[question] = sum(votes) / len(votes) if votes else None
    return sorted(stats.values(), key=lambda s: (-s.annotations, s.annotator))


def project_agreement(by_claim: Mapping[str, Sequence[Annotation]]) -> list[QuestionAgreement]:
    return [question_agreement(by_claim, q) for q in QUESTIONS]
